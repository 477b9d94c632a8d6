"""Starting without a display explains what to do; only the gui package imports Qt."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_no_display_prints_help_and_fails_cleanly(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["ZWCX_DATA_DIR"] = str(tmp_path / "data")
    r = subprocess.run([sys.executable, "-m", "zwcx_desktop.gui.launch"], env=env, capture_output=True, text=True,
                       timeout=60, cwd=ROOT)
    if not sys.platform.startswith("linux"):
        return
    assert r.returncode == 2
    assert "QT_QPA_PLATFORM=offscreen" in r.stderr and "zwcx --help" in r.stderr
    assert "Traceback" not in r.stderr


def test_only_the_gui_package_imports_pyside6():
    offenders = []
    for p in (ROOT / "zwcx_desktop").rglob("*.py"):
        if "gui" in p.relative_to(ROOT / "zwcx_desktop").parts[:1]:
            continue
        # Imports only: the store's collation locates the ICU library shipped beside Qt by the package's name.
        if re.search(r"^\s*(import|from)\s+PySide6|import_module\(\s*[\"']PySide6",
                     p.read_text(encoding="utf-8"), re.M):
            offenders.append(str(p.relative_to(ROOT)))
    assert not offenders


def test_layout_and_last_page_are_remembered(qtbot, app, admin):
    from zwcx_desktop.gui.launch import open_main

    win = open_main(app, admin)
    qtbot.addWidget(win)
    win.goto("stats")
    win.resize(701, 501)
    win.close()
    win.ctx.runner.wait()
    again = open_main(app, admin)
    qtbot.addWidget(again)
    assert again.current_key() == "stats"
    assert again.size().width() == 701
    again.close()
    again.ctx.runner.wait()


def test_login_window_first_then_main_window(qtbot, app, data_dir):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from tests.conftest import PASSWORD
    from tests.gui.helpers import type_text
    from zwcx_desktop.gui.launch import Starter

    starter = Starter(str(data_dir))
    qtbot.addWidget(starter.login)
    assert starter.login.isVisible()
    assert starter.login.ok.isEnabled()  # the password is checked through the glance: no wait for the store
    starter.login.user.clear()
    type_text(qtbot, starter.login.user, "reviewer")
    type_text(qtbot, starter.login.password, PASSWORD)
    qtbot.mouseClick(starter.login.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: starter.win is not None, timeout=5000)
    qtbot.addWidget(starter.win)
    assert starter.win.isVisible() and not starter.login.isVisible()
    assert starter.win.ctx.actor.username == "reviewer"
    qtbot.waitUntil(lambda: starter.win.ready, timeout=10000)
    assert starter.win.findChild(QWidget, "page_dashboard").isVisible()
    starter.runner.wait()
    assert starter.app.setting("last_user") == "reviewer"  # offered in the login window next time
    starter.win.close()
    starter.runner.wait()
    starter.app.close()


def test_main_window_shows_before_the_store_and_fills_when_it_opens(qtbot, app, admin):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel

    from zwcx_desktop.gui.launch import open_main

    win = open_main(None, admin, home_name="新阳路街道")
    qtbot.addWidget(win)
    assert "新阳路街道" in win.windowTitle() and not win.ready
    assert win.stack.currentWidget().text() == "正在打开记录…"
    win.goto("commitment")  # the clerk can click around; every page says it is opening
    assert isinstance(win.stack.currentWidget(), QLabel) and not win.pages
    for act in ("act_new", "act_search", "act_print", "act_print_board"):
        win.findChild(QAction, act).trigger()  # nothing to act on yet: ignored, no error
    assert not win.dialogs
    win.attach(app)
    assert win.ready and win.current_key() == "commitment"
    page = win.stack.currentWidget()
    assert page.objectName() == "page_commitment"
    qtbot.waitUntil(lambda: page.model.total == 0 and page.count.text() != "", timeout=5000)
    win.findChild(QAction, "act_new").trigger()
    assert len(win.dialogs) == 1
    for d in list(win.dialogs.values()):
        d.close()
    win.close()
    win.ctx.runner.wait()


def test_an_older_database_is_migrated_before_anyone_logs_in(qtbot, app, data_dir):
    from zwcx_desktop.config import db_path
    from zwcx_desktop.gui.launch import Starter

    app.close()
    # Really bring the file back to the first revision (as an older zwcx left it), so every migration runs.
    from alembic import command

    from zwcx_desktop.store import migrate
    from zwcx_desktop.store.db import make_engine

    engine = make_engine(db_path(data_dir))
    with engine.begin() as c:
        command.downgrade(migrate.alembic_config(c), "0001_initial")
    engine.dispose()
    starter = Starter(str(data_dir))
    qtbot.addWidget(starter.login)
    assert not starter.login.ok.isEnabled() and starter.login.error.text() == "正在打开数据目录…"
    qtbot.waitUntil(lambda: starter.login.ok.isEnabled(), timeout=20000)
    assert starter.app.migration.before == "0001_initial"
    assert starter.login.user.text() == "admin"  # nobody logged in yet: the administrator set-up created
    starter.login.rejected.disconnect()  # closing the login window quits the application: not in a test run
    starter.runner.wait()
    starter.app.close()


def test_first_run_wizard_checks_fields_then_sets_up(qtbot, tmp_path):
    from PySide6.QtWidgets import QPushButton

    from tests.conftest import CONTACT, USCC
    from tests.gui.helpers import click, type_text
    from zwcx_desktop.gui.wizard import SetupWizard
    from zwcx_desktop.store.app import App

    fresh = App(tmp_path / "fresh")
    wiz = SetupWizard(fresh)
    qtbot.addWidget(wiz)
    wiz.show()
    box = wiz.boxes
    type_text(qtbot, box["unit_name"].editor, "道里区安静街道办事处")
    type_text(qtbot, box["unit_code"].editor, "911100006000373410")  # wrong check character
    type_text(qtbot, box["division"].editor, "230102")
    type_text(qtbot, box["password"].editor, "short")
    type_text(qtbot, box["contact_phone"].editor, "8466")  # too short for a phone number
    click(qtbot, wiz.findChild(QPushButton, "setup_ok"))
    assert box["unit_code"].error.isVisible() and box["password"].error.text() == "密码至少需要 8 个字符"
    # The contact block every notice prints is required, part by part, and the phone must be one.
    for name in ("contact_person", "address", "supervisor", "supervision_phone"):
        assert box[name].error.isVisible() and box[name].error.text() == "必填", name
    assert box["contact_phone"].error.text().startswith("不是有效的电话号码") and "8466" not in box["contact_phone"].error.text()
    assert not fresh.initialised
    box["contact_phone"].editor.clear()
    for name, value in CONTACT.items():
        type_text(qtbot, box[name].editor, value)
    box["unit_code"].editor.clear()
    type_text(qtbot, box["unit_code"].editor, USCC)
    for name in ("password", "password2"):
        box[name].editor.clear()
        type_text(qtbot, box[name].editor, "long-enough-1")
    click(qtbot, wiz.findChild(QPushButton, "setup_ok"))
    assert fresh.initialised
    from zwcx_desktop.store.contact import home_contact

    assert home_contact(fresh).supervision_line() == "监督电话：道里区纪委监委 0451-84612388；12345政务服务便民热线"
    fresh.close()


def test_typing_in_the_login_window_is_not_disturbed_when_the_store_opens(qtbot, app, data_dir):
    from tests.gui.helpers import type_text
    from zwcx_desktop.gui.launch import Starter

    starter = Starter(str(data_dir))
    qtbot.addWidget(starter.login)
    starter.login.user.clear()
    starter.login.user.setFocus()
    type_text(qtbot, starter.login.user, "revi")
    qtbot.waitUntil(lambda: starter.app is not None, timeout=10000)  # the store opened meanwhile
    type_text(qtbot, starter.login.user, "ewer")
    assert starter.login.user.text() == "reviewer" and starter.login.password.text() == ""
    starter.login.rejected.disconnect()
    starter.runner.wait()
    for opened in starter.opened:
        opened.close()


def test_a_database_that_breaks_after_the_window_opened_is_reported_at_login(qtbot, app, data_dir):
    from tests.conftest import PASSWORD
    from zwcx_desktop.config import db_path
    from zwcx_desktop.gui.login import LoginDialog

    dlg = LoginDialog(data_dir)
    qtbot.addWidget(dlg)
    assert dlg.ok.isEnabled()
    app.close()
    for p in data_dir.glob("zwcx.sqlite3*"):
        p.unlink()
    db_path(data_dir).write_bytes(b"not a database" * 500)  # replaced behind our back
    dlg.user.setText("admin")
    dlg.password.setText(PASSWORD)
    dlg.try_login()
    assert dlg.actor is None and dlg.error.text() != ""


@pytest.mark.parametrize("damage", ["cut in half", "empty", "not a database"])
def test_a_damaged_or_empty_database_is_one_chinese_sentence_at_start(qtbot, app, data_dir, boxes, damage,
                                                                      monkeypatch):
    """No traceback and no window on a store that cannot be one: a message box in Chinese naming the file, where
    the backups are and the command that restores one."""
    from zwcx_desktop.config import db_path
    from zwcx_desktop.gui.launch import Starter

    app.close()
    path = db_path(data_dir)
    size = path.stat().st_size
    if damage == "cut in half":
        with path.open("r+b") as f:
            f.truncate(size // 2)
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        path.write_text("不是数据库\n" * 500, encoding="utf-8")
    quits: list[int] = []
    monkeypatch.setattr(Starter, "_quit", lambda _self, code: quits.append(code))  # not the test run's event loop
    starter = Starter(str(data_dir))
    qtbot.addWidget(starter.login)
    qtbot.waitUntil(lambda: bool(boxes), timeout=20000)
    starter.runner.wait()
    (kind, _title, text), = boxes
    assert kind == "critical" and str(path) in text and str(data_dir / "backups") in text, text
    assert "zwcx restore" in text and ("空文件" if damage == "empty" else "已损坏") in text, text
    assert "Traceback" not in text and "Error" not in text and "\n" not in text
    assert starter.win is None and starter.opened == [] and quits == [1]  # nothing opened behind the message
    if damage == "empty":
        assert path.stat().st_size == 0  # refused, not made into a new office


def test_a_full_disk_during_work_is_said_in_chinese_without_sql():
    """errors.describe (every failure the desktop shows) turns a database error into its line, never its SQL."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from zwcx_desktop.gui.errors import describe

    exc = OperationalError("INSERT INTO records VALUES (?)", ("王建军",), sqlite3.OperationalError("database or disk is full"))
    text = describe(exc)
    assert text.startswith("磁盘已满") and "INSERT" not in text and "王建军" not in text, text
