"""The service form records the 证件类型 and checks the number as that document, with the message beside the field."""

from __future__ import annotations

from stdnum.cn import ric

from tests.gui.helpers import button, choose, click, type_into, wait_idle

PERMIT = "81000019880412002" + ric.calc_check_digit("81000019880412002" + "0")


def test_a_residence_permit_is_refused_as_a_resident_id_and_saved_as_its_own_type(qtbot, app, login):
    win = login("clerk")
    page = win.goto("service")
    click(qtbot, page.new_button)
    dlg = win.last_dialog
    assert dlg.boxes["id_type"].editor.currentData() == "resident_id"  # the default, 居民身份证
    choose(dlg, "service_area", "elderly")
    type_into(qtbot, dlg, "policy", "高龄津贴")
    type_into(qtbot, dlg, "beneficiary_name", "陈大文")
    type_into(qtbot, dlg, "citizen_id", PERMIT)
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.boxes["citizen_id"].error.isVisible(), timeout=5000)
    assert dlg.boxes["citizen_id"].error.text() == ("身份证号以 810000 开头，这是港澳台居民居住证的号码：请将证件类型选为"
                                                    "“港澳台居民居住证”")
    assert dlg.record_id is None
    choose(dlg, "id_type", "hmt_residence_permit")
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.record_id is not None, timeout=5000)
    wait_idle(qtbot, win)
    doc = app.records.get(dlg.record_id).doc
    assert doc["id_type"] == "hmt_residence_permit" and doc["id_masked"] == "81*************" + PERMIT[-3:]
