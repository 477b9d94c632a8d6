"""Payment clocks: contract indicators over 20,000 contracts with 100,000 events (≤ 500 ms), and the warnings of
the same set for the 工作台. Documents are built in memory as the store loads them (JSON dicts), so what is measured
is the domain code alone.

Run alone: .venv/bin/python -m bench.bench_payments
"""

from __future__ import annotations

import datetime as dt
import random
import time

from bench.common import median_ms, report

INDICATORS_MS = 500
CONTRACTS = 20_000
EVENTS = 100_000


def make_contracts(n: int = CONTRACTS, events: int = EVENTS, seed: int = 7) -> list[dict]:
    """`n` contracts with `events` events in all, over every payment basis, partly paid, some late."""
    rnd = random.Random(seed)
    day0 = dt.date(2024, 1, 1).toordinal()
    docs = []
    per = events // n
    for i in range(n):
        signed = day0 + rnd.randrange(700)
        amount = rnd.randrange(10_000, 5_000_000)
        basis = rnd.choice(("delivery", "delivery", "acceptance", "progress", "schedule"))
        doc = {"id": f"c{i}", "unit_id": f"u{i % 12}", "status": "performing", "sme_declared": rnd.random() < 0.7,
               "signed_date": dt.date.fromordinal(signed).isoformat(), "amount": f"{amount}.00",
               "payment_basis": basis, "payment_days": rnd.choice((None, 30, 45, 90)),
               "acceptance_days": rnd.choice((None, 15, 30)), "late_rate": rnd.choice((None, "3.00", "2.00")),
               "lpr_at_signing": "3.10", "disputed_amount": None, "events": [], "instalments": [], "deposits": []}
        day, left = signed, amount
        evs = doc["events"]
        for j in range(per):
            day += rnd.randrange(1, 40)
            iso = dt.date.fromordinal(day).isoformat()
            if j == 0 or (basis == "delivery" and j == 1):
                evs.append({"id": f"e{i}-{j}", "type": "delivery", "date": iso,
                            "amount": None if j == 0 and basis != "delivery" else f"{amount // 2}.00"})
            elif basis == "acceptance" and j == 1:
                evs.append({"id": f"e{i}-{j}", "type": "acceptance", "date": iso, "passed": rnd.random() < 0.9})
            elif basis == "progress" and j < 3:
                evs.append({"id": f"e{i}-{j}", "type": "settlement", "date": iso, "amount": f"{amount // 3}.00"})
            elif left > 0 and rnd.random() < 0.8:
                pay = min(left, rnd.randrange(amount // 4, amount))
                left -= pay
                evs.append({"id": f"e{i}-{j}", "type": "payment", "date": iso, "amount": f"{pay}.00"})
            else:
                evs.append({"id": f"e{i}-{j}", "type": "invoice", "date": iso, "amount": None})
        if basis == "schedule":
            doc["instalments"] = [{"id": f"i{i}-{k}", "due_date": dt.date.fromordinal(signed + 60 * (k + 1)).isoformat(),
                                   "amount": f"{amount // 4}.00"} for k in range(4)]
        docs.append(doc)
    return docs


def make_lawsuits(n: int = 200, seed: int = 7) -> list[dict]:
    rnd = random.Random(seed)
    day0 = dt.date(2024, 1, 1).toordinal()
    out = []
    for i in range(n):
        filed = day0 + rnd.randrange(800)
        judged = filed + 120 if rnd.random() < 0.6 else None
        out.append({"id": f"l{i}", "unit_id": f"u{i % 12}", "status": "judged" if judged else "pending",
                    "filed_date": dt.date.fromordinal(filed).isoformat(),
                    "judgment_date": judged and dt.date.fromordinal(judged).isoformat(),
                    "perform_deadline": judged and dt.date.fromordinal(judged + 15).isoformat(),
                    "amount": "50000.00"})
    return out


def main() -> list[dict]:
    from zwcx_core.domain.payment_indicators import contract_indicators_by_unit
    from zwcx_core.domain.payment_warnings import warnings

    contracts, lawsuits = make_contracts(), make_lawsuits()
    n_events = sum(len(c["events"]) for c in contracts)
    print(f"{len(contracts):,} contracts, {n_events:,} events, {len(lawsuits)} lawsuits")
    start, end = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        rows = contract_indicators_by_unit(contracts, lawsuits, start, end)
        runs.append(time.perf_counter() - t)
    out = [report(f"contract indicators, all and {len(rows) - 1} units (median of 5)", median_ms(runs), "ms",
                  INDICATORS_MS)]
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        found = warnings(dt.date(2026, 1, 15), contracts, lawsuits)
        runs.append(time.perf_counter() - t)
    out.append(report("warnings of the same set (median of 3)", median_ms(runs), "ms"))
    total = rows[0]
    print(f"on time {total.on_time.percent_text}, {total.overdue_contracts:,} contracts overdue, "
          f"{len(found):,} warnings")
    return out


if __name__ == "__main__":
    main()
