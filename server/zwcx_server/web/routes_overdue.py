"""逾期事项 (`/console/overdue`, and its .xlsx): what is overdue today in the townships a user may see, filtered by
kind and township, sorted by days overdue, each row opening the record read-only. Every staff role reads it; a
district viewer its district's townships only, and person-level 失信 records the city administrator alone."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response

from zwcx_server.db import ServerDB
from zwcx_server.web import accounts, overdue, render
from zwcx_server.web.accounts import StaffUser
from zwcx_server.web.guard import address, user
from zwcx_server.web.routes_view import today, visible

#: Rows a page shows at most; the export holds them all.
PAGE_ROWS = 500


def _asked(request: Request, db: ServerDB, u: StaffUser) -> dict:
    """The filters and order asked for, each reset to "all" or the default when it is not one offered."""
    q = request.query_params
    ts = visible(db, u)
    kind = q.get("kind") or ""
    if kind not in overdue.KINDS:
        kind = ""
    tid = q.get("township") or ""
    chosen = next((t for t in ts if str(t.id) == tid), None)
    by = q.get("sort") or "days"
    if by not in overdue.SORTS:
        by = "days"
    desc = q.get("dir") != "asc"
    return {"townships": ts, "kind": kind, "township": chosen, "sort": by, "desc": desc}


def _rows(db: ServerDB, u: StaffUser, a: dict) -> tuple[list[overdue.Row], dict[str, int]]:
    """The rows asked for, sorted, and the count of each kind before the kind filter."""
    day = today()
    rows = overdue.visible_to(overdue.city(db, [a["township"]] if a["township"] else a["townships"], day),
                              u.role == "admin")
    counts = {k: 0 for k in overdue.KINDS}
    for r in rows:
        counts[r.item.kind] += 1
    if a["kind"]:
        rows = [r for r in rows if r.item.kind == a["kind"]]
    return overdue.sort(rows, a["sort"], a["desc"]), counts


def add_routes(r: APIRouter, db: ServerDB) -> None:
    """The overdue list and its export."""

    @r.get("/console/overdue", include_in_schema=False)
    def overdue_page(request: Request) -> Response:
        u = user(request, db)
        a = _asked(request, db, u)
        rows, counts = _rows(db, u, a)
        return render.page(request, "overdue.html", user=u, rows=rows[:PAGE_ROWS], total=len(rows),
                           counts=counts, kinds=overdue.KINDS, sorts=overdue.SORTS, today=today(), **a)

    @r.get("/console/overdue.xlsx", include_in_schema=False)
    def overdue_xlsx(request: Request) -> Response:
        u = user(request, db)
        a = _asked(request, db, u)
        rows, _ = _rows(db, u, a)
        day = today()
        body = overdue.workbook(rows, day)
        what = f"{a['kind'] or 'all'} township {a['township'].id if a['township'] else 'all'} rows {len(rows)}"
        accounts.audit(db, u.name, "export_overdue", what, address(request))
        name = f"逾期事项_{day:%Y%m%d}.xlsx"
        return Response(body, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        headers=render.headers(request) | {
                            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})
