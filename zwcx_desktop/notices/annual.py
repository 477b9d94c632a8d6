"""The yearly announcement of overdue SME payments (条例 art. 18) from the ledger: the printed notice, the website
text and the workbook for the superior department, all from the same figures.

The figures are `payment_indicators.annual_disclosure` over the unit's current contract documents; the workbook
lists the contracts it counted, each with its share (`annual_disclosure` of that contract alone, so the rows add
up to the published total) and its days overdue at 31 December. Every text goes through the personal-data guard
before it is printed, shown or written.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from zwcx_core.domain.masking import find_unmasked
from zwcx_core.domain.payment_indicators import AnnualDisclosure, annual_disclosure
from zwcx_core.domain.payments import obligations
from zwcx_core.notices import glyphs, guard
from zwcx_core.notices.annual import annual_arrears_notice, website_text
from zwcx_core.notices.model import Notice
from zwcx_core.notices.page import draw_notice

__all__ = ["Arrear", "arrears", "notice", "render_pdf", "text", "write_workbook"]

#: Words that mark a counterparty's name as an organisation's; a name without them and without a credit code may
#: be a person (a sole trader trading under their own name) and is not written into the workbook.
_ORG_WORDS = ("公司", "企业", "集团", "厂", "店", "社", "行", "中心", "所", "院", "部", "站", "场", "馆", "室", "队",
              "合作", "协会", "商会", "学校", "医院")
PERSON_PLACEHOLDER = "（自然人，不列名称）"


@dataclass(frozen=True)
class Arrear:
    """One contract counted in the announcement: its share of the amount and its oldest overdue day count."""

    record_id: str
    contract_no: str
    title: str
    counterparty: str
    counterparty_uscc: str
    amount: Decimal
    oldest_due: dt.date
    days_overdue: int


def is_organisation(name: str, uscc: str | None) -> bool:
    """Whether a counterparty may be named in the workbook: it has a credit code or an organisation's name."""
    return bool(uscc) or any(w in (name or "") for w in _ORG_WORDS)


def _docs(app, unit_id: str | None) -> list[tuple[str, dict[str, Any]]]:
    from sqlalchemy import text as sql

    q = ("SELECT c.id, v.doc FROM contracts c JOIN record_versions v ON v.version_id = c.version_id "
         "WHERE c.deleted = 0 AND c.sme_declared = 1" + (" AND c.unit_id = :u" if unit_id else "") +
         " ORDER BY c.signed_date, c.id")
    with app.db.read() as s:
        return [(rid, json.loads(doc)) for rid, doc in s.execute(sql(q), {"u": unit_id} if unit_id else {})]


def arrears(app, year: int, unit_id: str | None) -> tuple[AnnualDisclosure, list[Arrear]]:
    """The year's figures for `unit_id` (None: every unit of the ledger) and the contracts they count."""
    docs = _docs(app, unit_id)
    total = annual_disclosure([d for _, d in docs], year, unit_id)
    end = dt.date(year, 12, 31)
    lines = []
    for rid, doc in docs:
        one = annual_disclosure([doc], year, unit_id)
        if not one.contracts:
            continue
        late = [o for o in obligations(doc, end) if o.due <= end and o.undisputed_outstanding > 0]
        oldest = min((o.due for o in late), default=end)
        lines.append(Arrear(rid, doc.get("contract_no") or "", doc.get("title") or "", doc.get("counterparty") or "",
                            doc.get("counterparty_uscc") or "", one.amount, oldest, (end - oldest).days))
    return total, lines


def _unit_name(app, unit_id: str | None) -> str:
    from zwcx_desktop.store.records import NotFound

    try:
        return app.records.get(unit_id or app.home_unit_id()).doc.get("name") or ""
    except NotFound:
        return ""


def notice(app, year: int, unit_id: str | None = None, signed: dt.date | None = None) -> Notice:
    """The announcement of `year` for `unit_id` (default: this office), dated `signed` (default: today), after the
    personal-data and font guards (NoticeRefused names the part that would expose or not print)."""
    from zwcx_desktop.store.training import training_mark

    unit = unit_id or app.home_unit_id()
    figures, _ = arrears(app, year, unit)
    n = annual_arrears_notice(figures, _unit_name(app, unit), signed or dt.date.today(), training=training_mark(app))
    guard.check(n)
    glyphs.check(n)
    return n


def render_pdf(app, year: int, unit_id: str | None = None, signed: dt.date | None = None) -> tuple[Notice, bytes]:
    """The notice and its PDF on the GB/T 9704 page of every other notice."""
    n = notice(app, year, unit_id, signed)
    return n, draw_notice(n)


def text(app, year: int, unit_id: str | None = None, signed: dt.date | None = None) -> str:
    """The website text of the announcement (the same words as the printed notice)."""
    return website_text(notice(app, year, unit_id, signed))


WORKBOOK_HEADERS = ("序号", "合同编号", "合同名称", "相对方（中小企业）", "统一社会信用代码", "逾期未付金额(元)",
                    "最早应付日期", "逾期天数")


def write_workbook(app, year: int, path: str | Path, unit_id: str | None = None) -> int:
    """The workbook for the superior department: the year's totals and one row per contract counted (contract
    number, counterparty, amount overdue, days overdue at 31 December). A counterparty that may be a person is
    not named. Raises NoticeRefused when a cell would carry an unmasked personal number; returns the rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from zwcx_desktop.io.export import DATE_FORMAT, MONEY_FORMAT, _atomic_save, _header_cells
    from zwcx_desktop.io.reader import column_letter

    unit = unit_id or app.home_unit_id()
    figures, lines = arrears(app, year, unit)
    rows: list[list[Any]] = []
    for i, a in enumerate(lines, 1):
        named = is_organisation(a.counterparty, a.counterparty_uscc)
        rows.append([i, a.contract_no, a.title, a.counterparty if named else PERSON_PLACEHOLDER,
                     a.counterparty_uscc if named else "", a.amount, a.oldest_due, a.days_overdue])
    head = [f"{_unit_name(app, unit)}{year}年度逾期未支付中小企业账款情况（截至{year}年12月31日）",
            f"逾期未支付合同{figures.contracts}份，金额合计{figures.amount:,.2f}元"]
    for where, value in [("title", t) for t in head] + [
            (f"row {n} {WORKBOOK_HEADERS[c]}", v) for n, r in enumerate(rows, 1) for c, v in enumerate(r)]:
        if isinstance(value, str) and find_unmasked(value):
            raise guard.NoticeRefused(f"workbook {where}", find_unmasked(value)[0].kind)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(f"{year}年度逾期账款")
    for i, w in enumerate((6, 18, 30, 30, 22, 16, 14, 10)):
        ws.column_dimensions[column_letter(i)].width = w
    for line in head:
        ws.append([line])
    ws.append(_header_cells(ws, list(WORKBOOK_HEADERS)))
    for r in rows:
        cells = []
        for v in r:
            cell = WriteOnlyCell(ws, float(v) if isinstance(v, Decimal) else v)
            if isinstance(v, Decimal):
                cell.number_format = MONEY_FORMAT
            elif isinstance(v, dt.date):
                cell.number_format = DATE_FORMAT
            cells.append(cell)
        ws.append(cells)
    ws.append(["合计", None, None, None, None, float(figures.amount), None, None])
    _atomic_save(wb, Path(path))
    return len(rows)
