"""One record read-only (#19): the fields the console may show, escaped, never a private one; a 政务失信 record with
the city's review (answer, note, dates); a person-level one to the administrator alone; districts kept apart."""

from __future__ import annotations

import re

from tests.server.pagedata import put_version
from tests.server.web.conftest import signed_in
from tests.server.web.test_console_overdue import PRIVATE, seed_overdue
from tests.server.web.test_console_review import form_of, put


def review_table(page: str) -> dict[str, str]:
    m = re.search(r'<table id="review"[^>]*>(.*?)</table>', page, re.S)
    assert m, "no review table"
    return dict(re.findall(r"<tr><th>(.*?)</th><td>(.*?)</td></tr>", m.group(1)))


def test_dishonesty_record_shows_the_citys_review(city):
    rid = put(city, city.east_id, subject_name="东湖镇人民政府", title="东湖<i>判决</i>未履行")
    boss, csrf = signed_in(city, "boss")
    url = f"/console/townships/{city.east_id}/records/{rid}"
    before = boss.get(url).text
    assert review_table(before)["市级审核"] == "—" and "尚未审核" in review_table(before)["市信用办写入时间"]
    assert "东湖&lt;i&gt;判决&lt;/i&gt;未履行" in before and "<i>判决" not in before
    action, version = form_of(boss.get("/console/review").text, rid)
    r = boss.post(action, data={"csrf": csrf, "version": version, "action": "return", "note": "请补充<b>认定文书</b>。"})
    assert r.status_code == 200
    for name in ("boss", "judge", "east"):
        page = signed_in(city, name)[0].get(url).text
        got = review_table(page)
        assert got["市级审核"] == "退回补正" and got["市级审核意见"] == "请补充&lt;b&gt;认定文书&lt;/b&gt;。"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", got["市级审核日期"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", got["市信用办写入时间"])
        assert "第 2 版" in page and "已认定" in page  # the township's status stands
    assert signed_in(city, "west")[0].get(url).status_code == 403


def test_person_level_record_is_the_admins_alone_and_nameless(city):
    ids = seed_overdue(city.db, city.east_id)
    url = f"/console/townships/{city.east_id}/records/{ids['person']}"
    page = signed_in(city, "boss")[0].get(url)
    assert page.status_code == 200 and "问责事项" in page.text and "个人失信记录" in page.text
    assert "周八" not in page.text and "副乡长" not in page.text and "东湖镇人民政府" not in page.text
    for name in ("judge", "east"):
        r = signed_in(city, name)[0].get(url)
        assert r.status_code == 404 and "问责事项" not in r.text


def test_no_private_field_or_free_text_of_a_complainant(city):
    ids = seed_overdue(city.db, city.east_id)
    c, _ = signed_in(city, "east")
    for name in ("objection", "named case", "unpublished", "contract", "lawsuit", "shown"):
        r = c.get(f"/console/townships/{city.east_id}/records/{ids[name]}")
        assert r.status_code == 200
        for private in (*PRIVATE, "反映名单有误", "请尽快维修小区路灯"):
            assert private not in r.text, (name, private)
    page = c.get(f"/console/townships/{city.east_id}/records/{ids['contract']}").text
    assert "道路维修合同" in page and "某某建设有限公司" in page and "东湖镇财政所" in page
    # The township's list opens each record.
    listed = c.get(f"/console/townships/{city.east_id}/records?kind=contract").text
    assert f'href="/console/townships/{city.east_id}/records/{ids["contract"]}"' in listed


def test_missing_or_elsewhere_records_are_refused(city):
    rid, _, _ = put_version(city.db, city.west_id, "commitment", {"title": "西山", "status": "published"})
    c, _ = signed_in(city, "boss")
    assert c.get(f"/console/townships/{city.east_id}/records/{rid}").status_code == 404
    assert c.get(f"/console/townships/{city.east_id}/records/nothing-here").status_code == 404
    assert c.get(f"/console/townships/{city.west_id}/records/{rid}").status_code == 200
    deleted, _, _ = put_version(city.db, city.west_id, "commitment", {"title": "删了", "status": "published"},
                                deleted=True)
    assert c.get(f"/console/townships/{city.west_id}/records/{deleted}").status_code == 404


def test_the_records_list_has_dishonesty_and_supervision_tabs_without_a_person_or_requester(city):
    ids = seed_overdue(city.db, city.east_id)
    base = f"/console/townships/{city.east_id}/records"
    boss, east = signed_in(city, "boss")[0], signed_in(city, "east")[0]
    # The administrator lists the person-level record without its name or title; others do not list it at all.
    mine = boss.get(f"{base}?kind=dishonesty").text
    assert f'{base}/{ids["person"]}"' in mine and "（个人类记录，不显示名称）" in mine
    assert "期满未撤下的失信记录" in mine and "问责事项" not in mine
    theirs = east.get(f"{base}?kind=dishonesty").text
    assert f'{base}/{ids["shown"]}"' in theirs and ids["person"] not in theirs and "个人类记录" not in theirs
    cases = east.get(f"{base}?kind=supervision").text
    assert "路灯不亮" in cases and f'{base}/{ids["named case"]}"' in cases
    for page in (mine, theirs, cases):
        for private in PRIVATE:
            assert private not in page, private
    for kind in ("dishonesty", "supervision"):  # each list page offers the two new tabs
        assert f'{base}?kind={kind}&amp;' in cases


def test_the_records_page_reads_each_kind_of_documents_once(city, monkeypatch):
    # The list and the per-unit figures under it need many of the same kinds: one read, decoded once, serves both.
    from zwcx_server.web import data, documents

    seed_overdue(city.db, city.east_id)
    boss, _ = signed_in(city, "boss")
    documents.RECENT._d.clear()  # nothing read before the page counts
    read: list[tuple[int, str]] = []
    real = data.current_docs

    def counted(db, township_id, kinds):
        read.extend((township_id, k) for k in kinds)
        return real(db, township_id, kinds)

    monkeypatch.setattr(data, "current_docs", counted)
    page = boss.get(f"/console/townships/{city.east_id}/records?kind=commitment")
    assert page.status_code == 200
    assert {k for _, k in read} >= {"commitment", "contract", "service"}  # the list's kinds and the figures'
    assert len(read) == len(set(read)), sorted(read)
