"""Batch steps on the service list: select several rows, one step for all, progress, cancel, role checks."""

from __future__ import annotations

import threading

from tests.gui.helpers import click, wait_idle
from tests.store.test_records import service_payload


def _page(qtbot, win, n):
    page = win.goto("service")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.model.rowCount() == n, timeout=10000)
    return page


def _statuses(app, ids):
    return {app.records.get(i).doc["status"] for i in ids}


def test_reviewer_reviews_many_service_records_at_once(qtbot, app, clerk, login):
    ids = app.records.create_many("service", [service_payload(app, beneficiary_name=f"王{i}", citizen_id=None)
                                              for i in range(30)], clerk)
    page = _page(qtbot, login("clerk"), 30)
    page.table.selectAll()
    assert page.batch.buttons == {}  # a clerk may not review: no button, whatever is selected

    win = login("reviewer")
    page = _page(qtbot, win, 30)
    page.table.selectRow(0)
    assert page.batch.buttons == {}  # one record is handled in its form
    page.table.selectAll()
    assert set(page.batch.buttons) == {"reviewed", "rejected"}
    assert page.batch.buttons["reviewed"].text() == "审核通过"
    assert "已选 30 条" in page.batch.info.text()
    click(qtbot, page.batch.buttons["reviewed"])
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "已办理 30 条记录" in page.batch.info.text(), timeout=10000)
    assert page.batch.bar.value() == 30
    assert _statuses(app, ids) == {"reviewed"}
    assert page.batch.bar.isHidden() and page.table.isEnabled()

    # Mixed statuses: nothing applies to all, so no button.
    app.records.transition(ids[0], "publicized", win.ctx.actor)
    win.ctx.bus.record_changed.emit("service", ids[0])
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.model.rowCount() == 30, timeout=5000)
    page.table.selectAll()
    assert page.batch.buttons == {} and "状态不同" in page.batch.info.text()


def test_cancel_before_the_batch_commits_writes_nothing(qtbot, app, clerk, login):
    ids = app.records.create_many("service", [service_payload(app, beneficiary_name=f"赵{i}", citizen_id=None)
                                              for i in range(20)], clerk)
    win = login("reviewer")
    page = _page(qtbot, win, 20)
    page.table.selectAll()
    gate = threading.Event()
    win.ctx.runner.write(lambda _h: gate.wait(10))  # the writer is busy: the batch waits its turn
    click(qtbot, page.batch.buttons["reviewed"])
    assert page.batch.cancel_btn.isVisible() and not page.table.isEnabled()
    click(qtbot, page.batch.cancel_btn)
    gate.set()
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "已取消" in page.batch.info.text(), timeout=10000)
    assert _statuses(app, ids) == {"registered"}
    assert page.table.isEnabled() and page.batch.cancel_btn.isHidden()


def test_select_all_matching_records_reaches_rows_not_yet_loaded(qtbot, app, clerk, login):
    from zwcx_desktop.gui.listmodel import PAGE

    n = PAGE * 2 + 50
    ids = app.records.create_many("service", [service_payload(app, beneficiary_name=f"孙{i}", citizen_id=None)
                                              for i in range(n)], clerk)
    win = login("reviewer")
    page = _page(qtbot, win, PAGE)  # only the first page of rows is loaded
    assert page.model.total == n
    page.table.selectAll()
    assert "已选 200 条" in page.batch.info.text()
    assert page.batch.select_all.isVisibleTo(page) and str(n) in page.batch.select_all.text()
    click(qtbot, page.batch.select_all)
    qtbot.waitUntil(lambda: page.batch.all_matches is not None, timeout=5000)
    assert page.batch.info.text() == f"已选中全部 {n} 条符合条件的记录"
    assert set(page.batch.buttons) == {"reviewed", "rejected"}
    click(qtbot, page.batch.buttons["reviewed"])
    qtbot.waitUntil(lambda: f"已办理 {n} 条记录" in page.batch.info.text(), timeout=20000)
    assert _statuses(app, ids) == {"reviewed"}
    wait_idle(qtbot, win)
    assert page.batch.all_matches is None  # the list reloaded: a new selection starts from nothing

    # Mixed statuses among the matches: no step applies to all of them until the list is filtered by status.
    app.records.transition(ids[-1], "publicized", win.ctx.actor)
    win.ctx.bus.record_changed.emit("service", ids[-1])
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.model.rowCount() == PAGE, timeout=5000)
    page.table.selectAll()
    click(qtbot, page.batch.select_all)
    qtbot.waitUntil(lambda: page.batch.all_matches is not None, timeout=5000)
    assert page.batch.buttons == {} and "状态不同" in page.batch.info.text()
    page.table.clearSelection()  # any change of the selection leaves "all matching"
    assert page.batch.all_matches is None


def test_select_all_takes_only_the_records_the_clerk_saw_counted(qtbot, app, clerk, reviewer, login):
    """What arrives after the count (by sync, say, before the list reloads) is not swept into the batch: a record
    in another status from which the step is also allowed stays as it is, and a change in the number of records
    of the confirmed status refuses the batch and writes nothing."""
    from zwcx_desktop.gui.listmodel import PAGE

    n = PAGE + 20

    def select_all_matches(page):
        page.table.selectAll()
        click(qtbot, page.batch.select_all)
        qtbot.waitUntil(lambda: page.batch.all_matches is not None, timeout=5000)

    ids = app.records.create_many("service", [service_payload(app, beneficiary_name=f"周{i}", citizen_id=None)
                                              for i in range(n)], clerk)
    win = login("reviewer")
    page = _page(qtbot, win, PAGE)
    select_all_matches(page)
    late = app.records.create("service", service_payload(app, beneficiary_name="晚到", citizen_id=None), clerk)
    for step in ("reviewed", "publicized"):  # 'rejected' is allowed from publicized too
        app.records.transition(late, step, reviewer)
    extra = app.records.create("service", service_payload(app, beneficiary_name="补录", citizen_id=None), clerk)
    click(qtbot, page.batch.buttons["rejected"])
    qtbot.waitUntil(lambda: "未做任何改动" in page.batch.info.text(), timeout=10000)
    assert f"当时 {n} 条，现在 {n + 1} 条" in page.batch.info.text()
    assert _statuses(app, ids + [extra]) == {"registered"} and app.records.get(late).doc["status"] == "publicized"

    app.records.delete(extra, clerk)
    page.status.setCurrentIndex(page.status.findData("registered"))  # the clerk narrows the list to 登记
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.model.total == n and page.model.rowCount() == PAGE, timeout=5000)
    select_all_matches(page)
    click(qtbot, page.batch.buttons["rejected"])
    qtbot.waitUntil(lambda: f"已办理 {n} 条记录" in page.batch.info.text(), timeout=20000)
    assert _statuses(app, ids) == {"rejected"} and app.records.get(late).doc["status"] == "publicized"


def test_a_count_arriving_after_the_selection_changed_is_dropped(qtbot, app, clerk, login, monkeypatch):
    from zwcx_desktop.gui import batch
    from zwcx_desktop.gui.listmodel import PAGE

    app.records.create_many("service", [service_payload(app, beneficiary_name=f"吴{i}", citizen_id=None)
                                        for i in range(PAGE + 5)], clerk)
    gate = threading.Event()
    real = batch.count_statuses
    monkeypatch.setattr(batch, "count_statuses", lambda *a: (gate.wait(10), real(*a))[1])
    win = login("reviewer")
    page = _page(qtbot, win, PAGE)
    page.table.selectAll()
    click(qtbot, page.batch.select_all)
    assert page.batch.buttons == {} and page.batch.info.text() == "正在统计…"  # no step while counting
    page.table.clearSelection()
    page.table.selectRow(0)  # the clerk picks one row instead while the count runs
    gate.set()
    wait_idle(qtbot, win)
    assert page.batch.all_matches is None and page.batch.buttons == {}
