"""A document of paragraphs and tables on the notice page (GB/T 9704): title, body, tables with 续表 and repeated
headers, the issuer and date at the end. For reports that are not notices — the city's 区域政务诚信评价报告 —
so they print with the same page, fonts and table drawing as every notice, without a notice's verification code,
QR code or masking rules (a report carries no records of persons; its caller answers for what it prints)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from zwcx_core.notices.fonts import font_set
from zwcx_core.notices.gate import draw_training_mark
from zwcx_core.notices.layout import (
    A4_LANDSCAPE,
    A4_PORTRAIT,
    BODY_LEADING,
    BODY_SIZE,
    Box,
    Flow,
    new_canvas,
    text_width,
)
from zwcx_core.notices.model import Para, Table, zh_date
from zwcx_core.notices.tabledraw import draw_table, natural_width
from zwcx_core.notices.titlebreak import queue_title

__all__ = ["Document", "draw_document"]

_STYLE_FONT = {"body": "body", "plain": "body", "h1": "hei", "h2": "kai"}


@dataclass
class Document:
    """What a report says: `issuer` signs it (and is the PDF's author); `mark` is a line printed in the top
    margin of every page (【示例】 for a report on made-up weights); `footer` a small note beside the page number."""

    title: str
    issuer: str
    blocks: list[Para | Table]
    signed_date: dt.date
    created_at: dt.datetime  # the PDF's creation date: the same document gives the same bytes
    subject: str = ""
    footer: str = ""
    mark: str = ""
    keywords: list[str] = field(default_factory=list)
    landscape: bool = False  # A4 landscape whatever the tables' widths (a printed record list)


def draw_document(doc: Document) -> bytes:
    """Lay out `doc` on A4 portrait, or landscape when asked or a table is wider than the portrait text area."""
    fonts = font_set()
    wide = doc.landscape or any(isinstance(b, Table) and natural_width(b, fonts) > A4_PORTRAIT.text_w for b in doc.blocks)
    geo = A4_LANDSCAPE if wide else A4_PORTRAIT
    buf = io.BytesIO()
    c = new_canvas(buf, geo, doc.title, doc.issuer, doc.subject or doc.title, doc.created_at, fonts["body"])
    if doc.keywords:
        c.setKeywords(" ".join(doc.keywords))
    underlay = (lambda: draw_training_mark(c, geo, fonts["hei"], doc.mark)) if doc.mark else None
    flow = Flow(c, geo, fonts, footer=doc.footer, underlay=underlay)
    flow.y -= BODY_LEADING * 0.5
    queue_title(flow, doc.title, doc.issuer)
    flow.add(Box(BODY_LEADING * 0.5, space=True, keep_next=True))
    for block in doc.blocks:
        if isinstance(block, Table):
            draw_table(flow, block)
        else:
            runs = [(block.lead, fonts[_STYLE_FONT[block.lead_style]])] if block.lead else []
            runs.append((block.text, fonts[_STYLE_FONT.get(block.style, "body")]))
            flow.paragraph([r for r in runs if r[0]], indent=0 if block.style == "plain" else 2,
                           keep_next=block.style in ("h1", "h2"))
    flow.keep_with_previous(_signature(flow, doc), lines=2)
    flow.finish()
    c.save()
    return buf.getvalue()


def _signature(flow: Flow, doc: Document) -> Box:
    """One blank line, the issuer, and the date four characters in from the right edge (room for a seal), the
    issuer centred over the date as on a notice."""
    f, g, c = flow.fonts, flow.geo, flow.c
    date = zh_date(doc.signed_date)

    def spaced(text: str) -> float:  # on the body grid: each character one 一字 wide
        return text_width(text, f["body"], BODY_SIZE) + (len(text) - 1) * (flow.advance - BODY_SIZE)

    def draw(y: float) -> None:
        right = g.left + g.text_w - 4 * flow.advance
        centre = right - spaced(date) / 2
        issuer_x = min(centre - spaced(doc.issuer) / 2, g.left + g.text_w - spaced(doc.issuer))
        for k, (text, x) in enumerate(((doc.issuer, issuer_x), (date, right - spaced(date)))):
            t = c.beginText(x, y - (k + 1) * BODY_LEADING - BODY_LEADING / 2 - BODY_SIZE * 0.36)
            t.setFont(f["body"], BODY_SIZE)
            t.setCharSpace(flow.advance - BODY_SIZE)
            t.textOut(text)
            t.setCharSpace(0)  # Tc outlives the text object (see Flow.line)
            c.drawText(t)

    return Box(3 * BODY_LEADING, draw)
