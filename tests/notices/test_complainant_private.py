"""Issue 11 item 2: an objection's complainant is kept in full for the reply, and nowhere else: not on the outcome
notice (read back from the PDF), not in list rows, search results, the search index table, the xlsx export or
`zwcx show` for a role that does not handle the case."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from tests.legacy import before_the_guard
from tests.notices.notice_pdf import flat, pdf_text

NAME, PHONE = "王建军", "13812345678"


@pytest.fixture
def objection(app, admin):
    """An answered objection with a named complainant and a full phone number (the reply needs both)."""
    target = app.records.create("disclosure", {
        "unit_id": app.home_unit_id(), "kind": "service", "title": "关于2026年3月新增低保对象的公示",
        "body": "拟将下列人员纳入城乡居民最低生活保障范围，现予公示。", "formed_date": "2026-03-02",
        "period_start": "2026-03-05"}, admin)
    rid = app.records.create("objection", {
        "unit_id": app.home_unit_id(), "target_kind": "disclosure", "target_id": target,
        "objection_type": "notice", "channel": "phone", "complainant": NAME, "complainant_phone": PHONE,
        "content": "反映新发村低保名单中有一户家庭有经营性收入。", "received_date": "2026-03-07",
        "finding": "not_upheld", "action": "maintain", "reply": "经入户核查，该户符合纳入条件，维持原审核意见。",
        "replied_date": "2026-03-16", "closed_date": "2026-03-17"}, admin)
    return rid


def test_the_outcome_notice_never_names_the_complainant(app, admin, objection):
    from zwcx_desktop.notices import render_notice
    from zwcx_desktop.notices.samples import review

    review(app, objection, admin)  # an outcome notice to post, not a watermarked draft
    pages = pdf_text(render_notice(app, objection))
    body = flat("".join(pages))
    assert "有群众通过电话向" in body and "反映" in body  # said without a name
    assert "提出公示异议" in body and "经入户核查" in body  # the notice itself is all there
    for secret in (NAME, "建军", PHONE, PHONE[-4:]):
        assert secret not in body


def test_a_name_typed_into_the_text_is_refused_at_save_and_at_print(app, admin, monkeypatch):
    from zwcx_core.domain.schema import ValidationError
    from zwcx_desktop.notices import NoticeRefused, render_notice
    from zwcx_desktop.store import records

    payload = {"unit_id": app.home_unit_id(), "objection_type": "complaint", "channel": "phone", "complainant": NAME,
               "complainant_phone": PHONE, "content": f"{NAME}反映窗口推诿。", "received_date": "2026-03-02",
               "reply": f"已电话（{PHONE[:3]}-{PHONE[3:7]}-{PHONE[7:]}）告知。"}
    with pytest.raises(ValidationError) as err:
        app.records.create("objection", payload, admin)
    assert set(err.value.by_field()) == {"reply"}  # the personal-data guard sees through the hyphens
    assert "mobile" in err.value.by_field()["reply"]
    with pytest.raises(ValidationError) as err:
        app.records.create("objection", payload | {"reply": "已电话告知。"}, admin)
    assert set(err.value.by_field()) == {"content"}
    assert "private field" in err.value.by_field()["content"]
    anonymous = app.records.create("objection", payload | {"complainant": "匿名", "complainant_phone": None,
                                                           "content": "匿名反映窗口推诿。", "reply": "已整改。"}, admin)
    assert "匿名反映" in flat("".join(pdf_text(render_notice(app, anonymous))))  # 匿名 names nobody
    # A record saved before text was checked at entry is still refused at print, naming the field.
    monkeypatch.setattr(records, "private_repeated", lambda kind, doc: [])
    with before_the_guard():
        rid = app.records.create("objection", payload | {"content": "反映窗口推诿。"}, admin)
    with pytest.raises(NoticeRefused) as refused:
        render_notice(app, rid)
    assert (refused.value.field, refused.value.kind) == ("reply", "private")
    assert NAME not in str(refused.value) and PHONE not in str(refused.value)


def test_every_channel_reads_as_a_sentence_without_a_name(app, admin, objection):
    from zwcx_core.domain.enums import ObjectionChannel
    from zwcx_desktop.notices import content

    for ch in ObjectionChannel:
        rid = app.records.create("objection", {
            "unit_id": app.home_unit_id(), "objection_type": "complaint", "channel": ch.value,
            "complainant": NAME, "content": "反映办事窗口推诿。", "received_date": "2026-03-07"}, admin)
        intro = content.build(app, rid).blocks[0].text
        assert intro.startswith("2026年3月7日，有群众") and "反映" in intro and NAME not in intro, intro


def test_kept_in_full_in_the_record_but_not_in_list_rows(app, objection):
    from zwcx_core.domain.schema import KINDS
    from zwcx_desktop.store import queries as Q

    doc = app.records.get(objection).doc
    assert (doc["complainant"], doc["complainant_phone"]) == (NAME, PHONE)  # for the reply

    for kind, cols in Q.LIST_COLUMNS.items():
        assert not set(cols) & KINDS[kind].private_names
    with app.db.read() as s:
        rows = Q.rows(s, "objection", Q.ids(s, Q.Filter("objection")))
    assert objection in [r["id"] for r in rows]
    dumped = json.dumps(rows, ensure_ascii=False, default=str)
    assert NAME not in dumped and PHONE not in dumped


def test_search_and_its_index_table_hold_no_private_value(app, objection):
    from zwcx_desktop.store import queries as Q

    with app.db.read() as s:
        for query in (NAME, "建军", "王", PHONE, "1234"):  # trigram and per-character queries alike
            assert Q.ids(s, Q.Filter("objection", search=query)) == [], query
            assert Q.count(s, Q.Filter("objection", search=query)) == 0, query
            assert ("objection", objection) not in Q.search_all(s, query), query
        # The record is still found by what is public about it.
        assert Q.ids(s, Q.Filter("objection", search="经营性收入")) == [objection]
        texts = s.execute(text("SELECT text FROM search_docs")).scalars().all()
        assert texts and not any(NAME in t or PHONE in t for t in texts)
        # The per-character index is contentless: ask it for the name's characters instead.
        assert s.execute(text("SELECT count(*) FROM search_chr WHERE search_chr MATCH '\"王 建 军\"'")).scalar_one() == 0
    with app.db.write() as s:  # a rebuilt index (what a migration does) leaves them out too
        from zwcx_desktop.store import search

        search.rebuild(s)
    with app.db.read() as s:
        assert not any(NAME in t for t in s.execute(text("SELECT text FROM search_docs")).scalars())


def test_migration_0003_drops_names_an_older_index_held(app, objection):
    """Before fields could be private the complainant was indexed: the upgrade rebuilds the index without it."""
    from alembic import command

    from zwcx_desktop.store import migrate, search
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.db import make_engine

    root = app.root
    app.close()
    engine = make_engine(root / "zwcx.sqlite3")
    with engine.begin() as c:
        command.downgrade(migrate.alembic_config(c), "0002_search")
        search.index_rows(c, [(objection, "objection", f"反映新发村低保名单 {NAME}")])  # as 0002 indexed it
        assert c.execute(text("SELECT count(*) FROM search_docs WHERE text LIKE :n"), {"n": f"%{NAME}%"}).scalar() == 1
    engine.dispose()
    again = App(root)
    try:
        assert again.migration.before == "0002_search" and again.migration.after == migrate.HEAD
        with again.db.read() as s:
            assert not any(NAME in t for t in s.execute(text("SELECT text FROM search_docs")).scalars())
            from zwcx_desktop.store import queries as Q

            assert Q.ids(s, Q.Filter("objection", search=NAME)) == []
            assert objection in Q.ids(s, Q.Filter("objection", search="低保名单"))
    finally:
        again.close()


def test_the_xlsx_export_has_no_private_column_or_value(app, objection, tmp_path):
    from openpyxl import load_workbook

    from zwcx_desktop.io.export import export_records
    from zwcx_desktop.store.queries import Filter

    out = tmp_path / "objections.xlsx"
    assert export_records(app, Filter("objection"), out) >= 1
    ws = load_workbook(out).active
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert "异议内容" in cells  # the export is really there
    assert not any(NAME in c or PHONE in c or "异议人" in c for c in cells)
    assert NAME.encode() not in out.read_bytes()


def test_zwcx_show_conceals_private_fields_from_a_clerk(app, objection, data_dir, capsys):
    from zwcx_desktop.cli.main import main

    assert main(["--data-dir", str(data_dir), "show", objection, "--as", "clerk"]) == 0
    out = capsys.readouterr().out
    assert NAME not in out and PHONE not in out and "（仅承办人可见）" in out
    assert main(["--data-dir", str(data_dir), "show", objection, "--as", "clerk", "--json"]) == 0
    out = capsys.readouterr().out
    assert NAME not in out and PHONE not in out
    assert main(["--data-dir", str(data_dir), "show", objection, "--as", "reviewer"]) == 0
    assert NAME in capsys.readouterr().out  # the roles handling the case read it in full


def test_a_clerk_cannot_overwrite_a_complainant_but_edits_the_rest(app, objection, clerk, reviewer):
    from zwcx_core.domain.schema import ValidationError

    with pytest.raises(ValidationError) as err:
        app.records.update(objection, {"complainant": "李四"}, clerk)
    assert err.value.by_field() == {"complainant": "only the roles handling the case may change this field"}
    app.records.update(objection, {"complainant_phone": "13812345670"}, reviewer)
    assert app.records.get(objection).doc["complainant_phone"] == "13812345670"


def test_who_handles_a_case_comes_from_the_lifecycle():
    from zwcx_core.domain.enums import Role
    from zwcx_core.domain.lifecycle import OBJECTION, case_handlers, may_read_private

    # The handlers are the roles allowed every step: they accept, answer and close the case.
    assert case_handlers("objection") == frozenset({Role.REVIEWER, Role.ADMIN})
    assert all(case_handlers("objection") <= roles for roles in OBJECTION.transitions.values())
    assert may_read_private("objection", Role.REVIEWER) and not may_read_private("objection", Role.CLERK)
    assert not may_read_private("objection", None)


def test_private_fields_are_marked_in_the_schema_and_never_a_title():
    from zwcx_core.domain.schema import KINDS

    assert KINDS["objection"].private_names == {"complainant", "complainant_phone"}
    for k in KINDS.values():  # titles go to lists, sync status and the public page
        assert not k.field(k.title_field).private
        assert "(masked)" not in " ".join(f.label for f in k.fields if f.private)


def test_a_database_error_text_carries_no_values(app):
    """What a failed write puts into a message or the log names the statement, never its parameters."""
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError) as err, app.db.write() as s:
        s.execute(text("INSERT INTO objections (id, complainant) VALUES (:i, :c)"), {"i": "x", "c": NAME})
    assert NAME not in str(err.value) and "hidden" in str(err.value)
