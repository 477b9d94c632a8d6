"""Indicator tree versions and evaluation runs in the server database, and running an evaluation over every
township from the console's per-township figures. The scoring itself is zwcx_server.evaluation's."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from zwcx_server.db import ServerDB
from zwcx_server.evaluation import Evaluation, Period, Township, Tree, evaluate, parse_period, parse_tree
from zwcx_server.evaluation import diff as tree_diff
from zwcx_server.models import EvaluationRun, EvaluationTree
from zwcx_server.web import data, eval_inputs, eval_records, figures
from zwcx_server.web.accounts import now


@dataclass(frozen=True)
class TreeVersion:
    version: int
    label: str
    doc: str
    author: str
    created_at: dt.datetime

    @property
    def tree(self) -> Tree:
        return parse_tree(self.doc)


@dataclass(frozen=True)
class RunRow:
    id: int
    period: str
    tree_version: int
    author: str
    created_at: dt.datetime
    results: dict[str, Any]

    @property
    def period_zh(self) -> str:
        return parse_period(self.period).zh


def _tree_row(r: EvaluationTree) -> TreeVersion:
    return TreeVersion(r.version, r.label, r.doc, r.author, r.created_at)


def trees(db: ServerDB) -> list[TreeVersion]:
    """Every saved version, newest first."""
    with db.read() as s:
        return [_tree_row(r) for r in s.execute(select(EvaluationTree).order_by(EvaluationTree.version.desc()))
                .scalars()]


def tree_version(db: ServerDB, version: int | None = None) -> TreeVersion | None:
    """Version `version`, or the newest when None; None when there is no such version."""
    with db.read() as s:
        q = select(EvaluationTree)
        q = q.where(EvaluationTree.version == version) if version is not None else \
            q.order_by(EvaluationTree.version.desc()).limit(1)
        r = s.execute(q).scalar_one_or_none()
        return None if r is None else _tree_row(r)


class NotSaved(ValueError):
    """A valid tree not saved: it equals the newest version, or another save took its version number."""


def save_tree(db: ServerDB, text: str, author: str) -> tuple[TreeVersion, list[str]]:
    """Check `text` (TreeError lists every problem by node path) and save it as the next version; returns it with
    the changes against the previous version, in words. NotSaved when it equals the newest version."""
    tree = parse_tree(text)
    try:
        return _save(db, tree, author)
    except IntegrityError:
        # Two evaluators saved at the same moment and the other one took this version number.
        raise NotSaved("另一位评价人员刚刚保存了新版本，请刷新页面，在其基础上重新修改。") from None


def _save(db: ServerDB, tree: Tree, author: str) -> tuple[TreeVersion, list[str]]:
    with db.write() as s:
        last = s.execute(select(func.max(EvaluationTree.version))).scalar() or 0
        before = s.execute(select(EvaluationTree.doc).where(EvaluationTree.version == last)).scalar()
        tree = dataclasses.replace(tree, version=last + 1)
        changes = tree_diff(parse_tree(before), tree) if before is not None else []
        if before is not None and changes == [f"版本：第{last}版 → 第{last + 1}版"]:
            raise NotSaved("与当前版本相同，未保存新版本。")
        row = EvaluationTree(version=last + 1, label=tree.label[:60], doc=tree.to_json(), author=author[:60],
                             created_at=now())
        s.add(row)
        s.flush()
        return _tree_row(row), changes


def changes(db: ServerDB, version: int) -> list[str]:
    """What version `version` changed against the one before it (empty for the first)."""
    new, old = tree_version(db, version), tree_version(db, version - 1)
    return [] if new is None or old is None else tree_diff(old.tree, new.tree)


def inputs(db: ServerDB, period: Period, today: dt.date) -> list[dict[str, Any]]:
    """Every township with its values over `period` and the records behind them, from the console's cached
    per-township figures."""
    out = []
    for t in data.townships(db):
        f = figures.figures(db, t, period.start, period.end, today)
        out.append({"id": str(t.id), "name": t.name, "district": t.district,
                    "values": eval_inputs.stored_values(f),
                    "events": eval_records.events(db, t, period.start, period.end, today)})
    return out


def score(tree: Tree, stored: list[dict[str, Any]], period: Period) -> Evaluation:
    """The evaluation of stored inputs: the same every time for the same inputs and tree."""
    return evaluate(tree, [Township(t["id"], t["name"], eval_inputs.observations(t["values"], t.get("events")),
                                    t["district"]) for t in stored], period)


def run(db: ServerDB, period_code: str, author: str, today: dt.date) -> tuple[int, Evaluation]:
    """Evaluate every township for the period under the newest tree version, store it; returns (run id, it).
    ValueError (in Chinese) for a bad period or when no tree has been saved yet."""
    period = parse_period(period_code)
    tv = tree_version(db)
    if tv is None:
        raise ValueError("尚未保存指标树：请先在“指标树”页面保存一个版本（可从示例开始）。")
    stored = inputs(db, period, today)
    ev = score(tv.tree, stored, period)
    body = json.dumps({"inputs": stored, "evaluation": ev.to_dict()}, ensure_ascii=False, separators=(",", ":"))
    with db.write() as s:
        row = EvaluationRun(period=period.code, tree_version=tv.version, results=body, author=author[:60],
                            created_at=now())
        s.add(row)
        s.flush()
        return row.id, ev


def _run_row(r: EvaluationRun, with_results: bool) -> RunRow:
    return RunRow(r.id, r.period, r.tree_version, r.author, r.created_at,
                  json.loads(r.results) if with_results else {})


def runs(db: ServerDB, limit: int = 50) -> list[RunRow]:
    """The newest runs first, without their results."""
    with db.read() as s:
        rows = s.execute(select(EvaluationRun.id, EvaluationRun.period, EvaluationRun.tree_version,
                                EvaluationRun.author, EvaluationRun.created_at)
                         .order_by(EvaluationRun.id.desc()).limit(limit)).all()
    return [RunRow(*r, results={}) for r in rows]


def get_run(db: ServerDB, run_id: int) -> RunRow | None:
    """One run with its results, or None."""
    with db.read() as s:
        r = s.get(EvaluationRun, run_id)
        return None if r is None else _run_row(r, True)


def rescore(db: ServerDB, r: RunRow) -> Evaluation:
    """A stored run as an Evaluation again (for its report), from its stored inputs and tree version."""
    tv = tree_version(db, r.tree_version)
    if tv is None:
        raise ValueError("此次评价所用的指标树版本已不存在。")
    return score(tv.tree, r.results["inputs"], parse_period(r.period))


def only(ev: Evaluation, township_ids: set[str]) -> Evaluation:
    """The evaluation with only some townships' results (a district's), their city-wide ranks kept."""
    return dataclasses.replace(ev, results=[x for x in ev.results if x.township.id in township_ids])
