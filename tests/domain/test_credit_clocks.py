import datetime

import pytest

from zwcx_core.domain.calendar import DayResult
from zwcx_core.domain.credit import (
    RULE_36,
    RULE_58,
    RULE_COURT,
    DisplayPeriod,
    display_period,
    repair_eligibility,
    sanction_period,
)
from zwcx_core.domain.credit_clocks import (
    CreditClockError,
    CreditClocks,
    correction_due,
    objection_deadlines,
    parse_credit_clocks,
    repair_deadlines,
)
from zwcx_core.domain.enums import DishonestyType as T
from zwcx_core.domain.enums import SanctionKind as K
from zwcx_core.domain.enums import Severity as S
from zwcx_core.domain.months import add_months

D = datetime.date


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (D(2026, 4, 10), 3, D(2026, 7, 10)),  # the corresponding day
        (D(2026, 8, 31), 6, D(2027, 2, 28)),  # no 31st in February: the month's last day
        (D(2027, 11, 30), 3, D(2028, 2, 29)),  # leap year
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2026, 2, 28), 6, D(2026, 8, 28)),  # a short month's end is not carried forward to the 31st
        (D(2026, 12, 31), 2, D(2027, 2, 28)),  # across a year end
        (D(2026, 3, 31), 36, D(2029, 3, 31)),
        (D(2026, 5, 15), 0, D(2026, 5, 15)),
    ],
)
def test_add_months(start, months, end):
    assert add_months(start, months) == end


def test_add_months_refuses_negative():
    with pytest.raises(ValueError, match="negative"):
        add_months(D(2026, 1, 1), -1)


@pytest.mark.parametrize(
    ("severity", "decided", "kind", "kw", "expected"),
    [
        # The last day of 58号令 practice: severity does not matter, 3 months to 3 years.
        (S.GENERAL, D(2026, 3, 31), T.ADMIN_PENALTY, {}, DisplayPeriod(D(2026, 6, 30), D(2029, 3, 31), True, RULE_58)),
        (S.SERIOUS, D(2026, 3, 31), T.ADMIN_PENALTY, {}, DisplayPeriod(D(2026, 6, 30), D(2029, 3, 31), True, RULE_58)),
        (S.MINOR, D(2026, 3, 31), T.BREACH, {}, DisplayPeriod(D(2026, 6, 30), D(2029, 3, 31), True, RULE_58)),
        # Safety, fire and special-equipment penalties: at least 1 year.
        (S.GENERAL, D(2026, 3, 31), T.ADMIN_PENALTY, {"safety_penalty": True},
         DisplayPeriod(D(2027, 3, 31), D(2029, 3, 31), True, RULE_58)),
        # The first day of 36号令.
        (S.GENERAL, D(2026, 4, 1), T.ADMIN_PENALTY, {}, DisplayPeriod(D(2026, 7, 1), D(2027, 4, 1), True, RULE_36)),
        (S.SERIOUS, D(2026, 4, 1), T.ADMIN_PENALTY, {}, DisplayPeriod(D(2027, 4, 1), D(2029, 4, 1), True, RULE_36)),
        (S.MINOR, D(2026, 4, 1), T.ADMIN_PENALTY, {}, DisplayPeriod(None, None, False, RULE_36)),
        # The safety flag belongs to the old practice; 36号令 goes by severity only.
        (S.GENERAL, D(2026, 4, 1), T.ADMIN_PENALTY, {"safety_penalty": True},
         DisplayPeriod(D(2026, 7, 1), D(2027, 4, 1), True, RULE_36)),
        # A province that shows minor records: no minimum, at most 3 months.
        (S.MINOR, D(2026, 4, 1), T.SME_ARREARS, {"minor_shown_months": 3},
         DisplayPeriod(D(2026, 4, 1), D(2026, 7, 1), True, RULE_36)),
        (S.MINOR, D(2026, 4, 1), T.SME_ARREARS, {"minor_shown_months": 1},
         DisplayPeriod(D(2026, 4, 1), D(2026, 5, 1), True, RULE_36)),
        # Month ends.
        (S.GENERAL, D(2026, 8, 31), T.BREACH, {}, DisplayPeriod(D(2026, 11, 30), D(2027, 8, 31), True, RULE_36)),
        (S.SERIOUS, D(2026, 11, 30), T.JUDGMENT_UNPERFORMED, {},
         DisplayPeriod(D(2027, 11, 30), D(2029, 11, 30), True, RULE_36)),
        # A judgment debtor is shown until the court removes it, under either rule.
        (S.SERIOUS, D(2026, 3, 31), T.JUDGMENT_DEBTOR, {}, DisplayPeriod(None, None, True, RULE_COURT, True)),
        (S.GENERAL, D(2026, 4, 1), T.JUDGMENT_DEBTOR, {}, DisplayPeriod(None, None, True, RULE_COURT, True)),
    ],
)
def test_display_period(severity, decided, kind, kw, expected):
    assert display_period(severity, decided, kind, **kw) == expected


def test_display_period_takes_chinese_names():
    assert display_period("严重", D(2026, 5, 6), "违约失信") == display_period(S.SERIOUS, D(2026, 5, 6), T.BREACH)


@pytest.mark.parametrize(
    ("args", "kw", "message"),
    [
        (("minor", D(2026, 4, 1), "breach"), {"minor_shown_months": 4}, "at most 3 months"),
        (("minor", D(2026, 4, 1), "breach"), {"minor_shown_months": -1}, "at most 3 months"),
        (("grave", D(2026, 4, 1), "breach"), {}, "not one of"),
        (("minor", D(2026, 4, 1), "theft"), {}, "not one of"),
    ],
)
def test_display_period_refuses(args, kw, message):
    with pytest.raises(ValueError, match=message):
        display_period(*args, **kw)


@pytest.mark.parametrize(
    ("kind", "months", "end"),
    [
        (K.WARNING, 6, D(2027, 2, 28)),
        (K.DEMERIT, 12, D(2027, 8, 31)),
        (K.MAJOR_DEMERIT, 18, D(2028, 2, 29)),
        (K.DEMOTION, 24, D(2028, 8, 31)),
        (K.REMOVAL, 24, D(2028, 8, 31)),
        ("警告", 6, D(2027, 2, 28)),
    ],
)
def test_sanction_period(kind, months, end):
    p = sanction_period(kind, D(2026, 8, 31))
    assert (p.months, p.end, p.permanent) == (months, end, False)


def test_expulsion_has_no_period():
    p = sanction_period(K.EXPULSION, D(2026, 8, 31))
    assert (p.months, p.end, p.permanent) == (None, None, True)


# 一般, decided 2026-04-10: the minimum runs to 2026-07-10, display to 2027-04-10.
GENERAL = display_period(S.GENERAL, D(2026, 4, 10), T.SME_ARREARS)
OK = {"obligation": "50000", "performed": "50,000.00", "commitment_made": True}
TOO_EARLY = "the minimum display period runs until 2026-07-10; repair can be applied for from 2026-07-11"
NO_COMMITMENT = "no credit commitment (信用承诺) has been made"


@pytest.mark.parametrize(
    ("period", "as_of", "kw", "reasons"),
    [
        (GENERAL, D(2026, 7, 11), OK, ()),
        (GENERAL, D(2027, 4, 10), OK, ()),  # the last day shown
        (GENERAL, D(2026, 7, 10), OK, (TOO_EARLY,)),
        (GENERAL, D(2026, 7, 11), {**OK, "performed": 60000}, ()),
        (GENERAL, D(2026, 7, 11), {**OK, "performed": "12000"},
         ("the obligation is not fully performed: 12000.00 of 50000.00 yuan performed",)),
        (GENERAL, D(2026, 7, 11), {**OK, "performed": None},
         ("the obligation is not fully performed: 0.00 of 50000.00 yuan performed",)),
        (GENERAL, D(2026, 7, 11), {"commitment_made": True}, ("the obligations are not confirmed as performed",)),
        (GENERAL, D(2026, 7, 11), {"commitment_made": True, "obligations_performed": True}, ()),
        # The flag covers a performance that is not a payment, whatever the amounts say.
        (GENERAL, D(2026, 7, 11), {**OK, "performed": "0", "obligations_performed": True}, ()),
        (GENERAL, D(2026, 7, 11), {**OK, "commitment_made": False}, (NO_COMMITMENT,)),
        (GENERAL, D(2026, 5, 1), {"obligation": "100", "performed": "99.99"},
         (TOO_EARLY, "the obligation is not fully performed: 99.99 of 100.00 yuan performed", NO_COMMITMENT)),
        (GENERAL, D(2027, 4, 11), OK, ("display stopped after 2027-04-10, so there is nothing to repair",)),
        (display_period(S.MINOR, D(2026, 4, 10), T.BREACH), D(2026, 7, 11), OK,
         ("the record is not shown, so there is nothing to repair",)),
        # A minor record shown by the province has no minimum: repair from the day after the decision.
        (display_period(S.MINOR, D(2026, 4, 10), T.BREACH, minor_shown_months=3), D(2026, 4, 11), OK, ()),
        (display_period(S.MINOR, D(2026, 4, 10), T.BREACH, minor_shown_months=3), D(2026, 4, 10), OK,
         ("the minimum display period runs until 2026-04-10; repair can be applied for from 2026-04-11",)),
        (display_period(S.SERIOUS, D(2026, 4, 10), T.JUDGMENT_DEBTOR), D(2030, 1, 1), OK,
         ("a judgment-debtor (失信被执行人) entry ends when the court removes it; credit repair does not apply",)),
        # 58号令 safety penalty decided 2026-03-31: at least one year.
        (display_period(S.GENERAL, D(2026, 3, 31), T.ADMIN_PENALTY, safety_penalty=True), D(2027, 3, 31), OK,
         ("the minimum display period runs until 2027-03-31; repair can be applied for from 2027-04-01",)),
    ],
)
def test_repair_eligibility(period, as_of, kw, reasons):
    check = repair_eligibility(period, as_of, **kw)
    assert check.reasons == reasons
    assert check.eligible is (reasons == ())


def test_repair_eligibility_refuses_a_non_amount():
    with pytest.raises(ValueError):
        repair_eligibility(GENERAL, D(2026, 7, 11), obligation="a lot", performed="0", commitment_made=True)


def test_default_credit_clocks():
    c = CreditClocks()
    assert (c.objection_mark, c.objection_answer, c.objection_answer_referred, c.correction,
            c.repair_department, c.repair_platform) == (1, 3, 7, 3, 3, 10)


W = True  # every date below lies in a year the holiday calendar knows


@pytest.mark.parametrize(
    ("received", "referred", "mark_by", "answer_by"),
    [
        # Fri before 国庆 2025: Sun 9-28 is a make-up working day; 10-1..10-8 are holidays; Sat 10-11 works.
        (D(2025, 9, 26), False, D(2025, 9, 28), D(2025, 9, 30)),
        (D(2025, 9, 26), True, D(2025, 9, 28), D(2025, 10, 13)),  # 9-28, 29, 30, 10-9, 10, 11, 13
        (D(2025, 9, 30), False, D(2025, 10, 9), D(2025, 10, 11)),
        (D(2025, 9, 30), True, D(2025, 10, 9), D(2025, 10, 16)),
        (D(2025, 10, 3), False, D(2025, 10, 9), D(2025, 10, 11)),  # received during the holiday
        # Spring Festival 2026: Sat 2-14 works, 2-15..2-23 holidays, Sat 2-28 works.
        (D(2026, 2, 13), False, D(2026, 2, 14), D(2026, 2, 25)),
        (D(2026, 2, 13), True, D(2026, 2, 14), D(2026, 3, 2)),  # 2-14, 24, 25, 26, 27, 28, 3-2
    ],
)
def test_objection_deadlines_across_holidays(received, referred, mark_by, answer_by):
    assert objection_deadlines(received, referred=referred) == {
        "mark_by": DayResult(mark_by, W), "answer_by": DayResult(answer_by, W)}


def test_objection_deadlines_in_an_unknown_year_are_unconfirmed():
    got = objection_deadlines(D(2027, 12, 30))
    assert got["answer_by"] == DayResult(D(2028, 1, 4), False)  # Monday–Friday guess over New Year


def test_objection_deadlines_with_province_presets():
    zhejiang = parse_credit_clocks({"objection_answer": 5, "objection_answer_referred": 20, "objection_mark": 0})
    got = objection_deadlines(D(2025, 9, 30), zhejiang)
    assert got == {"mark_by": DayResult(D(2025, 9, 30), W), "answer_by": DayResult(D(2025, 10, 14), W)}
    assert objection_deadlines(D(2025, 9, 30), zhejiang, referred=True)["answer_by"] == DayResult(D(2025, 11, 4), W)


def test_correction_due():
    assert correction_due(D(2025, 9, 30)) == DayResult(D(2025, 10, 11), W)
    assert correction_due(D(2025, 9, 30), parse_credit_clocks({"correction": 1})) == DayResult(D(2025, 10, 9), W)


def test_repair_deadlines_across_spring_festival():
    assert repair_deadlines(D(2026, 2, 13)) == {
        "department_by": DayResult(D(2026, 2, 25), W),
        # 2-14, 24, 25, 26, 27, 28 (Sat, works), 3-2, 3, 4, 5
        "platform_by": DayResult(D(2026, 3, 5), W)}
    own = parse_credit_clocks({"repair_department": 5, "repair_platform": 15})
    assert repair_deadlines(D(2026, 2, 13), own) == {
        "department_by": DayResult(D(2026, 2, 27), W), "platform_by": DayResult(D(2026, 3, 12), W)}


def test_parse_credit_clocks_keeps_what_it_is_not_given():
    assert parse_credit_clocks({}) == CreditClocks()
    base = CreditClocks(objection_answer=5)
    assert parse_credit_clocks({"correction": 2}, base) == CreditClocks(objection_answer=5, correction=2)


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ([], "must be an object"),
        ({"objection_reply": 3}, r"credit_clocks\.objection_reply: unknown limit"),
        ({"objection_answer": True}, r"credit_clocks\.objection_answer: must be a whole number .* got True"),
        ({"objection_answer": "3"}, r"from 1 to 60, got '3'"),
        ({"objection_answer": 3.0}, "got 3.0"),
        ({"objection_answer": 0}, "from 1 to 60, got 0"),
        ({"repair_platform": 61}, r"credit_clocks\.repair_platform: .* got 61"),
        ({"objection_mark": -1}, "from 0 to 60, got -1"),
        ({"objection_answer": 8}, r"objection_answer_referred: .* sooner \(7\) than .* in-house \(8\)"),
    ],
)
def test_parse_credit_clocks_refuses(doc, message):
    with pytest.raises(CreditClockError, match=message):
        parse_credit_clocks(doc)
