"""Look-ups the write path makes while checking input: references, duplicates of a person, objections in a period.

Cached per transaction, so a batch of thousands of rows costs a few queries, not thousands.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from zwcx_core.domain.schema import KINDS, FieldError
from zwcx_desktop.store.models import RECORD_MODELS

_REF_KIND = {"unit_id": "unit", "parent_id": "unit", "disclosure_id": "disclosure", "commitment_id": "commitment"}


def refs(kind: str, doc: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(field, kind) of the references a document makes to other records."""
    out = []
    for f in KINDS[kind].fields:
        if f.type == "ref" and doc.get(f.name):
            ref_kind = doc.get("target_kind") if f.name == "target_id" else _REF_KIND.get(f.name)
            if ref_kind in RECORD_MODELS:
                out.append((f.name, ref_kind))
    return out


def objections_in_period(s: Session, disclosure_id: str, doc: Mapping[str, Any]) -> int:
    """Objections against a notice received during its current publicity period."""
    if not doc.get("period_start"):
        return 0
    return s.execute(text(
        "SELECT count(*) FROM objections WHERE target_id = :t AND deleted = 0 AND received_date >= :a "
        "AND (:b IS NULL OR received_date <= :b)"),
        {"t": disclosure_id, "a": doc["period_start"], "b": doc.get("period_end")}).scalar_one()


class Lookups:
    """Per-transaction look-ups with caches, so a batch of thousands of rows costs few queries."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self._exists: dict[tuple[str, str], bool] = {}
        self._batch: dict[tuple[str, str, str | None], str] = {}
        self._unit_types: dict[str, str | None] = {}

    def exists(self, kind: str, rid: str) -> bool:
        key = (kind, rid)
        if key not in self._exists:
            table = RECORD_MODELS[kind].__tablename__
            self._exists[key] = self.s.execute(text(f"SELECT 1 FROM {table} WHERE id = :i AND deleted = 0"),
                                               {"i": rid}).first() is not None
        return self._exists[key]

    def unit_type(self, rid: str) -> str | None:
        """The type of a unit (村委会, 乡镇政府 …), None when there is no such unit."""
        if rid not in self._unit_types:
            row = self.s.execute(text("SELECT unit_type FROM units WHERE id = :i AND deleted = 0"), {"i": rid}).first()
            self._unit_types[rid] = row[0] if row else None
        return self._unit_types[rid]

    def duplicates(self, docs: list[tuple[str, dict[str, Any]]]) -> list[FieldError]:
        """Service records of a person already registered for the same area and period (in the store or
        earlier in this batch); one query per 500 records."""
        errors: list[FieldError] = []
        keyed = [(rid, (d["id_fingerprint"], d["service_area"], d.get("period"))) for rid, d in docs
                 if d.get("id_fingerprint")]
        existing: dict[tuple, str] = {}
        for i in range(0, len(keyed), 500):
            fps = json.dumps([k[0] for _, k in keyed[i : i + 500]])
            for rid, fp, area, period in self.s.execute(text(
                    "SELECT id, id_fingerprint, service_area, period FROM service_records WHERE deleted = 0 AND "
                    "id_fingerprint IN (SELECT value FROM json_each(:f))"), {"f": fps}):
                existing.setdefault((fp, area, period), rid)
        for rid, key in keyed:
            other = existing.get(key)
            if other and other != rid:
                errors.append(FieldError("citizen_id", f"this person is already registered for the same service "
                                                       f"area and period (record {other})"))
            else:
                existing[key] = rid
        return errors
