"""Drawing a `Table` on a `Flow`: column widths from the content, wrapped cells, 续表 and the header repeated on
every page it continues on."""

from __future__ import annotations

from zwcx_core.notices.layout import BODY_LEADING, BODY_SIZE, Box, Flow, char_width, text_width, wrap
from zwcx_core.notices.model import Table
from zwcx_core.notices.titlebreak import queue_title

PAD = 0.4  # cell padding, in font sizes
LINE = 1.3  # line pitch inside a cell, in font sizes
CONTINUED = "续表"
CONTINUED_SIZE = BODY_SIZE  # in the body font and size, above the table at the left
CONTINUED_LEADING = BODY_LEADING


def natural_width(table: Table, fonts) -> float:
    """Narrowest width the table can take with only free-text columns wrapped (down to 6 characters each)."""
    nat = _natural(table, fonts)
    return sum(min(n, 6 * table.font_size) if c.wrap else n for n, c in zip(nat, table.columns, strict=True))


def _natural(table: Table, fonts) -> list[float]:
    size, pad = table.font_size, table.font_size * PAD * 2
    out = []
    for i, col in enumerate(table.columns):
        w = text_width(col.title, fonts["hei"], size)
        seen: set[str] = set()
        for row in table.rows + table.footer:
            cell = row[i]
            if cell not in seen:  # rosters repeat villages and policies: measure each text once
                seen.add(cell)
                w = max(w, text_width(cell, fonts["body"], size))
        out.append(min(w, 12 * size) + pad if col.wrap else w + pad)
    return out


def _widths(table: Table, fonts, avail: float) -> list[float]:
    nat = _natural(table, fonts)
    total = sum(nat)
    if total <= avail:
        spare = avail - total
        weight = sum(c.weight for c in table.columns)
        return [n + spare * c.weight / weight for n, c in zip(nat, table.columns, strict=True)]
    # Free-text columns give first; if that is not enough every column gives, and cells wrap.
    fixed = sum(n for n, c in zip(nat, table.columns, strict=True) if not c.wrap)
    loose = total - fixed
    if loose and fixed < avail and fixed + min(loose, 6 * table.font_size) <= avail:
        k = (avail - fixed) / loose
        return [n * k if c.wrap else n for n, c in zip(nat, table.columns, strict=True)]
    return [n * avail / total for n in nat]


def draw_table(flow: Flow, table: Table) -> None:
    """Queue caption, header, rows and footer rows on `flow`. A row never splits across pages; the caption and
    header stay with the first row; a page that continues the table opens with 续表 (top left, body font) and
    the header row again (GB/T 9704 practice)."""
    c, fonts, size = flow.c, flow.fonts, table.font_size
    widths = _widths(table, fonts, flow.geo.text_w)
    xs = [flow.geo.left]
    for w in widths:
        xs.append(xs[-1] + w)
    pad, pitch = size * PAD, size * LINE

    def row_box(row: list[str], font: str) -> Box:
        wrapped = []
        for text, w in zip(row, widths, strict=True):
            chars = [(ch, font, char_width(ch, font, size)) for ch in text]
            wrapped.append(wrap(chars, w - 2 * pad, w - 2 * pad) if chars else [])
        n = max((len(x) for x in wrapped), default=1) or 1
        h = n * pitch + 2 * pad

        # (x, offset of the baseline below the row's top, text) of every cell line, worked out once
        placed = []
        for k, lines in enumerate(wrapped):
            off = (h - len(lines) * pitch) / 2
            align = table.columns[k].align if len(lines) == 1 else "left"
            for j, line in enumerate(lines):
                w = sum(ch[2] for ch in line)
                x = ((xs[k] + xs[k + 1] - w) / 2 if align == "center"
                     else xs[k + 1] - pad - w if align == "right" else xs[k] + pad)
                placed.append((x, off + j * pitch + pitch / 2 + size * 0.36, "".join(ch for ch, _, _ in line)))

        def draw(top: float) -> None:
            # One text object per row: a 1,000-row roster draws some 8,000 cells.
            t = c.beginText()
            t.setFont(font, size)
            for x, down, text in placed:
                t.setTextOrigin(x, top - down)
                t.textOut(text)
            c.drawText(t)
            bottom = top - h
            c.setLineWidth(0.6)
            c.lines([(xs[0], top, xs[-1], top), (xs[0], bottom, xs[-1], bottom)]
                    + [(x, top, x, bottom) for x in xs])

        return Box(h, draw)

    header = [col.title for col in table.columns]
    body_font = fonts["body"]

    def continued() -> list[Box]:
        label = [(ch, body_font, char_width(ch, body_font, CONTINUED_SIZE)) for ch in CONTINUED]

        def draw(top: float) -> None:
            flow.line(label, flow.geo.left, top - CONTINUED_LEADING / 2 - CONTINUED_SIZE * 0.36, CONTINUED_SIZE, 0)

        return [Box(CONTINUED_LEADING, draw), row_box(header, fonts["hei"])]

    cap = size + 6
    if table.caption:
        flow.space(cap * 0.4)
        queue_title(flow, table.caption, "", size=cap, leading=cap * 1.6, role="hei")
    head = row_box(header, fonts["hei"])
    head.keep_next = True
    flow.add(head)
    for row in table.rows:
        b = row_box(row, fonts["body"])
        b.repeat = continued
        flow.add(b)
    for k, row in enumerate(table.footer):  # the totals rows stay together
        b = row_box(row, fonts["hei"])
        b.repeat = continued
        b.keep_next = k < len(table.footer) - 1
        flow.add(b)
    flow.space(size)
