"""逾期事项: what is overdue today across the townships, computed from their current documents by the domain code
the desktop's 工作台 uses — commitments (deadlines.is_commitment_overdue), disclosures not published by their
deadline (as 公开及时率 counts them), objections not closed by their due date (deadlines.OPEN_OBJECTION_STATES),
contract payments, deposits and 确权 answers and judgments (payment_warnings, level OVERDUE), supervision cases
not answered by their deadline (the due date the township's clock presets set, derive.RECOUNTED_STATES), 政务失信
records still shown after their display period and repair applications past their decision limit
(credit_clocks.repair_deadlines).

A township's items change only with its data, so they are cached per (township, state, today) as its figures are;
of the townships not cached only the documents that can be overdue are read (`overdue_db`), in one statement. Texts pass the personal-data guard; an
objection is named by its type and dates only, a person-level 失信 record by no name at all, and such a record is
the city administrator's alone (`visible_to`).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from zwcx_core.domain import deadlines
from zwcx_core.domain.credit_clocks import repair_deadlines
from zwcx_core.domain.derive import RECOUNTED_STATES
from zwcx_core.domain.enums import (
    CommitmentStatus,
    ContractStatus,
    DisclosureStatus,
    ObjectionType,
    SubjectLevel,
)
from zwcx_core.domain.payment_warnings import OVERDUE, contract_warnings, lawsuit_warnings
from zwcx_server.db import ServerDB
from zwcx_server.web import overdue_db
from zwcx_server.web.data import TownshipRow
from zwcx_server.web.export import texts
from zwcx_server.web.figures import _Cache
from zwcx_server.web.public_pages import DISHONESTY_SHOWN, Guard, people
from zwcx_server.web.review import REPAIR_OPEN

#: The kinds listed, in the order of the filter, with their Chinese names.
KINDS: dict[str, str] = {"commitment": "承诺", "disclosure": "信息公开", "objection": "异议投诉", "contract": "合同付款",
                         "lawsuit": "判决履行", "supervision": "监督事项", "dishonesty": "政务失信"}
_WITHDRAWN = frozenset({DisclosureStatus.WITHDRAWN.value})
_CONTRACT_WHAT = {"payment": "付款逾期", "deposit": "保证金逾期未退", "confirm": "确权逾期未答复"}

CACHE = _Cache(1024)


@dataclass(frozen=True)
class Item:
    """One overdue thing of a township's record. `person`: a person-level 失信 record (the administrator's
    alone); `amount` in yuan where money is due."""

    kind: str
    record_id: str
    what: str
    unit: str
    title: str
    due: dt.date
    days: int
    amount: Decimal | None = None
    person: bool = False

    @property
    def kind_zh(self) -> str:
        return KINDS[self.kind]


@dataclass(frozen=True)
class Row:
    """An item with its township, as the page lists it."""

    township: TownshipRow
    item: Item


def _date(v: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(v) if isinstance(v, str) and v else None
    except ValueError:
        return None


@dataclass(frozen=True)
class _Found:
    """An overdue thing before its texts passed the guard: the title is the document's `field`, or `fixed`."""

    kind: str
    record_id: str
    doc: dict
    what: str
    due: dt.date
    field: str = ""
    fixed: str = ""
    amount: Decimal | None = None
    person: bool = False


def found(docs: dict[str, list[tuple[str, dict]]], today: dt.date) -> list[_Found]:
    """What of one township's current documents (per kind) is overdue on `today`, by the domain's rules."""
    out: list[_Found] = []

    def add(kind: str, rid: str, doc: dict, what: str, due: dt.date | None, **rest: Any) -> None:
        if due is not None and due < today:
            out.append(_Found(kind, rid, doc, what, due, **rest))

    for rid, doc in docs.get("commitment", []):
        try:
            status = CommitmentStatus(doc.get("status"))
        except ValueError:
            continue  # a status this server's rules do not know (a newer desktop's)
        due = _date(doc.get("due_date"))
        if deadlines.is_commitment_overdue(status, due, today):
            add("commitment", rid, doc, "逾期未兑现", due, field="title")
    for rid, doc in docs.get("disclosure", []):
        # As 公开及时率 counts it: published on or before the deadline, a withdrawn one not at all.
        if doc.get("status") not in _WITHDRAWN and not doc.get("publish_date"):
            add("disclosure", rid, doc, "逾期未公开", _date(doc.get("deadline")), field="title")
    for rid, doc in docs.get("objection", []):
        if doc.get("status") in deadlines.OPEN_OBJECTION_STATES:
            # Named by type and date only: its content and complainant are private.
            try:
                kind_zh = ObjectionType(doc.get("objection_type")).zh
            except ValueError:
                kind_zh = "异议"
            add("objection", rid, doc, "逾期未办结", _date(doc.get("due_date")),
                fixed=f"{kind_zh}（受理 {doc.get('received_date') or '—'}）")
    for rid, doc in docs.get("contract", []):
        if doc.get("status") == ContractStatus.DRAFT.value:
            continue  # as the 工作台: a contract not yet confirmed as signed owes nothing
        for w in contract_warnings(doc, today, rid):
            if w.level == OVERDUE:
                add("contract", rid, doc, f"{_CONTRACT_WHAT.get(w.kind, w.label)}（{w.label}）", w.due, field="title",
                    amount=w.amount)
    for rid, doc in docs.get("lawsuit", []):
        for w in lawsuit_warnings(doc, today, rid):
            if w.level == OVERDUE:
                add("lawsuit", rid, doc, "判决逾期未履行", w.due, field="case_no", amount=w.amount)
    for rid, doc in docs.get("supervision", []):
        if doc.get("status") in RECOUNTED_STATES["supervision"]:
            add("supervision", rid, doc, "逾期未办结", _date(doc.get("due_date")), field="title")
    for rid, doc in docs.get("dishonesty", []):
        person = doc.get("subject_level") != SubjectLevel.UNIT.value
        if doc.get("status") in DISHONESTY_SHOWN:
            add("dishonesty", rid, doc, "公示期满仍在公示", _date(doc.get("display_max_end")), field="title",
                person=person)
        applied = _date(doc.get("repair_applied_date"))
        if doc.get("repair_status") in REPAIR_OPEN and applied is not None:
            add("dishonesty", rid, doc, "信用修复申请逾期未决定", repair_deadlines(applied)["platform_by"].date,
                field="title", person=person)
    return out


def named(found_: list[_Found], docs: dict[str, list[tuple[str, dict]]], today: dt.date,
          also: Iterable[str] = ()) -> list[Item]:
    """The items of `found_` with their unit and title through the personal-data guard of the township whose
    documents are `docs` (every name its records hold privately is withheld, and the names `also`)."""
    guard = Guard(people(docs) | set(also))
    units = {rid: d["name"] for rid, d in docs.get("unit", []) if isinstance(d.get("name"), str)}
    out = []
    for f in found_:
        u = f.doc.get("unit_id")
        unit = guard.plain(units.get(u, "")) if isinstance(u, str) else ""
        title = guard.text(f.kind, f.doc, f.field) if f.field else f.fixed
        out.append(Item(f.kind, f.record_id, f.what, unit, title or "（无标题）", f.due, (today - f.due).days,
                        f.amount, f.person))
    return out


def items(docs: dict[str, list[tuple[str, dict]]], today: dt.date) -> list[Item]:
    """What of one township's current documents (per kind) is overdue on `today`, named through the guard."""
    return named(found(docs, today), docs, today)


def _compute(db: ServerDB, township_ids: list[int], today: dt.date) -> dict[int, list[Item]]:
    """The items of townships: the documents that can be overdue read in one statement, judged here; the names
    the guard withholds read only for the townships that have anything overdue."""
    loaded = overdue_db.candidates(db, township_ids, today)
    late = {tid: got for tid, docs in loaded.items() if (got := found(docs, today))}
    names = overdue_db.private_names(db, list(late))
    return {tid: named(late[tid], loaded[tid], today, names[tid]) if tid in late else [] for tid in township_ids}


def city(db: ServerDB, townships: Iterable[TownshipRow], today: dt.date) -> list[Row]:
    """The overdue items of `townships` on `today` (every one; `visible_to` filters for a role)."""
    ts = list(townships)
    found: dict[int, list[Item]] = {}
    missing = []
    for t in ts:
        hit = CACHE.get((db.url, t.id, t.state, today))
        if hit is None:
            missing.append(t)
        else:
            found[t.id] = hit
    # One statement for all of them: PostgreSQL joins the versions by scanning them, once per statement.
    got = _compute(db, [t.id for t in missing], today)
    for t in missing:
        found[t.id] = got[t.id]
        CACHE.put((db.url, t.id, t.state, today), got[t.id])
    return [Row(t, it) for t in ts for it in found[t.id]]


def visible_to(rows: Iterable[Row], admin: bool) -> list[Row]:
    """The rows a role may see: person-level 失信 records only for the city administrator."""
    return [r for r in rows if admin or not r.item.person]


#: The sort orders the page offers: key → (Chinese name, key function).
SORTS = {"days": "逾期天数", "due": "到期日", "amount": "金额"}


def sort(rows: list[Row], by: str, descending: bool) -> list[Row]:
    """`rows` sorted by days overdue (the default), due date or amount (rows without an amount last), ties by
    district, township and kind."""
    def tie(r: Row) -> tuple:
        return r.township.district, r.township.name, r.item.kind, r.item.title, r.item.record_id

    out = sorted(rows, key=tie)
    if by == "amount":
        with_amount = sorted((r for r in out if r.item.amount is not None), key=lambda r: r.item.amount,
                             reverse=descending)
        return with_amount + [r for r in out if r.item.amount is None]
    key = (lambda r: r.item.due) if by == "due" else (lambda r: r.item.days)
    return sorted(out, key=key, reverse=descending)


def workbook(rows: list[Row], today: dt.date) -> bytes:
    """The rows as an .xlsx workbook (openpyxl, as the indicator table exports): days and amounts as numbers."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("逾期事项")
    ws.append([f"截至 {today.isoformat()} 的逾期事项"])
    ws.append(["区县", "乡镇", "乡镇代码", "类别", "逾期事项", "单位", "事项", "到期日", "逾期天数", "金额(元)", "记录编号"])
    for r in rows:
        it = r.item
        amount = WriteOnlyCell(ws, value=it.amount)
        amount.number_format = "#,##0.00"
        due = WriteOnlyCell(ws, value=it.due)
        due.number_format = "yyyy-mm-dd"
        ws.append(texts(ws, [r.township.district, r.township.name, r.township.code, it.kind_zh, it.what, it.unit,
                             it.title, due, it.days, amount, it.record_id]))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
