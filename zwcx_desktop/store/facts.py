"""Read the facts the indicators need from the store (the arithmetic itself is in domain/indicators.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from zwcx_core.domain.enums import CommitmentStatus, DisclosureStatus, ObjectionStatus
from zwcx_core.domain.indicators import (
    CommitmentFact,
    DisclosureFact,
    Indicators,
    ObjectionFact,
    compute_by_unit,
)
from zwcx_core.domain.masking import find_unmasked
from zwcx_desktop.store.models import Commitment, Disclosure, Objection

_AFTER_PERIOD = {DisclosureStatus.EXPIRED_NO_OBJECTION, DisclosureStatus.EXPIRED_WITH_OBJECTION,
                 DisclosureStatus.ARCHIVED}


def indicators(s: Session, start: dt.date, end: dt.date, today: dt.date | None = None) -> list[Indicators]:
    """Indicators for the period, overall first and then per unit."""
    today = today or dt.date.today()
    cs = [CommitmentFact(u, CommitmentStatus(st), due, ful) for u, st, due, ful in s.execute(
        select(Commitment.unit_id, Commitment.status, Commitment.due_date, Commitment.fulfilled_date)
        .where(Commitment.deleted.is_(False)))]
    ds = []
    for u, st, formed, pub, deadline, ev, pend, title, body in s.execute(
            select(Disclosure.unit_id, Disclosure.status, Disclosure.formed_date, Disclosure.publish_date,
                   Disclosure.deadline, Disclosure.posting_evidence, Disclosure.period_end, Disclosure.title,
                   Disclosure.body).where(Disclosure.deleted.is_(False))):
        status = DisclosureStatus(st)
        ran_full = status in _AFTER_PERIOD and pend is not None and pend <= today
        ds.append(DisclosureFact(u, status, formed, pub, deadline, bool(ev), ran_full,
                                 bool(find_unmasked(f"{title}\n{body}"))))
    os_ = [ObjectionFact(u, ObjectionStatus(st), rec, due, closed) for u, st, rec, due, closed in s.execute(
        select(Objection.unit_id, Objection.status, Objection.received_date, Objection.due_date,
               Objection.closed_date).where(Objection.deleted.is_(False)))]
    return compute_by_unit(cs, ds, os_, start, end, today)


# ------------------------------------------------------------------------------------- contracts and lawsuits (#16)

def contract_docs(s: Session, where: str = "", params: dict | None = None, tail: str = "") -> list[dict]:
    """Current documents of the contracts not deleted, each with its record id under "id" (what payment_warnings
    reads), filtered by an SQL condition on the `contracts` table aliased `c` and its version `v`; `tail` may
    order and limit them.

    One joined query and json.loads per document: the clocks need the events, which live in the document only."""
    import json

    from sqlalchemy import text

    sql = ("SELECT c.id, v.doc FROM contracts c JOIN record_versions v ON v.version_id = c.version_id "
           "WHERE c.deleted = 0" + (f" AND ({where})" if where else "") + (f" {tail}" if tail else ""))
    out = []
    loads = json.loads
    for rid, doc in s.execute(text(sql), params or {}):
        d = loads(doc)
        d["id"] = rid
        out.append(d)
    return out


def lawsuit_docs(s: Session, where: str = "", params: dict | None = None) -> list[dict]:
    """The lawsuits not deleted as the documents payment_warnings and payment_indicators read, built from the
    table's columns (every field those clocks use has one), so no JSON is read. `where` is an SQL condition on
    the `lawsuits` table aliased `l`."""
    from sqlalchemy import text

    from zwcx_desktop.store.rows import from_fen

    sql = ("SELECT l.id, l.unit_id, l.case_no, l.status, l.filed_date, l.judgment_date, l.perform_deadline, "
           "l.performed_date, l.amount_fen, l.performed_amount_fen FROM lawsuits l WHERE l.deleted = 0"
           + (f" AND ({where})" if where else ""))
    return [{"id": rid, "unit_id": unit, "case_no": case_no, "status": status, "filed_date": _iso(filed),
             "judgment_date": _iso(judged), "perform_deadline": _iso(deadline), "performed_date": _iso(performed),
             "amount": from_fen(amount), "performed_amount": from_fen(done)}
            for rid, unit, case_no, status, filed, judged, deadline, performed, amount, done
            in s.execute(text(sql), params or {})]


def _iso(v) -> str | None:
    """A date column as ISO text (SQLite hands raw SQL dates back as text already)."""
    return None if v is None else v if isinstance(v, str) else v.isoformat()


def clock_docs(s: Session, where: str = "", params: dict | None = None) -> list[dict]:
    """The contracts (not deleted, filtered by an SQL condition on `contracts c`) as the payment clocks read them,
    from their columns and the compact `clock_facts` kept at every write: no document is read. Indicators only:
    these have no ids, titles, deposits or 确权 events, which the warnings need (contract_docs)."""
    import json

    from sqlalchemy import text

    from zwcx_core.domain.payments import from_clock_facts

    cond = " AND (" + where + ")" if where else ""
    # One statement for the whole set; the facts of versions not yet parsed are decoded in one json.loads call
    # (20,000 separate calls cost more than the decoding itself).
    rows = s.execute(text("SELECT c.version_id, c.unit_id, c.status, c.sme_declared, c.payment_basis, c.amount_fen, "
                          "c.clock_facts FROM contracts c WHERE c.deleted = 0" + cond), params or {}).all()
    versions = [r[0] for r in rows]
    todo = [r for r in rows if r[0] not in _clock_cache]
    if todo:
        parsed = json.loads("[" + ",".join(r[6] for r in todo) + "]")
        for (vid, unit, status, sme, basis, fen, _facts), got in zip(todo, parsed, strict=True):
            _clock_cache[vid] = from_clock_facts(
                got, unit_id=unit, status=status, sme_declared=bool(sme), payment_basis=basis,
                amount=None if fen is None else f"{fen // 100}.{fen % 100:02d}")
    if len(_clock_cache) > 2 * len(versions) + 1000:  # old versions and other stores' contracts: let them go
        kept = {v: _clock_cache[v] for v in versions}
        _clock_cache.clear()
        _clock_cache.update(kept)
    return [_clock_cache[v] for v in versions]


# Parsed clock facts by version id. A version never changes, so a copy is never stale; 统计分析 counts again after
# every save, when one version at most is new, and then parses only that one.
_clock_cache: dict[str, dict] = {}


def contract_indicators(s: Session, start: dt.date, end: dt.date, today: dt.date | None = None) -> list:
    """Contract and lawsuit indicators for the period (payment_indicators.ContractIndicators), overall first and
    then per unit. The period ends today at the latest: money due later is not overdue yet, whatever period was
    chosen (a period wholly to come gives one empty row). Drafts and contracts signed after the period are not
    read: nothing of them can fall due in it."""
    from zwcx_core.domain.payment_indicators import ContractIndicators, contract_indicators_by_unit

    end = min(end, today or dt.date.today())
    if start > end:
        return [ContractIndicators(None, start, start)]
    contracts = clock_docs(s, "c.status != 'draft' AND c.signed_date <= :end", {"end": end.isoformat()})
    lawsuits = lawsuit_docs(s, "l.filed_date <= :end", {"end": end.isoformat()})
    return contract_indicators_by_unit(contracts, lawsuits, start, end)
