"""`zwcx check`: is the data directory whole? SQLite integrity, the keyed audit chain, every version, every record
row against its current version, the audit events against their versions, and attachments.

Lists, exports and indicators read the record rows, `show` and prints read the versions: a row edited behind the
store's back would show one thing in a list and another on paper, so each row is compared, field by field, with
what the store derives from its current version (`record_values`, the function that writes rows). Messages name
the record, version, event and field, never the values (they may be personal data).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from zwcx_core.domain.canonical import canonical_json
from zwcx_core.domain.schema import KINDS
from zwcx_desktop.store import attachments
from zwcx_desktop.store.audit import verify_chain
from zwcx_desktop.store.collation import SORT_COLUMN
from zwcx_desktop.store.db import Database
from zwcx_desktop.store.models import (
    RECORD_MODELS,
    Attachment,
    AuditEvent,
    FinanceLine,
    OutboxOp,
    ProgressEntry,
    RecordVersion,
)
from zwcx_desktop.store.rows import child_rows, column_name, has_column, record_values, referenced_hashes

#: Problems of one sort named one by one before the rest are counted (a damaged store would print thousands).
LIMIT = 20
#: The event that removed every record of this computer (store/cleanstart.py): versions named before it are gone.
CLEAN_START = "clean-start"


class _Problems(list):
    """Problems by sort: the first LIMIT of each are named, the rest counted in one line."""

    def __init__(self) -> None:
        super().__init__()
        self._over: dict[str, int] = {}
        self._count: dict[str, int] = {}

    def add(self, sort: str, line: str) -> None:
        n = self._count[sort] = self._count.get(sort, 0) + 1
        if n <= LIMIT:
            self.append(line)
        else:
            self._over[sort] = self._over.get(sort, 0) + 1

    def finish(self) -> list[str]:
        return list(self) + [f"{n} more problem(s) of the same sort as above ({sort})" for sort, n in self._over.items()]


def run_checks(db: Database) -> list[str]:
    """Every problem found, one line each; an empty list means the data is whole."""
    problems = _Problems()
    with db.read() as s:
        res = [r[0] for r in s.execute(text("PRAGMA integrity_check")).all()]
        if res != ["ok"]:
            return [f"database integrity: {r}" for r in res[:LIMIT]]  # the rest would read a damaged file
        for r in s.execute(text("PRAGMA foreign_key_check")).all()[:LIMIT]:
            problems.append(f"foreign key: table {r[0]} row {r[1]} points at a missing {r[2]} row")
        for b in verify_chain(s, limit=LIMIT):
            problems.add("audit chain", str(b))
        versions = _check_versions(s, problems)
        _check_events(s, versions, problems)
        _check_rows(s, versions, problems)
        _check_outbox(s, versions, problems)
    for sha in attachments.missing(db):
        problems.add("attachments", f"attachment {sha}: file missing or damaged")
    return problems.finish()


def _check_versions(s: Session, problems: _Problems) -> dict[str, tuple[str, str, str]]:
    """Every version, current or not: its text is the canonical form of its content and hashes to its recorded
    content hash. Returns version id -> (record id, kind, content hash) for the checks that follow."""
    known = set(s.execute(select(Attachment.sha256)).scalars())
    out: dict[str, tuple[str, str, str]] = {}
    q = select(RecordVersion.version_id, RecordVersion.record_id, RecordVersion.kind, RecordVersion.content_hash,
               RecordVersion.doc)
    for vid, rid, kind, vh, doc_text in s.execute(q).yield_per(5000):
        out[vid] = (rid, kind, vh)
        try:
            doc = json.loads(doc_text)
            canonical = canonical_json(doc) == doc_text
        except (TypeError, ValueError):
            doc, canonical = None, False
        real = hashlib.sha256(doc_text.encode("utf-8")).hexdigest() if isinstance(doc_text, str) else None
        if not canonical or real != vh:
            problems.add("versions", f"{kind} {rid}: version {vid} does not match its content hash")
            continue
        for sha in referenced_hashes(kind, doc) if kind in RECORD_MODELS else ():
            if sha not in known:
                problems.add("attachments", f"{kind} {rid}: points at attachment {sha} that was never stored")
    return out


def _check_events(s: Session, versions: dict[str, tuple[str, str, str]], problems: _Problems) -> None:
    """Each event about a version names one that exists, of its record, with the content hash it recorded; each
    version has the event that wrote it. Before a clean start the versions are gone on purpose."""
    last_clean = s.execute(select(AuditEvent.seq).where(AuditEvent.action == CLEAN_START)
                           .order_by(AuditEvent.seq.desc()).limit(1)).scalar()
    q = (select(AuditEvent.seq, AuditEvent.record_id, AuditEvent.version_id, AuditEvent.content_hash)
         .where(AuditEvent.version_id.is_not(None), AuditEvent.seq > (last_clean or 0)))
    seen: set[str] = set()
    for seq, rid, vid, ch in s.execute(q).yield_per(5000):
        v = versions.get(vid)
        if v is None:
            problems.add("events", f"audit event {seq}: names version {vid}, which is not in the history (a version "
                                   f"was removed)")
            continue
        seen.add(vid)
        if v[0] != rid:
            problems.add("events", f"audit event {seq}: names version {vid} of another record")
        elif ch is not None and ch != v[2]:
            problems.add("events", f"audit event {seq}: the content hash it recorded for version {vid} differs from "
                                   f"the version's (the version was rewritten)")
    for vid, (rid, kind, _h) in versions.items():
        if vid not in seen:
            problems.add("events", f"{kind} {rid}: version {vid} has no audit event (it was added behind the "
                                   f"store's back, or its event was removed)")


def _field_columns(kind: str) -> dict[str, str]:
    """Column of the record table -> the field it holds, as `record_values` writes them."""
    return {column_name(f.type, f.name): f.name for f in KINDS[kind].stored_fields
            if f.type != "rows" and has_column(kind, f.name, f.type)}


def _check_rows(s: Session, versions: dict[str, tuple[str, str, str]], problems: _Problems) -> None:
    """Every record row against its current version, field by field; every record with versions has a row."""
    with_rows: set[str] = set()
    for kind, model in RECORD_MODELS.items():
        table = model.__table__
        fields = _field_columns(kind)
        children = _children(s, kind)
        q = (select(table, RecordVersion.doc, RecordVersion.content_hash.label("v_hash"),
                    RecordVersion.version.label("v_version"), RecordVersion.deleted.label("v_deleted"),
                    RecordVersion.record_id.label("v_record"))
             .join(RecordVersion, RecordVersion.version_id == table.c.version_id, isouter=True))
        for row in s.execute(q).yield_per(5000):
            m = row._mapping
            rid, vid = m["id"], m["version_id"]
            with_rows.add(rid)
            if m["doc"] is None or m["v_record"] != rid:
                problems.add("rows", f"{kind} {rid}: its current version {vid} is missing from its history")
                continue
            where = f"{kind} {rid}: the record row's"
            for col, label in (("content_hash", "content hash"), ("version", "version number"),
                               ("deleted", "deleted flag")):
                if m[col] != m[{"content_hash": "v_hash", "version": "v_version", "deleted": "v_deleted"}[col]]:
                    problems.add("rows", f"{where} {label} differs from its current version {vid}")
            try:
                doc = json.loads(m["doc"])
                expected = record_values(kind, doc)
            except (TypeError, ValueError):
                continue  # named by the version check already
            for col, want in expected.items():
                # A sort key is the order of the collator at hand (ICU's version), not data: rebuilt, not checked.
                if m[col] != want and col != SORT_COLUMN:
                    problems.add("rows", f"{where} field {fields.get(col, col)} differs from its current version "
                                         f"{vid} (lists, exports and indicators would show what the record does not "
                                         f"say)")
            if children is not None:
                _compare_children(kind, rid, vid, doc, children.get(rid, []), problems)
    for vid, (rid, kind, _h) in versions.items():
        if rid not in with_rows and kind in RECORD_MODELS:
            with_rows.add(rid)  # once per record
            problems.add("rows", f"{kind} {rid}: has versions (the newest named {vid}) but no record row (the row "
                                 f"was deleted)")


_CHILD = {"commitment": (ProgressEntry, "commitment_id", "progress entries"),
          "disclosure": (FinanceLine, "disclosure_id", "finance lines")}


def _children(s: Session, kind: str) -> dict[str, list[dict[str, Any]]] | None:
    if kind not in _CHILD:
        return None
    model, fk, _what = _CHILD[kind]
    out: dict[str, list[dict[str, Any]]] = {}
    for r in s.execute(select(model.__table__).order_by(model.__table__.c[fk], model.__table__.c.position)):
        m = dict(r._mapping)
        out.setdefault(m[fk], []).append(m)
    return out


def _compare_children(kind: str, rid: str, vid: str, doc: dict[str, Any], have: list[dict[str, Any]],
                      problems: _Problems) -> None:
    model, _fk, what = _CHILD[kind]
    want = child_rows(kind, rid, doc).get(model, [])
    if len(want) != len(have):
        problems.add("rows", f"{kind} {rid}: its {what} are not the {len(want)} of its current version {vid}")
        return
    for w, h in zip(want, have, strict=True):
        for col, v in w.items():
            if h.get(col) != v:
                problems.add("rows", f"{kind} {rid}: {what[:-1]} {w['position'] + 1} field {col} differs from its "
                                     f"current version {vid}")
                break


def _check_outbox(s: Session, versions: dict[str, tuple[str, str, str]], problems: _Problems) -> None:
    """An outbox entry names a version of the history with its content hash (what sync would send)."""
    for seq, vid, h in _rows(s, select(OutboxOp.seq, OutboxOp.version_id, OutboxOp.content_hash)):
        v = versions.get(vid)
        if v is None:
            problems.add("outbox", f"outbox entry {seq}: names version {vid}, which is not in the history")
        elif v[2] != h:
            problems.add("outbox", f"outbox entry {seq}: its content hash differs from version {vid}'s")


def _rows(s: Session, q) -> Iterator[Any]:
    yield from s.execute(q).yield_per(5000)
