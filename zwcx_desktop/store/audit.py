"""The append-only, hash-chained audit log: append under the write lock, and verify the chain."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from zwcx_desktop.domain.canonical import canonical_json
from zwcx_desktop.store.models import AuditEvent

GENESIS = "0" * 64


def event_hash(prev_hash: str, seq: int, at: dt.datetime, actor: str, action: str, kind: str | None,
               record_id: str | None, version_id: str | None, detail: str) -> str:
    """The hash of one event: covers the previous hash, so removing or editing any row breaks the chain."""
    body = canonical_json({
        "seq": seq, "at": at.isoformat(), "actor": actor, "action": action, "kind": kind,
        "record_id": record_id, "version_id": version_id, "detail": detail,
    })
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


class AuditWriter:
    """Appends events within one write transaction (BEGIN IMMEDIATE holds the lock, so the chain cannot fork)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        row = session.execute(text("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")).first()
        self.seq, self.prev = (row[0], row[1]) if row else (0, GENESIS)
        self.rows: list[dict[str, Any]] = []

    def add(self, at: dt.datetime, actor: str, action: str, kind: str | None = None, record_id: str | None = None,
            version_id: str | None = None, detail: dict[str, Any] | None = None) -> None:
        self.seq += 1
        d = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
        h = event_hash(self.prev, self.seq, at, actor, action, kind, record_id, version_id, d)
        self.rows.append({"seq": self.seq, "at": at, "actor": actor, "action": action, "kind": kind,
                          "record_id": record_id, "version_id": version_id, "detail": d,
                          "prev_hash": self.prev, "hash": h})
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


def verify_chain(session: Session, limit: int = 20) -> list[ChainBreak]:
    """Walk the whole log in order; return the first `limit` breaks found (empty when the chain is whole)."""
    breaks: list[ChainBreak] = []
    prev, expected_seq = GENESIS, 1
    for ev in _iter_events(session):
        if ev.seq != expected_seq:
            breaks.append(ChainBreak(ev.seq, f"expected event {expected_seq} here: events are missing"))
        if ev.prev_hash != prev:
            breaks.append(ChainBreak(ev.seq, "does not follow the event before it (a row was removed or changed)"))
        h = event_hash(ev.prev_hash, ev.seq, ev.at, ev.actor, ev.action, ev.kind, ev.record_id, ev.version_id,
                       ev.detail)
        if h != ev.hash:
            breaks.append(ChainBreak(ev.seq, "its content does not match its hash (the row was edited)"))
        prev, expected_seq = ev.hash, ev.seq + 1
        if len(breaks) >= limit:
            break
    return breaks


def _iter_events(session: Session) -> Iterator[AuditEvent]:
    yield from session.execute(select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=2000)).scalars()
