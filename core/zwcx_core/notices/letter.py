"""Letters to one addressee on the GB/T 9704 page: the reply to a deputy's suggestion or a member's proposal (its
answer class top right, the feedback form 征询意见表 on a page of its own) and the reply/callback sheet of a 12345
work order.

Unlike a public notice, a letter goes to the person it answers: the requester's own name and phone may stand on it
(`addressee`); every other text goes through the same masking guard and glyph check as a notice.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass, field

from zwcx_core.notices.fonts import font_set
from zwcx_core.notices.layout import A4_PORTRAIT, BODY_LEADING, Flow, new_canvas
from zwcx_core.notices.model import Para, Table, zh_date
from zwcx_core.notices.tabledraw import draw_table
from zwcx_core.notices.titlebreak import queue_title

__all__ = ["Letter", "draw_letter"]

_FONT = {"body": "body", "h1": "hei", "h2": "kai", "plain": "body"}


@dataclass
class Letter:
    """One letter: `corner` is marked top right (the answer class, "A类"); `salutation` opens the body without
    indent; `appendix` (the feedback form) starts a new page under `appendix_title`."""

    kind: str  # reply_letter | hotline_sheet: the PDF's subject
    title: str
    unit_name: str
    blocks: list[Para | Table]
    signed_date: dt.date | None
    created_at: dt.datetime
    corner: str = ""
    salutation: str = ""
    appendix_title: str = ""
    appendix: list[Para | Table] = field(default_factory=list)
    # The addressee's own name and phone, on this letter by design: left out of the masking guard's scan.
    addressee: tuple[str, ...] = ()

    def texts(self) -> Iterator[tuple[str, str]]:
        """Every (field name, text) that goes on paper, the addressee's own data removed (for the guards)."""
        yield "title", self.title
        yield "corner", self.corner
        yield "unit name", self.unit_name
        yield "salutation", self._strip(self.salutation)
        yield "appendix title", self.appendix_title
        for b in self.blocks + self.appendix:
            if isinstance(b, Para):
                yield b.field, self._strip(b.lead + b.text)
            else:
                yield f"{b.field} caption", b.caption
                for i, row in enumerate(b.rows + b.footer, 1):
                    for col, cell in zip(b.columns, row, strict=False):
                        yield f"{b.field} row {i} {col.field}", self._strip(cell)

    def _strip(self, text: str) -> str:
        for s in self.addressee:
            if s:
                text = text.replace(s, " ")
        return text


def draw_letter(letter: Letter) -> bytes:
    """Lay out a checked letter on A4 portrait (GB/T 9704 margins and body grid)."""
    fonts = font_set()
    geo = A4_PORTRAIT
    buf = io.BytesIO()
    c = new_canvas(buf, geo, letter.title, letter.unit_name, f"zwcx {letter.kind}", letter.created_at,
                   fonts["body"])
    flow = Flow(c, geo, fonts)
    if letter.corner:  # the answer class, in 黑体 at the top right, above the title
        flow.paragraph([(letter.corner, fonts["hei"])], indent=0, align="right", gridded=False, keep_next=True)
    flow.space(BODY_LEADING * 0.5)
    queue_title(flow, letter.title, letter.unit_name)
    flow.space(BODY_LEADING * 0.5)
    if letter.salutation:
        flow.paragraph([(letter.salutation, fonts["body"])], indent=0)
    _blocks(flow, letter.blocks)
    if letter.signed_date is not None:
        flow.space(BODY_LEADING)
        # The issuing unit and the date at the right, four characters in from the edge (room for the seal).
        for text in (letter.unit_name, zh_date(letter.signed_date)):
            flow.paragraph([(text + "\u3000" * 4, fonts["body"])], indent=0, align="right", keep_next=True)
        flow.boxes[-1].keep_next = False
    if letter.appendix:
        flow.flush()
        flow.new_page()
        if letter.appendix_title:
            queue_title(flow, letter.appendix_title, letter.unit_name)
            flow.space(BODY_LEADING * 0.5)
        _blocks(flow, letter.appendix)
    flow.finish()
    c.save()
    return buf.getvalue()


def _blocks(flow: Flow, blocks: list[Para | Table]) -> None:
    f = flow.fonts
    for b in blocks:
        if isinstance(b, Table):
            draw_table(flow, b)
            continue
        runs = [(b.lead, f[_FONT[b.lead_style]])] if b.lead else []
        runs.append((b.text, f[_FONT.get(b.style, "body")]))
        flow.paragraph([r for r in runs if r[0]], indent=0 if b.style == "plain" else 2,
                       keep_next=b.style in ("h1", "h2"))
