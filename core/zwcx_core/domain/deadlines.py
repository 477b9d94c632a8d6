"""Deadline rules of DOMAIN.md: commitment fulfilment and overdue, objection replies, disclosure time limits."""

from __future__ import annotations

import datetime

from zwcx_core.domain.calendar import DayResult, add_working_days
from zwcx_core.domain.enums import (
    CommitmentStatus,
    ContractStatus,
    DisclosureStatus,
    ObjectionStatus,
    ServiceStatus,
)

__all__ = ["days_left", "disclosure_deadline", "fulfilment_status", "is_commitment_overdue", "objection_due"]

# Only a commitment the public has seen and that is still open can be overdue; drafts were never promised and
# the closed states already record how it ended.
_OPEN = frozenset({CommitmentStatus.PUBLISHED, CommitmentStatus.IN_PROGRESS})


def fulfilment_status(due: datetime.date, fulfilled_on: datetime.date) -> CommitmentStatus:
    """FULFILLED_ON_TIME if fulfilled on or before the due date, else FULFILLED_LATE."""
    return CommitmentStatus.FULFILLED_ON_TIME if fulfilled_on <= due else CommitmentStatus.FULFILLED_LATE


def is_commitment_overdue(status: CommitmentStatus, due: datetime.date | None, today: datetime.date) -> bool:
    """True when a published or in-progress commitment is past its due date (逾期); the due date itself is not."""
    return status in _OPEN and due is not None and due < today


def objection_due(received: datetime.date, working_days: int = 10) -> DayResult:
    """Reply deadline for an objection: `working_days` working days after the day it was received."""
    return add_working_days(received, working_days)


def disclosure_deadline(formed: datetime.date, working_days: int = 20) -> DayResult:
    """公开时限: `working_days` working days after the day the information was formed."""
    return add_working_days(formed, working_days)


def days_left(due: datetime.date, today: datetime.date) -> int:
    """Calendar days from `today` to `due`: 0 on the due date, negative once overdue."""
    return (due - today).days


# What the 工作台 reminds a clerk of (one definition for the desktop and any report).
#: A notice is "ending soon" when its publicity period ends within this many days.
NOTICE_ENDING_DAYS = 3
#: An open objection is "near its due date" within this many days (or past it).
OBJECTION_WARNING_DAYS = 3
OPEN_COMMITMENT_STATES = frozenset(s.value for s in _OPEN)
RUNNING_NOTICE_STATES = frozenset({DisclosureStatus.PUBLICIZING.value, DisclosureStatus.REPUBLISHED.value})
OPEN_OBJECTION_STATES = frozenset({ObjectionStatus.REGISTERED.value, ObjectionStatus.ACCEPTED.value,
                                   ObjectionStatus.INVESTIGATING.value, ObjectionStatus.REPLIED.value})
#: The state in which each kind waits for a reviewer.
AWAITING_REVIEW = {"commitment": CommitmentStatus.PENDING_REVIEW.value,
                   "disclosure": DisclosureStatus.PENDING_REVIEW.value,
                   "service": ServiceStatus.REGISTERED.value, "objection": ObjectionStatus.REGISTERED.value,
                   # A contract entered by the clerk waits for a reviewer to confirm it was signed as recorded.
                   "contract": ContractStatus.DRAFT.value}
