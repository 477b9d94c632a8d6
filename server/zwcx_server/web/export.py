"""The cross-township table as an .xlsx workbook (openpyxl): one row per township, rates as fractions formatted
as percentages so a spreadsheet can sort and sum them."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from zwcx_server.web.figures import COLUMNS, Figures


def texts(ws: Any, values: list[Any]) -> list[Any]:
    """`values` for one row of a write-only sheet, every text written as text: openpyxl would store a text that
    begins with "=" as a formula, and the titles come from the townships' devices."""
    from openpyxl.cell import WriteOnlyCell

    out = []
    for v in values:
        if isinstance(v, str):
            v = WriteOnlyCell(ws, value=v)
            v.data_type = "s"
        out.append(v)
    return out


def workbook(rows: list[Figures], start: dt.date, end: dt.date) -> bytes:
    """The bytes of the workbook for `rows` over [start, end]."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("乡镇指标")
    ws.append([f"统计期间 {start.isoformat()} 至 {end.isoformat()}"])
    ws.append(["区县", "乡镇", "乡镇代码", *(c.zh for c in COLUMNS), *(f"{c.zh}(分子/分母)" for c in COLUMNS
                                                                  if c.form == "rate")])
    for f in rows:
        cells = []
        for c in COLUMNS:
            cell = WriteOnlyCell(ws, value=c.cell(f))
            if c.form == "rate":
                cell.number_format = "0.0%"
            elif c.form == "money":
                cell.number_format = "#,##0.00"
            cells.append(cell)
        ws.append(texts(ws, [f.township.district, f.township.name, f.township.code, *cells,
                             *(c.detail(f) for c in COLUMNS if c.form == "rate")]))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
