"""Townships and devices in the console: add a township, make an enrolment code (text and QR), see the device
once it enrols and syncs (last seen, client), revoke it with confirmation; load reference data from a file."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select

from tests.server.web.conftest import signed_in
from zwcx_server import service
from zwcx_server.models import ReferenceItem
from zwcx_server.service import ServiceError


def test_add_township_make_code_enrol_and_revoke(city):
    c, token = signed_in(city, "boss")
    r = c.post("/console/townships", data={"csrf": token, "name": "南河镇", "code": "nh", "district": "南区"})
    assert r.status_code == 200 and "南河镇" in r.text and "南区" in r.text
    tid = int(re.search(r"/console/townships/(\d+)/codes", r.text).group(1))
    # The same code twice is refused with a clear message, and the form keeps what was typed.
    r2 = c.post("/console/townships", data={"csrf": token, "name": "南河镇二", "code": "nh", "district": "南区"})
    assert r2.status_code == 400 and "已有使用此代码的乡镇" in r2.text and "南河镇二" in r2.text

    r = c.post(f"/console/townships/{tid}/codes", data={"csrf": token, "label": "党政办电脑"})
    code = re.search(r'id="code">([0-9a-f-]+)<', r.text).group(1)
    assert "<svg" in r.text and "<path" in r.text
    answer = service.enrol(city.db, code)
    device_id, bearer = answer["device_id"], answer["token"]
    service.authenticate(city.db, f"Bearer {bearer}", user_agent="zwcx-desktop-sync/1")
    page = c.get(f"/console/townships/{tid}").text
    assert device_id in page and "zwcx-desktop-sync/1" in page and "在用" in page and "党政办电脑" in page

    confirm = c.get(f"/console/devices/{device_id}/revoke")
    assert "确定吊销" in confirm.text
    # Without the box ticked nothing happens.
    r = c.post(f"/console/devices/{device_id}/revoke", data={"csrf": token})
    assert r.status_code == 400
    service.authenticate(city.db, f"Bearer {bearer}")
    r = c.post(f"/console/devices/{device_id}/revoke", data={"csrf": token, "confirm": "yes"})
    assert r.status_code == 200 and "已吊销" in r.text
    with pytest.raises(ServiceError) as exc:
        service.authenticate(city.db, f"Bearer {bearer}")
    assert exc.value.status == 403
    audit = c.get("/console/audit").text
    assert "enrolment_code" in audit and "revoke_device" in audit and code not in audit


def test_reference_upload_applies_the_command_lines_checks(city):
    c, token = signed_in(city, "boss")
    good = {"holidays": [{"date": "2026-10-01", "workday": False, "name": "国庆节"}],
            "catalogue": [{"code": "A01", "name": "低保"}]}
    r = c.post("/console/reference", data={"csrf": token},
               files={"file": ("ref.json", json.dumps(good, ensure_ascii=False).encode(), "application/json")})
    assert r.status_code == 200 and "已载入" in r.text and "holidays 1 条" in r.text
    with city.db.read() as s:
        assert len(s.execute(select(ReferenceItem)).all()) == 2
    for body, words in [(b"{not json", "not valid UTF-8 JSON"), (b'{"planets": []}', "unknown reference section"),
                        (b'{"holidays": [{"date": "2026-13-45"}]}', "holidays")]:
        r = c.post("/console/reference", data={"csrf": token}, files={"file": ("ref.json", body, "application/json")})
        assert r.status_code == 400 and "参考数据未载入" in r.text and words in r.text, body
    with city.db.read() as s:
        assert len(s.execute(select(ReferenceItem)).all()) == 2


def test_a_township_added_by_the_command_line_is_given_its_district(city):
    tid = service.add_township(city.db, "老城街道", "lc")
    c, token = signed_in(city, "boss")
    assert "（未分区县）" in c.get("/console/townships").text
    r = c.post(f"/console/townships/{tid}/district", data={"csrf": token, "district": " "})
    assert r.status_code == 400 and "区县名称" in r.text
    c.post(f"/console/townships/{tid}/district", data={"csrf": token, "district": "东区"})
    east, _ = signed_in(city, "east")
    assert "老城街道" in east.get("/console/indicators").text
    assert east.get(f"/console/townships/{tid}/records").status_code == 200


def test_the_qr_svg_draws_the_librarys_matrix():
    import qrcode

    from zwcx_server.web import qr

    text = "79ad98-7d9093-880bb3"
    svg = qr.svg(text)
    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    want = code.get_matrix()
    got = [[False] * len(want) for _ in want]
    for x, y, w in re.findall(r"M(\d+) (\d+)h(\d+)v1h-\d+z", svg):
        for col in range(int(x) - 4, int(x) - 4 + int(w)):
            got[int(y) - 4][col] = True
    assert got == want
    assert f'viewBox="0 0 {len(want) + 8} {len(want) + 8}"' in svg


def test_the_citys_pseudo_device_is_not_listed_counted_or_revocable(city):
    from tests.server.web.test_console_review import form_of, put
    from zwcx_server.models import Device
    from zwcx_server.web import data

    rid = put(city, city.east_id, subject_name="东湖镇人民政府", title="东湖判决未履行")
    c, token = signed_in(city, "boss")
    action, version = form_of(c.get("/console/review").text, rid)
    assert c.post(action, data={"csrf": token, "version": version, "action": "confirm"}).status_code == 200
    city_id = service.city_device_id(city.east_id)
    with city.db.read() as s:
        assert s.get(Device, city_id).name == service.CITY_DEVICE_NAME  # the review wrote through it
    page = c.get(f"/console/townships/{city.east_id}").text
    assert city_id not in page and service.CITY_DEVICE_NAME not in page and page.count("吊销…") == 1
    assert [d.id for d in data.devices(city.db, city.east_id)] != [] and city_id not in [
        d.id for d in data.devices(city.db, city.east_id)]
    assert next(t for t in data.townships(city.db) if t.id == city.east_id).devices == 1
    # Asked for by its id all the same: refused, on the page, by the form and on the command line's path.
    r = c.get(f"/console/devices/{city_id}/revoke")
    assert r.status_code == 403 and "不能吊销" in r.text
    r = c.post(f"/console/devices/{city_id}/revoke", data={"csrf": token, "confirm": "yes"})
    assert r.status_code == 403 and "不能吊销" in r.text
    with pytest.raises(ValueError, match="city"):
        service.revoke_device(city.db, city_id)
    with city.db.read() as s:
        assert s.get(Device, city_id).revoked is False


def test_reference_upload_nested_too_deeply_is_refused_with_a_page(city):
    c, token = signed_in(city, "boss")
    r = c.post("/console/reference", data={"csrf": token},
               files={"file": ("ref.json", b"[" * 200_000, "application/json")})
    assert r.status_code == 400 and "参考数据未载入" in r.text and "nested too deeply" in r.text
