"""Merging the child rows of a record edited on two computers at once.

A contract's payments, deliveries and acceptances are child rows with stable ids. When two computers each add a
payment before they sync, the two versions differ in the whole `events` list; choosing one side would drop the
other side's payment. Rows are merged by id instead: rows added on either side are kept, a row removed on one side
and untouched on the other goes, and only a row changed differently on both sides needs a person's decision.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

Row = Mapping[str, Any]


def _by_id(rows: Sequence[Row] | None) -> dict[str, Row]:
    return {r["id"]: r for r in rows or [] if isinstance(r, Mapping) and r.get("id")}


def merge_rows(base: Sequence[Row] | None, mine: Sequence[Row] | None,
               theirs: Sequence[Row] | None) -> list[dict[str, Any]] | None:
    """The union of two edits of one child list, or None when they cannot be merged row by row (a row changed
    differently on both sides, or a row without an id). Order: this side's rows, then the other side's new ones."""
    rows = [*(base or []), *(mine or []), *(theirs or [])]
    if any(not isinstance(r, Mapping) or not r.get("id") for r in rows):
        return None
    b, m, t = _by_id(base), _by_id(mine), _by_id(theirs)
    out: list[dict[str, Any]] = []
    for rid, row in m.items():
        if rid in t:
            other = t[rid]
            if row == other or other == b.get(rid):
                out.append(dict(row))
            elif row == b.get(rid):
                out.append(dict(other))
            else:
                return None  # the same row changed on both sides: a person decides
        elif rid in b and b[rid] != row:
            return None  # changed here, removed there
        elif rid not in b:
            out.append(dict(row))  # added here
        # else: removed on the other side and untouched here -> gone
    for rid, row in t.items():
        if rid in m:
            continue
        if rid in b and b[rid] != row:
            return None  # changed there, removed here
        if rid not in b:
            out.append(dict(row))  # added there
    return out
