"""区域政务诚信评价 in the console: the indicator tree (evaluators edit it, administrators read it), evaluations
run for a quarter or a year, their scores and ranks, each township's explanation and the report PDF. A district
viewer reads the results of its own district's townships only."""

from __future__ import annotations

import datetime as dt
import json
import os
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response

from zwcx_server.db import ServerDB
from zwcx_server.evaluation import INDICATORS, TreeError, example_tree, example_tree_json, parse_period
from zwcx_server.evaluation.report import render_report
from zwcx_server.web import accounts, data, evaluations, render, tree_form
from zwcx_server.web.accounts import StaffUser
from zwcx_server.web.guard import Refusal, address, form, may_see, user
from zwcx_server.web.routes_view import today, visible

EDIT = "evaluator"
READ_TREE = ("admin", "evaluator")
READ_RESULTS = ("admin", "evaluator", "district")
#: The city named in the report's title (哈尔滨市…区域政务诚信评价报告).
CITY_ENV = "ZWCX_CONSOLE_CITY"


def city() -> str:
    """The city the report is titled for: ZWCX_CONSOLE_CITY, or 本市."""
    return os.environ.get(CITY_ENV, "").strip()[:30] or "本市"


def _int(value: str) -> int | None:
    return int(value) if value.isascii() and value.isdigit() and len(value) < 10 else None


def _seen(db: ServerDB, u: StaffUser) -> set[str] | None:
    """The township ids (as the evaluation stores them) a user may see results of; None: all of them."""
    return {str(t.id) for t in visible(db, u)} if u.role == "district" else None


def _sort_key(key: str):
    def total(r: dict[str, Any]) -> Any:
        return None if r["total"] is None else Decimal(r["total"])

    def branch(r: dict[str, Any]) -> Any:
        p = next((c["points"] for c in r["scores"].get("children", []) if c["id"] == key[2:]), None)
        return None if p is None else Decimal(p)

    simple = {"rank": lambda r: r["rank"], "total": total, "name": lambda r: r["name"],
              "district": lambda r: (r["district"], r["name"]),
              "coverage": lambda r: Decimal(r["coverage"].rstrip("%"))}
    return simple.get(key) or (branch if key.startswith("n:") else None)


def sorted_results(results: list[dict[str, Any]], key: str, descending: bool) -> list[dict[str, Any]]:
    """Results sorted by a column (rank, total, name, district, coverage, or n:<first-level node id>); rows
    without a value (no data) last whichever the direction."""
    get = _sort_key(key) or _sort_key("rank")
    with_value = [r for r in results if get(r) is not None]
    without = [r for r in results if get(r) is None]
    return sorted(with_value, key=get, reverse=descending) + without


def add_routes(r: APIRouter, db: ServerDB) -> None:
    """The evaluation pages."""

    def run_or_404(run_id: str) -> evaluations.RunRow:
        found = evaluations.get_run(db, rid) if (rid := _int(run_id)) is not None else None
        if found is None:
            raise Refusal(404, "没有这次评价", "没有编号为此的评价，请从评价列表进入。")
        return found

    def overview(request: Request, u: StaffUser, status: int = 200, error: str = "", period: str = "") -> Response:
        tv = evaluations.tree_version(db) if u.role in READ_TREE else None
        return render.page(request, "evaluation.html", status, user=u, tree=tv, runs=evaluations.runs(db),
                           error=error, period=period or f"{today().year}Q{(today().month - 1) // 3 + 1}")

    @r.get("/console/evaluation", include_in_schema=False)
    def evaluation(request: Request) -> Response:
        return overview(request, user(request, db, *READ_TREE))

    # The list of runs alone is every role's: a district viewer reads results but not the tree or the run form.
    @r.get("/console/evaluation/runs", include_in_schema=False)
    def run_list(request: Request) -> Response:
        return overview(request, user(request, db, *READ_RESULTS))

    def tree_page(request: Request, u: StaffUser, shown: evaluations.TreeVersion | None, text: str,
                  status: int = 200, issues: list[str] | None = None, error: str = "", saved: bool = False
                  ) -> Response:
        return render.page(request, "evaluation_tree.html", status, user=u, shown=shown, text=text,
                           versions=evaluations.trees(db), issues=issues or [], error=error, saved=saved,
                           changes=evaluations.changes(db, shown.version) if shown else [],
                           indicators=INDICATORS.values(), editable=u.role == EDIT)

    @r.get("/console/evaluation/tree", include_in_schema=False)
    def tree(request: Request) -> Response:
        u = user(request, db, *READ_TREE)
        v = request.query_params.get("v")
        shown = evaluations.tree_version(db, _int(v) if v else None)
        if v and shown is None:
            raise Refusal(404, "没有这个版本", "没有这个版本的指标树，请从版本列表进入。")
        accounts.audit(db, u.name, "view_tree", f"version {shown.version}" if shown else "示例", address(request))
        return tree_page(request, u, shown, shown.doc if shown else example_tree_json(),
                         saved=request.query_params.get("saved") == "1")

    @r.post("/console/evaluation/tree", include_in_schema=False)
    async def save_tree(request: Request) -> Response:
        u = user(request, db, EDIT)
        f = await form(request, u)
        text = str(f.get("doc") or "")
        try:
            tv, _ = evaluations.save_tree(db, text, u.name)
        except TreeError as exc:
            accounts.audit(db, u.name, "tree_refused", f"{len(exc.issues)} issues", address(request))
            return tree_page(request, u, evaluations.tree_version(db), text, 400,
                             issues=[str(i) for i in exc.issues])
        except evaluations.NotSaved as exc:
            return tree_page(request, u, evaluations.tree_version(db), text, 409, error=str(exc))
        accounts.audit(db, u.name, "save_tree", f"version {tv.version}", address(request))
        return render.redirect(request, f"/console/evaluation/tree?v={tv.version}&saved=1")

    def form_page(request: Request, u: StaffUser, rows: list[dict[str, str]], label: str, example: bool,
                  note: str, status: int = 200, issues: list[str] | None = None, error: str = "") -> Response:
        return render.page(request, "evaluation_tree_form.html", status, user=u, rows=rows, label=label,
                           example=example, note=note, issues=issues or [], error=error,
                           indicators=INDICATORS.values(), newest=evaluations.tree_version(db))

    @r.get("/console/evaluation/tree/form", include_in_schema=False)
    def tree_form_page(request: Request) -> Response:
        u = user(request, db, EDIT)
        tv = evaluations.tree_version(db)
        t = tv.tree if tv else example_tree()
        return form_page(request, u, tree_form.rows_of(t), t.label, t.example, t.note)

    @r.post("/console/evaluation/tree/form", include_in_schema=False)
    async def save_tree_form(request: Request) -> Response:
        u = user(request, db, EDIT)
        f = await form(request, u)
        rows = tree_form.posted_rows(f)
        label, note, example = str(f.get("label") or "").strip(), str(f.get("note") or ""), bool(f.get("example"))
        doc = tree_form.document(rows, label, example, note)
        try:
            tv, _ = evaluations.save_tree(db, json.dumps(doc, ensure_ascii=False), u.name)
        except TreeError as exc:
            accounts.audit(db, u.name, "tree_refused", f"{len(exc.issues)} issues", address(request))
            typed = rows + [dict.fromkeys(tree_form.FIELDS, "") for _ in range(tree_form.SPARE_ROWS)]
            return form_page(request, u, typed, label, example, note, 400, issues=[str(i) for i in exc.issues])
        except evaluations.NotSaved as exc:
            return form_page(request, u, rows, label, example, note, 409, error=str(exc))
        accounts.audit(db, u.name, "save_tree", f"version {tv.version}", address(request))
        return render.redirect(request, f"/console/evaluation/tree?v={tv.version}&saved=1")

    @r.post("/console/evaluation/runs", include_in_schema=False)
    async def run(request: Request) -> Response:
        u = user(request, db, EDIT)
        f = await form(request, u)
        code = str(f.get("period") or "").strip()[:20]
        try:
            run_id, _ = evaluations.run(db, code, u.name, today())
        except ValueError as exc:  # a bad period or no tree yet; the message is written for the page
            return overview(request, u, 400, str(exc), code)
        accounts.audit(db, u.name, "run_evaluation", f"run {run_id} {parse_period(code).code}", address(request))
        return render.redirect(request, f"/console/evaluation/runs/{run_id}")

    @r.get("/console/evaluation/runs/{run_id}", include_in_schema=False)
    def results(run_id: str, request: Request) -> Response:
        u = user(request, db, *READ_RESULTS)
        found = run_or_404(run_id)
        seen = _seen(db, u)
        ev = found.results["evaluation"]
        rows = [x for x in ev["results"] if seen is None or x["township_id"] in seen]
        sort = request.query_params.get("sort") or "rank"
        if _sort_key(sort) is None:
            sort = "rank"
        desc = request.query_params.get("dir") == "desc"
        firsts = ev["results"][0]["scores"].get("children", []) if ev["results"] else []
        accounts.audit(db, u.name, "view_evaluation", f"run {found.id}", address(request))
        return render.page(request, "evaluation_run.html", user=u, run=found, ev=ev,
                           rows=sorted_results(rows, sort, desc), firsts=firsts, sort=sort, desc=desc,
                           total=len(ev["results"]))

    @r.get("/console/evaluation/runs/{run_id}/townships/{township_id}", include_in_schema=False)
    def explain(run_id: str, township_id: str, request: Request) -> Response:
        u = user(request, db, *READ_RESULTS)
        found = run_or_404(run_id)
        t = data.township(db, tid) if (tid := _int(township_id)) is not None else None
        if t is not None:
            may_see(u, t)
        got = next((x for x in found.results["evaluation"]["results"] if x["township_id"] == township_id), None)
        if got is None:
            raise Refusal(404, "没有这个乡镇的得分", "这次评价中没有这个乡镇，请从评价结果进入。")
        if t is None and u.role == "district":
            raise Refusal(403, "无权查看此乡镇", "此乡镇已不在本区县，不能查看。")
        period = parse_period(found.period)
        accounts.audit(db, u.name, "view_explanation", f"run {found.id} township {township_id}", address(request))
        return render.page(request, "evaluation_explain.html", user=u, run=found, r=got, period=period,
                           indicators=INDICATORS, ev=found.results["evaluation"], live=t is not None)

    @r.get("/console/evaluation/runs/{run_id}/report.pdf", include_in_schema=False)
    def report(run_id: str, request: Request) -> Response:
        u = user(request, db, *READ_RESULTS)
        found = run_or_404(run_id)
        try:
            ev = evaluations.rescore(db, found)
        except ValueError as exc:
            raise Refusal(409, "无法生成报告", str(exc)) from None
        seen = _seen(db, u)
        if seen is not None:
            ev = evaluations.only(ev, seen)
        made = found.created_at.replace(tzinfo=dt.UTC)
        pdf = render_report(ev, city(), signed_date=made.astimezone(render.CHINA).date(), created_at=made)
        accounts.audit(db, u.name, "evaluation_report", f"run {found.id}", address(request))
        name = f"区域政务诚信评价_{found.period}_{found.id}.pdf"
        return Response(pdf, media_type="application/pdf", headers=render.headers(request) | {
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})
