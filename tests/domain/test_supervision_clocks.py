import datetime

import pytest

from zwcx_core.domain.calendar import DayResult
from zwcx_core.domain.enums import RequestType as R
from zwcx_core.domain.enums import SupervisionChannel as Ch
from zwcx_core.domain.supervision import (
    DEFAULT_PRESETS,
    ClockPresetError,
    deadlines,
    parse_presets,
    presets_document,
)
from zwcx_core.domain.supervision_scores import (
    REPLY_RATE_THRESHOLD,
    SATISFACTION_THRESHOLD,
    supervision_scores,
)

D = datetime.date


def ok(d):
    return DayResult(d, True)


# 国庆 2025: Sun 9-28 works, 10-1..10-8 holidays, Sat 10-11 works.
# Spring Festival 2026: Sat 2-14 works, 2-15..2-23 holidays, Sat 2-28 works.
@pytest.mark.parametrize(
    ("rtype", "received", "kw", "expected"),
    [
        (R.CONSULTATION, D(2025, 9, 30), {}, {"reply_by": ok(D(2025, 10, 11))}),  # 10-9, 10, 11
        (R.HELP, D(2025, 9, 30), {}, {"reply_by": ok(D(2025, 10, 11))}),
        # 10-9, 10, 11, 13, 14, 15, 16, 17, 20, 21, 22, 23, 24
        (R.COMPLAINT, D(2025, 9, 30), {}, {"reply_by": ok(D(2025, 10, 24))}),
        (R.REPORT, D(2025, 9, 30), {}, {"reply_by": ok(D(2025, 10, 24))}),
        (R.SUGGESTION, D(2025, 9, 30), {}, {"reply_by": ok(D(2025, 10, 24))}),
        ("投诉", D(2025, 9, 30), {}, {"reply_by": ok(D(2025, 10, 24))}),
        # Urgent: the same day, whatever the type.
        (R.COMPLAINT, D(2025, 9, 30), {"urgent": True}, {"reply_by": ok(D(2025, 9, 30))}),
        (R.CONSULTATION, D(2026, 2, 13), {}, {"reply_by": ok(D(2026, 2, 25))}),  # 2-14, 24, 25
        # Callback the day after closing, once closed.
        (R.CONSULTATION, D(2025, 9, 30), {"closed": D(2025, 10, 10)},
         {"reply_by": ok(D(2025, 10, 11)), "callback_by": ok(D(2025, 10, 11))}),
        (R.HELP, D(2026, 2, 13), {"closed": D(2026, 2, 14)},
         {"reply_by": ok(D(2026, 2, 25)), "callback_by": ok(D(2026, 2, 15))}),
    ],
)
def test_12345(rtype, received, kw, expected):
    assert deadlines(Ch.HOTLINE_12345, rtype, received=received, **kw) == expected


def test_12345_in_a_year_the_calendar_lacks_is_unconfirmed():
    assert deadlines("12345工单", "咨询", received=D(2027, 12, 30))["reply_by"] == DayResult(D(2028, 1, 4), False)


@pytest.mark.parametrize("channel", [Ch.DEPUTY_SUGGESTION, Ch.CPPCC_PROPOSAL])
@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({"assigned": D(2026, 3, 31)}, {"return_by": ok(D(2026, 4, 10)), "reply_by": ok(D(2026, 6, 30))}),
        ({"assigned": D(2026, 3, 31), "complex": True},
         {"return_by": ok(D(2026, 4, 10)), "reply_by": ok(D(2026, 9, 30))}),
        ({"assigned": D(2026, 8, 31)}, {"return_by": ok(D(2026, 9, 10)), "reply_by": ok(D(2026, 11, 30))}),
        ({"assigned": D(2026, 11, 30), "complex": True},
         {"return_by": ok(D(2026, 12, 10)), "reply_by": ok(D(2027, 5, 30))}),
        # Not yet assigned: the clock runs from receipt.
        ({}, {"return_by": ok(D(2026, 1, 25)), "reply_by": ok(D(2026, 4, 15))}),
        # An unsatisfied deputy: answered again within 1 month of the feedback.
        ({"assigned": D(2026, 3, 31), "feedback": D(2026, 8, 31)},
         {"return_by": ok(D(2026, 4, 10)), "reply_by": ok(D(2026, 6, 30)), "reanswer_by": ok(D(2026, 9, 30))}),
        ({"assigned": D(2026, 3, 31), "feedback": D(2027, 1, 31)},
         {"return_by": ok(D(2026, 4, 10)), "reply_by": ok(D(2026, 6, 30)), "reanswer_by": ok(D(2027, 2, 28))}),
    ],
)
def test_suggestions_and_proposals(channel, kw, expected):
    assert deadlines(channel, received=D(2026, 1, 15), **kw) == expected


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        # 15 calendar days, not moved off the National Day holiday.
        ({}, {"accept_by": ok(D(2025, 10, 5))}),
        ({"accepted": D(2025, 10, 1)}, {"accept_by": ok(D(2025, 10, 5)), "reply_by": ok(D(2025, 11, 30))}),
        ({"accepted": D(2025, 10, 1), "extended": True},
         {"accept_by": ok(D(2025, 10, 5)), "reply_by": ok(D(2025, 12, 30))}),
    ],
)
def test_petition(kw, expected):
    assert deadlines(Ch.PETITION, received=D(2025, 9, 20), **kw) == expected


@pytest.mark.parametrize(
    ("received", "extended", "reply_by"),
    [
        # 18 working days in October after the holiday, then 11-3, 11-4.
        (D(2025, 9, 30), False, D(2025, 11, 4)),
        # +20: 11-5 .. 12-2.
        (D(2025, 9, 30), True, D(2025, 12, 2)),
        # 2-14, 2-24 .. 2-28 (6), 3-2 .. 3-6 (11), 3-9 .. 3-13 (16), 3-16 .. 3-19 (20).
        (D(2026, 2, 13), False, D(2026, 3, 19)),
    ],
)
def test_disclosure_request(received, extended, reply_by):
    assert deadlines(Ch.DISCLOSURE_REQUEST, received=received, extended=extended) == {"reply_by": ok(reply_by)}


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        # Forwarded within 10 working days across the Spring Festival: 2-14, 24, 25, 26, 27, 28, 3-2, 3, 4, 5.
        ({}, {"forward_by": ok(D(2026, 3, 5)), "reply_by": ok(D(2026, 3, 15))}),
        ({"assigned": D(2026, 3, 2)}, {"forward_by": ok(D(2026, 3, 5)), "reply_by": ok(D(2026, 4, 1))}),
        # At most 90 days.
        ({"assigned": D(2026, 3, 2), "extended": True},
         {"forward_by": ok(D(2026, 3, 5)), "reply_by": ok(D(2026, 5, 31))}),
    ],
)
def test_arrears_complaint(kw, expected):
    assert deadlines(Ch.ARREARS_COMPLAINT, received=D(2026, 2, 13), **kw) == expected


@pytest.mark.parametrize("channel", [Ch.BREACH_COMPLAINT, Ch.OTHER])
def test_channels_without_a_preset_have_no_deadline(channel):
    assert deadlines(channel, R.COMPLAINT, received=D(2025, 9, 30)) == {}


def test_deadlines_refuse_unknown_channel_and_type():
    with pytest.raises(ValueError, match="not one of"):
        deadlines("fax", received=D(2025, 9, 30))
    with pytest.raises(ValueError, match="not one of"):
        deadlines(Ch.HOTLINE_12345, "gossip", received=D(2025, 9, 30))


def test_edited_presets_replace_one_channel():
    # Jinan and Weifang: 建议/投诉/举报 in 5 working days; no callback clock in this edit.
    presets = parse_presets({"12345工单": [{"name": "reply_by", "unit": "working_days", "from": "received",
                                           "amount": 5, "by_type": {"咨询": 3, "help": 3}, "urgent": 0}]})
    assert deadlines(Ch.HOTLINE_12345, R.COMPLAINT, received=D(2025, 9, 30), closed=D(2025, 10, 10),
                     presets=presets) == {"reply_by": ok(D(2025, 10, 14))}
    assert deadlines(Ch.HOTLINE_12345, R.CONSULTATION, received=D(2025, 9, 30),
                     presets=presets) == {"reply_by": ok(D(2025, 10, 11))}
    assert presets[Ch.PETITION] == DEFAULT_PRESETS[Ch.PETITION]


def test_presets_document_round_trips():
    doc = presets_document()
    assert doc["disclosure_request"] == [{"name": "reply_by", "unit": "working_days", "from": "received",
                                          "amount": 20, "extension": 20}]
    assert parse_presets(doc) == DEFAULT_PRESETS
    assert parse_presets(doc, base={}) == DEFAULT_PRESETS


GOOD = {"name": "reply_by", "unit": "days", "from": "received", "amount": 30}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ([], "must be an object"),
        ({"fax": []}, r"supervision_clocks\.fax: unknown channel"),
        ({"petition": {}}, r"supervision_clocks\.petition: expected a list"),
        ({"petition": ["reply_by"]}, r"petition\[0\]: expected an object"),
        ({"petition": [{**GOOD, "amout": 3}]}, r"petition\[0\]: unknown key 'amout'"),
        ({"petition": [{k: v for k, v in GOOD.items() if k != "amount"}]}, r"petition\[0\]: 'amount' is missing"),
        ({"petition": [{**GOOD, "name": "finish_by"}]}, r"petition\[0\]: unknown clock 'finish_by'"),
        ({"petition": [{**GOOD, "unit": "weeks"}]}, r"petition\[0\] \(reply_by\): 'unit' must be one of"),
        ({"petition": [{**GOOD, "from": "filed"}]}, r"'from' must be one of .* got 'filed'"),
        ({"petition": [{**GOOD, "amount": -1}]}, "'amount' must be a whole number of days from 0 to 365, got -1"),
        ({"petition": [{**GOOD, "amount": True}]}, "got True"),
        ({"petition": [{**GOOD, "amount": "30"}]}, "got '30'"),
        ({"petition": [{**GOOD, "unit": "months", "amount": 25}]}, "of months from 0 to 24, got 25"),
        ({"petition": [{**GOOD, "extension": 1.5}]}, "'extension' must be a whole number"),
        ({"petition": [{**GOOD, "by_type": {"gossip": 3}}]}, r"by_type: 'gossip' is not one of"),
        ({"petition": [{**GOOD, "by_type": {"咨询": -3}}]}, r"'by_type\.咨询' must be a whole number"),
        ({"petition": [{**GOOD, "by_type": [3]}]}, "'by_type' must be an object"),
        ({"petition": [{**GOOD, "complex": 10}]}, r"complex case cannot be due sooner \(10\) than an ordinary one"),
        ({"petition": [GOOD, GOOD]}, "the clock 'reply_by' is listed more than once"),
    ],
)
def test_parse_presets_refuses(doc, message):
    with pytest.raises(ClockPresetError, match=message):
        parse_presets(doc)


TODAY = D(2026, 5, 1)
CASES = [
    {"deadline": D(2026, 4, 10), "closed_date": D(2026, 4, 9), "reply_date": D(2026, 4, 9),
     "satisfaction": "satisfied"},
    {"deadline": D(2026, 4, 10), "closed_date": D(2026, 4, 12), "reply_date": D(2026, 4, 12),
     "satisfaction": "基本满意"},  # late, but replied and content
    {"deadline": D(2026, 4, 20), "closed_date": None, "reply_date": ""},  # overdue: counts against both
    {"deadline": D(2026, 5, 10)},  # open, not due: counts for nothing
    {"deadline": D(2026, 5, 1)},  # due today is not overdue
    {"deadline": None, "closed_date": "2026-04-01", "reply_date": "2026-04-01", "satisfaction": "不满意"},
    {"deadline": "2026-05-10", "closed_date": "2026-04-30", "reply_date": "2026-04-30"},
    {"deadline": D(2026, 4, 15), "closed_date": D(2026, 4, 15), "reply_date": D(2026, 4, 15)},  # on the day: on time
]


def test_supervision_scores():
    s = supervision_scores(CASES, TODAY)
    assert (s.on_time.numerator, s.on_time.denominator) == (4, 6)
    assert (s.replied.numerator, s.replied.denominator) == (5, 6)
    assert (s.satisfied.numerator, s.satisfied.denominator) == (2, 3)
    assert (s.reply_rate_met, s.satisfaction_met) == (False, False)


def test_supervision_scores_without_cases():
    s = supervision_scores([], TODAY)
    assert (s.on_time.value, s.replied.value, s.satisfied.value) == (None, None, None)
    assert (s.reply_rate_met, s.satisfaction_met) == (None, None)


def _replied(n):
    return [{"deadline": D(2026, 4, 1), "reply_date": D(2026, 3, 30)}] * n


@pytest.mark.parametrize(
    ("replied", "unreplied", "met"),
    [(23, 2, True), (22, 3, False), (25, 0, True)],  # 23/25 = 92 % exactly
)
def test_reply_rate_threshold(replied, unreplied, met):
    assert REPLY_RATE_THRESHOLD == 0.92
    cases = _replied(replied) + [{"deadline": D(2026, 4, 1)}] * unreplied
    assert supervision_scores(cases, TODAY).reply_rate_met is met


@pytest.mark.parametrize(
    ("content", "unsatisfied", "met"),
    [(17, 3, True), (16, 4, False)],  # 17/20 = 85 % exactly
)
def test_satisfaction_threshold(content, unsatisfied, met):
    assert SATISFACTION_THRESHOLD == 0.85
    cases = [{"satisfaction": "basically_satisfied"}] * content + [{"satisfaction": "unsatisfied"}] * unsatisfied
    assert supervision_scores(cases, TODAY).satisfaction_met is met


def test_supervision_scores_refuse_an_unknown_satisfaction():
    with pytest.raises(ValueError, match="not one of"):
        supervision_scores([{"satisfaction": "ok"}], TODAY)
