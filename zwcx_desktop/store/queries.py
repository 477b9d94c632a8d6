"""Read-side queries: filtered, sorted, searchable record lists that stay fast at 100k records.

Lists return ids first (cheap, indexed) and rows for a page of ids, so a table view can fetch lazily.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session

from zwcx_core.domain.enums import SubjectLevel
from zwcx_core.domain.schema import KINDS
from zwcx_desktop.store import search
from zwcx_desktop.store.collation import SORT_COLUMN, SORT_FIELD
from zwcx_desktop.store.models import RECORD_MODELS
from zwcx_desktop.store.rows import from_fen

PERSON = SubjectLevel.PERSON.value
#: The date a list's date-range filter applies to, per kind.
DATE_FIELD = {"commitment": "due_date", "disclosure": "formed_date", "service": "delivery_date",
              "objection": "received_date", "unit": "created_at", "contract": "signed_date",
              "lawsuit": "filed_date", "dishonesty": "decision_date", "supervision": "received_date"}
#: Columns shown in lists, per kind (the GUI and `zwcx list` both use these); private fields are dropped below.
_LIST_COLUMNS = {
    "unit": ("name", "unit_type", "division_code", "uscc"),
    "commitment": ("title", "category", "service_area", "responsible_person", "due_date", "status"),
    "disclosure": ("title", "kind", "formed_date", "period_start", "period_end", "status"),
    "service": ("beneficiary_name", "id_masked", "service_area", "policy", "village", "amount", "status"),
    "objection": ("content", "objection_type", "channel", "received_date", "due_date", "status"),
    "contract": ("title", "counterparty", "contract_type", "amount", "amount_outstanding", "next_due_date", "status"),
    "lawsuit": ("case_no", "court", "counterparty", "amount", "perform_deadline", "status"),
    "dishonesty": ("title", "subject_name", "dishonesty_type", "severity", "decision_date", "display_max_end",
                   "status"),
    "supervision": ("title", "channel", "ref_no", "received_date", "due_date", "satisfaction", "status"),
}
LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    kind: tuple(c for c in cols if c not in KINDS[kind].private_names) for kind, cols in _LIST_COLUMNS.items()}


@dataclass
class Filter:
    """What a record list shows. Every part is optional."""

    kind: str
    status: str | None = None
    statuses: list[str] = field(default_factory=list)
    service_area: str | None = None
    unit_id: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    search: str | None = None
    #: A full ID number searched for, as its fingerprints (domain/masking.search_fingerprints): service records only
    id_fingerprints: tuple[str, ...] = ()
    sync_state: str | None = None
    order_by: str | None = None
    descending: bool = False
    #: Person-level dishonesty records included: for the administrator only (`credit_rules.may_see`); they are
    #: left out by default, so exports and every other reader never hold them.
    persons: bool = False


def _select(f: Filter, what) -> Select:
    m = RECORD_MODELS[f.kind]
    q = select(what).where(m.deleted.is_(False))
    if f.kind == "dishonesty" and not f.persons:
        q = q.where(m.subject_level != PERSON)
    statuses = ([f.status] if f.status else []) + list(f.statuses)
    if statuses:
        q = q.where(m.status.in_(statuses))
    if f.service_area and hasattr(m, "service_area"):
        q = q.where(m.service_area == f.service_area)
    if f.unit_id and hasattr(m, "unit_id"):
        q = q.where(m.unit_id == f.unit_id)
    col = getattr(m, DATE_FIELD[f.kind])
    if f.date_from:
        q = q.where(col >= f.date_from)
    if f.date_to:
        q = q.where(col <= f.date_to)
    if f.sync_state:
        q = q.where(m.sync_state == f.sync_state)
    if f.id_fingerprints and hasattr(m, "id_fingerprint"):
        q = q.where(m.id_fingerprint.in_(f.id_fingerprints))
    if f.search:
        ms = search.match_sql(f.search, f.kind)
        if ms is not None:
            sql, params = ms
            q = q.where(m.id.in_(select(text("record_id")).select_from(text(f"({sql})")).params(**params)))
    return q


def _search_only(f: Filter) -> bool:
    """A plain search (the common case of the search box): answered from the index alone, which holds no
    deleted records and orders by the latest change."""
    return bool(f.search and f.search.strip()) and not (
        (f.kind == "dishonesty" and not f.persons) or f.status or f.statuses or f.service_area or f.unit_id or f.date_from or f.date_to or f.sync_state
        or f.order_by or f.id_fingerprints)


def count(s: Session, f: Filter) -> int:
    """How many records match."""
    if _search_only(f):
        sql, params = search.count_sql(f.search, f.kind)
        return s.execute(text(sql), params).scalar_one()
    m = RECORD_MODELS[f.kind]
    return s.execute(_select(f, func.count(m.id))).scalar_one()


def status_counts(s: Session, f: Filter) -> dict[str, int]:
    """How many of the matching records are in each status (what a batch over all of them may do)."""
    m = RECORD_MODELS[f.kind]
    q = _select(f, m.status).add_columns(func.count(m.id)).group_by(m.status)
    return {st: n for st, n in s.execute(q).all()}


def by_typed_id(f: Filter, key: bytes) -> Filter:
    """`f` with a search that is a full ID number (service records) turned into a search by its fingerprints."""
    from zwcx_core.domain.masking import search_fingerprints

    if f.kind != "service" or not f.search:
        return f
    found = search_fingerprints(f.search, key)
    # No match for a valid number is an empty list, not a text search for the digits (which the index cannot hold).
    return replace(f, search=None, id_fingerprints=found) if found else f


def ids(s: Session, f: Filter, limit: int | None = None, offset: int = 0) -> list[str]:
    """Ids of the matching records in list order (default: newest change first)."""
    if _search_only(f):
        sql, params = search.match_sql(f.search, f.kind, order=True)
        if limit is not None:
            sql += " LIMIT :limit OFFSET :offset"
            params |= {"limit": limit, "offset": offset}
        return list(s.execute(text(sql), params).scalars())
    m = RECORD_MODELS[f.kind]
    q = _select(f, m.id)
    col = getattr(m, f.order_by if f.order_by and hasattr(m, f.order_by) else "updated_at")
    tie = m.id
    if f.order_by and f.order_by == SORT_FIELD.get(f.kind):
        # Pinyin order (store/collation.py); ties backwards too, so descending walks the same index backwards.
        col, tie = getattr(m, SORT_COLUMN), (m.id.desc() if f.descending else m.id)
    q = q.order_by(col.desc() if (f.descending or not f.order_by) else col.asc(), tie)
    if limit is not None:
        q = q.limit(limit).offset(offset)
    return list(s.execute(q).scalars())


def rows(s: Session, kind: str, record_ids: list[str]) -> list[dict[str, Any]]:
    """List-column values (plus id, version, sync_state, updated_at) for these ids, in the order given."""
    m = RECORD_MODELS[kind]
    cols = []
    for name in LIST_COLUMNS[kind]:
        cols.append(getattr(m, f"{name}_fen" if KINDS[kind].field(name).type == "money" else name))
    got = s.execute(select(m.id, m.version, m.sync_state, m.updated_at, *cols).where(m.id.in_(record_ids))).all()
    by_id = {}
    for r in got:
        d = {"id": r[0], "version": r[1], "sync_state": r[2], "updated_at": r[3]}
        for name, v in zip(LIST_COLUMNS[kind], r[4:], strict=True):
            if KINDS[kind].field(name).type == "money":
                v = from_fen(v)
            d[name] = v.isoformat() if isinstance(v, dt.date) else v
        by_id[r[0]] = d
    return [by_id[i] for i in record_ids if i in by_id]


def search_all(s: Session, query: str, limit: int = 50, persons: bool = False) -> list[tuple[str, str]]:
    """(kind, record_id) of records of any kind whose text contains `query` (person-level dishonesty records only
    with `persons`, for the administrator)."""
    ms = search.match_sql(query, order=True)
    if ms is None:
        return []
    sql, params = ms
    sql = sql.replace("SELECT d.record_id", "SELECT d.kind, d.record_id") + " LIMIT :lim"
    found = [(k, r) for k, r in s.execute(text(sql), params | {"lim": limit}).all()]
    if persons:
        return found
    m = RECORD_MODELS["dishonesty"]
    hidden = set(s.execute(select(m.id).where(m.id.in_([r for k, r in found if k == "dishonesty"]),
                                              m.subject_level == PERSON)).scalars())
    return [(k, r) for k, r in found if r not in hidden]
