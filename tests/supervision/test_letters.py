"""Reply letters read back from their PDF: the answer class top right, the feedback form, the 12345 sheet."""

from __future__ import annotations

import pytest

from tests.notices.notice_pdf import flat, notdef_count, pdf_text
from tests.supervision.cases import PHONE, REQUESTER, case
from zwcx_desktop.notices.letters import LetterRefused, render_letter


def page_fonts(pdf: bytes) -> tuple[list[str], set[str]]:
    """The fonts of the first line's characters (the corner mark), and those of the salutation's line."""
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        chars = doc.pages[0].chars
        top = min(c["top"] for c in chars)
        corner = [c["fontname"].split("+")[-1] for c in chars if abs(c["top"] - top) < 1]
        body = {c["fontname"].split("+")[-1] for c in chars if c["text"] in "您提出的"}
    return corner, body


def _suggestion(app, actor, **over):
    p = dict(channel="deputy_suggestion", request_type="", requester="", requester_phone="", deputies="李明",
             ref_no="J2026-3", title="关于加快老旧小区改造的建议", content="建议加快新阳路老旧小区改造。",
             received_date="2026-03-02", assigned_date="2026-03-05")
    return case(app, actor, **(p | over))


def test_a_deputys_reply_letter_marks_its_class_top_right_and_attaches_the_feedback_form(app, admin):
    rid = _suggestion(app, admin)
    with pytest.raises(LetterRefused, match="enter the result"):
        render_letter(app, rid, admin)
    app.records.update(rid, {"result": "一、已列入今年改造计划。\n二、预计年底前完工。", "reply_date": "2026-05-20"},
                       admin)
    with pytest.raises(LetterRefused, match="answer class"):
        render_letter(app, rid, admin)
    app.records.update(rid, {"answer_class": "A"}, admin)
    pdf = render_letter(app, rid, admin)
    pages = pdf_text(pdf)
    assert len(pages) == 2
    first = pages[0].splitlines()
    assert flat(first[0]) == "A类"
    assert "关于李明代表第J2026-3号建议的答复" in flat(pages[0])
    assert flat(pages[0]).index("李明代表：") < flat(pages[0]).index("一、已列入今年改造计划。")
    assert "答复类别：A类(已解决或基本解决)" in flat(pages[0]) and "2026年5月20日" in flat(pages[0])
    assert flat(pages[1]).startswith("人大代表建议办理情况征询意见表")
    assert "办理结果满意（）基本满意（）不满意（）" in flat(pages[1])
    corner, body = page_fonts(pdf)
    assert all("Hei" in f for f in corner) and not set(corner) & body  # 黑体, not the body's 仿宋
    assert notdef_count(pdf) == 0
    assert REQUESTER not in flat("".join(pages))


@pytest.mark.parametrize(("answer", "marked"), [("B", "B类(正在解决或列入计划)"), ("C", "C类(留作参考)")])
def test_a_members_proposal_answered_b_or_c_names_the_member_the_proposal_and_its_class(app, admin, answer, marked):
    rid = _suggestion(app, admin, channel="cppcc_proposal", deputies="王芳", ref_no="Z2026-11",
                      title="关于增设社区养老服务站的提案", content="建议在新阳路社区增设养老服务站。")
    app.records.update(rid, {"result": "已纳入明年民生实事项目，正在选址。", "reply_date": "2026-06-02",
                             "answer_class": answer}, admin)
    pages = pdf_text(render_letter(app, rid, admin))
    assert flat(pages[0].splitlines()[0]) == f"{answer}类"
    assert "关于王芳委员第Z2026-11号提案的答复" in flat(pages[0]) and "王芳委员：" in flat(pages[0])
    assert f"答复类别：{marked}" in flat(pages[0])
    assert flat(pages[1]).startswith("政协委员提案办理情况征询意见表")
    assert f"答复类别{marked}" in flat(pages[1]) and "领衔委员王芳" in flat(pages[1])


def test_a_12345_sheet_shows_the_requester_to_whom_it_is_addressed_and_only_handlers_print_it(app, admin, clerk):
    rid = case(app, admin, result="已联系供电所修复路灯。")
    app.records.transition(rid, "handling", admin)
    app.records.transition(rid, "replied", admin)
    text = flat("".join(pdf_text(render_letter(app, rid, admin))))
    assert text.startswith("12345热线工单办理答复及回访单")
    assert f"诉求人{REQUESTER}" in text and f"联系电话{PHONE}" in text
    assert "回访结果满意（）基本满意（）不满意（）" in text
    from zwcx_core.domain.lifecycle import may_read_private

    if not may_read_private("supervision", clerk.role):
        with pytest.raises(LetterRefused, match="handling the case"):
            render_letter(app, rid, clerk)
