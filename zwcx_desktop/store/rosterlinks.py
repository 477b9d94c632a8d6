"""Linking service records to a roster notice (名单公示) in batches: a whole imported roster at once.

A service record names its notice in `disclosure_id`; the notice prints the records that name it. Linking goes
through the store's one write path (`RecordStore.update_many`: one transaction, each record checked as an edit),
and the notice itself is not changed: a posted version keeps the list frozen in it (store/roster.py), and the next
posting (重新公示) takes the records linked since. Which notices take records is a domain rule
(domain/roster_rules.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from zwcx_core.domain import roster_rules
from zwcx_desktop.store.records import NotFound


class NotARosterNotice(ValueError):
    """The chosen disclosure does not take service records (no personal data, or no posting left)."""

    def __init__(self, status: str | None, roster: bool) -> None:
        self.status, self.roster = status, roster
        why = (f"it is {status} and will not be posted again" if roster
               else "it does not contain personal data, so it prints no roster")
        super().__init__(f"the chosen disclosure cannot take service records: {why}")


class NoticeAlreadyPosted(ValueError):
    """Some records of an unlink batch belong to a notice already posted: nothing was changed."""

    def __init__(self, record_ids: list[str], total: int) -> None:
        self.record_ids = record_ids
        super().__init__(f"{len(record_ids)} of the {total} records are on a roster notice that has been posted; "
                         f"a posted roster keeps its records, so nothing was changed")


@dataclass(frozen=True)
class LinkResult:
    """What a batch did: the records that changed, how many were already as asked, and whether the notice had been
    posted (then its printed roster is unchanged until it is posted again)."""

    changed: list[str]
    unchanged: int
    posted: bool = False


def notice_status(s: Session, disclosure_id: str) -> str:
    """The status of a disclosure that may take service records; raises NotFound or NotARosterNotice."""
    row = s.execute(text("SELECT status, contains_personal_data FROM disclosures WHERE id = :i AND deleted = 0"),
                    {"i": disclosure_id}).first()
    if row is None:
        raise NotFound(f"no disclosure with id {disclosure_id}")
    status, personal = row
    if not roster_rules.takes_records({"status": status, "contains_personal_data": bool(personal)}):
        raise NotARosterNotice(status, bool(personal))
    return status


def check_notice(app, disclosure_id: str) -> str:
    """`notice_status` in a read transaction of its own (an import checks its target before it writes)."""
    with app.db.read() as s:
        return notice_status(s, disclosure_id)


def link(app, record_ids: list[str], disclosure_id: str, actor, progress: Callable[[int, int], None] | None = None,
         check: Callable[[], None] | None = None) -> LinkResult:
    """Link the service records to the roster notice, all or nothing."""
    found: dict[str, str] = {}

    def vet(s: Session, current: list[tuple[str, Any, dict[str, Any]]]) -> None:
        _only_services(current)
        found["status"] = notice_status(s, disclosure_id)  # under the write lock: not withdrawn meanwhile

    changed = app.records.update_many(record_ids, {"disclosure_id": disclosure_id}, actor, progress=progress,
                                      check=check, vet=vet)
    return LinkResult(changed, len(set(record_ids)) - len(changed), roster_rules.posted(found.get("status")))


def unlink(app, record_ids: list[str], actor, progress: Callable[[int, int], None] | None = None,
           check: Callable[[], None] | None = None) -> LinkResult:
    """Take the service records off their roster notices, all or nothing; refused for any record whose notice has
    been posted (its paper names it: correcting that is a matter for the objection and re-posting)."""

    def vet(s: Session, current: list[tuple[str, Any, dict[str, Any]]]) -> None:
        _only_services(current)
        notices = sorted({doc["disclosure_id"] for _k, _r, doc in current if doc.get("disclosure_id")})
        status = dict(s.execute(text("SELECT id, status FROM disclosures WHERE id IN (SELECT value FROM "
                                     "json_each(:ids))"), {"ids": json.dumps(notices)}).all())
        stuck = [row.id for _k, row, doc in current
                 if status.get(doc.get("disclosure_id")) is not None
                 and roster_rules.posted(status[doc["disclosure_id"]])]
        if stuck:
            raise NoticeAlreadyPosted(stuck, len(current))

    changed = app.records.update_many(record_ids, {"disclosure_id": None}, actor, progress=progress, check=check,
                                      vet=vet)
    return LinkResult(changed, len(set(record_ids)) - len(changed))


def _only_services(current: list[tuple[str, Any, dict[str, Any]]]) -> None:
    if any(kind != "service" for kind, _r, _d in current):
        raise ValueError("only service records are linked to a roster notice")
