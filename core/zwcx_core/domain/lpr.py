"""The 1-year loan prime rate (LPR) as reference data: the floor of late interest to SMEs (条例 art. 17).

The server sends the table down as a list of {"from": "YYYY-MM-DD", "one_year": "3.00"} items, each the rate in
force from that day until the next item; the store prefills a contract's `lpr_at_signing` from it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["LprRate", "lpr_on", "parse_lpr_table"]

# Same form as a contract's rate fields (schema._RATE), so a value from the table always fits lpr_at_signing.
_RATE = re.compile(r"\d{1,2}(\.\d{1,4})?", re.ASCII)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


@dataclass(frozen=True, order=True)
class LprRate:
    """One rate of the table: `one_year` (% a year, as published) in force from `start`."""

    start: dt.date
    one_year: str


def parse_lpr_table(items: Any) -> tuple[LprRate, ...]:
    """Check and sort an LPR table; raise ValueError naming the first bad item (1-based) and what is wrong.

    Each item needs "from" (an ISO date) and "one_year" (a percentage such as "3.45", above zero); two items may
    not start on the same day. Other keys (a five-year rate the server may add) are left alone."""
    if not isinstance(items, Sequence) or isinstance(items, (str, bytes)):
        raise ValueError("the LPR table must be a list of {\"from\": \"YYYY-MM-DD\", \"one_year\": \"3.00\"} items")
    rates: list[LprRate] = []
    seen: dict[dt.date, int] = {}
    for i, item in enumerate(items, 1):
        if not isinstance(item, Mapping):
            raise ValueError(f"LPR table item {i} must be an object with \"from\" and \"one_year\"")
        start_text, rate = item.get("from"), item.get("one_year")
        if not isinstance(start_text, str) or not _DATE.fullmatch(start_text):
            raise ValueError(f"LPR table item {i}: \"from\" must be a date written YYYY-MM-DD")
        try:
            start = dt.date.fromisoformat(start_text)
        except ValueError:
            raise ValueError(f"LPR table item {i}: \"from\" {start_text} is not a date in the calendar") from None
        if isinstance(rate, (int, float)) and not isinstance(rate, bool):
            rate = str(rate)
        if not isinstance(rate, str) or not _RATE.fullmatch(rate) or float(rate) <= 0:
            raise ValueError(f"LPR table item {i} (from {start_text}): \"one_year\" must be a yearly percentage "
                             "above zero such as \"3.45\"")
        if start in seen:
            raise ValueError(f"LPR table item {i}: another rate (item {seen[start]}) already starts on {start_text}")
        seen[start] = i
        rates.append(LprRate(start, rate))
    return tuple(sorted(rates))


def lpr_on(table: Sequence[LprRate], day: dt.date) -> str | None:
    """The 1-year LPR in force on `day` (the item with the latest start on or before it), None when the table
    starts later or is empty. `table` is what parse_lpr_table returned (sorted)."""
    i = bisect.bisect_right([r.start for r in table], day)
    return table[i - 1].one_year if i else None
