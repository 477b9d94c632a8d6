"""The review gate on paper: what a version may print as (domain.lifecycle.print_as), and the watermark of the
versions that are not notices to post.

A draft prints as a proof for the reviewer, a withdrawn or cancelled notice as a file copy; neither carries a QR
code, and both say on every page, across the text, that they may not be posted.
"""

from __future__ import annotations

import math

from reportlab.pdfbase.pdfmetrics import stringWidth

from zwcx_core.domain.lifecycle import PrintAs, document_prints_as

__all__ = ["DRAFT_MARK", "NotPrintable", "clerk_note", "draw_training_mark", "draw_watermark", "for_posting", "gate"]

DRAFT_MARK = "草稿 未经审核 不得张贴"
_VOID_MARK = {"withdrawn": "已撤回 不得张贴", "cancelled": "已撤销 不得张贴", "changed": "已变更 不得张贴"}
#: Light enough that the black text drawn over it stays fully legible, dark enough to show on a photocopy.
WATERMARK_GREY = 0.82


class NotPrintable(ValueError):
    """The record has no notice that could be printed (deleted, an objection not accepted), or a record that is
    not a reviewed notice was given to a board sheet."""


def _state(kind: str, doc: dict) -> tuple[PrintAs, str | None]:
    return document_prints_as(kind, doc), doc.get("status")


def gate(app, record_id: str, kind: str, doc: dict) -> tuple[PrintAs, str]:
    """How this version (its document `doc`) prints, and its watermark ('' for a valid notice).

    A reprint follows its own version's status (a logged draft stays a draft), except that once a record is
    withdrawn, cancelled or deleted none of its versions prints as a notice to post again.
    """
    current = app.records.get(record_id, include_deleted=True)
    if current.deleted:
        raise NotPrintable("the record was deleted: a deleted record has no notice to print")
    now, now_status = _state(kind, current.doc)
    state, status = _state(kind, doc)
    if now in (PrintAs.VOID, PrintAs.REFUSED):
        state, status = now, now_status
    if state is PrintAs.REFUSED:
        if kind == "objection":
            raise NotPrintable("the objection was not accepted (不予受理): there is no outcome notice to post; "
                               "the complainant is answered directly")
        raise NotPrintable(f"a {kind} in status {status} has no notice to print")
    if state is PrintAs.DRAFT:
        return state, DRAFT_MARK
    if state is PrintAs.VOID:
        return state, _VOID_MARK.get(status or "", "已失效 不得张贴")
    return state, ""


def for_posting(app, notice) -> None:
    """Raise NotPrintable unless `notice` is a reviewed one: what a board sheet (made to be posted) accepts."""
    if notice.print_as != PrintAs.VALID:
        status = app.records.get(notice.record_id, include_deleted=True).status
        raise NotPrintable(f"record {notice.record_id} is {status}: only reviewed notices go on a board sheet "
                           "(print it on its own for a marked copy)")


def draw_watermark(c, geo, font: str, text: str) -> None:
    """`text` in light grey along the diagonal of the text area, as large as fits; drawn before the page's
    text, so it lies under it and never hides a character."""
    diag = math.hypot(geo.text_w, geo.text_h)
    size = min(0.85 * diag / stringWidth(text, font, 1), 64)
    c.saveState()
    c.setFillGray(WATERMARK_GREY)
    c.translate(geo.left + geo.text_w / 2, geo.floor + geo.text_h / 2)
    c.rotate(math.degrees(math.atan2(geo.text_h, geo.text_w)))
    c.setFont(font, size)
    c.drawCentredString(0, -size * 0.35, text)
    c.restoreState()


def draw_training_mark(c, geo, font: str, text: str) -> None:
    """`text` as a header line centred in the top margin, above the text area, on the page being drawn."""
    size = 10
    c.saveState()
    c.setFont(font, size)
    c.drawCentredString(geo.left + geo.text_w / 2, geo.height - geo.top + 24, f"【{text}】")
    c.restoreState()


def clerk_note(notice) -> str:
    """What the clerk must know about a printed notice's state, in one English sentence ('' when nothing):
    a draft, a marked copy, or a reviewed notice without a QR code because no server is configured."""
    if notice.print_as == PrintAs.DRAFT:
        return (f"this notice is a draft (草稿), not yet approved by a reviewer: it is printed with the watermark "
                f"“{notice.watermark}” and no QR code, and may not be posted")
    if notice.print_as == PrintAs.VOID:
        return (f"the record was withdrawn or cancelled: this copy is marked “{notice.watermark}”, has no QR code "
                "and may not be posted")
    if not notice.qr_url:
        return ("no municipal server is configured, so the notice has no QR code; residents can check its "
                "verification code with the office (set the server address in 设置, or enrol with `zwcx enroll`)")
    return ""
