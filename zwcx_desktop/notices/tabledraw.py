"""Drawing a `Table` on a `Flow`: column widths from the content, wrapped cells, header repeated on every page."""

from __future__ import annotations

from zwcx_desktop.notices.layout import Flow, char_width, text_width, wrap
from zwcx_desktop.notices.model import Table

PAD = 0.4  # cell padding, in font sizes
LINE = 1.3  # line pitch inside a cell, in font sizes


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
    """Caption, header, rows and footer rows; a row never splits across pages."""
    c, fonts, size = flow.c, flow.fonts, table.font_size
    widths = _widths(table, fonts, flow.geo.text_w)
    xs = [flow.geo.left]
    for w in widths:
        xs.append(xs[-1] + w)
    pad, pitch = size * PAD, size * LINE

    def cells(row: list[str], font: str) -> tuple[list[list[list[tuple[str, str, float]]]], float]:
        wrapped = []
        for text, w in zip(row, widths, strict=True):
            chars = [(ch, font, char_width(ch, font, size)) for ch in text]
            wrapped.append(wrap(chars, w - 2 * pad, w - 2 * pad) if chars else [])
        n = max((len(x) for x in wrapped), default=1) or 1
        return wrapped, n * pitch + 2 * pad

    def draw_row(row: list[str], font: str) -> None:
        wrapped, h = cells(row, font)
        flow.ensure(h)
        top = flow.y
        c.setFont(font, size)
        for k, lines in enumerate(wrapped):
            off = (h - len(lines) * pitch) / 2
            for j, line in enumerate(lines):
                text = "".join(ch for ch, _, _ in line)
                base = top - off - j * pitch - pitch / 2 - size * 0.36
                align = table.columns[k].align if len(lines) == 1 else "left"
                if align == "center":
                    c.drawCentredString((xs[k] + xs[k + 1]) / 2, base, text)
                elif align == "right":
                    c.drawRightString(xs[k + 1] - pad, base, text)
                else:
                    c.drawString(xs[k] + pad, base, text)
        bottom = top - h
        c.lines([(xs[0], top, xs[-1], top), (xs[0], bottom, xs[-1], bottom)]
                + [(x, top, x, bottom) for x in xs])
        flow.y = bottom

    header = [col.title for col in table.columns]
    header_h = cells(header, fonts["hei"])[1]
    first_h = cells(table.rows[0], fonts["body"])[1] if table.rows else 0
    c.setLineWidth(0.6)
    cap = size + 6
    flow.ensure(cap * 1.8 + header_h + first_h)
    if table.caption:
        flow.y -= cap * 0.4
        flow.paragraph([(table.caption, fonts["hei"])], size=cap, leading=cap * 1.6, indent=0, align="center",
                       gridded=False)
    draw_row(header, fonts["hei"])

    def repeat_header() -> None:
        c.setLineWidth(0.6)
        draw_row(header, fonts["hei"])

    flow.on_new_page = repeat_header
    for row in table.rows:
        draw_row(row, fonts["body"])
    for row in table.footer:
        draw_row(row, fonts["hei"])
    flow.on_new_page = None
    flow.y -= size
