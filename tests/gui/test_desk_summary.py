"""The desk's Monthly summary button: the month chosen, the PDF saved and read back (no requester on it)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from tests.gui.helpers import click
from tests.notices.notice_pdf import flat, pdf_text
from tests.supervision.cases import REQUESTER, case

pytestmark = pytest.mark.usefixtures("qapp")


def test_the_monthly_summary_is_saved_from_the_desk(qtbot, app, admin, login, monkeypatch, tmp_path):
    case(app, admin)
    win = login("reviewer")
    page = win.goto("supervision")
    qtbot.waitUntil(lambda: page.loaded >= 1, timeout=5000)
    offered = []

    def pick(_parent, _title, _label, items, current, _editable):
        offered.extend(items)
        assert current == 1  # the month before is preselected
        return "2026-03", True

    out = tmp_path / "月度.pdf"
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    click(qtbot, page.summary_button)
    qtbot.waitUntil(lambda: page.msg.isVisible(), timeout=10000)
    assert page.msg.text() == f"已保存到 {out}"
    assert len(offered) == 13
    text = flat("".join(pdf_text(out.read_bytes())))
    assert text.startswith("2026年3月监督事项办理情况") and "共受理监督事项1件" in text
    assert REQUESTER not in text


def test_recent_months_run_back_over_the_new_year():
    import datetime as dt

    from zwcx_desktop.gui.deskpage import recent_months

    assert recent_months(dt.date(2026, 2, 10), 3) == ["2026-02", "2026-01", "2025-12", "2025-11"]
