"""Rules of 政务失信 records (credit_rules): who may see a person-level record, the 异议中 mark a credit objection
sets and clears, and the correction its upheld answer leaves on the record."""

from __future__ import annotations

import pytest

from zwcx_core.domain.credit_clocks import CreditClocks
from zwcx_core.domain.credit_rules import (
    PERSON_REFUSED,
    answers_objection,
    correction_row,
    marks_record,
    may_see,
    subject_errors,
)

PERSON = {"subject_level": "person", "subject_name": "张三"}
UNIT = {"subject_level": "unit"}


@pytest.mark.parametrize("role", ["clerk", "reviewer", None])
def test_only_the_administrator_learns_of_a_person_level_record(role):
    assert not may_see(PERSON, role) and may_see(UNIT, role)
    assert subject_errors(PERSON, role) == [("subject_level", PERSON_REFUSED)]
    assert "张三" not in PERSON_REFUSED  # the refusal names no one
    assert may_see(PERSON, "admin") and subject_errors(PERSON, "admin") == []


def _obj(**kw):
    return {"objection_type": "credit", "target_kind": "dishonesty", "target_id": "r1"} | kw


@pytest.mark.parametrize("status", ["registered", "accepted", "investigating"])
def test_an_open_credit_objection_marks_its_record(status):
    assert marks_record(_obj(status=status)) == "r1" and answers_objection(_obj(status=status)) is None


@pytest.mark.parametrize("status", ["replied", "not_accepted", "closed"])
def test_an_answered_credit_objection_clears_the_mark(status):
    assert marks_record(_obj(status=status)) is None and answers_objection(_obj(status=status)) == "r1"


def test_other_objections_neither_mark_nor_clear():
    for doc in (_obj(objection_type="complaint"), _obj(target_kind="disclosure"), _obj(target_id=None)):
        assert marks_record(doc) is None and answers_objection(doc | {"status": "replied"}) is None


def test_an_upheld_answer_to_correct_leaves_a_correction_due_in_working_days():
    # Replied Thu 2026-04-30; the May Day holiday follows, so three working days end on Fri 05-08.
    answer = _obj(status="replied", finding="upheld", action="correct", replied_date="2026-04-30")
    row = correction_row(answer)
    assert row == {"date": "2026-04-30", "note": "信用信息异议成立，认定更正；应于2026-05-08前更正本记录并重新报送。"}
    assert "2026-05-18" in correction_row(answer, CreditClocks(correction=10))["note"]  # the office's clock
    assert correction_row(answer | {"finding": "partly", "action": "revoke"})["note"].startswith("信用信息异议部分成立，认定撤销")
    assert correction_row(answer | {"finding": "not_upheld"}) is None
    assert correction_row(answer | {"action": "maintain"}) is None
