"""Pages every staff role reads: the cross-township indicator table (and its .xlsx), the quarterly trend of the
townships a viewer may see and of one township, and a township's records (read-only). The evaluation's pages are
routes_evaluation."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response

from zwcx_core.domain import schema
from zwcx_core.domain.enums import SubjectLevel
from zwcx_server.db import ServerDB
from zwcx_server.web import accounts, data, export, figures, kinds, render, trend
from zwcx_server.web.accounts import StaffUser
from zwcx_server.web.documents import documents
from zwcx_server.web.guard import Refusal, address, may_see, user
from zwcx_server.web.public_pages import PEOPLE_KINDS, Guard, people
from zwcx_server.web.routes_record import field_text

#: How a person-level 失信 record's naming columns read in the administrator's list: listed without a name.
PERSON_TITLE = "（个人类记录，不显示名称）"


def today() -> dt.date:
    """Today in China, the day the townships' records count in."""
    return dt.datetime.now(render.CHINA).date()


def quarter(day: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar quarter of `day`."""
    q = (day.month - 1) // 3
    start = dt.date(day.year, 3 * q + 1, 1)
    end = dt.date(day.year + (q == 3), (3 * q + 3) % 12 + 1, 1) - dt.timedelta(days=1)
    return start, end


def period(request: Request) -> tuple[dt.date, dt.date, str]:
    """The period asked for (start, end), or this quarter; with a message when what was asked is not a period."""
    q = request.query_params
    a, b = q.get("start"), q.get("end")
    if not a and not b:
        return (*quarter(today()), "")
    try:
        start, end = dt.date.fromisoformat(a or ""), dt.date.fromisoformat(b or "")
    except ValueError:
        return (*quarter(today()), "日期格式应为 YYYY-MM-DD，已改为显示本季度。")
    if start > end:
        return (*quarter(today()), "开始日期晚于结束日期，已改为显示本季度。")
    return start, end, ""


def visible(db: ServerDB, u: StaffUser) -> list[data.TownshipRow]:
    """The townships a user may see: a district viewer only those of its district."""
    return data.townships(db, u.district if u.role == "district" else None)


def persons(u: StaffUser) -> bool:
    """Whether person-level 失信 records count in what `u` reads: the administrator's alone, as on the desktop
    (domain/credit_rules.sees_persons; the console's other roles are no desktop role)."""
    return u.role == "admin"


def _township(db: ServerDB, u: StaffUser, township_id: str) -> data.TownshipRow:
    tid = int(township_id) if township_id.isascii() and township_id.isdigit() and len(township_id) < 10 else None
    t = data.township(db, tid) if tid is not None else None
    if t is None:
        raise Refusal(404, "没有这个乡镇", "没有编号为此的乡镇，请从指标表进入。")
    may_see(u, t)
    return t


def add_routes(r: APIRouter, db: ServerDB) -> None:
    """Indicators, export, trend and drill-down."""

    @r.get("/console/indicators", include_in_schema=False)
    def indicators(request: Request) -> Response:
        u = user(request, db)
        start, end, error = period(request)
        sort, desc = request.query_params.get("sort"), request.query_params.get("dir") == "desc"
        if sort not in figures.COLUMN_KEYS:
            sort = None
        rows = figures.table(db, visible(db, u), start, end, today(), sort, desc, persons(u))
        return render.page(request, "indicators.html", user=u, rows=rows, columns=figures.COLUMNS, start=start,
                           end=end, sort=sort, desc=desc, error=error)

    @r.get("/console/indicators.xlsx", include_in_schema=False)
    def indicators_xlsx(request: Request) -> Response:
        u = user(request, db)
        start, end, _ = period(request)
        rows = figures.table(db, visible(db, u), start, end, today(), persons=persons(u))
        body = export.workbook(rows, start, end)
        accounts.audit(db, u.name, "export_indicators", f"{start}..{end}", address(request))
        name = f"乡镇指标_{start:%Y%m%d}-{end:%Y%m%d}.xlsx"
        return Response(body, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        headers=render.headers(request) | {
                            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})

    @r.get("/console/trend", include_in_schema=False)
    def city_trend(request: Request) -> Response:
        u = user(request, db)
        ts = visible(db, u)
        quarters = trend.trend(db, ts, today(), trend.quarters_asked(request.query_params.get("n")), persons(u))
        scope = u.district if u.role == "district" and u.district else "全市"
        return render.page(request, "trend.html", user=u, heading=f"{scope}季度趋势", t=None, scope=scope,
                           many=True, quarters=quarters, columns=[figures.COLUMN_KEYS[k] for k in trend.TABLE_KEYS],
                           chart=trend.chart(quarters), chart_title=f"{scope}主要比率季度趋势", townships=ts)

    @r.get("/console/townships/{township_id}/trend", include_in_schema=False)
    def township_trend(township_id: str, request: Request) -> Response:
        u = user(request, db)
        t = _township(db, u, township_id)
        quarters = trend.trend(db, [t], today(), trend.quarters_asked(request.query_params.get("n")), persons(u))
        scope = u.district if u.role == "district" and u.district else "全市"
        return render.page(request, "trend.html", user=u, heading=f"{t.name}季度趋势", t=t, scope=scope,
                           many=False, quarters=quarters, columns=[figures.COLUMN_KEYS[k] for k in trend.TABLE_KEYS],
                           chart=trend.chart(quarters), chart_title=f"{t.name}主要比率季度趋势", townships=[])

    @r.get("/console/townships/{township_id}/trend.svg", include_in_schema=False)
    def township_trend_svg(township_id: str, request: Request) -> Response:
        u = user(request, db)
        t = _township(db, u, township_id)
        quarters = trend.trend(db, [t], today(), trend.quarters_asked(request.query_params.get("n")), persons(u))
        body = render.ENV.get_template("trend_chart.svg").render(chart=trend.chart(quarters),
                                                                   chart_title=f"{t.name}主要比率季度趋势")
        return Response(body, media_type="image/svg+xml", headers=render.headers(request))

    @r.get("/console/townships/{township_id}/records", include_in_schema=False)
    def records(township_id: str, request: Request) -> Response:
        u = user(request, db)
        t = _township(db, u, township_id)
        kind = request.query_params.get("kind") or "commitment"
        view = kinds.VIEWS.get(kind)
        if view is None:
            raise Refusal(404, "没有这类记录", "没有这类记录，请从页面上的类别进入。")
        # Through the documents figures.by_unit reads below, so the kinds both need are read and decoded once.
        docs = documents(db, t, tuple({"unit", kind, *PEOPLE_KINDS}))
        units = data.unit_names(docs["unit"])
        guard = Guard(people(docs))
        spec, sees_persons = schema.KINDS[kind], persons(u)
        rows = []
        for rid, doc in docs[kind]:
            person = kind == "dishonesty" and doc.get("subject_level") != SubjectLevel.UNIT.value
            if person and not sees_persons:
                continue  # a person-level 失信 record is the administrator's alone: to anyone else it is not there
            seen = kinds.shown(kind, doc)
            rows.append(([PERSON_TITLE if person and c in kinds.NAMING else
                          field_text(kind, spec.field(c), seen.get(c), guard, units) for c in view.columns], rid))
        rows.sort()
        start, end, error = period(request)
        units = figures.by_unit(db, t, start, end, today(), persons(u))
        accounts.audit(db, u.name, "view_records", f"township {t.id} {kind}", address(request))
        return render.page(request, "records.html", user=u, t=t, view=view, views=kinds.VIEWS.values(), rows=rows,
                           units=units, columns=figures.COLUMNS, start=start, end=end, error=error, guard=guard)
