"""What reaches the clerk is Chinese and says what to do: sync failures, lifecycle steps, the set-up checks."""

from __future__ import annotations

import re

from zwcx_core.domain.lifecycle import IllegalTransition
from zwcx_desktop.gui.errors import describe
from zwcx_desktop.gui.i18n import message
from zwcx_desktop.sync.client import BadAnswer, NetworkError, ServerRefused

ENGLISH = re.compile(r"\b(?!HTTP\b|JSON\b|TLS\b|ConnectionError\b|https?\b)[A-Za-z]{4,}\b")


def test_sync_failures_say_what_happened_and_what_to_do_in_chinese():
    said = [
        describe(NetworkError("enrolment: could not reach the sync server (ConnectionError)")),
        describe(ServerRefused(403, "enrolment: the server refused (HTTP 403): this enrolment code is unknown, used "
                                    "or expired; ask for a new one")),
        describe(BadAnswer("pull: expected JSON from the sync server but got text/html ('<html>'); a captive portal "
                           "or proxy may be in the way")),
        message("push: the server's TLS certificate was not accepted (certificate verify failed)"),
    ]
    assert said[0] == ("注册：无法连接同步服务器（ConnectionError）。请检查网络连接和服务器地址；数据都在本机，"
                       "网络恢复后再同步即可")
    assert said[1] == "注册：服务器拒绝了请求（HTTP 403）：注册码无效、已使用或已过期，请向市级管理员索取新的注册码"
    assert said[2].startswith("下载：同步服务器的应答不是同步数据") and "认证" in said[2]
    assert said[3].startswith("上传：服务器的安全证书未通过验证")
    for text in said[:3]:
        assert "意外错误" not in text and not ENGLISH.search(text.replace("text/html", "").replace("'<html>'", "")), text


def test_a_step_that_needs_a_field_names_it_by_its_chinese_label():
    from zwcx_core.domain.enums import ObjectionStatus

    exc = IllegalTransition("objection", ObjectionStatus.INVESTIGATING, ObjectionStatus.REPLIED,
                            "'finding' must be filled in first", missing="finding")
    assert describe(exc) == "请先填写“核查结论”。"
    plain = IllegalTransition("objection", ObjectionStatus.INVESTIGATING, ObjectionStatus.REPLIED)
    assert describe(plain) == "此记录不能从“核查”转为“答复”。"
    from zwcx_core.domain.enums import ContractStatus

    owed = IllegalTransition("contract", ContractStatus.PERFORMING, ContractStatus.SETTLED, "40000.00 yuan is still unpaid")
    assert describe(owed) == "此记录不能从“履行中”转为“已结清”。尚有 40000.00 元未支付。"


def test_the_set_up_address_rule_is_chinese():
    assert message("must start with https:// (plain http only for this machine)") == \
        "必须以 https:// 开头（http 只能用于本机地址）"


def test_qt_file_dialogs_are_chinese_throughout(qtbot):
    """Qt 6.12 asks for '&Look in:' and 'Files of &type:', which its own zh_CN catalogue lacks (i18n.py)."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    d = QFileDialog(None, "选择文件", ".", "PDF (*.pdf)")
    qtbot.addWidget(d)
    d.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    d.show()
    labels = [w.text() for w in d.findChildren(QLabel) if w.text()]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels, labels
    assert not [t for t in labels if ENGLISH.search(t.replace("&", ""))], labels
