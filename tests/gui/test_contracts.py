"""Contracts through the desktop as the office clicks them: signing, performance, a late payment and its interest,
settlement; a judgment reaching its performance deadline on the 工作台."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QTableWidget

from tests.gui.helpers import button, choose, click, field, type_into, wait_idle

TODAY = dt.date.today()


def ago(days: int) -> str:
    return (TODAY - dt.timedelta(days=days)).isoformat()


def _type_cell(qtbot, table: QTableWidget, row: int, col: int, text: str) -> None:
    """Type into a table cell as a clerk does: open its editor, type, press Enter."""
    item = table.item(row, col)
    table.setCurrentItem(item)
    table.editItem(item)
    # The newest visible editor: the one of the cell before is hidden, and deleted only later.
    editor = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()][-1]
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item.text() == text, timeout=2000)  # the delegate commits on a queued call


def add_event(qtbot, dlg, type_: str, date: str, amount: str | None = None, passed: bool = False) -> None:
    rows = field(dlg, "events")
    click(qtbot, rows.add_btn)
    r = rows.table.rowCount() - 1
    col = {f.name: c for c, f in enumerate(rows.fields)}
    combo = rows.table.cellWidget(r, col["type"])
    combo.setCurrentIndex(combo.findData(type_))
    _type_cell(qtbot, rows.table, r, col["date"], date)
    if amount:
        _type_cell(qtbot, rows.table, r, col["amount"], amount)
    if passed:
        rows.table.item(r, col["passed"]).setCheckState(Qt.CheckState.Checked)


def save(qtbot, dlg) -> None:
    before = dlg.view.version if dlg.view else 0
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.view is not None and dlg.view.version > before, timeout=5000)


def test_a_contract_from_signing_through_a_late_payment_to_settled(qtbot, app, login, boxes):
    # The clerk enters the contract as signed: an SME, paid 30 days after acceptance, 10 days to accept.
    win = login("clerk")
    click(qtbot, win.goto("contract").new_button)
    dlg = win.last_dialog
    type_into(qtbot, dlg, "title", "办公设备采购")
    choose(dlg, "contract_type", "procurement_goods")
    type_into(qtbot, dlg, "counterparty", "哈尔滨某科技有限公司")
    field(dlg, "sme_declared").setFocus()
    qtbot.keyClick(field(dlg, "sme_declared"), Qt.Key.Key_Space)
    assert field(dlg, "sme_declared").isChecked()
    type_into(qtbot, dlg, "signed_date", ago(120))
    type_into(qtbot, dlg, "amount", "100000")
    choose(dlg, "payment_basis", "acceptance")
    type_into(qtbot, dlg, "payment_days", "30")
    type_into(qtbot, dlg, "acceptance_days", "10")
    save(qtbot, dlg)
    rid = dlg.record_id
    assert "草拟" in dlg.header.text() and button(dlg, "action_performing") is None
    dlg.close()

    # A reviewer confirms it was signed as recorded; delivery and the passed acceptance follow.
    win = login("reviewer")
    win.ctx.bus.open_record.emit("contract", rid)
    dlg = win.last_dialog
    click(qtbot, button(dlg, "action_performing"))
    qtbot.waitUntil(lambda: dlg.view.status == "performing", timeout=5000)
    assert "履行中" in dlg.header.text()
    add_event(qtbot, dlg, "delivery", ago(100))
    add_event(qtbot, dlg, "acceptance", ago(95), passed=True)
    save(qtbot, dlg)
    panel = dlg.payments_panel
    table = panel.findChild(QTableWidget, "obligations")
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(8)] == [
        "验收", ago(95), ago(65), "100,000.00", "0.00", "100,000.00", "—", "65"]

    # Paid 60,000 ten days late: 已结清 is refused while 40,000 is still owed.
    add_event(qtbot, dlg, "payment", ago(55), "60000")
    save(qtbot, dlg)
    click(qtbot, button(dlg, "action_settled"))
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    assert boxes[-1][1:] == ("无法办理", "此记录不能从“履行中”转为“已结清”。尚有 40000.00 元未支付。"), boxes
    wait_idle(qtbot, win)
    assert dlg.view.status == "performing" and "40,000.00" in panel.findChild(QLabel, "payments_summary").text()

    # The rest, also late: 40,000 × 20 days and 60,000 × 10 days at 0.05 % a day = 400 + 300 yuan.
    add_event(qtbot, dlg, "payment", ago(45), "40000")
    save(qtbot, dlg)
    assert [table.item(0, c).text() for c in (4, 5, 6, 7)] == ["100,000.00", "0.00", ago(45), "20"]
    summary = panel.findChild(QLabel, "payments_summary").text()
    assert "700.00" in summary and "0.05%" in summary.replace(" ", ""), summary
    assert dlg.tabs.tabText(dlg.tabs.indexOf(panel)) == "付款情况"
    click(qtbot, button(dlg, "action_settled"))
    qtbot.waitUntil(lambda: dlg.view.status == "settled", timeout=5000)
    assert "已结清" in dlg.header.text()
    wait_idle(qtbot, win)


def test_a_judgment_due_today_shows_on_the_dashboard_and_opens_from_there(qtbot, app, admin, login):
    rid = app.records.create("lawsuit", {
        "unit_id": app.home_unit_id(), "court": "哈尔滨市道里区人民法院", "case_no": "(2026)黑0102民初7号",
        "role": "defendant", "counterparty": "哈尔滨某建筑有限公司", "filed_date": ago(90),
        "judgment_date": ago(15), "amount": "80000", "perform_deadline": TODAY.isoformat()}, admin)
    app.records.transition(rid, "judged", admin)
    QSettings().setValue("main/page", "service")  # the clerk's last page: the start-up reminder lists it too
    win = login("clerk")
    qtbot.waitUntil(lambda: win.findChild(QDialog, "due_today") is not None, timeout=10000)
    due = win.findChild(QDialog, "due_today").findChild(QListWidget, "due_list")
    assert any("(2026)黑0102民初7号" in due.item(i).text() for i in range(due.count()))
    win.findChild(QDialog, "due_today").close()
    dash = win.goto("dashboard")
    wait_idle(qtbot, win)
    lst = dash.lists["judgments"]
    assert lst.count() == 1
    line = lst.item(0).text()
    assert line.startswith(TODAY.isoformat()) and "(2026)黑0102民初7号" in line and "今日到期" in line \
        and "80,000.00" in line, line
    lst.itemDoubleClicked.emit(lst.item(0))
    qtbot.waitUntil(lambda: win.last_dialog is not None and win.last_dialog.record_id == rid, timeout=5000)
    wait_idle(qtbot, win)


def test_the_stats_page_shows_the_rate_paid_on_time_of_a_hand_computed_set(qtbot, app, admin, login):
    from PySide6.QtCore import QDate

    from tests.store.test_contract_indicators import hand_set

    hand_set(app, admin)
    win = login("reviewer")
    stats = win.goto("stats")
    wait_idle(qtbot, win)
    stats.period.setCurrentIndex(stats.period.findText("自定义"))
    stats.start.setDate(QDate(2026, 1, 1))
    stats.end.setDate(QDate(2026, 6, 30))
    click(qtbot, stats.refresh_btn)
    table = stats.findChild(QTableWidget, "stats_contracts")
    qtbot.waitUntil(lambda: table.rowCount() == 2 and table.item(0, 1).text().startswith("33.3%"), timeout=15000)
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert header[:4] == ["单位", "按期支付率", "逾期合同数", "逾期金额(元)"]
    assert [table.item(0, c).text() for c in range(table.columnCount())] == [
        "全部单位", "33.3% (1/3)", "1", "100,000.00", "0 / 0.00", "0 / 0.00", "1 / 100,000.00", "0 / 0.00", "31.0",
        "1", "1"]
    wait_idle(qtbot, win)


def test_the_yearly_arrears_announcement_is_reminded_until_marked_published(qtbot, app, admin, login):
    from PySide6.QtWidgets import QMessageBox

    last_year = TODAY.year - 1
    rid = app.records.create("contract", {
        "unit_id": app.home_unit_id(), "title": "办公桌椅采购", "contract_type": "procurement_goods",
        "counterparty": "哈尔滨某家具有限公司", "signed_date": f"{last_year}-03-02", "amount": "48000",
        "sme_declared": True}, admin)
    app.records.transition(rid, "performing", admin)
    win = login("admin")
    dash = win.goto("dashboard")
    wait_idle(qtbot, win)
    lst = dash.lists["payments"]
    lines = [lst.item(i) for i in range(lst.count()) if "中小企业" in lst.item(i).text()]
    if TODAY < dt.date(TODAY.year, 3, 1):  # before 1 March the year before last is the one still due, if any
        return
    assert len(lines) == 1 and "待公开" in lines[0].text() and f"{TODAY.year}-03-31" in lines[0].text()
    lst.itemDoubleClicked.emit(lines[0])
    box = dash.annual_box
    assert isinstance(box, QMessageBox) and box.isVisible() and f"{last_year}年末" in box.text()
    mark = next(b for b in box.buttons() if b.text() == "标记为已公开")
    click(qtbot, mark)
    qtbot.waitUntil(lambda: not any("中小企业" in lst.item(i).text() for i in range(lst.count())), timeout=10000)
    wait_idle(qtbot, win)


def test_the_dashboard_shows_only_groups_with_lines_each_as_tall_as_its_lines(qtbot, app, admin, login):
    win = login("admin")
    dash = win.goto("dashboard")
    qtbot.waitUntil(lambda: dash.filled, timeout=5000)
    wait_idle(qtbot, win)
    shown = [k for k, box in dash.boxes.items() if box.isVisibleTo(dash)]
    assert shown == []  # a new office: nothing due, and no empty frames
    assert dash.nothing.text().startswith("暂无：逾期未兑现的承诺；") and "待审核事项" in dash.nothing.text()
    from tests.conftest import commitment_payload

    rid = app.records.create("commitment", commitment_payload(app), admin)
    app.records.transition(rid, "pending_review", admin)
    win.ctx.bus.record_changed.emit("commitment", "")
    qtbot.waitUntil(lambda: dash.boxes["review"].isVisibleTo(dash), timeout=5000)
    lst = dash.lists["review"]
    assert lst.count() == 1 and lst.height() < lst.sizeHintForRow(0) * 2 + 2 * lst.frameWidth() + 2
    assert "待审核事项" not in dash.nothing.text()
    # A line wider than the list (a long title at 150 %) brings the horizontal scroll bar: the list makes room for
    # it rather than letting it cover its lines.
    from PySide6.QtWidgets import QListWidgetItem

    lst.addItem(QListWidgetItem("长" * 300))
    dash._fit(lst)
    qtbot.waitUntil(lambda: lst.horizontalScrollBar().isVisible(), timeout=5000)
    assert lst.viewport().height() >= lst.sizeHintForRow(0) * lst.count()
