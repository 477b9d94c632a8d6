"""Masking of personal data on public notices (个人信息保护法, GB/T 35273 最少化原则).

The mask_* functions are what a notice prints; `find_unmasked` is the last check before a notice is published
or archived, and `id_fingerprint` lets the store catch a person registered twice without keeping the ID.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata

from zwcx_core.domain.identifiers import InvalidIdentifier, validate_id_document
from zwcx_core.domain.personal_numbers import Exposure, find_personal_numbers

__all__ = [
    "Exposure",
    "find_unmasked",
    "id_fingerprint",
    "mask_address",
    "mask_bank_card",
    "mask_id",
    "mask_mobile",
    "mask_name",
    "mask_numbers_in",
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


def find_unmasked(text: str) -> list[Exposure]:
    """Full citizen IDs, mobile numbers and bank card numbers in `text`, in order of position.

    The text is normalised before matching (NFKC, invisible format characters dropped, +86/0086 prefixes,
    spaces of every width, dashes and dots between the groups people write numbers in), so that typing a
    number differently does not get it past the check; see `personal_numbers` for the rules. Positions and
    texts refer to the original text.
    """
    return find_personal_numbers(text)


_MASKS = {"id": mask_id, "mobile": mask_mobile, "bank_card": mask_bank_card}


def mask_numbers_in(text: str) -> str:
    """`text` with every full personal number `find_unmasked` sees replaced by its printed mask (ID, mobile, card).

    Only the number's own digits (and an ID's X) are masked, separators and a country prefix dropped, so the
    visible ends are never more than a notice prints. For text written before the guard refused such numbers.
    """
    out, end = [], 0
    for e in find_unmasked(text):
        digits = "".join(c for c in unicodedata.normalize("NFKC", e.text) if c.isdigit() or c in "Xx")
        out += [text[end:e.start], _MASKS.get(e.kind, lambda v: "*" * len(v))(digits)]
        end = e.start + len(e.text)
    return "".join(out) + text[end:]


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


def could_be_id_number(text: str) -> bool:
    """Whether typed search text could be a full identity number of any document type (8–18 characters once
    spaces and hyphens are out, digits with at most a few letters): only then is the fingerprint key read, so an
    office whose key is missing does not pay a failed keyring read on every typed name."""
    import unicodedata

    s = "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace() and ch not in "-‐")
    return 8 <= len(s) <= 18 and s.isascii() and s.isalnum() and sum(ch.isdigit() for ch in s) >= len(s) - 3


def search_fingerprints(text: str, key: bytes) -> tuple[str, ...]:
    """The fingerprints a full identity number typed into a search would have, as each document type it is a valid
    number of (none when it is not one): the store keeps no full numbers, so a person is found by these."""
    from zwcx_core.domain.enums import IdDocumentType

    out = []
    for doc_type in IdDocumentType:
        try:
            out.append(id_fingerprint(text, key, doc_type.value))
        except InvalidIdentifier:
            continue
    return tuple(out)
