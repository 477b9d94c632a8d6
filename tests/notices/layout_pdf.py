"""Reading a notice's layout back from the PDF (helpers of the page-rule tests): lines with their positions,
the signature block, and sample records moved to a printable (approved) state."""

from __future__ import annotations

import io
from dataclasses import dataclass

from zwcx_core.notices.layout import A4_PORTRAIT

GEO = A4_PORTRAIT
#: The steps that make a record of each kind printable as a valid notice (approved, posted, answered).
PRINTABLE_PATH = {
    "commitment": ("pending_review", "published"),
    "disclosure": ("pending_review", "approved", "publicizing"),
    "objection": ("accepted", "investigating", "replied", "closed"),
}


def approve(app, record_id: str, actor) -> None:
    """Walk a record up to its printable state, from wherever it is on that path."""
    view = app.records.get(record_id)
    path = PRINTABLE_PATH[view.kind]
    status = view.status
    for step in path[path.index(status) + 1:] if status in path else path:
        app.records.transition(record_id, step, actor)


@dataclass
class Line:
    """Characters of one size sharing a baseline (y from the bottom of the page, as in the PDF)."""

    text: str
    baseline: float
    top: float  # from the top of the page (pdfplumber)
    x0: float
    x1: float
    size: float
    fontname: str

    @property
    def flat(self) -> str:
        return "".join(self.text.split())


def page_lines(pdf: bytes) -> list[list[Line]]:
    """Every page's lines, top to bottom."""
    import pdfplumber

    pages = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            groups: dict[tuple[float, float], list[dict]] = {}
            for c in page.chars:
                groups.setdefault((round(c["matrix"][5], 1), round(c["size"], 1)), []).append(c)
            lines = []
            for (base, size), chars in groups.items():
                chars.sort(key=lambda c: c["x0"])
                lines.append(Line("".join(c["text"] for c in chars), base, min(c["top"] for c in chars),
                                  chars[0]["x0"], chars[-1]["x1"], size, chars[0]["fontname"]))
            lines.sort(key=lambda ln: (ln.top, ln.x0))
            pages.append(lines)
    return pages


def in_text_area(lines: list[Line]) -> list[Line]:
    """Lines inside the text area (not the page number or the footer note under it)."""
    return [ln for ln in lines if ln.baseline > GEO.floor]


def signature_page(pages: list[list[Line]], unit_name: str) -> tuple[int, Line]:
    """(index of the page, the line) of the issuing unit in the signature block: the 16 pt line reading exactly
    the unit's name, in the right half of the text area."""
    found = [(i, ln) for i, lines in enumerate(pages) for ln in lines
             if ln.flat == unit_name and ln.x0 > GEO.left + GEO.text_w / 3 and abs(ln.size - 16) < 0.5]
    assert len(found) == 1, f"one signature block expected, found {len(found)}"
    return found[0]


def splits_inside(lines: list[str], word: str) -> bool:
    """True when a line boundary falls inside an occurrence of `word` in the joined lines."""
    text, cuts, pos = "".join(lines), set(), 0
    for ln in lines[:-1]:
        pos += len(ln)
        cuts.add(pos)
    start = text.find(word)
    while start >= 0:
        if any(start < c < start + len(word) for c in cuts):
            return True
        start = text.find(word, start + 1)
    return False
