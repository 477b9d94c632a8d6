"""The city's review of 政务失信 records (#19 item 5): which records townships sent up wait for the city credit
office, and the fields an answer sets. The answer itself is a version the server adds (service.city_version)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from zwcx_core.domain.enums import CityReview, DishonestyStatus, DishonestyType, RepairStatus, SubjectLevel
from zwcx_server import service
from zwcx_server.db import ServerDB
from zwcx_server.models import Record, Version
from zwcx_server.web.data import TownshipRow

#: Repair applications still waiting for a decision.
REPAIR_OPEN = (RepairStatus.APPLIED.value, RepairStatus.ACCEPTED.value)
#: action → (what it answers, Chinese name)
ACTIONS = {"confirm": ("record", "确认"), "return": ("record", "退回补正"), "reject": ("record", "不予确认"),
           "grant": ("repair", "准予修复"), "refuse": ("repair", "不予修复")}
NOTE_CHARS = 1000


@dataclass(frozen=True)
class Pending:
    """One record waiting for the city: `what` is 'record' (a confirmed record to confirm, return or reject) or
    'repair' (a repair application to grant or refuse)."""

    township: TownshipRow
    record_id: str
    version_id: str
    what: str
    person: bool
    conflict: bool
    subject_name: str
    title: str
    type_zh: str
    status_zh: str
    decision_date: str
    repair_applied_date: str
    returned_note: str


def _zh(enum: Any, value: Any) -> str:
    try:
        return enum(value).zh
    except ValueError:
        return str(value or "")


def waiting_for(doc: dict[str, Any], author: str, township_id: int) -> str | None:
    """What of this current document waits for the city ('repair', 'record'), or None. A returned record waits
    again once the township changed it after the city's answer; a rejected one does not."""
    if doc.get("repair_status") in REPAIR_OPEN:
        return "repair"
    if doc.get("status") != DishonestyStatus.CONFIRMED.value:
        return None
    review = doc.get("city_review")
    if not review:
        return "record"
    if review == CityReview.RETURNED.value and author != service.city_device_id(township_id):
        return "record"
    return None


def pending(db: ServerDB, townships: list[TownshipRow], admin: bool, record_id: str | None = None) -> list[Pending]:
    """The dishonesty records of `townships` waiting for the city, by township then subject. Person-level records
    only for the administrator (`admin`): to anyone else they are neither listed nor counted."""
    by_id = {t.id: t for t in townships}
    if not by_id:
        return []
    q = (select(Record.id, Record.township_id, Record.conflict, Version.version_id, Version.device_id, Version.doc)
         .join(Version, Version.version_id == Record.current_version_id)
         .where(Record.kind == "dishonesty", Record.deleted.is_(False), Record.township_id.in_(list(by_id))))
    if record_id is not None:
        q = q.where(Record.id == record_id)
    with db.read() as s:
        rows = s.execute(q).all()
    out = []
    for rid, tid, conflict, vid, author, text in rows:
        try:
            doc = json.loads(text)
        except ValueError:
            continue
        if not isinstance(doc, dict):
            continue
        person = doc.get("subject_level") == SubjectLevel.PERSON.value
        what = waiting_for(doc, author, tid)
        if what is None or (person and not admin):
            continue
        returned = doc.get("city_review") == CityReview.RETURNED.value
        out.append(Pending(by_id[tid], rid, vid, what, person, bool(conflict), str(doc.get("subject_name") or ""),
                           str(doc.get("title") or ""), _zh(DishonestyType, doc.get("dishonesty_type")),
                           _zh(DishonestyStatus, doc.get("status")), str(doc.get("decision_date") or ""),
                           str(doc.get("repair_applied_date") or ""),
                           str(doc.get("city_review_note") or "") if returned else ""))
    out.sort(key=lambda p: (p.township.district, p.township.name, p.what, p.subject_name, p.record_id))
    return out


def changes(action: str, note: str, today: dt.date) -> dict[str, Any]:
    """The fields an answer sets. A returned or rejected record keeps its township status; a granted repair lets
    the township move the record to 已修复."""
    day = today.isoformat()
    if action in ("grant", "refuse"):
        status = RepairStatus.GRANTED if action == "grant" else RepairStatus.REFUSED
        out: dict[str, Any] = {"repair_status": status.value, "repair_decision_date": day}
    else:
        review = {"confirm": CityReview.CONFIRMED, "return": CityReview.RETURNED, "reject": CityReview.REJECTED}
        out = {"city_review": review[action].value, "city_reviewed_date": day}
    # The note of an earlier answer is not carried over to this one.
    out["city_review_note"] = note or None
    return out
