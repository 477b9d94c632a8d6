"""The cross-township table as an .xlsx workbook (openpyxl): one row per township, rates as fractions formatted
as percentages so a spreadsheet can sort and sum them."""

from __future__ import annotations

import datetime as dt
import io

from zwcx_server.web.figures import COLUMNS, Figures


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
        ws.append([f.township.district, f.township.name, f.township.code, *cells,
                   *(c.detail(f) for c in COLUMNS if c.form == "rate")])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
