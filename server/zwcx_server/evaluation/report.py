"""The evaluation report (区域政务诚信评价报告) as PDF on the GB/T 9704 page: the ranking, every township's
first-level scores and the scoring rules, set by core's notice page pieces (zwcx_core.notices.report)."""

from __future__ import annotations

import datetime as dt

from zwcx_core.notices.model import Column, Para, Table
from zwcx_core.notices.report import Document, draw_document
from zwcx_server.evaluation.arith import fmt, rounded
from zwcx_server.evaluation.indicators import INDICATORS
from zwcx_server.evaluation.scoring import Evaluation

__all__ = ["EXAMPLE_MARK", "render_report", "report_document", "report_title"]

#: Printed in the top margin of every page of a report scored on the preset (or any tree marked as an example).
EXAMPLE_MARK = "示例指标体系：分值与阈值仅作演示，非正式评价结果"


def report_title(ev: Evaluation, city: str) -> str:
    """{city}{period}区域政务诚信评价报告, e.g. 哈尔滨市2026年第一季度区域政务诚信评价报告."""
    return f"{city}{ev.period.zh if ev.period else ''}区域政务诚信评价报告"


def report_document(ev: Evaluation, city: str, issuer: str = "", signed_date: dt.date | None = None,
                    created_at: dt.datetime | None = None) -> Document:
    """The report as a core `Document` (title, paragraphs, tables); `issuer` defaults to {city}信用办."""
    signed_date = signed_date or dt.date.today()
    created_at = created_at or dt.datetime.combine(signed_date, dt.time(0), dt.UTC)
    tree, results = ev.tree, ev.results
    firsts = list(tree.root.children)
    districts = any(r.township.district for r in results)
    scope = f"{ev.period.zh}（{_d(ev.period.start)}至{_d(ev.period.end)}）" if ev.period else ""
    ranked = [r for r in results if r.rank is not None]
    blocks: list[Para | Table] = [
        Para(f"依据评价指标体系“{tree.label}”（第{tree.version}版），对{len(results)}个乡镇（街道）{scope}的政务诚信状况"
             f"进行评价，满分{fmt(tree.root.weight)}分，{len(ranked)}个参与排名。", "intro"),
    ]
    if tree.example:
        blocks.append(Para("本报告所用指标体系为“示例”：分值与阈值仅作演示，不是已公布的评价办法，评价结果不作考核依据。",
                           "example"))
    blocks.append(Para("一、总体排名", "heading", style="h1"))
    cols = [Column("名次", "rank", 0.6), Column("乡镇（街道）", "township", 2, "left", wrap=True)]
    if districts:
        cols.append(Column("所属区县", "district", 1.2, "left", wrap=True))
    cols += [Column("总分", "total", 1, "right"), Column("数据覆盖", "coverage", 1, "right")]
    rows = []
    for r in results:
        row = [str(r.rank) if r.rank is not None else "—", r.township.name]
        if districts:
            row.append(r.township.district)
        row += [str(r.total) if r.total is not None else "无数据", f"{rounded(r.coverage * 100)}%"]
        rows.append(row)
    blocks.append(Table(cols, rows, "ranking", caption="评价得分与排名", font_size=12))

    blocks.append(Para("二、一级指标得分", "heading", style="h1"))
    cols = [Column("名次", "rank", 0.6), Column("乡镇（街道）", "township", 2, "left", wrap=True)]
    cols += [Column(f"{n.name}（{fmt(n.weight)}）", n.id, 1, "right", wrap=True) for n in firsts]
    rows = [[str(r.rank) if r.rank is not None else "—", r.township.name]
            + [s.points_text for s in r.first_level] for r in results]
    blocks.append(Table(cols, rows, "first_level", caption="各乡镇（街道）一级指标得分", font_size=12))

    blocks.append(Para("三、计分规则", "heading", style="h1"))
    blocks.append(Para(ev.no_data_rule, "no_data_rule"))
    blocks.append(Para(ev.rank_rule, "rank_rule"))
    cols = [Column("一级指标", "branch", 1, "left", wrap=True), Column("指标", "leaf", 1.4, "left", wrap=True),
            Column("分值", "weight", 0.6, "right"), Column("计分规则", "rule", 4, "left", wrap=True)]
    rows = []
    for node, up in tree.walk():
        if node.is_leaf:
            branch = up[1].name if len(up) > 1 else ""
            rows.append([branch, node.name, fmt(node.weight),
                         node.rule.describe(INDICATORS[node.indicator], node.weight)])
    blocks.append(Table(cols, rows, "rules", caption="指标与计分规则", font_size=12))
    return Document(
        title=report_title(ev, city), issuer=issuer or f"{city}信用办", blocks=blocks, signed_date=signed_date,
        created_at=created_at, subject=f"zwcx evaluation {ev.period.code if ev.period else ''}".strip(),
        footer=f"指标体系“{tree.label}”第{tree.version}版", mark=EXAMPLE_MARK if tree.example else "")


def render_report(ev: Evaluation, city: str, issuer: str = "", signed_date: dt.date | None = None,
                  created_at: dt.datetime | None = None) -> bytes:
    """The report as PDF bytes (same input, same bytes)."""
    return draw_document(report_document(ev, city, issuer, signed_date, created_at))


def _d(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
