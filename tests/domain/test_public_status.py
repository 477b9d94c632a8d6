"""What the public verification page may say of a version, and how a title's full personal numbers are masked."""

from __future__ import annotations

import pytest

from zwcx_core.domain.masking import find_unmasked, mask_numbers_in
from zwcx_core.domain.public_status import Standing, standing

VALID_ID = "11010519491231002X"
CARD = "6222021234567890128"


def _s(kind, status, printed=False, deleted=False, current=None, ever_public=False, **doc):
    own = {"status": status, "finding": "upheld"} | doc
    return standing(kind, own, printed=printed, deleted=deleted,
                    current=own if current is None else {"status": current}, ever_public=ever_public)


@pytest.mark.parametrize("kind,status", [("disclosure", "draft"), ("disclosure", "pending_review"),
                                         ("commitment", "draft"), ("objection", "investigating"),
                                         ("objection", "not_accepted"), ("service", "publicized"),
                                         ("unit", None), ("disclosure", None)])
def test_versions_never_handed_out_are_unknown_even_when_a_proof_was_printed(kind, status):
    assert _s(kind, status) is None
    assert _s(kind, status, printed=True) is None


def test_a_reviewed_version_is_printed_published_or_waiting_for_its_print_record():
    assert _s("disclosure", "approved") is Standing.APPROVED
    assert _s("objection", "replied") is Standing.APPROVED
    # Closed after 不予受理 without an investigation: no finding, no outcome notice, nothing the public was given.
    assert _s("objection", "closed", finding=None) is None
    assert _s("disclosure", "approved", printed=True) is Standing.PRINTED
    assert _s("disclosure", "publicizing") is Standing.PUBLISHED
    assert _s("commitment", "published") is Standing.PUBLISHED
    assert _s("commitment", "in_progress", printed=True) is Standing.PRINTED


def test_deleted_records_are_unknown_whatever_they_were():
    assert _s("disclosure", "publicizing", printed=True, deleted=True) is None
    assert _s("disclosure", "approved", deleted=True, current="withdrawn") is None


def test_a_record_whose_public_life_ended_says_so_for_its_public_versions_only():
    assert _s("disclosure", "approved", printed=True, current="withdrawn") is Standing.WITHDRAWN
    assert _s("commitment", "published", current="cancelled") is Standing.WITHDRAWN
    assert _s("commitment", "published", current="changed") is Standing.WITHDRAWN
    # The withdrawing version itself: known only if the record had been public.
    assert _s("disclosure", "withdrawn", ever_public=True) is Standing.WITHDRAWN
    assert _s("disclosure", "withdrawn", ever_public=False) is None
    # A draft of a record withdrawn later was never handed out.
    assert _s("disclosure", "draft", current="withdrawn", ever_public=True) is None


def test_full_numbers_in_a_title_are_masked_and_nothing_else_changes():
    title = f"关于张三（身份证 110105 19491231 002X，电话 +86 138-0013-8000，卡号{CARD}）2026年第1季度补贴的公示"
    out = mask_numbers_in(title)
    assert find_unmasked(out) == []
    assert "11*************02X" in out and "138****8000" in out and "6222***********0128" in out
    assert "19491231" not in out and "0013" not in out and "021234567890" not in out
    assert out.startswith("关于张三（身份证 ") and out.endswith("）2026年第1季度补贴的公示")
    assert mask_numbers_in("关于2026年村级道路硬化工程的公示") == "关于2026年村级道路硬化工程的公示"


def test_full_width_and_glued_numbers_are_masked_too():
    out = mask_numbers_in(f"手机１３８００１３８０００，证号{VALID_ID}")
    assert out == "手机138****8000，证号11*************02X"
