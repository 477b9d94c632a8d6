"""Linking service records to a roster notice in one batch (store/rosterlinks.py, RecordStore.update_many)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.store.test_records import service_payload
from zwcx_desktop.store import rosterlinks
from zwcx_desktop.store.models import RecordVersion
from zwcx_desktop.store.records import NotEditableMany


def _notice(app, actor, personal=True, **over):
    return app.records.create("disclosure", {
        "unit_id": app.home_unit_id(), "kind": "service", "title": "关于2026年高龄津贴发放对象的公示",
        "body": "现将名单公示如下。", "formed_date": "2026-11-02", "contains_personal_data": personal} | over, actor)


def _services(app, actor, n, prefix="李"):
    return app.records.create_many("service", [service_payload(app, beneficiary_name=f"{prefix}{i}", citizen_id=None)
                                               for i in range(n)], actor)


def _versions(app) -> int:
    with app.db.read() as s:
        return s.execute(select(func.count()).select_from(RecordVersion)).scalar_one()


def test_link_then_unlink_a_batch(app, clerk):
    notice = _notice(app, clerk)
    ids = _services(app, clerk, 5)
    done = rosterlinks.link(app, ids[:3], notice, clerk)
    assert sorted(done.changed) == sorted(ids[:3]) and done.unchanged == 0 and not done.posted
    assert [app.records.get(i).doc.get("disclosure_id") for i in ids] == [notice] * 3 + [None] * 2
    again = rosterlinks.link(app, ids, notice, clerk)  # the three already linked get no new version
    assert again.unchanged == 3 and sorted(again.changed) == sorted(ids[3:])
    gone = rosterlinks.unlink(app, ids[:2], clerk)
    assert len(gone.changed) == 2
    assert [app.records.get(i).doc.get("disclosure_id") for i in ids] == [None] * 2 + [notice] * 3


def test_a_record_no_longer_editable_refuses_the_whole_batch(app, clerk, reviewer):
    notice = _notice(app, clerk)
    ids = _services(app, clerk, 4)
    app.records.transition(ids[1], "reviewed", reviewer)  # still editable
    for step in ("reviewed", "publicized"):
        app.records.transition(ids[2], step, reviewer)
    before = _versions(app)
    with pytest.raises(NotEditableMany) as err:
        rosterlinks.link(app, ids, notice, clerk)
    assert err.value.refused == [(ids[2], "publicized")]
    assert "1 of the 4 records" in str(err.value) and ids[2] not in str(err.value)
    assert _versions(app) == before
    assert all(app.records.get(i).doc.get("disclosure_id") is None for i in ids)


def test_only_a_roster_notice_with_a_posting_ahead_takes_records(app, clerk, reviewer):
    ids = _services(app, clerk, 2)
    plain = _notice(app, clerk, personal=False)
    with pytest.raises(rosterlinks.NotARosterNotice, match="does not contain personal data"):
        rosterlinks.link(app, ids, plain, clerk)
    withdrawn = _notice(app, clerk)
    app.records.transition(withdrawn, "withdrawn", clerk)
    with pytest.raises(rosterlinks.NotARosterNotice, match="withdrawn"):
        rosterlinks.link(app, ids, withdrawn, clerk)
    assert all(app.records.get(i).doc.get("disclosure_id") is None for i in ids)


def test_unlink_is_refused_once_the_notice_is_posted(app, admin, samples_posted):
    notice, linked = samples_posted
    before = _versions(app)
    with pytest.raises(rosterlinks.NoticeAlreadyPosted):
        rosterlinks.unlink(app, linked[:2], admin)
    assert _versions(app) == before


def test_linking_after_posting_leaves_the_posted_version_alone(app, admin, samples_posted):
    notice, linked = samples_posted
    posted = app.records.get(notice)
    new = _services(app, admin, 2, prefix="后加")
    done = rosterlinks.link(app, new, notice, admin)
    assert done.posted and len(done.changed) == 2
    now = app.records.get(notice)
    assert now.version_id == posted.version_id and len(now.doc["roster"]) == len(linked)


@pytest.fixture
def samples_posted(app, admin):
    from zwcx_desktop.notices.samples import make_samples

    ids = make_samples(app, admin)
    app.records.transition(ids["roster"], "publicizing", admin)
    doc = app.records.get(ids["roster"]).doc
    return ids["roster"], [r["service_id"] for r in doc["roster"]]
