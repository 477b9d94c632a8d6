"""Page geometry (GB/T 9704-2012) and a small text flow on a reportlab canvas: wrapping, pages, page numbers, QR.

We draw on the canvas directly rather than through platypus: CJK line breaking with 避头尾 rules, the 28-character
grid of the body text and a 1,000-row roster with repeated headers are each a few lines here, and staying on the
canvas keeps a long roster well under a second.

Text is queued as boxes (a line, a table row, the signature block) and placed when the notice is complete, so the
page rules that look ahead are flags on boxes: a heading keeps with its next line, a table's caption and header
with its first row, the signature block with the last lines of text before it (never alone on a page); a page
that continues a table opens with 续表 and the header row.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

MM = 72 / 25.4


@dataclass(frozen=True)
class Geometry:
    """A page and its text area (from the top-left corner, in points)."""

    width: float
    height: float
    left: float
    top: float
    text_w: float
    text_h: float

    @property
    def floor(self) -> float:
        """y (PDF coordinates, from the bottom) of the text area's lower edge."""
        return self.height - self.top - self.text_h


#: GB/T 9704: A4, top margin 37 mm, binding margin 28 mm, text area 156 × 225 mm.
A4_PORTRAIT = Geometry(210 * MM, 297 * MM, 28 * MM, 37 * MM, 156 * MM, 225 * MM)
#: Wide rosters: the same text area turned, centred on a landscape A4 sheet.
A4_LANDSCAPE = Geometry(297 * MM, 210 * MM, 36 * MM, 27 * MM, 225 * MM, 156 * MM)
#: A3 board sheets keep the A4 top and binding margins.
A3_PORTRAIT = Geometry(297 * MM, 420 * MM, 28 * MM, 37 * MM, 241 * MM, 348 * MM)

BODY_SIZE = 16.0  # 3号
TITLE_SIZE = 22.0  # 2号
#: 28 characters per line and 22 lines in the portrait text area.
BODY_ADVANCE = 156 * MM / 28
BODY_LEADING = 225 * MM / 22
TITLE_LEADING = 34.0
PAGE_NUMBER_SIZE = 14.0  # 4号

NO_START = set("，。、；：！？）》」』”’】〕％,.;:!?)]}%…—·")
NO_END = set("（《「『“‘【〔([{")

_widths: dict[tuple[str, float], dict[str, float]] = {}


def char_width(ch: str, font: str, size: float) -> float:
    table = _widths.setdefault((font, size), {})
    w = table.get(ch)
    if w is None:
        w = table[ch] = stringWidth(ch, font, size)
    return w


def text_width(text: str, font: str, size: float) -> float:
    return sum(char_width(c, font, size) for c in text)


def _word(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c in "-.*/:%")


def wrap(chars: list[tuple[str, str, float]], first: float, rest: float) -> list[list[tuple[str, str, float]]]:
    """Break (char, font, advance) items into lines of at most `first` then `rest` points.

    Breaks between CJK characters; ASCII words and numbers (and masked IDs) stay whole unless longer than a
    line; no line starts with closing punctuation or ends with opening punctuation (避头尾).
    """
    lines: list[list[tuple[str, str, float]]] = []
    start, n = 0, len(chars)
    while start < n:
        avail = first if not lines else rest
        width, i, brk = 0.0, start, -1
        while i < n and width + chars[i][2] <= avail + 0.01:
            width += chars[i][2]
            i += 1
            if i < n and _can_break(chars[i - 1][0], chars[i][0]):
                brk = i
        if i >= n:
            lines.append(chars[start:])
            break
        end = brk if brk > start else max(i, start + 1)
        lines.append(chars[start:end])
        start = end
        while start < n and chars[start][0] == " ":
            start += 1
    return lines


def _can_break(a: str, b: str) -> bool:
    if b in NO_START or a in NO_END:
        return False
    return not (_word(a) and _word(b))


def new_canvas(buf: io.BytesIO, geo: Geometry, title: str, author: str, subject: str,
               created: dt.datetime, font: str) -> rl_canvas.Canvas:
    """A canvas in invariant mode whose creation date is `created`: the same input gives the same bytes.

    `font` (an embedded TrueType font) replaces reportlab's initial Helvetica, which every page would otherwise
    reference as a non-embedded font.
    """
    c = rl_canvas.Canvas(buf, pagesize=(geo.width, geo.height), invariant=1, pageCompression=1,
                         initialFontName=font, initialFontSize=BODY_SIZE)
    stamp = created.strftime("D:%Y%m%d%H%M%S+00'00'")
    c.setDateFormatter(lambda *_: stamp)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("zwcx 政务诚信")
    return c


def page_label(n: int) -> str:
    """A page number as GB/T 9704 prints it: the number between two 一字线."""
    return f"— {n} —"


def page_number_baseline(geo: Geometry) -> float:
    """y of the page number's baseline: 7 mm below the lower edge of the text area."""
    return geo.floor - 7 * MM


def draw_qr(c: rl_canvas.Canvas, url: str, x: float, y: float, size: float) -> None:
    """A QR code (level M, no quiet zone: the page margin is one) with its lower-left corner at (x, y)."""
    import qrcode

    qr = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(url)
    qr.make(fit=True)
    m = qr.get_matrix()
    cell = size / len(m)
    p = c.beginPath()
    for r, row in enumerate(m):
        col = 0
        while col < len(row):
            if row[col]:
                run = col
                while run < len(row) and row[run]:
                    run += 1
                p.rect(x + col * cell, y + size - (r + 1) * cell, (run - col) * cell, cell)
                col = run
            else:
                col += 1
    c.setFillGray(0)
    c.drawPath(p, stroke=0, fill=1)


@dataclass
class Box:
    """One piece of a page that never splits: a line of text, a table row, the signature block, or a space.

    `draw(y)` draws it with its top edge at y. `keep_next` puts it on the same page as the box after it (a
    heading with its first line, the last lines of text with the signature). A `space` is dropped at the top of
    a page. When a page breaks just before a box with `repeat`, the boxes `repeat()` returns open the new page
    (a table's 续表 line and header row).
    """

    height: float
    draw: Callable[[float], None] | None = None
    keep_next: bool = False
    space: bool = False
    repeat: Callable[[], list[Box]] | None = None


class Flow:
    """Top-to-bottom placement of boxes on pages, with `— n —` page numbers and a small footer note.

    Boxes are queued (`add`, `paragraph`, `space`) and placed by `flush`/`finish`, so a rule that looks ahead —
    the signature block never alone on a page — is a flag on the boxes before it, not a guess about room.
    """

    def __init__(self, c: rl_canvas.Canvas, geo: Geometry, fonts, footer: str = "",
                 underlay: Callable[[], None] | None = None) -> None:
        self.c, self.geo, self.fonts, self.footer = c, geo, fonts, footer
        self.page = 1
        self.y = geo.height - geo.top
        # Drawn first on every page (a draft's watermark), so that everything else lies over it.
        self.underlay = underlay
        if underlay:
            underlay()
        self.grid = max(1, int(geo.text_w / BODY_ADVANCE + 0.01))
        self.advance = geo.text_w / self.grid
        self.boxes: list[Box] = []
        self._page_used = False  # something other than a repeated header is on the current page
        #: Called as each page is finished, with the canvas and the page number: page-wide marks (a watermark).
        self.page_hooks: list[Callable[[rl_canvas.Canvas, int], None]] = []

    @property
    def room(self) -> float:
        return self.y - self.geo.floor

    # -- queueing -------------------------------------------------------------------------------------------

    def add(self, box: Box) -> None:
        self.boxes.append(box)

    def space(self, height: float) -> None:
        self.boxes.append(Box(height, space=True))

    def keep_with_previous(self, box: Box, lines: int = 2) -> None:
        """Queue `box` so that it goes on a page together with the last `lines` boxes of text before it."""
        seen = 0
        for k in range(len(self.boxes) - 1, -1, -1):
            if seen >= lines:
                break
            self.boxes[k].keep_next = True
            if not self.boxes[k].space:
                seen += 1
        self.boxes.append(box)

    def paragraph(self, runs: list[tuple[str, str]], size: float = BODY_SIZE, leading: float = BODY_LEADING,
                  indent: int = 2, align: str = "justify", gridded: bool = True, keep_next: bool = False) -> None:
        """Set (text, font) runs as one paragraph; `gridded` keeps body text on the 28-per-line grid;
        `keep_next` keeps its last line on the page of whatever follows (headings)."""
        base_cs = (self.advance - size) if gridded else 0.0
        chars = [(ch, font, char_width(ch, font, size) + base_cs) for text, font in runs for ch in text]
        lead_in = indent * (self.advance if gridded else size)
        w = self.geo.text_w
        lines = wrap(chars, w - lead_in, w)
        for k, line in enumerate(lines):
            x0 = self.geo.left + (lead_in if k == 0 else 0)
            avail = w - (lead_in if k == 0 else 0)
            lw = sum(c[2] for c in line)
            cs, x = base_cs, x0
            if align == "justify" and k < len(lines) - 1 and len(line) > 1:
                extra = (avail - lw) / (len(line) - 1)
                cs += extra if extra < size * 0.6 else 0.0
            elif align == "center":
                x = x0 + (avail - lw) / 2
            elif align == "right":
                x = x0 + avail - lw
            self.text_line(line, x, size, leading, cs, keep_next=keep_next and k == len(lines) - 1)

    def text_line(self, line: list[tuple[str, str, float]], x: float, size: float, leading: float, cs: float,
                  keep_next: bool = False) -> None:
        """Queue one line of (char, font, advance) items, starting at x."""
        def draw(top: float) -> None:
            self.line(line, x, top - leading / 2 - size * 0.36, size, cs)

        self.boxes.append(Box(leading, draw, keep_next=keep_next))

    # -- placing --------------------------------------------------------------------------------------------

    def flush(self) -> None:
        """Place and draw every queued box; the current page stays open at `self.y`."""
        boxes, self.boxes = self.boxes, []
        full = self.geo.text_h
        i, n = 0, len(boxes)
        while i < n:
            j = i
            while j < n - 1 and boxes[j].keep_next:
                j += 1
            chain = boxes[i:j + 1]
            need = sum(b.height for b in chain)
            if self._page_used and need > self.room + 0.01:
                head = sum(b.height for b in chain[0].repeat()) if chain[0].repeat else 0.0
                if need + head <= full + 0.01:  # it fits on a fresh page: move the whole chain there
                    self.new_page(chain[0])
            for b in chain:  # a chain taller than a page breaks where it must
                if b.space:
                    if self._page_used:
                        self.y -= b.height
                    continue
                if self._page_used and b.height > self.room + 0.01:
                    self.new_page(b)
                if b.draw is not None:
                    b.draw(self.y)
                self.y -= b.height
                self._page_used = True
            i = j + 1

    def new_page(self, before: Box | None = None) -> None:
        """End the page (page number, footer) and start the next; `before` is the box that opens it."""
        self._finish_page()
        self.c.showPage()
        self.page += 1
        self.y = self.geo.height - self.geo.top
        self._page_used = False
        if self.underlay:
            self.underlay()
        if before is not None and before.repeat is not None:
            for r in before.repeat():
                if r.draw is not None:
                    r.draw(self.y)
                self.y -= r.height

    def finish(self) -> None:
        self.flush()
        self._finish_page()
        self.c.showPage()

    def _finish_page(self) -> None:
        """GB/T 9704-2012 7.5: `— n —` in 4号 宋体, 7 mm under the text area; odd pages at the right, even pages
        at the left, one character (the body grid's 一字) in from the edge. The verification note takes the
        other side."""
        c, g = self.c, self.geo
        for hook in self.page_hooks:
            hook(c, self.page)
        base = page_number_baseline(g)
        label = page_label(self.page)
        small = self.fonts["small"]
        w = text_width(label, small, PAGE_NUMBER_SIZE)
        odd = self.page % 2 == 1
        x = g.left + g.text_w - self.advance - w if odd else g.left + self.advance
        c.setFillGray(0)
        c.setFont(small, PAGE_NUMBER_SIZE)
        c.drawString(x, base, label)
        if self.footer:
            c.setFont(small, 8)
            if odd:
                c.drawString(g.left, base, self.footer)
            else:
                c.drawRightString(g.left + g.text_w, base, self.footer)

    def line(self, line: list[tuple[str, str, float]], x: float, baseline: float, size: float, cs: float) -> None:
        t = self.c.beginText(x, baseline)
        t.setCharSpace(cs)
        font, buf = None, []
        for ch, f, _ in line:
            if f != font and buf:
                t.setFont(font, size)
                t.textOut("".join(buf))
                buf = []
            font = f
            buf.append(ch)
        if buf:
            t.setFont(font, size)
            t.textOut("".join(buf))
        if cs:
            t.setCharSpace(0)  # Tc outlives the text object: later plain strings (page numbers, cells) must not inherit it
        self.c.drawText(t)
