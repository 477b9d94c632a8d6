"""The masking guard: no notice leaves the pipeline with a full ID, mobile or bank card number on it.

Records are already refused at save, submit and approve (domain/privacy.py); this check uses the same
normalising finder (`find_unmasked`) and stays as the last line, for documents stored before that guard existed
and for text the notice itself puts together (roster rows, the contact line).
"""

from __future__ import annotations

from zwcx_core.domain.masking import find_unmasked
from zwcx_core.notices.model import Notice

_WHAT = {"id": "an unmasked ID number", "mobile": "an unmasked mobile number", "bank_card": "an unmasked bank card number"}


class NoticeRefused(ValueError):
    """The notice would expose personal data; `field` names where it is."""

    def __init__(self, field: str, kind: str) -> None:
        self.field, self.kind = field, kind
        super().__init__(f"{field} contains {_WHAT.get(kind, 'unmasked personal data')}; mask it before printing")


def check(notice: Notice) -> None:
    """Raise NoticeRefused for the first text of `notice` that holds an unmasked personal number.

    Runs over every text that will be drawn (title, paragraphs, every table cell, the board summary and contact);
    only the office's own contact phone is left out, because it is published on purpose.
    """
    for field, text in notice.texts():
        if text:
            found = find_unmasked(text)
            if found:
                raise NoticeRefused(field, found[0].kind)
