"""The whole path of a commitment through the desktop, by clerk and reviewer, as they would click it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.gui.helpers import button, choose, click, type_into, type_text, wait_idle


def _new_commitment(qtbot, win, title: str):
    page = win.goto("commitment")
    click(qtbot, page.new_button)
    dlg = win.last_dialog
    today = dt.date.today().isoformat()
    type_into(qtbot, dlg, "title", title)
    choose(dlg, "category", "service_time")
    type_into(qtbot, dlg, "content", "材料齐全的证明事项5个工作日内办结。")
    type_into(qtbot, dlg, "responsible_person", "张伟")
    type_into(qtbot, dlg, "made_date", today)
    type_into(qtbot, dlg, "due_date", today)
    return dlg


def test_commitment_from_draft_to_fulfilled_and_the_rate(qtbot, app, login, boxes, tmp_path):
    from zwcx_core.domain.lifecycle import NotPermitted
    from zwcx_desktop.store.users import Actor

    # The clerk creates a commitment and submits it.
    win = login("clerk")
    dlg = _new_commitment(qtbot, win, "证明事项5个工作日办结")
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.record_id is not None and dlg.view is not None, timeout=5000)
    rid = dlg.record_id
    assert "草拟" in dlg.header.text()
    click(qtbot, button(dlg, "action_pending_review"))
    qtbot.waitUntil(lambda: dlg.view.status == "pending_review", timeout=5000)
    assert "待审" in dlg.header.text()

    # A clerk cannot approve: there is no button, and core refuses too.
    assert button(dlg, "action_published") is None
    with pytest.raises(NotPermitted):
        app.records.transition(rid, "published", Actor("clerk", win.ctx.actor.role))
    dlg.close()

    # The reviewer approves and publishes it, from the list of records waiting for review on the dashboard.
    win = login("reviewer")
    dash = win.goto("dashboard")
    wait_idle(qtbot, win)
    review = dash.lists["review"]
    assert any("证明事项5个工作日办结" in review.item(i).text() for i in range(review.count()))
    item = next(review.item(i) for i in range(review.count()) if "证明事项" in review.item(i).text())
    review.itemDoubleClicked.emit(item)
    dlg = win.last_dialog
    assert dlg.record_id == rid
    approve = button(dlg, "action_published")
    assert approve is not None and approve.text() == "审核通过并公开"
    click(qtbot, approve)
    qtbot.waitUntil(lambda: dlg.view.status == "published", timeout=5000)
    assert "已公开" in dlg.header.text()
    dlg.close()

    # The clerk records progress with an evidence file, then marks the commitment fulfilled.
    win = login("clerk")
    win.ctx.bus.open_record.emit("commitment", rid)
    dlg = win.last_dialog
    dlg.tabs.setCurrentWidget(dlg.progress)
    evidence = tmp_path / "现场照片.jpg"
    evidence.write_bytes(b"\xff\xd8\xff fake jpeg")
    type_text(qtbot, dlg.progress.note, "已完成窗口改造，办结时限公示上墙。")
    qtbot.keyClicks(dlg.progress.percent, "100")
    dlg.progress.evidence.add_paths([str(evidence)])
    qtbot.waitUntil(lambda: len(dlg.progress.evidence.hashes) == 1, timeout=5000)
    assert dlg.progress.evidence.list.item(0).text() == "现场照片.jpg"
    click(qtbot, dlg.progress.add)
    qtbot.waitUntil(lambda: dlg.view.status == "in_progress", timeout=5000)
    assert dlg.progress.table.rowCount() == 1
    assert dlg.progress.table.item(0, 3).text() == "现场照片.jpg"
    click(qtbot, button(dlg, "action_fulfilled"))
    qtbot.waitUntil(lambda: dlg.view.status == "fulfilled_on_time", timeout=5000)
    assert "按期兑现" in dlg.header.text()

    # The statistics page shows the new commitment-keeping rate.
    stats = win.goto("stats")
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: stats.table.rowCount() > 0, timeout=5000)
    assert stats.table.item(0, 0).text() == "全部单位"
    assert stats.table.item(0, 1).text() == "100.0%"
    assert boxes == []


def test_invalid_input_shows_messages_beside_fields_and_writes_nothing(qtbot, app, login, boxes):
    from sqlalchemy import func, select

    from zwcx_desktop.store.models import Commitment, RecordVersion

    win = login("clerk")
    page = win.goto("commitment")
    click(qtbot, page.new_button)
    dlg = win.last_dialog
    type_into(qtbot, dlg, "due_date", "2026-13-45")
    type_into(qtbot, dlg, "title", "")
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.boxes["title"].error.isVisible(), timeout=5000)
    assert dlg.boxes["title"].error.text() == "必填"
    assert "不是真实存在的日期" in dlg.boxes["due_date"].error.text()
    assert dlg.boxes["category"].error.isHidden()  # category has a default choice: nothing to say
    assert "未保存" in dlg.notice.text()
    assert dlg.record_id is None
    with app.db.read() as s:
        assert s.execute(select(func.count()).select_from(Commitment)).scalar_one() == 0
        assert s.execute(select(func.count()).select_from(RecordVersion)
                         .where(RecordVersion.kind == "commitment")).scalar_one() == 0
    assert boxes == []


def test_search_finds_a_two_character_chinese_name(qtbot, app, login, admin):
    from tests.conftest import commitment_payload

    for person, title in (("张伟", "低保审核20日办结"), ("李娜", "高龄津贴按月发放"), ("王芳", "老旧小区改造")):
        app.records.create("commitment", commitment_payload(app, responsible_person=person, title=title), admin)
    win = login("clerk")
    page = win.goto("commitment")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    page.focus_search()
    type_text(qtbot, page.search, "李娜")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.index(0, 0).data() == "高龄津贴按月发放"
    assert page.count.text() == "共 1 条记录"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)


def test_wrong_password_is_refused_with_a_chinese_message(qtbot, app):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from zwcx_desktop.gui.login import LoginDialog

    dlg = LoginDialog(app.root)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.user, "clerk")
    qtbot.keyClicks(dlg.password, "not-the-password")
    qtbot.mouseClick(dlg.findChild(QPushButton, "login_ok"), Qt.MouseButton.LeftButton)
    assert dlg.actor is None
    assert dlg.error.text() == "用户名或密码错误"
