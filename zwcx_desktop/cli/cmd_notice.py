"""`zwcx notice ID -o FILE.pdf` and `zwcx board ID [ID ...] -o FILE.pdf`: print-ready notices, logged as prints."""

from __future__ import annotations

import argparse
import errno
import sys
from pathlib import Path

from zwcx_desktop.cli.context import CliError, Context


def _write(path: str, pdf: bytes) -> Path:
    out = Path(path)
    if out.suffix.lower() != ".pdf":
        raise CliError(f"-o {path}: the output file must end in .pdf")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_bytes(pdf)
        tmp.replace(out)  # never leave a half-written notice where the printer queue might pick it up
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            from zwcx_desktop.store.failures import full_text

            raise CliError(full_text(out), 1) from None
        raise
    return out


ANNUAL_ARREARS = "annual-arrears"


def cmd_annual_arrears(ctx: Context) -> int:
    """`zwcx notice annual-arrears --year Y`: the art. 18 announcement as PDF (-o), website text (--text) and the
    workbook for the superior department (--workbook), any of them at once."""
    import datetime as dt

    from zwcx_desktop.notices import NoticeRefused, annual
    from zwcx_desktop.store.records import NotFound

    a = ctx.args
    if a.year is None:
        raise CliError("notice annual-arrears needs --year, the year whose overdue payments are announced "
                       "(e.g. --year 2025, published by 31 March 2026)")
    if not 2000 <= a.year <= 2100:
        raise CliError(f"--year {a.year}: give a four-digit year such as 2025")
    if not (a.output or a.text or a.workbook):
        raise CliError("notice annual-arrears: say what to make: -o FILE.pdf, --text and/or --workbook FILE.xlsx")
    if a.workbook and not a.workbook.lower().endswith(".xlsx"):
        raise CliError(f"--workbook: '{a.workbook}' should be an .xlsx file")
    signed = None
    if a.date:
        from zwcx_desktop.cli.context import date_arg

        signed = date_arg(a.date, "--date")
    if dt.date(a.year, 12, 31) >= dt.date.today():
        print(f"warning: {a.year} is not over yet: the figures are the ledger's as it stands today, counted as at "
              f"31 December {a.year}; the announcement is due by 31 March {a.year + 1}", file=sys.stderr)
    app = ctx.app()
    try:
        if a.unit:
            app.records.get(a.unit)
        if a.output:
            notice, pdf = annual.render_pdf(app, a.year, a.unit, signed)
            out = _write(a.output, pdf)
            print(f"wrote {out} ({len(pdf) // 1024} KB): {notice.summary}")
        if a.workbook:
            n = annual.write_workbook(app, a.year, a.workbook, a.unit)
            print(f"wrote {a.workbook}: {n} contracts overdue and unpaid at {dt.date(a.year, 12, 31)}")
        if a.text:
            sys.stdout.write(annual.text(app, a.year, a.unit, signed))
    except NoticeRefused as exc:
        raise CliError(f"notice refused: {exc}", code=1) from None
    except NotFound:
        raise CliError(f"--unit: no unit with id {a.unit}") from None
    return 0


SUPERVISION_SUMMARY = "supervision-summary"


def cmd_supervision_summary(ctx: Context) -> int:
    """`zwcx notice supervision-summary --month YYYY-MM -o FILE.pdf`: the month's supervision cases for the
    township head."""
    from zwcx_desktop.notices import NoticeRefused
    from zwcx_desktop.notices.supervision_summary import month_bounds, render_summary

    a = ctx.args
    extra = [o for o, v in (("--year", a.year), ("--text", a.text), ("--workbook", a.workbook),
                            ("--unit", a.unit), ("--date", a.date), ("--version", a.version)) if v]
    if extra:
        raise CliError(f"{', '.join(extra)}: not for 'zwcx notice {SUPERVISION_SUMMARY}'")
    if not a.month:
        raise CliError(f"notice {SUPERVISION_SUMMARY} needs --month, the month summed up (e.g. --month 2026-11)")
    if not a.output:
        raise CliError("notice: -o FILE.pdf is required")
    import datetime as dt

    try:
        start, _end = month_bounds(a.month)
    except ValueError as exc:
        raise CliError(f"--month: {exc}") from None
    if start > dt.date.today():
        raise CliError(f"--month: {a.month} has not begun yet")
    try:
        pdf = render_summary(ctx.app(), a.month)
    except NoticeRefused as exc:
        raise CliError(f"notice refused: {exc}", code=1) from None
    out = _write(a.output, pdf)
    print(f"wrote {out} ({len(pdf) // 1024} KB)")
    return 0


def cmd_notice(ctx: Context) -> int:
    # reportlab is imported only here: it is slow to load and most commands never need it.
    from zwcx_core.domain.contact import ContactMissing
    from zwcx_core.notices.gate import clerk_note
    from zwcx_desktop.notices import NoticeRefused, record_print
    from zwcx_desktop.notices.render import render_checked

    a = ctx.args
    if a.id == SUPERVISION_SUMMARY:
        return cmd_supervision_summary(ctx)
    if a.month:
        raise CliError(f"--month: only for 'zwcx notice {SUPERVISION_SUMMARY}'")
    if a.id == ANNUAL_ARREARS:
        return cmd_annual_arrears(ctx)
    extra = [o for o, v in (("--year", a.year), ("--text", a.text), ("--workbook", a.workbook),
                            ("--unit", a.unit), ("--date", a.date)) if v]
    if extra:
        raise CliError(f"{', '.join(extra)}: only for 'zwcx notice {ANNUAL_ARREARS}'")
    if not a.output:
        raise CliError("notice: -o FILE.pdf is required")
    app, actor = ctx.app(), ctx.actor()
    try:
        notice, pdf = render_checked(app, a.id, a.version)
    except NoticeRefused as exc:
        raise CliError(f"notice refused: {exc}", code=1) from None
    except ContactMissing as exc:  # said in Chinese: it goes to whoever keeps the office's details
        raise CliError(exc.zh, code=1) from None
    out = _write(a.output, pdf)
    version_id = app.records.version_doc(a.id, a.version)[0].version_id
    record_print(app, a.id, version_id, actor, str(out))
    print(f"wrote {out} ({len(pdf) // 1024} KB)")
    note = clerk_note(notice)
    if note:
        print(f"note: {note}", file=sys.stderr)
    if not notice.period.confirmed:
        print(f"warning: the publicity period ({notice.period.start} to {notice.period.end}) runs into a year whose "
              "holidays are not known yet; its end counts Monday to Friday as working days: check it before "
              "posting (the municipal server hands out next year's schedule at sync)", file=sys.stderr)
    if notice.period.official_end is not None:
        end = notice.period.official_end
        print(f"warning: under the official holiday schedule the publicity period should end on {end} "
              f"(按官方节假日安排，公示期应截止于{end.year}年{end.month}月{end.day}日); the notice keeps the end date "
              f"it was posted with ({notice.period.end})", file=sys.stderr)
    return 0


def cmd_board(ctx: Context) -> int:
    from zwcx_core.domain.contact import ContactMissing
    from zwcx_desktop.notices import NoticeRefused, record_print, render_board

    a = ctx.args
    app, actor = ctx.app(), ctx.actor()
    try:
        pdf = render_board(app, a.ids, paper=a.paper)
    except NoticeRefused as exc:
        raise CliError(f"board refused: {exc}", code=1) from None
    except ContactMissing as exc:
        raise CliError(exc.zh, code=1) from None
    out = _write(a.output, pdf)
    for rid in a.ids:
        record_print(app, rid, app.records.get(rid).version_id, actor, str(out))
    print(f"wrote {out} with {len(a.ids)} items ({len(pdf) // 1024} KB)")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `notice` and `board` subcommands."""
    p = sub.add_parser("notice", help="print one record's public notice (公示) to a PDF file, or the yearly "
                                      "announcement of overdue SME payments (annual-arrears)")
    p.add_argument("id", help=f"record id (commitment, disclosure or objection), or {ANNUAL_ARREARS} for the "
                              "announcement of 《保障中小企业款项支付条例》 art. 18 (due by 31 March), or "
                              f"{SUPERVISION_SUMMARY} for the month's supervision cases")
    p.add_argument("--version", type=int, help="an earlier version (default: the current one)")
    p.add_argument("-o", "--output", metavar="FILE.pdf")
    p.add_argument("--as", dest="as_user", metavar="USER", help="who prints (recorded in the print log)")
    p.add_argument("--year", type=int, help=f"{ANNUAL_ARREARS}: the year announced (the figures at its 31 December)")
    p.add_argument("--text", action="store_true", help=f"{ANNUAL_ARREARS}: print the text for the website")
    p.add_argument("--workbook", metavar="FILE.xlsx",
                   help=f"{ANNUAL_ARREARS}: the contracts counted, for the superior department")
    p.add_argument("--unit", metavar="ID", help=f"{ANNUAL_ARREARS}: the unit announcing (default: this office)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help=f"{ANNUAL_ARREARS}: the date signed (default: today)")
    p.add_argument("--month", metavar="YYYY-MM", help=f"{SUPERVISION_SUMMARY}: the month summed up")
    p.set_defaults(func=cmd_notice)
    p = sub.add_parser("board", help="print a notice-board sheet (公示栏) of several records to a PDF file")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--paper", choices=("A3", "A4"), default="A3")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--as", dest="as_user", metavar="USER", help="who prints (recorded in the print log)")
    p.set_defaults(func=cmd_board)
