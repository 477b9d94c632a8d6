"""Contact phone numbers an office publishes: a mobile, a landline with its area code, or a service number."""

from __future__ import annotations

import re
import unicodedata

from zwcx_core.domain.personal_numbers import CF_RANGES

__all__ = ["NOT_A_PHONE", "is_contact_phone"]

NOT_A_PHONE = ("is not a phone number: give a mobile number (13812345678), a landline with its area code "
               "(0451-86661234, an extension after 转) or a service number such as 12345")

_CF = re.compile(f"[{CF_RANGES}]")
# Several numbers may be given in one field: 0451-86661234、13912345678.
_LIST = re.compile(r"[、,;/]|或")
_MOBILE = re.compile(r"(?:\+?86|0086)?1[3-9][0-9]{9}")
# Area code 0 + 2 or 3 digits (010, 02x, 0451 …), optionally in brackets; local number of 7 or 8 digits; an
# extension of up to 6 digits after 转, 分机, ext, x, # or a hyphen.
_LANDLINE = re.compile(r"(?:\+?86|0086)?(?:\(0[1-9][0-9]{1,2}\)|0[1-9][0-9]{1,2}-?)[1-9][0-9]{2,3}-?[0-9]{4}"
                       r"(?:(?:转|分机|ext\.?|x|#|-)[0-9]{1,6})?", re.I)
# Government and public service hotlines (12345, 12315 …), bank and carrier numbers (95588), 400/800 numbers.
_SERVICE = re.compile(r"1[0-9]{4}|9[56][0-9]{3,4}|[48]00-?[0-9]{3}-?[0-9]{4}")


def _one(part: str) -> bool:
    compact = re.sub(r"[\s.]", "", part)
    # A hyphen inside the local number (8666-1234) is only a visual break; one after the area code is kept.
    return any(p.fullmatch(compact.replace("-", "")) for p in (_MOBILE, _SERVICE)) or bool(
        _LANDLINE.fullmatch(compact) or _LANDLINE.fullmatch(re.sub(r"(?<=\d)-(?=\d{4}(?:\D|$))", "", compact)))


def is_contact_phone(text: str) -> bool:
    """Whether `text` is one or more phone numbers an office can publish (full-width forms accepted)."""
    value = _CF.sub("", unicodedata.normalize("NFKC", text)).strip()
    value = value.replace("（", "(").replace("）", ")").replace("－", "-").replace("—", "-").replace("–", "-")
    parts = [p.strip() for p in _LIST.split(value)]
    return bool(parts) and len(parts) <= 3 and all(p and _one(p) for p in parts)
