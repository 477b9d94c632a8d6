"""The console in a real browser (headless Chromium): sign in, add a township, make an enrolment code, see the
device enrol and sync, revoke it, open the public page; an evaluator saves the indicator tree, runs an
evaluation, reads it and opens 逾期事项. Skipped only when Chromium is not installed here; CI
installs it (.ci/run)."""

from __future__ import annotations

import time

import pytest
import requests

from tests.server.web import browser
from tests.server.web.conftest import PASSWORD
from zwcx_server.db import ServerDB
from zwcx_server.testing import TEST_SERVER_KEY, LiveServer
from zwcx_server.web import accounts

pytestmark = pytest.mark.skipif(not browser.available(), reason="chromium and chromedriver are not installed "
                                                                 "(apt-get install chromium chromium-driver)")


@pytest.fixture
def site(db_url):
    db = ServerDB(db_url, TEST_SERVER_KEY)
    db.upgrade()
    accounts.add_staff(db, "boss", PASSWORD, "admin")
    accounts.add_staff(db, "judge", PASSWORD, "evaluator")
    srv = LiveServer(db).start()
    driver = browser.chrome()
    try:
        yield srv, driver
    finally:
        driver.quit()
        srv.stop()
        db.close()


def heading(d, text: str, starts: bool = False) -> None:
    """Wait for the page whose heading is `text` (or, with `starts`, begins with it): a click that submits a form
    returns before the next page."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    # The old page may be replaced between finding the heading and reading it: chromedriver then says "stale
    # element" or, at times, "Node … does not belong to the document" (a plain WebDriverException). Both mean
    # "look again"; a page that never comes still fails after 15 s.
    WebDriverWait(d, 15, ignored_exceptions=(StaleElementReferenceException, WebDriverException)).until(
        lambda d: (h := d.find_element(By.TAG_NAME, "h1").text) == text or (starts and h.startswith(text)))


def test_sign_in_manage_a_device_and_open_the_public_page(site):
    from selenium.webdriver.common.by import By

    srv, d = site
    started = time.monotonic()
    find = d.find_element
    d.get(srv.url + "/console/townships")
    assert d.current_url.startswith(srv.url + "/console/login")
    find(By.ID, "name").send_keys("boss")
    find(By.ID, "password").send_keys("wrong password!")
    find(By.ID, "login").click()
    heading(d, "登录")
    assert "用户名或密码不正确" in find(By.ID, "error").text
    find(By.ID, "name").clear()
    find(By.ID, "name").send_keys("boss")
    find(By.ID, "password").send_keys(PASSWORD)
    find(By.ID, "login").click()
    heading(d, "乡镇与设备")

    find(By.ID, "t-name").send_keys("<i>南河镇</i>")
    find(By.ID, "t-code").send_keys("nh")
    find(By.ID, "t-district").send_keys("南区")
    find(By.ID, "add-township").click()
    heading(d, "<i>南河镇</i>")  # shown as typed, never as markup
    assert not d.find_elements(By.CSS_SELECTOR, "h1 i")

    find(By.ID, "label").send_keys("党政办电脑")
    find(By.ID, "make-code").click()
    heading(d, "注册码：<i>南河镇</i>")
    code = find(By.ID, "code").text
    assert find(By.CSS_SELECTOR, ".qrbox svg").size["width"] >= 100
    # A device enrols with the code and syncs, over the real HTTP API.
    answer = requests.post(srv.url + "/v1/enroll", json={"code": code}, timeout=10).json()
    meta = requests.get(srv.url + "/v1/sync/meta", timeout=10, headers={
        "Authorization": f"Bearer {answer['token']}", "User-Agent": "zwcx-desktop-sync/1"})
    assert meta.status_code == 200

    find(By.PARTIAL_LINK_TEXT, "返回").click()
    heading(d, "<i>南河镇</i>")
    assert "zwcx-desktop-sync/1" in find(By.TAG_NAME, "table").text
    find(By.LINK_TEXT, "吊销…").click()
    heading(d, "吊销设备")
    find(By.ID, "confirm").click()
    find(By.ID, "revoke").click()
    heading(d, "<i>南河镇</i>")
    assert "已吊销" in find(By.TAG_NAME, "table").text
    refused = requests.get(srv.url + "/v1/sync/meta", timeout=10, headers={"Authorization": f"Bearer {answer['token']}"})
    assert refused.status_code == 403

    d.get(srv.url + "/p/nh")
    assert "南河镇" in find(By.TAG_NAME, "h1").text and "暂无已公开的承诺事项" in find(By.TAG_NAME, "body").text
    # No script ran or was refused on any page: the console has none.
    logs = [e for e in d.get_log("browser") if "Content Security Policy" in e.get("message", "")]
    assert logs == []
    d.get(srv.url + "/console/townships")
    find(By.ID, "logout").click()
    heading(d, "登录")
    assert d.current_url.startswith(srv.url + "/console/login")

    # The evaluator opens the tree (the preset 示例), saves it as version 1, runs an evaluation and reads it.
    find(By.ID, "name").send_keys("judge")
    find(By.ID, "password").send_keys(PASSWORD)
    find(By.ID, "login").click()
    heading(d, "乡镇指标")
    find(By.LINK_TEXT, "区域政务诚信评价").click()
    heading(d, "区域政务诚信评价")
    find(By.ID, "open-tree").click()
    heading(d, "指标树")
    assert '"label": "示例"' in find(By.ID, "doc").get_attribute("value")
    find(By.ID, "save-tree").click()
    heading(d, "指标树")
    assert "已保存为第1版" in find(By.ID, "saved").text
    find(By.PARTIAL_LINK_TEXT, "区域政务诚信评价").click()
    heading(d, "区域政务诚信评价")
    find(By.ID, "run").click()
    heading(d, "评价结果", starts=True)  # the run's page, once it has replaced the form's (it may take a moment)
    assert find(By.TAG_NAME, "h1").text.startswith("评价结果")
    assert "<i>南河镇</i>" in find(By.ID, "scores").text
    find(By.LINK_TEXT, "<i>南河镇</i>").click()
    heading(d, "得分说明：<i>南河镇</i>")
    assert "区域政务诚信评价" in find(By.ID, "explanation").text and "计分规则" in find(By.ID, "explanation").text
    find(By.LINK_TEXT, "逾期事项").click()
    heading(d, "逾期事项")
    assert "没有逾期事项" in find(By.ID, "overdue").text and find(By.ID, "kind").tag_name == "select"
    assert time.monotonic() - started < 60
