"""Linking the selected service records to a roster notice at once, from the service list's batch bar: the notice's
printed roster lists them, a record past review refuses the whole batch by its status (no names), Cancel rolls back."""

from __future__ import annotations

import threading

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QLabel, QTableWidget
from sqlalchemy import func, select

from tests.gui.english_scan import shown_windows, untranslated
from tests.gui.helpers import click, wait_idle
from tests.notices.notice_pdf import flat, pdf_text
from tests.store.test_records import service_payload
from zwcx_desktop.store.models import RecordVersion


def _notice(app, actor, title="关于2026年11月高龄津贴发放对象的公示", personal=True) -> str:
    return app.records.create("disclosure", {
        "unit_id": app.home_unit_id(), "kind": "service", "title": title, "body": "现将名单公示如下。",
        "formed_date": "2026-11-02", "contains_personal_data": personal}, actor)


def _page(qtbot, win, n):
    page = win.goto("service")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.model.rowCount() == n, timeout=10000)
    return page


def _select(page, names: list[str]) -> None:
    sel = page.table.selectionModel()
    sel.clearSelection()
    for i, row in enumerate(page.model._rows):
        if row["beneficiary_name"] in names:
            sel.select(page.model.index(i, 0), QItemSelectionModel.SelectionFlag.Select
                       | QItemSelectionModel.SelectionFlag.Rows)


def _choose(qtbot, page, title: str) -> list[str]:
    """Link to roster notice…, then pick the notice titled `title`; returns the titles the chooser offered."""
    click(qtbot, page.batch.link_btn)
    chooser = page.batch.chooser
    table = chooser.findChild(QTableWidget, "chooser_table")
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=10000)
    offered = [table.item(i, 0).text() for i in range(table.rowCount())]
    table.setCurrentCell(offered.index(title), 0)
    assert "重新公示" in chooser.findChild(QLabel, "roster_note").text()
    assert untranslated(shown_windows()) == []  # the list with its batch bar, and the chooser
    chooser.accept()
    return offered


def _linked(app, ids):
    return [app.records.get(i).doc.get("disclosure_id") for i in ids]


def _versions(app) -> int:
    with app.db.read() as s:
        return s.execute(select(func.count()).select_from(RecordVersion)).scalar_one()


def test_three_selected_records_go_onto_the_draft_notice_roster(qtbot, app, clerk, login):
    from zwcx_desktop.notices import render_notice

    notice = _notice(app, clerk)
    _notice(app, clerk, "关于村务事项的公示", personal=False)  # no roster: not offered
    gone = _notice(app, clerk, "已撤回的名单公示")
    app.records.transition(gone, "withdrawn", clerk)  # no posting left: not offered
    names = ["钱一", "钱二", "钱三", "钱四", "钱五"]
    ids = app.records.create_many("service", [service_payload(app, beneficiary_name=n, citizen_id=None)
                                              for n in names], clerk)
    win = login("clerk")
    page = _page(qtbot, win, 5)
    _select(page, names[:1])
    assert page.batch.link_btn.isHidden()  # one record is linked in its form
    _select(page, names[:3])
    assert page.batch.link_btn.isVisible() and page.batch.link_btn.text() == "关联到名单公示…"
    assert page.batch.unlink_btn.text() == "取消关联名单公示"
    offered = _choose(qtbot, page, "关于2026年11月高龄津贴发放对象的公示")
    assert offered == ["关于2026年11月高龄津贴发放对象的公示"]
    qtbot.waitUntil(lambda: "已将 3 条记录关联到名单公示" in page.batch.info.text(), timeout=10000)
    assert _linked(app, ids) == [notice] * 3 + [None] * 2
    text = flat("".join(pdf_text(render_notice(app, notice))))
    assert all(n in text for n in names[:3]) and not any(n in text for n in names[3:])
    assert "合计3户" in text

    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=5000)
    _select(page, names[:2])
    click(qtbot, page.batch.unlink_btn)  # the notice is a draft: records may still leave it
    qtbot.waitUntil(lambda: "已取消 2 条记录与名单公示的关联" in page.batch.info.text(), timeout=10000)
    assert _linked(app, ids) == [None, None, notice, None, None]


def test_a_record_past_review_refuses_the_batch_by_status_and_nothing_is_written(qtbot, app, clerk, reviewer, login):
    _notice(app, clerk)
    names = ["孙甲", "孙乙", "孙丙"]
    ids = app.records.create_many("service", [service_payload(app, beneficiary_name=n, citizen_id=None)
                                              for n in names], clerk)
    for step in ("reviewed", "publicized"):
        app.records.transition(ids[1], step, reviewer)
    before = _versions(app)
    win = login("clerk")
    page = _page(qtbot, win, 3)
    _select(page, names)
    assert page.batch.link_btn.isVisible()  # mixed statuses: no lifecycle step, but linking is offered
    _choose(qtbot, page, "关于2026年11月高龄津贴发放对象的公示")
    qtbot.waitUntil(lambda: "未做任何改动" in page.batch.info.text(), timeout=10000)
    info = page.batch.info.text()
    assert "其中 1 条记录已不能修改（公示）。" in info and not any(n in info for n in names)  # no names
    assert _versions(app) == before and _linked(app, ids) == [None] * 3


def test_cancel_before_the_commit_links_nothing(qtbot, app, clerk, login):
    _notice(app, clerk)
    ids = app.records.create_many("service", [service_payload(app, beneficiary_name=f"周{i}", citizen_id=None)
                                              for i in range(20)], clerk)
    win = login("clerk")
    page = _page(qtbot, win, 20)
    page.table.selectAll()
    gate = threading.Event()
    win.ctx.runner.write(lambda _h: gate.wait(10))  # the writer is busy: the batch waits its turn
    _choose(qtbot, page, "关于2026年11月高龄津贴发放对象的公示")
    assert page.batch.cancel_btn.isVisible() and page.batch.link_btn.isHidden()
    click(qtbot, page.batch.cancel_btn)
    gate.set()
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "已取消" in page.batch.info.text(), timeout=10000)
    assert _linked(app, ids) == [None] * 20


def test_linking_to_a_posted_notice_says_the_next_posting_takes_them(qtbot, app, admin, login):
    from zwcx_desktop.notices.samples import make_samples

    samples = make_samples(app, admin)
    notice = samples["roster"]
    app.records.transition(notice, "publicizing", admin)
    posted = app.records.get(notice)
    title = posted.doc["title"]
    ids = app.records.create_many("service", [service_payload(app, beneficiary_name=f"吴{i}", citizen_id=None)
                                              for i in range(2)], admin)
    win = login("admin")
    page = win.goto("service")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.model.rowCount() == 14, timeout=10000)
    _select(page, ["吴0", "吴1"])
    _choose(qtbot, page, title)
    qtbot.waitUntil(lambda: "已将 2 条记录关联" in page.batch.info.text(), timeout=10000)
    assert "已公示的名单不变，这些记录在重新公示时列入名单" in page.batch.info.text()
    assert _linked(app, ids) == [notice] * 2
    assert app.records.get(notice).version_id == posted.version_id


def test_all_matching_records_are_linked_not_only_the_loaded_rows(qtbot, app, clerk, login):
    from zwcx_desktop.gui.listmodel import PAGE

    notice = _notice(app, clerk)
    ids = app.records.create_many("service", [service_payload(app, beneficiary_name=f"郑{i}", citizen_id=None)
                                              for i in range(PAGE + 30)], clerk)
    win = login("clerk")
    page = _page(qtbot, win, PAGE)
    page.table.selectAll()
    click(qtbot, page.batch.select_all)
    qtbot.waitUntil(lambda: page.batch.all_matches is not None, timeout=5000)
    assert page.batch.link_btn.isVisible()
    _choose(qtbot, page, "关于2026年11月高龄津贴发放对象的公示")
    qtbot.waitUntil(lambda: f"已将 {PAGE + 30} 条记录关联" in page.batch.info.text(), timeout=20000)
    assert set(_linked(app, ids)) == {notice}
