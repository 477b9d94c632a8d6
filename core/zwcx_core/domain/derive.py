"""Fields the rules compute, and what a lifecycle step changes in a record's document."""

from __future__ import annotations

import datetime as dt
from typing import Any

from zwcx_core.domain import calendar, deadlines, payments
from zwcx_core.domain.enums import SUGGESTION_CHANNELS, DayCount, Role
from zwcx_core.domain.enums import CommitmentStatus as C
from zwcx_core.domain.enums import ContractStatus as K
from zwcx_core.domain.enums import DisclosureStatus as D
from zwcx_core.domain.enums import DishonestyStatus as X
from zwcx_core.domain.enums import LawsuitStatus as L
from zwcx_core.domain.enums import ObjectionStatus as O
from zwcx_core.domain.enums import ServiceStatus as S
from zwcx_core.domain.enums import SupervisionStatus as V
from zwcx_core.domain.lifecycle import LIFECYCLES, IllegalTransition
from zwcx_core.domain.schema import closing_balance

#: Convenience targets: "fulfilled" becomes on-time or late by comparing the fulfilment date with the due date;
#: "expired" becomes 期满无异议 or 期满有异议 by whether objections arrived during the publicity period.
FULFILLED = "fulfilled"
EXPIRED = "expired"


def _d(v: str | None) -> dt.date | None:
    return dt.date.fromisoformat(v) if v else None


def _period_end(doc: dict[str, Any]):
    """The end of a disclosure's publicity period on the calendar as known now (None without a start)."""
    start = _d(doc.get("period_start"))
    if not start:
        return None
    count = DayCount.parse(doc.get("day_count") or DayCount.CALENDAR.value)
    return calendar.publicity_end(start, int(doc.get("period_days") or 7), count)


def derive(kind: str, doc: dict[str, Any]) -> dict[str, Any]:
    """Fill the computed date fields of a document from its entered fields (returns the same dict)."""
    if kind == "disclosure":
        formed = _d(doc.get("formed_date"))
        doc["deadline"] = deadlines.disclosure_deadline(formed).date.isoformat() if formed else None
        end = _period_end(doc)
        doc["period_end"] = end.date.isoformat() if end else None
        closing = closing_balance(doc)
        doc["closing_balance"] = None if closing is None else f"{closing:.2f}"
    elif kind == "objection":
        received = _d(doc.get("received_date"))
        days = int(doc.get("reply_days") or 10)
        doc["due_date"] = deadlines.objection_due(received, days).date.isoformat() if received else None
    elif kind == "contract":
        payments.derive_contract(doc)
    elif kind == "dishonesty":
        _dishonesty_dates(doc)
    elif kind == "supervision":
        _supervision_dates(doc)
    return doc


#: Computed fields worked out from the document alone (no calendar, no posting): a merged version gets them afresh
#: (`recompute_merged`), so they are not offered as a choice between the two sides.
MERGE_RECOMPUTED: dict[str, tuple[str, ...]] = {
    "contract": ("amount_paid", "amount_outstanding", "next_due_date", "flags"),
    "dishonesty": ("display_min_end", "display_max_end", "sanction_end"),
}


def recompute_merged(kind: str, doc: dict[str, Any]) -> dict[str, Any]:
    """Recompute MERGE_RECOMPUTED fields of a merged document (returns the same dict): a contract whose payments
    came from both sides owes what both paid, not what one side had worked out."""
    if kind == "contract":
        payments.derive_contract(doc)
    elif kind == "dishonesty":
        _dishonesty_dates(doc)
    return doc


def _dishonesty_dates(doc: dict[str, Any]) -> None:
    """Display period (the rule in force on the decision date) and the 政务处分 period, from the decision."""
    from zwcx_core.domain import credit

    decided = _d(doc.get("decision_date"))
    period = None
    if decided and doc.get("severity") and doc.get("dishonesty_type"):
        period = credit.display_period(doc["severity"], decided, doc["dishonesty_type"],
                                       safety_penalty=bool(doc.get("safety_penalty")))
    doc["display_min_end"] = period.min_end.isoformat() if period and period.min_end else None
    doc["display_max_end"] = period.max_end.isoformat() if period and period.max_end else None
    sanction = credit.sanction_period(doc["sanction_kind"], decided) if decided and doc.get("sanction_kind") else None
    doc["sanction_end"] = sanction.end.isoformat() if sanction and sanction.end else None


#: The office's supervision clock presets (`supervision.parse_presets`), or None for DEFAULT_PRESETS.
_supervision_presets: Any = None


def use_supervision_presets(presets: Any) -> None:
    """Install the office's supervision clock presets for this process (None: the defaults). Like the holiday
    schedule (`calendar.use_official_schedule`) they are reference data, the same for every record saved here, so
    the store installs them once instead of threading them through every write."""
    global _supervision_presets
    _supervision_presets = presets


def supervision_presets() -> Any:
    """The office's presets installed by `use_supervision_presets`, or None while the defaults apply."""
    return _supervision_presets


def _supervision_dates(doc: dict[str, Any]) -> None:
    """The reply deadline from the channel's clock (or as assigned, for a channel without one), and the callback's."""
    from zwcx_core.domain import supervision

    received = _d(doc.get("received_date"))
    due = callback = None
    # Only an unsatisfied deputy's feedback starts the clock to answer again; satisfied feedback closes the matter.
    unsatisfied = _d(doc.get("feedback_date")) if doc.get("satisfaction") == "unsatisfied" else None
    if received and doc.get("channel"):
        found = supervision.deadlines(
            doc["channel"], doc.get("request_type"), received=received, assigned=_d(doc.get("assigned_date")),
            accepted=_d(doc.get("accepted_date")), closed=_d(doc.get("reply_date")),
            feedback=unsatisfied, extended=bool(doc.get("extension_approved")),
            complex=bool(doc.get("complex")), urgent=bool(doc.get("urgent")), presets=_supervision_presets)
        due = found.get("reanswer_by") if unsatisfied else found.get("reply_by")
        callback = found.get("callback_by")
    doc["due_date"] = due.date.isoformat() if due else doc.get("set_deadline")
    doc["callback_due"] = callback.date.isoformat() if callback else None


#: States in which a record's computed dates still follow the holiday calendar: nothing counted from them has been
#: posted or answered yet. Later the dates stand as they were posted (`official_end` tells when they now differ).
#: The computed fields that follow the holiday calendar.
CALENDAR_FIELDS = ("deadline", "period_end", "due_date")
RECOUNTED_STATES: dict[str, frozenset[str]] = {
    "disclosure": frozenset({D.DRAFT, D.PENDING_REVIEW, D.APPROVED}),
    "objection": frozenset({O.REGISTERED, O.ACCEPTED, O.INVESTIGATING}),
    # Not yet answered: the deadline also follows the office's clock presets when an administrator changes them.
    "supervision": frozenset({V.RECEIVED, V.HANDLING, V.REHANDLING}),
}


def recounted(kind: str, doc: dict[str, Any]) -> dict[str, Any] | None:
    """A copy of `doc` with its computed dates counted again on the calendar as it stands now (after the official
    holiday schedule arrived), or None when they stand: the record is past RECOUNTED_STATES, or nothing moves."""
    if doc.get("status") not in RECOUNTED_STATES.get(kind, ()):
        return None
    new = derive(kind, dict(doc))
    # Only the calendar's dates: a document saved before another computed field existed (closing_balance) must
    # not get a new version because of it.
    return None if all(new.get(k) == doc.get(k) for k in CALENDAR_FIELDS) else new


def official_end(doc: dict[str, Any]) -> dt.date | None:
    """For a disclosure whose publicity period has an end date that the official holiday calendar, as known now,
    no longer gives: the end it gives now. None when they agree or the calendar still only guesses that year."""
    end, now = _d(doc.get("period_end")), _period_end(doc)
    if not end or not now:
        return None
    return now.date if now.confirmed and now.date != end else None


def initial_status(kind: str) -> str | None:
    lc = LIFECYCLES.get(kind)
    return lc.initial.value if lc else None


def apply_transition(
    kind: str, doc: dict[str, Any], target: str, role: Role | None, today: dt.date,
    objections_in_period: int = 0,
) -> dict[str, Any]:
    """Return a new document moved to `target`, with the dates the step sets; raise if the step is not allowed.

    Dates already entered are kept (a clerk may record a step that happened yesterday). For a disclosure,
    `objections_in_period` is the number of objections received during its publicity period: a notice that got
    one cannot end 期满无异议, and none can end before its period has run.
    """
    lc = LIFECYCLES[kind]
    new = dict(doc)
    current = lc.states.parse(doc["status"])
    if kind == "commitment" and target == FULFILLED:
        when = _d(new.get("fulfilled_date")) or today
        target = deadlines.fulfilment_status(_d(new["due_date"]), when).value
    if kind == "disclosure" and target == EXPIRED:
        target = (D.EXPIRED_WITH_OBJECTION if objections_in_period else D.EXPIRED_NO_OBJECTION).value
    tgt = lc.check(current, target, role)
    iso = today.isoformat()

    def need(field: str) -> None:
        if not new.get(field):
            raise IllegalTransition(kind, current, tgt, f"'{field}' must be filled in first", missing=field)

    if kind == "commitment":
        if tgt == C.PUBLISHED:
            new["published_date"] = new.get("published_date") or iso
        if tgt in (C.FULFILLED_ON_TIME, C.FULFILLED_LATE):
            new["fulfilled_date"] = new.get("fulfilled_date") or iso
            actual = deadlines.fulfilment_status(_d(new["due_date"]), _d(new["fulfilled_date"]))
            if actual != tgt:
                raise IllegalTransition(
                    kind, current, tgt,
                    f"fulfilled on {new['fulfilled_date']} against due date {new['due_date']} is {actual.zh}",
                )
    elif kind == "disclosure":
        if tgt in (D.EXPIRED_NO_OBJECTION, D.EXPIRED_WITH_OBJECTION):
            end = _d(new.get("period_end"))
            if end and today <= end:
                raise IllegalTransition(kind, current, tgt, f"the publicity period runs until {end.isoformat()}")
            if tgt == D.EXPIRED_NO_OBJECTION and objections_in_period:
                raise IllegalTransition(kind, current, tgt,
                                        f"{objections_in_period} objection(s) were received during the period")
        if tgt in (D.PUBLICIZING, D.REPUBLISHED):
            if tgt == D.REPUBLISHED or not new.get("period_start"):
                new["period_start"] = iso
            new["publish_date"] = new.get("publish_date") or iso
            derive(kind, new)
    elif kind == "service":
        if tgt == S.PAID:
            new["delivery_date"] = new.get("delivery_date") or iso
    elif kind == "objection":
        if tgt == O.REPLIED:
            for f in ("finding", "action", "reply"):
                need(f)
            new["replied_date"] = new.get("replied_date") or iso
        if tgt == O.CLOSED:
            new["closed_date"] = new.get("closed_date") or iso
    elif kind == "contract":
        if tgt == K.SETTLED:
            derive(kind, new)
            if new.get("amount_outstanding") not in (None, "0.00"):
                raise IllegalTransition(kind, current, tgt, f"{new['amount_outstanding']} yuan is still unpaid")
    elif kind == "lawsuit":
        if tgt == L.JUDGED:
            need("judgment_date")
        if tgt == L.PERFORMED:
            new["performed_date"] = new.get("performed_date") or iso
        if tgt == L.ENFORCEMENT:
            need("enforcement_case_no")
    elif kind == "dishonesty":
        if tgt == X.CONFIRMED:
            for f in ("deciding_body", "decision_no", "decision_date", "severity"):
                need(f)
        if tgt == X.RECTIFIED:
            new["rectified_date"] = new.get("rectified_date") or iso
        if tgt == X.REPAIRED:
            if new.get("repair_status") != "granted":
                raise IllegalTransition(kind, current, tgt, "the repair decision received must grant the repair")
            need("repair_decision_date")
        if tgt == X.EXPIRED:
            end = _d(new.get("display_max_end"))
            if not end or today <= end:
                raise IllegalTransition(kind, current, tgt, f"the display period runs until {new.get('display_max_end')}"
                                        if end else "a record without a display period does not expire")
        if tgt == X.REMOVED:
            need("court_removed_date")
        derive(kind, new)
    elif kind == "supervision":
        if tgt == V.REPLIED:
            need("result")
            new["reply_date"] = new.get("reply_date") or iso
        if tgt == V.RETURNED:
            need("return_reason")
            new["returned_date"] = new.get("returned_date") or iso
        if tgt == V.REHANDLING:
            new["rehandle_count"] = int(new.get("rehandle_count") or 0) + 1
            # The answer the requester did not accept stays in the earlier versions; the new one gets its own reply
            # date and callback. (A deputy's feedback stays: the re-answer's month counts from it.)
            if new.get("channel") not in SUGGESTION_CHANNELS:
                for f in ("reply_date", "callback_date", "callback_way", "satisfaction"):
                    new[f] = None
        derive(kind, new)
    new["status"] = tgt.value
    return new
