"""Building real roster files for the import tests: valid ID numbers, workbooks, CSV bytes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from stdnum.cn import ric

HEADERS = ["序号", "姓名", "身份证号", "户人数", "村(社区)", "发放金额", "发放日期", "备注"]


def make_id(n: int, born: dt.date = dt.date(1950, 3, 7), region: str = "230102") -> str:
    """A valid 18-digit citizen ID (right birth date and check character); `n` picks the sequence code."""
    body = f"{region}{born:%Y%m%d}{n % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")  # stdnum ignores the last character


def bad_check(cid: str) -> str:
    """The same ID with a wrong check character."""
    wrong = "0" if cid[-1] != "0" else "1"
    return cid[:-1] + wrong


def roster_rows(count: int, start: int = 1) -> list[list]:
    rows = []
    for i in range(start, start + count):
        rows.append([i, f"张{'伟芳娜秀敏静丽强磊军'[i % 10]}{i}", make_id(i), 1 + i % 4, f"安静社区{i % 3}",
                     1200.5 + i, dt.date(2026, 3, 5), ""])
    return rows


def write_xlsx(path: Path, rows: list[list], headers=HEADERS, title: str | None = "2026年3月高龄津贴发放名单",
               sheet: str = "Sheet1") -> Path:
    """A workbook as offices make them: an optional merged title row above the header, typed cells, ID as text."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.append(headers)
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=2 if title else 1):
        for c in row:
            if isinstance(c.value, dt.date):
                c.number_format = "yyyy-mm-dd"
    wb.save(path)
    return path


def csv_bytes(rows: list[list], encoding: str, headers=HEADERS) -> bytes:
    """CSV as Excel writes it: CRLF line ends, dates as 2026/3/5, in `encoding` (utf-8-sig or gb18030)."""
    lines = [",".join(headers)]
    for r in rows:
        cells = []
        for v in r:
            if isinstance(v, dt.date):
                v = f"{v.year}/{v.month}/{v.day}"
            cells.append("" if v is None else str(v))
        lines.append(",".join(cells))
    return ("\r\n".join(lines) + "\r\n").encode(encoding)
