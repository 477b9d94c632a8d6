"""Wrong input on a supervision case, each refused with one message on its field; the presets as reference data
and the office's presets in the rules."""

from __future__ import annotations

import pytest

from zwcx_core.domain import derive
from zwcx_core.domain.schema import ValidationError, validate
from zwcx_core.domain.supervision import (
    ClockPresetError,
    parse_presets,
    presets_document,
    presets_from_reference,
    reference_items,
)

BASE = {"unit_id": "u1", "channel": "hotline_12345", "request_type": "complaint", "title": "路灯不亮",
        "content": "路灯不亮。", "received_date": "2026-03-02"}


@pytest.mark.parametrize(("over", "field", "message"), [
    ({"reply_date": "2026-03-01"}, "reply_date", "is before the case was received"),
    ({"assigned_date": "2026-02-28"}, "assigned_date", "is before the case was received"),
    ({"accepted_date": "2026-02-28"}, "accepted_date", "is before the case was received"),
    ({"set_deadline": "2026-02-01"}, "set_deadline", "is before the case was received"),
    ({"reply_date": "2026-03-10", "callback_date": "2026-03-09"}, "callback_date", "is before the reply"),
    ({"callback_date": "2026-03-09"}, "callback_date", "needs the reply date first"),
    ({"answer_class": "A"}, "answer_class", "is given only to deputies' suggestions and members' proposals"),
    ({"reply_date": "2026-03-10", "satisfaction": "unsatisfied"}, "satisfaction",
     "needs the date of the callback or of the deputy's feedback"),
    ({"channel": "deputy_suggestion", "reply_date": "2026-03-10", "callback_date": "2026-03-11",
      "satisfaction": "unsatisfied"}, "satisfaction", "needs the date of the callback or of the deputy's feedback"),
    ({"channel": "deputy_suggestion", "reply_date": "2026-03-10", "feedback_date": "2026-03-09"}, "feedback_date",
     "is before the reply"),
])
def test_wrong_input_is_refused_on_its_field(over, field, message):
    with pytest.raises(ValidationError) as e:
        validate("supervision", BASE | over, today=None)
    assert [(x.field, x.message) for x in e.value.errors] == [(field, message)]


@pytest.mark.parametrize("over", [
    {"reply_date": "2026-03-10", "callback_date": "2026-03-11", "satisfaction": "unsatisfied"},
    {"channel": "cppcc_proposal", "answer_class": "C", "reply_date": "2026-03-10", "feedback_date": "2026-03-20",
     "satisfaction": "basically_satisfied"},
])
def test_right_input_passes(over):
    validate("supervision", BASE | over)


def test_presets_travel_as_reference_items_and_the_rules_use_the_offices():
    doc = {"hotline_12345": [{"name": "reply_by", "unit": "working_days", "from": "received", "amount": 5}]}
    items = reference_items(doc)
    assert items == [{"key": "hotline_12345", "clocks": doc["hotline_12345"]}]
    assert reference_items(items) == items
    presets = presets_from_reference(items)
    assert presets == parse_presets(doc)
    assert presets_document(presets)["petition"] == presets_document()["petition"]  # the others keep theirs
    with pytest.raises(ClockPresetError, match=r"supervision_clocks\[0\]: expected an object with 'key'"):
        presets_from_reference([{"channel": "petition"}])
    with pytest.raises(ClockPresetError, match="unknown channel"):
        reference_items({"fax": []})
    case = derive.derive("supervision", BASE | {"urgent": False})
    assert case["due_date"] == "2026-03-19"
    derive.use_supervision_presets(presets)
    try:
        assert derive.derive("supervision", dict(BASE))["due_date"] == "2026-03-09"
        assert derive.derive("supervision", dict(BASE))["callback_due"] is None  # the office's 12345 has none
    finally:
        derive.use_supervision_presets(None)


@pytest.mark.parametrize(("satisfaction", "due"), [("unsatisfied", "2026-07-10"), ("satisfied", "2026-06-02"),
                                                   ("basically_satisfied", "2026-06-02")])
def test_only_unsatisfied_feedback_starts_the_clock_to_answer_again(satisfaction, due):
    # Assigned 2026-03-02: reply within three months (2026-06-02); feedback on 2026-06-10 — only an unsatisfied one
    # gives the office a month to answer again (2026-07-10), a satisfied one leaves the deadline as it was.
    doc = validate("supervision", {
        "unit_id": "u1", "channel": "deputy_suggestion", "ref_no": "J2026-3", "title": "关于老旧小区改造的建议",
        "content": "建议加快改造。", "deputies": "李明", "received_date": "2026-03-02", "assigned_date": "2026-03-02",
        "result": "已列入计划。", "answer_class": "B", "reply_date": "2026-05-20", "feedback_date": "2026-06-10",
        "satisfaction": satisfaction})
    assert derive.derive("supervision", doc)["due_date"] == due
