"""No notice carries a private field's value (`schema.Field.private`: an objection's complainant and phone).

The builders never see those fields (content.build strips them), but a clerk may still have typed the name into the
text of an objection saved before such text was refused at entry (schema.private_repeated); the values are looked
for in every text that will be drawn and the notice is refused, naming the field they turned up in.
"""

from __future__ import annotations

import re

from zwcx_core.notices.guard import NoticeRefused
from zwcx_core.notices.model import Notice

_NOT_DIGIT = re.compile(r"\D")


class PrivateOnNotice(NoticeRefused):
    """A text of the notice holds the value of a private field."""

    def __init__(self, field: str) -> None:
        super().__init__(field, "private")
        self.args = (f"{field} contains what only the case handlers may see (a private field such as the "
                     "complainant's name or phone); remove it before printing",)

    def __str__(self) -> str:
        return self.args[0]


def check(notice: Notice, values: list[str]) -> None:
    """Raise PrivateOnNotice for the first text of `notice` that holds one of `values` (numbers also when written
    with spaces or hyphens between the digits)."""
    if not values:
        return
    numbers = [d for d in (_NOT_DIGIT.sub("", v) for v in values) if len(d) >= 7]
    for field, text in notice.texts():
        if text and (any(v in text for v in values) or any(n in _NOT_DIGIT.sub("", text) for n in numbers)):
            raise PrivateOnNotice(field)
