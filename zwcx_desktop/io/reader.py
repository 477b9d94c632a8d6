"""Read a spreadsheet file into rows of cell values, refusing files that are not what they claim.

Clerks' rosters come from Excel or WPS as .xlsx, or as .csv saved by Excel on Chinese Windows (GB18030/GBK) or by
other tools (UTF-8, with or without a byte-order mark). The kind of file is decided by its first bytes, not by its
name, so an image renamed .xlsx, an old .xls or a password-protected workbook gets a sentence saying exactly
that instead of a parser's traceback.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"%PDF", "a PDF document"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')


class FileProblem(ValueError):
    """The file cannot be read as a roster; the message names the file and says what to do."""


@dataclass
class Sheet:
    """The cells of one sheet (or CSV file): `rows` holds (row number as the spreadsheet shows it, values)."""

    path: Path
    name: str | None
    rows: list[tuple[int, list[Any]]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # min_row, min_col, max_row, max_col
    encoding: str | None = None

    @property
    def label(self) -> str:
        """How messages name this sheet: the file name, plus the sheet name for workbooks."""
        return f"{self.path.name}" + (f" (sheet '{self.name}')" if self.name else "")


def column_letter(index: int) -> str:
    """Spreadsheet column letter of a 0-based column index (0 -> A, 26 -> AA)."""
    out = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _column_index(letters: bytes) -> int:
    n = 0
    for c in letters.decode():
        n = n * 26 + ord(c) - 64
    return n - 1


def read_sheet(path: str | Path, sheet: str | None = None) -> Sheet:
    """Read the first sheet that has data (or the named one) of an .xlsx file, or a .csv file.

    Raises FileProblem for a missing file, an image or other non-spreadsheet, an old .xls, an encrypted
    (password-protected) workbook, an unreadable CSV encoding, or a file with no data at all.
    """
    p = Path(path)
    try:
        with p.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise FileProblem(f"{p}: no such file") from None
    except IsADirectoryError:
        raise FileProblem(f"{p}: is a folder, not a file") from None
    if not head:
        raise FileProblem(f"{p.name}: the file is empty (0 bytes)")
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise FileProblem(f"{p.name}: this is {what}, not a spreadsheet; choose the .xlsx or .csv roster")
    if head.startswith(_OLE):
        data = p.read_bytes()
        if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
            raise FileProblem(f"{p.name}: the workbook is password-protected (encrypted); open it in Excel or WPS, "
                              f"remove the password (文件 → 信息 → 保护工作簿) and save it again")
        raise FileProblem(f"{p.name}: this is an old Excel 97-2003 (.xls) workbook; open it in Excel or WPS and "
                          f"save it as .xlsx (Excel 工作簿) or .csv")
    if head.startswith(_ZIP):
        return _read_xlsx(p, sheet)
    if p.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        raise FileProblem(f"{p.name}: is named like a workbook but is not one (its content is neither .xlsx nor "
                          f".xls); open it in Excel or WPS and save it as .xlsx")
    return _read_csv(p)


def sheet_names(path: str | Path) -> list[str]:
    """The worksheet names of an .xlsx workbook, in order ([] for a CSV file or anything unreadable: reading
    the file itself then says what is wrong)."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            if not fh.read(4).startswith(_ZIP):
                return []
        import openpyxl

        wb = openpyxl.load_workbook(p, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return []
    try:
        return [ws.title for ws in wb.worksheets if hasattr(ws, "iter_rows")]
    finally:
        wb.close()


def _read_xlsx(p: Path, want: str | None) -> Sheet:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(p, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise FileProblem(f"{p.name}: is not a readable .xlsx workbook ({type(exc).__name__}); open it in Excel or "
                          f"WPS and save it as .xlsx again") from None
    try:
        sheets = wb.worksheets
        if want is not None:
            sheets = [ws for ws in sheets if ws.title == want]
            if not sheets:
                raise FileProblem(f"{p.name}: has no sheet named '{want}' (sheets: "
                                  f"{', '.join(ws.title for ws in wb.worksheets)})")
        first_name = sheets[0].title if sheets else "?"
        for ws in sheets:
            if not hasattr(ws, "iter_rows"):
                continue  # a chart sheet
            # The stored dimension is often wrong in files from other tools; read what is really there.
            ws.reset_dimensions()
            rows = []
            for n, values in enumerate(ws.iter_rows(values_only=True), 1):
                vals = list(values)
                if any(_filled(v) for v in vals):
                    rows.append((n, vals))
            if rows:
                return Sheet(p, ws.title, rows, _merged_ranges(p, ws))
        raise FileProblem(f"{p.name}: the sheet '{first_name}' is empty; there is nothing to import")
    finally:
        wb.close()


def _merged_ranges(p: Path, ws) -> list[tuple[int, int, int, int]]:
    """Merged ranges of a sheet: read-only mode does not load them, so read the <mergeCell> elements directly."""
    path = getattr(ws, "_worksheet_path", None)
    if not path:
        return []
    with zipfile.ZipFile(p) as z:
        try:
            xml = z.read(path)
        except KeyError:
            return []
    out = []
    for m in _MERGE.finditer(xml):
        c1, r1 = _column_index(m[1]), int(m[2])
        c2, r2 = (_column_index(m[3]), int(m[4])) if m[3] else (c1, r1)
        out.append((r1, c1, r2, c2))
    return out


def _filled(v: Any) -> bool:
    return v is not None and not (isinstance(v, str) and not v.strip())


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes: UTF-8 (BOM or not), else GB18030 (a superset of GBK and GB2312, what Excel writes on
    Chinese Windows); returns (text, encoding). Raises UnicodeDecodeError when neither fits."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"  # Excel's "Unicode text" export
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Strict GB18030: a legacy file decodes; bytes of another encoding almost always hit an invalid sequence.
    return data.decode("gb18030"), "gb18030"


def _read_csv(p: Path) -> Sheet:
    data = p.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FileProblem(f"{p.name}: is a binary file, not a spreadsheet or CSV text")
    try:
        text, enc = decode_text(data)
    except UnicodeDecodeError as exc:
        raise FileProblem(f"{p.name}: the text is neither UTF-8 nor GB18030/GBK (undecodable byte at offset "
                          f"{exc.start}); save it from Excel or WPS as CSV again") from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
        delim = dialect.delimiter
    except csv.Error:
        delim = ","
    rows = []
    try:
        for n, vals in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delim), 1):
            if any(_filled(v) for v in vals):
                rows.append((n, list(vals)))
    except csv.Error as exc:
        raise FileProblem(f"{p.name}: is not well-formed CSV ({exc})") from None
    if not rows:
        raise FileProblem(f"{p.name}: the file has no data; there is nothing to import")
    return Sheet(p, None, rows, encoding=enc)


def iter_cells(sheet: Sheet, width: int) -> Iterator[tuple[int, list[Any]]]:
    """Rows padded (or cut) to `width` cells."""
    for n, vals in sheet.rows:
        yield n, (vals + [None] * (width - len(vals)))[:width]
