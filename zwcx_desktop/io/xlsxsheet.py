"""The rows of one .xlsx worksheet: one streaming pass that skips empty rows cheaply and fills merged cells.

openpyxl's read-only mode parses every <c> element. A sheet whose formatting runs down to row 1,048,576 holds
millions of styled cells without a value, and reading one took half a minute and hundreds of MB. A byte filter in
front of openpyxl's sheet parser drops the rows that hold only such cells, and takes out the <mergeCell>
elements (read-only mode ignores them, and a sheet could hold millions), so the parser sees only rows with data.

Offices merge the 村(社区) cell over all the people of one village; Excel keeps the value in the range's top-left
cell only. Each blank cell of a merged range gets that value, and the sheet records which cells were filled, for
the preview to show and the summary to count.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from zwcx_desktop.io import limits
from zwcx_desktop.io.sheet import FileProblem, column_letter, has_value

_CHUNK = 1024 * 1024
#: Longest run of sheet XML without any tag: Excel keeps a cell to 32,767 characters (at most ~0.3 MB as XML).
MAX_TEXT_RUN = 4 * _CHUNK
_PREFIX = re.compile(rb"<(\w+:)?sheetData\b")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?"'
                    rb'[^>]*?/>')
#: Cells a merged-cell fill may visit: a roster merged all over is rows × columns, far below this.
MAX_FILL_CELLS = 10_000_000


class SheetStream:
    """A worksheet part as openpyxl's parser reads it, minus the rows without any value and the <mergeCell>
    elements, whose ranges are collected in `merged` as (min_row, min_col, max_row, max_col): 1-based rows,
    0-based columns. Only rows that carry a number (r="…") are dropped: dropping one without would renumber the
    rows after it."""

    def __init__(self, raw, label: str) -> None:
        self._raw = raw
        self._label = label
        self._carry = b""
        self._out = bytearray()
        self._eof = False
        self._tags: tuple[bytes, ...] | None = None
        self.merged: list[tuple[int, int, int, int]] = []

    def read(self, size: int = -1) -> bytes:
        """Up to `size` bytes of the filtered XML (all that is left when size < 0)."""
        while not self._eof and (size < 0 or len(self._out) < size):
            self._fill()
        n = len(self._out) if size < 0 else min(size, len(self._out))
        data = bytes(self._out[:n])
        del self._out[:n]
        return data

    def close(self) -> None:
        """Close the underlying zip member."""
        self._raw.close()

    def _fill(self) -> None:
        chunk = self._raw.read(_CHUNK)
        data = self._carry + chunk
        if self._tags is None:
            m = _PREFIX.search(data)
            if m is None and chunk and len(data) < MAX_TEXT_RUN:
                self._carry = data
                return
            ns = (m[1] or b"") if m else b""
            self._tags = (b"<" + ns + b"row ", b"</" + ns + b"row>", b"<" + ns + b"v", b"<" + ns + b"is",
                          b"<" + ns + b"f")
        if not chunk:
            self._eof, self._carry = True, b""
        else:
            # Cut before the last row that starts in this chunk (or, in a very long row, before its last tag) so
            # that the rows and tags handled here are whole; a tag holds no '<'.
            cut = data.rfind(self._tags[0])
            if cut <= 0 and len(data) >= 2 * _CHUNK:
                cut = data.rfind(b"<")
                if cut <= 0 and len(data) >= MAX_TEXT_RUN:
                    raise FileProblem(f"{self._label}: holds more than {MAX_TEXT_RUN // _CHUNK} MB of text in one cell "
                                      f"(Excel allows 32,767 characters); it is not a roster")
            if cut <= 0:
                self._carry = data
                return
            data, self._carry = data[:cut], data[cut:]
        data = self._drop_empty_rows(data)
        if b"mergeCell" in data:
            data = _MERGE.sub(self._merge, data)
        self._out += data

    def _drop_empty_rows(self, data: bytes) -> bytes:
        row, end, *values = self._tags
        first = data.find(row)
        if first < 0:
            return data
        if not any(v in data for v in values) and data.count(row) == data.count(row + b'r="'):
            # No value anywhere and every row numbered (the usual tail of a formatted sheet): all rows go; only
            # the last one may be followed by the end of the sheet.
            last = data.rfind(row)
            return data[:first] + self._drop_each(data[last:])
        return self._drop_each(data)

    def _drop_each(self, data: bytes) -> bytes:
        row, end, *values = self._tags
        parts = data.split(row)
        if len(parts) == 1:
            return data
        keep = [parts[0]]
        for seg in parts[1:]:
            gt = seg.find(b">")
            tag = b" " + seg[:gt]  # the attributes, each after a space
            if gt < 0 or b' r="' not in tag and b" r='" not in tag:
                keep.append(row + seg)
                continue
            if seg[gt - 1:gt] == b"/":
                stop = gt + 1
            else:
                e = seg.find(end, gt)
                if e < 0 or seg.find(values[0], gt, e) >= 0 or seg.find(values[1], gt, e) >= 0 or \
                        seg.find(values[2], gt, e) >= 0:
                    keep.append(row + seg)
                    continue
                stop = e + len(end)
            keep.append(seg[stop:])
        return b"".join(keep)

    def _merge(self, m: re.Match) -> bytes:
        if len(self.merged) >= limits.MAX_MERGED:
            raise FileProblem(f"{self._label}: has more than {limits.MAX_MERGED:,} merged cell ranges; select the "
                              f"sheet, unmerge the cells (取消合并单元格) and save it again")
        c1, r1 = _column_index(m[1]), int(m[2])
        c2, r2 = (_column_index(m[3]), int(m[4])) if m[3] else (c1, r1)
        self.merged.append((min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)))
        return b""


def _column_index(letters: bytes) -> int:
    n = 0
    for c in letters.decode():
        n = n * 26 + ord(c) - 64
    return n - 1


def row_values(cells: list[dict[str, Any]], n: int, label: str) -> list[Any]:
    """The values of one parsed row (openpyxl's cell dicts) as a list from column A to its last value."""
    out: list[Any] = []
    for cell in cells:
        v = cell["value"]
        if v is None:
            continue
        i = cell["column"] - 1
        if i >= limits.MAX_COLUMNS:
            if not has_value(v):
                continue
            raise limits.too_far_right(label, column_letter(i), n)
        if i >= len(out):
            out.extend([None] * (i + 1 - len(out)))
        out[i] = v
    return out


def check_row_count(kept: int, label: str) -> None:
    """Refuse a sheet once it has more rows with data than io.limits allows (before reading the rest)."""
    if kept > limits.MAX_ROWS:
        raise limits.too_many_rows(label)


def fill_merged(rows: list[tuple[int, list[Any]]], merged: list[tuple[int, int, int, int]],
                label: str) -> dict[tuple[int, int], tuple[int, int]]:
    """Give each blank cell of a merged range the value of the range's top-left cell, in the rows that have data
    (a range reaching into empty rows does not make them rows). Returns filled cell -> its top-left cell."""
    numbers = [n for n, _ in rows]
    if numbers != sorted(numbers):
        order = sorted(range(len(rows)), key=lambda i: numbers[i])
        rows[:] = [rows[i] for i in order]
        numbers = [n for n, _ in rows]
    by_number = {n: vals for n, vals in rows}
    spans = []
    work = 0
    for r1, c1, r2, c2 in merged:
        c2 = min(c2, limits.MAX_COLUMNS - 1)
        top = by_number.get(r1)
        if c1 > c2 or top is None or c1 >= len(top) or not has_value(top[c1]):
            continue
        lo, hi = bisect.bisect_left(numbers, r1), bisect.bisect_right(numbers, r2)
        work += (hi - lo) * (c2 - c1 + 1)
        if work > MAX_FILL_CELLS:
            raise FileProblem(f"{label}: its merged cells cover more than {MAX_FILL_CELLS:,} cells; select the sheet, "
                              f"unmerge the cells (取消合并单元格) and save it again")
        spans.append((lo, hi, r1, c1, c2, top[c1]))
    filled: dict[tuple[int, int], tuple[int, int]] = {}
    for lo, hi, r1, c1, c2, value in spans:
        for n, vals in rows[lo:hi]:
            if len(vals) <= c2:
                vals.extend([None] * (c2 + 1 - len(vals)))
            for c in range(c1, c2 + 1):
                if (n, c) != (r1, c1) and not has_value(vals[c]):
                    vals[c] = value
                    filled[(n, c)] = (r1, c1)
    return filled
