"""At print: a notice whose text holds a character the bundled fonts cannot draw is refused, naming the field.

The save rule (domain/printable.py) refuses such characters at entry; this catches text saved before that rule
existed, before anything is drawn, so the clerk learns which field to correct instead of getting an empty box.
"""

from __future__ import annotations

from zwcx_core.domain.printable import describe, unprintable
from zwcx_core.notices.guard import NoticeRefused
from zwcx_core.notices.model import Notice


class Unprintable(NoticeRefused):
    """A text of the notice holds characters the notice fonts cannot print; `chars` are they."""

    def __init__(self, field: str, chars: list[str]) -> None:
        self.field, self.kind, self.chars = field, "glyph", chars
        named = ", ".join(describe(c) for c in chars[:5])
        ValueError.__init__(self, f"{field} contains {named}, which the notice fonts cannot print; replace it "
                                  "before printing")


def check(notice: Notice) -> None:
    """Raise Unprintable for the first text of `notice` with a character outside the bundled fonts."""
    for field, text in notice.texts():
        bad = unprintable(text or "", multiline=True)  # line breaks separate paragraphs; they are not drawn
        if bad:
            raise Unprintable(field, bad)
