"""Entry rules: no negative amounts, amounts that are numbers, dates within sensible bounds per field, no control or
text-direction characters in names and free text, and every field given that is not accepted named, never dropped.
Values an accepted version already held are spared (a legacy record keeps moving and syncing)."""

from __future__ import annotations

import datetime as dt

import pytest

from zwcx_core.domain import schema
from zwcx_core.domain.accounts import check_user_names
from zwcx_core.domain.schema import EARLIEST_DATE, EVENT_GRACE_DAYS, PLAN_YEARS, ValidationError, validate

TODAY = dt.date(2026, 6, 15)
NEGATIVE = "must not be negative; a refund or correction is recorded as an entry of its own"
HIDES = "a control or text-direction character that hides or reorders text; remove it"


def service(**over):
    return {"unit_id": "u1", "service_area": "elderly", "policy": "高龄津贴", "beneficiary_name": "王伟"} | over


def finance(**over):
    return {"unit_id": "u1", "kind": "finance", "title": "2026年第一季度财务收支公开", "body": "现予公开。",
            "formed_date": "2026-04-02",
            "finance_lines": [{"direction": "income", "item": "上级拨款", "amount": "1000.00"}]} | over


def refusal(kind: str, payload: dict, **kw) -> dict[str, str]:
    with pytest.raises(ValidationError) as exc:
        validate(kind, payload, today=TODAY, **kw)
    return exc.value.by_field()


@pytest.mark.parametrize("amount", ["-5", "-0.01", -5, -1200.5, "￥-30", "-1,000.00"])
def test_a_negative_payout_is_refused_with_the_reason(amount):
    assert refusal("service", service(amount=amount)) == {"amount": NEGATIVE}


def test_a_negative_finance_line_is_refused_but_a_balance_may_be_below_zero():
    lines = [{"direction": "expense", "item": "冲销", "amount": "-300.00"}]
    assert refusal("disclosure", finance(finance_lines=lines)) == {"finance_lines[1].amount": NEGATIVE}
    # An overdrawn opening balance is a fact of the accounts, not a payout.
    assert validate("disclosure", finance(opening_balance="-500.00"), today=TODAY)["opening_balance"] == "-500.00"
    # Minus zero is zero.
    assert validate("service", service(amount="-0"), today=TODAY)["amount"] == "0.00"


@pytest.mark.parametrize("amount, message", [
    (1e308, "is too large; amounts must be below 1,000,000,000,000 yuan"),
    ("1e308", "is too large; amounts must be below 1,000,000,000,000 yuan"),
    ("1000000000000", "is too large; amounts must be below 1,000,000,000,000 yuan"),
    (-1e308, "is too large; amounts must be below 1,000,000,000,000 yuan"),
    (float("inf"), "is not a number (infinity or NaN); enter the amount in yuan"),
    ("Infinity", "is not a number (infinity or NaN); enter the amount in yuan"),
    ("-inf", "is not a number (infinity or NaN); enter the amount in yuan"),
    (float("nan"), "is not a number (infinity or NaN); enter the amount in yuan"),
    ("NaN", "is not a number (infinity or NaN); enter the amount in yuan"),
    ("sNaN", "is not a number (infinity or NaN); enter the amount in yuan"),
])
def test_amounts_that_are_not_numbers_or_too_large_are_refused_not_raised(amount, message):
    """These raised decimal.InvalidOperation, which no caller catches (a traceback in `zwcx add` and the import)."""
    assert refusal("service", service(amount=amount)) == {"amount": message}
    assert validate("service", service(amount="999999999999.99"), today=TODAY)["amount"] == "999999999999.99"


def test_parse_money_raises_value_error_only():
    for v in ("1e308", "Infinity", "NaN", "sNaN", "1e999999", "12.345", "abc"):
        with pytest.raises(ValueError):
            schema.parse_money(v)


@pytest.mark.parametrize("kind, field, payload", [
    ("service", "delivery_date", service()),
    ("commitment", "fulfilled_date", {}),
    ("objection", "received_date", {}),
    ("objection", "replied_date", {}),
])
def test_an_event_date_cannot_lie_far_in_the_future_nor_before_1949(kind, field, payload):
    latest = TODAY + dt.timedelta(days=EVENT_GRACE_DAYS)
    for value in ("9999-12-31", (latest + dt.timedelta(days=1)).isoformat()):
        got = _date_refusal(kind, payload, field, value)
        assert got == f"is more than {EVENT_GRACE_DAYS} days after today; it records something that has happened, " \
                      "check the year"
    assert _date_refusal(kind, payload, field, "1949-09-30") == "is before 1949-10-01; check the year"
    assert _date_refusal(kind, payload, field, "0001-01-01") == "is before 1949-10-01; check the year"
    for value in (latest.isoformat(), EARLIEST_DATE.isoformat(), TODAY.isoformat()):
        assert _date_refusal(kind, payload, field, value) is None


@pytest.mark.parametrize("kind, field", [("commitment", "due_date"), ("disclosure", "period_start"),
                                         ("disclosure", "publish_date")])
def test_a_deadline_or_planned_date_may_lie_ahead_up_to_ten_years(kind, field):
    assert _date_refusal(kind, {}, field, f"{TODAY.year + PLAN_YEARS}-06-01") is None
    got = _date_refusal(kind, {}, field, f"{TODAY.year + PLAN_YEARS + 1}-01-01")
    assert got == f"is more than {PLAN_YEARS} years ahead; check the year"
    assert _date_refusal(kind, {}, field, "9999-12-31") == got


def _date_refusal(kind: str, payload: dict, field: str, value: str) -> str | None:
    """The message on `field` alone when `value` is entered there (other fields' messages ignored)."""
    try:
        validate(kind, payload | {field: value}, today=TODAY)
    except ValidationError as exc:
        return exc.by_field().get(field)
    return None


def test_date_messages_never_repeat_the_value():
    msg = _date_refusal("service", service(), "delivery_date", "2087-03-14")
    assert msg is not None and "2087" not in msg and "03-14" not in msg


HIDDEN = ["\x00", "\x1b", "\x7f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
          "\u2069", "\u200e", "\u200f"]


@pytest.mark.parametrize("ch", HIDDEN, ids=lambda c: f"U+{ord(c):04X}")
def test_control_and_direction_characters_are_refused_in_names_and_text(ch):
    code = f"U+{ord(ch):04X}"
    got = refusal("service", service(beneficiary_name=f"王{ch}伟", note=f"备注{ch}"))
    assert got["beneficiary_name"].startswith(f"contains {code}") and got["beneficiary_name"].endswith(HIDES)
    assert got["note"].startswith(f"contains {code}")
    got = refusal("unit", {"name": f"红星村{ch}", "unit_type": "village", "contact_person": f"张{ch}三"})
    assert set(got) == {"name", "contact_person"} and all(m.endswith(HIDES) for m in got.values())
    lines = [{"direction": "income", "item": f"拨款{ch}", "amount": "10.00"}]
    assert refusal("disclosure", finance(finance_lines=lines))["finance_lines[1].item"].endswith(HIDES)
    assert "王" not in got["name"] and "红星村" not in got["name"]  # the character is named, never the text


@pytest.mark.parametrize("ch", HIDDEN, ids=lambda c: f"U+{ord(c):04X}")
def test_user_names_refuse_them_too(ch):
    with pytest.raises(ValueError) as exc:
        check_user_names(f"clerk{ch}", "")
    assert str(exc.value).startswith(f"the user name contains U+{ord(ch):04X}") and "clerk" not in str(exc.value)
    with pytest.raises(ValueError, match="^the display name contains"):
        check_user_names("clerk", f"王{ch}伟")
    check_user_names("clerk", "录入员小王")


def test_computed_and_unknown_fields_in_a_new_record_are_named_not_dropped():
    """`status` was dropped without a word: a clerk who typed 'paid' believed it was recorded."""
    assert refusal("service", service(status="paid", id_masked="2301**********1236", colour="red")) == {
        "status": "is set by the rules and cannot be entered",
        "id_masked": "is set by the rules and cannot be entered",
        "colour": "is not a field of this record"}
    assert refusal("disclosure", finance(deadline="2026-05-01", closing_balance="1.00")) == {
        "deadline": "is set by the rules and cannot be entered",
        "closing_balance": "is set by the rules and cannot be entered"}
    # A document the rules produced (sync, backup) is re-read with its computed fields.
    assert validate("service", service(status="registered"), allow_computed=True, today=TODAY)["status"] == \
        "registered"


def test_values_an_accepted_version_held_are_spared_new_ones_are_judged():
    legacy = service(amount="-50.00", delivery_date="2029-01-01", status="paid")
    assert set(refusal("service", legacy, allow_computed=True)) == {"amount", "delivery_date"}
    spared = validate("service", legacy | {"village": "红星村"}, allow_computed=True, accepted=[legacy], today=TODAY)
    assert spared["amount"] == "-50.00" and spared["delivery_date"] == "2029-01-01"
    assert refusal("service", legacy | {"amount": "-60"}, allow_computed=True, accepted=[legacy]) == {"amount": NEGATIVE}
    lines = [{"id": "l1", "direction": "expense", "item": "冲销", "amount": "-300.00"}]
    old = finance(finance_lines=lines)
    assert validate("disclosure", old | {"title": "新标题"}, allow_computed=True, accepted=[old], today=TODAY)
