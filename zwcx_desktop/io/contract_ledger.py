"""The contract ledger as a workbook: the export (合同履约台账) and the blank template, in the importer's columns.

The export reads each contract's current document (events and the agreed terms live there, not in table
columns) and writes the columns io.contracts reads back: the contract's own fields, then 交付日期 (the first
delivery), 验收日期 (the first passed acceptance), 已付金额 (all payments) with 付款日期 (the last one). What only
the ledger can say today follows in columns the importer skips (未付金额, 下一付款期限, 条款提示, 状态, 记录编号).
An export therefore imports again as the same contracts with the same money position; the history in between
(several deliveries, settlements, deposits, 确权) stays in the record, not in the sheet.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from zwcx_core.domain.enums import ContractEventType as Ev
from zwcx_core.domain.schema import CONTRACT
from zwcx_desktop.io import contract_headers as C
from zwcx_desktop.io.roster import NullHandle

__all__ = ["HEADERS", "export_ledger", "write_template"]

_EXTRA = (("amount_outstanding", "未付金额(元)"), ("next_due_date", "下一付款期限"), ("flags", "条款提示"),
          ("status", "状态"), ("id", "记录编号"))


def _header(name: str) -> str:
    return C.LEDGER_COLUMNS.get(name) or CONTRACT.field(name).zh


#: The export's header row, left to right.
HEADERS: tuple[str, ...] = tuple(_header(n) for n in C.IMPORT_FIELDS) + tuple(h for _, h in _EXTRA)
_KINDS = {n: ("date" if n in ("signed_date", "sme_declared_date", "next_due_date", C.DELIVERY_DATE,
                              C.ACCEPTANCE_DATE, C.PAID_DATE)
              else "money" if n in ("amount", "disputed_amount", C.PAID_AMOUNT, "amount_outstanding")
              else "text")
          for n in (*C.IMPORT_FIELDS, *(n for n, _ in _EXTRA))}


def _date(v: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(v) if v else None
    except (TypeError, ValueError):
        return None


def _money(v: Any) -> float | None:
    try:
        return None if v in (None, "") else float(v)
    except (TypeError, ValueError):
        return None


def ledger_values(doc: dict[str, Any], units: dict[str, str]) -> list[Any]:
    """One export row of a contract document (`units`: unit id -> name)."""
    events = [e for e in doc.get("events") or [] if isinstance(e, dict)]
    deliveries = sorted(e["date"] for e in events if e.get("type") == Ev.DELIVERY.value and e.get("date"))
    accepted = sorted(e["date"] for e in events if e.get("type") == Ev.ACCEPTANCE.value and e.get("date")
                      and e.get("passed") is not False)
    payments = sorted(e["date"] for e in events if e.get("type") == Ev.PAYMENT.value and e.get("date"))
    extra = {C.DELIVERY_DATE: deliveries[0] if deliveries else None,
             C.ACCEPTANCE_DATE: accepted[0] if accepted else None,
             C.PAID_AMOUNT: doc.get("amount_paid") if payments else None,
             C.PAID_DATE: payments[-1] if payments else None}
    out: list[Any] = []
    for name in (*C.IMPORT_FIELDS, *(n for n, _ in _EXTRA)):
        v = extra[name] if name in extra else doc.get(name)
        kind = _KINDS[name]
        if name == "unit_id":
            v = units.get(v, v)
        elif kind == "date":
            v = _date(v)
        elif kind == "money":
            v = _money(v)
        elif name == "sme_declared":
            v = "是" if v else "否"
        elif name in ("contract_type", "payment_basis", "status") and v:
            f = CONTRACT.field(name)
            try:
                v = f.enum(v).zh
            except ValueError:
                pass
        out.append(v)
    return out


def export_ledger(app, flt, path: str | Path, handle=None, unit_names: dict[str, str] | None = None) -> int:
    """Write the contracts a list shows (a store.queries.Filter of kind contract) as the ledger workbook, in the
    list's order; returns the number of rows."""
    from sqlalchemy import text

    from zwcx_desktop.io import fastxlsx
    from zwcx_desktop.store import queries as Q

    handle = handle or NullHandle()
    styles = [fastxlsx.DATE if _KINDS[n] == "date" else fastxlsx.MONEY if _KINDS[n] == "money" else fastxlsx.GENERAL
              for n in (*C.IMPORT_FIELDS, *(n for n, _ in _EXTRA))]
    widths = [max(12.0, sum(2 if ord(c) > 0x2E80 else 1 for c in h) + 2) for h in HEADERS]
    widths[C.IMPORT_FIELDS.index("title")] = widths[C.IMPORT_FIELDS.index("counterparty")] = 30

    def rows(s, ids, units):
        for start in range(0, len(ids), 1000):
            handle.check()
            chunk = ids[start:start + 1000]
            docs = dict(s.execute(text(
                "SELECT c.id, v.doc FROM contracts c JOIN record_versions v ON v.version_id = c.version_id "
                "WHERE c.id IN (SELECT value FROM json_each(:ids))"), {"ids": json.dumps(chunk)}).all())
            for rid in chunk:
                if rid in docs:
                    yield ledger_values(json.loads(docs[rid]) | {"id": rid}, units)
            handle.progress(min(start + 1000, len(ids)), len(ids), "exporting")

    with app.db.read() as s:
        units = unit_names or dict(s.execute(text("SELECT id, name FROM units")).all())
        ids = Q.ids(s, flt)
        return fastxlsx.write_table(path, "合同履约台账", list(HEADERS), widths, styles, rows(s, ids, units))


def write_template(path: str | Path) -> Path:
    """A blank contract ledger: the importer's headers, date and amount formats, drop-downs for the type, the
    SME declaration and the payment basis, and a sheet of instructions."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    from zwcx_core.domain.enums import ContractType, PaymentBasis
    from zwcx_desktop.io.export import DATE_FORMAT, MONEY_FORMAT, _atomic_save
    from zwcx_desktop.io.reader import column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "合同履约台账"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    n_rows = 500
    for i, name in enumerate(C.IMPORT_FIELDS):
        letter = column_letter(i)
        cell = ws.cell(1, i + 1, _header(name))
        cell.font, cell.fill = bold, fill
        ws.column_dimensions[letter].width = 30 if name in ("title", "counterparty") else 16
        fmt = {"date": DATE_FORMAT, "money": MONEY_FORMAT}.get(_KINDS[name])
        if name in ("counterparty_uscc", "contract_no"):
            fmt = "@"  # a code or number kept as typed, leading zeros included
        if fmt:
            ws.column_dimensions[letter].number_format = fmt
            for r in range(2, n_rows + 2):
                ws.cell(r, i + 1).number_format = fmt
    ws.freeze_panes = "A2"
    for name, choices in (("contract_type", [t.zh for t in ContractType]), ("sme_declared", ["是", "否"]),
                          ("payment_basis", [b.zh for b in PaymentBasis])):
        dv = DataValidation(type="list", formula1=f'"{",".join(choices)}"', allow_blank=True)
        col = column_letter(C.IMPORT_FIELDS.index(name))
        dv.add(f"{col}2:{col}{n_rows + 1}")
        ws.add_data_validation(dv)
    info = wb.create_sheet("填写说明")
    for line in (
        "合同名称、合同类型、相对方、签订日期、合同金额：必填。签约单位：留空为本单位，填写时须与单位名称一致。",
        "统一社会信用代码：18位，导入时校验校验码。是否中小企业：按签订时相对方的声明填写“是”或“否”（《保障中小企业款项支付条例》第三条）。",
        "金额单位为元，最多两位小数。日期如 2026-03-05。付款期限、验收期限为天数；约定逾期利率、一年期LPR为年利率百分数，如 3.45。",
        "交付日期、验收日期（验收合格）和已付金额及付款日期按台账现状填写，导入后据此计算付款期限和逾期情况。",
        "合同编号在台账中不得重复。导入的合同为“草拟”状态，由审核人确认后进入“履行中”。",
        "默认全部导入或全部不导入：任何一行有误都不会导入，并列出每个错误的行、列和原因。",
    ):
        info.append([line])
    info.column_dimensions["A"].width = 110
    return _atomic_save(wb, Path(path))
