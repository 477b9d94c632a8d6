"""Print list… on a record list: the preview holds the list as shown, a full ID searched for is never printed."""

from __future__ import annotations

from tests.gui.helpers import type_text, wait_idle
from tests.notices.notice_pdf import flat, pdf_text


def _print(qtbot, page):
    from zwcx_desktop.gui.listprinting import print_list

    got = []
    print_list(page, then=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=20000)
    return got[0]


def test_print_list_previews_the_shown_list_and_saves_it(qtbot, app, admin, login, tmp_path, boxes):
    from PySide6.QtGui import QAction

    from tests.store.test_records import CITIZEN_ID, service_payload
    from zwcx_desktop.notices.samples import citizen_id

    app.records.create("service", service_payload(app), admin)
    app.records.create("service", service_payload(app, beneficiary_name="丁一", citizen_id=citizen_id(3)), admin)
    app.records.create("service", service_payload(app, beneficiary_name="阿明", citizen_id=citizen_id(4)), admin)
    win = login("clerk")
    page = win.goto("service")
    act = page.findChild(QAction, "print_list")
    assert act.text() == "打印列表…" and "筛选" in act.toolTip() and act in page.table.actions()
    assert win.findChild(QAction, "act_print_list").text() == "打印列表…"
    wait_idle(qtbot, win)
    page.model.sort(0)  # by name: pinyin order
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=10000)
    wait_idle(qtbot, win)
    dlg = _print(qtbot, page)
    text = flat("".join(pdf_text(dlg.pdf)))
    assert "共3条" in text and text.index("阿明") < text.index("丁一")
    assert dlg.doc.pageCount() >= 1
    saved = dlg.save_pdf(str(tmp_path / "清单"))
    wait_idle(qtbot, win)  # written on the runner's worker, not the UI thread
    assert saved.endswith(".pdf") and open(saved, "rb").read() == dlg.pdf
    dlg.close()

    type_text(qtbot, page.search, CITIZEN_ID)
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=10000)
    wait_idle(qtbot, win)
    text = flat("".join(pdf_text(_print(qtbot, page).pdf)))
    assert "共1条" in text and "按证件号码" in text and CITIZEN_ID not in text
    assert boxes == []


def test_file_menu_prints_the_list_of_the_current_page(qtbot, app, login, boxes):
    from PySide6.QtGui import QAction

    from zwcx_desktop.gui.listpreview import ListPreview

    win = login("clerk")
    wait_idle(qtbot, win)
    win.goto("dashboard")
    win.findChild(QAction, "act_print_list").trigger()
    assert len(boxes) == 1 and "列表" in boxes[0][2]
    page = win.goto("commitment")
    wait_idle(qtbot, win)
    win.findChild(QAction, "act_print_list").trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(page, "list_preview", None), ListPreview), timeout=20000)
    assert "共0条" in flat("".join(pdf_text(page.list_preview.pdf)))
    page.list_preview.close()
