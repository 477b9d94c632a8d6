"""Contracts in the store at 20,000 contracts with 100,000 events: typed search on the contract list (≤ 100 ms),
the 工作台's payment warnings (read from the store, preselected by column), and the contract indicators over the
whole store (≤ 500 ms, documents read and parsed included).

The data directory is built once through the real store (validation, versions, audit) and kept between runs like
the demo directories. Run alone: .venv/bin/python -m bench.bench_contracts
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from bench.common import cached, init_dir, isolate_keyring, mark_cached, median_ms, report

CONTRACTS = 20_000
EVENTS = 100_000
SEARCH_MS = 100
INDICATORS_MS = 500
#: What a clerk types into the contract list's search box, one keystroke after another.
TYPED = ["办", "办公", "办公设备", "哈", "哈尔滨", "科技", "HT-2025", "HT-2025-01"]


def _payloads(units: list[str]) -> list[dict]:
    """bench_payments' documents as the clerk enters them: real units, titles and counterparties, no ids."""
    from bench.bench_payments import make_contracts

    titles = ["办公设备采购", "村道维修工程", "社区卫生服务站运营", "垃圾清运服务", "路灯改造工程", "招商引资协议"]
    out = []
    for i, doc in enumerate(make_contracts(CONTRACTS, EVENTS)):
        for key in ("id", "status"):
            doc.pop(key)
        for row in doc["events"] + doc["instalments"]:
            row.pop("id", None)
        doc |= {"unit_id": units[i % len(units)], "title": f"{titles[i % len(titles)]}{i}",
                "contract_no": f"HT-{2024 + i % 3}-{i:05d}", "contract_type": "procurement_goods",
                "counterparty": f"哈尔滨某{['科技', '建筑', '物业', '商贸'][i % 4]}有限公司{i % 500}"}
        out.append(doc)
    return out


def contracts_dir() -> Path:
    """A data directory with the contracts, signed (履行中), kept for the next run."""
    import tempfile

    root = Path(tempfile.gettempdir()) / f"zwcx-bench-contracts-{CONTRACTS}"
    if cached(root):
        return root
    import shutil

    from zwcx_core.domain.enums import Role
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.users import Actor

    shutil.rmtree(root, ignore_errors=True)
    init_dir(root)
    app = App(root)
    admin = Actor("admin", Role.ADMIN)
    home = app.home_unit_id()
    units = [home] + app.records.create_many("unit", [
        {"name": f"第{n}村民委员会", "unit_type": "village", "parent_id": home, "contact_person": "张丽",
         "contact_phone": "0451-84661234", "address": "村办公室"} for n in range(1, 12)], admin)
    t = time.perf_counter()
    payloads = _payloads(units)
    ids = []
    for i in range(0, len(payloads), 2000):
        ids += app.records.create_many("contract", payloads[i : i + 2000], admin)
    for i in range(0, len(ids), 2000):
        app.records.transition_many(ids[i : i + 2000], "performing", admin)
    print(f"built {len(ids):,} contracts in {time.perf_counter() - t:.0f} s")
    app.close()
    mark_cached(root)
    return root


def main() -> list[dict]:
    isolate_keyring()
    root = contracts_dir()
    from zwcx_desktop.store import queries as Q
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.facts import contract_indicators
    from zwcx_desktop.store.reminders import payment_reminders

    app = App(root)
    out = []
    with app.db.read() as s:
        n_events = s.connection().exec_driver_sql(
            "SELECT sum(json_array_length(v.doc, '$.events')) FROM contracts c "
            "JOIN record_versions v ON v.version_id = c.version_id").scalar()
        print(f"{Q.count(s, Q.Filter('contract')):,} contracts, {n_events:,} events")
        samples, worst = [], 0.0
        for _ in range(3):
            for q in TYPED:
                t = time.perf_counter()
                f = Q.Filter("contract", search=q)
                Q.count(s, f)
                Q.rows(s, "contract", Q.ids(s, f, limit=100))
                took = time.perf_counter() - t
                samples.append(took)
                worst = max(worst, took)
        out.append(report("contract list: typed search (count + first 100 rows), median", median_ms(samples), "ms",
                          SEARCH_MS))
        out.append(report("contract list: typed search, slowest keystroke", worst * 1000, "ms", SEARCH_MS))
        today = dt.date(2026, 1, 15)
        from zwcx_desktop.store import reminders

        for state in ("cold", "warm"):  # cold: every document's text read once (start-up); warm: after a save
            samples = []
            for _ in range(3):
                if state == "cold":
                    reminders._watch_cache.clear()
                t = time.perf_counter()
                payments, judgments = payment_reminders(s, today, 100)
                samples.append(time.perf_counter() - t)
            out.append(report(f"工作台 payment warnings from the store, {state} (median of 3)", median_ms(samples),
                              "ms"))
        # From the contracts' columns and the compact clock_facts kept at every write (no document read). Cold: the
        # first count of a session (the command line, the first 统计分析); warm: again after a save, when the
        # parsed facts of unchanged versions are kept.
        from zwcx_desktop.store import facts

        for state in ("cold", "warm"):
            samples = []
            for _ in range(5):
                if state == "cold":
                    facts._clock_cache.clear()
                t = time.perf_counter()
                rows = contract_indicators(s, dt.date(2025, 1, 1), dt.date(2025, 12, 31), today)
                samples.append(time.perf_counter() - t)
            out.append(report(f"contract indicators over the store, {state} (median of 5)", median_ms(samples), "ms",
                              INDICATORS_MS))
    app.close()
    total = rows[0]
    print(f"on time {total.on_time.percent_text}, {total.overdue_contracts:,} contracts overdue, "
          f"{len(payments)} payment warnings shown (capped at 100), {len(judgments)} judgments")
    return out


if __name__ == "__main__":
    main()
