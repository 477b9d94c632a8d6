"""The desktop and the office's secrets: a refused keyring or a lost key said in one Chinese line on the dashboard,
the administrator's explicit choice of the file store (then a standing warning), and a new key accepted only after
asking, audited."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from tests.gui.helpers import click, wait_idle
from tests.store.test_records import service_payload
from zwcx_desktop import credentials
from zwcx_desktop.store import keys
from zwcx_desktop.store.models import AuditEvent


@pytest.fixture(autouse=True)
def _fresh_keyring():
    """The file keyring follows this test's XDG_DATA_HOME (conftest sets it), not a backend cached earlier."""
    import keyring.core

    keyring.core._keyring_backend = None
    yield
    keyring.core._keyring_backend = None


def _actions(app, action: str) -> list[AuditEvent]:
    with app.db.read() as s:
        return list(s.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars())


def test_an_unchosen_file_store_is_refused_in_chinese_until_the_administrator_chooses_it(
        qtbot, login, app, monkeypatch):
    monkeypatch.delenv(credentials.ALLOW_FILE_ENV)
    win = login("admin")
    dash = win.goto("dashboard")
    wait_idle(qtbot, win)
    banner = dash.secrets_banner
    assert not banner.isHidden()
    assert banner.text().startswith("本机只有其他程序可以读取的文件密钥存储（keyrings.alt.file.PlaintextKeyring）")
    assert "由管理员在“设置”中明确选择文件存储" in banner.text() and "zwcx" not in banner.text()

    box = win.goto("settings").secrets
    wait_idle(qtbot, win)
    assert box.state.text() == banner.text() and box.file_store.isEnabled() and not box.file_store.isChecked()
    qtbot.mouseClick(box.file_store, Qt.MouseButton.LeftButton, pos=QPoint(6, box.file_store.height() // 2))
    wait_idle(qtbot, win)
    assert box.msg.text() == "已保存：密钥可以保存在文件存储中。"
    assert [e.actor for e in _actions(app, "secret_store_file_chosen")] == ["admin"]
    # The standing warning replaces the refusal.
    assert "本用户的其他程序可以读取" in banner.text() and not banner.isHidden()
    assert "本用户的其他程序可以读取" in box.state.text()


def test_a_clerk_sees_the_state_but_cannot_choose(qtbot, login, monkeypatch):
    monkeypatch.delenv(credentials.ALLOW_FILE_ENV)
    win = login("clerk")
    box = win.goto("settings").secrets
    wait_idle(qtbot, win)
    assert box.state.text().startswith("本机只有") and not box.file_store.isEnabled()


def test_a_lost_key_is_shown_and_a_new_one_is_accepted_only_after_asking(qtbot, login, app, clerk):
    app.records.create("service", service_payload(app), clerk)
    credentials.delete_secret(keys.fingerprint_key_name(app.install_id()))
    app.records.forget_fingerprint_key()
    win = login("admin")
    dash = win.goto("dashboard")
    wait_idle(qtbot, win)
    assert "已录入的 1 条服务落实记录今后无法再进行重复比对" in dash.secrets_banner.text()
    assert "由管理员在“设置”中接受新密钥" in dash.secrets_banner.text()

    box = win.goto("settings").secrets
    wait_idle(qtbot, win)
    assert box.new_key.isVisible()
    click(qtbot, box.new_key)
    confirm = win.findChild(QMessageBox, "new_key_confirm")
    click(qtbot, confirm.button(QMessageBox.StandardButton.Cancel))
    wait_idle(qtbot, win)
    assert _actions(app, "fingerprint_key_replaced") == []
    click(qtbot, box.new_key)
    click(qtbot, box.confirm.button(QMessageBox.StandardButton.Yes))
    wait_idle(qtbot, win)
    assert box.msg.text() == "已接受新密钥；此前录入的 1 条服务落实记录今后无法再进行重复比对。"
    [ev] = _actions(app, "fingerprint_key_replaced")
    assert ev.actor == "admin" and json.loads(ev.detail) == {"unmatched_records": 1}
    assert not box.new_key.isVisible()
    assert "已录入" not in dash.secrets_banner.text()  # the dashboard now shows only the file store's warning


def test_every_refusal_reads_in_chinese(app):
    from zwcx_desktop.gui.i18n import message

    lines = [credentials.no_keyring(), credentials.file_refused("keyrings.alt.file.PlaintextKeyring"),
             credentials.NULL_REFUSED,
             f"the keyring could not be read (locked): {credentials.SYSTEM_KEYRING_HELP}",
             f"the keyring could not be written (locked): {credentials.SYSTEM_KEYRING_HELP}"]
    lines += [str(keys._refusal(app, mismatch)) for mismatch in (False, True)]
    app.put_setting("sync_device_id", "d1")
    lines += [str(keys._refusal(app, mismatch)) for mismatch in (False, True)]
    for line in lines:
        zh = message(line)
        assert zh != line and "zwcx " not in zh, line
