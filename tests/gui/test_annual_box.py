"""The 工作台's yearly arrears announcement box (gui/annualbox.py): Save as PDF… writes the announcement, a folder
that cannot be written is said in a sentence (no traceback), and Mark as published stops the reminder."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from tests.gui.helpers import wait_idle


def _answer(qtbot, box, button_text: str) -> None:
    button = next(b for b in box.buttons() if b.text() == button_text)
    button.click()
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)


def test_the_announcement_is_saved_refused_in_a_sentence_and_marked_published(qtbot, app, login, boxes,
                                                                              monkeypatch, tmp_path):
    from zwcx_desktop.gui.annualbox import open_annual
    from zwcx_desktop.store.reminders import published_years

    win = login("admin")
    dash = win.goto("dashboard")
    wait_idle(qtbot, win)
    target = [str(tmp_path / "missing" / "公告.pdf")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (target[0], "")))

    _answer(qtbot, open_annual(dash, 2025), "将公告保存为 PDF…")
    qtbot.waitUntil(lambda: bool(boxes), timeout=10000)
    kind, title, text = boxes[-1]
    assert kind == "warning" and title == "保存公告" and text and "Traceback" not in text

    target[0] = str(tmp_path / "公告.pdf")
    _answer(qtbot, open_annual(dash, 2025), "将公告保存为 PDF…")
    qtbot.waitUntil(lambda: len(boxes) == 2, timeout=10000)
    assert boxes[-1][0] == "information" and (tmp_path / "公告.pdf").read_bytes().startswith(b"%PDF")

    _answer(qtbot, open_annual(dash, 2025), "标记为已公开")
    wait_idle(qtbot, win)
    with app.db.read() as s:
        assert 2025 in published_years(s)
