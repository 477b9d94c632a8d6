"""The office's audit keys: the HMAC keys that chain the audit log, kept in the OS keyring and never in the database.

A chain of plain SHA-256 hashes can be recomputed by anyone who edits the database file; an HMAC under a key the
file does not hold cannot. Every key this data directory ever used stays in one keyring entry (id -> key), so
events chained with an earlier key can still be verified. A key that went missing is never made again under its
old id: the next event starts a new segment under a new key with an audited `audit_key_started` event naming the
lost one, and `check` says the earlier segment cannot be verified.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable

from sqlalchemy.orm import Session

from zwcx_desktop.store.models import KeyCheck

#: The key check row of the current audit key in `key_checks`.
AUDIT = "audit"
_LABEL = b"zwcx key check v1: audit key"
#: Where each Database's AuditKeys is found by the sessions it hands out (Session.info).
INFO_KEY = "zwcx_audit_keys"


def key_name(install_id: str) -> str:
    """Keyring entry of a data directory's audit keys."""
    return f"audit-key:{install_id}"


def tip_name(install_id: str) -> str:
    """Keyring entry of the newest audit event when the data directory's writer last closed it: removing the
    newest events from every table at once leaves no trace in the database, but the log no longer holds this."""
    return f"audit-tip:{install_id}"


def check_value(key: bytes) -> str:
    """The check value of an audit key: names it, tells nothing about it."""
    return hmac.new(key, _LABEL, hashlib.sha256).hexdigest()


def key_id(key: bytes) -> str:
    """The id an event carries of the key that chains it (the start of its check value)."""
    return check_value(key)[:16]


class AuditKeys:
    """The audit keys of one data directory. `get_secret`/`set_secret` read and write its keyring (store/keys.py,
    with the office's choice of store, as the session given sees it); they raise credentials.NoKeyring when there is
    no keyring to use."""

    def __init__(self, install_id: str, get_secret: Callable[[Session | None, str], str | None],
                 set_secret: Callable[[Session | None, str, str], None]) -> None:
        self._name, self._tip = key_name(install_id), tip_name(install_id)
        self._get, self._set = get_secret, set_secret
        self._cache: dict[str, bytes] | None = None

    def _read(self, s: Session | None = None) -> dict[str, bytes]:
        raw = self._get(s, self._name)
        out: dict[str, bytes] = {}
        try:
            stored = json.loads(raw) if raw else {}
        except ValueError:
            stored = {}
        for kid, hx in (stored.items() if isinstance(stored, dict) else ()):
            try:
                key = bytes.fromhex(hx)
            except (TypeError, ValueError):
                continue
            if key_id(key) == kid:  # an entry whose key is not the one its id names is no key of ours
                out[kid] = key
        self._cache = out
        return out

    def get(self, kid: str, s: Session | None = None) -> bytes | None:
        """The key with this id, or None when the keyring does not hold it (read again once before saying so:
        another zwcx process may have started a segment since)."""
        if self._cache is not None and kid in self._cache:
            return self._cache[kid]
        return self._read(s).get(kid)

    def known_ids(self) -> set[str]:
        """Ids of every audit key the keyring holds for this data directory."""
        return set(self._read())

    def tip(self) -> tuple[int, str] | None:
        """(seq, hash) of the newest event when the writer last closed the store, or None."""
        try:
            t = json.loads(self._get(None, self._tip) or "null")
            return (int(t["seq"]), str(t["hash"])) if isinstance(t, dict) else None
        except (ValueError, KeyError, TypeError):
            return None

    def save_tip(self, seq: int, hash_: str) -> None:
        """Remember the newest event (the writer closing the store)."""
        self._set(None, self._tip, json.dumps({"seq": seq, "hash": hash_}))

    def create(self, s: Session) -> tuple[str, bytes]:
        """A new key, kept in the keyring beside the earlier ones before any event uses it, and its check value
        recorded in `s` (the caller's write transaction)."""
        keys = self._read(s)
        key = secrets.token_bytes(32)
        kid = key_id(key)
        self._set(s, self._name, json.dumps({k: v.hex() for k, v in keys.items()} | {kid: key.hex()}))
        self._cache = keys | {kid: key}
        row = s.get(KeyCheck, AUDIT)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        if row is None:
            s.add(KeyCheck(name=AUDIT, check_value=check_value(key), set_at=now))
        else:
            row.check_value, row.set_at = check_value(key), now
        s.flush()
        return kid, key
