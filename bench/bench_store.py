"""Store benchmarks at 100k records: demo generation, substring search, one save, `zwcx check`."""

from __future__ import annotations

import random
import time

from bench.common import demo_dir, isolate_keyring, median_ms, report

QUERIES = ["张伟", "王", "高龄津贴", "安静社区", "李娜", "低保", "公益性岗位补贴", "刘", "困难学生助学金", "周秀英"]


def main(records: int = 100_000) -> list[dict]:
    isolate_keyring()
    root, demo_secs = demo_dir(records, cache=False)
    out = [report(f"zwcx demo --records {records}", demo_secs, "s", 60.0)]

    from zwcx_core.domain.enums import Role
    from zwcx_desktop.store import queries as Q
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.users import Actor

    app = App(root)
    samples = []
    with app.db.read() as s:
        for _ in range(5):
            for q in QUERIES:
                t = time.perf_counter()
                f = Q.Filter("service", search=q)
                n = Q.count(s, f)
                Q.rows(s, "service", Q.ids(s, f, limit=100))
                samples.append(time.perf_counter() - t)
                assert n >= 0
    out.append(report("substring search (count + first 100 rows), median", median_ms(samples), "ms", 30.0))
    samples = []
    with app.db.read() as s:
        for descending in (False, True) * 3:  # what a list page asks when the clerk sorts by name
            t = time.perf_counter()
            Q.ids(s, Q.Filter("service", order_by="beneficiary_name", descending=descending))
            samples.append(time.perf_counter() - t)
    out.append(report("all service ids in pinyin order of name, median", median_ms(samples), "ms", 500.0))

    admin = Actor("admin", Role.ADMIN)
    unit = app.home_unit_id()
    rng = random.Random(3)
    samples = []
    for i in range(200):
        payload = {"unit_id": unit, "title": f"基准承诺{i}", "category": "integrity", "content": "内容" * 40,
                   "responsible_person": "李明", "made_date": "2026-01-01",
                   "due_date": f"2026-{rng.randrange(1, 13):02d}-15"}
        t = time.perf_counter()
        app.records.create("commitment", payload, admin)
        samples.append(time.perf_counter() - t)
    out.append(report("one save (record + version + audit + outbox), median", median_ms(samples), "ms", 5.0))
    app.close()
    # Every version, row, event and the keyed chain, as `zwcx check --local` does (no server to ask here).
    from zwcx_desktop.store.check import run_checks

    app = App(root)
    t = time.perf_counter()
    problems = run_checks(app.db)
    out.append(report(f"zwcx check at {records} records (local)", time.perf_counter() - t, "s", 60.0))
    assert problems == [], problems[:3]
    app.close()
    return out


if __name__ == "__main__":
    main()
