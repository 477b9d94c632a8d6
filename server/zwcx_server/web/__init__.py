"""The city console and the public pages of the municipal server (issue #19): FastAPI routes and Jinja2
templates, rendered on the server, in Chinese, without scripts. `mount` adds them to the sync server's app."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response

from zwcx_server.db import ServerDB
from zwcx_server.web import (
    guard,
    render,
    routes_admin,
    routes_evaluation,
    routes_login,
    routes_overdue,
    routes_public,
    routes_record,
    routes_review,
    routes_view,
)
from zwcx_server.web.guard import COOKIE, LoginNeeded, Refusal


def mount(app: FastAPI, db: ServerDB) -> None:
    """Add the console (/console/…) and the public pages (/p/…) to `app`."""
    r = APIRouter()
    for part in (routes_login, routes_admin, routes_view, routes_record, routes_overdue, routes_review, routes_evaluation,
                 routes_public):
        part.add_routes(r, db)

    # Last, so it matches only what no page above does: a console address that does not exist gets a page, not
    # the sync API's JSON error.
    @r.get("/console/{rest:path}", include_in_schema=False)
    def _missing(rest: str, request: Request) -> Response:
        raise Refusal(404, "没有这个页面", "没有这个页面，请从菜单进入。")
    app.include_router(r)

    @app.exception_handler(Refusal)
    async def _refused(request: Request, exc: Refusal) -> Response:
        from zwcx_server.web import accounts

        u = accounts.session_user(db, request.cookies.get(COOKIE))
        if u is not None and exc.status == 403:
            # Refused asks are part of the trail too (a viewer trying another district's township, a forged form).
            accounts.audit(db, u.name, "refused", request.url.path, guard.address(request))
        return render.page(request, "error.html", exc.status, user=u, title=exc.title, message=exc.message)

    @app.exception_handler(LoginNeeded)
    async def _login(request: Request, exc: LoginNeeded) -> Response:
        target = "/console/login?next=" + quote(request.url.path) if request.method == "GET" else "/console/login"
        if exc.expired:
            target += ("&" if "?" in target else "?") + "expired=1"
        resp = render.redirect(request, target)
        if exc.expired:
            resp.delete_cookie(COOKIE, path="/console", httponly=True, samesite="strict")
        return resp
