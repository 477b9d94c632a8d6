"""Reading records: the current version of one or many records, history, and a record as the callers see it."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from zwcx_core.domain.schema import KINDS
from zwcx_desktop.store.models import RECORD_MODELS, RecordVersion


class NotFound(LookupError):
    pass


@dataclass
class RecordView:
    """A record as read: its current document plus bookkeeping."""

    kind: str
    id: str
    doc: dict[str, Any]
    version: int
    version_id: str
    base_version_id: str | None
    content_hash: str
    deleted: bool
    sync_state: str
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str

    @property
    def status(self) -> str | None:
        return self.doc.get("status")

    @property
    def title(self) -> str:
        return str(self.doc.get(KINDS[self.kind].title_field) or "")

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "version": self.version, "version_id": self.version_id,
                "content_hash": self.content_hash, "deleted": self.deleted, "sync_state": self.sync_state,
                "created_at": self.created_at.isoformat() + "Z", "created_by": self.created_by,
                "updated_at": self.updated_at.isoformat() + "Z", "updated_by": self.updated_by, "doc": self.doc}


class RecordReads:
    """The read half of RecordStore (it needs `self.db`)."""

    def _current(self, s: Session, record_id: str) -> tuple[str, Any, dict[str, Any]]:
        kind = self._kind_of(s, record_id)
        model = RECORD_MODELS[kind]
        row = s.get(model, record_id)
        if row is None or row.deleted:
            raise NotFound(f"no record with id {record_id}")
        doc = json.loads(s.execute(select(RecordVersion.doc).where(RecordVersion.version_id == row.version_id))
                         .scalar_one())
        return kind, row, doc

    def _current_many(self, s: Session, record_ids: list[str]) -> list[tuple[str, Any, dict[str, Any]]]:
        """Like `_current` for many ids, in a few queries."""
        out = []
        for i in range(0, len(record_ids), 500):
            chunk = record_ids[i : i + 500]
            ids_json = json.dumps(chunk)
            kinds = dict(s.execute(text("SELECT DISTINCT record_id, kind FROM record_versions WHERE record_id IN "
                                        "(SELECT value FROM json_each(:ids))"), {"ids": ids_json}).all())
            rows = {}
            for kind in set(kinds.values()):
                table = RECORD_MODELS[kind].__table__
                for r in s.connection().execute(select(table).where(table.c.id.in_(chunk))):
                    rows[r.id] = (kind, r)
            docs = dict(s.execute(text("SELECT version_id, doc FROM record_versions WHERE version_id IN "
                                       "(SELECT value FROM json_each(:v))"),
                                  {"v": json.dumps([r.version_id for _, r in rows.values()])}).all())
            for rid in chunk:
                if rid not in rows or rows[rid][1].deleted:
                    raise NotFound(f"no record with id {rid}")
                kind, r = rows[rid]
                out.append((kind, r, json.loads(docs[r.version_id])))
        return out

    @staticmethod
    def _kind_of(s: Session, record_id: str) -> str:
        k = s.execute(text("SELECT kind FROM record_versions WHERE record_id = :r LIMIT 1"),
                      {"r": record_id}).scalar_one_or_none()
        if k is None:
            raise NotFound(f"no record with id {record_id}")
        return k

    def get(self, record_id: str, include_deleted: bool = False) -> RecordView:
        """The current version of a record; NotFound when unknown (or deleted, unless asked)."""
        with self.db.read() as s:
            kind = self._kind_of(s, record_id)
            row = s.get(RECORD_MODELS[kind], record_id)
            if row is None or (row.deleted and not include_deleted):
                raise NotFound(f"no record with id {record_id}")
            doc = json.loads(s.execute(select(RecordVersion.doc)
                                       .where(RecordVersion.version_id == row.version_id)).scalar_one())
            return RecordView(kind, row.id, doc, row.version, row.version_id, row.base_version_id, row.content_hash,
                              row.deleted, row.sync_state, row.created_at, row.created_by, row.updated_at,
                              row.updated_by)

    def history(self, record_id: str) -> list[RecordVersion]:
        """All versions of a record, oldest first."""
        with self.db.read() as s:
            self._kind_of(s, record_id)
            return list(s.execute(select(RecordVersion).where(RecordVersion.record_id == record_id)
                                  .order_by(RecordVersion.version, RecordVersion.created_at)).scalars())

    def version_doc(self, record_id: str, version: int | None = None) -> tuple[RecordVersion, dict[str, Any]]:
        """A version (the current one when `version` is None) and its document."""
        hist = self.history(record_id)
        if version is None:
            cur = self.get(record_id, include_deleted=True)
            v = next(h for h in hist if h.version_id == cur.version_id)
        else:
            matches = [h for h in hist if h.version == version]
            if not matches:
                raise NotFound(f"record {record_id} has no version {version} (it has 1 to {hist[-1].version})")
            v = matches[-1]
        return v, json.loads(v.doc)
