"""Each role sees and does only its part: the administrator manages townships, devices and reference data; the
evaluator reads indicators and the evaluation; a district viewer reads only its own district's townships."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.server.web.conftest import signed_in
from zwcx_server import service
from zwcx_server.models import ConsoleAudit, Device
from zwcx_server.web import data

ADMIN_PAGES = ["/console/townships", "/console/reference", "/console/audit"]


@pytest.mark.parametrize("name", ["judge", "east"])
def test_only_the_administrator_manages_townships_devices_and_reference_data(city, name):
    device_id, _ = service.enroll_device(city.db, city.east_id, "前台电脑")
    c, token = signed_in(city, name)
    for path in [*ADMIN_PAGES, f"/console/townships/{city.east_id}", f"/console/devices/{device_id}/revoke"]:
        r = c.get(path)
        assert r.status_code == 403 and "不能使用此页面" in r.text, path
    posts = {"/console/townships": {"name": "新乡", "code": "new", "district": "东区"},
             f"/console/townships/{city.east_id}/codes": {"label": "x"},
             f"/console/devices/{device_id}/revoke": {"confirm": "yes"},
             "/console/reference": {}}
    for path, body in posts.items():
        r = c.post(path, data={"csrf": token, **body})
        assert r.status_code == 403, path
    assert [t.code for t in data.townships(city.db)] == ["dh", "xs"]
    with city.db.read() as s:
        assert s.get(Device, device_id).revoked is False
        assert len(s.query(Device).all()) == 1
    nav = c.get("/console/indicators").text
    assert "乡镇与设备" not in nav and "参考数据" not in nav


def test_administrator_sees_every_page(city):
    c, _ = signed_in(city, "boss")
    for path in [*ADMIN_PAGES, "/console/indicators", "/console/evaluation", f"/console/townships/{city.west_id}",
                 f"/console/townships/{city.east_id}/records", "/console/indicators.xlsx"]:
        assert c.get(path).status_code == 200, path


def test_evaluator_reads_all_townships_and_the_evaluation(city):
    c, _ = signed_in(city, "judge")
    page = c.get("/console/indicators").text
    assert "东湖镇" in page and "西山乡" in page
    assert c.get("/console/evaluation").status_code == 200
    assert c.get(f"/console/townships/{city.west_id}/records").status_code == 200


def test_district_viewer_sees_only_its_district(city):
    c, _ = signed_in(city, "east")
    page = c.get("/console/indicators").text
    assert "东湖镇" in page and "西山乡" not in page
    assert c.get(f"/console/townships/{city.east_id}/records?kind=contract").status_code == 200
    r = c.get(f"/console/townships/{city.west_id}/records")
    assert r.status_code == 403 and "只能查看本区县（东区）" in r.text and "西山乡" not in r.text
    with city.db.read() as s:
        refused = s.execute(select(ConsoleAudit).where(ConsoleAudit.action == "refused")).scalars().all()
    assert [(a.staff, a.target) for a in refused] == [("east", f"/console/townships/{city.west_id}/records")]
    # The evaluation is not a district viewer's.
    assert c.get("/console/evaluation").status_code == 403
    # Its export holds its district only.
    wb = load_workbook(io.BytesIO(c.get("/console/indicators.xlsx").content))
    names = [row[1] for row in wb.active.iter_rows(min_row=3, values_only=True)]
    assert names == ["东湖镇"]


def test_unknown_township_and_kind_get_a_clear_page(city):
    c, _ = signed_in(city, "boss")
    r = c.get("/console/townships/99999/records")
    assert r.status_code == 404 and "没有这个乡镇" in r.text
    r = c.get(f"/console/townships/{city.east_id}/records?kind=nonsense")
    assert r.status_code == 404 and "没有这类记录" in r.text
    assert c.get("/console/townships/abc").status_code == 404


def test_unknown_console_page_is_a_page(city):
    c, _ = signed_in(city, "judge")
    r = c.get("/console/no/such/page")
    assert r.status_code == 404 and "没有这个页面" in r.text and r.headers["x-frame-options"] == "DENY"
