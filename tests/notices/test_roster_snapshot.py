"""A posted roster is frozen into its version: reprinting an old version shows the list that was posted, whatever
happened to the linked service records since."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.notices.notice_pdf import flat, pdf_text
from zwcx_core.domain.canonical import content_hash
from zwcx_core.domain.schema import validate
from zwcx_desktop.notices import render_notice
from zwcx_desktop.store.check import run_checks
from zwcx_desktop.store.models import ServiceRecord


def _linked(app, disclosure_id: str) -> list[str]:
    with app.db.read() as s:
        return list(s.execute(select(ServiceRecord.id).where(ServiceRecord.disclosure_id == disclosure_id,
                                                             ServiceRecord.deleted.is_(False))
                              .order_by(ServiceRecord.village, ServiceRecord.beneficiary_name,
                                        ServiceRecord.id)).scalars())


def _post(app, actor, rid: str) -> int:
    app.records.transition(rid, "publicizing", actor)  # the samples are reviewed (已审) already
    return app.records.get(rid).version


@pytest.fixture
def posted(app, admin, samples):
    rid = samples["roster"]
    return rid, _post(app, admin, rid)


def test_posting_freezes_the_masked_rows_into_the_version(app, posted):
    rid, version = posted
    row, doc = app.records.version_doc(rid, version)
    roster = doc["roster"]
    assert len(roster) == 12
    assert [r["service_id"] for r in roster] == _linked(app, rid)  # the printed order
    first = roster[0]
    assert set(first) <= {"service_id", "service_version_id", "beneficiary_name", "id_masked", "village",
                          "household_size", "policy", "period", "amount", "note"}
    assert "*" in first["id_masked"] and "id_fingerprint" not in first
    svc = app.records.get(first["service_id"])
    assert first["service_version_id"] == svc.version_id and first["amount"] == svc.doc["amount"]
    # The hash (and so the verification code on paper) covers the list.
    assert row.content_hash == content_hash(doc)


def test_reprinting_an_old_version_gives_identical_bytes(app, admin, posted):
    rid, version = posted
    before = render_notice(app, rid, version=version)
    ids = _linked(app, rid)
    changed = app.records.get(ids[0]).doc["beneficiary_name"]
    app.records.update(ids[0], {"beneficiary_name": "改名后"}, admin)
    app.records.delete(ids[1], admin)
    app.records.create("service", {"unit_id": app.records.get(rid).doc["unit_id"], "service_area": "poverty",
                                   "policy": "城乡居民最低生活保障", "period": "2026-03", "beneficiary_name": "新增户",
                                   "household_size": 2, "village": "万宝村", "amount": "770.00",
                                   "disclosure_id": rid}, admin)
    after = render_notice(app, rid, version=version)
    assert after == before
    text = flat("".join(pdf_text(after)))
    assert changed in text and "改名后" not in text and "新增户" not in text and "合计12户" in text


def test_a_notice_not_yet_posted_reads_the_live_list(app, admin, samples):
    rid = samples["roster"]
    ids = _linked(app, rid)
    app.records.delete(ids[0], admin)
    assert "合计11户" in flat("".join(pdf_text(render_notice(app, rid))))


def test_reposting_takes_a_fresh_snapshot_and_keeps_the_old_one(app, admin, posted):
    rid, version = posted
    old = render_notice(app, rid, version=version)
    app.records.today = lambda: dt.date(2026, 4, 1)  # after the sample period, which had an objection
    app.records.transition(rid, "expired_with_objection", admin)
    app.records.delete(_linked(app, rid)[0], admin)
    app.records.transition(rid, "republished", admin)
    cur = app.records.get(rid)
    assert len(cur.doc["roster"]) == 11
    assert render_notice(app, rid, version=version) == old
    assert "合计11户" in flat("".join(pdf_text(render_notice(app, rid))))


def test_a_household_decided_against_after_an_objection_leaves_the_reposted_roster(app, admin, posted):
    from zwcx_desktop.store.records import NotEditable

    rid, version = posted
    app.records.today = lambda: dt.date(2026, 4, 1)
    app.records.transition(rid, "expired_with_objection", admin)
    ids = _linked(app, rid)
    rejected = app.records.get(ids[0])
    name = rejected.doc["beneficiary_name"]
    for step in ("reviewed", "publicized", "rejected")[["registered", "reviewed", "publicized"].index(
            rejected.doc["status"]):]:
        app.records.transition(ids[0], step, admin)
    # 不予确认 is final: the record cannot be edited off the disclosure, so the notice must leave it out itself.
    with pytest.raises(NotEditable):
        app.records.update(ids[0], {"disclosure_id": None}, admin)
    app.records.transition(rid, "republished", admin)
    roster = app.records.get(rid).doc["roster"]
    assert len(roster) == 11 and ids[0] not in {r["service_id"] for r in roster}
    text = flat("".join(pdf_text(render_notice(app, rid))))
    assert "合计11户" in text and name not in text
    assert name in flat("".join(pdf_text(render_notice(app, rid, version=version))))  # the first posting as it was


def test_the_snapshot_survives_a_reread_and_the_checks(app, posted):
    """A document re-read by the rules (pulled by sync, merged, restored) keeps its roster and its hash."""
    rid, version = posted
    row, doc = app.records.version_doc(rid, version)
    again = validate("disclosure", doc, allow_computed=True)
    assert again["roster"] == doc["roster"]
    assert content_hash(again) == row.content_hash
    assert run_checks(app.db) == []


def test_the_roster_cannot_be_typed_in(app, admin, posted):
    from zwcx_core.domain.schema import ValidationError

    rid, _ = posted
    with pytest.raises(ValidationError):
        validate("disclosure", {"roster": "x"}, allow_computed=True)
    draft = app.records.create("disclosure", {"unit_id": app.records.get(rid).doc["unit_id"], "kind": "affairs",
                                              "title": "关于测试的公示", "body": "正文。", "formed_date": "2026-03-02"},
                               admin)
    with pytest.raises(ValidationError):
        app.records.update(draft, {"roster": []}, admin)


def test_a_thousand_row_roster_still_syncs_as_one_document(app, admin):
    from zwcx_core.domain.canonical import canonical_json
    from zwcx_core.wire import MAX_DOC_BYTES
    from zwcx_desktop.notices.samples import make_samples

    rid = make_samples(app, admin, roster_size=1000)["roster"]
    _post(app, admin, rid)
    doc = app.records.get(rid).doc
    assert len(doc["roster"]) == 1000
    assert len(canonical_json(doc).encode("utf-8")) < MAX_DOC_BYTES / 2


def test_a_draft_roster_preview_leaves_out_a_household_already_decided_against(app, admin, samples):
    rid = samples["roster"]
    ids = _linked(app, rid)
    name = app.records.get(ids[0]).doc["beneficiary_name"]
    status = app.records.get(ids[0]).doc["status"]
    steps = {"registered": ("rejected",), "reviewed": ("publicized", "rejected")}[status]
    for step in steps:
        app.records.transition(ids[0], step, admin)
    text = flat("".join(pdf_text(render_notice(app, rid))))
    assert "合计11户" in text and name not in text
