"""Print-ready public notices (公示) as PDF: GB/T 9704 layout, masked personal data, verifiable by QR code.

No Qt here; the desktop previews and prints the bytes these functions return.
"""

from __future__ import annotations

from zwcx_core.notices.gate import NotPrintable
from zwcx_core.notices.guard import NoticeRefused
from zwcx_desktop.notices.board import render_board
from zwcx_desktop.notices.render import prints_of, record_print, render_notice

__all__ = ["NotPrintable", "NoticeRefused", "prints_of", "record_print", "render_board", "render_notice"]
