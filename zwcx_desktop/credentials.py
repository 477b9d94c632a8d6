"""Secrets in the OS keyring, and nowhere else (not the database, settings or logs).

Every secret of zwcx (device token, fingerprint key) goes through this module. keyring picks the platform's
store (Windows Credential Manager, macOS Keychain, Secret Service on Linux desktops); an administrator may choose
another backend with keyring's own `PYTHON_KEYRING_BACKEND` variable.
"""

from __future__ import annotations

SERVICE = "zwcx"


class NoKeyring(RuntimeError):
    """This machine has no usable keyring backend."""


NO_KEYRING_HELP = (
    "no OS keyring is available on this machine, and zwcx keeps its secrets only there. Choices: "
    "(1) on a Linux desktop, install and unlock a Secret Service keyring (apt-get install gnome-keyring) and log in "
    "to the desktop session; (2) on a server or kiosk without a desktop, choose keyring's encrypted file store: "
    "export PYTHON_KEYRING_BACKEND=keyrings.alt.file.EncryptedKeyring (asks for its own password); "
    "(3) for throw-away test machines only: PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring"
)


def _backend():
    import keyring
    from keyring.backends import fail

    kr = keyring.get_keyring()
    if isinstance(kr, fail.Keyring) or type(kr).__name__ == "ChainerBackend" and not getattr(kr, "backends", None):
        raise NoKeyring(NO_KEYRING_HELP)
    return kr


def backend_name() -> str:
    """The keyring backend in use (for the settings page and `zwcx enroll`), or why there is none."""
    try:
        kr = _backend()
    except NoKeyring:
        return "none"
    return f"{type(kr).__module__}.{type(kr).__name__}"


def get_secret(name: str) -> str | None:
    """Read a secret; None when it was never stored."""
    import keyring.errors

    try:
        return _backend().get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(f"the keyring could not be read ({exc}); {NO_KEYRING_HELP}") from exc


def set_secret(name: str, value: str) -> None:
    """Store a secret, replacing any earlier value."""
    import keyring.errors

    try:
        _backend().set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(f"the keyring could not be written ({exc}); {NO_KEYRING_HELP}") from exc


def delete_secret(name: str) -> None:
    """Remove a secret if present."""
    import keyring.errors

    try:
        _backend().delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        pass
