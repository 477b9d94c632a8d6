"""The reply to a request for government information (依申请公开 答复书), from a supervision case of the channel
disclosure_request, on the GB/T 9704 page.

The requester's name stands on the salutation: the letter goes to that requester alone (it is the letter's
`addressee`, so the masking guard still scans every other text).
"""

from __future__ import annotations

from typing import Any

from zwcx_core.notices.letter import Letter
from zwcx_core.notices.model import Para, zh_date
from zwcx_desktop.notices.content import _d, body_paras

__all__ = ["disclosure_reply"]

TITLE = "政府信息公开申请答复书"
# The remedies a requester has against the reply (行政复议法 art. 20: 60 days; 行政诉讼法 art. 46: six months).
REMEDY = ("如对本答复不服，可以自收到本答复书之日起六十日内依法申请行政复议，"
          "或者自收到本答复书之日起六个月内依法向人民法院提起行政诉讼。")


def disclosure_reply(doc: dict[str, Any], unit_name: str, created) -> Letter:
    """The 答复书 of a disclosure request: who asked, for what, the answer (the case's result), the remedies."""
    requester = doc.get("requester") or ""
    phone = doc.get("requester_phone") or ""
    received = _d(doc.get("accepted_date")) or _d(doc["received_date"])
    blocks: list[Para] = []
    if doc.get("ref_no"):
        blocks.append(Para(f"申请编号：{doc['ref_no']}", "ref_no", style="plain"))
    blocks.append(Para(f"{unit_name}于{zh_date(received)}收到您提出的政府信息公开申请，申请获取“{doc['title']}”的"
                       "政府信息。根据《中华人民共和国政府信息公开条例》的规定，经审查，现答复如下：", "intro"))
    blocks += body_paras(doc["result"], "result")
    blocks.append(Para(REMEDY, "remedy"))
    return Letter("disclosure_reply", TITLE, unit_name, blocks, _d(doc.get("reply_date")), created,
                  salutation=f"{requester}：" if requester else "", addressee=(requester, phone))
