"""File → 恢复备份… in the desktop, and the desktop as its data folder's one writer."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.conftest import commitment_payload
from zwcx_desktop.store.backup import create_backup
from zwcx_desktop.store.writerlock import FolderBusy, WriterLock


def _restore_through_the_menu(qtbot, win, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    win.findChild(QAction, "act_restore_backup").trigger()
    box = win.findChild(QMessageBox, "restore_confirm")
    qtbot.waitUntil(box.isVisible)
    assert path.name in box.text() and "替换本机的全部记录" in box.text()
    with qtbot.waitSignal(win.restore_backup.finished, timeout=20000) as done:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    return done.args[0]


def _ids(qtbot, win) -> list[str]:
    """The ids the commitment list shows, once its query has come back."""
    from tests.gui.helpers import wait_idle

    page = win.goto("commitment")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.count.text() not in ("", "正在搜索…"), timeout=5000)
    return sorted(page.model.record_id(r) for r in range(page.model.rowCount()))


def test_an_administrator_restores_a_backup_from_the_file_menu(qtbot, app, admin, login, boxes, monkeypatch,
                                                               tmp_path):
    kept = app.records.create("commitment", commitment_payload(app), admin)
    bk = tmp_path / "b.zip"
    manifest = create_backup(app.root, bk)
    later = app.records.create("commitment", commitment_payload(app, title="备份之后"), admin)
    win = login("admin")
    qtbot.waitUntil(lambda: win.ready, timeout=5000)
    assert _ids(qtbot, win) == sorted([kept, later])
    for page in ("dashboard", "stats", "sync"):  # built on the old store; the restore replaces them
        win.goto(page)
    from tests.gui.helpers import wait_idle

    wait_idle(qtbot, win)
    old = win.ctx.app
    assert _restore_through_the_menu(qtbot, win, monkeypatch, bk) is True
    new = win.ctx.app
    try:
        assert new is not old and win.ready
        assert ("information", "恢复备份") == boxes[-1][:2]
        assert f"现有记录与 {manifest['created_at']} 生成的备份一致" in boxes[-1][2], boxes
        assert _ids(qtbot, win) == [kept]  # the pages were rebuilt on the restored store
        # The pages it replaced no longer listen: a change reaches only the live ones (pytest-qt fails the test
        # on an exception in a slot, as a deleted date editor of the old statistics page raised).
        win.ctx.bus.record_changed.emit("commitment", kept)
        wait_idle(qtbot, win)
        assert list((app.root / "backups").glob("pre-restore-*.sqlite3"))
        # The desktop is still the one writer: it kept the lock through the restore and holds it now.
        with pytest.raises(FolderBusy, match=f"zwcx desktop \\(pid {os.getpid()},"):
            WriterLock(app.root, "zwcx add").acquire(wait=0.1)
    finally:
        win.close()
        win.ctx.runner.wait()
        new.close()
    WriterLock(app.root, "zwcx add").acquire(wait=0).release()  # closing the store let it go


def test_a_refused_backup_changes_nothing_and_the_records_reopen(qtbot, app, admin, login, boxes, monkeypatch,
                                                                tmp_path):
    rid = app.records.create("commitment", commitment_payload(app), admin)
    bad = tmp_path / "photo.zip"
    bad.write_bytes(b"\x89PNG not a backup")
    win = login("admin")
    qtbot.waitUntil(lambda: win.ready, timeout=5000)
    assert _restore_through_the_menu(qtbot, win, monkeypatch, bad) is False
    try:
        assert boxes[-1][0] == "warning" and "备份未恢复，记录保持原样" in boxes[-1][2]
        assert "不是 zwcx 备份" in boxes[-1][2], boxes[-1][2]  # the reason, in Chinese
        assert win.ready and _ids(qtbot, win) == [rid]
    finally:
        win.close()
        win.ctx.runner.wait()
        win.ctx.app.close()


def test_only_an_administrator_sees_the_restore_action(qtbot, login):
    win = login("clerk")
    assert win.findChild(QAction, "act_restore_backup") is None and win.findChild(QAction, "act_make_backup") is None
    win = login("admin")
    assert win.findChild(QAction, "act_restore_backup") is not None
    assert [a.objectName() for a in win.ui.menu_file.actions()][-4:] == ["act_make_backup", "act_restore_backup", "",
                                                                         "act_quit"]


def test_an_administrator_backs_up_from_the_file_menu_and_restores_that_backup(qtbot, app, admin, login, boxes,
                                                                              monkeypatch, tmp_path):
    import json
    import zipfile

    kept = app.records.create("commitment", commitment_payload(app), admin)
    win = login("admin")
    qtbot.waitUntil(lambda: win.ready, timeout=5000)
    out = tmp_path / "U盘" / "备份"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    # A folder that does not exist: refused with its reason, nothing half-written.
    with qtbot.waitSignal(win.make_backup.finished, timeout=20000) as done:
        win.findChild(QAction, "act_make_backup").trigger()
    assert done.args[0] is False and boxes[-1][0] == "warning" and "备份未写入" in boxes[-1][2]
    assert not out.parent.exists()
    out.parent.mkdir()
    with qtbot.waitSignal(win.make_backup.finished, timeout=20000) as done:
        win.findChild(QAction, "act_make_backup").trigger()
    assert done.args[0] is True and win.make_backup.message.startswith(f"备份已写入 {out}.zip")
    with zipfile.ZipFile(out.with_suffix(".zip")) as z:
        assert json.loads(z.read("manifest.json"))["attachments"] == 0
    later = app.records.create("commitment", commitment_payload(app, title="备份之后"), admin)
    assert _ids(qtbot, win) == sorted([kept, later])
    try:
        assert _restore_through_the_menu(qtbot, win, monkeypatch, out.with_suffix(".zip")) is True
        assert _ids(qtbot, win) == [kept]
    finally:
        win.close()
        win.ctx.runner.wait()
        win.ctx.app.close()


def test_the_desktop_holds_the_writer_lock_while_its_store_is_open(qtbot, app, data_dir, capsys, monkeypatch):
    from zwcx_desktop.cli.main import BUSY_EXIT, main
    from zwcx_desktop.gui.launch import open_app

    monkeypatch.setenv("ZWCX_WRITER_WAIT", "0.2")
    opened = open_app(None, str(data_dir))
    try:
        code = main(["--data-dir", str(data_dir), "demo", "--records", "2"])
        err = capsys.readouterr().err
        assert code == BUSY_EXIT and f"zwcx desktop (pid {os.getpid()}, since" in err, err
        assert main(["--data-dir", str(data_dir), "check"]) == 0  # readers share
    finally:
        opened.close()
    assert main(["--data-dir", str(data_dir), "demo", "--records", "2"]) == 0


def test_a_desktop_started_while_another_program_writes_says_so_in_chinese(qtbot, app, data_dir, boxes, monkeypatch):
    from zwcx_desktop.gui.launch import Starter

    monkeypatch.setenv("ZWCX_WRITER_WAIT", "0.2")
    quits: list[int] = []
    # QApplication.exit() would end every later test's event loop at once: record the desktop giving up instead.
    monkeypatch.setattr(Starter, "_quit", lambda self, code: quits.append(code))
    with WriterLock(data_dir, "zwcx import"):
        starter = Starter(str(data_dir))
        qtbot.addWidget(starter.login)
        qtbot.waitUntil(lambda: bool(boxes), timeout=10000)
    assert quits == [1]
    kind, _title, text = boxes[0]
    assert kind == "critical" and "另一个 zwcx 正在写入数据文件夹" in text and "zwcx import" in text, text
    assert "本次未写入任何内容" in text
    assert starter.app is None
