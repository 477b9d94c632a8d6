"""The roster import wizard links every imported record to the roster notice chosen on its first page."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QTableWidget
from sqlalchemy import text

from tests.gui.english_scan import shown_windows, untranslated
from tests.gui.helpers import click
from tests.gui.test_import_wizard import _open_wizard, _to_preview
from tests.io.rosters import roster_rows, write_xlsx
from zwcx_desktop.gui.importwizard import FILE_PAGE


def _notice(app, actor) -> str:
    return app.records.create("disclosure", {
        "unit_id": app.home_unit_id(), "kind": "service", "title": "关于2026年3月高龄津贴发放对象的公示",
        "body": "现将名单公示如下。", "formed_date": "2026-03-02", "contains_personal_data": True}, actor)


def _links(app) -> list[str | None]:
    with app.db.read() as s:
        return list(s.execute(text("SELECT disclosure_id FROM service_records WHERE deleted = 0")).scalars())


def _choose_notice(qtbot, wiz) -> None:
    click(qtbot, wiz.findChild(QPushButton, "import_notice_choose"))
    table = wiz.chooser.findChild(QTableWidget, "chooser_table")
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=10000)
    assert untranslated(shown_windows()) == []  # the wizard's first page and the chooser
    wiz.chooser.accept()


def test_the_imported_rows_are_linked_to_the_chosen_notice(qtbot, login, app, clerk, tmp_path):
    notice = _notice(app, clerk)
    f = write_xlsx(tmp_path / "roster.xlsx", roster_rows(6))
    win, page, wiz = _open_wizard(qtbot, login, f)
    assert wiz.notice.placeholderText() == "可选，未选择"
    _choose_notice(qtbot, wiz)
    assert wiz.notice_id == notice and "关于2026年3月高龄津贴发放对象的公示" in wiz.notice.text()
    _to_preview(qtbot, wiz)
    assert wiz.plan.disclosure_id == notice
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.result is not None, timeout=20000)
    assert wiz.done_label.text() == ("已导入 6 条服务落实记录。 这些记录已关联到名单公示“关于2026年3月高龄津贴发放对象的"
                                     "公示”。")
    assert _links(app) == [notice] * 6


def test_a_notice_withdrawn_before_the_preview_stops_on_the_first_pages(qtbot, login, app, clerk, tmp_path):
    notice = _notice(app, clerk)
    f = write_xlsx(tmp_path / "roster.xlsx", roster_rows(3))
    win, page, wiz = _open_wizard(qtbot, login, f)
    _choose_notice(qtbot, wiz)
    app.records.transition(notice, "withdrawn", clerk)  # another clerk withdraws it meanwhile
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: bool(wiz.combos), timeout=10000)
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: bool(wiz.error.text()), timeout=10000)
    assert wiz.error.text() == "所选名单公示的状态为“撤回”，不会再公示，不能再关联记录：请另选。"
    click(qtbot, wiz.findChild(QPushButton, "import_notice_clear"))
    assert wiz.notice_id is None and wiz.notice.text() == ""
    assert _links(app) == [] and wiz.page() != FILE_PAGE
