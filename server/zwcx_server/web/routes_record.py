"""One record, read-only (`/console/townships/{id}/records/{record_id}`): its fields as the console may show them,
and for a 政务失信 record the city's review — its answer, note and dates, and when the city's version came.

What is never shown: private fields, `kinds.HIDDEN`, child rows and files, and the free texts of objections and
supervision cases (written by or about the people who raised them). Every other text passes the personal-data
guard. A person-level 失信 record is the city administrator's alone: to anyone else it does not exist."""

from __future__ import annotations

import json
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select

from zwcx_core.domain import schema
from zwcx_core.domain.enums import SubjectLevel
from zwcx_server import service
from zwcx_server.db import ServerDB
from zwcx_server.models import Record, Version
from zwcx_server.web import accounts, data, kinds, render
from zwcx_server.web.guard import Refusal, address, may_see, user
from zwcx_server.web.public_pages import PEOPLE_KINDS, Guard, people

#: Free texts never shown, beyond private fields: what a complainant or requester wrote, and the answers to it.
UNSHOWN: dict[str, frozenset[str]] = {
    "objection": frozenset({"content", "reply"}),
    "supervision": frozenset({"content", "result", "place", "deputy_feedback", "return_reason"}),
}
#: The fields of a 失信 record the city's review answers (web/review.changes writes them), shown apart.
REVIEW_FIELDS = ("city_review", "city_review_note", "city_reviewed_date", "repair_applied_date", "repair_status",
                 "repair_decision_date")
_MISSING = ("没有这条记录", "没有这条记录，或您无权查看。请从列表进入。")


@dataclass(frozen=True)
class Shown:
    """One field as the page lists it."""

    zh: str
    value: str


def field_text(kind: str, f: schema.Field, value: object, guard: Guard, units: dict[str, str]) -> str:
    """One field's value as a console page shows it: a unit by its name, enums in Chinese, free text through the
    personal-data guard, the rest as kinds.cell writes it."""
    if f.name == "unit_id":
        return guard.plain(units.get(value, "")) if isinstance(value, str) else ""
    if f.type == "enums" and f.enum is not None and isinstance(value, list):
        return "、".join(kinds.cell(kind, f.name, v) for v in value if isinstance(v, str))
    if f.type in ("str", "text") and not f.identifier:
        return guard.text(kind, {f.name: value}, f.name)
    return kinds.cell(kind, f.name, value)


def fields(kind: str, doc: dict, guard: Guard, units: dict[str, str], person: bool) -> list[Shown]:
    """The fields of `doc` the page shows, in the kind's order, empty ones left out (the review's apart)."""
    seen = kinds.shown(kind, doc)
    skip = UNSHOWN.get(kind, frozenset()) | (set(REVIEW_FIELDS) if kind == "dishonesty" else set())
    out = []
    for f in schema.KINDS[kind].fields:
        if f.name in skip or f.type in ("rows", "hashes") or (f.type == "ref" and f.name != "unit_id"):
            continue
        if person and (f.type == "text" or f.name == "subject_name"):
            continue  # a person-level record is listed without a name, and its facts describe the person
        text = field_text(kind, f, seen.get(f.name), guard, units)
        if text:
            out.append(Shown("单位" if f.name == "unit_id" else f.zh, text))
    return out


def review(doc: dict, guard: Guard) -> list[Shown]:
    """The city's review of a 失信 record: every field of REVIEW_FIELDS, "—" when not set yet."""
    k = schema.KINDS["dishonesty"]
    return [Shown(k.field(n).zh, field_text("dishonesty", k.field(n), doc.get(n), guard, {}) or "—")
            for n in REVIEW_FIELDS]


def add_routes(r: APIRouter, db: ServerDB) -> None:
    """The one-record page."""

    @r.get("/console/townships/{township_id}/records/{record_id}", include_in_schema=False)
    def record(township_id: str, record_id: str, request: Request) -> Response:
        u = user(request, db)
        tid = int(township_id) if township_id.isascii() and township_id.isdigit() and len(township_id) < 10 else None
        t = data.township(db, tid) if tid is not None else None
        if t is None:
            raise Refusal(404, "没有这个乡镇", "没有编号为此的乡镇，请从列表进入。")
        may_see(u, t)
        with db.read() as s:
            row = s.execute(select(Record.kind, Version.doc, Version.version)
                            .join(Version, Version.version_id == Record.current_version_id)
                            .where(Record.id == record_id[:64], Record.township_id == t.id,
                                   Record.deleted.is_(False))).first()
            city_at = s.execute(select(Version.received_at).where(
                Version.record_id == record_id[:64], Version.township_id == t.id,
                Version.device_id == service.city_device_id(t.id)).order_by(Version.seq.desc())).scalars().first()
        try:
            doc = json.loads(row[1]) if row is not None and row[0] in schema.KINDS else None
        except ValueError:
            doc = None
        if not isinstance(doc, dict):
            raise Refusal(404, *_MISSING)
        kind = row[0]
        person = kind == "dishonesty" and doc.get("subject_level") != SubjectLevel.UNIT.value
        if person and u.role != "admin":
            raise Refusal(404, *_MISSING)
        docs = data.current_docs(db, t.id, ("unit", *PEOPLE_KINDS))
        guard = Guard(people(docs))
        units = data.unit_names(docs["unit"])
        accounts.audit(db, u.name, "view_record", f"township {t.id} {kind} {record_id[:64]}", address(request))
        return render.page(request, "record.html", user=u, t=t, kind_zh=schema.KINDS[kind].zh, kind=kind,
                           version=row[2], person=person, rows=fields(kind, doc, guard, units, person),
                           review=review(doc, guard) if kind == "dishonesty" else [], city_at=city_at,
                           views=kinds.VIEWS)
