"""Rules of 政务失信 records that depend on who acts and on what came before (DOMAIN.md; docs/record-kinds.md).

A person-level record names a staff member: the administrator alone creates, reads and changes one; every other
role never learns it exists. Credit repair is recorded only once `credit.repair_eligibility` allows it. A
credit-information objection (信用信息异议) about a record marks it 异议中 from registration until it is answered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from zwcx_core.domain.credit_clocks import CreditClocks
from zwcx_core.domain.enums import ObjectionStatus, ObjectionType, Role, SubjectLevel

__all__ = ["PERSON_REFUSED", "answers_objection", "correction_row", "credit_reply_days", "is_person_level", "marks_record",
           "may_see", "sees_persons", "repair_check", "repair_errors", "subject_errors"]

KIND = "dishonesty"
#: Refusal of a person-level record to anyone but the administrator (one message, nothing written).
PERSON_REFUSED = "only the administrator may record or read a person-level dishonesty record"
#: Objection states in which the question is still open (the record stays 异议中).
_OPEN = frozenset({ObjectionStatus.REGISTERED.value, ObjectionStatus.ACCEPTED.value,
                   ObjectionStatus.INVESTIGATING.value})


def is_person_level(doc: Mapping[str, Any]) -> bool:
    """Whether a dishonesty document names a staff member rather than a unit."""
    return doc.get("subject_level") == SubjectLevel.PERSON.value


def may_see(doc: Mapping[str, Any], role: Role | str | None) -> bool:
    """Whether `role` may see that this dishonesty record exists (in lists, search, counts, show)."""
    return not is_person_level(doc) or sees_persons(role)


def sees_persons(role: Role | str | None) -> bool:
    """Whether `role` sees person-level records at all: the administrator only."""
    return role is not None and Role(role) is Role.ADMIN


def subject_errors(doc: Mapping[str, Any], role: Role | str | None) -> list[tuple[str, str]]:
    """(field, message) refusing a person-level record to anyone but the administrator."""
    return [] if may_see(doc, role) else [("subject_level", PERSON_REFUSED)]


def repair_check(doc: Mapping[str, Any], as_of: dt.date):
    """`credit.RepairCheck` of a dishonesty document on `as_of`: its display period from the decision, the amounts
    owed and performed, the 信用承诺. None when the record has no decision yet (nothing to repair)."""
    from zwcx_core.domain import credit

    decided = doc.get("decision_date")
    if not decided or not doc.get("severity") or not doc.get("dishonesty_type"):
        return None
    period = credit.display_period(doc["severity"], dt.date.fromisoformat(str(decided)), doc["dishonesty_type"],
                                   safety_penalty=bool(doc.get("safety_penalty")))
    return credit.repair_eligibility(period, as_of, obligation=doc.get("obligation_amount"),
                                     performed=doc.get("performed_amount"),
                                     obligations_performed=bool(doc.get("rectified_date")),
                                     commitment_made=bool(doc.get("commitment_made")))


def repair_errors(doc: Mapping[str, Any], previous: Mapping[str, Any] | None = None) -> list[tuple[str, str]]:
    """(field, message) refusing a repair application date entered before the record is eligible on that date. An
    application already held by the previous version is not checked again (its facts may have changed since)."""
    applied = doc.get("repair_applied_date")
    if not applied or (previous or {}).get("repair_applied_date") == applied:
        return []
    check = repair_check(doc, dt.date.fromisoformat(str(applied)))
    if check is None:
        return [("repair_applied_date", "repair cannot be applied for before a decision is entered")]
    if check.eligible:
        return []
    return [("repair_applied_date", "repair cannot be applied for yet: " + ", ".join(check.reasons))]


def marks_record(objection: Mapping[str, Any]) -> str | None:
    """The id of the dishonesty record a credit-information objection is about, while it is open (not answered,
    not refused); None for any other objection."""
    if (objection.get("objection_type") == ObjectionType.CREDIT.value and objection.get("target_kind") == KIND
            and objection.get("target_id") and objection.get("status", ObjectionStatus.REGISTERED.value) in _OPEN):
        return str(objection["target_id"])
    return None


def answers_objection(objection: Mapping[str, Any]) -> str | None:
    """The id of the dishonesty record whose 异议中 mark this objection version clears: a credit objection about
    one, answered, refused or closed."""
    if (objection.get("objection_type") == ObjectionType.CREDIT.value and objection.get("target_kind") == KIND
            and objection.get("target_id") and objection.get("status") not in _OPEN):
        return str(objection["target_id"])
    return None


def correction_row(objection: Mapping[str, Any], clocks: CreditClocks | None = None) -> dict[str, Any] | None:
    """The rectification row an answered credit objection leaves on its record when it was upheld and the
    decision is to be corrected or revoked: what was found and the day by which the corrected record goes up
    (`credit_clocks.correction_due`). None when the answer changes nothing."""
    from zwcx_core.domain.credit_clocks import correction_due
    from zwcx_core.domain.enums import Finding, ObjectionAction

    finding, action = objection.get("finding"), objection.get("action")
    if finding not in (Finding.UPHELD.value, Finding.PARTLY.value) or action not in (
            ObjectionAction.CORRECT.value, ObjectionAction.REVOKE.value):
        return None
    day = dt.date.fromisoformat(str(objection.get("replied_date") or objection.get("closed_date")
                                    or dt.date.today().isoformat()))
    due = correction_due(day, clocks).date
    return {"date": day.isoformat(),
            "note": f"信用信息异议{Finding(finding).zh}，认定{ObjectionAction(action).zh}；"
                    f"应于{due.isoformat()}前更正本记录并重新报送。"}


def credit_reply_days(referred: bool, clocks: CreditClocks | None = None) -> int:
    """Working days to answer a credit-information objection: handled in-house, or checked by another unit."""
    c = clocks or CreditClocks()
    return c.objection_answer_referred if referred else c.objection_answer
