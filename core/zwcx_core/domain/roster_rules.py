"""Which linked service records a roster notice (名单公示) lists, and which notices can still take records.

A household the township decided against after an objection (不予确认), or whose payment it stopped (停发), is no
longer on the list being made public: printing it again on the re-posted notice would post a resident's name and
masked ID as a beneficiary they are not. The record stays linked to the disclosure (its history shows why it left),
it is only left off the paper and off the snapshot the verification code covers.

A roster notice is a disclosure that contains personal data: only those print the linked records. Its list is
frozen into the version that starts its publicity (公示中, 重新公示); a record linked later is on the list of the
next posting, if one is still ahead of the notice in its lifecycle.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from zwcx_core.domain.enums import DisclosureStatus as D
from zwcx_core.domain.enums import ServiceStatus

#: Service statuses a roster notice leaves out.
OFF_ROSTER: frozenset[str] = frozenset({ServiceStatus.REJECTED.value, ServiceStatus.STOPPED.value})

#: The statuses in which a disclosure's publicity starts and its roster is frozen (store/roster.py).
POSTING: frozenset[str] = frozenset({D.PUBLICIZING.value, D.REPUBLISHED.value})

#: Disclosure statuses before the first posting: the notice prints the linked records as they are now, so a
#: record may still join or leave it without touching anything already on paper.
NOT_YET_POSTED: frozenset[str] = frozenset({D.DRAFT.value, D.PENDING_REVIEW.value, D.APPROVED.value})


def _posting_ahead() -> frozenset[str]:
    """Disclosure statuses from which a posting can still be reached: a record linked to a notice in one of them
    is printed on a list that is still to be posted (the next posting's snapshot takes it)."""
    from zwcx_core.domain.lifecycle import DISCLOSURE

    nexts: dict[str, set[str]] = {}
    for src, tgt in DISCLOSURE.transitions:
        nexts.setdefault(src.value, set()).add(tgt.value)
    ahead = set()
    for start in DISCLOSURE.states:
        seen, todo = set(), list(nexts.get(start.value, ()))
        while todo:
            s = todo.pop()
            if s not in seen:
                seen.add(s)
                todo += nexts.get(s, ())
        if seen & POSTING:
            ahead.add(start.value)
    return frozenset(ahead)


#: Disclosure statuses in which a roster notice can still take records (草稿 to 已审, and a posted notice that may
#: be posted again); an expired-without-objection, archived or withdrawn notice has no posting left.
TAKES_RECORDS: frozenset[str] = _posting_ahead()


def takes_records(doc: Mapping[str, Any]) -> bool:
    """Whether service records may be linked to this disclosure (a roster notice with a posting still ahead)."""
    return bool(doc.get("contains_personal_data")) and doc.get("status") in TAKES_RECORDS


def posted(status: str | None) -> bool:
    """Whether a disclosure in `status` has been posted, so its printed roster is frozen in a version."""
    return status not in NOT_YET_POSTED
