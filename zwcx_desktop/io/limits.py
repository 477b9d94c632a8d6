"""Bounds on what a roster import reads, so that one odd file cannot hang the desktop or exhaust its memory.

A township roster is a few hundred to a few tens of thousands of rows in a workbook of a few MB. The bounds sit
far above that and far below what hurts: a zip bomb (a few hundred KB that unpacks to hundreds of MB) is refused
from the sizes its zip directory declares, before any part of it is unpacked. Python's zipfile never unpacks more
than a member declares (the rest fails its checksum), so the declared sizes are a safe guide.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from zwcx_desktop.io.sheet import FileProblem

MB = 1024 * 1024
#: Largest file accepted (xlsx or csv).
MAX_FILE_MB = 50
#: Most rows with data in one sheet or CSV file.
MAX_ROWS = 200_000
#: Rightmost column that may hold data.
MAX_COLUMNS = 256
#: Most merged ranges in one sheet.
MAX_MERGED = 100_000
#: Largest unpacked size of one sheet's XML, and of any other XML part (shared strings, styles …), which openpyxl
#: holds in memory whole.
MAX_SHEET_MB = 256
MAX_PART_MB = 64
#: Workbooks from Excel and WPS deflate 3–20 times; a zip bomb about 1000 times.
MAX_RATIO = 100
RATIO_FROM_MB = 1  # small parts (a blank styles.xml) may deflate well beyond that and cost nothing
#: Parts in one workbook (a roster has about a dozen; each listed part costs memory before anything is read).
MAX_PARTS = 10_000

_EOCD = b"PK\x05\x06"


def check_file_size(p: Path) -> None:
    """Refuse a file larger than MAX_FILE_MB before reading it."""
    size = p.stat().st_size
    if size > MAX_FILE_MB * MB:
        raise FileProblem(f"{p.name}: the file is {size / MB:.0f} MB, more than the {MAX_FILE_MB} MB a roster import "
                          f"reads; split the roster into several files, or delete pictures and sheets that are not "
                          f"part of it")


def too_many_rows(label: str) -> FileProblem:
    """The refusal of a sheet or CSV file with more than MAX_ROWS rows with data."""
    return FileProblem(f"{label}: has more than {MAX_ROWS:,} rows with data; a roster import reads at most "
                       f"{MAX_ROWS:,}: split the roster into several files")


def too_far_right(label: str, column: str, row: int) -> FileProblem:
    """The refusal of a value beyond the MAX_COLUMNS-th column (`column` is its letter)."""
    return FileProblem(f"{label}: has data in column {column} (row {row}); a roster has at most {MAX_COLUMNS} "
                       f"columns: delete what lies beyond the roster's columns")


def check_workbook_zip(p: Path) -> None:
    """Refuse an .xlsx whose zip directory declares too many parts, a part too large once unpacked, or a part
    compressed like a zip bomb. Only the directory is read; nothing is unpacked."""
    parts = _declared_parts(p)
    if parts is not None and parts > MAX_PARTS:
        raise FileProblem(f"{p.name}: the workbook is made of {parts:,} parts (a roster has a few dozen); it is not "
                          f"opened")
    try:
        with zipfile.ZipFile(p) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise FileProblem(f"{p.name}: is not a readable .xlsx workbook ({type(exc).__name__}); open it in Excel or "
                          f"WPS and save it as .xlsx again") from None
    for info in infos:
        size = info.file_size
        if size > RATIO_FROM_MB * MB and size > MAX_RATIO * max(info.compress_size, 1):
            raise FileProblem(f"{p.name}: a part of the workbook unpacks to {size / max(info.compress_size, 1):,.0f} "
                              f"times its packed size ({size / MB:,.0f} MB); workbooks saved by Excel or WPS pack "
                              f"less than {MAX_RATIO} times, so this one is not opened (it looks like a zip bomb)")
        name = info.filename.lower()
        if not name.endswith((".xml", ".rels", ".vml")):
            continue  # pictures and embedded files are never unpacked by the import
        limit = MAX_SHEET_MB if name.startswith("xl/worksheets/") else MAX_PART_MB
        if size > limit * MB:
            raise FileProblem(f"{p.name}: unpacked, a part of the workbook takes {size / MB:,.0f} MB, more than the "
                              f"{limit} MB a roster import reads; open it in Excel or WPS, delete unused rows, "
                              f"columns and sheets and save it again")


def _declared_parts(p: Path) -> int | None:
    """The number of parts the zip's end record declares (read from the file's tail), or None if it has none."""
    with p.open("rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - 65_557))  # the end record plus the longest zip comment
        tail = fh.read()
    i = tail.rfind(_EOCD)
    if i < 0 or len(tail) - i < 22:
        return None
    entries = struct.unpack("<H", tail[i + 10:i + 12])[0]
    if entries == 0xFFFF:  # zip64: the real count is in the zip64 end record, just before this one
        j = tail.rfind(b"PK\x06\x06", 0, i)
        if j >= 0 and i - j >= 56:
            entries = struct.unpack("<Q", tail[j + 32:j + 40])[0]
    return entries
