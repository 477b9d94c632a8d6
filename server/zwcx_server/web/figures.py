"""Indicators of each township for a period, computed by the desktop's domain code (domain/indicators.py,
domain/payment_indicators.py, domain/credit_indicators.py, domain/supervision_scores.py) from the current documents
the server holds, as zwcx_desktop/store/facts.py, creditfacts.py and supervision_stats.py feed it from the desktop's
store.

Person-level 失信 records count, as on the desktop, for the administrator only: the figures hold the credit
indicators without them (`credit`, what every role and the evaluation read) and, for the administrator alone,
with them (`credit_persons`).

A township's figures only change when a push moves its `last_seq` (and its version-set digest), so they are
cached per process under (township, its state, period, today); a page of the whole city recomputes only the
townships that changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from zwcx_core.domain.credit_indicators import CreditIndicators, credit_indicators
from zwcx_core.domain.credit_rules import is_person_level
from zwcx_core.domain.enums import (
    CommitmentStatus,
    DisclosureStatus,
    DishonestyType,
    ObjectionStatus,
    Satisfaction,
    Severity,
    SupervisionStatus,
)
from zwcx_core.domain.indicators import (
    CommitmentFact,
    DisclosureFact,
    Indicators,
    ObjectionFact,
    compute_by_unit,
    compute_indicators,
)
from zwcx_core.domain.masking import find_unmasked
from zwcx_core.domain.payment_indicators import ContractIndicators, contract_indicators_by_unit
from zwcx_core.domain.supervision_scores import SupervisionScores, supervision_scores
from zwcx_server.db import ServerDB
from zwcx_server.web import data
from zwcx_server.web.data import TownshipRow
from zwcx_server.web.documents import documents
from zwcx_server.web.lru import Cache as _Cache

_AFTER_PERIOD = {DisclosureStatus.EXPIRED_NO_OBJECTION, DisclosureStatus.EXPIRED_WITH_OBJECTION,
                 DisclosureStatus.ARCHIVED}


def _date(v: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(v) if isinstance(v, str) and v else None
    except ValueError:
        return None


def _unit(doc: dict) -> str:
    u = doc.get("unit_id")
    return u if isinstance(u, str) else ""


def commitment_fact(doc: dict, _today: dt.date) -> CommitmentFact:
    return CommitmentFact(_unit(doc), CommitmentStatus(doc.get("status")), _date(doc.get("due_date")),
                          _date(doc.get("fulfilled_date")))


def disclosure_fact(doc: dict, today: dt.date) -> DisclosureFact:
    # As the desktop does (store/facts.py): a full period is one that has ended by today in a status after it.
    status, end = DisclosureStatus(doc.get("status")), _date(doc.get("period_end"))
    text = f"{doc.get('title') or ''}\n{doc.get('body') or ''}"
    return DisclosureFact(_unit(doc), status, _date(doc.get("formed_date")), _date(doc.get("publish_date")),
                          _date(doc.get("deadline")), bool(doc.get("posting_evidence")),
                          status in _AFTER_PERIOD and end is not None and end <= today, bool(find_unmasked(text)))


def objection_fact(doc: dict, _today: dt.date) -> ObjectionFact | None:
    received = _date(doc.get("received_date"))
    if received is None:
        return None
    return ObjectionFact(_unit(doc), ObjectionStatus(doc.get("status")), received, _date(doc.get("due_date")),
                         _date(doc.get("closed_date")))


def _iso(v: Any) -> str | None:
    d = _date(v)
    return d.isoformat() if d else None


def dishonesty_fact(doc: dict, _today: dt.date) -> dict:
    """What domain/credit_indicators reads of a dishonesty document, its dates checked (an unreadable one is
    absent) and `person` set for a person-level record. ValueError for a type or severity this server does not
    know."""
    DishonestyType(doc.get("dishonesty_type"))
    if doc.get("severity"):
        Severity(doc["severity"])
    return {"unit_id": _unit(doc), "person": is_person_level(doc), "dishonesty_type": doc["dishonesty_type"],
            "severity": doc.get("severity") or None, "status": doc.get("status"),
            "repair_status": doc.get("repair_status"), "created": _iso(doc.get("created")),
            **{k: _iso(doc.get(k)) for k in ("decision_date", "rectify_deadline", "repair_applied_date")}}


#: A reply closes the handling (办结), as on the desktop (store/supervision_stats.py).
_ANSWERED = frozenset({SupervisionStatus.REPLIED.value, SupervisionStatus.CLOSED.value})


def supervision_case(doc: dict, _today: dt.date) -> dict | None:
    """A supervision document as domain/supervision_scores reads a case, with its unit and received day; None
    for a case returned as misassigned (not the township's to answer) or without a received day. ValueError for
    a satisfaction or status this server does not know."""
    # A document without a status (written before the desktop computed one) is an open case.
    received, status = _date(doc.get("received_date")), SupervisionStatus(doc.get("status") or "received")
    if received is None or status is SupervisionStatus.RETURNED:
        return None
    sat = doc.get("satisfaction")
    reply = _date(doc.get("reply_date"))
    return {"unit_id": _unit(doc), "received": received, "deadline": _date(doc.get("due_date")),
            "reply_date": reply, "closed_date": reply if status.value in _ANSWERED else None,
            "satisfaction": Satisfaction.parse(sat).value if sat else None}


#: The kinds whose documents become facts, and how. A new kind with indicators adds its feeder here.
FEEDERS: dict[str, Callable[[dict, dt.date], Any]] = {
    "commitment": commitment_fact, "disclosure": disclosure_fact, "objection": objection_fact,
    "dishonesty": dishonesty_fact, "supervision": supervision_case}
#: Kinds whose documents the domain code reads as they are.
AS_DOCUMENTS = ("contract", "lawsuit")


@dataclass(frozen=True)
class Counts:
    """The indicators of a township, or of one of its units, for one period: what COLUMNS read."""

    general: Indicators
    contracts: ContractIndicators
    #: 失信 indicators over unit-level records: what every role and the evaluation count.
    credit: CreditIndicators
    supervision: SupervisionScores
    #: The same with person-level records, for the administrator only (None for every other viewer).
    credit_persons: CreditIndicators | None = None

    @property
    def seen_credit(self) -> CreditIndicators:
        """The 失信 indicators as this viewer may count them (the desktop's rule: person-level for the admin)."""
        return self.credit if self.credit_persons is None else self.credit_persons


@dataclass(frozen=True)
class Figures(Counts):
    """A township's indicators for one period."""

    township: TownshipRow = field(kw_only=True)


def severity_count(credit: CreditIndicators, severity: Severity) -> int:
    """Records of one severity decided (or, undecided, entered) in the period."""
    return credit.by_severity.get(severity.zh, 0)


@dataclass(frozen=True)
class Column:
    """One indicator column of the cross-township table: how it is read from Figures and shown."""

    key: str
    zh: str
    form: str  # rate, money or count
    get: Callable[[Counts], Any]

    def text(self, f: Counts) -> str:
        return self.show(self.get(f))

    def show(self, v: Any) -> str:
        """A value of this column as text: 87.5% (— when nothing was due), 1,500.00, 3."""
        if self.form == "rate":
            return v.percent_text
        if self.form == "money":
            return f"{v:,.2f}"
        return str(v)

    def detail(self, f: Counts) -> str:
        v = self.get(f)
        return f"{v.numerator}/{v.denominator}" if self.form == "rate" else ""

    def sort_value(self, f: Counts) -> float | None:
        v = self.get(f)
        if self.form == "rate":
            return v.value
        return float(v)

    def cell(self, f: Counts) -> Any:
        """The value for a spreadsheet: a fraction for a rate (None when nothing was due), else the number."""
        v = self.get(f)
        if self.form == "rate":
            return v.value
        return float(v) if isinstance(v, Decimal) else v


COLUMNS: tuple[Column, ...] = (
    Column("keeping", "践诺率", "rate", lambda f: f.general.keeping),
    Column("timely_disclosure", "公开及时率", "rate", lambda f: f.general.timely_disclosure),
    Column("notice_compliance", "公示合规率", "rate", lambda f: f.general.notice_compliance),
    Column("objections_on_time", "异议按期办结率", "rate", lambda f: f.general.objections_on_time),
    Column("paid_on_time", "按期支付率", "rate", lambda f: f.contracts.on_time),
    Column("overdue_amount", "逾期未付金额(元)", "money", lambda f: f.contracts.overdue_amount),
    Column("overdue_contracts", "逾期合同数", "count", lambda f: f.contracts.overdue_contracts),
    Column("judgments_unperformed", "判决未履行", "count", lambda f: f.contracts.judgments_unperformed),
    Column("dishonesty_serious", "严重失信", "count", lambda f: severity_count(f.seen_credit, Severity.SERIOUS)),
    Column("dishonesty_general", "一般失信", "count", lambda f: severity_count(f.seen_credit, Severity.GENERAL)),
    Column("dishonesty_minor", "轻微失信", "count", lambda f: severity_count(f.seen_credit, Severity.MINOR)),
    Column("rectified", "失信整改完成率", "rate", lambda f: f.seen_credit.rectified),
    Column("supervision_on_time", "监督按期办结率", "rate", lambda f: f.supervision.on_time),
    Column("supervision_replied", "监督回复率", "rate", lambda f: f.supervision.replied),
    Column("supervision_satisfied", "监督满意率", "rate", lambda f: f.supervision.satisfied),
)
COLUMN_KEYS = {c.key: c for c in COLUMNS}


def _facts(kind: str, docs: Iterable[tuple[str, dict]], today: dt.date) -> list[Any]:
    feed, out = FEEDERS[kind], []
    for _rid, doc in docs:
        try:
            fact = feed(doc, today)
        except ValueError:
            continue  # a status this server's rules do not know (a newer desktop's): not counted, not a crash
        if fact is not None:
            out.append(fact)
    return out


def _credit_objections(docs: Iterable[tuple[str, dict]]) -> list[dict]:
    """The objection documents as domain/credit_indicators reads them (it counts only 信用信息异议 about a
    dishonesty record), their dates checked."""
    return [{"objection_type": d.get("objection_type"), "target_kind": d.get("target_kind"),
             "due_date": _iso(d.get("due_date")), "replied_date": _iso(d.get("replied_date"))} for _, d in docs]


def _credit(records: list[dict], objections: list[dict], start: dt.date, end: dt.date,
            today: dt.date) -> CreditIndicators:
    # As the desktop (store/creditfacts.py): what is still open counts once its deadline has passed by today.
    return credit_indicators(records, objections, start, end, as_of=min(end, today))


def _supervision(cases: list[dict], start: dt.date, end: dt.date, today: dt.date) -> SupervisionScores:
    # As the desktop (store/supervision_stats.py): the cases received in the period, scored as of today.
    return supervision_scores([c for c in cases if start <= c["received"] <= end], today)


@dataclass(frozen=True)
class _Facts:
    """A township's facts, read once and reused for every period asked (the trend asks for several)."""

    commitments: list
    disclosures: list
    objections: list
    contracts: list[dict]
    lawsuits: list[dict]
    dishonesty: list[dict]
    credit_objections: list[dict]
    supervision: list[dict]


def _facts_of(docs: dict[str, list[tuple[str, dict]]], today: dt.date) -> _Facts:
    return _Facts(_facts("commitment", docs.get("commitment", []), today),
                  _facts("disclosure", docs.get("disclosure", []), today),
                  _facts("objection", docs.get("objection", []), today),
                  [d for _, d in docs.get("contract", [])], [d for _, d in docs.get("lawsuit", [])],
                  _facts("dishonesty", docs.get("dishonesty", []), today),
                  _credit_objections(docs.get("objection", [])),
                  _facts("supervision", docs.get("supervision", []), today))


def _compute(f: _Facts, start: dt.date, end: dt.date, today: dt.date) -> tuple:
    general = compute_indicators(f.commitments, f.disclosures, f.objections, start, end, today=today)
    contracts = contract_indicators_by_unit(f.contracts, f.lawsuits, start, end)[0]
    units = [r for r in f.dishonesty if not r["person"]]
    credit = _credit(units, f.credit_objections, start, end, today)
    # Computed only when a person-level record exists; else the admin's figures are the same object.
    credit_all = _credit(f.dishonesty, f.credit_objections, start, end, today) if len(units) < len(
        f.dishonesty) else credit
    return general, contracts, credit, _supervision(f.supervision, start, end, today), credit_all


@dataclass(frozen=True)
class UnitFigures(Counts):
    """One unit's indicators (name "全乡镇" for the township as a whole)."""

    name: str = field(kw_only=True)


def by_unit(db: ServerDB, t: TownshipRow, start: dt.date, end: dt.date, today: dt.date,
            persons: bool = False) -> list[UnitFigures]:
    """The township's indicators as a whole, then per unit (by name), over [start, end]; person-level 失信
    records counted only with `persons` (the administrator)."""
    docs = documents(db, t, ("unit", *FEEDERS, *AS_DOCUMENTS))
    names = data.unit_names(docs["unit"])
    facts = _facts_of(docs, today)
    general = compute_by_unit(facts.commitments, facts.disclosures, facts.objections, start, end, today)
    contracts = contract_indicators_by_unit(facts.contracts, facts.lawsuits, start, end)
    records = facts.dishonesty if persons else [r for r in facts.dishonesty if not r["person"]]
    pay = {c.unit_id: c for c in contracts}
    units = {g.unit_id: g for g in general[1:]}
    credit_units = {r["unit_id"] for r in records} - {""}
    cases_units = {c["unit_id"] for c in facts.supervision if start <= c["received"] <= end} - {""}

    def unit_figures(name: str, unit: str | None, g: Indicators, c: ContractIndicators) -> UnitFigures:
        mine = records if unit is None else [r for r in records if r["unit_id"] == unit]
        cases = facts.supervision if unit is None else [x for x in facts.supervision if x["unit_id"] == unit]
        # A credit objection is about a record, not a unit: it counts for the township as a whole only.
        credit = _credit(mine, facts.credit_objections if unit is None else [], start, end, today)
        return UnitFigures(g, c, credit, _supervision(cases, start, end, today), name=name)

    out = [unit_figures("全乡镇", None, general[0], contracts[0])]
    for unit in sorted({*units, *(u for u in pay if u is not None), *credit_units, *cases_units},
                       key=lambda u: (names.get(u, "～"), u)):
        g = units.get(unit) or compute_indicators([], [], [], start, end, unit, today)
        c = pay.get(unit) or ContractIndicators(unit, start, end)
        out.append(unit_figures(names.get(unit, "（未知单位）"), unit, g, c))
    return out


#: Figures per (township, state, period, today). Room for 8 quarters, the table's period and an evaluation's of
#: some 800 townships: the trend alone asks for 8 per township.
CACHE = _Cache(8192)


def _figures(t: TownshipRow, hit: tuple, persons: bool) -> Figures:
    general, contracts, credit, supervision, credit_all = hit
    return Figures(general, contracts, credit, supervision, credit_all if persons else None, township=t)


def periods_figures(db: ServerDB, t: TownshipRow, periods: list[tuple[dt.date, dt.date]], today: dt.date,
                    persons: bool = False) -> list[Figures]:
    """A township's figures for each of `periods`, from the cache where its data has not changed; the documents
    are read once for all the periods that are not cached. Person-level 失信 records in `credit_persons` only
    with `persons` (the administrator)."""
    keys = [(db.url, t.id, t.state, start, end, today) for start, end in periods]
    hits = [CACHE.get(k) for k in keys]
    if any(h is None for h in hits):
        facts = _facts_of(documents(db, t, (*FEEDERS, *AS_DOCUMENTS)), today)
        for i, ((start, end), key) in enumerate(zip(periods, keys, strict=True)):
            if hits[i] is None:
                hits[i] = _compute(facts, start, end, today)
                CACHE.put(key, hits[i])
    return [_figures(t, h, persons) for h in hits]


def figures(db: ServerDB, t: TownshipRow, start: dt.date, end: dt.date, today: dt.date,
            persons: bool = False) -> Figures:
    """A township's figures for [start, end], from the cache when its data has not changed."""
    return periods_figures(db, t, [(start, end)], today, persons)[0]


def table(db: ServerDB, ts: list[TownshipRow], start: dt.date, end: dt.date, today: dt.date,
          sort: str | None = None, descending: bool = False, persons: bool = False) -> list[Figures]:
    """Figures of the townships `ts`, sorted by the column `sort` (rows without a value last) or by district
    and name."""
    rows = [figures(db, t, start, end, today, persons) for t in ts]
    col = COLUMN_KEYS.get(sort or "")
    if col is None:
        return rows
    with_value = [r for r in rows if col.sort_value(r) is not None]
    without = [r for r in rows if col.sort_value(r) is None]
    with_value.sort(key=col.sort_value, reverse=descending)
    return with_value + without
