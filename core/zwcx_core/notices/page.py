"""The GB/T 9704 page of one notice: a checked `Notice` → PDF bytes. Nothing here reads a store, so the desktop and
the city console print on the same page."""

from __future__ import annotations

import io

from zwcx_core.notices.fonts import font_set
from zwcx_core.notices.gate import draw_training_mark, draw_watermark
from zwcx_core.notices.layout import (
    A4_LANDSCAPE,
    A4_PORTRAIT,
    BODY_LEADING,
    BODY_SIZE,
    MM,
    Box,
    Flow,
    draw_qr,
    new_canvas,
    text_width,
)
from zwcx_core.notices.model import Notice, Para, Table, zh_date
from zwcx_core.notices.tabledraw import draw_table, natural_width
from zwcx_core.notices.titlebreak import queue_title
from zwcx_core.notices.verify import grouped

QR_SIZE = 20 * MM
#: Lines of text (or table rows) that go to the next page with the signature block rather than leave it alone.
KEEP_LINES = 2


def draw_notice(notice: Notice) -> bytes:
    """Lay out a checked notice (A4 portrait, or landscape when a table is wider than the portrait text area)."""
    fonts = font_set()
    wide = any(isinstance(b, Table) and natural_width(b, fonts) > A4_PORTRAIT.text_w for b in notice.blocks)
    geo = A4_LANDSCAPE if wide else A4_PORTRAIT
    buf = io.BytesIO()
    c = new_canvas(buf, geo, notice.title, notice.unit_name, f"zwcx {notice.kind} {notice.verify_code}",
                   notice.created_at, fonts["body"])
    c.setKeywords(f"verify:{notice.verify_code} sha256:{notice.content_hash}")

    def marks() -> None:  # under everything else on every page
        if notice.watermark:
            draw_watermark(c, geo, fonts["hei"], notice.watermark)
        if notice.training:
            draw_training_mark(c, geo, fonts["hei"], notice.training)

    underlay = marks if notice.watermark or notice.training else None
    # A document that is no stored record (the annual arrears announcement) has no code a server could check:
    # it prints none rather than one that leads nowhere.
    footer = f"核验码 {grouped(notice.verify_code)}" if notice.verify_code else ""
    flow = Flow(c, geo, fonts, footer=footer, underlay=underlay)
    flow.y -= BODY_LEADING * 0.5
    if notice.banner:  # 村务公开: the board it belongs to, above the title
        flow.paragraph([(notice.banner, fonts["hei"])], indent=0, align="center", gridded=False, keep_next=True)
    queue_title(flow, notice.title, notice.unit_name)
    flow.add(Box(BODY_LEADING * 0.5, space=True, keep_next=True))
    for block in notice.blocks:
        if isinstance(block, Table):
            draw_table(flow, block)
        else:
            _para(flow, block)
    flow.keep_with_previous(signature_box(flow, notice), lines=KEEP_LINES)
    flow.finish()
    c.save()
    return buf.getvalue()


_STYLE_FONT = {"body": "body", "h1": "hei", "h2": "kai"}


def _para(flow: Flow, p: Para) -> None:
    f = flow.fonts
    runs = []
    if p.lead:
        runs.append((p.lead, f[_STYLE_FONT[p.lead_style]]))
    runs.append((p.text, f[_STYLE_FONT.get(p.style, "body")]))
    # A heading on its own line stays with the text it heads.
    flow.paragraph([r for r in runs if r[0]], keep_next=p.style in ("h1", "h2"))


def signature_lines(notice: Notice) -> list[str]:
    """The issuer lines of the signature block, top to bottom, above the date: the issuing unit, then any
    sign-off a kind of notice needs. Each line is centred over the date; the block grows with them."""
    return [notice.unit_name]


def signature_box(flow: Flow, notice: Notice) -> Box:
    """The signature block as one box: one blank line, the issuer lines, then the date at the lower right (four
    characters in from the right edge, room for a seal); the QR code, verification code and content hash at the
    left of the same band."""
    f, g, c = flow.fonts, flow.geo, flow.c
    small = 8
    names = signature_lines(notice)
    date = zh_date(notice.signed_date)
    rows = len(names) + 1
    # A sign-off (村务监督委员会主任) stands at the left of the unit's row, with room to sign before the unit; the QR
    # code then moves one row down. When the unit's name leaves no room, the sign-off takes a row of its own above.
    signoff = notice.signoff
    height = max((rows + 1) * BODY_LEADING, BODY_LEADING + QR_SIZE) + (BODY_LEADING if signoff else 0)

    def spaced_width(text: str) -> float:  # on the body grid: each character one 一字 wide
        return text_width(text, f["body"], BODY_SIZE) + len(text) * (flow.advance - BODY_SIZE)

    def draw(y: float) -> None:
        top = y - BODY_LEADING
        date_right = g.left + g.text_w - 4 * flow.advance
        date_w = spaced_width(date) - (flow.advance - BODY_SIZE)
        date_center = date_right - date_w / 2
        xs = [min(date_center - spaced_width(n) / 2, g.left + g.text_w - spaced_width(n)) for n in names]
        sign_top = top
        if signoff and g.left + (len(signoff) + 5) * flow.advance > xs[0]:
            top -= BODY_LEADING
        placed = [(name, x, top - k * BODY_LEADING) for k, (name, x) in enumerate(zip(names, xs, strict=True))]
        placed.append((date, date_right - date_w, top - len(names) * BODY_LEADING))
        if signoff:
            placed.append((signoff, g.left, sign_top))
            top = sign_top - BODY_LEADING  # the QR band starts below the sign-off
        for text, x, line_top in placed:
            t = c.beginText(x, line_top - BODY_LEADING / 2 - BODY_SIZE * 0.36)
            t.setFont(f["body"], BODY_SIZE)
            t.setCharSpace(flow.advance - BODY_SIZE)
            t.textOut(text)
            t.setCharSpace(0)  # Tc outlives the text object (see Flow.line)
            c.drawText(t)
        lines = [f"核验码 {grouped(notice.verify_code)}"] if notice.verify_code else []
        lines.append(f"内容摘要 {notice.content_hash[:16]}")
        text_x = g.left
        if notice.qr_url:  # only a reviewed notice that a configured server can verify (notices/gate.py)
            draw_qr(c, notice.qr_url, g.left, top - QR_SIZE, QR_SIZE)
            lines.insert(0, "扫码核验本公示")
            text_x += QR_SIZE + 2 * MM
        c.setFont(f["small"], small)
        for i, text in enumerate(lines):  # beside the code, so the band is no taller than the signature
            c.drawString(text_x, top - QR_SIZE + (len(lines) - 1 - i) * small * 1.6 + 1, text)

    return Box(height, draw)
