"""The reply to a disclosure request read back from its PDF: addressed to the requester, the remedies, the fonts."""

from __future__ import annotations

import pytest

from tests.notices.notice_pdf import flat, notdef_count, pdf_text
from tests.supervision.cases import PHONE, REQUESTER, case
from zwcx_desktop.notices.letters import LetterRefused, build_letter, render_letter


def _request(app, actor, **over) -> str:
    p = dict(channel="disclosure_request", request_type=None, ref_no="YSQ2026-07", title="2025年度新阳路改造工程预算",
             content="申请公开2025年度新阳路改造工程的预算。", received_date="2026-03-02")
    return case(app, actor, **(p | over))


def fonts_of(pdf: bytes, chars: str) -> set[str]:
    """The fonts the given characters are set in, anywhere in the letter."""
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return {c["fontname"].split("+")[-1] for p in doc.pages for c in p.chars if c["text"] in chars}


def test_a_disclosure_reply_is_addressed_to_its_requester_and_states_the_remedies(app, admin):
    rid = _request(app, admin)
    with pytest.raises(LetterRefused, match="enter the result"):
        render_letter(app, rid, admin)
    app.records.update(rid, {"result": "您申请获取的信息属于主动公开范围，现提供预算表一份。", "reply_date": "2026-03-20"},
                       admin)
    pdf = render_letter(app, rid, admin)
    text = flat("".join(pdf_text(pdf)))
    assert text.startswith("政府信息公开申请答复书")
    assert "申请编号：YSQ2026-07" in text
    assert text.index(f"{REQUESTER}：") < text.index("2026年3月2日收到您提出的政府信息公开申请")
    assert "申请获取“2025年度新阳路改造工程预算”的政府信息" in text
    assert "现提供预算表一份。" in text and "六十日内依法申请行政复议" in text and "2026年3月20日" in text
    assert PHONE not in text  # the phone is for the callback, not for the paper
    assert text.count(REQUESTER) == 1
    # The body (remedies, the requester's name) is in the body face, not the 黑体 of headings.
    body = fonts_of(pdf, "诉讼复议")
    assert body and body == fonts_of(pdf, REQUESTER) and not any("Hei" in f for f in body)
    assert notdef_count(pdf) == 0


def test_the_guard_still_scans_every_text_but_the_requesters_own_data(app, admin):
    from zwcx_core.notices import guard
    from zwcx_core.notices.model import Para

    rid = _request(app, admin, result="经查，该信息不存在。", reply_date="2026-03-20",
                   requester_phone="13912345678")
    letter = build_letter(app, rid, admin)
    assert letter.kind == "disclosure_reply" and REQUESTER in letter.salutation
    guard.check(letter)  # the requester's own name passes
    letter.blocks.append(Para("联系人13812345678", "stray"))
    with pytest.raises(guard.NoticeRefused, match="stray"):
        guard.check(letter)
