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


TRADITIONAL_HEADERS = ["序號", "姓名", "身份證號", "戶人數", "村(社區)", "發放金額", "發放日期", "備註"]


def big5_csv_bytes(rows: list[list]) -> bytes:
    """A roster typed on traditional-Chinese Windows (Taiwan, Hong Kong): traditional headers and names, saved by
    Excel as CSV in Big5 (code page 950)."""
    names = ["陳大文", "黃志強", "張偉倫", "劉淑芬", "楊國華", "鄭麗娟", "謝家豪", "林美玲", "吳建國", "蔡雅婷"]
    trad = [[r[0], names[i % len(names)], *r[2:4], f"安靜社區{i % 3}", *r[5:]] for i, r in enumerate(rows)]
    return csv_bytes(trad, "cp950", headers=TRADITIONAL_HEADERS)


def write_merged_villages(path: Path, rows: list[list], group: int = 3) -> Path:
    """A roster whose 村(社区) cells are merged down over each `group` consecutive people, as offices lay out a
    roster village by village; the header is on row 1, so data row i sits on spreadsheet row i + 2."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for i, r in enumerate(rows):
        r = list(r)
        if i % group:
            r[4] = None  # Excel keeps only the top-left value of a merged range
        ws.append(r)
    col = HEADERS.index("村(社区)") + 1
    for start in range(0, len(rows), group):
        end = min(start + group, len(rows)) - 1
        if end > start:
            ws.merge_cells(start_row=start + 2, start_column=col, end_row=end + 2, end_column=col)
    wb.save(path)
    return path


def pad_with_empty_rows(src: Path, dst: Path, count: int, cells: int = 8) -> Path:
    """Copy workbook `src` to `dst` with `count` empty rows after its data, as a sheet looks after someone
    formatted whole rows: each row holds `cells` styled cells without a value (0: bare <row/> elements).
    Written straight into the sheet's XML so that a million rows take seconds, not minutes of openpyxl."""
    import re
    import zipfile

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename != "xl/worksheets/sheet1.xml":
                zout.writestr(info, data)
                continue
            head, tail = data.split(b"</sheetData>")
            start = int(re.findall(rb'<row r="(\d+)"', head)[-1]) + 1
            letters = [chr(65 + i) for i in range(cells)]
            with zout.open(info.filename, "w", force_zip64=True) as out:
                out.write(head)
                for block in range(start, start + count, 10_000):
                    out.write("".join(
                        f'<row r="{r}">' + "".join(f'<c r="{c}{r}" s="1"/>' for c in letters) + "</row>"
                        if cells else f'<row r="{r}"/>'
                        for r in range(block, min(block + 10_000, start + count))).encode())
                out.write(b"</sheetData>" + tail)
    return dst


def zip_bomb(src: Path, dst: Path, megabytes: int = 300) -> Path:
    """Copy workbook `src` to `dst` with one more row whose cell holds `megabytes` MB of "a": valid XML that
    deflates about a thousand times, so a file of a few hundred KB unpacks to hundreds of MB."""
    import re
    import zipfile

    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
        for info in zin.infolist():
            if info.filename != sheet:
                zout.writestr(info, zin.read(info.filename))
        head, tail = zin.read(sheet).split(b"</sheetData>")
        r = int(re.findall(rb'<row r="(\d+)"', head)[-1]) + 1
        with zout.open(sheet, "w", force_zip64=True) as out:
            out.write(head + f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>'.encode())
            block = b"a" * 2**20
            for _ in range(megabytes):
                out.write(block)
            out.write(b"</t></is></c></row></sheetData>" + tail)
    return dst


def understate(path: Path, member: str, size: int) -> Path:
    """Make the zip directory of `path` declare `size` unpacked bytes for `member`, so that checks of the declared
    sizes pass while the data really unpacks to far more: a lying zip bomb."""
    import struct

    data = bytearray(path.read_bytes())
    name = member.encode()
    i = data.find(b"PK\x01\x02")
    while i >= 0:
        name_len, extra_len = struct.unpack("<HH", data[i + 28:i + 32])
        if data[i + 46:i + 46 + name_len] == name:
            if struct.unpack("<I", data[i + 24:i + 28])[0] == 0xFFFFFFFF:  # the size is in the zip64 extra field
                extra = i + 46 + name_len
                data[extra + 4:extra + 12] = struct.pack("<Q", size)
            else:
                data[i + 24:i + 28] = struct.pack("<I", size)
            path.write_bytes(bytes(data))
            return path
        i = data.find(b"PK\x01\x02", i + 4)
    raise KeyError(member)
