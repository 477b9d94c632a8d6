"""The notice-board sheet's page: several checked notices, each boxed with its period, how to object and a QR code,
in two columns on A3 or one on A4. Nothing here reads a store."""

from __future__ import annotations

import io

from zwcx_core.notices.fonts import font_set
from zwcx_core.notices.gate import draw_training_mark
from zwcx_core.notices.layout import (
    A3_PORTRAIT,
    A4_PORTRAIT,
    MM,
    TITLE_LEADING,
    TITLE_SIZE,
    Flow,
    char_width,
    draw_qr,
    new_canvas,
    text_width,
    wrap,
)
from zwcx_core.notices.model import Notice, zh_date
from zwcx_core.notices.titlebreak import balance, queue_title
from zwcx_core.notices.verify import grouped

GUTTER = 8 * MM
PAD = 3 * MM
QR = 20 * MM


def draw_board(notices: list[Notice], paper: str) -> bytes:
    fonts = font_set()
    geo = A3_PORTRAIT if paper == "A3" else A4_PORTRAIT
    ncols = 2 if paper == "A3" else 1
    col_w = (geo.text_w - GUTTER * (ncols - 1)) / ncols
    unit = notices[0].unit_name
    title = f"{unit}公示栏"
    buf = io.BytesIO()
    c = new_canvas(buf, geo, title, unit, "zwcx board", max(n.created_at for n in notices), fonts["body"])
    mark = next((n.training for n in notices if n.training), "")
    flow = Flow(c, geo, fonts, underlay=(lambda: draw_training_mark(c, geo, fonts["hei"], mark)) if mark else None)
    queue_title(flow, title, unit, size=TITLE_SIZE + (4 if paper == "A3" else 0), leading=TITLE_LEADING * 1.3)
    latest = max(n.signed_date for n in notices)
    flow.paragraph([(f"本栏目共{len(notices)}项公示 · 更新于{zh_date(latest)}", fonts["body"])], size=12,
                   leading=24, indent=0, align="center", gridded=False)
    flow.flush()  # the header is placed; the items are boxed by hand below, in one or two columns
    flow.y -= 4 * MM
    tops = [flow.y] * ncols
    max_summary = 14 if paper == "A3" else 9
    for n in notices:
        lines = _item_lines(n, fonts, col_w - 2 * PAD, max_summary)
        h = sum(lh for _, _, _, lh in lines) + 2 * PAD
        h = max(h, QR + 2 * PAD + 12)
        k = max(range(ncols), key=lambda i: tops[i])
        if tops[k] - h < geo.floor:
            flow.y = geo.floor  # nothing fits below: a fresh page for every column
            flow.new_page()
            tops = [flow.y] * ncols
            k = 0
        x = geo.left + k * (col_w + GUTTER)
        _draw_item(c, n, fonts, lines, x, tops[k], col_w, h)
        tops[k] -= h + 5 * MM
    flow.finish()
    c.save()
    return buf.getvalue()


def _item_lines(n: Notice, fonts, width: float, max_summary: int) -> list[tuple[str, str, float, float]]:
    """(text, font, size, line height) of one boxed item, the summary cut to `max_summary` lines."""
    out: list[tuple[str, str, float, float]] = []

    def add(text: str, font: str, size: float, lead: float, avail: float, limit: int | None = None) -> None:
        chars = [(ch, font, char_width(ch, font, size)) for ch in text]
        lines = wrap(chars, avail, avail)
        if limit is not None and len(lines) > limit:
            lines = lines[:limit]
            lines[-1] = lines[-1][:-2] + [("…", font, 0), ("…", font, 0)]
        for ln in lines:
            out.append(("".join(ch for ch, _, _ in ln), font, size, lead))

    text_w = width - QR - 3 * MM  # the QR code sits in the upper right corner of the box
    for line in balance(n.title, text_w, lambda t: text_width(t, fonts["hei"], 15), n.unit_name):
        out.append((line, fonts["hei"], 15, 21))  # balanced like the notice's own title, words kept whole
    add(f"公示期：{zh_date(n.period.start)}至{zh_date(n.period.end)}", fonts["body"], 12, 18, text_w)
    add(f"发布单位：{n.unit_name}", fonts["body"], 12, 18, text_w)
    summary = " ".join(n.summary.split())
    if n.rows:
        summary = f"公示名单共{n.rows}户（人），全文及名单以单独张贴的公示为准。" + summary
    add(summary, fonts["body"], 12, 18, width, max_summary)
    if n.contact:
        add(f"异议受理：{n.contact}", fonts["kai"], 12, 18, width)
    add(f"核验码 {grouped(n.verify_code)} · 内容摘要 {n.content_hash[:16]}", fonts["small"], 8, 12, width)
    return out


def _draw_item(c, n: Notice, fonts, lines, x: float, top: float, w: float, h: float) -> None:
    c.setLineWidth(0.8)
    c.rect(x, top - h, w, h, stroke=1, fill=0)
    if n.qr_url:  # none without a server to verify it
        draw_qr(c, n.qr_url, x + w - PAD - QR, top - PAD - QR, QR)
    y = top - PAD
    for text, font, size, lead in lines:
        c.setFont(font, size)
        c.drawString(x + PAD, y - lead / 2 - size * 0.36, text)
        y -= lead
