import datetime
import hashlib
import hmac

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import ric

from zwcx_core.domain.identifiers import InvalidIdentifier
from zwcx_core.domain.masking import (
    Exposure,
    find_unmasked,
    id_fingerprint,
    mask_address,
    mask_bank_card,
    mask_id,
    mask_mobile,
    mask_name,
)

VALID_ID = "11010519491231002X"  # GB 11643 example
CARD = "6222021234567890128"  # 19 digits, Luhn-valid
VISA_TEST = "4111111111111111"  # the well-known Luhn-valid test card


def test_mask_id():
    assert mask_id("230103198001011232") == "23*************232"
    assert mask_id("11010519491231002x") == "11*************02X"
    assert len(mask_id(VALID_ID)) == 18


def test_mask_id_is_idempotent():
    masked = mask_id(VALID_ID)
    assert mask_id(masked) == masked
    assert mask_id("23*************123") == "23*************123"


def test_mask_id_never_shows_more_than_five_characters_of_odd_input():
    assert mask_id("230103800101123") == "23**********123"
    assert mask_id("1234") == "****"


def test_mask_mobile_and_card():
    assert mask_mobile("13812341234") == "138****1234"
    assert mask_mobile("138 1234 1234") == "138****1234"
    assert mask_mobile("138****1234") == "138****1234"
    assert mask_bank_card(CARD) == "6222***********0128"
    assert mask_bank_card("6222 0212 3456 7890 128") == "6222***********0128"
    assert mask_bank_card(mask_bank_card(CARD)) == mask_bank_card(CARD)


def test_mask_name():
    assert mask_name("张三丰") == "张**"
    assert mask_name("李四") == "李*"
    assert mask_name("王") == "王"
    assert mask_name("") == ""


@pytest.mark.parametrize(
    ("address", "masked"),
    [
        (
            "黑龙江省哈尔滨市道里区新阳路街道安静社区安静街12号3单元501室",
            "黑龙江省哈尔滨市道里区新阳路街道安静社区",
        ),
        ("黑龙江省尚志市一面坡镇长胜村3组15号", "黑龙江省尚志市一面坡镇长胜村"),
        ("哈尔滨市道里区新村社区8栋2单元301", "哈尔滨市道里区新村社区"),
        ("山东省济南市市中区舜耕街道办事处舜耕路28号", "山东省济南市市中区舜耕街道办事处"),
        ("内蒙古自治区呼伦贝尔市鄂温克族自治旗巴彦托海镇", "内蒙古自治区呼伦贝尔市鄂温克族自治旗巴彦托海镇"),
        ("北京市朝阳区建国路88号", "北京市朝阳区"),
        ("哈尔滨市阳光小区5栋", "哈尔滨市"),
        ("黑龙江省 哈尔滨市 道里区 安静社区 12号", "黑龙江省哈尔滨市道里区安静社区"),
        ("安静街12号", ""),
    ],
)
def test_mask_address(address, masked):
    assert mask_address(address) == masked


def test_mask_address_never_keeps_digits():
    assert not any(c.isdigit() for c in mask_address("道里区安静街12号阳光村小区"))


def test_find_unmasked_kinds_and_positions():
    text = f"张三 身份证{VALID_ID}，电话13800138000；卡号{CARD}。"
    assert find_unmasked(text) == [
        Exposure("id", VALID_ID, text.index(VALID_ID)),
        Exposure("mobile", "13800138000", text.index("138")),
        Exposure("bank_card", CARD, text.index(CARD)),
    ]


def test_find_unmasked_grouped_and_full_width():
    text = (
        "身份证 110105 19491231 002X，电话 138-0013-8000，卡 4111 1111 1111 1111，手机１３８００１３８０００"
    )
    found = find_unmasked(text)
    assert [(e.kind, e.text) for e in found] == [
        ("id", "110105 19491231 002X"),
        ("mobile", "138-0013-8000"),
        ("bank_card", "4111 1111 1111 1111"),
        ("mobile", "１３８００１３８０００"),
    ]
    assert all(text[e.start : e.start + len(e.text)] == e.text for e in found)


def test_find_unmasked_mistyped_id_is_still_found():
    # Wrong check character, but a real birth date: still somebody's ID on a public notice.
    assert [e.kind for e in find_unmasked("身份证110105194912310021")] == ["id"]


@pytest.mark.parametrize(
    "text",
    [
        "23*************123 138****1234 6222***********0128",
        "公示期自20240101起至20240107止",
        "金额 12345678.00 元，合计 1,380,013,800 元",
        "编号 2024010100001",  # 13 digits
        "电话 0451-86661234",  # landline
        "13800138000123",  # mobile-like start inside a longer run
        "统一社会信用代码 91110000600037341L",  # 17-digit run inside a credit code
        "流水号 4111111111111112",  # 16 digits, not Luhn-valid
        "110105194913310020",  # 18 digits, no valid check char, no real date, not Luhn-valid
        "",
    ],
)
def test_find_unmasked_ignores(text):
    assert find_unmasked(text) == []


def test_find_unmasked_star_next_to_a_full_number_does_not_hide_it():
    assert [e.kind for e in find_unmasked("**13800138000**")] == ["mobile"]
    assert [e.kind for e in find_unmasked(f"*{VALID_ID}")] == ["id"]


def test_find_unmasked_mobile_not_part_of_longer_run():
    assert find_unmasked("813800138000") == []
    assert [e.text for e in find_unmasked("x 13800138000 y")] == ["13800138000"]


def test_id_fingerprint():
    key = b"township-secret-key"
    fp = id_fingerprint(VALID_ID, key)
    assert fp == hmac.new(key, VALID_ID.encode(), hashlib.sha256).hexdigest()
    assert id_fingerprint(" 11010519491231002x ", key) == fp
    assert id_fingerprint(VALID_ID, b"another-key") != fp
    assert id_fingerprint("360426199101010071", key) != fp
    assert len(fp) == 64 and VALID_ID not in fp


def test_id_fingerprint_refuses_masked_or_invalid_ids_and_empty_key():
    with pytest.raises(InvalidIdentifier):
        id_fingerprint(mask_id(VALID_ID), b"k")
    with pytest.raises(InvalidIdentifier):
        id_fingerprint("110105194912310021", b"k")
    with pytest.raises(ValueError, match="key"):
        id_fingerprint(VALID_ID, b"")


# -- properties ----------------------------------------------------------------------------------------------

_dates = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date.today())


@st.composite
def valid_ids(draw) -> str:
    first17 = (
        draw(st.from_regex(r"[1-9][0-9]{5}", fullmatch=True))
        + draw(_dates).strftime("%Y%m%d")
        + draw(st.from_regex(r"[0-9]{3}", fullmatch=True))
    )
    return first17 + ric.calc_check_digit(first17 + "0")


# Surrounding text without ASCII letters or digits, which would make the number part of a longer code.
_filler = st.text(alphabet=st.sampled_from("张三李四公示身份证号码：:，,。 （）()\n*-"), max_size=12)


@given(valid_ids(), _filler, _filler)
def test_any_valid_id_in_text_is_found(id18, before, after):
    before = before.rstrip("*- ")
    after = after.lstrip("*- ")
    found = find_unmasked(before + id18 + after)
    assert Exposure("id", id18, len(before)) in found


@given(valid_ids(), _filler, _filler)
def test_masked_id_is_never_found(id18, before, after):
    assert find_unmasked(before + mask_id(id18) + after) == []


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True), _filler)
def test_masked_mobile_is_never_found_but_full_one_is(mobile, filler):
    assert find_unmasked(filler + mask_mobile(mobile)) == []
    assert [e.kind for e in find_unmasked(f"{filler}电话{mobile}")] == ["mobile"]


@given(st.from_regex(r"[0-9]{16,19}", fullmatch=True))
def test_masked_card_is_never_found(card):
    assert find_unmasked(f"卡号{mask_bank_card(card)}") == []


# -- issue 11: numbers typed so that a plain match misses them -------------------------------------------------

ID_B = "230102198001011236"  # check character right, born 1980-01-01
MOBILE = "13812345678"

#: Every way of writing a full number that the issue found got past the old check, and a few more.
BYPASSES = {
    "full-width spaces": ("id", "身份证 230102\u300019800101\u30001236"),
    "no-break spaces": ("id", "身份证 230102\u00a019800101\u00a01236"),
    "zero-width space": ("id", "身份证 2301\u200b0219800101\u200b1236"),
    "byte order mark and joiner": ("mobile", "电话 138\ufeff1234\u200d5678"),
    "6-4-4-4 hyphens": ("id", "230102-1980-0101-1236"),
    "groups of four": ("id", "2301 0219 8001 0112 36"),
    "letters touching": ("id", "ID230102198001011236"),
    "label touching": ("id", "身份证号:230102198001011236"),
    "+86": ("mobile", "+8613812345678"),
    "0086": ("mobile", "008613812345678"),
    "86 and groups": ("mobile", "+86 138 1234 5678"),
    "dots": ("mobile", "138.1234.5678"),
    "4-4-3": ("mobile", "1381 2345 678"),
    "full-width hyphens": ("mobile", "１３８－１２３４－５６７８"),
    "en dashes": ("mobile", "138\u20131234\u20135678"),
    "grouped then a year": ("mobile", "电话 138 1234 5678 2026年"),
    "old 15-digit ID": ("id", "老证号 230102800101123"),
    "mistyped check character": ("id", "230102198001011230"),
    "card in groups": ("bank_card", "卡号 6222 0212 3456 7890 128"),
    "card by label only": ("bank_card", "账号 8800123456789012342"),
}


@pytest.mark.parametrize("name", list(BYPASSES))
def test_bypass_is_found_and_located_in_the_original_text(name):
    kind, text = BYPASSES[name]
    found = find_unmasked(text)
    assert [e.kind for e in found] == [kind], name
    e = found[0]
    assert text[e.start : e.start + len(e.text)] == e.text
    assert sum(c.isdigit() for c in e.text) >= 11


@pytest.mark.parametrize(
    "text",
    [
        "1200 1300 1400 1500",  # a row of amounts is not a card
        "1200 1300 1400 1500 1600 1700",
        "6200 6300 6400 6500 6600",
        "收入 1200.00 1300.00 1400.00 1500.00",
        "合计 13,812,345,678.00 元",
        "统一社会信用代码 91230102MA1C2D3E4F 和 911100006000373410",  # letters inside; an all-digit valid code
        "2026-03-05 至 2026-03-12，2026.03.05–2026.03.12",
        "电话 0451-86661234 转 8001，0451 8666 1234，(0451)86661234",
        "23*************123 138****1234 6222***********0128 138 **** 1234",
        "合同编号 HT-2026-0001-0002-0003",
        "账号 6222021234567890129",  # not Luhn-valid
        "流水 4000 5000 6000 7000 8000",
    ],
)
def test_table_rows_codes_dates_and_masked_values_are_not_found(text):
    assert find_unmasked(text) == []


def test_a_valid_unified_social_credit_code_of_digits_only_is_not_an_id():
    from stdnum.cn import ric, uscc

    body = "911234" + "19800101" + "005"  # digits 7–14 read as a birth date
    code = body + uscc.calc_check_digit(body)
    assert code[-1].isdigit() and code[-1] != ric.calc_check_digit(body)
    assert find_unmasked(f"代码{code}") == []
    assert [e.kind for e in find_unmasked(f"代码{body}{(int(code[-1]) + 1) % 10}")] == ["id"]  # not a valid code


def test_format_character_list_covers_every_cf_character():
    import re
    import sys
    import unicodedata

    from zwcx_core.domain.personal_numbers import CF_RANGES

    cf = re.compile(f"[{CF_RANGES}]")
    missing = [hex(c) for c in range(sys.maxunicode + 1)
               if unicodedata.category(chr(c)) == "Cf" and not cf.match(chr(c))]
    assert missing == []


_SEPARATORS = [" ", "\u3000", "\u00a0", "-", "\uff0d", "\u2013", "\u2014", ".", "\uff0e", " - "]
_INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
_ID_LAYOUTS = [(6, 8, 4), (6, 4, 4, 4), (4, 4, 4, 4, 2)]
_MOBILE_LAYOUTS = [(3, 4, 4), (4, 4, 3), (3, 8)]


def _grouped(number: str, layout: tuple[int, ...], sep: str) -> str:
    parts, i = [], 0
    for n in layout:
        parts.append(number[i : i + n])
        i += n
    return sep.join(parts)


@st.composite
def _written(draw, numbers, layouts):
    number = draw(numbers)
    text = _grouped(number, draw(st.sampled_from(layouts)), draw(st.sampled_from(_SEPARATORS))) \
        if draw(st.booleans()) else number
    if draw(st.booleans()):  # full-width digits from a Chinese input method
        text = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)
    for _ in range(draw(st.integers(0, 3))):  # invisible characters anywhere inside
        at = draw(st.integers(1, len(text) - 1))
        text = text[:at] + draw(st.sampled_from(_INVISIBLE)) + text[at:]
    return number, text


@given(_written(valid_ids(), _ID_LAYOUTS), _filler, _filler)
def test_any_valid_id_written_with_separators_is_found(written, before, after):
    _number, text = written
    before, after = before.rstrip("*- ") + "，", "，" + after.lstrip("*- ")
    found = find_unmasked(before + text + after)
    assert [(e.kind, e.start, e.text) for e in found] == [("id", len(before), text)]


@given(_written(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True), _MOBILE_LAYOUTS), _filler, _filler,
       st.sampled_from(["", "+86 ", "+86", "0086", "86-"]))
def test_any_mobile_written_with_separators_and_a_country_prefix_is_found(written, before, after, prefix):
    _number, text = written
    before, after = before.rstrip("*- ") + "，电话", "，" + after.lstrip("*- ")
    found = find_unmasked(before + prefix + text + after)
    assert [e.kind for e in found] == ["mobile"]
    assert found[0].text.endswith(text)


_amount = st.one_of(
    st.integers(0, 99_999_999).map(lambda n: f"{n / 100:.2f}"),  # money as the app writes it: 1234.50
    st.integers(1, 999_999).map(lambda n: f"{n}元"),
    st.integers(0, 999_999).map(lambda n: f"{n:,}"),
)


@given(st.lists(_amount, min_size=2, max_size=12), st.sampled_from([" ", "  ", "\t", "\u3000", " | ", "、"]))
def test_rows_of_amounts_are_never_found(amounts, sep):
    assert find_unmasked("收支明细 " + sep.join(amounts)) == []


@given(st.lists(st.integers(1, 9999).map(str), min_size=6, max_size=20))
def test_long_rows_of_whole_numbers_are_never_joined(numbers):
    # Short numbers in a row longer than any layout (a table row): no run of them makes an ID, mobile or card.
    assert find_unmasked(" ".join(numbers)) == []
