"""Masking of personal data on public notices (个人信息保护法, GB/T 35273 最少化原则).

The mask_* functions are what a notice prints; `find_unmasked` is the last check before a notice is published
or archived, and `id_fingerprint` lets the store catch a person registered twice without keeping the ID.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass

from stdnum import luhn
from stdnum.cn import ric, uscc

from zwcx_desktop.domain.identifiers import validate_id_document

__all__ = [
    "Exposure",
    "find_unmasked",
    "id_fingerprint",
    "mask_address",
    "mask_bank_card",
    "mask_id",
    "mask_mobile",
    "mask_name",
]


def _compact(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


def _keep_ends(value: str, head: int, tail: int) -> str:
    """Keep `head` leading and `tail` trailing characters and star the rest; too short a value is all stars."""
    if len(value) <= head + tail:
        return "*" * len(value)
    return value[:head] + "*" * (len(value) - head - tail) + value[len(value) - tail :]


def mask_id(id18: str) -> str:
    """Citizen ID as printed on notices: first 2 and last 3 visible, e.g. 23*************123.

    An already masked value comes back unchanged. A value of another length keeps the same 2 + 3 characters
    visible rather than failing, because a notice must never print more than that.
    """
    return _keep_ends(_compact(id18), 2, 3)


def mask_mobile(m: str) -> str:
    """Mobile number as printed on notices: 138****1234 (first 3, last 4 visible)."""
    return _keep_ends(_compact(m).replace("-", ""), 3, 4)


def mask_bank_card(c: str) -> str:
    """Bank card number: first 4 and last 4 visible, the rest starred."""
    return _keep_ends(_compact(c).replace("-", ""), 4, 4)


def mask_name(name: str) -> str:
    """Name with only the first character visible (张**); only for notices that ask for it."""
    name = name.strip()
    return name[:1] + "*" * (len(name) - 1)


# Address levels, each a short name followed by its level word. Names may not contain digits or the house-level
# words, so that a match never runs past the community into a street number. Longer level words come first so
# that 街道办事处 is not cut to 街道.
_NAME = r"[^\d０-９\s#＃号號栋棟幢室,，。;；、()（）\-－]{1,12}?"
_ADDRESS = re.compile(
    rf"(?:{_NAME}(?:省|自治区|特别行政区))?"
    rf"(?:{_NAME}(?:自治州|地区|盟|市))?"
    # 小区 (housing estate) and 社区 end in 区 but are not districts.
    rf"(?:{_NAME}(?:自治县|自治旗|(?<![小社])区|县|旗|市))?"
    rf"(?:{_NAME}(?:街道办事处|街道|民族乡|镇|乡|苏木))?"
    rf"(?:{_NAME}(?:社区居民委员会|社区居委会|居民委员会|村民委员会|社区|居委会|村委会|嘎查|村)"
    # A name may itself end in 村 (新村社区), so one more community-level word may follow.
    r"(?:社区居民委员会|社区居委会|社区|居委会|村委会)?)?"
)


def mask_address(addr: str) -> str:
    """Address down to the township/street and community/village only; road, house number, building, unit and
    room are dropped, e.g. 黑龙江省哈尔滨市道里区新阳路街道安静社区安静街12号3单元501室 → …道里区新阳路街道安静社区.

    Returns '' when no administrative level can be recognised, because then nothing is known to be safe.
    """
    text = "".join(addr.split())
    match = _ADDRESS.match(text)
    return match.group(0) if match else ""


@dataclass(frozen=True)
class Exposure:
    """A full personal number found in text meant for the public."""

    kind: str  # 'id' | 'mobile' | 'bank_card'
    text: str
    start: int


# Digit runs, optionally written in the groups people use (6-8-4 for IDs, 3-4-4 for mobiles, 4-4-4-4 for
# cards). ASCII letters and digits may not touch a run: then it is part of a longer code such as a
# 统一社会信用代码, not a personal number.
_EDGE_L = r"(?<![0-9A-Za-z])"
_EDGE_R = r"(?![0-9A-Za-z])"
_SEP = r"[ \-]"
_ID_RE = re.compile(rf"{_EDGE_L}(?:[0-9]{{17}}|[0-9]{{6}}{_SEP}[0-9]{{8}}{_SEP}[0-9]{{3}})[0-9Xx]{_EDGE_R}")
_MOBILE_RE = re.compile(rf"{_EDGE_L}1[3-9](?:[0-9]{{9}}|[0-9]{_SEP}[0-9]{{4}}{_SEP}[0-9]{{4}}){_EDGE_R}")
_CARD_RE = re.compile(
    rf"{_EDGE_L}(?:[0-9]{{16,19}}|[0-9]{{4}}(?:{_SEP}[0-9]{{4}}){{3}}(?:{_SEP}?[0-9]{{1,3}})?){_EDGE_R}"
)


def _ascii_digit(c: str) -> str:
    # Full-width digits (０-９) come from Chinese input methods and are just as readable on a notice; mapping
    # one character to one keeps match positions valid for the original text.
    n = unicodedata.normalize("NFKC", c)
    return n if len(n) == 1 and n in "0123456789Xx" else c


def _plausible_birth_date(id18: str) -> bool:
    try:
        ric.get_birth_date(id18)
    except Exception:  # stdnum raises its own InvalidComponent for impossible dates
        return False
    return 1900 <= int(id18[6:10]) <= 2099


def _classify_18(value: str) -> str | None:
    if value[17] == ric.calc_check_digit(value):
        return "id"
    if value.isdigit() and luhn.is_valid(value):
        return "bank_card"
    # A mistyped ID is still someone's ID, but a valid all-digit credit code is an organisation's, not personal.
    if uscc.calc_check_digit(value) == value[17]:
        return None
    return "id" if _plausible_birth_date(value) else None


def find_unmasked(text: str) -> list[Exposure]:
    """Full citizen IDs, mobile numbers and bank card numbers in `text`, in order of position.

    IDs are 17 digits + digit/X; an 18-character run counts as an ID if its check character is right or (when
    it is not a Luhn-valid card or a valid all-digit credit code) it carries a plausible birth date, since a
    mistyped ID is still personal data. Mobiles are 1[3-9] + 9 digits; cards are Luhn-valid 16–19 digit runs.
    Runs inside longer digit runs, masked values (with *), dates and amounts do not match.
    """
    scan = "".join(_ascii_digit(c) for c in text)
    found: list[Exposure] = []
    taken: list[range] = []

    def add(kind: str, m: re.Match[str]) -> None:
        span = range(m.start(), m.end())
        if any(span.start < t.stop and t.start < span.stop for t in taken):
            return
        taken.append(span)
        found.append(Exposure(kind, text[m.start() : m.end()], m.start()))

    for m in _ID_RE.finditer(scan):
        kind = _classify_18(re.sub(_SEP, "", m.group(0)).upper())
        if kind:
            add(kind, m)
    for m in _MOBILE_RE.finditer(scan):
        add("mobile", m)
    for m in _CARD_RE.finditer(scan):
        if luhn.is_valid(re.sub(_SEP, "", m.group(0))):
            add("bank_card", m)
    return sorted(found, key=lambda e: e.start)


def id_fingerprint(id18: str, key: bytes, doc_type: str = "resident_id") -> str:
    """HMAC-SHA256 (hex) of the validated, normalised citizen ID under the office's secret `key`.

    Keyed so that the fingerprint cannot be reversed by hashing all possible IDs. Raises InvalidIdentifier for
    anything that is not a valid full ID (a masked value would make different people collide) and ValueError
    for an empty key.
    """
    if not key:
        raise ValueError("id_fingerprint needs a non-empty secret key")
    # The number is validated as its own document (IdDocumentType value); the documents' number ranges do not
    # overlap (9…, 810000…/820000…/830000…), so one person's documents never share a fingerprint by accident.
    normalised = validate_id_document(doc_type, id18)
    return hmac.new(key, normalised.encode("ascii"), hashlib.sha256).hexdigest()
