"""`zwcx import services|contracts|supervision`, `zwcx export`, `zwcx template`: rosters and the contract ledger in,
formatted workbooks out."""

from __future__ import annotations

import datetime as dt
import sys
import zlib
from pathlib import Path
from xml.etree.ElementTree import ParseError
from zipfile import BadZipFile

from zwcx_core.domain.schema import PLURALS
from zwcx_desktop.cli.context import CliError, Context, date_arg, enum_arg, status_arg

#: What reading a damaged workbook raises from inside zipfile, zlib and the XML parser.
UNREADABLE_WORKBOOK = (ParseError, BadZipFile, zlib.error, EOFError, IndexError, KeyError)
EXPORT_KINDS = (*PLURALS, "indicators", "dishonesty-report")
#: Row problems printed before the rest are only counted: a whole roster imported twice is thousands of them.
SHOWN_PROBLEMS = 50


def _mapping(items: list[str] | None) -> dict[str, str]:
    out = {}
    for item in items or []:
        header, sep, target = item.partition("=")
        if not sep or not header.strip() or not target.strip():
            raise CliError(f"--map: '{item}' should be HEADER=FIELD, e.g. --map 户主姓名=beneficiary_name")
        out[header.strip()] = target.strip()
    return out


def cmd_import(ctx: Context) -> int:
    from zwcx_desktop.io import contracts, roster, supervision_import
    from zwcx_desktop.io.reader import FileProblem

    a = ctx.args
    ledger = a.kind == "contracts"
    hotline = a.kind == "supervision"
    if (ledger or hotline) and (a.area or a.policy or a.period or a.disclosure):
        raise CliError("--area, --policy, --period and --disclosure are for rosters (import services), not "
                       + ("contract ledgers" if ledger else "12345 dispatch lists"))
    if a.skip_invalid and not a.errors_out:
        raise CliError("--skip-invalid needs --errors-out ERRORS.xlsx for the rows that are not imported")
    if a.errors_out and not a.errors_out.lower().endswith(".xlsx"):
        raise CliError(f"--errors-out: '{a.errors_out}' should be an .xlsx file")
    app = ctx.app()
    actor = None if a.dry_run else ctx.actor()
    try:
        if ledger:
            plan = contracts.prepare(app, a.file, mapping=_mapping(a.map), sheet=a.sheet)
        elif hotline:
            plan = supervision_import.prepare(app, a.file, mapping=_mapping(a.map), sheet=a.sheet)
        else:
            plan = roster.prepare(app, a.file, area=a.area, policy=a.policy, period=a.period,
                                  mapping=_mapping(a.map), sheet=a.sheet, disclosure=a.disclosure)
    except FileProblem as exc:
        raise CliError(str(exc)) from None
    except UNREADABLE_WORKBOOK as exc:
        # The reader found a workbook whose inside is broken (cut short, bad XML, a string table that does not
        # match its cells): what the clerk can do about it is the same whatever broke.
        what = "ledger" if ledger else "dispatch list" if hotline else "roster"
        raise CliError(f"{a.file}: cannot be read as a {what} (the file is damaged inside: "
                       f"{type(exc).__name__}); open it in Excel or WPS, save it again, and import that copy",
                       1) from None
    label = plan.sheet.label
    issues = plan.issues
    for issue in issues[:SHOWN_PROBLEMS]:
        print(f"zwcx: {label}: {issue}", file=sys.stderr)
    for h in plan.unmapped():
        what = "contract" if ledger else "work order" if hotline else "roster"
        print(f"zwcx: {label}: column '{h}' is not imported (not a {what} field; map it with --map)", file=sys.stderr)
    notes = "".join(f"; {n}" for n in plan.notes())
    good, bad = len(plan.valid), len(plan.invalid)
    if bad and a.errors_out and (a.dry_run or not a.skip_invalid):
        # Nothing is imported, and the workbook lists every problem (an import with --skip-invalid writes it
        # once the valid rows are saved).
        roster.write_errors(plan, Path(a.errors_out))
    if a.dry_run:
        _more(label, issues, a.errors_out)
        print(f"{label}: {good} rows ready to import, {bad} with problems (dry run: nothing imported){notes}")
        return 1 if bad else 0
    if bad and not a.skip_invalid:
        _more(label, issues, a.errors_out)
        raise CliError(str(roster.RosterRejected(plan)), code=1)
    commit = contracts.commit if ledger else supervision_import.commit if hotline else roster.commit
    result = commit(app, plan, actor, skip_invalid=a.skip_invalid, errors_out=a.errors_out)
    _more(label, issues, a.errors_out)
    msg = (f"{label}: imported {len(result.ids)} contracts as drafts (草拟; a reviewer confirms each)" if ledger
           else f"{label}: imported {len(result.ids)} 12345 work orders (登记)" if hotline
           else f"{label}: imported {len(result.ids)} service records")
    if a.disclosure and not ledger and not hotline:
        msg += f", linked to the roster notice {a.disclosure}"
    if result.errors_out:
        msg += f"; {result.skipped} rows not imported, written with their reasons to {result.errors_out}"
    print(msg + notes)
    return 0


def _more(label: str, issues: list, errors_out: str | None) -> None:
    """The count of the row problems not printed, and where all of them are."""
    more = len(issues) - SHOWN_PROBLEMS
    if more <= 0:
        return
    where = (f"all of them are in the error workbook {errors_out}" if errors_out else
             "add --errors-out ERRORS.xlsx to get all of them in a workbook")
    print(f"zwcx: {label}: … and {more:,} more problems; {where}", file=sys.stderr)


def _add_contract_sheet(app, start: dt.date, end: dt.date, path: str) -> int:
    """Add the contract indicators (按期支付率, overdue money by age, lawsuits) to the indicators workbook as a
    second sheet, 合同履约; returns its rows. The file is replaced whole, as the first sheet was written."""
    from openpyxl import load_workbook
    from sqlalchemy import text

    from zwcx_core.domain.payment_indicators import AGEING_BUCKETS
    from zwcx_desktop.io.export import _atomic_save
    from zwcx_desktop.store.facts import contract_indicators

    with app.db.read() as s:
        rows = contract_indicators(s, start, end)
        names = dict(s.execute(text("SELECT id, name FROM units")).all())
    wb = load_workbook(path)
    ws = wb.create_sheet("合同履约")
    ws.append([f"统计期间 {start.isoformat()} 至 {rows[0].end.isoformat()}"])
    ws.append(["单位", "按期支付率", "按期支付数", "到期应付数", "逾期合同数", "逾期金额(元)"]
              + [h for label, _ in AGEING_BUCKETS for h in (f"逾期{label}天笔数", f"逾期{label}天金额(元)")]
              + ["平均付款天数", "未结诉讼", "未履行判决"])
    for r in rows:
        avg = None if r.avg_days_to_pay is None else round(r.avg_days_to_pay, 1)
        ws.append(["全部" if r.unit_id is None else names.get(r.unit_id, r.unit_id), r.on_time.value,
                   r.on_time.numerator, r.on_time.denominator, r.overdue_contracts, float(r.overdue_amount)]
                  + [v for _label, n, amount in r.ageing for v in (n, float(amount))]
                  + [avg, r.lawsuits_pending, r.judgments_unperformed])
        ws.cell(ws.max_row, 2).number_format = "0.0%"
    _atomic_save(wb, Path(path))
    return len(rows)


def cmd_export(ctx: Context) -> int:
    from zwcx_core.domain.schema import kind as kind_spec
    from zwcx_desktop.io import export
    from zwcx_desktop.store import queries as Q

    a = ctx.args
    if a.kind == "dishonesty-report":
        return _dishonesty_report(ctx)
    if not a.output.lower().endswith(".xlsx"):
        raise CliError(f"-o: '{a.output}' should be an .xlsx file")
    start, end = date_arg(a.date_from, "--from"), date_arg(a.date_to, "--to")
    if start and end and start > end:
        raise CliError(f"--from {start} is after --to {end}")
    app = ctx.app()
    if a.kind == "indicators":
        today = dt.date.today()
        start, end = start or dt.date(today.year, 1, 1), end or today
        n = export.export_indicators(app, start, end, a.output)
        m = _add_contract_sheet(app, start, end, a.output)
        from zwcx_desktop.io.supervision_sheet import append_to_workbook

        k = append_to_workbook(app, start, end, a.output, today)
        print(f"{a.output}: indicators of {n} rows (all units, then each unit), contract indicators of {m} rows, "
              f"supervision scores of {k} rows (all channels, then each channel)")
        return 0
    k = kind_spec(a.kind)
    status = status_arg(k, a.status, a.kind)
    from zwcx_core.domain.enums import ServiceArea

    area = enum_arg(ServiceArea, a.area, "--area")
    flt = Q.Filter(k.name, status=status, service_area=area, date_from=start, date_to=end, search=a.search)
    n = export.export_records(app, flt, a.output)
    print(f"{a.output}: {n} {a.kind}")
    return 0


def _dishonesty_report(ctx: Context) -> int:
    """`zwcx export dishonesty-report`: the batch for the city credit platform, with its receipt kept."""
    from zwcx_desktop.io.credit_report import export_report

    a = ctx.args
    suffix = ".csv" if a.csv else ".xlsx"
    if not a.output.lower().endswith(suffix):
        raise CliError(f"-o: '{a.output}' should be a {suffix} file" + ("" if a.csv else " (or pass --csv)"))
    batch = export_report(ctx.app(), a.output, ctx.actor(), csv_format=a.csv)
    print(f"{a.output}: batch {batch.batch_no}, {batch.count} dishonesty records")
    return 0


def cmd_template(ctx: Context) -> int:
    from zwcx_desktop.io import export

    a = ctx.args
    if not a.output.lower().endswith(".xlsx"):
        raise CliError(f"-o: '{a.output}' should be an .xlsx file")
    if a.area.strip() in ("contracts", "合同"):
        from zwcx_desktop.io.contract_ledger import write_template

        write_template(a.output)
        print(a.output)
        return 0
    try:
        export.write_template(a.area, a.output)
    except ValueError as exc:
        raise CliError(f"AREA: {exc}") from None
    print(a.output)
    return 0


def register(sub) -> None:
    p = sub.add_parser("import", help="import a roster of service records, the contract ledger, or a 12345 "
                                      "dispatch list (supervision), from .xlsx or .csv")
    p.add_argument("kind", choices=("services", "contracts", "supervision"))
    p.add_argument("file", help=".xlsx workbook or .csv (UTF-8, GB18030/GBK or Big5, detected)")
    p.add_argument("--area", help="service area for every row (Chinese name or English value) when the file has "
                                  "no 服务领域 column")
    p.add_argument("--policy", help="policy or project (政策/项目) for rows without one")
    p.add_argument("--period", help="period (所属期, e.g. 2026-03) for rows without one")
    p.add_argument("--sheet", help="sheet name (default: the first sheet with data)")
    p.add_argument("--disclosure", metavar="ID",
                   help="link every imported record to this roster notice (名单公示: a disclosure with personal "
                        "data that is still to be posted, or may be posted again)")
    p.add_argument("--map", action="append", metavar="HEADER=FIELD",
                   help="map a column explicitly, e.g. --map 户主=beneficiary_name (repeatable; FIELD may be "
                        "'ignore')")
    p.add_argument("--dry-run", action="store_true", help="check every row and report; import nothing")
    p.add_argument("--skip-invalid", action="store_true",
                   help="import the valid rows and write the others to --errors-out")
    p.add_argument("--errors-out", metavar="ERRORS.xlsx",
                   help="workbook for the rows with problems, in the file's layout plus a reason column, written "
                        "whenever a row has a problem (it holds those rows' full ID numbers, as the input did)")
    p.add_argument("--as", dest="as_user", metavar="USER")
    p.set_defaults(func=cmd_import, writes=lambda a: not a.dry_run)

    p = sub.add_parser("export", help="export records or indicators to a formatted .xlsx")
    p.add_argument("kind", choices=EXPORT_KINDS)
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.add_argument("--status", help="English value or Chinese name of a status")
    p.add_argument("--area", help="service area")
    p.add_argument("--search", help="text contained in title, content or name")
    p.add_argument("--from", dest="date_from", help="from date (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", help="to date (YYYY-MM-DD)")
    p.add_argument("--csv", action="store_true",
                   help="dishonesty-report only: write CSV (UTF-8 with BOM) instead of .xlsx")
    p.add_argument("--as", dest="as_user", metavar="USER", help="dishonesty-report: the user the receipt names")
    p.set_defaults(func=cmd_export, writes=lambda a: a.kind == "dishonesty-report")

    p = sub.add_parser("template", help="blank import roster (.xlsx) for one service area, or the contract ledger")
    p.add_argument("area", help="service area, e.g. 养老 or elderly; or 'contracts' for the contract ledger")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.set_defaults(func=cmd_template)
