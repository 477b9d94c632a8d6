import datetime
import re

import pytest
from stdnum.cn import ric

from zwcx_core.domain.identifiers import (
    InvalidIdentifier,
    birth_date_from_id,
    validate_citizen_id,
    validate_division_code,
    validate_mobile,
    validate_uscc,
)

# Known-valid IDs: the GB 11643 / stdnum examples, and one whose region code (南岗区 230103) stdnum's own table
# rejects for that birth year; DOMAIN.md says such numbers must still be accepted.
KNOWN_VALID_IDS = ["11010519491231002X", "360426199101010071", "230103198001011232", "710000200002290018"]


def with_check_char(first17: str) -> str:
    return first17 + ric.calc_check_digit(first17 + "0")


@pytest.mark.parametrize("id18", KNOWN_VALID_IDS)
def test_known_valid_ids(id18):
    assert validate_citizen_id(id18) == id18


def test_helper_agrees_with_literals():
    assert [with_check_char(i[:17]) for i in KNOWN_VALID_IDS] == KNOWN_VALID_IDS


def test_unknown_region_is_not_refused():
    # stdnum's full validate() refuses these because its region table does not have them.
    for id18 in ("990105194912310023", "230103198001011232"):
        assert not ric.is_valid(id18)
        assert validate_citizen_id(id18) == id18


@pytest.mark.parametrize(
    "typed",
    [
        "11010519491231002x",
        " 110105 19491231 002X ",
        "１１０１０５１９４９１２３１００２ｘ",
        "110105194912\u300031002X",
    ],
)
def test_normalisation(typed):
    assert validate_citizen_id(typed) == "11010519491231002X"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "empty"),
        ("1101051949123100", "must be 18 characters, got 16"),
        ("110105491231002", "got 15 (old 15-digit"),
        ("1101A519491231002X", "'A' at position 5"),
        ("11010519491231002Y", "found 'Y' at position 18"),
        ("110105194912310021", "check character is wrong: position 18 does not match"),
        ("11010519491231002", "got 17"),
        ("110105194913310023", "impossible birth date in positions 7–14"),
        ("110105190002290023", "impossible birth date in positions 7–14"),
    ],
)
def test_invalid_ids_say_what_is_wrong(text, fragment):
    with pytest.raises(InvalidIdentifier, match=fragment.replace("(", r"\(")) as exc:
        validate_citizen_id(text)
    # The message names positions, never the person's digits (birth date, check character, the number).
    assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{8}|expected '", str(exc.value))


def test_birth_date_range():
    with pytest.raises(InvalidIdentifier, match="before 1900"):
        validate_citizen_id(with_check_char("44052418991231001"))
    assert validate_citizen_id(with_check_char("44052419000101001")).startswith("440524")
    born_2025 = with_check_char("11010120251231001")
    assert validate_citizen_id(born_2025, today=datetime.date(2025, 12, 31)) == born_2025
    with pytest.raises(InvalidIdentifier, match="in the future"):
        validate_citizen_id(born_2025, today=datetime.date(2025, 12, 30))
    with pytest.raises(InvalidIdentifier, match="in the future"):
        validate_citizen_id(with_check_char("11010130000101001"))


def test_invalid_identifier_is_a_value_error():
    assert issubclass(InvalidIdentifier, ValueError)


def test_birth_date_from_id():
    assert birth_date_from_id("11010519491231002X") == datetime.date(1949, 12, 31)
    assert birth_date_from_id("11010519491231002x") == datetime.date(1949, 12, 31)
    with pytest.raises(InvalidIdentifier):
        birth_date_from_id("11*************02X")
    with pytest.raises(InvalidIdentifier, match="impossible"):
        birth_date_from_id("110105194902300023")


# 91110000600037341L is stdnum's example; the others were checked with stdnum.cn.uscc.is_valid.
@pytest.mark.parametrize(
    "code", ["91110000600037341L", "91330100MA27XL0E2G", "12230100001234567F", "51230102MJ00000007"]
)
def test_valid_uscc(code):
    assert validate_uscc(code) == code
    assert validate_uscc(code.lower()) == code


def test_uscc_with_letter_registration_authority():
    # GB 32100 registration authorities include letters (N agriculture, Y other); stdnum wants digits there.
    assert validate_uscc("N2230102MA1ABCDE06") == "N2230102MA1ABCDE06"
    assert validate_uscc("y1230100000000000w") == "Y1230100000000000W"


def test_uscc_normalisation():
    assert validate_uscc(" 9111 0000-6000 37341l") == "91110000600037341L"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "empty"),
        ("91110000600037341", "must be 18 characters, got 17"),
        ("91110000600037341M", "expected 'L', given 'M'"),
        ("9111000060003734IL", "'I' at position 17"),
        ("911100O0600037341L", "'O' at position 7"),
        ("9111A000600037341L", "division code in positions 3–8, found 'A' at position 5"),
    ],
)
def test_invalid_uscc(text, fragment):
    with pytest.raises(InvalidIdentifier, match=fragment):
        validate_uscc(text)


@pytest.mark.parametrize("code", ["230102", "110000", "820000", "650102", "５００１０１"])
def test_valid_division_codes(code):
    assert validate_division_code(code) == code.replace("５００１０１", "500101")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("23010", "must be 6 digits, got 5"),
        ("2301021", "got 7"),
        ("23O102", "'O' at position 3"),
        ("100000", "'10'"),
        ("830000", "'83'"),
        ("190101", "'19'"),
        ("000000", "'00'"),
    ],
)
def test_invalid_division_codes(text, fragment):
    with pytest.raises(InvalidIdentifier, match=fragment):
        validate_division_code(text)


@pytest.mark.parametrize(
    "typed", ["13800138000", "138 0013 8000", "138-0013-8000", "+8613800138000", "008613800138000"]
)
def test_valid_mobile(typed):
    assert validate_mobile(typed) == "13800138000"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("1380013800", "11 digits, got 10"),
        ("12800138000", "start with 13–19, got '12'"),
        ("23800138000", "got '23'"),
        ("1380013800a", "'A' at position 11"),
        ("+8613800138000 1", "got 15"),
    ],
)
def test_invalid_mobile(text, fragment):
    with pytest.raises(InvalidIdentifier, match=fragment):
        validate_mobile(text)
