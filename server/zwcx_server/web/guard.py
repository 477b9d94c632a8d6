"""Who may see what in the console: the session cookie, roles, the CSRF token of every form, and the district
a district viewer is kept to. A refusal is an exception the app turns into a page with a clear message."""

from __future__ import annotations

import secrets

from fastapi import Request
from starlette.datastructures import FormData

from zwcx_server.db import ServerDB
from zwcx_server.web import accounts
from zwcx_server.web.accounts import StaffUser
from zwcx_server.web.data import TownshipRow

COOKIE = "zwcx_console"
#: The sign-in form's own CSRF token (there is no session yet): a cookie the form repeats.
LOGIN_COOKIE = "zwcx_login"
#: Larger than any form but the reference upload; that one has its own limit.
FORM_BYTES = 64 * 1024


class Refusal(Exception):
    """A request the console refuses, with the page's status, title and message (Chinese, no personal data)."""

    def __init__(self, status: int, title: str, message: str) -> None:
        super().__init__(message)
        self.status, self.title, self.message = status, title, message


class LoginNeeded(Exception):
    """No valid session: `expired` when the browser sent a session cookie the server no longer accepts."""

    def __init__(self, expired: bool) -> None:
        super().__init__("login needed")
        self.expired = expired


def address(request: Request) -> str:
    """The client's address (uvicorn puts a trusted proxy's X-Forwarded-For here), for lockouts and the audit."""
    return request.client.host if request.client else "-"


def user(request: Request, db: ServerDB, *roles: str) -> StaffUser:
    """The signed-in user of the request, who must have one of `roles` (any role when none are named)."""
    token = request.cookies.get(COOKIE)
    u = accounts.session_user(db, token)
    if u is None:
        raise LoginNeeded(expired=bool(token))
    if roles and u.role not in roles:
        raise Refusal(403, "无权访问", f"您的角色（{u.role_zh}）不能使用此页面或执行此操作。")
    return u


async def read_form(request: Request, limit: int) -> FormData:
    """The posted form, refused unless it declares a length within `limit` (browsers always do): starlette reads
    a url-encoded body whole, and the sign-in form is open to anyone."""
    declared = request.headers.get("content-length", "")
    if not declared.isascii() or not declared.isdigit() or int(declared) > limit:
        raise Refusal(413, "表单过大", "提交的内容过大或缺少长度，请返回重试。")
    try:
        return await request.form(max_part_size=limit)
    except Exception:  # starlette raises its own parser errors; the page says what to do, not what broke
        raise Refusal(400, "表单无法读取", "提交的表单无法读取（可能过大或格式不正确），请返回重试。") from None


async def form(request: Request, u: StaffUser, limit: int = FORM_BYTES) -> FormData:
    """The posted form, once its CSRF token matched the session's (constant-time compare)."""
    f = await read_form(request, limit)
    sent = f.get("csrf")
    if not isinstance(sent, str) or not secrets.compare_digest(sent.encode(), u.csrf.encode()):
        raise Refusal(403, "表单校验失败", "表单已过期或不是从本系统页面提交的（CSRF 校验失败）。请返回刷新页面后重新提交。")
    return f


def may_see(u: StaffUser, t: TownshipRow) -> None:
    """Refuse a district viewer a township of another district."""
    if u.role == "district" and t.district != u.district:
        raise Refusal(403, "无权查看此乡镇", f"您只能查看本区县（{u.district}）的乡镇，此乡镇不属于本区县。")
