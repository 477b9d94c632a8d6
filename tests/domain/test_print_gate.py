"""Which statuses print as a notice to post: one rule in domain.lifecycle, per kind."""

from __future__ import annotations

import pytest

from zwcx_core.domain.lifecycle import LIFECYCLES, PrintAs, print_as, printable_as_valid


def test_nothing_before_review_is_valid_and_every_status_has_an_answer():
    for kind in ("commitment", "disclosure", "objection"):
        lc = LIFECYCLES[kind]
        assert print_as(kind, lc.initial) is PrintAs.DRAFT
        assert print_as(kind, "pending_review") is PrintAs.DRAFT or kind == "objection"
        assert all(isinstance(print_as(kind, s), PrintAs) for s in lc.states)
        # Every state a reviewer's approval leads to prints as valid; none reachable by a clerk alone does.
        clerk_only = {lc.initial} | {t for (s, t), roles in lc.transitions.items() if s == lc.initial}
        assert not any(printable_as_valid(kind, s) for s in clerk_only)
    assert print_as("disclosure", None) is PrintAs.DRAFT  # a document without a status is not trusted


@pytest.mark.parametrize("kind,status,expected", [
    ("disclosure", "approved", PrintAs.VALID), ("disclosure", "publicizing", PrintAs.VALID),
    ("disclosure", "archived", PrintAs.VALID), ("disclosure", "withdrawn", PrintAs.VOID),
    ("disclosure", "pending_review", PrintAs.DRAFT), ("commitment", "published", PrintAs.VALID),
    ("commitment", "fulfilled_late", PrintAs.VALID), ("commitment", "cancelled", PrintAs.VOID),
    ("commitment", "changed", PrintAs.VOID), ("objection", "investigating", PrintAs.DRAFT),
    ("objection", "replied", PrintAs.VALID), ("objection", "closed", PrintAs.VALID),
    ("objection", "not_accepted", PrintAs.REFUSED), ("service", "paid", PrintAs.REFUSED),
    ("unit", None, PrintAs.REFUSED),
])
def test_print_as(kind, status, expected):
    assert print_as(kind, status) is expected
    assert printable_as_valid(kind, status) is (expected is PrintAs.VALID)
