"""`make screenshots`, console part: a demo city in a temporary server database, shown in headless Chromium at
1366×768 (the public page also at a phone's size): sign-in, indicators, townships and devices, records, the
evaluation (tree, run, explanation), the review, 逾期事项 and a 失信 record the city returned; PNGs in
out/screenshots/console-*.png."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.server.web import browser

OUT = Path("out/screenshots")


def _city(db):
    """The demo city; returns (东湖镇's id, the evaluation run's id, a 失信 record the city returned)."""
    import datetime as dt

    from tests.server.pagedata import put_version
    from tests.server.web.conftest import PASSWORD
    from tests.server.web.test_console_figures import seed_east
    from tests.server.web.test_console_overdue import seed_overdue
    from tests.server.web.test_console_public import seed
    from zwcx_server import service
    from zwcx_server.evaluation import example_tree_json
    from zwcx_server.web import accounts, data, evaluations, review
    from zwcx_server.web.render import CHINA

    accounts.add_staff(db, "shixinyongban", PASSWORD, "admin")
    east = data.add_township(db, "东湖镇", "dh", "东区")
    seed_east(db, east)
    seed(db, east)
    others = [data.add_township(db, name, code, district)
              for name, code, district in (("西山乡", "xs", "西区"), ("南河镇", "nh", "南区"), ("北岭街道", "bl", "东区"))]
    seed_overdue(db, east, others[0])
    service.enroll_device(db, east, "党政办电脑")
    today = dt.datetime.now(CHINA).date()
    unit, _, _ = put_version(db, east, "unit", {"name": "东湖镇党政办", "unit_type": "department"})
    credit = {"unit_id": unit, "subject_level": "unit", "subject_name": "东湖镇人民政府", "severity": "general",
              "dishonesty_type": "judgment_unperformed", "deciding_body": "某区人民法院", "status": "confirmed",
              "decision_no": "(2026)黑0102执9号", "decision_date": (today - dt.timedelta(days=30)).isoformat()}
    put_version(db, east, "dishonesty", credit | {"title": "拖欠中小企业账款经判决未履行"})
    rid, vid, _ = put_version(db, east, "dishonesty", credit | {"title": "未按期履行行政协议"})
    answer = service.city_version(db, east, rid, vid, review.changes("return", "请补充认定文书的送达回证。", today),
                                  "shixinyongban")
    assert answer["status"] == "applied", answer
    evaluations.save_tree(db, example_tree_json(), "shixinyongban")
    run_id, _ = evaluations.run(db, str(today.year), "shixinyongban", today)
    return east, run_id, rid


def main() -> int:
    """Save the PNGs; 1 (with the apt-get line) when Chromium is not installed."""
    if not browser.available():
        print("make screenshots: the console's pages need Chromium: apt-get install chromium chromium-driver",
              file=sys.stderr)
        return 1
    from selenium.webdriver.common.by import By

    from tests.server.web.conftest import PASSWORD
    from zwcx_server.db import ServerDB
    from zwcx_server.testing import TEST_SERVER_KEY, LiveServer

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = ServerDB(f"sqlite:///{tmp}/console.sqlite3", TEST_SERVER_KEY)
        db.upgrade()
        east, run_id, returned = _city(db)
        srv = LiveServer(db).start()
        d = browser.chrome()
        try:
            def shot(name: str, path: str | None = None) -> None:
                if path is not None:
                    d.get(srv.url + path)
                d.save_screenshot(str(OUT / f"console-{name}.png"))

            shot("01-login", "/console/login")
            d.find_element(By.ID, "name").send_keys("shixinyongban")
            d.find_element(By.ID, "password").send_keys(PASSWORD)
            d.find_element(By.ID, "login").click()
            shot("02-indicators", "/console/indicators?start=2026-01-01&end=2026-03-31&sort=keeping&dir=desc")
            shot("03-townships", "/console/townships")
            shot("04-township", f"/console/townships/{east}")
            d.find_element(By.ID, "label").send_keys("档案室电脑")
            d.find_element(By.ID, "make-code").click()
            shot("05-enrolment-code")
            d.get(f"{srv.url}/console/townships/{east}")
            d.find_element(By.LINK_TEXT, "吊销…").click()
            shot("06-revoke-confirm")
            shot("07-records-commitments", f"/console/townships/{east}/records?kind=commitment")
            shot("08-records-contracts", f"/console/townships/{east}/records?kind=contract")
            shot("09-reference", "/console/reference")
            shot("10-evaluation", "/console/evaluation")
            shot("11-audit", "/console/audit")
            shot("14-evaluation-tree", "/console/evaluation/tree")
            shot("15-evaluation-run", f"/console/evaluation/runs/{run_id}")
            shot("16-evaluation-explanation", f"/console/evaluation/runs/{run_id}/townships/{east}")
            shot("17-review", "/console/review")
            shot("18-overdue", "/console/overdue")
            shot("19-record-dishonesty", f"/console/townships/{east}/records/{returned}")
            shot("12-public-township", "/p/dh")
            d.set_window_size(390, 844)
            shot("13-public-township-phone", "/p/dh")
        finally:
            d.quit()
            srv.stop()
            db.close()
    print(f"console screenshots saved in {OUT}/console-*.png", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
