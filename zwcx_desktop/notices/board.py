"""A notice-board sheet: several current items of one board, each boxed with its period, how to object and a QR
code, in two columns on A3 or one on A4. Each item is the same `Notice` a single print would make, so the same
masking guard runs over it."""

from __future__ import annotations

from zwcx_core.notices import glyphs, guard
from zwcx_core.notices.boardpage import draw_board
from zwcx_core.notices.gate import for_posting
from zwcx_desktop.notices import content


def render_board(app, record_ids: list[str], paper: str = "A3") -> bytes:
    """One board sheet for the current versions of `record_ids` (in that order); NoticeRefused as for a notice."""
    if not record_ids:
        raise ValueError("a board sheet needs at least one record")
    if paper not in ("A3", "A4"):
        raise ValueError(f"paper must be A3 or A4, not {paper}")
    notices = [content.build(app, rid) for rid in record_ids]
    for n in notices:
        for_posting(app, n)  # a board sheet is for posting: no watermarked items on it
        guard.check(n)
        glyphs.check(n)
    return draw_board(notices, paper)
