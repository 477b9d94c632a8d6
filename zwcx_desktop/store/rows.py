"""Conversion between record documents (canonical JSON form) and typed table rows."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from decimal import Decimal
from typing import Any

from zwcx_core.domain.schema import KINDS
from zwcx_core.wire import referenced_blobs
from zwcx_desktop.store.collation import sort_values
from zwcx_desktop.store.models import RECORD_MODELS, FinanceLine, ProgressEntry


def to_fen(v: str | None) -> int | None:
    return None if v is None else int((Decimal(v) * 100).to_integral_value())


def from_fen(v: int | None) -> str | None:
    return None if v is None else f"{Decimal(v) / 100:.2f}"


def column_name(field_type: str, name: str) -> str:
    return f"{name}_fen" if field_type == "money" else name


def has_column(kind: str, field_name: str, field_type: str = "str") -> bool:
    """Whether the record table has a column for a field. A field without one (the service record's 证件类型)
    lives in the version document only: nothing lists, searches or sorts by it."""
    return column_name(field_type, field_name) in RECORD_MODELS[kind].__table__.c


@functools.cache
def _columns(kind: str) -> tuple[tuple[str, str, str], ...]:
    """(field name, field type, column name) of the fields with a column in the record table (worked out once
    per kind: a first sync converts tens of thousands of documents)."""
    return tuple((f.name, f.type, column_name(f.type, f.name)) for f in KINDS[kind].stored_fields
                 if f.type != "rows" and has_column(kind, f.name, f.type))


def _contract_columns(doc: dict[str, Any]) -> dict[str, Any]:
    import json

    from zwcx_core.domain.payments import clock_facts

    return {"clock_facts": json.dumps(clock_facts(doc), ensure_ascii=False, separators=(",", ":"))}


#: Columns a kind's table keeps that are no field of the document but worked out from it at every write.
_DERIVED_COLUMNS = {"contract": _contract_columns}


def record_values(kind: str, doc: dict[str, Any]) -> dict[str, Any]:
    """Column values of the record table for a document."""
    out: dict[str, Any] = _DERIVED_COLUMNS[kind](doc) if kind in _DERIVED_COLUMNS else {}
    out |= sort_values(kind, doc)
    for name, typ, col in _columns(kind):
        v = doc.get(name)
        if typ == "date":
            v = dt.date.fromisoformat(v) if v else None
        elif typ == "money":
            v = to_fen(v)
        elif typ in ("enums", "hashes"):
            v = list(v or [])
        out[col] = v
    return out


def rows_named(kind: str, doc: dict[str, Any]) -> bool:
    """Whether `child_rows` would leave the document as it is (every child row already has its id)."""
    return all(e.get("id") for key in KINDS[kind].children for e in doc.get(key) or [] if isinstance(e, dict))


def child_rows(kind: str, record_id: str, doc: dict[str, Any]) -> dict[type, list[dict[str, Any]]]:
    """Rows of the child tables (progress log, finance lines) for a document. Assigns missing row ids to every
    child list of the kind, with a table or not (a contract's events live in its document only), so a later
    record can point at one row by id."""
    for key in KINDS[kind].children:
        for e in doc.get(key) or []:
            if isinstance(e, dict) and not e.get("id"):
                e["id"] = str(uuid.uuid4())
    if kind == "commitment":
        rows = []
        for i, e in enumerate(doc.get("progress") or []):
            e["id"] = e.get("id") or str(uuid.uuid4())
            rows.append({"id": e["id"], "commitment_id": record_id, "position": i,
                         "date": dt.date.fromisoformat(e["date"]), "note": e["note"],
                         "percent": e.get("percent"), "evidence": list(e.get("evidence") or [])})
        return {ProgressEntry: rows}
    if kind == "disclosure":
        rows = []
        for i, line in enumerate(doc.get("finance_lines") or []):
            line["id"] = line.get("id") or str(uuid.uuid4())
            rows.append({"id": line["id"], "disclosure_id": record_id, "position": i,
                         "direction": line["direction"], "item": line["item"],
                         "amount_fen": to_fen(line["amount"]), "note": line.get("note")})
        return {FinanceLine: rows}
    return {}


def model(kind: str):
    return RECORD_MODELS[kind]


def referenced_hashes(kind: str, doc: dict[str, Any]) -> list[str]:
    """Attachment hashes a document points at (evidence files, posting photos, scans)."""
    return referenced_blobs(kind, doc)
