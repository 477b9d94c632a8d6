"""Issue 11 item 8: when the official holiday schedule arrives, records not yet posted recount their dates through
the write path (a version, audited, by the system); posted ones keep the dates they were posted with, and the
notice and `zwcx notice` name the end date the official calendar gives now."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from tests.domain.test_calendar import SCHEDULE_2027

# Seven working days from Wednesday 2026-12-30: guessed (1 January 2027 counted as a working day) they end on
# Thursday 7 January; with the official schedule (1 January a holiday) on Friday 8 January.
GUESSED_END, OFFICIAL_END = "2027-01-07", "2027-01-08"


def _disclosure(app, actor, title: str) -> str:
    return app.records.create("disclosure", {
        "unit_id": app.home_unit_id(), "kind": "affairs", "title": title, "body": "现将有关事项公示如下。",
        "formed_date": "2026-12-28", "period_start": "2026-12-30", "period_days": 7, "day_count": "working"}, actor)


@pytest.fixture
def records(app, admin):
    """A draft and a posted disclosure, an open and a closed objection, all counted on the guessed calendar."""
    draft = _disclosure(app, admin, "关于2027年元旦值班安排的公示")
    posted = _disclosure(app, admin, "关于2027年元旦慰问对象的公示")
    for step in ("pending_review", "approved", "publicizing"):
        app.records.transition(posted, step, admin)
    # 10 working days from Tuesday 2026-12-29: 2027-01-12 guessed, 2027-01-13 with 1 January a holiday.
    open_ = app.records.create("objection", {
        "unit_id": app.home_unit_id(), "objection_type": "complaint", "channel": "phone",
        "content": "反映窗口推诿。", "received_date": "2026-12-29", "reply_days": 10}, admin)
    closed = app.records.create("objection", {
        "unit_id": app.home_unit_id(), "objection_type": "complaint", "channel": "phone",
        "content": "反映窗口推诿。", "received_date": "2026-12-29", "reply_days": 10, "finding": "upheld",
        "action": "correct", "reply": "已整改。"}, admin)
    for step in ("accepted", "investigating", "replied", "closed"):
        app.records.transition(closed, step, admin)
    return {"draft": draft, "posted": posted, "open": open_, "closed": closed}


def _official(app):
    """The schedule arrives as sync stores it: kept in the data folder (a later start-up installs it again)."""
    from zwcx_core.domain import calendar
    from zwcx_desktop.store import reference

    with app.db.write() as s:
        schedule = reference.save(s, {"holidays": SCHEDULE_2027}, "digest-2027")
    calendar.use_official_schedule(schedule)


def test_the_schedule_recounts_unposted_records_and_leaves_posted_ones(app, records):
    from zwcx_desktop.store.models import AuditEvent, OutboxOp

    before = {k: app.records.get(r) for k, r in records.items()}
    assert before["draft"].doc["period_end"] == before["posted"].doc["period_end"] == GUESSED_END
    assert before["open"].doc["due_date"] == before["closed"].doc["due_date"] == "2027-01-12"
    _official(app)
    changed = app.records.recount_dates()
    assert sorted(changed) == sorted([records["draft"], records["open"]])
    after = {k: app.records.get(r) for k, r in records.items()}
    assert after["draft"].doc["period_end"] == OFFICIAL_END and after["open"].doc["due_date"] == "2027-01-13"
    for k in ("draft", "open"):  # a new version, made by the system, waiting to be synced
        assert after[k].version == before[k].version + 1 and after[k].updated_by == "system"
        assert after[k].sync_state == "pending"
    for k in ("posted", "closed"):  # posted and answered: the dates stand as they went out
        assert (after[k].version, after[k].doc) == (before[k].version, before[k].doc)
    with app.db.read() as s:
        ev = s.execute(select(AuditEvent).where(AuditEvent.record_id == records["draft"])
                       .order_by(AuditEvent.seq.desc())).scalars().first()
        assert (ev.action, ev.actor) == ("recompute", "system")
        assert "period_end" in json.loads(ev.detail)["fields"]
        assert s.execute(select(OutboxOp).where(OutboxOp.version_id == after["draft"].version_id)).scalar_one()
    assert app.records.recount_dates() == []  # nothing moves a second time


def test_a_posted_notice_keeps_its_dates_and_names_the_official_end(app, records, data_dir, tmp_path, capsys):
    from tests.notices.notice_pdf import flat, pdf_text
    from zwcx_core.domain.derive import official_end
    from zwcx_desktop.cli.main import main
    from zwcx_desktop.notices.render import render_checked

    rid = records["posted"]
    notice, pdf_before = render_checked(app, rid)
    assert notice.period.official_end is None and not notice.period.confirmed  # only the guess warning, as before
    _official(app)
    app.records.recount_dates()
    assert official_end(app.records.get(rid).doc) == dt.date(2027, 1, 8)
    notice, pdf = render_checked(app, rid)
    assert notice.period.end == dt.date(2027, 1, 7) and notice.period.official_end == dt.date(2027, 1, 8)
    assert "2026年12月30日至2027年1月7日" in flat("".join(pdf_text(pdf)))  # the reprint is what was posted
    out = tmp_path / "reprint.pdf"
    assert main(["--data-dir", str(data_dir), "notice", rid, "-o", str(out)]) == 0
    assert "按官方节假日安排，公示期应截止于2027年1月8日" in capsys.readouterr().err
    # A draft's notice follows the official calendar and needs no such note.
    notice, _ = render_checked(app, records["draft"])
    assert notice.period.end == dt.date(2027, 1, 8) and notice.period.official_end is None
