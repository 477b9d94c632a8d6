"""The desktop's sync against the real zwcx server on loopback (no mocked HTTP): merging a conflict in the merge
dialog until two devices converge, periodic rounds with backoff while the server is down, refused changes listed
with the server's reason."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update

from tests.conftest import CONTACT, PASSWORD, USCC
from tests.gui.helpers import click, wait_idle
from zwcx_core.domain.enums import Role
from zwcx_desktop.store.users import Actor
from zwcx_desktop.sync import engine
from zwcx_server.testing import LiveServer, live_server

ADMIN = Actor("admin", Role.ADMIN)


@pytest.fixture(autouse=True)
def _fresh_keyring():
    """The file keyring follows this test's XDG_DATA_HOME (conftest sets it), not a backend cached earlier."""
    import keyring.core

    keyring.core._keyring_backend = None
    yield
    keyring.core._keyring_backend = None


@pytest.fixture
def server(tmp_path):
    with live_server(f"sqlite:///{tmp_path / 'server.sqlite3'}") as srv:
        yield srv


def second_device(root):
    """Another data directory of the same township (a second office computer), set up like the first."""
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.setup import SetupInput, initialise

    b = App(root)
    initialise(b, SetupInput("道里区新阳路街道办事处", USCC, "230102", "admin", PASSWORD, **CONTACT))
    return b


def as_device(app):
    """The sync tests' Device view of a data directory, for their convergence check."""
    from tests.sync.devices import Device

    d = Device.__new__(Device)
    d.app = app
    return d


def restart_on_same_port(old: LiveServer) -> LiveServer:
    """The server back on the address the devices were enrolled with (as after a network outage)."""
    import uvicorn

    from zwcx_server.app import create_app

    srv = LiveServer(old.db)
    srv.port, srv.url = old.port, old.url
    srv.server = uvicorn.Server(uvicorn.Config(create_app(old.db), host="127.0.0.1", port=old.port,
                                               log_level="error", lifespan="off", timeout_keep_alive=5))
    import threading

    srv.thread = threading.Thread(target=srv.server.run, daemon=True)
    return srv.start()


def sync_in_gui(qtbot, win, timeout=20000) -> dict:
    """Press 同步 → 立即同步 once no round is running; returns the round's outcome."""
    sched = win.ctx.sync
    qtbot.waitUntil(lambda: not sched.running, timeout=timeout)
    page = win.goto("sync")
    with qtbot.waitSignal(sched.finished, timeout=timeout) as sig:
        page.button.setEnabled(True)  # the page enables it once it has read the state; do not race that read
        click(qtbot, page.button)
    return sig.args[0]


def test_conflict_merged_in_the_dialog_syncs_and_devices_converge(qtbot, app, login, server, tmp_path):
    from tests.sync.devices import assert_converged
    from zwcx_desktop.gui.mergedialog import HARD_COLOUR, MergeDialog

    t = server.township("A")
    engine.enroll(app, server.url, server.code(t))
    b = second_device(tmp_path / "b")
    engine.enroll(b, server.url, server.code(t))
    rid = app.records.create("unit", {"name": "新阳社区", "unit_type": "community"}, ADMIN)
    engine.sync_round(app), engine.sync_round(b)
    # Both computers edit the same record offline: the name on both (hard), the address on the other only (soft).
    app.records.update(rid, {"name": "新阳社区居委会"}, ADMIN)
    b.records.update(rid, {"name": "新阳路社区", "address": "新阳路12号"}, ADMIN)
    engine.sync_round(b), engine.sync_round(app), engine.sync_round(b)
    assert app.records.get(rid).sync_state == "conflict"

    win = login("admin")
    bar = win.statusBar()
    qtbot.waitUntil(lambda: bar.conflicts.text() == "冲突：1", timeout=10000)
    page = win.goto("sync")
    qtbot.waitUntil(lambda: page.merge_btn.isVisible(), timeout=10000)
    bar.conflicts.click()  # the conflict count in the status bar opens the merge dialog
    dlg = win.findChild(MergeDialog)
    assert dlg is not None and dlg.isVisible()
    qtbot.waitUntil(lambda: dlg.table.rowCount() > 0, timeout=10000)
    assert dlg.records.count() == 1 and dlg.records.item(0).text().startswith("单位：")

    # Hard conflicts first, highlighted, with Chinese field labels from the schema; then the soft one.
    assert dlg.table.item(0, 0).text() == "单位名称" and dlg.table.item(0, 1).text() == "双方都修改"
    assert dlg.table.item(0, 0).background().color().name() == HARD_COLOUR
    mine, theirs = dlg.table.cellWidget(0, 2), dlg.table.cellWidget(0, 3)
    assert (mine.text(), theirs.text()) == ("新阳社区居委会", "新阳路社区") and mine.isChecked()
    assert dlg.table.item(1, 0).text() == "地址" and dlg.table.item(1, 1).text() == "一方修改"
    assert dlg.table.cellWidget(1, 3).text() == "新阳路12号" and dlg.table.cellWidget(1, 3).isChecked()
    assert "本机" in dlg.table.horizontalHeaderItem(2).text()
    same = [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount()) if dlg.table.cellWidget(r, 2) is None]
    assert "单位类型" in same  # identical fields are shown too, without a choice

    # 'Take all' then a per-field pick: the clerk keeps the other computer's name and address.
    click(qtbot, dlg.all_mine)
    assert not dlg.table.cellWidget(1, 3).isChecked()
    click(qtbot, dlg.all_theirs)
    dlg.table.cellWidget(0, 3).click()
    assert dlg.chosen() == ({"name": "新阳路社区", "address": "新阳路12号"}, None)
    with qtbot.waitSignal(win.ctx.sync.finished, timeout=20000) as sig:  # saving also sends the merge at once
        click(qtbot, dlg.save_btn)
    assert sig.args[0]["ok"], sig.args[0]
    qtbot.waitUntil(lambda: dlg.heading.text() == "没有冲突的记录。", timeout=10000)
    assert "已合并" in dlg.msg.text()

    engine.sync_round(b)
    sync_in_gui(qtbot, win)
    for d in (app, b):
        assert engine.list_conflicts(d) == []
        rec = d.records.get(rid)
        assert (rec.doc["name"], rec.doc["address"], rec.sync_state) == ("新阳路社区", "新阳路12号", "synced")
    merged = app.records.history(rid)[-1]
    assert merged.base_version_id and merged.merge_parent_id and merged.base_version_id != merged.merge_parent_id
    assert_converged(server, t, [as_device(app), as_device(b)])
    qtbot.waitUntil(lambda: bar.conflicts.text() == "冲突：0", timeout=10000)
    wait_idle(qtbot, win)
    b.close()


def test_payments_recorded_on_two_computers_are_merged_row_by_row_in_the_dialog(qtbot, app, login, server, tmp_path):
    from zwcx_desktop.gui.mergedialog import MergeDialog

    t = server.township("A")
    engine.enroll(app, server.url, server.code(t))
    b = second_device(tmp_path / "b")
    engine.enroll(b, server.url, server.code(t))
    cid = app.records.create("contract", {
        "unit_id": app.home_unit_id(), "title": "村道硬化工程", "contract_type": "construction",
        "counterparty": "某某建设有限公司", "signed_date": "2026-03-02", "amount": "180000", "sme_declared": True,
        "events": [{"type": "delivery", "date": "2026-05-06"}]}, ADMIN)
    engine.sync_round(app), engine.sync_round(b)
    events = app.records.get(cid).doc["events"]
    app.records.update(cid, {"events": [*events, {"type": "payment", "date": "2026-05-20", "amount": "50000"}]},
                       ADMIN)
    b.records.update(cid, {"events": [*events, {"type": "payment", "date": "2026-05-21", "amount": "30000"}]},
                     ADMIN)
    engine.sync_round(b), engine.sync_round(app), engine.sync_round(b)
    assert app.records.get(cid).sync_state == "conflict"

    win = login("admin")
    bar = win.statusBar()
    qtbot.waitUntil(lambda: bar.conflicts.text() == "冲突：1", timeout=10000)
    bar.conflicts.click()
    dlg = win.findChild(MergeDialog)
    qtbot.waitUntil(lambda: dlg.table.rowCount() > 0, timeout=10000)
    # Nothing to choose: the payments of both computers are kept, and the amounts paid are worked out again.
    assert (dlg.table.item(0, 0).text(), dlg.table.item(0, 1).text()) == ("履约事项", "双方新增的行均保留")
    assert dlg.table.item(0, 2).text() == "3 行" and dlg.table.cellWidget(0, 2) is None
    with qtbot.waitSignal(win.ctx.sync.finished, timeout=20000):
        click(qtbot, dlg.save_btn)
    qtbot.waitUntil(lambda: dlg.heading.text() == "没有冲突的记录。", timeout=10000)
    doc = app.records.get(cid).doc
    assert (doc["amount_paid"], doc["amount_outstanding"]) == ("80000.00", "100000.00")
    assert sorted(e.get("amount") or "" for e in doc["events"]) == ["", "30000.00", "50000.00"]
    wait_idle(qtbot, win)
    b.close()


def test_periodic_sync_fires_and_backs_off_while_the_server_is_down(qtbot, app, login, tmp_path):
    from zwcx_server.db import ServerDB

    db = ServerDB(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    db.upgrade()
    srv = LiveServer(db).start()
    try:
        engine.enroll(app, srv.url, srv.code(srv.township("A")))
        win = login("admin")
        sched = win.ctx.sync
        page = win.goto("sync")
        sched.cap_s = 2.5
        with qtbot.waitSignal(sched.finished, timeout=20000) as sig:  # nobody clicks: the timer starts the round
            sched.set_interval(0.5)
        assert sig.args[0]["ok"], sig.args[0]
        assert sched.failures == 0 and sched.next_delay_s == 0.5
        qtbot.waitUntil(lambda: "上次同步：20" in win.statusBar().last.text(), timeout=10000)

        # A round that is running is never joined by a second one (button or timer).
        assert sched.sync_now()
        assert not sched.sync_now() and not sched.sync_now(manual=False)
        qtbot.waitUntil(lambda: not sched.running, timeout=20000)

        app.records.create("unit", {"name": "离线时新建", "unit_type": "community"}, ADMIN)
        srv.stop()
        delays = []
        for _ in range(3):
            with qtbot.waitSignal(sched.finished, timeout=20000) as sig:
                pass
            assert not sig.args[0]["ok"] and "无法连接同步服务器" in sig.args[0]["error"]
            delays.append(sched.next_delay_s)
        assert delays == [1.0, 2.0, 2.5]  # doubling after each failed round, capped
        assert sched.failures == 3
        qtbot.waitUntil(lambda: "已连续 3 次无法连接服务器" in page.schedule.text(), timeout=5000)
        qtbot.waitUntil(lambda: win.statusBar().warning.text() == "上次同步失败", timeout=5000)
        assert "同步失败" in page.result.text()

        srv = restart_on_same_port(srv)
        with qtbot.waitSignal(sched.finished, timeout=20000) as sig:
            pass
        assert sig.args[0]["ok"] and sig.args[0]["result"]["pushed"] == 1
        assert sched.failures == 0 and sched.next_delay_s == 0.5  # back to the interval after a success
        sched.set_interval(0)  # 0 = off
        assert not sched.timer.isActive()
        # On a busy machine the 0.5 s timer may have started one more round already; it is let finish.
        qtbot.waitUntil(lambda: not sched.running, timeout=20000)
        assert not sched.timer.isActive()
        qtbot.waitUntil(lambda: "自动同步已关闭" in page.schedule.text(), timeout=5000)
        qtbot.waitUntil(lambda: not win.statusBar().warning.isVisible(), timeout=5000)
        wait_idle(qtbot, win)
    finally:
        srv.stop()
        db.close()


def test_interval_set_in_settings_reaches_the_scheduler(qtbot, app, login):
    from zwcx_desktop.gui.syncscheduler import DEFAULT_MINUTES, K_INTERVAL

    win = login("clerk")
    assert win.ctx.sync.interval_s == DEFAULT_MINUTES * 60
    page = win.goto("settings")
    assert page.interval.value() == DEFAULT_MINUTES
    page.interval.setValue(3)
    wait_idle(qtbot, win)
    assert app.setting(K_INTERVAL) == "3" and win.ctx.sync.interval_s == 180
    page.interval.setValue(0)
    wait_idle(qtbot, win)
    assert app.setting(K_INTERVAL) == "0" and not win.ctx.sync.timer.isActive()
    assert page.interval.text() == "关闭"


def test_refused_change_is_listed_with_the_servers_reason_and_others_still_sync(qtbot, app, login, server):
    from zwcx_desktop.store.models import OutboxOp, RecordVersion

    t = server.township("A")
    engine.enroll(app, server.url, server.code(t))
    bad = app.records.create("unit", {"name": "损坏的记录", "unit_type": "community"}, ADMIN)
    good = app.records.create("unit", {"name": "正常的记录", "unit_type": "community"}, ADMIN)
    # A version whose stored document no longer matches its content hash (a damaged copy): the real server refuses
    # exactly this op and accepts the rest of the batch.
    with app.db.write() as s:
        vid = app.records.get(bad).version_id
        doc = json.loads(s.get(RecordVersion, vid).doc) | {"name": "被改动的记录"}
        s.execute(update(RecordVersion).where(RecordVersion.version_id == vid)
                  .values(doc=json.dumps(doc, ensure_ascii=False)))

    win = login("admin")
    outcome = sync_in_gui(qtbot, win)
    assert outcome["ok"] and outcome["result"]["rejected"] == 1, outcome
    page = win.goto("sync")
    qtbot.waitUntil(lambda: page.rejected.rowCount() == 1, timeout=10000)
    assert not page.rejected_box.isHidden()
    assert page.rejected.item(0, 1).text() == "单位" and page.rejected.item(0, 2).text() == "被改动的记录"
    assert "content_hash does not match" in page.rejected.item(0, 3).text()
    assert "被拒绝 1 条" in page.result.text()
    assert app.records.get(good).sync_state == "synced"
    assert app.records.get(bad).sync_state == "rejected"
    with app.db.read() as s:
        assert s.execute(select(OutboxOp.state).where(OutboxOp.record_id == good)).scalar_one() == "acked"
    # A later change still syncs: the refused op does not block the outbox.
    app.records.update(good, {"address": "新阳路1号"}, ADMIN)
    assert sync_in_gui(qtbot, win)["result"]["pushed"] == 1
    assert app.records.get(good).sync_state == "synced"
    page.rejected.cellDoubleClicked.emit(0, 0)
    qtbot.waitUntil(lambda: bad in win.dialogs, timeout=5000)
    wait_idle(qtbot, win)


def test_sync_page_notices_clock_skew_and_server_restore(qtbot, app, login):
    """The notices come from the stored RoundResult, so they survive a restart of the app."""
    app.put_setting(engine.K_LAST, json.dumps({"ok": True, "skew_seconds": -540.0, "epoch_changed": True}))
    win = login("admin")
    page = win.goto("sync")
    qtbot.waitUntil(lambda: not page.notice.isHidden(), timeout=10000)
    assert "本机时钟与服务器相差 9 分钟" in page.notice.text() and "服务器已从备份恢复" in page.notice.text()
    qtbot.waitUntil(lambda: win.statusBar().warning.text() == "请查看同步页", timeout=5000)


def test_sync_page_and_status_bar_say_the_server_lost_changes_and_they_were_sent_again(qtbot, app, login):
    """The notice comes from the engine's record of the repair, not from the last round: a later quiet round (or a
    failed one) does not hide it; after a few days it goes."""
    import datetime as dt

    from zwcx_desktop.gui.syncpage import RESTORE_NOTICE_DAYS, round_notices
    from zwcx_desktop.sync import repair

    now = dt.datetime.now(dt.UTC)
    app.put_setting(repair.K_RESTORE, json.dumps({"at": now.isoformat(timespec="seconds"), "reason": "cursor",
                                                  "records": 11, "versions": 14}))
    app.put_setting(engine.K_LAST, json.dumps({"ok": True, "skew_seconds": 0.0, "epoch_changed": True}))
    win = login("admin")
    page = win.goto("sync")
    qtbot.waitUntil(lambda: not page.notice.isHidden(), timeout=10000)
    assert "服务器数据已回退，已重新上传 11 条记录" in page.notice.text()
    assert "服务器已从备份恢复" not in page.notice.text()  # one notice for one event
    qtbot.waitUntil(lambda: win.statusBar().warning.text() == "请查看同步页", timeout=5000)
    assert "已重新上传 11 条记录" in win.statusBar().warning.toolTip()
    failed = {"ok": False, "error": "meta: could not reach the sync server"}
    assert any("已重新上传 11 条记录" in n for n in round_notices(failed, repair.restore_notice(app)))
    old = (now - dt.timedelta(days=RESTORE_NOTICE_DAYS, minutes=1)).isoformat(timespec="seconds")
    assert round_notices({"ok": True}, {"at": old, "records": 11}) == []


def test_a_rounds_warnings_reach_the_sync_page_in_chinese(qtbot, app, login):
    warnings = ["3 change(s) of record kinds the municipal server does not know yet (contracts, lawsuits …) wait on "
                "this computer until the server is upgraded; nothing is lost",
                "the municipal server does not take the office's supervision clocks yet (an older server): they "
                "count on this computer only and are sent once it does",
                "this computer's clock differs from the server's by 9 minutes; please correct it"]
    app.put_setting(engine.K_LAST, json.dumps({"ok": True, "skew_seconds": 0.0, "warnings": warnings}))
    win = login("admin")
    page = win.goto("sync")
    qtbot.waitUntil(lambda: not page.notice.isHidden(), timeout=10000)
    text = page.notice.text()
    assert "有 3 项合同、诉讼等新类别记录的修改市级服务器尚不支持" in text and "时限只在本机生效" in text
    assert "9 分钟" not in text  # the clock is said from the round's skew, not twice
    qtbot.waitUntil(lambda: win.statusBar().warning.text() == "请查看同步页", timeout=5000)


def test_deleted_on_one_computer_edited_on_the_other_the_clerk_keeps_the_record(qtbot, app, login, server,
                                                                                 tmp_path):
    from zwcx_desktop.gui.mergedialog import DELETED, MINE, MergeDialog

    t = server.township("A")
    engine.enroll(app, server.url, server.code(t))
    b = second_device(tmp_path / "b")
    engine.enroll(b, server.url, server.code(t))
    rid = app.records.create("unit", {"name": "东风社区", "unit_type": "community"}, ADMIN)
    engine.sync_round(app), engine.sync_round(b)
    app.records.update(rid, {"contact_phone": "0451-1234567"}, ADMIN)
    b.records.delete(rid, ADMIN)
    engine.sync_round(b), engine.sync_round(app)

    win = login("admin")
    page = win.goto("sync")
    qtbot.waitUntil(lambda: page.merge_btn.isVisible(), timeout=10000)
    click(qtbot, page.merge_btn)
    dlg = win.findChild(MergeDialog)
    qtbot.waitUntil(lambda: dlg.table.rowCount() > 0, timeout=10000)
    assert dlg.table.item(0, 0).text() == "记录已删除"
    assert (dlg.table.cellWidget(0, 2).text(), dlg.table.cellWidget(0, 3).text()) == ("否", "是")
    dlg.pick(DELETED, MINE)
    click(qtbot, dlg.save_btn)
    qtbot.waitUntil(lambda: dlg.heading.text() == "没有冲突的记录。", timeout=20000)
    sync_in_gui(qtbot, win)
    engine.sync_round(b)
    for d in (app, b):
        rec = d.records.get(rid)
        assert rec.doc["contact_phone"] == "0451-1234567" and not rec.deleted and rec.sync_state == "synced"
    wait_idle(qtbot, win)
    b.close()


def test_a_round_skipped_because_zwcx_sync_is_running_is_explained_without_backing_off(qtbot, app, login, server):
    from zwcx_desktop.oslock import exclusive

    engine.enroll(app, server.url, server.code(server.township("A")))
    win = login("admin")
    sched = win.ctx.sync
    with exclusive(app.root / "sync.lock"):  # what a `zwcx sync` in a terminal holds while it runs
        with qtbot.waitSignal(sched.finished, timeout=20000) as sig:
            assert sched.sync_now()
    assert not sig.args[0]["ok"] and "本数据目录正在由另一程序同步" in sig.args[0]["error"]
    assert sched.failures == 0
    with qtbot.waitSignal(sched.finished, timeout=20000) as sig:
        assert sched.sync_now()
    assert sig.args[0]["ok"], sig.args[0]

def test_enrolling_in_settings_tells_about_records_made_before_with_another_key(qtbot, app, login, server, tmp_path):
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

    from tests.gui.helpers import type_text
    from tests.store.test_records import service_payload

    t = server.township("A")
    b = second_device(tmp_path / "b")
    engine.enroll(b, server.url, server.code(t))  # the township's first computer: its key is the township's
    b.close()
    app.records.create("service", service_payload(app), ADMIN)  # entered here before this computer enrols
    win = login("admin")
    page = win.goto("settings")
    page.findChild(QLineEdit, "server_url").setText(server.url)
    type_text(qtbot, page.findChild(QLineEdit, "enrol_code"), server.code(t))
    click(qtbot, page.findChild(QPushButton, "enrol"))
    msg = page.findChild(QLabel, "server_msg")
    qtbot.waitUntil(lambda: msg.text().startswith("注册成功"), timeout=10000)
    assert "本机注册前录入的 1 条服务落实记录无法与本乡镇其他电脑的记录比对重复" in msg.text()
    wait_idle(qtbot, win)


def test_enrolling_with_another_townships_code_asks_then_backs_up_and_moves(qtbot, app, login, server):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton

    from tests.gui.helpers import type_text

    engine.enroll(app, server.url, server.code(server.township("A")))
    old_home = app.home_unit_id()
    code_b = server.code(server.township("B"))
    win = login("admin")
    page = win.goto("settings")
    page.findChild(QLineEdit, "server_url").setText(server.url)
    asked: list[str] = []

    def answer():  # the question is modal: answer it the way a clerk would, with the button
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and not asked:
            asked.append(box.text())
            next(b for b in box.buttons() if b.text() == "备份并迁移").click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    type_text(qtbot, page.findChild(QLineEdit, "enrol_code"), code_b)
    click(qtbot, page.findChild(QPushButton, "enrol"))
    msg = page.findChild(QLabel, "server_msg")
    qtbot.waitUntil(lambda: msg.text().startswith("注册成功"), timeout=15000)
    timer.stop()
    assert asked and "A 乡 (A)" in asked[0] and "B 乡 (B)" in asked[0] and "备份" in asked[0]
    assert "before-clean-start-" in msg.text()
    assert json.loads(app.setting(engine.K_TOWNSHIP))["code"] == "B"
    assert app.home_unit_id() != old_home
    wait_idle(qtbot, win)
