"""Performance indicators of DOMAIN.md for one unit (or all) over a period of inclusive dates.

The inputs are small frozen facts rather than store rows, so that the desktop, the server and the tests compute
the same numbers from whatever they load.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from zwcx_core.domain.deadlines import OPEN_COMMITMENT_STATES
from zwcx_core.domain.enums import CommitmentStatus, DisclosureStatus, ObjectionStatus

__all__ = [
    "CommitmentFact",
    "DisclosureFact",
    "Indicators",
    "ObjectionFact",
    "Rate",
    "compute_by_unit",
    "compute_indicators",
]


@dataclass(frozen=True)
class CommitmentFact:
    unit_id: str
    status: CommitmentStatus
    due_date: datetime.date | None
    fulfilled_date: datetime.date | None


@dataclass(frozen=True)
class DisclosureFact:
    unit_id: str
    status: DisclosureStatus
    formed_date: datetime.date | None
    publish_date: datetime.date | None
    deadline: datetime.date | None
    has_posting_evidence: bool
    ran_full_period: bool
    has_unmasked_personal_data: bool


@dataclass(frozen=True)
class ObjectionFact:
    unit_id: str
    status: ObjectionStatus
    received_date: datetime.date
    due_date: datetime.date | None
    closed_date: datetime.date | None


@dataclass
class Rate:
    """A ratio kept as its two counts, so that reports can show '7/8' as well as the percentage."""

    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        """numerator ÷ denominator, or None when nothing was due (a 0 % would wrongly look like failure)."""
        return self.numerator / self.denominator if self.denominator else None

    @property
    def percent_text(self) -> str:
        """'87.5%' with one decimal, or '—' when the denominator is 0."""
        v = self.value
        return "—" if v is None else f"{v * 100:.1f}%"

    def to_dict(self) -> dict[str, Any]:
        return {
            "numerator": self.numerator,
            "denominator": self.denominator,
            "value": self.value,
            "percent": self.percent_text,
        }


@dataclass
class Indicators:
    """The indicators of one unit (unit_id None: all units) for the period [start, end]."""

    unit_id: str | None
    start: datetime.date
    end: datetime.date
    keeping: Rate  # 践诺率
    late: Rate  # 逾期兑现率
    timely_disclosure: Rate  # 公开及时率
    notice_compliance: Rate  # 公示合规率
    objections_on_time: Rate  # 异议按期办结率
    avg_days_to_close: float | None  # 异议平均办结天数

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict; the keys are part of the export format, do not rename them."""
        return {
            "unit_id": self.unit_id,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "keeping": self.keeping.to_dict(),
            "late": self.late.to_dict(),
            "timely_disclosure": self.timely_disclosure.to_dict(),
            "notice_compliance": self.notice_compliance.to_dict(),
            "objections_on_time": self.objections_on_time.to_dict(),
            "avg_days_to_close": None if self.avg_days_to_close is None else round(self.avg_days_to_close, 2),
        }


# Approved changes and cancellations are excluded by DOMAIN.md; drafts and those awaiting review were never
# promised to the public, so they cannot be kept or broken.
_NOT_COUNTED = frozenset(
    {
        CommitmentStatus.CHANGED,
        CommitmentStatus.CANCELLED,
        CommitmentStatus.DRAFT,
        CommitmentStatus.PENDING_REVIEW,
    }
)


def compute_indicators(
    commitments: Iterable[CommitmentFact],
    disclosures: Iterable[DisclosureFact],
    objections: Iterable[ObjectionFact],
    start: datetime.date,
    end: datetime.date,
    unit_id: str | None = None,
    today: datetime.date | None = None,
) -> Indicators:
    """Indicators over [start, end] (inclusive) for `unit_id`, or for all units when it is None.

    - keeping / late: FULFILLED_ON_TIME / FULFILLED_LATE ÷ commitments due in the period, not counting CHANGED,
      CANCELLED, DRAFT and PENDING_REVIEW. Still-open commitments due in the period count against the rate once
      their due date has passed.
    - timely_disclosure: disclosures whose deadline is in the period (WITHDRAWN excluded) published on or
      before the deadline ÷ those disclosures.
    - notice_compliance: ARCHIVED disclosures published in the period that ran their full period, have posting
      evidence and no unmasked personal data ÷ ARCHIVED disclosures published in the period.
    - objections_on_time: objections due in the period closed on or before their due date ÷ objections due in
      the period.
    - avg_days_to_close: mean calendar days from receipt to closing over objections closed in the period.

    With `today`, a period that has not ended yet counts what is decided so far: a commitment still open, a
    disclosure not yet published or an objection not yet closed whose deadline is today or later is not yet a
    failure, and is left out of its rate (the township still has time). Without it every one counts, as for a
    period that has ended.

    Raises ValueError if `start` is after `end`.
    """
    if start > end:
        raise ValueError(f"period start {start.isoformat()} is after its end {end.isoformat()}")

    def in_period(d: datetime.date | None) -> bool:
        return d is not None and start <= d <= end

    def still_time(open_: bool, due: datetime.date | None) -> bool:
        return open_ and today is not None and due is not None and due >= today

    def mine(rows: Iterable[Any]) -> list[Any]:
        return [r for r in rows if unit_id is None or r.unit_id == unit_id]

    due_commitments = [c for c in mine(commitments) if in_period(c.due_date) and c.status not in _NOT_COUNTED
                       and not still_time(c.status in OPEN_COMMITMENT_STATES, c.due_date)]
    n_due = len(due_commitments)
    keeping = Rate(sum(c.status == CommitmentStatus.FULFILLED_ON_TIME for c in due_commitments), n_due)
    late = Rate(sum(c.status == CommitmentStatus.FULFILLED_LATE for c in due_commitments), n_due)

    own_disclosures = mine(disclosures)
    due_disclosures = [
        d for d in own_disclosures if in_period(d.deadline) and d.status != DisclosureStatus.WITHDRAWN
        and not still_time(d.publish_date is None, d.deadline)
    ]
    timely = Rate(
        sum(d.publish_date is not None and d.publish_date <= d.deadline for d in due_disclosures),
        len(due_disclosures),
    )
    archived = [
        d for d in own_disclosures if d.status == DisclosureStatus.ARCHIVED and in_period(d.publish_date)
    ]
    compliance = Rate(
        sum(
            d.ran_full_period and d.has_posting_evidence and not d.has_unmasked_personal_data
            for d in archived
        ),
        len(archived),
    )

    own_objections = mine(objections)
    due_objections = [o for o in own_objections if in_period(o.due_date)
                      and not still_time(o.closed_date is None, o.due_date)]
    on_time = Rate(
        sum(o.closed_date is not None and o.closed_date <= o.due_date for o in due_objections),
        len(due_objections),
    )
    closed = [o for o in own_objections if in_period(o.closed_date)]
    avg = sum((o.closed_date - o.received_date).days for o in closed) / len(closed) if closed else None

    return Indicators(unit_id, start, end, keeping, late, timely, compliance, on_time, avg)


def compute_by_unit(
    commitments: Iterable[CommitmentFact],
    disclosures: Iterable[DisclosureFact],
    objections: Iterable[ObjectionFact],
    start: datetime.date,
    end: datetime.date,
    today: datetime.date | None = None,
) -> list[Indicators]:
    """The overall row (unit_id None) first, then one row per unit id found in the inputs, sorted by id (`today`
    as in compute_indicators).

    A unit appears if it has any record at all, even none in the period, so that a unit with nothing due shows
    as '—' rather than disappearing.
    """
    commitments, disclosures, objections = list(commitments), list(disclosures), list(objections)
    units = sorted({r.unit_id for r in (*commitments, *disclosures, *objections)})
    rows = [compute_indicators(commitments, disclosures, objections, start, end, today=today)]
    rows += [compute_indicators(commitments, disclosures, objections, start, end, u, today) for u in units]
    return rows
