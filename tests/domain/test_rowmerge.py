"""Child rows of a record edited on two computers merge row by row (core/zwcx_core/domain/rowmerge.py)."""

from __future__ import annotations

import pytest

from zwcx_core.domain.rowmerge import merge_rows

P1 = {"id": "p1", "type": "payment", "amount": "100.00"}
P2 = {"id": "p2", "type": "payment", "amount": "200.00"}
P3 = {"id": "p3", "type": "payment", "amount": "300.00"}


@pytest.mark.parametrize(("base", "mine", "theirs", "want"), [
    ([P1], [P1, P2], [P1, P3], [P1, P2, P3]),  # each side added a payment: both kept
    ([P1], [P1, P2], [P1], [P1, P2]),  # one side added
    ([P1, P2], [P1], [P1, P2], [P1]),  # removed here, untouched there: gone
    ([P1, P2], [P1, P2], [P2], [P2]),  # removed there, untouched here: gone
    ([P1], [P1 | {"amount": "150.00"}], [P1, P3], [P1 | {"amount": "150.00"}, P3]),  # changed here, added there
    ([P1], [P1, P3], [P1 | {"amount": "150.00"}], [P1 | {"amount": "150.00"}, P3]),  # changed there
    ([P1], [P1 | {"note": "x"}], [P1 | {"note": "x"}], [P1 | {"note": "x"}]),  # the same change on both
    (None, [P1], [P2], [P1, P2]),  # no rows in the base
])
def test_rows_merge_by_id(base, mine, theirs, want):
    assert merge_rows(base, mine, theirs) == want


@pytest.mark.parametrize(("base", "mine", "theirs"), [
    ([P1], [P1 | {"amount": "150.00"}], [P1 | {"amount": "160.00"}]),  # the same row changed differently
    ([P1], [P1 | {"amount": "150.00"}], []),  # changed here, removed there
    ([P1], [], [P1 | {"amount": "150.00"}]),  # removed here, changed there
    ([P1], [P1, {"type": "payment", "amount": "5.00"}], [P1]),  # a row without an id
])
def test_rows_a_person_must_decide(base, mine, theirs):
    assert merge_rows(base, mine, theirs) is None
