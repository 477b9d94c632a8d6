"""Opening a record form at 100k records: from the double-click to the form painted with every background read of it
delivered, and the longest stall of the event loop meanwhile (issue 14: ≤ 150 ms).

Run alone: .venv/bin/python -m bench.bench_form [records] [--profile]. Uses Qt's offscreen platform.
"""

from __future__ import annotations

import os
import sys
import time

RUNS = 7  # per kind; the first opening of each kind (imports, first polish) is reported apart


def _open_once(qapp, win, kind: str, rid: str) -> tuple[float, float]:
    """(milliseconds to the painted, filled form; longest single event-loop step in milliseconds)."""
    from PySide6.QtCore import QEventLoop

    t0 = time.perf_counter()
    win.open_record(kind, rid)
    stall = time.perf_counter() - t0  # open_record itself runs on the event loop: its length is a stall
    dlg = win.last_dialog
    while True:
        s = time.perf_counter()
        qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        stall = max(stall, time.perf_counter() - s)
        if not win.ctx.runner.busy:
            qapp.processEvents()
            break
        time.sleep(0.001)
    total = time.perf_counter() - t0
    dlg.close()
    qapp.processEvents()
    return total * 1000, stall * 1000


def record_ids(app, kind: str, n: int) -> list[str]:
    """`n` current records of `kind`, spread over the table."""
    from sqlalchemy import text

    table = {"commitment": "commitments", "disclosure": "disclosures", "service": "service_records",
             "objection": "objections"}[kind]
    with app.db.read() as s:
        rows = s.execute(text(f"SELECT id FROM {table} WHERE deleted = 0 ORDER BY id")).scalars().all()  # noqa: S608
    step = max(1, len(rows) // n)
    return rows[::step][:n]


def measure(data, kinds=("service", "commitment", "disclosure", "objection")) -> dict:
    """Median and worst form-open time and stall per kind, with the main window open on `data`."""
    import statistics
    import tempfile

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # The window's remembered layout and 最近打开 go to a throwaway folder, not the user's settings.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="zwcx-bench-form-")
    from zwcx_desktop.gui.launch import make_qapp, open_main
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.users import actor_of, find_user

    qapp = make_qapp()
    app = App(data)
    with app.db.read() as s:
        actor = actor_of(find_user(s, "admin"))
    win = open_main(app, actor)
    # The dashboard fills first, as it does before a clerk's first double-click can come.
    end = time.perf_counter() + 0.5
    while time.perf_counter() < end or win.ctx.runner.busy:
        qapp.processEvents()
        time.sleep(0.005)
    out = {}
    for kind in kinds:
        ids = record_ids(app, kind, RUNS + 1)
        if not ids:
            continue
        first = _open_once(qapp, win, kind, ids[0])
        times, stalls = zip(*(_open_once(qapp, win, kind, rid) for rid in ids[1:]), strict=True)
        out[kind] = {"first_ms": first[0], "open_ms": statistics.median(times), "open_max_ms": max(times),
                     "stall_ms": statistics.median(stalls), "stall_max_ms": max(stalls)}
    win.close()
    win.ctx.runner.wait()
    app.close()
    return out


def main(records: int | None = None, profile: bool = False) -> dict:
    from bench.common import demo_dir, isolate_keyring, report

    records = records or int(os.environ.get("ZWCX_BENCH_RECORDS", "100000"))
    isolate_keyring()
    data, made = demo_dir(records)
    print(f"data: {data} ({records} demo records, {f'made in {made:.0f} s' if made else 'cached'})")
    if profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        res = measure(data, kinds=("service", "commitment"))
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
    else:
        res = measure(data)
    for kind, r in res.items():
        report(f"open a {kind} form (median of {RUNS})", r["open_ms"], "ms", 150)
        report(f"  ... slowest; first opening of the kind {r['first_ms']:.0f} ms", r["open_max_ms"], "ms")
        report("  ... longest event-loop stall meanwhile (median)", r["stall_ms"], "ms", 100)
    return res


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(args[0]) if args else None, "--profile" in sys.argv)
