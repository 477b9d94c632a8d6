"""Notices: one notice warm (≤ 150 ms), a 1,000-row roster (≤ 1.5 s), size of a one-page notice (≤ 150 KB)."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench.common import isolate_keyring

LIMITS = {"notice_ms": 150, "roster_s": 1.5, "one_page_kb": 150}


def main() -> dict[str, float]:
    isolate_keyring()
    from zwcx_desktop.notices import render_notice
    from zwcx_desktop.notices.samples import make_samples
    from zwcx_desktop.store.app import App

    app = App(Path(tempfile.mkdtemp(prefix="zwcx-bench-notices-")) / "data")
    app.put_setting("server_url", "http://127.0.0.1:8750")  # measured with the QR code an office's notice carries
    ids = make_samples(app, roster_size=1000)
    t = time.perf_counter()
    render_notice(app, ids["affairs"])
    cold = time.perf_counter() - t
    runs = []
    for _ in range(10):
        t = time.perf_counter()
        pdf = render_notice(app, ids["affairs"])
        runs.append(time.perf_counter() - t)
    roster = []
    for _ in range(3):
        t = time.perf_counter()
        big = render_notice(app, ids["roster"])
        roster.append(time.perf_counter() - t)
    got = {"notice_ms": statistics.median(runs) * 1000, "roster_s": statistics.median(roster),
           "one_page_kb": len(pdf) / 1024}
    print(f"first notice (fonts load): {cold * 1000:.0f} ms")
    print(f"one notice warm:  {got['notice_ms']:.0f} ms (limit {LIMITS['notice_ms']} ms)")
    print(f"1,000-row roster: {got['roster_s']:.2f} s, {len(big) // 1024} KB (limit {LIMITS['roster_s']} s)")
    print(f"one-page notice:  {got['one_page_kb']:.0f} KB (limit {LIMITS['one_page_kb']} KB)")
    over = [k for k, v in got.items() if v > LIMITS[k]]
    print("within limits" if not over else f"OVER LIMIT: {', '.join(over)}")
    app.close()
    return got


if __name__ == "__main__":
    main()
