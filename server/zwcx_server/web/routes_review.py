"""政务失信 records waiting for the city credit office: every role reads the list (a district viewer its district's,
person-level records the administrator alone); the administrator answers, and the answer is a new version of the
township's record that its devices pull (review.py, service.city_version)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from zwcx_server import service
from zwcx_server.db import ServerDB
from zwcx_server.web import accounts, data, render, review
from zwcx_server.web.guard import Refusal, address, form, may_see, user
from zwcx_server.web.routes_view import today, visible

ADMIN = "admin"
DONE = {"applied": "已保存，乡镇设备下次同步时收到。",
        "conflict": "已保存；乡镇在此期间也修改了该记录，两个版本将由乡镇合并。"}


def add_routes(r: APIRouter, db: ServerDB) -> None:
    """The review list and the administrator's answers."""

    @r.get("/console/review", include_in_schema=False)
    def review_list(request: Request) -> Response:
        u = user(request, db)
        rows = review.pending(db, visible(db, u), admin=u.role == ADMIN)
        accounts.audit(db, u.name, "view_review", "", address(request))
        done = DONE.get(request.query_params.get("done") or "", "")
        return render.page(request, "review.html", user=u, rows=rows, actions=review.ACTIONS, done=done,
                           note_chars=review.NOTE_CHARS)

    @r.post("/console/review/{township_id}/{record_id}", include_in_schema=False)
    async def answer(township_id: str, record_id: str, request: Request) -> Response:
        u = user(request, db, ADMIN)
        f = await form(request, u)
        tid = int(township_id) if township_id.isascii() and township_id.isdigit() and len(township_id) < 10 else None
        t = data.township(db, tid) if tid is not None else None
        if t is None or len(record_id) > 64:
            raise Refusal(404, "没有这条记录", "没有这条待审核记录，请从待审核列表进入。")
        may_see(u, t)
        action, seen = str(f.get("action") or ""), str(f.get("version") or "")
        note = str(f.get("note") or "").replace("\r\n", "\n").strip()
        if action not in review.ACTIONS:
            raise Refusal(400, "操作无效", "请从待审核列表选择确认、退回、不予确认、准予修复或不予修复。")
        if len(note) > review.NOTE_CHARS:
            raise Refusal(400, "审核意见过长", f"审核意见最多 {review.NOTE_CHARS} 字，请删减后重新提交。")
        if action == "return" and not note:
            raise Refusal(400, "请填写退回意见", "退回补正须写明需要乡镇补正的内容，请返回填写后重新提交。")
        [p] = review.pending(db, [t], admin=True, record_id=record_id) or [None]
        if p is None or p.what != review.ACTIONS[action][0]:
            raise Refusal(409, "该记录已不需审核", "该记录已不在待审核之列（可能已由他人处理或乡镇已修改），请刷新列表。")
        try:
            result = service.city_version(db, t.id, record_id, seen, review.changes(action, note, today()),
                                          f"{service.CITY_DEVICE_NAME}·{u.name}")
        except service.ServiceError as exc:
            if exc.status == 404:
                raise Refusal(404, "没有这条记录", "没有这条待审核记录，请从待审核列表进入。") from None
            raise Refusal(409, "记录已变化", "该记录在您查看后已有变化或正待乡镇合并，请刷新列表后重新审核。") from None
        status = result.get("status")
        if status not in DONE:
            # The note failed the document's checks (such as the personal-data guard); the reason names fields
            # and rules only, but the page keeps to a plain instruction.
            raise Refusal(400, "审核意见未通过校验", "审核意见不能含有身份证号、手机号、银行卡号或当事人姓名等个人信息，"
                                                 "请修改后重新提交。")
        accounts.audit(db, u.name, f"review_{action}", f"township {t.id} record {record_id}", address(request))
        return render.redirect(request, f"/console/review?done={status}")
