"""The 操作手册 PDF shipped with the installer: every section of the manual, read back from the PDF."""

from __future__ import annotations

from tests.notices.notice_pdf import flat, notdef_count, pdf_text
from zwcx_desktop.manual import SECTIONS, manual_text
from zwcx_desktop.notices.manualpdf import manual_blocks, manual_pdf


def test_manual_pdf_holds_every_section_and_draws_every_character():
    pdf = manual_pdf()
    text = flat("".join(pdf_text(pdf)))
    title, blocks = manual_blocks()
    assert title == "zwcx操作手册".replace("zwcx", "zwcx ") and text.startswith("zwcx操作手册")
    for section in SECTIONS[1:]:
        heading = next(line[2:] for line in manual_text(section).splitlines() if line.startswith("# "))
        assert heading in text, section
    assert "一、工作台" in text and "（一）列表各列和状态" in text
    assert "1．导入时常见的文件问题" in text  # a ### heading, numbered under its （一）
    assert "**" not in text and "`" not in text  # bold and code marks are the help window's, not paper's
    assert notdef_count(pdf) == 0
    assert len(pdf) < 400_000  # the installer's size budget
