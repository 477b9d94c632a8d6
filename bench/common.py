"""Helpers shared by the benchmark scripts: a set-up data directory and a machine description."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "bench-pass-1"
USCC = "91110000600037341L"


def isolate_keyring() -> Path:
    """Benchmarks use keyring's file backend in a temporary folder, never the real keyring (chosen explicitly:
    zwcx refuses a file store nobody chose). The folder stays from run to run, like the data directories
    `demo_dir` keeps: a cached directory without its ID fingerprint key measured every search with a failed key
    read (entries are per installation, so a directory made again never meets its predecessor's key)."""
    home = Path(tempfile.gettempdir()) / "zwcx-bench-keyring"
    home.mkdir(exist_ok=True)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["ZWCX_ALLOW_FILE_KEYRING"] = "1"
    os.environ["XDG_DATA_HOME"] = str(home)
    return home


def zwcx(data_dir: Path, *args: str, stdin: str | None = None) -> float:
    """Run the real command line; returns wall seconds."""
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "zwcx_desktop", "--data-dir", str(data_dir), *args], input=stdin,
                   text=True, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def init_dir(data_dir: Path) -> None:
    zwcx(data_dir, "init", "--unit-name", "道里区新阳路街道办事处", "--unit-code", USCC, "--division", "230102",
         "--admin", "admin", "--password-stdin", "--contact-person", "张丽", "--contact-phone", "0451-84661234",
         "--address", "哈尔滨市道里区新阳路123号", "--supervisor", "道里区纪委监委", "--supervision-phone", "0451-84612388",
         stdin=PASSWORD + "\n")


def demo_dir(records: int, cache: bool = True) -> tuple[Path, float | None]:
    """A data directory with `records` demo records, reused between benchmark scripts of one run."""
    root = Path(tempfile.gettempdir()) / f"zwcx-bench-{records}"
    if cache and cached(root):
        return root, None
    import shutil

    shutil.rmtree(root, ignore_errors=True)
    init_dir(root)
    secs = zwcx(root, "demo", "--records", str(records), "--seed", "7")
    mark_cached(root)
    return root, secs


def cached(root: Path) -> bool:
    """Whether a cached benchmark data directory was built at this code's schema revision (a directory built by
    an older checkout would measure, or fail on, a schema that is gone)."""
    from zwcx_desktop.store.migrate import HEAD

    done = root / "done"
    return done.exists() and done.read_text().strip() == HEAD


def mark_cached(root: Path) -> None:
    from zwcx_desktop.store.migrate import HEAD

    (root / "done").write_text(HEAD)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def machine() -> str:
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def report(name: str, value: float, unit: str, target: float | None = None) -> dict:
    ok = "" if target is None else ("  ok" if value <= target else f"  OVER target {target}")
    print(f"{name:<55} {value:10.2f} {unit}{ok}")
    return {"name": name, "value": round(value, 3), "unit": unit, "target": target}
