"""设置 for an administrator: deactivate and reactivate an account, change its role, reset its password."""

from __future__ import annotations

from tests.conftest import PASSWORD
from tests.gui.helpers import click, type_text, wait_idle


def _select(qtbot, win, page, username: str) -> None:
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.users.rowCount() == 3, timeout=5000)
    row = next(r for r in range(page.users.rowCount()) if page.users.item(r, 0).text() == username)
    page.users.selectRow(row)


def _login_fails(app, username: str, password: str) -> bool:
    from zwcx_desktop.store import users

    with app.db.read() as s:
        try:
            users.login(s, username, password)
        except users.LoginFailed:
            return True
    return False


def test_admin_deactivates_reactivates_changes_role_and_resets_password(qtbot, app, login):
    win = login("admin")
    page = win.goto("settings")
    assert not page.toggle_btn.isEnabled()  # nothing selected, nothing to act on
    _select(qtbot, win, page, "clerk")
    assert page.toggle_btn.text() == "停用"

    click(qtbot, page.toggle_btn)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.toggle_btn.text() == "重新启用", timeout=5000)
    assert "已停用用户 clerk" in page.user_msg.text()
    assert _login_fails(app, "clerk", PASSWORD)
    click(qtbot, page.toggle_btn)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.toggle_btn.text() == "停用", timeout=5000)
    assert not _login_fails(app, "clerk", PASSWORD)

    page.role_combo.setCurrentIndex(page.role_combo.findData("reviewer"))
    click(qtbot, page.role_btn)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: page.users.item(page.users.currentRow(), 2).text() == "审核员", timeout=5000)

    type_text(qtbot, page.reset_pw, "short")
    click(qtbot, page.reset_btn)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "密码至少需要 8 个字符" in page.user_msg.text(), timeout=5000)
    type_text(qtbot, page.reset_pw, "fresh-pass-9")
    click(qtbot, page.reset_btn)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "已重置用户 clerk 的密码" in page.user_msg.text(), timeout=5000)
    assert page.reset_pw.text() == ""
    assert not _login_fails(app, "clerk", "fresh-pass-9")
    assert login("clerk", "fresh-pass-9").ctx.actor.role.value == "reviewer"


def test_the_last_administrator_cannot_deactivate_themselves(qtbot, app, login):
    win = login("admin")
    page = win.goto("settings")
    _select(qtbot, win, page, "admin")
    click(qtbot, page.toggle_btn)
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: "不能停用最后一个启用中的管理员" in page.user_msg.text(), timeout=5000)
    assert not _login_fails(app, "admin", PASSWORD)
