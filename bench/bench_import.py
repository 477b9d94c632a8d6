"""Reading hostile or bloated rosters: a sheet formatted down to a million empty rows (bare, and with styled empty
cells), and a 300 MB zip bomb. Each is read in a fresh interpreter, timed, with the peak memory it added.

Run alone: python -m bench.run_all bench_import   (or python -m bench.bench_import)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import report

ROOT = Path(__file__).resolve().parents[1]
_READ = """
import json, resource, sys, time
from zwcx_desktop.io import roster
from zwcx_desktop.io.reader import FileProblem
import openpyxl.worksheet._reader  # loaded before the measure: only the reading itself counts
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.perf_counter()
try:
    said = f"{len(roster.inspect(sys.argv[1]).rows)} rows"
except FileProblem as exc:
    said = str(exc)
print(json.dumps({"secs": time.perf_counter() - t, "said": said,
                  "mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024}))
"""


def _read(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", _READ, str(path)], capture_output=True, text=True, check=True,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": os.pathsep.join(str(ROOT / d) for d in ("", "core", "server"))})
    return json.loads(done.stdout)


def main(empty_rows: int = 1_000_000) -> list[dict]:
    sys.path.insert(0, str(ROOT))
    from tests.io.rosters import pad_with_empty_rows, roster_rows, write_xlsx, zip_bomb

    out = []
    work = Path(tempfile.mkdtemp(prefix="zwcx-bench-import-"))
    try:
        src = write_xlsx(work / "roster.xlsx", roster_rows(10))
        cases = []
        for cells, what in ((0, "bare <row/> elements"), (8, "8 styled empty cells each")):
            t = time.perf_counter()
            f = pad_with_empty_rows(src, work / f"empty-{cells}.xlsx", empty_rows, cells=cells)
            print(f"  made {f.name}: {f.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - t:.1f} s")
            cases.append((f, f"{empty_rows:,} empty rows ({what})"))
        cases.append((zip_bomb(src, work / "bomb.xlsx"), "zip bomb (300 MB in one cell)"))
        for f, name in cases:
            got = _read(f)
            print(f"  {name}: {got['said'][:100]}")
            out.append(report(f"read roster, {name}", got["secs"], "s", 10.0))
            out.append(report(f"read roster, {name}: peak memory added", got["mb"], "MB", 200.0))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


if __name__ == "__main__":
    main()
