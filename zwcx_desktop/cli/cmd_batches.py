"""`zwcx report-batches`: the 政务失信 batches sent up to the city credit platform, and the platform's receipts
entered against them (#17)."""

from __future__ import annotations

import datetime as dt

from zwcx_desktop.cli.context import CliError, Context


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"--date: '{text}' is not a date (YYYY-MM-DD)") from None


def cmd_batches(ctx: Context) -> int:
    from zwcx_desktop.io.credit_report import ReceiptRefused, list_batches, record_receipt

    a = ctx.args
    app = ctx.app()
    if a.batch_command == "receipt":
        try:
            changed = record_receipt(app, a.batch_no, a.receipt_no, _date(a.date), ctx.actor())
        except ReceiptRefused as exc:
            raise CliError(str(exc), 1) from None
        print(f"batch {a.batch_no.strip()}: receipt {a.receipt_no.strip()} of {a.date} "
              + ("recorded" if changed else "was already recorded"))
        return 0
    rows = list_batches(app)
    if a.json:
        ctx.print_json([{"batch_no": b.batch_no, "created_at": b.created_at.isoformat(timespec="seconds"),
                         "created_by": b.created_by, "file": b.file_name, "format": b.file_format,
                         "sha256": b.file_sha256, "records": b.record_count, "receipt_no": b.receipt_no,
                         "receipt_date": b.receipt_date.isoformat() if b.receipt_date else None} for b in rows])
        return 0
    if not rows:
        print("no batch written yet (zwcx export dishonesty-report writes one)")
        return 0
    for b in rows:
        receipt = f"回执 {b.receipt_no} ({b.receipt_date.isoformat()})" if b.receipt_no else "待回执"
        print(f"{b.batch_no}\t{b.created_at:%Y-%m-%d}\t{b.record_count} 条\t{b.file_name}\t{receipt}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("report-batches", help="the 政务失信 batches sent to the city credit platform, and their "
                                              "receipts")
    p.add_argument("--json", action="store_true", help="list as JSON")
    bsub = p.add_subparsers(dest="batch_command", metavar="ACTION")
    q = bsub.add_parser("receipt", help="enter the platform's receipt (回执) for a batch (administrator)")
    q.add_argument("batch_no", metavar="BATCH", help="the batch number printed by `zwcx export dishonesty-report`")
    q.add_argument("--receipt-no", required=True, metavar="NO", help="the platform's receipt number")
    q.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the date on the receipt")
    q.add_argument("--as", dest="as_user", metavar="USER")
    p.set_defaults(func=cmd_batches, writes=lambda a: a.batch_command == "receipt")
