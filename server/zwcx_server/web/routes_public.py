"""Public pages, no login: the list of townships and each township's commitments and current disclosures."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from zwcx_server.db import ServerDB
from zwcx_server.web import data, public_pages, render
from zwcx_server.web.public_pages import Guard
from zwcx_server.web.routes_view import today


def add_routes(r: APIRouter, db: ServerDB) -> None:
    """/p (townships) and /p/{code} (one township)."""

    @r.get("/p", include_in_schema=False)
    @r.get("/p/", include_in_schema=False)
    def index(request: Request) -> Response:
        guard = Guard(())
        ts = [(t.code, guard.plain(t.name), guard.plain(t.district)) for t in data.townships(db)]
        return render.page(request, "public_index.html", townships=ts)

    @r.get("/p/{code}", include_in_schema=False)
    def township(code: str, request: Request) -> Response:
        t = data.township_by_code(db, code) if len(code) <= 32 else None
        if t is None:
            return render.page(request, "public_missing.html", 404)
        day = today()
        docs = public_pages.page_docs(db, t)
        commitments, disclosures = public_pages.township_page(docs, t, day)
        return render.page(request, "public_township.html", t=t, name=Guard(()).plain(t.name),
                           commitments=commitments, disclosures=disclosures, today=day,
                           dishonesty=public_pages.dishonesty_items(docs, day))
