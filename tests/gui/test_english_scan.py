"""No English reaches the clerk: after each main workflow, every visible text of every open window is Chinese."""

from __future__ import annotations

import datetime as dt

from tests.gui.english_scan import english_words, shown_windows, untranslated
from tests.gui.helpers import button, choose, click, type_into, wait_idle
from zwcx_desktop.gui.pdfpreview import PdfPreview


def test_the_scan_sees_english_in_a_window():
    from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

    assert english_words("Look in: 文件") == ["Look", "in"]
    assert not english_words("打印（Ctrl+P） 保存为 PDF https://zwcx.example.cn/v/1 /home/a/b.csv")
    dlg = QDialog()
    dlg.setWindowTitle("设置")
    lay = QVBoxLayout(dlg)
    lay.addWidget(QLabel("请先填写“核查结论”"))
    lay.addWidget(QPushButton("Cancel"))
    dlg.show()
    try:
        assert untranslated([dlg]) == ["设置 / QPushButton '' : Cancel".replace(" :", ":")]
    finally:
        dlg.close()


def _scan(qtbot, win, step: str, seen: dict) -> None:
    wait_idle(qtbot, win)
    found = untranslated(shown_windows())
    if found:
        seen[step] = found


def test_no_english_after_the_main_workflows(qtbot, app, login, tmp_path, monkeypatch):
    from tests.io.rosters import csv_bytes, roster_rows

    seen: dict[str, list[str]] = {}
    win = login("admin")
    win.show()
    _scan(qtbot, win, "start", seen)

    # New record, save, submit.
    page = win.goto("commitment")
    click(qtbot, page.new_button)
    dlg = win.last_dialog
    _scan(qtbot, win, "new record", seen)
    today = dt.date.today().isoformat()
    type_into(qtbot, dlg, "title", "证明事项5个工作日办结")
    choose(dlg, "category", "service_time")
    type_into(qtbot, dlg, "content", "材料齐全的证明事项5个工作日内办结。")
    type_into(qtbot, dlg, "responsible_person", "张伟")
    type_into(qtbot, dlg, "made_date", today)
    type_into(qtbot, dlg, "due_date", today)
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.record_id is not None and dlg.view is not None, timeout=5000)
    _scan(qtbot, win, "save", seen)
    click(qtbot, button(dlg, "action_pending_review"))
    qtbot.waitUntil(lambda: dlg.view.status == "pending_review", timeout=5000)
    _scan(qtbot, win, "submit", seen)
    for i in range(dlg.tabs.count()):
        dlg.tabs.setCurrentIndex(i)
        _scan(qtbot, win, f"record tab {i + 1}", seen)

    # Print preview of the draft (watermarked).
    click(qtbot, button(dlg, "print"))
    qtbot.waitUntil(lambda: dlg.findChild(PdfPreview) is not None, timeout=20000)
    preview = dlg.findChild(PdfPreview)
    qtbot.waitUntil(preview.isVisible, timeout=5000)
    _scan(qtbot, win, "print preview", seen)
    preview.close()
    dlg.close()

    # Import wizard, up to its preview page.
    from PySide6.QtWidgets import QPushButton

    from zwcx_desktop.gui.importwizard import MAP_PAGE, PREVIEW_PAGE

    f = tmp_path / "roster.csv"
    f.write_bytes(csv_bytes(roster_rows(5), "gb18030"))
    page = win.goto("service")
    click(qtbot, page.findChild(QPushButton, "import_roster"))
    wiz = page.import_wizard
    _scan(qtbot, win, "import wizard: file", seen)
    wiz.file.setText(str(f))
    wiz.area.setCurrentIndex(wiz.area.findData("elderly"))
    wiz.policy.setText("高龄津贴")
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == MAP_PAGE, timeout=10000)
    _scan(qtbot, win, "import wizard: columns", seen)
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.page() == PREVIEW_PAGE, timeout=10000)
    _scan(qtbot, win, "import wizard: preview", seen)
    wiz.close()

    for key in ("sync", "settings", "dashboard", "stats", "service", "disclosure", "objection"):
        win.goto(key)
        _scan(qtbot, win, f"page {key}", seen)
    assert not seen, "\n".join(f"{step}:\n  " + "\n  ".join(lines) for step, lines in seen.items())
