"""Typing is never lost: closing a changed form asks; a killed session's typing comes back as a draft."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.helpers import button, click, type_into, wait_idle

ROOT = Path(__file__).resolve().parents[2]


def _question(qtbot, owner, name: str) -> QMessageBox:
    box = None

    def shown():
        nonlocal box
        box = next((b for b in owner.findChildren(QMessageBox, name) if b.isVisible()), None)
        return box is not None

    qtbot.waitUntil(shown, timeout=5000)
    return box


def _answer(qtbot, box: QMessageBox, text: str) -> None:
    click(qtbot, next(b for b in box.buttons() if b.text() == text))


def test_escape_on_a_changed_form_asks_and_dont_save_discards_the_typing(qtbot, app, login):
    win = login("clerk")
    click(qtbot, win.goto("disclosure").new_button)
    dlg = win.last_dialog
    type_into(qtbot, dlg, "title", "关于道路硬化的公示")
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    box = _question(qtbot, dlg, "unsaved_changes")
    assert dlg.isVisible() and box.text() == "此表单有尚未保存的修改。"
    assert [b.text() for b in box.buttons()] and {"保存", "不保存", "取消"} <= {b.text() for b in box.buttons()}
    _answer(qtbot, box, "取消")
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
    assert dlg.isVisible() and dlg.boxes["title"].editor.value() == "关于道路硬化的公示"
    click(qtbot, button(dlg, "close"))
    _answer(qtbot, _question(qtbot, dlg, "unsaved_changes"), "不保存")
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=3000)
    assert not list((app.root / "drafts").glob("*.json"))
    from zwcx_desktop.store.queries import Filter, count

    with app.db.read() as s:
        assert count(s, Filter("disclosure")) == 0
    wait_idle(qtbot, win)


def test_save_in_the_question_saves_then_closes_and_an_unchanged_form_closes_at_once(qtbot, app, admin, login):
    rid = app.records.create("commitment", {"unit_id": app.home_unit_id(), "title": "年底前修缮村道",
                                            "content": "修缮村道三公里", "category": "hot_issue",
                                            "responsible_person": "张三", "made_date": "2026-03-01",
                                            "due_date": "2026-12-31"}, admin)
    win = login("clerk")
    win.ctx.bus.open_record.emit("commitment", rid)
    dlg = win.last_dialog
    wait_idle(qtbot, win)
    dlg.close()  # nothing typed: no question
    qtbot.waitUntil(lambda: rid not in win.dialogs, timeout=3000)  # closed and gone
    win.ctx.bus.open_record.emit("commitment", rid)
    dlg = win.last_dialog
    wait_idle(qtbot, win)
    dlg.boxes["title"].editor.set_value("年底前修缮村道和桥梁")
    dlg.close()
    _answer(qtbot, _question(qtbot, dlg, "unsaved_changes"), "保存")
    qtbot.waitUntil(lambda: rid not in win.dialogs, timeout=10000)  # saved, then closed
    assert app.records.get(rid).doc["title"] == "年底前修缮村道和桥梁"
    wait_idle(qtbot, win)


_KILLED_SESSION = textwrap.dedent("""
    import os, signal, sys, time
    from pathlib import Path
    from zwcx_core.domain.enums import Role
    from zwcx_desktop.gui.launch import make_qapp, open_main
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.users import Actor

    qapp = make_qapp()
    win = open_main(App(Path(sys.argv[1])), Actor("clerk", Role.CLERK, "录入员小王"))
    win.open_record("service", "")
    dlg = win.last_dialog
    dlg.boxes["beneficiary_name"].editor.set_value("王秀英")
    dlg.boxes["citizen_id"].editor.set_value(sys.argv[2])
    deadline = time.monotonic() + 20
    drafts = Path(sys.argv[1]) / "drafts"
    while not list(drafts.glob("*.json")) and time.monotonic() < deadline:  # the autosave, every 3 s
        qapp.processEvents()
        time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGKILL)  # a crash or a power cut: nothing is saved or closed
""")


def test_typing_of_a_killed_session_is_offered_back_without_the_id_number(qtbot, app, login, tmp_path):
    from zwcx_desktop.notices.samples import citizen_id

    root = app.root
    env = os.environ | {"ZWCX_ALLOW_FILE_KEYRING": "1"}
    p = subprocess.run([sys.executable, "-c", _KILLED_SESSION, str(root), citizen_id(7)], env=env,
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == -signal.SIGKILL, p.stderr[-2000:]
    (draft,) = (root / "drafts").glob("*.json")
    text = draft.read_text("utf-8")
    assert "王秀英" in text and citizen_id(7) not in text and json.loads(text)["user"] == "clerk"
    win = login("clerk")  # the next session
    _answer(qtbot, _question(qtbot, win, "offer_drafts"), "打开继续填写")
    qtbot.waitUntil(lambda: win.last_dialog is not None and win.last_dialog.isVisible(), timeout=5000)
    dlg = win.last_dialog
    assert dlg.boxes["beneficiary_name"].editor.value() == "王秀英"
    assert not dlg.boxes["citizen_id"].editor.value()  # never kept: typed again
    assert "草稿" in dlg.notice.text()
    wait_idle(qtbot, win)
