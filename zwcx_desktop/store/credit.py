"""The store's side of the 政务失信 rules (domain/credit_rules.py): who may write a person-level record, when repair
may be recorded, and the 异议中 mark a credit-information objection puts on the record it is about.

Called from the one write path (store/records.py) inside its transaction, so a refusal writes nothing and a mark
is a new version of the dishonesty record, audited and synced like any other change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from zwcx_core.domain import credit_rules
from zwcx_core.domain.schema import FieldError, ValidationError

KIND = "dishonesty"


def with_defaults(kind: str, payload: Mapping[str, Any]) -> Mapping[str, Any]:
    """A credit-information objection registered without reply days answers on the credit clock (3 working days
    in-house, `credit_rules.credit_reply_days`), not on the 10 days of a notice objection."""
    if kind == "objection" and payload.get("objection_type") in ("credit", "信用信息异议") and \
            payload.get("reply_days") in (None, ""):
        return dict(payload) | {"reply_days": credit_rules.credit_reply_days(False)}
    return payload


def check_actor(kind: str, payload: Mapping[str, Any], previous: Mapping[str, Any] | None, role) -> None:
    """Refuse, before anything else is checked, a person-level record written by anyone but the administrator:
    new, changed, or turned into one. One message, nothing written. Raises ValidationError."""
    if kind != KIND:
        return
    from zwcx_core.domain.enums import SubjectLevel

    try:  # entered as 个人 or person; anything else is for validation to refuse
        level = SubjectLevel.parse(payload.get("subject_level") or SubjectLevel.UNIT.value).value
    except ValueError:
        level = None
    errors = credit_rules.subject_errors({"subject_level": level}, role)
    if not errors and previous:
        errors = credit_rules.subject_errors(previous, role)
    if errors:
        raise ValidationError(kind, [FieldError(f, m) for f, m in errors])


def check_write(kind: str, doc: Mapping[str, Any], previous: Mapping[str, Any] | None) -> None:
    """Refuse a repair application dated before the record is eligible on that date. Raises ValidationError."""
    errors = credit_rules.repair_errors(doc, previous) if kind == KIND else []
    if errors:
        raise ValidationError(kind, [FieldError(f, m) for f, m in errors])


def open_objections(s, target_id: str, besides: set[str]) -> int:
    """How many credit objections about the record are still open, other than `besides` (being changed now)."""
    from sqlalchemy import func, select

    from zwcx_desktop.store.models import Objection

    return s.execute(select(func.count()).select_from(Objection).where(
        Objection.deleted.is_(False), Objection.target_id == target_id, Objection.objection_type == "credit",
        Objection.status.in_(["registered", "accepted", "investigating"]), Objection.id.not_in(besides))).scalar_one()


def objection_marks(changes: list, current: Callable[[list[str]], list[tuple[str, Any, dict[str, Any]]]],
                    make: Callable[..., Any], still_open: Callable[[str, set[str]], int] = lambda _t, _b: 0) -> list:
    """The dishonesty versions that follow from objection changes: 异议中 set while a credit objection about the
    record is open, cleared when it is answered, refused or closed. `current(ids)` reads (kind, row, doc) of
    records, `make(kind, id, doc, action, prev, detail)` builds a change, `still_open(target, besides)` counts the
    other credit objections about a record still open (the mark stays while one is). Records changed in the same
    batch, or already marked as asked, are left alone."""
    wanted: dict[str, tuple[bool, str, dict[str, Any]]] = {}
    touched = {c.record_id for c in changes}
    for c in changes:
        if c.kind != "objection" or c.deleted:
            continue
        on, off = credit_rules.marks_record(c.doc), credit_rules.answers_objection(c.doc)
        target = on or off
        if target and target not in touched:
            detail = {"objection": c.record_id}
            if off and c.doc.get("finding"):
                detail |= {"finding": c.doc["finding"], "action": c.doc.get("action")}
            wanted[target] = (bool(on), credit_rules.correction_row(c.doc) if off else None, detail)
    out = []
    if not wanted:
        return out
    from zwcx_desktop.store.reading import NotFound

    changing = {c.record_id for c in changes if c.kind == "objection"}
    for rid, (mark, correction, detail) in wanted.items():
        if not mark and still_open(rid, changing):
            mark = True  # another objection about it is still open: it stays 异议中
        try:
            ((kind, row, doc),) = current([rid])
        except NotFound:
            continue  # a link to a record deleted since: nothing to mark
        if kind != KIND or (bool(doc.get("under_objection")) == mark and correction is None):
            continue
        new = dict(doc) | {"under_objection": mark}
        if correction is not None:  # an upheld objection: the correction to make is recorded on the record
            new["rectification"] = [*(doc.get("rectification") or []), correction]
        out.append(make(kind, rid, new, "objection_mark" if mark else "objection_answered", row, detail))
    return out
