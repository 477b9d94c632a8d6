"""Read a spreadsheet file into rows of cell values, refusing files that are not what they claim.

Clerks' rosters come from Excel or WPS as .xlsx, or as .csv saved by Excel on Chinese Windows (GB18030/GBK, or Big5
on traditional-Chinese Windows) or by other tools (UTF-8, with or without a byte-order mark). The kind of file is
decided by its first bytes, not by its name, so an image renamed .xlsx, an old .xls or a password-protected
workbook gets a sentence saying exactly that instead of a parser's traceback. Sizes are checked before anything
is unpacked or parsed (io.limits), workbooks are read in one streaming pass (io.xlsxsheet), CSV encodings are
told apart by what the text reads as (io.csvtext).
"""

from __future__ import annotations

import warnings
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from zwcx_desktop.io.csvtext import decode_text, read_csv
from zwcx_desktop.io.limits import check_file_size, check_workbook_zip
from zwcx_desktop.io.sheet import FileProblem, Sheet, column_letter, has_value
from zwcx_desktop.io.xlsxsheet import SheetStream, check_row_count, fill_merged, row_values

__all__ = ["FileProblem", "Sheet", "column_letter", "decode_text", "iter_cells", "read_sheet", "sheet_names"]

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
# What openpyxl and the XML parser raise on a damaged workbook (bad XML, a part missing, a checksum that fails,
# an attribute of the wrong type); FileProblem, a ValueError too, is let through before these are caught.
_DAMAGED = (zipfile.BadZipFile, zlib.error, KeyError, OSError, ValueError, TypeError, IndexError, AttributeError,
            EOFError, SyntaxError)


def read_sheet(path: str | Path, sheet: str | None = None) -> Sheet:
    """Read the first sheet that has data (or the named one) of an .xlsx file, or a .csv file.

    Blank cells of merged ranges hold the range's top-left value (listed in `Sheet.filled`). Raises FileProblem
    for a missing file, an image or other non-spreadsheet, an old .xls, an encrypted (password-protected) or
    damaged workbook, a CSV encoding that is not recognised for sure, a file beyond the limits of io.limits
    (size, unpacked size, rows, columns), or a file with no data at all.
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
    check_file_size(p)
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
    return read_csv(p)


def sheet_names(path: str | Path) -> list[str]:
    """The worksheet names of an .xlsx workbook, in order ([] for a CSV file or anything unreadable: reading
    the file itself then says what is wrong)."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            if not fh.read(4).startswith(_ZIP):
                return []
        check_file_size(p)
        check_workbook_zip(p)
        wb = _open_workbook(p)
    except (FileProblem, OSError):
        return []
    try:
        return [ws.title for ws in wb.worksheets if hasattr(ws, "iter_rows")]
    finally:
        wb.close()


def _damaged(p: Path, why: str) -> FileProblem:
    return FileProblem(f"{p.name}: is not a readable .xlsx workbook ({why}); open it in Excel or WPS and save it "
                       f"as .xlsx again")


def _open_workbook(p: Path):
    """openpyxl's read-only workbook (sheets are parsed later, on demand); FileProblem when it is damaged."""
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style" and the like: nothing a clerk can act on
            return openpyxl.load_workbook(p, read_only=True, data_only=True)
    except FileProblem:
        raise
    except _DAMAGED as exc:
        raise _damaged(p, type(exc).__name__) from None


def _read_xlsx(p: Path, want: str | None) -> Sheet:
    check_workbook_zip(p)
    wb = _open_workbook(p)
    try:
        sheets = wb.worksheets
        if not sheets:
            raise _damaged(p, "no worksheet")
        if want is not None:
            sheets = [ws for ws in sheets if ws.title == want]
            if not sheets:
                raise FileProblem(f"{p.name}: has no sheet named '{want}' (sheets: "
                                  f"{', '.join(ws.title for ws in wb.worksheets)})")
        first_name = sheets[0].title
        for ws in sheets:
            if not hasattr(ws, "iter_rows"):
                continue  # a chart sheet
            rows, merged = _sheet_rows(p, wb, ws)
            if rows:
                sh = Sheet(p, ws.title, rows, merged)
                sh.filled = fill_merged(rows, merged, sh.label)
                return sh
        raise FileProblem(f"{p.name}: the sheet '{first_name}' is empty; there is nothing to import")
    finally:
        wb.close()


def _sheet_rows(p: Path, wb, ws) -> tuple[list[tuple[int, list[Any]]], list[tuple[int, int, int, int]]]:
    """The rows with data of one worksheet and its merged ranges, in one pass over its XML."""
    from openpyxl.worksheet._reader import WorkSheetParser

    label = Sheet(p, ws.title, []).label
    rows: list[tuple[int, list[Any]]] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # The calls openpyxl's own read-only worksheet makes (openpyxl is pinned), with the filter in between.
            src = SheetStream(wb._archive.open(ws._worksheet_path), label)
            try:
                parser = WorkSheetParser(src, ws._shared_strings, data_only=True, epoch=wb.epoch,
                                         date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
                for n, cells in parser.parse():
                    vals = row_values(cells, n, label)
                    if any(has_value(v) for v in vals):
                        rows.append((n, vals))
                        check_row_count(len(rows), label)
            finally:
                src.close()
    except FileProblem:
        raise
    except _DAMAGED as exc:
        raise _damaged(p, type(exc).__name__) from None
    return rows, src.merged


def iter_cells(sheet: Sheet, width: int) -> Iterator[tuple[int, list[Any]]]:
    """Rows padded (or cut) to `width` cells."""
    for n, vals in sheet.rows:
        yield n, (vals + [None] * (width - len(vals)))[:width]
