"""Public API: a record version → PDF bytes, after the masking guard; and the print log."""

from __future__ import annotations

import datetime as dt

from zwcx_core.notices import glyphs, guard
from zwcx_core.notices.model import Notice
from zwcx_core.notices.page import draw_notice
from zwcx_desktop.notices import content


def render_notice(app, record_id: str, version: int | None = None, actor=None) -> bytes:
    """The PDF of one version of a commitment, disclosure (affairs, finance, roster) or objection outcome.

    Raises NoticeRefused (a ValueError naming the field) when any text would show an unmasked ID, mobile or bank
    card number, and NotPrintable when the record has no notice (deleted, an objection not accepted). A version
    not yet reviewed prints as a watermarked draft, a withdrawn or cancelled one as a marked file copy, both
    without a QR code (domain.lifecycle.print_as). The same version always gives the same bytes. When `actor` is given the print is logged
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
    glyphs.check(notice)
    return notice, draw_notice(notice)


def record_print(app, record_id: str, version_id: str, actor, output_path: str | None) -> int:
    """Log one print of a record version (which version, its content hash and verification code, when, by whom,
    where it went); returns the log row's id. A disclosure's record screen lists these."""
    from sqlalchemy import select

    from zwcx_core.notices.verify import verify_code
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
