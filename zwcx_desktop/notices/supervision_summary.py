"""The monthly summary of supervision cases for the township head (监督事项月度办理情况), on the GB/T 9704 page:
cases received, closed, closed on time and overdue, by channel; the scores of the month's cases against their
thresholds; and the list of cases overdue at the month's end.

It names no requester: a case is listed by its number, channel and subject, and a subject never repeats the
requester's name or phone (domain/privacy.py refuses it at save); the masking guard runs over every cell.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from zwcx_core.domain.enums import SupervisionChannel
from zwcx_core.domain.enums import SupervisionStatus as V
from zwcx_core.notices.model import Column, Para, Table, zh_date
from zwcx_core.notices.report import Document, draw_document

__all__ = ["MonthFigures", "month_bounds", "render_summary", "summary_document"]

_ANSWERED = (V.REPLIED.value, V.CLOSED.value)
OVERDUE_LISTED = 200  # cases listed by name; the count says how many in all


@dataclass
class MonthFigures:
    channel: str | None  # None: every channel
    received: int = 0
    returned: int = 0
    closed: int = 0
    on_time: int = 0
    overdue: int = 0


def month_bounds(text: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a month given as YYYY-MM. Raises ValueError."""
    try:
        year, month = (int(p) for p in text.split("-"))
        start = dt.date(year, month, 1)
    except ValueError:
        raise ValueError(f"'{text}' is not a month (YYYY-MM)") from None
    if len(text) != 7:
        raise ValueError(f"'{text}' is not a month (YYYY-MM)")
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def _figures(s, start: dt.date, end: dt.date, as_of: dt.date):
    """Per channel (overall first) and the cases overdue at `as_of` (not replied to by then, deadline passed)."""
    from zwcx_desktop.store.models import SupervisionCase as C

    q = select(C.channel, C.received_date, C.reply_date, C.due_date, C.status, C.ref_no, C.title).where(C.deleted.is_(False), C.received_date <= end)
    by: dict[str | None, MonthFigures] = {None: MonthFigures(None)}
    overdue = []
    for channel, received, reply, due, status, ref_no, title in s.execute(q):
        rows = (by[None], by.setdefault(channel, MonthFigures(channel)))
        returned = status == V.RETURNED.value
        for f in rows:
            if received >= start:
                f.received += 1
                f.returned += returned
            if status in _ANSWERED and reply and start <= reply <= end:
                f.closed += 1
                f.on_time += due is None or reply <= due
        if (not returned and due is not None and due < as_of and received <= as_of
                and (reply is None or reply > as_of)):
            for f in rows:
                f.overdue += 1
            overdue.append((due, ref_no or "", channel, title, received))
    order = [None] + [c.value for c in SupervisionChannel if c.value in by]
    return [by[c] for c in order], sorted(overdue, key=lambda o: (o[0], o[1]))


def _name(channel: str | None) -> str:
    return "合计" if channel is None else SupervisionChannel(channel).zh


def _rate(rate, met: bool | None = None) -> str:
    text = rate.percent_text if rate.denominator == 0 else f"{rate.percent_text}（{rate.numerator}/{rate.denominator}）"
    return text + ("未达标" if met is False else "")


def summary_document(app, month: str, today: dt.date | None = None, now: dt.datetime | None = None) -> Document:
    """The summary of `month` (YYYY-MM) as a report Document. Raises ValueError for a month not yet begun."""
    from zwcx_desktop.notices.listprint import _guard, _office
    from zwcx_desktop.store.supervision_stats import channel_scores

    today = today or dt.date.today()
    now = now or dt.datetime.now().replace(microsecond=0)
    start, end = month_bounds(month)
    if start > today:
        raise ValueError(f"{month} has not begun yet")
    as_of = min(end, today)
    with app.db.read() as s:
        figures, overdue = _figures(s, start, end, as_of)
        # The month's cases as they stand when the summary is printed (a late reply in the next month counts late).
        scores = channel_scores(s, start, end, today)
    total = figures[0]
    ym = f"{start.year}年{start.month}月"
    office = _office(app)
    blocks: list[Para | Table] = [Para(
        f"{ym}，共受理监督事项{total.received}件（其中因交办有误退回{total.returned}件），办结{total.closed}件，"
        f"其中按期办结{total.on_time}件；截至{zh_date(as_of)}，逾期未办结{total.overdue}件。", "intro")]
    blocks.append(Para("一、分渠道办理情况", "h_channels", style="h1"))
    counts = [Column(t, f) for t, f in (("渠道", "channel"), ("受理", "received"), ("退回", "returned"),
                                         ("办结", "closed"), ("按期办结", "on_time"), ("逾期未办结", "overdue"))]
    counts[0].weight = 2.0

    def cells(f: MonthFigures) -> list[str]:
        return [_name(f.channel), *(str(v) for v in (f.received, f.returned, f.closed, f.on_time, f.overdue))]

    blocks.append(Table(counts, [cells(f) for f in figures[1:]], "channels", footer=[cells(total)]))
    blocks.append(Para("二、办理质量指标", "h_scores", style="h1"))
    blocks.append(Para(f"按{ym}受理的事项截至{zh_date(today)}的办理情况统计：回复率目标92%，满意率目标85%，低于目标的标注“未达标”；"
                       "按期办结率、回复率只计已办结或已到期的事项，满意率只计已回访或已反馈的事项。", "scores_note"))
    rate_cols = [Column("渠道", "channel", 2.0), Column("按期办结率", "on_time"), Column("回复率", "replied"),
                 Column("满意率", "satisfied"), Column("重办", "rehandled")]

    def score_cells(cs) -> list[str]:
        sc = cs.scores
        return [_name(cs.channel), _rate(sc.on_time), _rate(sc.replied, sc.reply_rate_met),
                _rate(sc.satisfied, sc.satisfaction_met), str(cs.rehandled)]

    # The overall line as a body row: a footer row does not widen its columns, and a rate with its mark is long.
    blocks.append(Table(rate_cols, [score_cells(cs) for cs in scores[1:] + scores[:1]], "scores"))
    blocks.append(Para("三、逾期未办结事项", "h_overdue", style="h1"))
    if not overdue:
        blocks.append(Para(f"截至{zh_date(as_of)}，无逾期未办结事项。", "no_overdue"))
    else:
        cols = [Column("编号", "ref_no"), Column("渠道", "channel"), Column("事项", "title", 3.0, "left", wrap=True),
                Column("办理时限", "due"), Column("逾期天数", "days_over")]
        rows = [[ref, _name(ch), title, due.isoformat(), str((as_of - due).days)]
                for due, ref, ch, title, _received in overdue[:OVERDUE_LISTED]]
        blocks.append(Table(cols, rows, "overdue", font_size=10.5))
        if len(overdue) > OVERDUE_LISTED:
            blocks.append(Para(f"另有{len(overdue) - OVERDUE_LISTED}件未列出。", "overdue_more", style="plain"))
    doc = Document(title=f"{ym}监督事项办理情况", issuer=office, blocks=blocks, signed_date=today, created_at=now,
                   subject="zwcx supervision_summary", footer=f"统计截至 {as_of.isoformat()}")
    _guard(doc)
    return doc


def render_summary(app, month: str, today: dt.date | None = None, now: dt.datetime | None = None) -> bytes:
    """PDF bytes of the monthly summary (see `summary_document`)."""
    return draw_document(summary_document(app, month, today, now))
