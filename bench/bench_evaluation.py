"""区域政务诚信评价 over 300 townships (issue #19: ≤ 10 s): scoring the preset tree on precomputed indicator
values, a year and its four quarters, and printing the report PDF."""

from __future__ import annotations

import random
import statistics
import time

LIMITS = {"evaluation_s": 10.0, "five_periods_s": 10.0, "report_s": 10.0}
TOWNSHIPS = 300


def townships(seed: int) -> list[dict]:
    """Per township the values the console keeps up to date: every indicator, with records behind the counts
    (some rates left without data, as for a township with nothing due)."""
    rnd = random.Random(seed)
    out = []
    for i in range(TOWNSHIPS):
        values: dict = {}
        for ind, lo in (("keeping_rate", 50), ("timely_disclosure", 60), ("notice_compliance", 75),
                        ("objections_on_time", 50), ("paid_on_time", 40), ("supervision_on_time", 55),
                        ("supervision_reply_rate", 70), ("supervision_satisfaction", 60)):
            if rnd.random() < 0.9:
                den = rnd.randint(1, 40)
                values[ind] = {"value": round(100 * rnd.randint(den * lo // 100, den) / den, 4),
                               "detail": f"?/{den}"}
        for ind in ("overdue_arrears_count", "dishonesty_serious", "dishonesty_general", "dishonesty_minor"):
            n = rnd.choice((0, 0, 0, 1, 2, 4))
            values[ind] = {"value": n, "events": [{"record_id": f"r{i}-{ind}-{k}", "reason": "逾期"} for k in range(n)]}
        values["overdue_arrears_amount"] = round(rnd.uniform(0, 1_500_000), 2)
        out.append({"id": f"t{i:03d}", "name": f"第{i + 1}镇", "district": f"第{i % 12 + 1}区", "values": values})
    return out


def main() -> dict[str, float]:
    from zwcx_server.evaluation import evaluate, example_tree, parse_period, quarters
    from zwcx_server.evaluation.report import render_report

    tree = example_tree()
    data = townships(7)
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        ev = evaluate(tree, data, parse_period("2026"))
        runs.append(time.perf_counter() - t)
    t = time.perf_counter()
    for k, period in enumerate([*quarters(2026), parse_period("2026")]):
        evaluate(tree, townships(k), period)
    five = time.perf_counter() - t
    t = time.perf_counter()
    pdf = render_report(ev, "哈尔滨市")
    report = time.perf_counter() - t
    got = {"evaluation_s": statistics.median(runs), "five_periods_s": five, "report_s": report}
    print(f"one evaluation, {TOWNSHIPS} townships × {len(tree.leaves())} leaves: {got['evaluation_s'] * 1000:.1f} ms "
          f"(limit {LIMITS['evaluation_s']:.0f} s)")
    print(f"four quarters and the year (inputs built too): {five * 1000:.0f} ms")
    print(f"report PDF of {TOWNSHIPS} townships: {report:.2f} s, {len(pdf) // 1024} KB")
    over = [k for k, v in got.items() if v > LIMITS[k]]
    print("within limits" if not over else f"OVER LIMIT: {', '.join(over)}")
    return got


if __name__ == "__main__":
    main()
