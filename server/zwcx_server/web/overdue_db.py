"""What 逾期事项 reads from the server database: only the documents that can be overdue, and of the rest only the
names the personal-data guard needs.

A township's year is thousands of documents, most of them closed, and decoding them all is most of a cold page.
The database picks the candidates by the same constants the domain code then judges them by (open states, the
date that must have passed, as ISO text, which sorts as dates do): `overdue.found` still decides every one, so the
choice here may only ever let more through, never fewer. The guard's names — beneficiaries, complainants,
requesters, the people of person-level 失信 records — are picked out field by field, and read through
`public_pages.people` and `schema.private_values` as if they were whole documents.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import JSON, and_, case, cast, func, or_, select

from zwcx_core.domain import deadlines, schema
from zwcx_core.domain.derive import RECOUNTED_STATES
from zwcx_core.domain.enums import ContractStatus, DisclosureStatus, LawsuitStatus
from zwcx_server.db import ServerDB
from zwcx_server.models import Record, Version
from zwcx_server.web.public_pages import DISHONESTY_SHOWN, PRIVATE_KINDS, people
from zwcx_server.web.review import REPAIR_OPEN

Docs = dict[str, list[tuple[str, dict]]]


def _field(db: ServerDB, name: str) -> Any:
    """A top-level field of the current document as text (NULL when absent or JSON null)."""
    if db.dialect == "postgresql":
        return func.json_extract_path_text(cast(Version.doc, JSON), name)
    return func.json_extract(Version.doc, f"$.{name}")


def _candidate(db: ServerDB, today: dt.date) -> Any:
    """The documents that can be overdue on `today`, by kind (a superset of what `overdue.found` lists)."""
    f, iso = (lambda name: _field(db, name)), today.isoformat()

    def before(name: str) -> Any:
        return f(name) < iso

    return or_(
        Record.kind == "unit",
        and_(Record.kind == "commitment", f("status").in_(deadlines.OPEN_COMMITMENT_STATES), before("due_date")),
        and_(Record.kind == "disclosure", or_(f("status").is_(None), f("status") != DisclosureStatus.WITHDRAWN.value),
             f("publish_date").is_(None), before("deadline")),
        and_(Record.kind == "objection", f("status").in_(deadlines.OPEN_OBJECTION_STATES), before("due_date")),
        # As the 工作台 picks them: an open payment falls due no earlier than the next due date; deposits and 确权
        # requests have no column and are found by their words. A document without the date is read to be sure.
        and_(Record.kind == "contract", or_(f("status").is_(None), f("status") != ContractStatus.DRAFT.value),
             or_(f("next_due_date").is_(None), before("next_due_date"),
                 Version.doc.contains('"deposits":[{', autoescape=True),
                 Version.doc.contains('"confirm_request"', autoescape=True))),
        and_(Record.kind == "lawsuit", f("status") == LawsuitStatus.JUDGED.value, f("performed_date").is_(None),
             before("perform_deadline")),
        and_(Record.kind == "supervision", f("status").in_(RECOUNTED_STATES["supervision"]), before("due_date")),
        and_(Record.kind == "dishonesty", or_(and_(f("status").in_(DISHONESTY_SHOWN), before("display_max_end")),
                                               f("repair_status").in_(REPAIR_OPEN))),
    )


def candidates(db: ServerDB, township_ids: list[int], today: dt.date) -> dict[int, Docs]:
    """The units and the documents that can be overdue on `today`, per township and kind, in one statement."""
    out: dict[int, Docs] = {t: {} for t in township_ids}
    if not township_ids:
        return out
    with db.read() as s:
        rows = s.execute(select(Record.township_id, Record.id, Record.kind, Version.doc)
                         .join(Version, Version.version_id == Record.current_version_id)
                         .where(Record.township_id.in_(township_ids), Record.deleted.is_(False),
                                _candidate(db, today))).all()
    for tid, rid, kind, text in rows:
        try:
            doc = json.loads(text)
        except ValueError:
            continue
        if isinstance(doc, dict):
            out[tid].setdefault(kind, []).append((rid, doc))
    return out


def private_names(db: ServerDB, township_ids: list[int]) -> dict[int, set[str]]:
    """Per township, every name its records hold privately (as `public_pages.people` and `schema.private_values`
    find them): read field by field, each kind only its own fields, and whole only for disclosures that posted a
    roster — in one statement, since PostgreSQL joins the versions by scanning them."""
    out: dict[int, set[str]] = {t: set() for t in township_ids}
    if not township_ids:
        return out
    fields = {k: sorted(schema.KINDS[k].private_names) for k in PRIVATE_KINDS}
    columns = sorted({n for names in fields.values() for n in names})
    picked = [case((Record.kind.in_([k for k, names in fields.items() if c in names]), _field(db, c)))
              for c in columns]
    roster = case((and_(Record.kind == "disclosure", Version.doc.contains('"roster":[{', autoescape=True)),
                   Version.doc))
    beneficiary = case((Record.kind == "service", _field(db, "beneficiary_name")))
    with db.read() as s:
        rows = s.execute(select(Record.township_id, Record.kind, beneficiary, roster, *picked)
                         .join(Version, Version.version_id == Record.current_version_id)
                         .where(Record.township_id.in_(township_ids), Record.deleted.is_(False),
                                Record.kind.in_(("service", "disclosure", *PRIVATE_KINDS)))).all()
    docs: dict[int, Docs] = {t: {} for t in township_ids}
    for tid, kind, name, text, *values in rows:
        # Service records are most of the rows: one field each, read as `people` reads a whole document.
        if kind == "service":
            doc: Any = {"beneficiary_name": name}
        elif kind == "disclosure":
            try:
                doc = json.loads(text) if text else None
            except ValueError:
                doc = None
        else:
            doc = {c: v for c, v in zip(columns, values, strict=True) if v is not None}
        if isinstance(doc, dict):
            docs[tid].setdefault(kind, []).append(("", doc))
    for tid, d in docs.items():
        out[tid] = people(d)
    return out
