"""Check characters and formats of the identifiers DOMAIN.md names.

Every validator takes what a clerk typed or an import file held, normalises it (full-width characters from
Chinese input methods, spaces, lower-case x) and returns the normalised value, or raises InvalidIdentifier with
a message that says exactly what is wrong, so the form can show it as it is.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

from stdnum.cn import ric, uscc

__all__ = [
    "InvalidIdentifier",
    "birth_date_from_id",
    "validate_citizen_id",
    "validate_division_code",
    "validate_foreign_permanent_id",
    "validate_id_document",
    "validate_mobile",
    "validate_residence_permit",
    "validate_uscc",
]

_ASCII_DIGITS = frozenset("0123456789")
# GB 32100 leaves out I, O, S, V and Z so that they cannot be misread as digits.
_USCC_ALPHABET = frozenset("0123456789ABCDEFGHJKLMNPQRTUWXY")
# First two digits of GB/T 2260 codes: the 31 mainland provincial units plus Taiwan, Hong Kong and Macao. These
# have not changed since Chongqing (50) in 1997, unlike the county part, which is why only they are checked.
_PROVINCE_PREFIXES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82".split()
)
_EARLIEST_BIRTH = datetime.date(1900, 1, 1)
_MOBILE = re.compile(r"1[3-9][0-9]{9}")


class InvalidIdentifier(ValueError):
    """An identifier that fails its format or check-character rule; the message says what is wrong."""


def _normalise(text: str) -> str:
    # NFKC turns full-width digits and letters (common with Chinese IMEs) into ASCII; whitespace inside the
    # value is a typing or copy artefact, never part of the identifier.
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


def _bad_positions(value: str, allowed: frozenset[str], first: int = 0) -> str:
    return ", ".join(
        f"'{c}' at position {i + 1}" for i, c in enumerate(value) if i >= first and c not in allowed
    )


def _birth_date(id18: str, what: str) -> datetime.date:
    # Messages name positions, never the digits: a birth date is part of the person's ID.
    try:
        return datetime.date(int(id18[6:10]), int(id18[10:12]), int(id18[12:14]))
    except ValueError:
        raise InvalidIdentifier(f"{what} has an impossible birth date in positions 7–14 (YYYYMMDD)") from None


CITIZEN_ID = "citizen ID (身份证号)"


def validate_citizen_id(text: str, *, today: datetime.date | None = None) -> str:
    """Return the normalised 18-character resident ID number (GB 11643) or raise InvalidIdentifier.

    Checks the length, the characters, the birth date (a real date, not before 1900, not after `today`,
    default the current date) and the ISO 7064 MOD 11-2 check character. The region code (first six digits)
    is deliberately not checked: codes change over time and no table of them is complete.
    """
    value = _normalise(text)
    if len(value) == 15:
        raise InvalidIdentifier(f"{CITIZEN_ID} must be 18 characters, got 15 (old 15-digit numbers must be "
                                "converted to 18 digits)")
    return _gb11643_layout(value, CITIZEN_ID, today)


def birth_date_from_id(id18: str) -> datetime.date:
    """Return the birth date encoded in an 18-character ID number (positions 7–14).

    Only the date part is checked, not the check character, so that it also works on stored legacy values;
    raises InvalidIdentifier when the value is not 18 characters or the date is impossible.
    """
    value = _normalise(id18)
    if len(value) != 18 or not set(value[6:14]) <= _ASCII_DIGITS:
        raise InvalidIdentifier("the value is not an 18-character citizen ID with a birth date in positions 7–14")
    return _birth_date(value, CITIZEN_ID)


def validate_uscc(text: str) -> str:
    """Return the normalised 18-character unified social credit code (GB 32100) or raise InvalidIdentifier.

    Positions 1–2 (registration authority and organisation type) and 9–17 (organisation code) use the GB 32100
    alphabet, positions 3–8 (division code) are digits, and position 18 must be the MOD 31 check character.
    """
    value = _normalise(text).replace("-", "")
    if not value:
        raise InvalidIdentifier("unified social credit code (统一社会信用代码) is empty")
    if len(value) != 18:
        raise InvalidIdentifier(
            f"unified social credit code (统一社会信用代码) must be 18 characters, got {len(value)}"
        )
    bad = _bad_positions(value, _USCC_ALPHABET)
    if bad:
        raise InvalidIdentifier(
            f"unified social credit code (统一社会信用代码) has characters outside the GB 32100 alphabet "
            f"(digits and capital letters except I, O, S, V, Z): {bad}"
        )
    bad = _bad_positions(value[:8], _ASCII_DIGITS, first=2)
    if bad:
        raise InvalidIdentifier(
            f"unified social credit code (统一社会信用代码) must have a 6-digit division code in positions 3–8, "
            f"found {bad}"
        )
    # stdnum's uscc.validate() insists on digits in positions 1–2 as well, but GB 32100 registration authorities
    # include letters (A, N, Y…), so only its check-character computation is used.
    expected = uscc.calc_check_digit(value)
    if value[17] != expected:
        raise InvalidIdentifier(
            f"unified social credit code (统一社会信用代码) check character is wrong: expected '{expected}', "
            f"given '{value[17]}'"
        )
    return value


def validate_division_code(text: str) -> str:
    """Return a 6-digit administrative division code (行政区划代码, GB/T 2260) or raise InvalidIdentifier.

    Only the province prefix is checked against the list of provincial units; county codes change too often
    for a fixed table.
    """
    value = _normalise(text)
    if len(value) != 6:
        raise InvalidIdentifier(f"division code (行政区划代码) must be 6 digits, got {len(value)} characters")
    bad = _bad_positions(value, _ASCII_DIGITS)
    if bad:
        raise InvalidIdentifier(f"division code (行政区划代码) must be digits only, found {bad}")
    if value[:2] not in _PROVINCE_PREFIXES:
        raise InvalidIdentifier(
            f"division code (行政区划代码) starts with '{value[:2]}', which is not a province code (11–82)"
        )
    return value


def validate_mobile(text: str) -> str:
    """Return an 11-digit mainland mobile number (1[3-9]…) or raise InvalidIdentifier.

    Spaces and hyphens are dropped and a leading +86 / 0086 country code is removed.
    """
    value = _normalise(text).replace("-", "")
    for prefix in ("+86", "0086"):
        if value.startswith(prefix) and len(value) == len(prefix) + 11:
            value = value[len(prefix) :]
    if len(value) != 11:
        raise InvalidIdentifier(f"mobile number (手机号) must be 11 digits, got {len(value)} characters")
    bad = _bad_positions(value, _ASCII_DIGITS)
    if bad:
        raise InvalidIdentifier(f"mobile number (手机号) must be digits only, found {bad}")
    if not _MOBILE.fullmatch(value):
        raise InvalidIdentifier(f"mobile number (手机号) must start with 13–19, got '{value[:2]}'")
    return value


# ---------------------------------------------------------------------------------------------- other ID documents

#: 港澳台居民居住证 (2018): the number is laid out like a resident ID with the region code 810000 (Hong Kong),
#: 820000 (Macao) or 830000 (Taiwan).
_PERMIT_REGIONS = ("810000", "820000", "830000")


def _gb11643_layout(value: str, what: str, today: datetime.date | None) -> str:
    """Length, characters, birth date and MOD 11-2 check character of an 18-character GB 11643-style number."""
    if not value:
        raise InvalidIdentifier(f"{what} is empty")
    if len(value) != 18:
        raise InvalidIdentifier(f"{what} must be 18 characters, got {len(value)}")
    bad = _bad_positions(value[:17], _ASCII_DIGITS)
    if bad:
        raise InvalidIdentifier(f"{what} must have digits in positions 1–17, found {bad}")
    if value[17] not in _ASCII_DIGITS | {"X"}:
        raise InvalidIdentifier(f"{what} must end in a digit or X, found '{value[17]}' at position 18")
    born = _birth_date(value, what)
    if born < _EARLIEST_BIRTH or born > (today or datetime.date.today()):
        raise InvalidIdentifier(f"{what} has a birth date before 1900 or in the future (positions 7–14)")
    if value[17] != ric.calc_check_digit(value):
        raise InvalidIdentifier(f"{what} check character is wrong: position 18 does not match the other digits "
                                "(a digit is probably mistyped)")
    return value


def validate_foreign_permanent_id(text: str, *, today: datetime.date | None = None) -> str:
    """Return a foreign permanent resident ID card number (外国人永久居留身份证, 2023 form) or raise InvalidIdentifier.

    18 characters: 9, the issuing province (2 digits), the nationality (3 digits), the birth date, a sequence
    number and the same MOD 11-2 check character as a resident ID. The older 15-character cards are not accepted:
    they were replaced, and their numbers carry no check character.
    """
    what = "foreign permanent resident ID (外国人永久居留身份证)"
    value = _normalise(text)
    if value and not value.startswith("9"):
        raise InvalidIdentifier(f"{what} must start with 9, got '{value[0]}'")
    return _gb11643_layout(value, what, today)


def validate_residence_permit(text: str, *, today: datetime.date | None = None) -> str:
    """Return a Hong Kong, Macao or Taiwan residence permit number (港澳台居民居住证) or raise InvalidIdentifier:
    a resident-ID layout whose region code is 810000, 820000 or 830000."""
    what = "residence permit (港澳台居民居住证)"
    value = _normalise(text)
    if value and value[:6] not in _PERMIT_REGIONS:
        raise InvalidIdentifier(f"{what} must start with 810000, 820000 or 830000, got '{value[:6]}'")
    return _gb11643_layout(value, what, today)


def validate_id_document(doc_type: str, text: str, *, today: datetime.date | None = None) -> str:
    """Validate an ID number as the document `doc_type` (an IdDocumentType value) says; returns it normalised.

    A resident ID keeps today's rule (unknown region codes are accepted), except that a number laid out as one of
    the other documents is named as such, so that it is recorded under its own document type.
    """
    from zwcx_core.domain.enums import IdDocumentType as T

    kind = T.parse(doc_type) if doc_type else T.RESIDENT_ID
    if kind is T.FOREIGN_PERMANENT_RESIDENT:
        return validate_foreign_permanent_id(text, today=today)
    if kind is T.HMT_RESIDENCE_PERMIT:
        return validate_residence_permit(text, today=today)
    value = validate_citizen_id(text, today=today)
    if value.startswith("9"):
        raise InvalidIdentifier("citizen ID (身份证号) starts with 9, as a foreign permanent resident ID "
                                "(外国人永久居留身份证) does: choose that document type (证件类型)")
    if value[:6] in _PERMIT_REGIONS:
        raise InvalidIdentifier(f"citizen ID (身份证号) starts with {value[:6]}, as a Hong Kong, Macao or Taiwan "
                                "residence permit (港澳台居民居住证) does: choose that document type (证件类型)")
    return value
