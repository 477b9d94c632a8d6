"""Link pickers find any record (not only the latest 300) by searching, and tell same-titled records apart."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QTableWidget

from tests.gui.helpers import choose, click, type_text, wait_idle


def _disclosure(app, admin, title: str, formed: str) -> str:
    return app.records.create("disclosure", {"unit_id": app.home_unit_id(), "kind": "affairs", "title": title,
                                             "body": "内容", "formed_date": formed, "period_start": formed}, admin)


def test_an_objection_picks_any_disclosure_by_search_with_date_and_status(qtbot, app, admin, login):
    old = _disclosure(app, admin, "关于道路硬化的公示", "2026-01-05")  # the oldest: beyond a 'latest 300' list
    same = _disclosure(app, admin, "关于道路硬化的公示", "2026-03-02")  # the same title, another date
    app.records.create_many("disclosure", [
        {"unit_id": app.home_unit_id(), "kind": "affairs", "title": f"关于第{i}批事项的公示", "body": "内容",
         "formed_date": "2026-04-01", "period_start": "2026-04-01"} for i in range(320)], admin)
    win = login("clerk")
    click(qtbot, win.goto("objection").new_button)
    dlg = win.last_dialog
    choose(dlg, "target_kind", "disclosure")
    picker = dlg.boxes["target_id"].editor
    click(qtbot, picker.choose)
    chooser = picker.chooser
    table = chooser.findChild(QTableWidget, "chooser_table")
    qtbot.waitUntil(lambda: table.rowCount() == 200, timeout=10000)  # the first 200 of 322, and says so
    assert "322" in chooser.findChild(QLabel, "chooser_count").text()
    type_text(qtbot, chooser.findChild(QLineEdit, "chooser_search"), "道路硬化")
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=10000)
    lines = {(table.item(i, 0).text(), table.item(i, 1).text(), table.item(i, 2).text()): table.item(i, 0)
             for i in range(2)}
    assert set(lines) == {("关于道路硬化的公示", "2026-01-05", "草稿"), ("关于道路硬化的公示", "2026-03-02", "草稿")}
    table.setCurrentItem(lines[("关于道路硬化的公示", "2026-01-05", "草稿")])
    chooser.accept()
    assert picker.value() == old and "2026-01-05" in picker.shown.text()
    assert "2026-03-02" not in picker.shown.text() and not chooser.isVisible()  # the one chosen, and closed
    assert same != old
    wait_idle(qtbot, win)


def test_only_the_administrator_picks_or_reads_a_person_level_dishonesty_record_as_a_target(qtbot, app, admin, login):
    from tests.dishonesty_docs import person_record, unit_record

    person = person_record(app)
    pid = app.records.create("dishonesty", person, admin)
    uid = app.records.create("dishonesty", unit_record(app), admin)

    def chooser_titles(win):
        click(qtbot, win.goto("objection").new_button)
        dlg = win.last_dialog
        choose(dlg, "target_kind", "dishonesty")
        picker = dlg.boxes["target_id"].editor
        click(qtbot, picker.choose)
        table = picker.chooser.findChild(QTableWidget, "chooser_table")
        qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=10000)
        wait_idle(qtbot, win)
        return dlg, picker, {table.item(i, 0).data(0x0100): table.item(i, 0).text() for i in range(table.rowCount())}

    win = login("admin")
    dlg, picker, titles = chooser_titles(win)
    assert set(titles) == {pid, uid} and titles[pid] == person["title"]
    picker.chooser.reject()
    dlg.close()
    win.close()

    win = login("clerk")
    dlg, picker, titles = chooser_titles(win)
    assert set(titles) == {uid}  # the person-level record is not offered to a clerk
    picker.chooser.reject()
    # An objection an administrator linked to it names it to a clerk only as such a record.
    picker.set_value(pid)
    qtbot.waitUntil(lambda: picker.shown.text() != "", timeout=5000)
    assert person["title"] not in picker.shown.text() and "仅管理员可见" in picker.shown.text()
