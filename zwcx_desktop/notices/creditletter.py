"""Print the 信用承诺书 of a dishonesty record (core notices/creditletter.py) after the notices' checks."""

from __future__ import annotations

import datetime as dt


def render_credit_commitment(app, record_id: str, actor, signed: dt.date | None = None) -> bytes:
    """PDF of the commitment letter for the current version of a unit-level dishonesty record, logged in the print
    log. Raises ValueError for another kind or a person-level record (never printed), NoticeRefused when a text
    would show personal data."""
    from zwcx_core.notices import glyphs, guard
    from zwcx_core.notices.creditletter import credit_commitment
    from zwcx_core.notices.page import draw_notice
    from zwcx_core.notices.verify import verify_code
    from zwcx_desktop.notices.render import record_print

    rec = app.records.get(record_id)
    if rec.kind != "dishonesty":
        raise ValueError(f"{record_id} is a {rec.kind}, not a dishonesty record")
    with app.db.read() as s:
        from zwcx_desktop.store.models import Unit

        unit = s.get(Unit, rec.doc.get("unit_id") or app.home_unit_id())
        unit_name = unit.name if unit else ""
    notice = credit_commitment(rec.doc, unit_name, verify_code(rec.version_id, rec.content_hash), rec.content_hash,
                               rec.updated_at, signed or dt.date.today())
    notice.record_id = record_id
    guard.check(notice)
    glyphs.check(notice)
    pdf = draw_notice(notice)
    record_print(app, record_id, rec.version_id, actor, None)
    return pdf
