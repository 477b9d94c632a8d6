"""From a supervision case to the letter that answers it: the reply to a deputy's suggestion or a member's proposal
(answer class top right, the feedback form attached) and the reply/callback sheet of a 12345 work order.

The requester's name and phone appear here and nowhere else on paper: this is the letter to that requester, and only
the roles handling the case (domain.lifecycle.may_read_private) may print it.
"""

from __future__ import annotations

from typing import Any

from zwcx_core.domain.enums import AnswerClass, RequestType, Satisfaction, SupervisionChannel
from zwcx_core.domain.lifecycle import may_read_private
from zwcx_core.notices import glyphs, guard
from zwcx_core.notices.letter import Letter, draw_letter
from zwcx_core.notices.model import Column, Para, Table, zh_date
from zwcx_desktop.notices.content import _d, _unit_doc, body_paras
from zwcx_desktop.notices.render import record_print

_SUGGESTIONS = {SupervisionChannel.DEPUTY_SUGGESTION: ("代表", "建议", "人大代表建议"),
                SupervisionChannel.CPPCC_PROPOSAL: ("委员", "提案", "政协委员提案")}
_FORM_COLUMNS = [Column("项目", "item", 1.0), Column("内容", "value", 3.0, align="left", wrap=True)]


class LetterRefused(ValueError):
    """The case has no letter yet, or the person asking may not print it."""


def has_letter(doc: dict[str, Any]) -> bool:
    """Whether a case of this channel has a letter (a suggestion, a proposal, a 12345 work order or a disclosure
    request)."""
    return doc.get("channel") in (*_SUGGESTIONS, SupervisionChannel.HOTLINE_12345,
                                  SupervisionChannel.DISCLOSURE_REQUEST)


def build_letter(app, record_id: str, actor) -> Letter:
    """The letter of the current version of a supervision case. Raises LetterRefused."""
    row, doc = app.records.version_doc(record_id)
    if row.kind != "supervision" or not has_letter(doc):
        raise LetterRefused("only a deputy's suggestion, a member's proposal, a 12345 work order or a disclosure "
                            "request has a reply letter")
    if not may_read_private("supervision", actor.role):
        raise LetterRefused("only the roles handling the case may print the letter to its requester")
    if not doc.get("result"):
        raise LetterRefused("enter the result before printing the reply")
    unit_name = _unit_doc(app, doc.get("unit_id")).get("name") or ""
    channel = SupervisionChannel(doc["channel"])
    if channel in _SUGGESTIONS:
        return _reply_letter(doc, channel, unit_name, row.created_at)
    if channel is SupervisionChannel.DISCLOSURE_REQUEST:
        from zwcx_desktop.notices.disclosure_reply import disclosure_reply

        return disclosure_reply(doc, unit_name, row.created_at)
    return _hotline_sheet(doc, unit_name, row.created_at)


def render_letter(app, record_id: str, actor, output_path: str | None = None) -> bytes:
    """The PDF of the case's letter, after the masking guard and the glyph check; the print is logged."""
    letter = build_letter(app, record_id, actor)
    guard.check(letter)
    glyphs.check(letter)
    pdf = draw_letter(letter)
    record_print(app, record_id, app.records.version_doc(record_id)[0].version_id, actor, output_path)
    return pdf


def _reply_letter(doc: dict[str, Any], channel: SupervisionChannel, unit_name: str, created) -> Letter:
    who, what, form_name = _SUGGESTIONS[channel]
    if not doc.get("answer_class"):
        raise LetterRefused("choose the answer class (A, B or C) before printing the reply letter")
    cls = AnswerClass(doc["answer_class"])
    number = f"第{doc['ref_no']}号" if doc.get("ref_no") else ""
    deputies = doc.get("deputies") or ""
    title = f"关于{deputies}{who}{number}{what}的答复" if number else f"关于《{doc['title']}》{what}的答复"
    blocks = [Para(f"您提出的《{doc['title']}》{what}收悉。{unit_name}高度重视，认真研究办理，现答复如下：", "intro")]
    blocks += body_paras(doc["result"], "result")
    blocks.append(Para(f"答复类别：{cls.zh}。感谢您对{unit_name}工作的关心和支持，欢迎继续提出宝贵意见。", "class"))
    form = [Table(_FORM_COLUMNS, [
        [f"{what}编号", doc.get("ref_no") or ""],
        [f"{what}题目", doc["title"]],
        [f"领衔{who}", deputies],
        ["承办单位", doc.get("lead_unit") or unit_name],
        ["答复类别", cls.zh],
        ["办理工作态度", "满意（ ）  基本满意（ ）  不满意（ ）"],
        ["办理结果", "满意（ ）  基本满意（ ）  不满意（ ）"],
        [f"{who}意见和建议", "\u3000" * 60],
        [f"{who}签名", "\u3000" * 8 + "年\u3000\u3000月\u3000\u3000日"],
    ], "feedback_form", font_size=14.0),
        Para(f"请于收到答复之日起一个月内将本表反馈{unit_name}。对答复不满意的，将在一个月内重新办理并答复。", "form_note")]
    return Letter("reply_letter", title, unit_name, blocks, _d(doc.get("reply_date")), created,
                  corner=cls.value + "类", salutation=f"{deputies}{who}：" if deputies else "",
                  appendix_title=f"{form_name}办理情况征询意见表", appendix=form)


def _ticked(value: str | None) -> str:
    return "  ".join(f"{s.zh}（{'√' if value == s.value else ' '}）" for s in Satisfaction)


def _hotline_sheet(doc: dict[str, Any], unit_name: str, created) -> Letter:
    requester, phone = doc.get("requester") or "", doc.get("requester_phone") or ""
    rtype = RequestType(doc["request_type"]).zh if doc.get("request_type") else ""
    callback = _d(doc.get("callback_date"))
    rows = [
        ["工单编号", doc.get("ref_no") or ""],
        ["诉求人", requester],
        ["联系电话", phone],
        ["接收日期", zh_date(_d(doc["received_date"]))],
        ["诉求类型", rtype],
        ["诉求内容", doc["content"]],
        ["承办单位", doc.get("lead_unit") or unit_name],
        ["办理结果", doc["result"]],
        ["答复日期", zh_date(_d(doc["reply_date"])) if doc.get("reply_date") else ""],
        ["回访日期", zh_date(callback) if callback else ""],
        ["回访方式", doc.get("callback_way") or ""],
        ["回访结果", _ticked(doc.get("satisfaction"))],
        ["重办次数", str(doc.get("rehandle_count") or 0)],
    ]
    blocks = [Table(_FORM_COLUMNS, rows, "sheet", font_size=14.0)]
    return Letter("hotline_sheet", "12345热线工单办理答复及回访单", unit_name, blocks, _d(doc.get("reply_date")),
                  created, addressee=(requester, phone))
