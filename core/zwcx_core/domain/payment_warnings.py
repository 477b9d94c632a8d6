"""Three-level warnings of contracts and lawsuits as of a date (工作台 and the start-up reminder).

Level 1: due within 7 days; level 2: due today; level 3: overdue. What is watched: every obligation with undisputed
money unpaid, every deposit not yet returned, every 确权 request not yet answered (30 days, art. 16), the
performance deadline of a judgment not yet performed, and the yearly disclosure of overdue SME payments (art. 18).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from zwcx_core.domain.enums import ContractEventType as Ev
from zwcx_core.domain.enums import DepositKind
from zwcx_core.domain.enums import LawsuitStatus as L
from zwcx_core.domain.payments import _clock, _date, _fen, _ord, _yuan

__all__ = [
    "CONFIRM_DAYS",
    "DUE_SOON",
    "DUE_TODAY",
    "OVERDUE",
    "DueWarning",
    "contract_warnings",
    "disclosure_due",
    "disclosure_warnings",
    "lawsuit_warnings",
    "level_for",
    "warnings",
]

DUE_SOON, DUE_TODAY, OVERDUE = 1, 2, 3
#: A due date this many days ahead or fewer raises the first level.
SOON_DAYS = 7
#: Art. 16: a receivable (确权) is confirmed within 30 days of the SME's request.
CONFIRM_DAYS = 30

_RETURN, _REQUEST = Ev.DEPOSIT_RETURN.value, Ev.CONFIRM_REQUEST.value
_WATCHED = frozenset({_RETURN, _REQUEST, Ev.CONFIRM_ANSWER.value})
_BASIS_ZH = {"delivery": "交付后付款", "acceptance": "验收后付款", "settlement": "结算款", "instalment": "分期付款"}


@dataclass(frozen=True)
class DueWarning:
    """One thing due. `kind`: "payment", "deposit", "confirm", "judgment" or "disclosure"; `what`: a stable code
    of what is due (the payment basis, the deposit kind, "confirm_answer", "perform", "publish"); `label` its
    Chinese name; `row_id` the child row (instalment, delivery, deposit, request) where there is one."""

    level: int
    due: dt.date
    kind: str
    record_id: str | None
    row_id: str | None
    what: str
    label: str
    amount: Decimal | None
    days_left: int  # negative: days overdue


def level_for(due: dt.date | int, as_of: dt.date | int) -> int | None:
    """The warning level of something due on `due` as of `as_of`, None when it is more than 7 days away."""
    left = _days_between(as_of, due)
    if left < 0:
        return OVERDUE
    if left == 0:
        return DUE_TODAY
    return DUE_SOON if left <= SOON_DAYS else None


def _days_between(a: dt.date | int, b: dt.date | int) -> int:
    return (b if isinstance(b, int) else b.toordinal()) - (a if isinstance(a, int) else a.toordinal())


def _warn(out: list[DueWarning], ref: int, due: int | None, kind: str, record_id: str | None, row_id: str | None,
          what: str, label: str, amount: Decimal | None) -> None:
    if due is None:
        return
    level = level_for(due, ref)
    if level is not None:
        out.append(DueWarning(level, _date(due), kind, record_id, row_id, what, label, amount, due - ref))


def contract_warnings(doc: Mapping[str, Any], as_of: dt.date, record_id: str | None = None) -> list[DueWarning]:
    """Warnings of one contract as of `as_of` (events after it are not known yet): open obligations, deposits
    due back and not returned (a 保证金退还 event naming the deposit's id), 确权 requests not answered."""
    ref = as_of.toordinal()
    out: list[DueWarning] = []
    obs, _ = _clock(doc, ref)
    for o in obs:
        if o.open_fen > 0:
            _warn(out, ref, o.due, "payment", record_id, o.row_id, o.basis, _BASIS_ZH.get(o.basis, o.basis),
                  _yuan(o.open_fen))
    returned: set[str] = set()
    confirms: list[tuple[int, int, str | None]] = []
    for e in doc.get("events") or ():
        t = e.get("type") if isinstance(e, Mapping) else None
        if t in _WATCHED:
            day = _ord(e.get("date"))
            if day is None or day > ref:
                continue
            if t == _RETURN:
                if e.get("deposit_id"):
                    returned.add(e["deposit_id"])
            else:
                confirms.append((day, 0 if t == _REQUEST else 1, e.get("id")))
    for row in doc.get("deposits") or ():
        if isinstance(row, Mapping) and row.get("id") not in returned:
            kind = row.get("kind") or ""
            label = (DepositKind(kind).zh if kind in DepositKind._value2member_map_ else "保证金") + "退还"
            fen = _fen(row.get("amount"))
            _warn(out, ref, _ord(row.get("due_back")), "deposit", record_id, row.get("id"), kind or "deposit", label,
                  None if fen is None else _yuan(fen))
    for day, row_id in _unanswered(confirms):
        _warn(out, ref, day + CONFIRM_DAYS, "confirm", record_id, row_id, "confirm_answer", "确权答复", None)
    return out


def _unanswered(confirms: list[tuple[int, int, str | None]]) -> list[tuple[int, str | None]]:
    """确权 requests without an answer, from (day, 0 request / 1 answer, row id): each answer answers the oldest
    request still open on its day."""
    open_: list[tuple[int, str | None]] = []
    for day, is_answer, row_id in sorted(confirms, key=lambda t: (t[0], t[1])):
        if not is_answer:
            open_.append((day, row_id))
        elif open_:
            open_.pop(0)
    return open_


def lawsuit_warnings(doc: Mapping[str, Any], as_of: dt.date, record_id: str | None = None) -> list[DueWarning]:
    """The performance deadline of a judgment not yet performed (status 已判决待履行), so the unit pays before it
    becomes a 失信被执行人. The amount is what the judgment orders less what has been performed."""
    if doc.get("status") != L.JUDGED.value or doc.get("performed_date"):
        return []
    out: list[DueWarning] = []
    owed, done = _fen(doc.get("amount")), _fen(doc.get("performed_amount")) or 0
    _warn(out, as_of.toordinal(), _ord(doc.get("perform_deadline")), "judgment", record_id, None, "perform",
          "判决履行", None if owed is None else _yuan(max(owed - done, 0)))
    return out


def disclosure_due(year: int) -> tuple[dt.date, dt.date]:
    """Art. 18: the figures of `year` are published by 31 March of the next year; the reminder starts 1 March."""
    return dt.date(year + 1, 3, 1), dt.date(year + 1, 3, 31)


def disclosure_warnings(as_of: dt.date, published_years: Collection[int], since_year: int) -> list[DueWarning]:
    """The yearly disclosures (years from `since_year`) not yet published whose reminder has begun: level 1 from
    1 March until the 31 March deadline, level 2 on it, level 3 after, until published."""
    out = []
    for year in range(since_year, as_of.year):
        start, due = disclosure_due(year)
        if year in published_years or as_of < start:
            continue
        level = level_for(due, as_of) or DUE_SOON
        out.append(DueWarning(level, due, "disclosure", None, None, "publish", f"{year}年度逾期未支付中小企业款项公示",
                              None, (due - as_of).days))
    return out


def _sort_key(w: DueWarning) -> tuple:
    return -w.level, w.due, w.kind, w.record_id or "", w.row_id or ""


def warnings(as_of: dt.date, contracts: Iterable[Mapping[str, Any]] = (), lawsuits: Iterable[Mapping[str, Any]] = (),
             extra: Iterable[DueWarning] = ()) -> list[DueWarning]:
    """Every warning of the given contracts and lawsuits as of `as_of` (plus `extra`, e.g. disclosure_warnings),
    most urgent first: overdue, then due today, then due soon; within a level the earliest due first. A document's
    record id is read from its "id" key where the caller put one there."""
    out = list(extra)
    for doc in contracts:
        out += contract_warnings(doc, as_of, doc.get("id"))
    for doc in lawsuits:
        out += lawsuit_warnings(doc, as_of, doc.get("id"))
    out.sort(key=_sort_key)
    return out
