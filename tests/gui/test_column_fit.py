"""List columns fit the table until the clerk sizes one by hand: 状态, the last column, stays in view."""

from __future__ import annotations


def test_fit_widths_shrinks_in_proportion_down_to_the_least_widths():
    from zwcx_desktop.gui.columnfit import fit_widths

    assert fit_widths([300, 100, 100], [100, 80, 80], 600) == [300, 100, 100]  # room enough: unchanged
    fitted = fit_widths([300, 100, 100], [100, 80, 80], 400)
    assert sum(fitted) <= 400 and fitted[0] < 300 and all(w >= m for w, m in zip(fitted, [100, 80, 80], strict=True))
    assert fit_widths([300, 100, 100], [100, 80, 80], 200) == [100, 80, 80]  # never below legibility


def test_status_column_stays_in_view_on_a_narrow_window_until_a_column_is_sized_by_hand(qtbot, app, login):
    from tests.gui.helpers import wait_idle

    win = login("clerk")
    win.resize(760, 500)
    page = win.goto("service")
    wait_idle(qtbot, win)
    header = page.table.horizontalHeader()
    status = page.model.columns.index("status")

    def status_end() -> int:
        return header.sectionViewportPosition(status) + header.sectionSize(status)

    qtbot.waitUntil(lambda: 0 < status_end() <= page.table.viewport().width(), timeout=5000)
    header.resizeSection(0, 400)  # the clerk widens the first column: the table scrolls, as asked
    win.resize(740, 500)
    wait_idle(qtbot, win)
    assert header.sectionSize(0) == 400 and status_end() > page.table.viewport().width()
