"""Sign-in and sign-out of the console."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from zwcx_server.db import ServerDB
from zwcx_server.web import accounts, render
from zwcx_server.web.guard import COOKIE, LOGIN_COOKIE, Refusal, address, form, read_form, user

HOME = "/console/indicators"


def _next(value: object) -> str:
    """Where to go after signing in: a console path of this site only (never another site)."""
    if isinstance(value, str) and value.startswith("/console/") and "//" not in value and "\\" not in value:
        return value
    return HOME


def add_routes(r: APIRouter, db: ServerDB) -> None:
    """Sign-in, sign-out and the console's front door."""

    def login_page(request: Request, status: int = 200, error: str = "", nxt: str = HOME) -> Response:
        token = request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(24)
        notice = "会话已过期或已退出，请重新登录。" if request.query_params.get("expired") else ""
        resp = render.page(request, "login.html", status, user=None, error=error, notice=notice, csrf=token, next=nxt)
        resp.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=render.secure_cookie(request),
                        path="/console/login")
        return resp

    @r.get("/console", include_in_schema=False)
    @r.get("/console/", include_in_schema=False)
    def home(request: Request) -> Response:
        return render.redirect(request, HOME)

    @r.get("/console/login", include_in_schema=False)
    def login_get(request: Request) -> Response:
        return login_page(request, nxt=_next(request.query_params.get("next")))

    @r.post("/console/login", include_in_schema=False)
    async def login_post(request: Request) -> Response:
        f = await read_form(request, 4096)
        sent, cookie = f.get("csrf"), request.cookies.get(LOGIN_COOKIE)
        if not isinstance(sent, str) or not cookie or not secrets.compare_digest(sent.encode(), cookie.encode()):
            raise Refusal(403, "表单校验失败", "登录表单已过期或不是从本系统页面提交的（CSRF 校验失败）。请重新打开登录页。")
        name, password = str(f.get("name") or ""), str(f.get("password") or "")
        nxt = _next(f.get("next"))
        try:
            token, u = await run_in_threadpool(accounts.login, db, name, password, address(request))
        except accounts.LoginRefused as exc:
            return login_page(request, 401, str(exc), nxt)
        accounts.audit(db, u.name, "login", "", address(request))
        resp = render.redirect(request, nxt)
        resp.set_cookie(COOKIE, token, httponly=True, samesite="strict", secure=render.secure_cookie(request),
                        path="/console", max_age=int(accounts.LIFETIME.total_seconds()))
        resp.delete_cookie(LOGIN_COOKIE, path="/console/login", httponly=True, samesite="strict")
        return resp

    @r.post("/console/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        u = user(request, db)
        await form(request, u)
        accounts.logout(db, u)
        accounts.audit(db, u.name, "logout", "", address(request))
        resp = render.redirect(request, "/console/login")
        resp.delete_cookie(COOKIE, path="/console", httponly=True, samesite="strict")
        return resp

    @r.get("/console/static/console.css", include_in_schema=False)
    def css(request: Request) -> Response:
        return render.stylesheet(request)
