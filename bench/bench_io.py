"""Import/export benchmarks: a 10,000-row roster imported (check + write), 100k records exported to .xlsx."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from bench.common import demo_dir, init_dir, isolate_keyring, report


def _roster(path: Path, rows: int) -> Path:
    """A realistic roster workbook: title row, Chinese headers, IDs as text, typed amounts and dates."""
    import datetime as dt

    from openpyxl import Workbook
    from stdnum.cn import ric

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("养老")
    ws.append(["2026年3月高龄津贴发放名单"])
    ws.append(["序号", "姓名", "身份证号", "户人数", "村(社区)", "发放金额", "发放日期", "备注"])
    for i in range(rows):
        born = dt.date(1930, 1, 1) + dt.timedelta(days=i % 9000)
        body = f"2301{i // 9000:02d}{born:%Y%m%d}{i % 1000:03d}"
        ws.append([i + 1, f"张{'伟芳娜秀敏静丽强磊军'[i % 10]}{i}", body + ric.calc_check_digit(body + "0"),
                   1 + i % 4, f"安静社区{i % 7}", 100 + (i % 50) * 10.5, dt.date(2026, 3, 5), None])
    wb.save(path)
    return path


def main(records: int = 100_000, roster_rows: int = 10_000) -> list[dict]:
    isolate_keyring()
    from zwcx_core.domain.enums import Role
    from zwcx_desktop.io import export, roster
    from zwcx_desktop.store import queries as Q
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.users import Actor

    out = []
    work = Path(tempfile.mkdtemp(prefix="zwcx-bench-io-"))
    try:
        data = work / "data"
        init_dir(data)
        f = _roster(work / "roster.xlsx", roster_rows)
        app = App(data)
        t = time.perf_counter()
        plan = roster.prepare(app, f, policy="高龄津贴", period="2026-03")
        checked = time.perf_counter() - t
        assert not plan.invalid, plan.issues[:3]
        ids = roster.commit(app, plan, Actor("admin", Role.ADMIN)).ids
        total = time.perf_counter() - t
        assert len(ids) == roster_rows
        app.close()
        out.append(report(f"import {roster_rows:,}-row roster: read + check", checked, "s"))
        out.append(report(f"import {roster_rows:,}-row roster: total (check + write)", total, "s", 5.0))

        root, _ = demo_dir(records)
        app = App(root)
        # The demo's records are spread over the four kinds; exporting every list covers all of them.
        n, secs = 0, 0.0
        for kind in ("service", "commitment", "disclosure", "objection"):
            t = time.perf_counter()
            k = export.export_records(app, Q.Filter(kind), work / f"{kind}.xlsx")
            dt_ = time.perf_counter() - t
            out.append(report(f"export {k:,} {kind} records to .xlsx", dt_, "s"))
            n, secs = n + k, secs + dt_
        app.close()
        out.append(report(f"export all {n:,} records to .xlsx (four workbooks)", secs, "s", 15.0))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


if __name__ == "__main__":
    main()
