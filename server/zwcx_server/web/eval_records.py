"""The records behind a township's evaluation values: which commitments were not kept on time, which disclosures
were late or not compliant, which objections were not closed on time, which contracts were paid late or owe, which
失信 records count (unit-level only, as the values), which supervision cases were late, unanswered or left the
requester unsatisfied.

Each record is put through the same domain code as the whole township (compute_indicators on that one fact,
contract_indicators on that one contract, credit_indicators and supervision_scores on that one record), so what counts as "not on time" is decided once, in
zwcx_core.domain, and the records listed add up to the township's figures. A reason names the record by its
title only, through the personal-data guard; an objection by its dates (its text and complainant are private).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from zwcx_core.domain.credit_indicators import credit_indicators
from zwcx_core.domain.enums import Severity
from zwcx_core.domain.indicators import compute_indicators
from zwcx_core.domain.payment_indicators import contract_indicators
from zwcx_core.domain.supervision_scores import supervision_scores
from zwcx_server.db import ServerDB
from zwcx_server.web.data import TownshipRow
from zwcx_server.web.documents import documents
from zwcx_server.web.figures import FEEDERS
from zwcx_server.web.lru import Cache
from zwcx_server.web.public_pages import PEOPLE_KINDS, Guard, people

CACHE = Cache(2048)
_KINDS = tuple({"commitment", "disclosure", "contract", *PEOPLE_KINDS})
_SEVERITY_INDICATORS = ((Severity.SERIOUS, "dishonesty_serious"), (Severity.GENERAL, "dishonesty_general"),
                        (Severity.MINOR, "dishonesty_minor"))


def _fact(kind: str, doc: dict, today: dt.date) -> Any:
    try:
        return FEEDERS[kind](doc, today)
    except ValueError:
        return None  # a status this server does not know: not counted in the figures either


def _day(d: dt.date | None) -> str:
    # A reason names a record's dates as the fact read them, never the stored text: a damaged date field could
    # hold anything, and the reasons reach the console and the report without another guard.
    return d.isoformat() if d else "—"


def _missed(rate) -> bool:
    return rate.denominator > rate.numerator


def compute(docs: dict[str, list[tuple[str, dict]]], start: dt.date, end: dt.date,
            today: dt.date) -> dict[str, list[dict[str, str]]]:
    """Evaluation indicator id → [{record_id, reason}] of the records that count against it over [start, end]."""
    guard = Guard(people(docs))
    out: dict[str, list[dict[str, str]]] = {}

    def add(ind: str, rid: str, reason: str) -> None:
        out.setdefault(ind, []).append({"record_id": rid, "reason": reason})

    def title(kind: str, doc: dict) -> str:
        return guard.text(kind, doc, "title") or "（无标题）"

    for rid, doc in docs.get("commitment", []):
        fact = _fact("commitment", doc, today)
        if fact is not None and _missed(compute_indicators([fact], [], [], start, end, today=today).keeping):
            add("keeping_rate", rid, f"承诺“{title('commitment', doc)}”未按期兑现（到期 {_day(fact.due_date)}）")
    for rid, doc in docs.get("disclosure", []):
        fact = _fact("disclosure", doc, today)
        if fact is None:
            continue
        got = compute_indicators([], [fact], [], start, end, today=today)
        if _missed(got.timely_disclosure):
            add("timely_disclosure", rid, f"公开“{title('disclosure', doc)}”未按时公开（时限 {_day(fact.deadline)}）")
        if _missed(got.notice_compliance):
            add("notice_compliance", rid, f"公开“{title('disclosure', doc)}”公示不合规")
    for rid, doc in docs.get("objection", []):
        fact = _fact("objection", doc, today)
        if fact is not None and _missed(compute_indicators([], [], [fact], start, end, today=today).objections_on_time):
            add("objections_on_time", rid,
                f"异议（受理 {_day(fact.received_date)}，期限 {_day(fact.due_date)}）未按期办结")
    for rid, doc in docs.get("contract", []):
        got = contract_indicators([doc], [], start, end)
        if _missed(got.on_time):
            add("paid_on_time", rid, f"合同“{title('contract', doc)}”按期支付 {got.on_time.numerator}/"
                                     f"{got.on_time.denominator}")
        if got.overdue_obligations:
            owed = f"合同“{title('contract', doc)}”逾期欠款 {got.overdue_obligations} 笔，{got.overdue_amount:,.2f} 元"
            add("overdue_arrears_count", rid, owed)
            add("overdue_arrears_amount", rid, owed)
    for rid, doc in docs.get("dishonesty", []):
        fact = _fact("dishonesty", doc, today)
        if fact is None or fact["person"]:
            continue  # person-level records are not counted in the evaluation, nor named
        when = fact["decision_date"] or fact["created"]
        if when is None or not start.isoformat() <= when <= end.isoformat():
            continue  # counted by the day it was decided (or entered): not in this period
        got = credit_indicators([fact], [], start, end, as_of=min(end, today))
        for severity, ind in _SEVERITY_INDICATORS:
            if got.by_severity.get(severity.zh):
                add(ind, rid, f"失信记录“{title('dishonesty', doc)}”（{severity.zh}，认定 {fact['decision_date'] or '—'}）")
    for rid, doc in docs.get("supervision", []):
        case = _fact("supervision", doc, today)
        if case is None or not start <= case["received"] <= end:
            continue
        got = supervision_scores([case], today)
        name = f"监督事项“{title('supervision', doc)}”（接收 {case['received']}，时限 {case['deadline'] or '—'}）"
        if _missed(got.on_time):
            add("supervision_on_time", rid, f"{name}未按期办结")
        if _missed(got.replied):
            add("supervision_reply_rate", rid, f"{name}逾期未答复")
        if _missed(got.satisfied):
            add("supervision_satisfaction", rid, f"{name}回访不满意")
    return out


def events(db: ServerDB, t: TownshipRow, start: dt.date, end: dt.date,
           today: dt.date) -> dict[str, list[dict[str, str]]]:
    """A township's records behind its values, cached until a push changes the township (as its figures are)."""
    key = (db.url, t.id, t.state, start, end, today)
    hit = CACHE.get(key)
    if hit is None:
        hit = compute(documents(db, t, _KINDS), start, end, today)
        CACHE.put(key, hit)
    return hit
