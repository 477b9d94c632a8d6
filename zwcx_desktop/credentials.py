"""Secrets in the OS keyring, and nowhere else (not the database, settings or logs).

Every secret of zwcx (device token, fingerprint key) goes through this module. keyring picks the platform's
store (Windows Credential Manager, macOS Keychain, Secret Service on Linux desktops). When it finds none, keyring
falls back to keyrings.alt's file store, which keeps secrets base64-encoded in a file any program of the user can
read; zwcx refuses it (and keyring's null backend, which keeps nothing) unless an administrator chose the file
store explicitly for this office (store/keys.py) or `ZWCX_ALLOW_FILE_KEYRING=1` does so for tests and scripts.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SERVICE = "zwcx"
#: "1": the file store is chosen for this process (tests, CI, the installer smoke test).
ALLOW_FILE_ENV = "ZWCX_ALLOW_FILE_KEYRING"


class NoKeyring(RuntimeError):
    """A secret cannot be used: no keyring zwcx may keep it in (none at all, keyring's null backend, a file store
    nobody chose), or a key that is not this office's (store/keys.py, KeyRefused)."""


SYSTEM_KEYRING_HELP = ("install and unlock the system keyring (on Linux: gnome-keyring, then log in to the desktop "
                       "session)")
#: Where an administrator chooses the file store, as refusals name it (`zwcx init` names its own option).
CHOOSE_FILE_HOW = "Settings, or 'zwcx secrets use-file-store'"


def no_keyring(how: str = CHOOSE_FILE_HOW) -> str:
    """The refusal when there is no keyring at all."""
    return (f"no OS keyring is available on this machine, and zwcx keeps its secrets only there: "
            f"{SYSTEM_KEYRING_HELP}, or have an administrator choose the file store explicitly ({how})")


def file_refused(backend: str, how: str = CHOOSE_FILE_HOW) -> str:
    """The refusal of a file store that no administrator chose."""
    return (f"the only keyring on this machine is a file store ({backend}) that other programs can read, and no "
            f"administrator chose it for zwcx's secrets: {SYSTEM_KEYRING_HELP}, or have an administrator choose "
            f"the file store explicitly ({how})")


NULL_REFUSED = ("the keyring is keyring's null backend, which keeps nothing, so zwcx's secrets would be lost: "
                f"unset PYTHON_KEYRING_BACKEND and {SYSTEM_KEYRING_HELP}")


@dataclass(frozen=True)
class Store:
    """The keyring zwcx uses: `kind` is "system" (the OS's own store) or "file" (chosen by an administrator)."""

    kind: str
    name: str
    keyring: Any


def _name(kr: Any) -> str:
    return f"{type(kr).__module__}.{type(kr).__name__}"


def classify(kr: Any) -> str:
    """"system" for keyring's own OS backends, "null" and "none" for those that keep nothing or are missing, and
    "file" for anything else (keyrings.alt and third-party stores, which zwcx cannot vouch for)."""
    from keyring.backends import chainer, fail, null

    if isinstance(kr, null.Keyring):
        return "null"
    if isinstance(kr, fail.Keyring):
        return "none"
    if isinstance(kr, chainer.ChainerBackend):
        kinds = {classify(b) for b in kr.backends}
        if not kinds:
            return "none"
        return "system" if kinds == {"system"} else "file"
    return "system" if type(kr).__module__.startswith("keyring.backends.") else "file"


def file_store_allowed(chosen: bool = False) -> bool:
    """Whether a file store may be used: chosen for the office, or by ZWCX_ALLOW_FILE_KEYRING=1."""
    return chosen or os.environ.get(ALLOW_FILE_ENV) == "1"


def open_store(file_store_chosen: bool = False, how: str = CHOOSE_FILE_HOW) -> Store:
    """The keyring to use, or NoKeyring with one line saying what to do (`how`: where the file store is chosen)."""
    import keyring
    from keyring.backends import chainer

    kr = keyring.get_keyring()
    if isinstance(kr, chainer.ChainerBackend):
        # keyring chains every viable backend (the Secret Service and keyrings.alt's file, say) and reads from all
        # of them: with an OS keyring among them, only that one is used, so no secret is read from or left in a file.
        system = [b for b in kr.backends if classify(b) == "system"]
        kr = system[0] if system else kr
    kind = classify(kr)
    if kind == "system":
        return Store("system", _name(kr), kr)
    if kind == "null":
        raise NoKeyring(NULL_REFUSED)
    if kind == "none":
        raise NoKeyring(no_keyring(how))
    if not file_store_allowed(file_store_chosen):
        raise NoKeyring(file_refused(_name(kr), how))
    return Store("file", _name(kr), kr)


@contextlib.contextmanager
def _one_writer(kr: Any):
    """Hold an OS lock while a file store is read, changed and written back: keyrings.alt rewrites its whole file,
    so two zwcx processes writing at once (the desktop and a CLI restore, say) could lose the other's secret."""
    path = getattr(kr, "file_path", None)
    if not path:
        yield
        return
    import fcntl

    lock = Path(str(path) + ".lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    with lock.open("a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def get_secret(name: str, file_store_chosen: bool = False) -> str | None:
    """Read a secret; None when it was never stored."""
    import keyring.errors

    store = open_store(file_store_chosen)
    try:
        return store.keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(f"the keyring could not be read ({exc}): {SYSTEM_KEYRING_HELP}") from exc


def set_secret(name: str, value: str, file_store_chosen: bool = False) -> None:
    """Store a secret, replacing any earlier value."""
    import keyring.errors

    store = open_store(file_store_chosen)
    try:
        with _one_writer(store.keyring):
            store.keyring.set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(f"the keyring could not be written ({exc}): {SYSTEM_KEYRING_HELP}") from exc


def delete_secret(name: str, file_store_chosen: bool = False) -> None:
    """Remove a secret if present."""
    import keyring.errors

    store = open_store(file_store_chosen)
    try:
        with _one_writer(store.keyring):
            store.keyring.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        pass
