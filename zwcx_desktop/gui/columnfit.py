"""List columns that fit the table: on a narrow screen (1366×768 at 150 %) the last column, 状态, stays in view.

Each column has a natural width (from its kind of content) and a least width (its heading, or a date or masked ID
in full). When the natural widths are wider than the table, every column gives up part of what it has above its
least width, in proportion, so no row has to be read and nothing is cut below legibility.
"""

from __future__ import annotations

#: Least width of a free-text column (title, content, policy): about ten characters.
TEXT_MIN_CHARS = 10
#: A heading's padding and sort arrow beside its text.
HEADING_PAD = 28


def fit_widths(natural: list[int], least: list[int], room: int) -> list[int]:
    """Column widths summing to at most `room` (or the least widths when even those do not fit)."""
    total = sum(natural)
    if total <= room:
        return list(natural)
    slack = [max(0, n - m) for n, m in zip(natural, least, strict=True)]
    give = sum(slack)
    need = total - room
    if give <= need:
        return [min(n, m) for n, m in zip(natural, least, strict=True)]
    # Ceiling division: the columns give up at least `need` between them.
    return [n - (need * s + give - 1) // give for n, s in zip(natural, slack, strict=True)]


def least_widths(header, fields) -> list[int]:
    """Each column's least width in pixels for `header`'s font: its heading, or its widest typical value."""
    fm = header.fontMetrics()
    samples = {"date": "2026-12-31", "id_masked": "230102********1234"}
    out = []
    for i, f in enumerate(fields):
        heading = str(header.model().headerData(i, header.orientation()) or "")
        need = fm.horizontalAdvance(heading) + HEADING_PAD
        sample = samples.get(f.name) or samples.get(f.type)
        if sample:
            need = max(need, fm.horizontalAdvance(sample) + 12)
        if f.name in ("title", "content", "policy"):
            need = max(need, fm.horizontalAdvance("字") * TEXT_MIN_CHARS)
        out.append(need)
    return out
