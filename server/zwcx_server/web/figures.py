"""Indicators of each township for a period, computed by the desktop's domain code (domain/indicators.py and
domain/payment_indicators.py) from the current documents the server holds, as zwcx_desktop/store/facts.py feeds it
from the desktop's store.

A township's figures only change when a push moves its `last_seq` (and its version-set digest), so they are
cached per process under (township, its state, period, today); a page of the whole city recomputes only the
townships that changed.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from zwcx_core.domain.enums import CommitmentStatus, DisclosureStatus, ObjectionStatus
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
from zwcx_server.db import ServerDB
from zwcx_server.web import data
from zwcx_server.web.data import TownshipRow

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


#: The kinds whose documents become facts, and how. A new kind with indicators adds its feeder here.
FEEDERS: dict[str, Callable[[dict, dt.date], Any]] = {
    "commitment": commitment_fact, "disclosure": disclosure_fact, "objection": objection_fact}
#: Kinds whose documents the domain code reads as they are.
AS_DOCUMENTS = ("contract", "lawsuit")


@dataclass(frozen=True)
class Figures:
    """A township's indicators for one period."""

    township: TownshipRow
    general: Indicators
    contracts: ContractIndicators


@dataclass(frozen=True)
class Column:
    """One indicator column of the cross-township table: how it is read from Figures and shown."""

    key: str
    zh: str
    form: str  # rate, money or count
    get: Callable[[Figures], Any]

    def text(self, f: Figures) -> str:
        v = self.get(f)
        if self.form == "rate":
            return v.percent_text
        if self.form == "money":
            return f"{v:,.2f}"
        return str(v)

    def detail(self, f: Figures) -> str:
        v = self.get(f)
        return f"{v.numerator}/{v.denominator}" if self.form == "rate" else ""

    def sort_value(self, f: Figures) -> float | None:
        v = self.get(f)
        if self.form == "rate":
            return v.value
        return float(v)

    def cell(self, f: Figures) -> Any:
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


def compute(docs: dict[str, list[tuple[str, dict]]], start: dt.date, end: dt.date,
            today: dt.date) -> tuple[Indicators, ContractIndicators]:
    """The township-wide indicators over [start, end] from current documents per kind."""
    general = compute_indicators(_facts("commitment", docs.get("commitment", []), today),
                                 _facts("disclosure", docs.get("disclosure", []), today),
                                 _facts("objection", docs.get("objection", []), today), start, end)
    contracts = contract_indicators_by_unit([d for _, d in docs.get("contract", [])],
                                            [d for _, d in docs.get("lawsuit", [])], start, end)[0]
    return general, contracts


@dataclass(frozen=True)
class UnitFigures:
    """One unit's indicators (name "全乡镇" for the township as a whole); read by the same COLUMNS."""

    name: str
    general: Indicators
    contracts: ContractIndicators


def by_unit(db: ServerDB, t: TownshipRow, start: dt.date, end: dt.date, today: dt.date) -> list[UnitFigures]:
    """The township's indicators as a whole, then per unit (by name), over [start, end]."""
    docs = data.current_docs(db, t.id, ("unit", *FEEDERS, *AS_DOCUMENTS))
    names = data.unit_names(docs["unit"])
    general = compute_by_unit(_facts("commitment", docs["commitment"], today),
                              _facts("disclosure", docs["disclosure"], today),
                              _facts("objection", docs["objection"], today), start, end)
    contracts = contract_indicators_by_unit([d for _, d in docs["contract"]], [d for _, d in docs["lawsuit"]],
                                            start, end)
    pay = {c.unit_id: c for c in contracts}
    units = {g.unit_id: g for g in general[1:]}
    out = [UnitFigures("全乡镇", general[0], contracts[0])]
    for unit in sorted({*units, *(u for u in pay if u is not None)}, key=lambda u: (names.get(u, "～"), u)):
        g = units.get(unit) or compute_indicators([], [], [], start, end, unit)
        c = pay.get(unit) or ContractIndicators(unit, start, end)
        out.append(UnitFigures(names.get(unit, "（未知单位）"), g, c))
    return out


class _Cache:
    """Figures per (township, last_seq, start, end, today), at most `size` of them, least recent dropped first."""

    def __init__(self, size: int = 4096) -> None:
        self.size, self._d, self._lock = size, OrderedDict(), threading.Lock()

    def get(self, key: tuple) -> Any:
        with self._lock:
            v = self._d.get(key)
            if v is not None:
                self._d.move_to_end(key)
            return v

    def put(self, key: tuple, value: Any) -> None:
        with self._lock:
            self._d[key] = value
            while len(self._d) > self.size:
                self._d.popitem(last=False)


CACHE = _Cache()


def figures(db: ServerDB, t: TownshipRow, start: dt.date, end: dt.date, today: dt.date) -> Figures:
    """A township's figures for [start, end], from the cache when its data has not changed."""
    key = (db.url, t.id, t.state, start, end, today)
    hit = CACHE.get(key)
    if hit is None:
        docs = data.current_docs(db, t.id, (*FEEDERS, *AS_DOCUMENTS))
        hit = compute(docs, start, end, today)
        CACHE.put(key, hit)
    return Figures(t, *hit)


def table(db: ServerDB, ts: list[TownshipRow], start: dt.date, end: dt.date, today: dt.date,
          sort: str | None = None, descending: bool = False) -> list[Figures]:
    """Figures of the townships `ts`, sorted by the column `sort` (rows without a value last) or by district
    and name."""
    rows = [figures(db, t, start, end, today) for t in ts]
    col = COLUMN_KEYS.get(sort or "")
    if col is None:
        return rows
    with_value = [r for r in rows if col.sort_value(r) is not None]
    without = [r for r in rows if col.sort_value(r) is None]
    with_value.sort(key=col.sort_value, reverse=descending)
    return with_value + without
