"""Indicators of contracts and lawsuits over a period, and the yearly disclosure of overdue SME payments (art. 18).

A period is inclusive and its end a finished day: what happened on the end day counts, and money due on it and
not paid that day is overdue at the period's end (0 days). The warnings (payment_warnings) differ on purpose:
there the as-of day is today, still running, so money due today is "due", not late.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from zwcx_core.domain.enums import ContractStatus as K
from zwcx_core.domain.enums import LawsuitStatus as L
from zwcx_core.domain.indicators import Rate
from zwcx_core.domain.payment_warnings import disclosure_due
from zwcx_core.domain.payments import WORKED_OUT, _clock, _ord, _yuan, with_events

__all__ = [
    "AGEING_BUCKETS",
    "AnnualDisclosure",
    "ContractIndicators",
    "annual_disclosure",
    "contract_indicators",
    "contract_indicators_by_unit",
]

#: Ageing of overdue money in days overdue at the period's end: (label, last day of the bucket; None: no limit).
AGEING_BUCKETS: tuple[tuple[str, int | None], ...] = (("0-30", 30), ("31-90", 90), ("91-180", 180), (">180", None))


@dataclass
class ContractIndicators:
    """Contract indicators of one unit (unit_id None: all units) for the period [start, end].

    - on_time (按期支付率): obligations that fell due in the period (their undisputed part) paid in full by their
      due date ÷ obligations that fell due in the period.
    - overdue_contracts / overdue_obligations / overdue_amount: undisputed money due by the period's end and not
      paid by then; `ageing` splits the obligations and amounts by days overdue (AGEING_BUCKETS).
    - avg_days_to_pay: mean days from the clock's start to full payment over obligations paid in full in the
      period (an advance payment counts 0 days).
    - lawsuits_pending: cases filed by the end and not judged by then; judgments_unperformed: judgments whose
      performance deadline fell on or before the end and that were not performed by the end.
    """

    unit_id: str | None
    start: dt.date
    end: dt.date
    on_time: Rate = field(default_factory=lambda: Rate(0, 0))
    overdue_contracts: int = 0
    overdue_obligations: int = 0
    overdue_amount: Decimal = Decimal("0.00")
    ageing: list[tuple[str, int, Decimal]] = field(
        default_factory=lambda: [(label, 0, Decimal("0.00")) for label, _ in AGEING_BUCKETS])
    avg_days_to_pay: float | None = None
    lawsuits_pending: int = 0
    judgments_unperformed: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict; the keys are part of the export format, do not rename them."""
        return {
            "unit_id": self.unit_id,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "paid_on_time": self.on_time.to_dict(),
            "overdue_contracts": self.overdue_contracts,
            "overdue_obligations": self.overdue_obligations,
            "overdue_amount": f"{self.overdue_amount:.2f}",
            "ageing": [{"days": label, "obligations": n, "amount": f"{amount:.2f}"} for label, n, amount in self.ageing],
            "avg_days_to_pay": None if self.avg_days_to_pay is None else round(self.avg_days_to_pay, 2),
            "lawsuits_pending": self.lawsuits_pending,
            "judgments_unperformed": self.judgments_unperformed,
        }


class _Acc:
    """Running sums of one unit in whole fen and counts (Decimal only at the end)."""

    __slots__ = ("due", "on_time", "contracts", "obligations", "fen", "ageing", "pay_days", "paid", "pending",
                 "unperformed")

    def __init__(self) -> None:
        self.due = self.on_time = self.contracts = self.obligations = self.fen = 0
        self.pay_days = self.paid = self.pending = self.unperformed = 0
        self.ageing = [[0, 0] for _ in AGEING_BUCKETS]

    def result(self, unit_id: str | None, start: dt.date, end: dt.date) -> ContractIndicators:
        return ContractIndicators(
            unit_id, start, end, Rate(self.on_time, self.due), self.contracts, self.obligations, _yuan(self.fen),
            [(label, n, _yuan(fen)) for (label, _), (n, fen) in zip(AGEING_BUCKETS, self.ageing, strict=True)],
            self.pay_days / self.paid if self.paid else None, self.pending, self.unperformed)


def _bucket(days: int) -> int:
    for i, (_, last) in enumerate(AGEING_BUCKETS):
        if last is None or days <= last:
            return i
    return len(AGEING_BUCKETS) - 1


def _add_contract(acc: list[_Acc], doc: Mapping[str, Any], first: int, last: int) -> None:
    pre = doc.get(WORKED_OUT)
    if pre is not None and pre[0] <= last:  # no event after the period: the clock as it was worked out at write time
        obs = pre[1]
    else:
        obs = [(o.amount, o.disputed, o.start, o.due, o.paid_on, o.open_fen)
               for o in _clock(with_events(doc), last)[0]]
    overdue = False
    for amount, disputed, start, due, paid_on, open_fen in obs:
        if amount <= disputed:
            continue  # wholly disputed: nothing of it has fallen due (art. 15)
        if first <= due <= last:
            ok = paid_on is not None and paid_on <= due
            for a in acc:
                a.due += 1
                a.on_time += ok
        if paid_on is not None and first <= paid_on <= last:
            days = max(paid_on - start, 0)
            for a in acc:
                a.paid += 1
                a.pay_days += days
        if open_fen and due <= last:
            overdue = True
            b = _bucket(last - due)
            for a in acc:
                a.obligations += 1
                a.fen += open_fen
                a.ageing[b][0] += 1
                a.ageing[b][1] += open_fen
    if overdue:
        for a in acc:
            a.contracts += 1


def _add_lawsuit(acc: list[_Acc], doc: Mapping[str, Any], last: int) -> None:
    filed, judged = _ord(doc.get("filed_date")), _ord(doc.get("judgment_date"))
    status = doc.get("status")
    if filed is not None and filed > last:
        return
    if (judged is not None and judged > last) or (judged is None and status == L.PENDING.value):
        for a in acc:
            a.pending += 1
    deadline, performed = _ord(doc.get("perform_deadline")), _ord(doc.get("performed_date"))
    if deadline is not None and deadline <= last:
        unperformed = performed > last if performed is not None else status in (L.JUDGED.value, L.ENFORCEMENT.value)
        if unperformed:
            for a in acc:
                a.unperformed += 1


def contract_indicators_by_unit(contracts: Iterable[Mapping[str, Any]], lawsuits: Iterable[Mapping[str, Any]],
                                start: dt.date, end: dt.date) -> list[ContractIndicators]:
    """The overall row (unit_id None) first, then one row per unit that has a contract or lawsuit, sorted by id;
    each contract's clock is worked out once. Draft contracts are not counted. Raises ValueError if `start` is
    after `end`."""
    if start > end:
        raise ValueError(f"period start {start.isoformat()} is after its end {end.isoformat()}")
    first, last = start.toordinal(), end.toordinal()
    total = _Acc()
    units: dict[str, _Acc] = {}

    def accs(doc: Mapping[str, Any]) -> list[_Acc]:
        unit = doc.get("unit_id")
        if unit is None:
            return [total]
        acc = units.get(unit)
        if acc is None:
            acc = units[unit] = _Acc()
        return [total, acc]

    for doc in contracts:
        a = accs(doc)
        if doc.get("status") != K.DRAFT.value:
            _add_contract(a, doc, first, last)
    for doc in lawsuits:
        _add_lawsuit(accs(doc), doc, last)
    return [total.result(None, start, end)] + [units[u].result(u, start, end) for u in sorted(units)]


def contract_indicators(contracts: Iterable[Mapping[str, Any]], lawsuits: Iterable[Mapping[str, Any]],
                        start: dt.date, end: dt.date, unit_id: str | None = None) -> ContractIndicators:
    """The contract indicators over [start, end] for `unit_id`, or for all units when it is None (see
    ContractIndicators for each figure)."""
    if unit_id is not None:
        contracts = [d for d in contracts if d.get("unit_id") == unit_id]
        lawsuits = [d for d in lawsuits if d.get("unit_id") == unit_id]
    row = contract_indicators_by_unit(contracts, lawsuits, start, end)[0]
    row.unit_id = unit_id
    return row


@dataclass(frozen=True)
class AnnualDisclosure:
    """Art. 18 figures of `year`: SME contracts with money overdue and unpaid at the end of the year (31 December,
    payments to that day counted), how many and how much; published from `reminder_from`, due by `due`."""

    year: int
    contracts: int
    amount: Decimal
    reminder_from: dt.date
    due: dt.date

    @property
    def as_of(self) -> dt.date:
        return dt.date(self.year, 12, 31)

    def to_dict(self) -> dict[str, Any]:
        return {"year": self.year, "as_of": self.as_of.isoformat(), "contracts": self.contracts,
                "amount": f"{self.amount:.2f}", "reminder_from": self.reminder_from.isoformat(),
                "due": self.due.isoformat()}


def annual_disclosure(contracts: Iterable[Mapping[str, Any]], year: int,
                      unit_id: str | None = None) -> AnnualDisclosure:
    """The number and amount of SME contracts (declared at signing) with undisputed money due by 31 December of
    `year` and unpaid at the end of that day, for `unit_id` or all units."""
    last = dt.date(year, 12, 31).toordinal()
    count = fen = 0
    for doc in contracts:
        if doc.get("sme_declared") is not True or doc.get("status") == K.DRAFT.value:
            continue
        if unit_id is not None and doc.get("unit_id") != unit_id:
            continue
        obs, _ = _clock(doc, last)
        owed = sum(o.open_fen for o in obs if o.due <= last)
        if owed:
            count += 1
            fen += owed
    return AnnualDisclosure(year, count, _yuan(fen), *disclosure_due(year))
