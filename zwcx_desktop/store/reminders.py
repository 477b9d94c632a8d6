"""What needs a clerk's attention today (the 工作台), read from the store with the rules of domain/deadlines."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from zwcx_core.domain import deadlines as D
from zwcx_desktop.store import settings
from zwcx_desktop.store.models import Commitment, Contract, Disclosure, Objection, ServiceRecord

Reminder = tuple[str, str, str, str]  # kind, record id, title, date (ISO)


class DueReminder(NamedTuple):
    """A payment, deposit, 确权 answer or judgment due (payment_warnings.DueWarning) with its record's title; the
    first four fields read like a Reminder."""

    kind: str  # "contract" or "lawsuit"
    record_id: str
    title: str
    date: str  # the due date (ISO)
    level: int  # payment_warnings.DUE_SOON, DUE_TODAY or OVERDUE
    what: str  # "payment", "deposit", "confirm" or "judgment"
    amount: Decimal | None
    days_left: int  # negative: days overdue


def reminders(s: Session, today: dt.date, limit: int = 100) -> dict[str, list[Reminder]]:
    """Overdue commitments, notices whose period ends soon, objections near or past their due date, and records
    waiting for review, contract payments and judgments due (three levels); each group capped at `limit`, most
    urgent first."""
    out: dict[str, list[Reminder]] = {}
    out["overdue"] = [("commitment", i, t, d.isoformat()) for i, t, d in s.execute(
        select(Commitment.id, Commitment.title, Commitment.due_date)
        .where(Commitment.deleted.is_(False), Commitment.status.in_(D.OPEN_COMMITMENT_STATES),
               Commitment.due_date < today).order_by(Commitment.due_date).limit(limit))]
    out["ending"] = [("disclosure", i, t, d.isoformat()) for i, t, d in s.execute(
        select(Disclosure.id, Disclosure.title, Disclosure.period_end)
        .where(Disclosure.deleted.is_(False), Disclosure.status.in_(D.RUNNING_NOTICE_STATES),
               Disclosure.period_end >= today,
               Disclosure.period_end <= today + dt.timedelta(days=D.NOTICE_ENDING_DAYS))
        .order_by(Disclosure.period_end).limit(limit))]
    out["objections"] = [("objection", i, t, d.isoformat()) for i, t, d in s.execute(
        select(Objection.id, Objection.content, Objection.due_date)
        .where(Objection.deleted.is_(False), Objection.status.in_(D.OPEN_OBJECTION_STATES),
               Objection.due_date <= today + dt.timedelta(days=D.OBJECTION_WARNING_DAYS))
        .order_by(Objection.due_date).limit(limit))]
    review: list[Reminder] = []
    for kind, m, title in (("commitment", Commitment, Commitment.title), ("disclosure", Disclosure, Disclosure.title),
                           ("service", ServiceRecord, ServiceRecord.beneficiary_name),
                           ("objection", Objection, Objection.content), ("contract", Contract, Contract.title)):
        review += [(kind, i, t, u.date().isoformat()) for i, t, u in s.execute(
            select(m.id, title, m.updated_at).where(m.deleted.is_(False), m.status == D.AWAITING_REVIEW[kind])
            .order_by(m.updated_at).limit(limit // len(D.AWAITING_REVIEW)))]
    out["review"] = review
    out["payments"], out["judgments"] = payment_reminders(s, today, limit)
    from zwcx_desktop.store.supervision_due import supervision_reminders

    out |= supervision_reminders(s, today, limit)
    return out


def payment_reminders(s: Session, today: dt.date, limit: int = 100) -> tuple[list[DueReminder], list[DueReminder]]:
    """What contracts and judged lawsuits have due within 7 days, today or overdue, most urgent first, at most
    `limit` of each.

    Only the contracts that can have one of the first `limit` warnings are read in full, picked by their columns:
    the `limit` earliest next due dates within the 7 days (a contract's payments fall due no earlier than its next
    due date, so these hold the `limit` most urgent payments), and the contracts with a deposit due back within the
    7 days and not returned, or a 确权 request to answer by then (these have no column: SQLite looks into the
    documents that have the words at all, see _watched_versions). The warnings themselves are payment_warnings'."""
    from zwcx_core.domain import payment_warnings as W
    from zwcx_desktop.store.facts import contract_docs, lawsuit_docs

    soon = today + dt.timedelta(days=W.SOON_DAYS)
    p = {"soon": soon.isoformat(), "asked": (soon - dt.timedelta(days=W.CONFIRM_DAYS)).isoformat(), "limit": limit}
    docs = {d["id"]: d for d in contract_docs(s, "c.status != 'draft' AND c.next_due_date <= :soon", p,
                                              "ORDER BY c.next_due_date, c.id LIMIT :limit")}
    watched = json.dumps(_watched_versions(s))
    docs |= {d["id"]: d for d in contract_docs(s, """c.version_id IN (SELECT value FROM json_each(:watched)) AND (
        EXISTS (SELECT 1 FROM json_each(v.doc, '$.deposits') d WHERE d.value ->> '$.due_back' <= :soon AND NOT EXISTS (
                SELECT 1 FROM json_each(v.doc, '$.events') r WHERE r.value ->> '$.type' = 'deposit_return'
                AND r.value ->> '$.deposit_id' = d.value ->> '$.id'))
        OR EXISTS (SELECT 1 FROM json_each(v.doc, '$.events') e
                   WHERE e.value ->> '$.type' = 'confirm_request' AND e.value ->> '$.date' <= :asked))""",
                                               p | {"watched": watched})}
    contracts = list(docs.values())
    lawsuits = lawsuit_docs(s, "l.status = 'judged' AND l.performed_date IS NULL AND l.perform_deadline <= :soon",
                            p)
    titles = {d["id"]: d.get("title") or "" for d in contracts} | {d["id"]: d["case_no"] for d in lawsuits}
    out: dict[str, list[DueReminder]] = {"contract": [], "lawsuit": []}
    # Art. 18: the yearly announcement of overdue SME payments, from 1 March until it is published (first line:
    # it is the office's own duty, and not announcing is itself punished, art. 31).
    first = s.execute(text("SELECT min(signed_date) FROM contracts WHERE deleted = 0 AND sme_declared = 1 "
                           "AND status != 'draft'")).scalar()
    if first is not None:
        since = int(str(first)[:4])
        for w in W.disclosure_warnings(today, published_years(s), since):
            year = w.due.year - 1
            out["contract"].append(DueReminder(ANNUAL, str(year), w.label, w.due.isoformat(), w.level, "publish",
                                               None, w.days_left))
    for w in W.warnings(today, contracts, lawsuits):
        kind = "lawsuit" if w.kind == "judgment" else "contract"
        if w.record_id is not None and len(out[kind]) < limit:
            out[kind].append(DueReminder(kind, w.record_id, titles[w.record_id], w.due.isoformat(), w.level, w.kind,
                                         w.amount, w.days_left))
    return out["contract"], out["lawsuit"]


#: The kind of a 工作台 line that is no record: the yearly arrears announcement (record_id holds the year).
ANNUAL = "annual_arrears"
#: Setting: the years whose announcement the office has published (JSON list), set by `zwcx notice annual-arrears
#: --published` or the 工作台's line.
K_ANNUAL_PUBLISHED = "annual_arrears_published"


def published_years(s: Session) -> set[int]:
    """The years whose art. 18 announcement this office has marked published."""
    try:
        return {int(y) for y in json.loads(settings.get(s, K_ANNUAL_PUBLISHED) or "[]")}
    except (ValueError, TypeError):
        return set()


def mark_published(app, year: int) -> None:
    """Record that the announcement of `year` is published (its reminder stops)."""
    with app.db.write() as s:  # read and written under one lock: two years marked at once both stay
        settings.put(s, K_ANNUAL_PUBLISHED, json.dumps(sorted(published_years(s) | {year})))


# Whether a contract version holds deposits or 确权 requests at all, by version id. A version never changes; reading
# every document's text for the words is most of the reminders' time, and the 工作台 reads them after every save.
_watch_cache: dict[str, bool] = {}


def _watched_versions(s: Session) -> list[str]:
    """The current versions of signed contracts with deposits or 确权 requests (the canonical JSON's words)."""
    versions = [v for (v,) in s.execute(text("SELECT version_id FROM contracts "
                                             "WHERE deleted = 0 AND status != 'draft'"))]
    missing = [v for v in versions if v not in _watch_cache]
    for i in range(0, len(missing), 5000):
        found = s.execute(text("""SELECT version_id, instr(doc, '"deposits":[{') > 0
                                         OR instr(doc, '"confirm_request"') > 0
                                  FROM record_versions WHERE version_id IN (SELECT value FROM json_each(:v))"""),
                          {"v": json.dumps(missing[i : i + 5000])})
        _watch_cache.update((vid, bool(flag)) for vid, flag in found)
    if len(_watch_cache) > 2 * len(versions) + 1000:  # old versions and other stores' documents: let them go
        kept = {v: _watch_cache.get(v, False) for v in versions}
        _watch_cache.clear()
        _watch_cache.update(kept)
    return [v for v in versions if _watch_cache.get(v)]
