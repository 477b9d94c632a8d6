"""A record form opens at the size the clerk last left a form of its kind."""

from __future__ import annotations


def test_form_size_is_remembered_per_kind(qtbot, app, login):
    from zwcx_desktop.gui.recordform import RecordDialog

    win = login("clerk")
    first = RecordDialog(win.ctx, "commitment")
    qtbot.addWidget(first)
    default = first.size()
    first.show()
    first.resize(default.width() - 37, default.height() - 23)
    first.close()
    again = RecordDialog(win.ctx, "commitment")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (default.width() - 37, default.height() - 23)
    other = RecordDialog(win.ctx, "service")
    qtbot.addWidget(other)
    assert other.size() == default  # another kind keeps its own
    for d in (again, other):
        d.close()
