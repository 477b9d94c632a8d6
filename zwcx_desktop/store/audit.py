"""The append-only audit log: append under the write lock, chained with an HMAC under the office's audit key, and
verify the chain.

Events written before the keyed chain existed (key_id NULL) keep their plain SHA-256 chain; the first event after
them is an `audit_key_started` event, and from there every event is an HMAC under a key from the keyring
(store/auditkeys.py). A plain event after a keyed one, or a change of key without an `audit_key_started` event, is
a rewritten chain: recomputing hashes from the database alone no longer passes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from zwcx_core.domain.canonical import canonical_json
from zwcx_desktop import credentials
from zwcx_desktop.store.auditkeys import AUDIT, INFO_KEY, AuditKeys
from zwcx_desktop.store.models import AuditEvent, KeyCheck

GENESIS = "0" * 64
#: The event that starts a keyed segment (the first one, or a new key after the previous one went missing).
KEY_STARTED = "audit_key_started"
#: Who writes the events nobody asked for.
SYSTEM_ACTOR = "zwcx"


def event_hash(prev_hash: str, seq: int, at: dt.datetime, actor: str, action: str, kind: str | None,
               record_id: str | None, version_id: str | None, detail: str) -> str:
    """The plain hash of an event written before the keyed chain: covers the previous hash."""
    body = canonical_json({
        "seq": seq, "at": at.isoformat(), "actor": actor, "action": action, "kind": kind,
        "record_id": record_id, "version_id": version_id, "detail": detail,
    })
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def keyed_hash(key: bytes, prev_hash: str, seq: int, at: dt.datetime, actor: str, action: str, kind: str | None,
               record_id: str | None, version_id: str | None, detail: str, content_hash: str | None,
               key_id: str) -> str:
    """The HMAC of an event under the audit key: covers the previous hash and the version's content hash."""
    body = canonical_json({
        "seq": seq, "at": at.isoformat(), "actor": actor, "action": action, "kind": kind,
        "record_id": record_id, "version_id": version_id, "detail": detail, "content_hash": content_hash,
        "key_id": key_id,
    })
    return hmac.new(key, (prev_hash + body).encode("utf-8"), hashlib.sha256).hexdigest()


def keys_of(session: Session) -> AuditKeys | None:
    """The audit keys of the database this session belongs to (bound by the App that opened it)."""
    return session.info.get(INFO_KEY)


class AuditWriter:
    """Appends events within one write transaction (BEGIN IMMEDIATE holds the lock, so the chain cannot fork)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        row = session.execute(text("SELECT seq, hash, key_id FROM audit_log ORDER BY seq DESC LIMIT 1")).first()
        self.seq, self.prev, self.key_id = (row[0], row[1], row[2]) if row else (0, GENESIS, None)
        self.key: bytes | None = None
        self.rows: list[dict[str, Any]] = []

    def _resolve_key(self, at: dt.datetime) -> None:
        """Find the key of the current segment, or start a segment under a new key (audited). Before the log's
        first keyed event a keyring that cannot be used leaves the events plain; after it, the save is refused
        with the keyring's one-line reason (credentials.NoKeyring)."""
        keys = keys_of(self.session)
        previous = self.key_id
        try:
            if keys is None:
                raise credentials.NoKeyring("this database was opened without its audit keys")
            if previous is not None:
                self.key = keys.get(previous, self.session)
                if self.key is not None:
                    return
            kid, key = keys.create(self.session)
        except credentials.NoKeyring:
            if previous is None:
                return
            raise
        self.key_id, self.key = kid, key
        reason = "first keyed event" if previous is None else "the previous audit key is not in the keyring"
        self._append(at, SYSTEM_ACTOR, KEY_STARTED, None, None, None,
                     {"previous_key": previous, "reason": reason, "after_event": self.seq}, None)

    def add(self, at: dt.datetime, actor: str, action: str, kind: str | None = None, record_id: str | None = None,
            version_id: str | None = None, detail: dict[str, Any] | None = None,
            content_hash: str | None = None) -> None:
        """Queue one event; `content_hash` is the content hash of `version_id` (events about a version)."""
        if self.key is None:
            self._resolve_key(at)
        self._append(at, actor, action, kind, record_id, version_id, detail, content_hash)

    def _append(self, at: dt.datetime, actor: str, action: str, kind: str | None, record_id: str | None,
                version_id: str | None, detail: dict[str, Any] | None, content_hash: str | None) -> None:
        self.seq += 1
        d = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
        if self.key is None:
            h, kid = event_hash(self.prev, self.seq, at, actor, action, kind, record_id, version_id, d), None
        else:
            kid = self.key_id
            h = keyed_hash(self.key, self.prev, self.seq, at, actor, action, kind, record_id, version_id, d,
                           content_hash, kid)
        self.rows.append({"seq": self.seq, "at": at, "actor": actor, "action": action, "kind": kind,
                          "record_id": record_id, "version_id": version_id, "detail": d,
                          "prev_hash": self.prev, "hash": h, "content_hash": content_hash, "key_id": kid})
        self.prev = h

    def flush(self) -> None:
        from zwcx_desktop.store.db import fast_insert

        fast_insert(self.session, AuditEvent.__table__, self.rows)
        self.rows = []


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: str

    def __str__(self) -> str:
        return f"audit event {self.seq}: {self.reason}"


@dataclass(frozen=True)
class Unverifiable:
    """Keyed events whose key this computer's keyring does not hold: said once, with what to do."""

    first: int
    last: int
    key_id: str

    def __str__(self) -> str:
        return (f"audit events {self.first}-{self.last}: chained with audit key {self.key_id}, which is not in this "
                f"computer's keyring, so they cannot be verified here: put back the keyring that holds it, or "
                f"compare them with the municipal server ('zwcx check' while enrolled and online)")


def verify_chain(session: Session, keys: AuditKeys | None = None, limit: int = 20) -> list:
    """Walk the whole log in order; return the first `limit` problems found (empty when the chain is whole).
    Keyed events are checked with `keys` (by default the audit keys bound to the session's database); without
    them, or without a key the keyring lost, they are named once as unverifiable, never passed."""
    keys = keys if keys is not None else keys_of(session)
    out: list[Any] = []
    prev, expected_seq = GENESIS, 1
    keyed_seen = False
    seg_key: str | None = None
    missing: dict[str, list[int]] = {}
    cache: dict[str, bytes | None] = {}
    for ev in _iter_events(session):
        if ev.seq != expected_seq:
            out.append(ChainBreak(ev.seq, f"expected event {expected_seq} here: events are missing"))
        if ev.prev_hash != prev:
            out.append(ChainBreak(ev.seq, "does not follow the event before it (a row was removed or changed)"))
        if ev.key_id is None:
            if keyed_seen:
                out.append(ChainBreak(ev.seq, "is not chained with the audit key although events before it are "
                                              "(an unkeyed chain was recomputed over it)"))
            elif event_hash(ev.prev_hash, ev.seq, ev.at, ev.actor, ev.action, ev.kind, ev.record_id, ev.version_id,
                            ev.detail) != ev.hash:
                out.append(ChainBreak(ev.seq, "its content does not match its hash (the row was edited)"))
        else:
            if ev.key_id != seg_key and ev.action != KEY_STARTED:
                out.append(ChainBreak(ev.seq, f"is chained with audit key {ev.key_id} without an event starting "
                                              f"that key's segment (the chain was rewritten)"))
            keyed_seen, seg_key = True, ev.key_id
            if ev.key_id not in cache:
                cache[ev.key_id] = _key_or_none(keys, ev.key_id)
            key = cache[ev.key_id]
            if key is None:
                missing.setdefault(ev.key_id, []).append(ev.seq)
            elif not hmac.compare_digest(keyed_hash(key, ev.prev_hash, ev.seq, ev.at, ev.actor, ev.action, ev.kind,
                                                    ev.record_id, ev.version_id, ev.detail, ev.content_hash,
                                                    ev.key_id), ev.hash):
                out.append(ChainBreak(ev.seq, "its content does not match its keyed hash (the row was edited)"))
        prev, expected_seq = ev.hash, ev.seq + 1
        if len(out) >= limit:
            return out
    if not keyed_seen:
        held = session.get(KeyCheck, AUDIT) is not None
        if not held and keys is not None:
            try:
                held = bool(keys.known_ids())
            except credentials.NoKeyring:
                pass
        if held:
            out.append(ChainBreak(expected_seq - 1, "the keyring holds this office's audit key, but no event is "
                                                    "chained with it (the log was rewritten without it)"))
    out += [Unverifiable(seqs[0], seqs[-1], kid) for kid, seqs in missing.items()]
    out += _check_tip(session, keys)
    return out


def _check_tip(session: Session, keys: AuditKeys | None) -> list[ChainBreak]:
    """The newest event the keyring remembers from the writer's last close must still be in the log."""
    try:
        tip = keys.tip() if keys is not None else None
    except credentials.NoKeyring:
        return []
    if tip is None:
        return []
    seq, h = tip
    have = session.execute(select(AuditEvent.hash).where(AuditEvent.seq == seq)).scalar()
    if have == h:
        return []
    return [ChainBreak(seq, "was the newest event when zwcx last closed this store, and it is missing or different "
                            "now (the newest events were removed, or the database replaced by an older copy without "
                            "a restore)")]


def remember_tip(session: Session) -> None:
    """Keep the newest event in the keyring (the writer closing the store); quiet when the keyring cannot be
    used: the log is no less whole for it."""
    keys = keys_of(session)
    row = session.execute(text("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")).first()
    if keys is None or row is None:
        return
    try:
        if keys.tip() == (row[0], row[1]):  # nothing appended since: no keyring write at every close
            return
        keys.save_tip(row[0], row[1])
    except credentials.NoKeyring:
        pass


def _key_or_none(keys: AuditKeys | None, kid: str) -> bytes | None:
    if keys is None:
        return None
    try:
        return keys.get(kid)
    except credentials.NoKeyring:
        return None


def _iter_events(session: Session) -> Iterator[Any]:
    # Plain rows, not ORM objects: a 100k-record office has some 150k events to walk.
    cols = [AuditEvent.__table__.c[n] for n in ("seq", "at", "actor", "action", "kind", "record_id", "version_id",
                                                "detail", "prev_hash", "hash", "content_hash", "key_id")]
    yield from session.execute(select(*cols).order_by(AuditEvent.seq)).yield_per(5000)
