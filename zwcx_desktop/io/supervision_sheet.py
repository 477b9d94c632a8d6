"""The 监督事项 sheet of the indicators workbook: 按期办结率, 回复率 and 满意率 of the supervision cases received in
the period, overall and per channel, each rate with its counts, the two thresholded rates marked 未达标 when below,
and the overdue and re-handled cases. Shared by `zwcx export indicators` and the 统计分析 page's export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from zwcx_core.domain.enums import SupervisionChannel

__all__ = ["HEADERS", "SHEET", "add_supervision_sheet", "append_to_workbook", "supervision_rows"]

SHEET = "监督事项"
HEADERS = ["渠道", "受理件数", "按期办结率", "按期办结数", "应办结数", "回复率", "回复率达标", "已回复数", "应回复数",
           "满意率", "满意率达标", "满意数", "回访数", "逾期未办结", "重办件数"]
_RATE_COLUMNS = (3, 6, 10)  # 1-based: the three rates
_MARK_COLUMNS = (7, 11)  # 1-based: the two threshold marks
BELOW, MET, NONE = "未达标", "达标", "—"


def _mark(met: bool | None) -> str:
    return NONE if met is None else MET if met else BELOW


def supervision_rows(scores) -> list[list[Any]]:
    """One row per ChannelScores (store/supervision_stats.py), in HEADERS' order; a rate with nothing to count is
    None (an empty cell), not 0 %."""
    out = []
    for cs in scores:
        s = cs.scores
        name = "全部" if cs.channel is None else SupervisionChannel(cs.channel).zh
        out.append([name, cs.cases,
                    s.on_time.value, s.on_time.numerator, s.on_time.denominator,
                    s.replied.value, _mark(s.reply_rate_met), s.replied.numerator, s.replied.denominator,
                    s.satisfied.value, _mark(s.satisfaction_met), s.satisfied.numerator, s.satisfied.denominator,
                    cs.overdue, cs.rehandled])
    return out


def add_supervision_sheet(wb, scores, start: dt.date, end: dt.date) -> int:
    """Add the sheet to an openpyxl workbook (not write-only); returns its data rows."""
    from openpyxl.styles import Font

    red = Font(color="C00000", bold=True)
    ws = wb.create_sheet(SHEET)
    ws.append([f"统计期间 {start.isoformat()} 至 {end.isoformat()}（按受理日期；退回的交办有误件不计）"])
    ws.append(HEADERS)
    for cell in ws[2]:
        cell.font = Font(bold=True)
    rows = supervision_rows(scores)
    for row in rows:
        ws.append(row)
        for col in _RATE_COLUMNS:
            ws.cell(ws.max_row, col).number_format = "0.0%"
        for col in _MARK_COLUMNS:
            if row[col - 1] == BELOW:  # the same red as the 统计分析 table
                ws.cell(ws.max_row, col - 1).font = red
                ws.cell(ws.max_row, col).font = red
    ws.column_dimensions["A"].width = 16
    return len(rows)


def append_to_workbook(app, start: dt.date, end: dt.date, path: str | Path, today: dt.date | None = None) -> int:
    """Add the sheet to the .xlsx at `path` (replaced whole, atomically); returns its data rows."""
    from openpyxl import load_workbook

    from zwcx_desktop.io.export import _atomic_save
    from zwcx_desktop.store.supervision_stats import channel_scores

    with app.db.read() as s:
        scores = channel_scores(s, start, end, today or dt.date.today())
    wb = load_workbook(path)
    n = add_supervision_sheet(wb, scores, start, end)
    _atomic_save(wb, Path(path))
    return n
