"""The masking guard refuses notices with full personal numbers and names the field; prints are logged."""

from __future__ import annotations

import pytest

from tests.domain.test_masking import BYPASSES
from tests.legacy import before_the_guard
from zwcx_core.domain.schema import ValidationError
from zwcx_core.notices.verify import grouped, normalise, verify_code, verify_url
from zwcx_desktop.notices import NoticeRefused, prints_of, record_print, render_board, render_notice
from zwcx_desktop.notices.samples import citizen_id


def test_full_id_in_body_is_refused_at_save_and_at_print_naming_the_field(app, samples, admin):
    rid = samples["affairs"]
    body = f"经核实，申请人身份证号{citizen_id(3)}，符合条件。"
    with pytest.raises(ValidationError, match="body: contains a full citizen ID number"):
        app.records.update(rid, {"body": body}, admin)
    # A document stored before the guard at save existed: the print guard is still the last line.
    with before_the_guard():
        app.records.update(rid, {"body": body}, admin)
    with pytest.raises(NoticeRefused, match="body contains an unmasked ID number") as exc:
        render_notice(app, rid)
    assert exc.value.field == "body"
    with pytest.raises(NoticeRefused, match="body"):
        render_board(app, [samples["commitment"], rid])
    assert render_notice(app, rid, version=1)  # the earlier, clean version still prints


def test_every_bypass_is_refused_at_print(app, samples, admin):
    rid = samples["affairs"]
    for name, (kind, text) in BYPASSES.items():
        with before_the_guard():
            app.records.update(rid, {"body": f"经核实，申请人{text}，符合条件。"}, admin)
        with pytest.raises(NoticeRefused) as exc:
            render_notice(app, rid)
        assert (exc.value.field, exc.value.kind) == ("body", kind), name


def test_mobile_in_roster_note_is_refused(app, samples, admin):
    from zwcx_desktop.store.models import ServiceRecord

    with app.db.read() as s:
        sid = s.query(ServiceRecord.id).filter(ServiceRecord.disclosure_id == samples["roster"]).first()[0]
    with pytest.raises(ValidationError, match="note"):
        app.records.update(sid, {"note": "本人电话138 1234 5678"}, admin)
    with before_the_guard():
        app.records.update(sid, {"note": "本人电话138 1234 5678"}, admin)
    with pytest.raises(NoticeRefused, match=r"roster row \d+ note contains an unmasked mobile number"):
        render_notice(app, samples["roster"])


def test_bank_card_in_title_is_refused(app, samples, admin):
    with before_the_guard():
        app.records.update(samples["affairs"], {"title": "关于账户6222\u00a00212\u00a03456\u00a07890\u00a0128的公示"},
                           admin)
    with pytest.raises(NoticeRefused, match="title contains an unmasked bank card number"):
        render_notice(app, samples["affairs"])


def test_office_mobile_as_contact_phone_is_public(app, samples, admin):
    app.records.update(samples["affairs"], {"contact_phone": "139 1234 5678"}, admin)
    assert render_notice(app, samples["affairs"])
    with pytest.raises(ValidationError, match="contact_address"):
        app.records.update(samples["affairs"], {"contact_address": "联系139-1234-5678"}, admin)
    with before_the_guard():
        app.records.update(samples["affairs"], {"contact_address": "联系139-1234-5678"}, admin)
    with pytest.raises(NoticeRefused, match="contact contains an unmasked mobile number"):
        render_notice(app, samples["affairs"])
    # The contact phone itself was not checked before: what it held is printed only when it is a phone number.
    with before_the_guard():
        app.records.update(samples["affairs"], {"contact_address": "万宝镇政府", "contact_phone": "王某 139 1234 5678"},
                           admin)
    with pytest.raises(NoticeRefused, match="contact contains an unmasked mobile number"):
        render_notice(app, samples["affairs"])


def test_verification_code_shape():
    code = verify_code("0f8e7a2c-0000-4000-8000-000000000001", "ab" * 32)
    assert len(code) == 16 and code.isalnum() and code == code.upper()
    assert code == verify_code("0f8e7a2c-0000-4000-8000-000000000001", "ab" * 32)
    assert code != verify_code("0f8e7a2c-0000-4000-8000-000000000001", "ac" * 32)
    assert normalise(grouped(code).lower()) == code
    assert verify_url("https://x.gov.cn/", code) == f"https://x.gov.cn/v/{code}"


def test_print_log(app, samples, admin):
    rid = samples["finance"]
    view = app.records.get(rid)
    record_print(app, rid, view.version_id, admin, "/tmp/finance.pdf")
    render_notice(app, rid, actor=admin)
    logs = prints_of(app, rid)
    assert len(logs) == 2
    assert {log.output for log in logs} == {"/tmp/finance.pdf", None}
    assert all(log.verify_code == verify_code(view.version_id, view.content_hash) for log in logs)
    assert all(log.printed_by == "admin" and log.content_hash == view.content_hash for log in logs)
    with pytest.raises(ValueError, match="no version"):
        record_print(app, rid, "not-a-version", admin, None)
