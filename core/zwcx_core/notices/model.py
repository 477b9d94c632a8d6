"""What a notice says, independent of how it is drawn: title, paragraphs, tables, signature, verification.

Builders (notices/content.py) fill these from records; the masking guard reads every text through `texts()`;
the layout (notices/layout.py) draws them. Every piece of text carries the name of the field it came from, so a
refusal can say which field exposed personal data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from zwcx_core.domain.calendar import zh_date  # noqa: F401 - notices import it from here
from zwcx_core.domain.phones import is_contact_phone


@dataclass
class Para:
    """A paragraph. style: body (仿宋, first line indented two characters), h1 (一、 黑体), h2 (（一）楷体),
    or plain (no indent). `lead` is a run at the start in the heading font (the 一、… sentence of a mixed
    paragraph). `exempt` lists substrings that are public by design (the labelled office phone,
    "联系电话：…") and are not scanned for personal numbers."""

    text: str
    field: str
    style: str = "body"
    lead: str = ""
    exempt: tuple[str, ...] = ()
    lead_style: str = "h1"


@dataclass
class Column:
    title: str
    field: str
    weight: float = 1.0  # share of spare width once every column has room for its widest cell
    align: str = "center"  # left | center | right
    wrap: bool = False  # may break over lines (free text); otherwise the column is made wide enough


@dataclass
class Table:
    """A table with a header row that repeats on every page it runs over; `footer` rows (totals) end it."""

    columns: list[Column]
    rows: list[list[str]]
    field: str
    caption: str = ""
    footer: list[list[str]] = field(default_factory=list)
    font_size: float = 12.0


@dataclass
class Period:
    start: dt.date
    end: dt.date
    days: int
    count_zh: str  # 自然日 | 工作日
    confirmed: bool = True  # False when the holiday calendar did not know a year in the period
    # The end the official holiday calendar gives now, when the posted `end` (counted before it was known) differs.
    official_end: dt.date | None = None


@dataclass
class Notice:
    """One printable notice of one record version."""

    record_id: str
    kind: str
    title: str
    unit_name: str
    blocks: list[Para | Table]
    period: Period
    signed_date: dt.date
    verify_code: str
    content_hash: str
    qr_url: str  # '' when the notice gets no QR code (not reviewed, or no server could verify it)
    created_at: dt.datetime  # the version's time: the PDF's creation date, so the same version gives the same bytes
    summary: str = ""  # a short plain text for the board sheet
    contact: str = ""  # 异议联系 line for the board sheet
    contact_exempt: tuple[str, ...] = ()
    rows: int = 0  # roster length, for the board sheet
    # The review gate (notices/gate.py): "valid", "draft" or "void"; a notice that is not valid carries its
    # watermark on every page and no QR code. `qr_url` is also empty when no municipal server is configured.
    print_as: str = "valid"
    watermark: str = ""
    training: str = ""  # a sample (training) folder's header line on every page (store.training), or ''
    banner: str = ""  # a line above the title naming the kind of board (村务公开 for a village committee)
    signoff: str = ""  # a sign-off line beside the issuing unit (村务监督委员会主任：)

    def texts(self) -> Iterator[tuple[str, str]]:
        """Every (field name, text) that goes on paper, with public-by-design substrings removed."""
        yield "title", self.title
        yield "title", self.banner
        yield "unit name", self.unit_name
        yield "unit name", self.signoff
        for b in self.blocks:
            if isinstance(b, Para):
                yield b.field, _strip(b.lead + b.text, b.exempt)
            else:
                yield f"{b.field} caption", b.caption
                for i, row in enumerate(b.rows + b.footer, 1):
                    for col, cell in zip(b.columns, row, strict=False):
                        yield f"{b.field} row {i} {col.field}", cell
        yield "summary", self.summary
        yield "contact", _strip(self.contact, self.contact_exempt)


def _strip(text: str, exempt: tuple[str, ...]) -> str:
    # Only the one labelled occurrence is public: the same number elsewhere in the text is still checked. And
    # only a phone number is: a contact phone field stored before it was checked may hold anything else.
    for s in exempt:
        if s and is_contact_phone(s.rsplit("：", 1)[-1]):
            text = text.replace(s, " ", 1)
    return text


