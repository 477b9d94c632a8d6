"""Installer benchmarks: size of the one-folder bundle (dist/zwcx/) and cold start of the bundled app to its login
window, offscreen (ZWCX_EXIT_AFTER_SHOWN=1 ends the real start once the first window is painted).

Run alone: .venv/bin/python -m bench.bench_dist   (runs `make dist` first when there is no bundle yet).
The first start is after dropping the page cache where the machine allows it (root on Linux), so it reads the
bundle from disk like the first start after installation; the median is of the starts after it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "zwcx"
SIZE_TARGET_MIB = 150
START_TARGET_S = 1.5
RUNS = 5


def bundle_mib(folder: Path) -> float:
    """Bytes of the bundle's files (symbolic links, which PyInstaller makes for Qt's libraries, count nothing)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def _drop_page_cache() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def main() -> None:
    if not (BUNDLE / "zwcx").exists():
        subprocess.run(["make", "dist"], cwd=ROOT, check=True)
    size = bundle_mib(BUNDLE)
    debs = sorted((ROOT / "dist").glob("zwcx_*.deb"))
    deb = f"; .deb {debs[-1].stat().st_size / 2**20:.1f} MiB" if debs else ""
    print(f"bundle dist/zwcx: {size:.1f} MiB (target <= {SIZE_TARGET_MIB}){deb}")

    tmp = Path(tempfile.mkdtemp(prefix="zwcx-bench-dist-"))
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp / "home"), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp / "xdg"), "XDG_CONFIG_HOME": str(tmp / "config"),
           "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring", "ZWCX_ALLOW_FILE_KEYRING": "1"}
    exe, data = str(BUNDLE / "zwcx"), str(tmp / "data")
    subprocess.run([exe, "--data-dir", data, "init", "--unit-name", "道里区新阳路街道办事处", "--unit-code",
                    "91110000600037341L", "--division", "230102", "--admin", "admin", "--password-stdin",
                    "--contact-person", "张丽", "--contact-phone", "0451-84661234", "--address", "哈尔滨市道里区新阳路123号",
                    "--supervisor", "道里区纪委监委", "--supervision-phone", "0451-84612388"],
                   input="bench-pass-1\n", text=True, env=env, check=True, stdout=subprocess.DEVNULL)
    times = []
    cold = _drop_page_cache()
    for _ in range(RUNS + 1):
        t = time.perf_counter()
        subprocess.run([exe, "--data-dir", data], env={**env, "ZWCX_EXIT_AFTER_SHOWN": "1"}, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    first, warm = times[0], statistics.median(times[1:])
    print(f"start to login window (bundled, offscreen, whole process): first {first:.2f} s "
          f"({'page cache dropped' if cold else 'page cache not dropped: not root'}), "
          f"median of next {RUNS} {warm:.2f} s (target <= {START_TARGET_S})")
    over = []
    if size > SIZE_TARGET_MIB:
        over.append(f"bundle {size:.1f} MiB > {SIZE_TARGET_MIB}")
    if first > START_TARGET_S:
        over.append(f"cold start {first:.2f} s > {START_TARGET_S}")
    if over:
        raise RuntimeError("over target: " + "; ".join(over))


if __name__ == "__main__":
    main()
