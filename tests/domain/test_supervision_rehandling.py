"""Sending a supervision case back to be handled again (重新办理): a caller's answer that was not accepted is
cleared so the new one gets its own reply and callback; a deputy's or member's letter keeps its reply and the
feedback, since the re-answer's month counts from that feedback."""

from __future__ import annotations

import datetime as dt

import pytest

from zwcx_core.domain.derive import apply_transition
from zwcx_core.domain.enums import SUGGESTION_CHANNELS, Role
from zwcx_core.domain.enums import SupervisionChannel as Ch

TODAY = dt.date(2026, 4, 20)


def _replied(channel: Ch) -> dict:
    return {"channel": channel.value, "status": "replied", "received_date": "2026-03-02",
            "assigned_date": "2026-03-02", "reply_date": "2026-03-20", "callback_date": "2026-03-21",
            "callback_way": "phone", "feedback_date": "2026-04-01", "satisfaction": "unsatisfied"}


@pytest.mark.parametrize("channel", sorted(SUGGESTION_CHANNELS))
def test_a_suggestion_sent_back_keeps_its_reply_and_feedback(channel):
    new = apply_transition("supervision", _replied(Ch(channel)), "rehandling", Role.REVIEWER, TODAY)
    assert new["status"] == "rehandling" and new["rehandle_count"] == 1
    assert (new["reply_date"], new["feedback_date"], new["satisfaction"]) == ("2026-03-20", "2026-04-01",
                                                                            "unsatisfied")


@pytest.mark.parametrize("channel", [c for c in Ch if c not in SUGGESTION_CHANNELS])
def test_any_other_case_sent_back_clears_the_answer_not_accepted(channel):
    new = apply_transition("supervision", _replied(channel), "rehandling", Role.REVIEWER, TODAY)
    assert new["status"] == "rehandling" and new["rehandle_count"] == 1
    assert [new[f] for f in ("reply_date", "callback_date", "callback_way", "satisfaction")] == [None] * 4
