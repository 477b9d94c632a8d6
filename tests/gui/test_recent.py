"""最近打开: records opened in a form come back under File, per data folder and across sessions."""

from __future__ import annotations


def _recent_texts(win) -> list[str]:
    return [a.text() for a in win.recent.menu.actions()]


def test_recently_opened_records_are_listed_newest_first_and_open_their_form(qtbot, app, admin, login):
    from PySide6.QtWidgets import QMenu

    from tests.conftest import commitment_payload
    from zwcx_desktop.gui.launch import open_main
    from zwcx_desktop.gui.recent import load
    from zwcx_desktop.store.app import App

    first = app.records.create("commitment", commitment_payload(app, title="第一项承诺"), admin)
    second = app.records.create("commitment", commitment_payload(app, title="第二项承诺"), admin)
    win = login("admin")
    qtbot.waitUntil(lambda: _recent_texts(win) == ["（暂无）"], timeout=5000)
    assert not win.recent.menu.actions()[0].isEnabled()
    for rid in (first, second):
        win.open_record("commitment", rid)
        win.dialogs[rid].close()
    qtbot.waitUntil(lambda: _recent_texts(win) == ["&1 承诺事项：第二项承诺", "&2 承诺事项：第一项承诺"], timeout=5000)
    assert win.findChild(QMenu, "menu_recent").title() == "最近打开"

    again = open_main(app, admin)  # the next session of the same data folder
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: len(_recent_texts(again)) == 2, timeout=5000)
    again.recent.menu.actions()[1].trigger()
    assert first in again.dialogs and again.dialogs[first].record_id == first
    again.dialogs[first].close()
    qtbot.waitUntil(lambda: _recent_texts(again)[0] == "&1 承诺事项：第一项承诺", timeout=5000)

    app.records.delete(second, admin)  # a deleted record drops out of the menu
    again.recent.refresh()
    qtbot.waitUntil(lambda: _recent_texts(again) == ["&1 承诺事项：第一项承诺"], timeout=5000)
    again.close()
    again.ctx.runner.wait()

    other = App(app.root.parent / "other")  # another data folder keeps its own list
    assert load(other.root) == [] and len(load(app.root)) == 2
    other.close()
