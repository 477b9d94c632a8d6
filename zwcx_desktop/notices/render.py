"""Public API: a record version → PDF bytes, after the masking guard; and the print log."""

from __future__ import annotations

import datetime as dt
import io

from zwcx_desktop.notices import content, guard
from zwcx_desktop.notices.fonts import font_set
from zwcx_desktop.notices.layout import (
    A4_LANDSCAPE,
    A4_PORTRAIT,
    BODY_LEADING,
    MM,
    TITLE_LEADING,
    TITLE_SIZE,
    Flow,
    draw_qr,
    new_canvas,
    text_width,
)
from zwcx_desktop.notices.model import Notice, Para, Table, zh_date
from zwcx_desktop.notices.tabledraw import draw_table, natural_width
from zwcx_desktop.notices.verify import grouped

QR_SIZE = 20 * MM


def render_notice(app, record_id: str, version: int | None = None, actor=None) -> bytes:
    """The PDF of one version of a commitment, disclosure (affairs, finance, roster) or objection outcome.

    Raises NoticeRefused (a ValueError naming the field) when any text would show an unmasked ID, mobile or bank
    card number. The same version always gives the same bytes. When `actor` is given the print is logged
    (`record_print` with no output path), for callers that send the bytes straight to a printer.
    """
    notice, pdf = render_checked(app, record_id, version)
    if actor is not None:
        record_print(app, record_id, app.records.version_doc(record_id, version)[0].version_id, actor, None)
    return pdf


def render_checked(app, record_id: str, version: int | None = None) -> tuple[Notice, bytes]:
    """The notice (what it says, e.g. whether its period rests on a known holiday calendar) and its PDF, after
    the masking guard; raises NoticeRefused like `render_notice`."""
    notice = content.build(app, record_id, version)
    guard.check(notice)
    return notice, draw_notice(notice)


def draw_notice(notice: Notice) -> bytes:
    """Lay out a checked notice (A4 portrait, or landscape when a table is wider than the portrait text area)."""
    fonts = font_set()
    wide = any(isinstance(b, Table) and natural_width(b, fonts) > A4_PORTRAIT.text_w for b in notice.blocks)
    geo = A4_LANDSCAPE if wide else A4_PORTRAIT
    buf = io.BytesIO()
    c = new_canvas(buf, geo, notice.title, notice.unit_name, f"zwcx {notice.kind} {notice.verify_code}",
                   notice.created_at, fonts["body"])
    c.setKeywords(f"verify:{notice.verify_code} sha256:{notice.content_hash}")
    flow = Flow(c, geo, fonts, footer=f"核验码 {grouped(notice.verify_code)}")
    flow.y -= BODY_LEADING * 0.5
    if notice.banner:  # 村务公开: the board it belongs to, above the title
        flow.paragraph([(notice.banner, fonts["hei"])], indent=0, align="center", gridded=False)
    flow.paragraph([(notice.title, fonts["title"])], size=TITLE_SIZE, leading=TITLE_LEADING, indent=0,
                   align="center", gridded=False)
    flow.y -= BODY_LEADING * 0.5
    for block in notice.blocks:
        if isinstance(block, Table):
            draw_table(flow, block)
        else:
            _para(flow, block)
    _signature(flow, notice)
    flow.finish()
    c.save()
    return buf.getvalue()


_STYLE_FONT = {"body": "body", "h1": "hei", "h2": "kai"}


def _para(flow: Flow, p: Para) -> None:
    f = flow.fonts
    runs = []
    if p.lead:
        runs.append((p.lead, f[_STYLE_FONT[p.lead_style]]))
    runs.append((p.text, f[_STYLE_FONT.get(p.style, "body")]))
    flow.paragraph([r for r in runs if r[0]])


def _signature(flow: Flow, notice: Notice) -> None:
    """Issuing unit and date at the lower right (date four characters in from the right edge, room for a seal);
    the QR code, verification code and content hash at the left of the same band."""
    f, g, c = flow.fonts, flow.geo, flow.c
    small = 8
    # A sign-off (村务监督委员会主任) stands at the left of the unit's row, with room to sign before the unit; the QR
    # code then moves one row down. When the unit's name leaves no room, the sign-off takes a row of its own above.
    signoff = notice.signoff
    date = zh_date(notice.signed_date)
    date_right = g.left + g.text_w - 4 * flow.advance
    date_w = text_width(date, f["body"], 16) + (len(date) - 1) * (flow.advance - 16)
    date_center = date_right - date_w / 2
    unit_w = text_width(notice.unit_name, f["body"], 16) + len(notice.unit_name) * (flow.advance - 16)
    unit_x = min(date_center - unit_w / 2, g.left + g.text_w - unit_w)
    signoff_w = len(signoff) * flow.advance
    own_row = bool(signoff) and g.left + signoff_w + 5 * flow.advance > unit_x
    need = max(3 * BODY_LEADING, BODY_LEADING + QR_SIZE) + (BODY_LEADING if signoff else 0)
    flow.ensure(need)
    top = flow.y - BODY_LEADING
    sign_top = top
    if own_row:
        top -= BODY_LEADING
    items = [(notice.unit_name, unit_x, top), (date, date_right - date_w, top - BODY_LEADING)]
    if signoff:
        items.append((signoff, g.left, sign_top))
    for text, x, y in items:
        t = c.beginText(x, y - BODY_LEADING / 2 - 16 * 0.36)
        t.setFont(f["body"], 16)
        t.setCharSpace(flow.advance - 16)
        t.textOut(text)
        c.drawText(t)
    qr_top = sign_top - BODY_LEADING if signoff else top
    draw_qr(c, notice.qr_url, g.left, qr_top - QR_SIZE, QR_SIZE)
    c.setFont(f["small"], small)
    lines = ("扫码核验本公示", f"核验码 {grouped(notice.verify_code)}", f"内容摘要 {notice.content_hash[:16]}")
    for i, text in enumerate(lines):  # beside the code, so the band is no taller than the signature
        c.drawString(g.left + QR_SIZE + 2 * MM, qr_top - QR_SIZE + (2 - i) * small * 1.6 + 1, text)
    flow.y -= need


def record_print(app, record_id: str, version_id: str, actor, output_path: str | None) -> int:
    """Log one print of a record version (which version, its content hash and verification code, when, by whom,
    where it went); returns the log row's id. A disclosure's record screen lists these."""
    from sqlalchemy import select

    from zwcx_desktop.notices.verify import verify_code
    from zwcx_desktop.store.models import PrintLog, RecordVersion

    with app.db.write() as s:
        v = s.execute(select(RecordVersion).where(RecordVersion.version_id == version_id,
                                                  RecordVersion.record_id == record_id)).scalar_one_or_none()
        if v is None:
            raise ValueError(f"record {record_id} has no version {version_id}")
        row = PrintLog(record_id=record_id, kind=v.kind, version_id=version_id, content_hash=v.content_hash,
                       verify_code=verify_code(version_id, v.content_hash),
                       printed_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                       printed_by=getattr(actor, "username", str(actor)),
                       output=None if output_path is None else str(output_path))
        s.add(row)
        s.flush()
        return row.id


def prints_of(app, record_id: str) -> list:
    """Print log rows of a record, newest first (for the record screen)."""
    from sqlalchemy import select

    from zwcx_desktop.store.models import PrintLog

    with app.db.read() as s:
        return list(s.execute(select(PrintLog).where(PrintLog.record_id == record_id)
                              .order_by(PrintLog.printed_at.desc(), PrintLog.id.desc())).scalars())
