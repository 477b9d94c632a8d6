"""A character the notice fonts cannot print is refused beside its field, in Chinese, naming its code point."""

from __future__ import annotations

from tests.gui.helpers import button, click, type_into


def test_emoji_in_a_title_is_refused_beside_the_field(qtbot, app, login):
    win = login("clerk")
    click(qtbot, win.goto("disclosure").new_button)
    dlg = win.last_dialog
    type_into(qtbot, dlg, "title", "关于王𫖮等人的公示😀")
    type_into(qtbot, dlg, "body", "现予公示。\n请监督。")
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.boxes["title"].error.text() != "", timeout=5000)
    assert dlg.boxes["title"].error.text() == "含有公示字体无法打印的字符 U+1F600 “😀”，请删除或改用其他字"
    assert dlg.boxes["body"].error.text() == "", "line breaks in multi-line text are fine"
    assert dlg.record_id is None
    type_into(qtbot, dlg, "title", "关于王𫖮等人的公示")
    click(qtbot, button(dlg, "save"))
    qtbot.waitUntil(lambda: dlg.record_id is not None, timeout=5000)
    assert app.records.get(dlg.record_id).doc["title"] == "关于王𫖮等人的公示"


def test_a_notice_refused_for_a_character_says_so_in_chinese(qapp):
    from zwcx_core.notices.glyphs import Unprintable
    from zwcx_desktop.gui.printing import refused_text

    assert refused_text(Unprintable("body", ["😀", "\u200b"])) == (
        "未打印：“正文”中含有公示字体无法打印的字符 U+1F600 “😀”、U+200B (ZERO WIDTH SPACE)。请在记录中修改后再打印。")
