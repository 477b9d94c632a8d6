"""The office's secrets: which keyring may hold them, and the ID fingerprint key checked against the database.

Service records carry an HMAC of the citizen ID under the township's fingerprint key (full numbers are never
stored), so duplicates are found only while the key stays the same. A key made anew when the old one went missing
would match nothing entered before and duplicate detection would quietly stop; so the database keeps a check value
of the key (an HMAC of a fixed label under it, never the key itself), and a key that is missing or does not match
is refused with how to get the right one back. Only the first key of an office with nothing fingerprinted yet is
made without asking; a replacement is an administrator's explicit, audited decision.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from zwcx_desktop import credentials
from zwcx_desktop.store import settings
from zwcx_desktop.store.models import KeyCheck, ServiceRecord

#: Setting "file" when an administrator chose the file store for this office's secrets.
K_SECRET_STORE = "secret_store"
#: The key check of the ID fingerprint key in `key_checks`.
FINGERPRINT = "fingerprint"
_LABEL = b"zwcx key check v1: ID fingerprint key"
#: sync/engine.K_DEVICE, set once this data folder enrolled (read here: the store does not import the sync client).
_ENROLLED = "sync_device_id"
#: Who made the changes nobody asked for (the check value of a key already in use, an office's first key).
SYSTEM_ACTOR = "zwcx"

ENROL_AGAIN = ("enrol this computer again with a new code from the municipal administrator (Settings, or 'zwcx "
               "enroll'), and the server hands back the township's key")
NEW_KEY_HELP = "an administrator may accept a new key (Settings, or 'zwcx secrets new-key')"


class KeyRefused(credentials.NoKeyring):
    """The fingerprint key is missing from the keyring or is not this office's; the message says what to do.
    A NoKeyring, so every place that turns a missing secret into one line does so for this too."""


def fingerprint_key_name(install_id: str) -> str:
    """Keyring entry of a data directory's ID fingerprint key."""
    return f"fingerprint-key:{install_id}"


def check_value(key: bytes) -> str:
    """The check value of a key: shows whether a key is the right one, and tells nothing about it."""
    return hmac.new(key, _LABEL, hashlib.sha256).hexdigest()


def file_store_chosen(app) -> bool:
    """Whether an administrator chose the file store for this office's secrets."""
    return app.setting(K_SECRET_STORE) == "file"


def store(app) -> credentials.Store:
    """The keyring this office's secrets go to; NoKeyring (one line, what to do) when there is none it may use."""
    return credentials.open_store(file_store_chosen(app))


def get_secret(app, name: str) -> str | None:
    """A secret of this office from its keyring (None when never stored)."""
    return credentials.get_secret(name, file_store_chosen(app))


def set_secret(app, name: str, value: str) -> None:
    """Keep a secret of this office in its keyring."""
    credentials.set_secret(name, value, file_store_chosen(app))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _stored_check(app) -> str | None:
    with app.db.read() as s:
        row = s.get(KeyCheck, FINGERPRINT)
        return row.check_value if row else None


def _fingerprinted(app, deleted_too: bool = False) -> int:
    """Service records whose ID fingerprint was made with the current key."""
    q = select(func.count()).select_from(ServiceRecord).where(ServiceRecord.id_fingerprint.is_not(None))
    if not deleted_too:
        q = q.where(ServiceRecord.deleted.is_(False))
    with app.db.read() as s:
        return s.execute(q).scalar_one()


def _enrolled(app) -> bool:
    return app.setting(_ENROLLED) is not None


def _refusal(app, mismatch: bool) -> KeyRefused:
    what = ("the ID fingerprint key in the keyring is not the one this office's records were made with" if mismatch
            else "the ID fingerprint key of this office is not in the keyring (another computer or user account, "
                 "another keyring, or one that was reset)")
    if _enrolled(app):
        return KeyRefused(f"{what}, so duplicates cannot be checked: {ENROL_AGAIN}")
    return KeyRefused(f"{what} and this office never enrolled with the municipal server, so the "
                      f"{_fingerprinted(app)} service record(s) entered so far can no longer be matched as "
                      f"duplicates: put back the keyring that holds the key, or {NEW_KEY_HELP}")


def _load(app, create: bool) -> tuple[bytes | None, bool]:
    """The verified key and whether it was made just now; (None, False) when there is none yet and `create` is
    off. Only reads the database: it runs while a record is being saved, inside that save's write transaction."""
    name = fingerprint_key_name(app.install_id())
    key_hex = get_secret(app, name)
    check = _stored_check(app)
    if key_hex is not None:
        key = bytes.fromhex(key_hex)
        if check is None or hmac.compare_digest(check, check_value(key)):
            return key, False
        raise _refusal(app, mismatch=True)
    if check is None and not _fingerprinted(app, deleted_too=True):
        # The office's first key: nothing was fingerprinted, so nothing can stop matching. Its check value is
        # recorded by `settle` (and the creation audited then), not here inside another write.
        if not create:
            return None, False
        key_hex = secrets.token_hex(32)
        set_secret(app, name, key_hex)
        return bytes.fromhex(key_hex), True
    raise _refusal(app, mismatch=False)


def load_fingerprint_key(app) -> bytes:
    """This office's fingerprint key, checked against the database; KeyRefused or NoKeyring say what to do."""
    key, _made = _load(app, create=True)
    assert key is not None
    return key


def _record(app, key: bytes, actor: str, action: str, **detail: Any) -> None:
    """Keep the check value of `key` and audit why, in one transaction."""
    from zwcx_desktop.store.audit import AuditWriter

    with app.db.write() as s:
        row = s.get(KeyCheck, FINGERPRINT)
        if row is None:
            s.add(KeyCheck(name=FINGERPRINT, check_value=check_value(key), set_at=_now()))
        else:
            row.check_value, row.set_at = check_value(key), _now()
        s.flush()
        w = AuditWriter(s)
        w.add(_now(), actor, action, detail=detail)
        w.flush()


def settle(app) -> None:
    """Record the check value of the key in use when the database has none yet (a store from before key checks, or
    a new office whose first key is made now). Quiet when the keyring cannot be used or the key is refused: that
    is said when the key is needed. Call it as the data folder's writer, outside any write transaction."""
    if _stored_check(app) is not None:
        return
    try:
        key, made = _load(app, create=True)
    except (credentials.NoKeyring, KeyRefused):
        return
    assert key is not None
    _record(app, key, SYSTEM_ACTOR, "fingerprint_key_created" if made else "fingerprint_key_check_recorded")
    app.records.forget_fingerprint_key()


def key_for_enrolment(app) -> str | None:
    """The key to offer the server at enrolment (hex), or None when this computer has no good one (the server's
    key is then taken, and checked against the database by `adopt`)."""
    try:
        key, _made = _load(app, create=False)
    except KeyRefused:
        return None
    return key.hex() if key is not None else None


def adopt(app, key_hex: str) -> int:
    """Fingerprint citizen IDs with the township's key from now on (from enrolment). Returns how many service
    records carry a fingerprint made with another key: 0 when the township's key is the one the database's check
    value names, which is how re-enrolling brings a lost key back."""
    key = bytes.fromhex(key_hex)
    check = _stored_check(app)
    if check is None:
        current = get_secret(app, fingerprint_key_name(app.install_id()))
        same = current is not None and current.lower() == key_hex.lower()
    else:
        same = hmac.compare_digest(check, check_value(key))
    unmatched = 0 if same else _fingerprinted(app)
    set_secret(app, fingerprint_key_name(app.install_id()), key_hex.lower())
    if check is None or not same:
        _record(app, key, SYSTEM_ACTOR, "fingerprint_key_from_enrolment", unmatched_records=unmatched)
    app.records.forget_fingerprint_key()
    return unmatched


def _require_admin(actor, what: str) -> None:
    from zwcx_core.domain.enums import Role

    if actor.role != Role.ADMIN:
        raise PermissionError(f"only an administrator can {what}")


def accept_new_key(app, actor) -> int:
    """An administrator's explicit replacement of a lost or wrong key in an office that never enrolled; audited.
    Returns how many service records can no longer be matched as duplicates."""
    _require_admin(actor, "accept a new ID fingerprint key")
    if _enrolled(app):
        raise KeyRefused(f"this office is enrolled with the municipal server, whose key is the township's: {ENROL_AGAIN}")
    try:
        _load(app, create=False)
    except KeyRefused:
        pass
    else:
        raise ValueError("the ID fingerprint key in the keyring is this office's own: there is nothing to replace")
    unmatched = _fingerprinted(app)
    key_hex = secrets.token_hex(32)
    set_secret(app, fingerprint_key_name(app.install_id()), key_hex)
    _record(app, bytes.fromhex(key_hex), actor.username, "fingerprint_key_replaced", unmatched_records=unmatched)
    app.records.forget_fingerprint_key()
    return unmatched


def choose_file_store(app, actor, chosen: bool) -> None:
    """An administrator's choice to keep this office's secrets in a file store when the machine has no system
    keyring (or to stop doing so); audited. The office's first key is made at once when it can be."""
    from zwcx_desktop.store.audit import AuditWriter

    _require_admin(actor, "choose where the secrets are kept")
    if chosen == file_store_chosen(app):
        return
    with app.db.write() as s:
        settings.put(s, K_SECRET_STORE, "file" if chosen else "system")
        s.flush()
        w = AuditWriter(s)
        w.add(_now(), actor.username, "secret_store_file_chosen" if chosen else "secret_store_system_only")
        w.flush()
    if chosen:
        settle(app)


@dataclass(frozen=True)
class Status:
    """Where the secrets are and whether the fingerprint key is good, for 设置, the dashboard and `zwcx secrets`.

    `store` is "system", "file" or "refused"; `problem` is the one-line refusal (None when all is well);
    `can_accept_new_key` is whether an administrator may replace the key (never enrolled, key lost or wrong)."""

    store: str
    backend: str
    file_chosen: bool
    problem: str | None = None
    can_accept_new_key: bool = False


def status(app) -> Status:
    """The state of this office's secrets, without making a key."""
    chosen = file_store_chosen(app)
    try:
        st = credentials.open_store(chosen)
    except credentials.NoKeyring as exc:
        return Status("refused", "none", chosen, str(exc))
    try:
        _load(app, create=False)
    except KeyRefused as exc:
        return Status(st.kind, st.name, chosen, str(exc), can_accept_new_key=not _enrolled(app))
    except credentials.NoKeyring as exc:  # the keyring could not be read
        return Status("refused", st.name, chosen, str(exc))
    return Status(st.kind, st.name, chosen)
