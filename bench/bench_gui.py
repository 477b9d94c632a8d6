"""Desktop benchmarks at 100k records: start to main window (vs a bare PySide6 window in the same run), search box
to updated list, resident memory.

Run alone: .venv/bin/python -m bench.bench_gui [records]. Uses Qt's offscreen platform so it runs without a display.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

# statistics, subprocess and tempfile are imported where used: the child processes that time the start-up run
# this module too, and the bare window they are compared with imports none of them.

RUNS = 5
BARE = """
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print(time.time() - t0, time.thread_time())
"""


def _child_start(mode: str, data: str, t0: float) -> None:
    """In a fresh process, the real start path: `login` until the login window is painted, `main` until the
    main window is painted (the password step skipped, as `Starter(user=...)` does), then on until the store is
    open and the dashboard shows its reminders (`ready`)."""
    from zwcx_desktop.gui.launch import Starter, make_qapp

    qapp = make_qapp()
    starter = Starter(data, user="admin" if mode == "main" else None)
    if mode == "login":
        qapp.processEvents()
        shown, cpu = time.time() - t0, time.thread_time()
    else:
        while starter.win is None:
            qapp.processEvents()
            time.sleep(0.001)
        qapp.processEvents()
        shown, cpu = time.time() - t0, time.thread_time()
        page = starter.win.pages
        while "dashboard" not in page or not page["dashboard"].filled:
            qapp.processEvents()
            time.sleep(0.001)
        ready = time.time() - t0
    starter.runner.wait()
    print(json.dumps({"shown": shown, "cpu": cpu} | ({} if mode == "login" else {"ready": ready})))


def _env(tmp: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"))
    env.pop("DISPLAY", None)
    return env


def _spawn(args: list[str], env: dict) -> dict:
    """Seconds from before the process started to each point it reports, and the main thread's CPU seconds until
    the window was shown (`cpu`: what a busy machine's other processes barely change; the bare window prints the
    two numbers)."""
    import subprocess

    t0 = time.time()
    out = subprocess.run([sys.executable, *args, str(t0)], env=env, capture_output=True, text=True, check=True)
    last = out.stdout.strip().splitlines()[-1]
    if last.startswith("{"):
        return json.loads(last)
    shown, cpu = last.split()
    return {"shown": float(shown), "cpu": float(cpu)}


def _byte_compile() -> None:
    """Byte-compile zwcx's packages before the start-up is timed, as an installed copy has them (the installer
    ships byte code, pip writes it). A checkout run under PYTHONDONTWRITEBYTECODE, or from a read-only folder,
    would otherwise compile every module from source in each timed start (~15 ms); PySide6, which the bare window
    imports, comes byte-compiled from its wheel."""
    import compileall

    import zwcx_core
    import zwcx_desktop

    for pkg in (zwcx_desktop, zwcx_core):
        compileall.compile_dir(Path(pkg.__file__).parent, quiet=1)


def _rss_mb() -> tuple[float, float]:
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def _in_process(data: Path) -> dict:
    """Search latency and memory with the main window open on the biggest list."""
    import statistics

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop

    from zwcx_desktop.gui.launch import make_qapp, open_main
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.users import actor_of, find_user

    make_qapp()
    app = App(data)
    with app.db.read() as s:
        actor = actor_of(find_user(s, "admin"))
    win = open_main(app, actor)
    page = win.goto("service")

    def wait_loaded(timeout_ms: int = 20000) -> float:
        loop, t = QEventLoop(), QElapsedTimer()
        t.start()
        page.model.loaded.connect(loop.quit)
        loop.exec()
        page.model.loaded.disconnect(loop.quit)
        return t.elapsed()

    first = wait_loaded()
    total = page.model.total
    typed, query = [], []
    for text in ("张伟", "王芳", "低保", "高龄津贴", "李", "安静社区"):
        if page.search.text():
            page.search.clear()
            wait_loaded()
        t0 = time.perf_counter()
        page.search.setText(text)  # what the box does once the debounce fires; the debounce itself is added below
        page._debounce.stop()
        page.apply_filters()
        q = time.perf_counter()
        wait_loaded()
        query.append(time.perf_counter() - q)
        typed.append(time.perf_counter() - t0)
        QCoreApplication.processEvents()
    rss, hwm = _rss_mb()
    win.close()
    win.ctx.runner.wait()
    app.close()
    from zwcx_desktop.gui.listpage import DEBOUNCE_MS

    return {"records_in_list": total, "first_list_ms": first, "search_ms": statistics.median(typed) * 1000,
            "search_max_ms": max(typed) * 1000, "debounce_ms": DEBOUNCE_MS, "rss_mb": rss, "peak_mb": hwm}


def main(records: int | None = None) -> dict:
    import statistics
    import tempfile

    from bench.common import demo_dir, isolate_keyring, report

    records = records or int(os.environ.get("ZWCX_BENCH_RECORDS", "100000"))
    isolate_keyring()
    t = time.perf_counter()
    data, made = demo_dir(records)
    print(f"data: {data} ({records} demo records, {f'made in {made:.0f} s' if made else 'cached'}; "
          f"{time.perf_counter() - t:.0f} s)")
    tmp = Path(tempfile.mkdtemp(prefix="zwcx-bench-gui-"))
    env = _env(tmp)
    _byte_compile()
    bare, login, main_, ready, cpu = [], [], [], [], {"bare": [], "login": [], "main": []}
    for _ in range(RUNS):  # interleaved so that all three see the same machine state
        runs = {"bare": _spawn(["-c", BARE], env)}
        for mode in ("login", "main"):
            runs[mode] = _spawn(["-m", "bench.bench_gui", "--child-start", mode, str(data)], env)
        bare.append(runs["bare"]["shown"])
        login.append(runs["login"]["shown"])
        main_.append(runs["main"]["shown"])
        ready.append(runs["main"]["ready"])
        for mode, run in runs.items():
            cpu[mode].append(run["cpu"])
    b, lo, o, r = (statistics.median(x) * 1000 for x in (bare, login, main_, ready))
    bc, lc, mc = (statistics.median(cpu[m]) * 1000 for m in ("bare", "login", "main"))
    res = {"bare_ms": b, "login_ms": lo, "start_ms": o, "ready_ms": r, "bare_cpu_ms": bc, "login_cpu_ms": lc,
           "start_cpu_ms": mc}
    report("bare PySide6 window shown (median)", b, "ms")
    report("zwcx start to first window (login) shown (median)", lo, "ms", 1200)
    report("zwcx first window / bare window", lo / b, "x", 2.0)
    report("zwcx start to main window shown (median)", o, "ms", 1200)
    report("zwcx main window / bare window", o / b, "x", 2.0)
    report("  main-thread CPU until shown: bare window (median)", bc, "ms")
    report("  main-thread CPU until shown: login window (median)", lc, "ms")
    report("  main-thread CPU until shown: main window (median)", mc, "ms")
    report("  main window / bare window in main-thread CPU", mc / bc, "x", 2.0)
    report("  ... to store open and dashboard filled (median)", r, "ms", 1200)
    r = _in_process(data)
    res |= r
    report(f"service list first page ({r['records_in_list']} records)", r["first_list_ms"], "ms")
    report("search box to updated list (median of 6)", r["search_ms"], "ms", 100)
    report("search box to updated list (slowest)", r["search_max_ms"], "ms")
    report("  + debounce after the last keystroke", r["debounce_ms"], "ms")
    report("resident memory with the list open", r["rss_mb"], "MB", 250)
    report("peak resident memory", r["peak_mb"], "MB", 250)
    return res


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child-start":
        _child_start(sys.argv[2], sys.argv[3], float(sys.argv[4]))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else None)
