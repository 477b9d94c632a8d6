"""What reading a roster file produces: the cells of one sheet, or the sentence saying why there are none."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


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
    #: Cells that were blank inside a merged range and now hold its top-left value:
    #: (row number, 0-based column) -> (row number, 0-based column) of the top-left cell.
    filled: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

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


def has_value(v: Any) -> bool:
    """Whether a cell holds something (not None, not only spaces)."""
    return v is not None and not (isinstance(v, str) and not v.strip())
