"""`zwcx list`, `show`, `add`, `transition`, `indicators`."""

from __future__ import annotations

import datetime as dt
import sys

from zwcx_core.domain.schema import KINDS, PLURALS
from zwcx_desktop.cli.context import CliError, Context, date_arg, read_json_object, status_arg

LIST_KINDS = tuple(PLURALS)


def cmd_list(ctx: Context) -> int:
    from zwcx_core.domain.schema import kind as kind_spec
    from zwcx_desktop.store import queries as Q

    a = ctx.args
    k = kind_spec(a.kind)
    status = status_arg(k, a.status, a.kind)
    f = Q.Filter(k.name, status=status, search=a.search, date_from=date_arg(a.date_from, "--from"),
                 date_to=date_arg(a.date_to, "--to"), persons=_sees_persons(ctx))
    with ctx.app().db.read() as s:
        total = Q.count(s, f)
        rows = Q.rows(s, k.name, Q.ids(s, f, limit=a.limit))
    if a.json:
        ctx.print_json({"kind": k.name, "total": total, "records": [
            {c: (v.isoformat() + "Z" if isinstance(v, dt.datetime) else v) for c, v in r.items()} for r in rows]})
        return 0
    cols = Q.LIST_COLUMNS[k.name]
    for r in rows:
        cells = [r["id"]] + [_cell(k, c, r.get(c)) for c in cols]
        print("\t".join(cells))
    print(f"{total} {a.kind}" + (f" (showing {len(rows)})" if len(rows) < total else ""), file=sys.stderr)
    return 0


def _cell(k, name: str, v) -> str:
    f = k.field(name)
    if v is None:
        return "-"
    if f.enum is not None:
        try:
            return f.enum(v).zh
        except ValueError:
            return str(v)
    return str(v).replace("\n", " ")[:40]


def cmd_show(ctx: Context) -> int:
    app = ctx.app()
    rec = app.records.get(ctx.args.id, include_deleted=True)
    if rec.kind == "dishonesty" and not _sees_persons(ctx):
        from zwcx_core.domain.credit_rules import is_person_level

        if is_person_level(rec.doc):  # as if it did not exist: its existence names a staff member
            raise CliError(f"no record with id {ctx.args.id}")
    hist = app.records.history(ctx.args.id)
    hidden = _hidden_fields(ctx, rec.kind)
    out = rec.to_json() | {"history": [
        {"version": h.version, "version_id": h.version_id, "base_version_id": h.base_version_id,
         "content_hash": h.content_hash, "created_at": h.created_at.isoformat() + "Z", "created_by": h.created_by,
         "deleted": h.deleted, "origin": h.origin} for h in hist]}
    if ctx.args.json:
        if hidden and isinstance(out.get("doc"), dict):
            out["doc"] = {k: v for k, v in out["doc"].items() if k not in hidden}
        ctx.print_json(out)
        return 0
    from zwcx_core.domain.schema import KINDS

    spec = KINDS[rec.kind]
    print(f"{spec.zh} {rec.id}  version {rec.version}  ({rec.sync_state})")
    for f in spec.stored_fields:
        v = rec.doc.get(f.name)
        if v in (None, [], ""):
            continue
        if f.name in hidden:
            print(f"{f.zh}: （仅承办人可见）")
            continue
        if f.type == "rows":
            print(f"{f.zh}:")
            for row in v:
                print("  - " + ", ".join(f"{k}={row[k]}" for k in row if k != "id" and row[k] not in (None, [])))
            continue
        if f.enum is not None:
            v = "、".join(f.enum(x).zh for x in v) if isinstance(v, list) else f.enum(v).zh
        print(f"{f.zh}: {v}")
    for h in hist:
        print(f"  v{h.version} {h.created_at:%Y-%m-%d %H:%M} {h.created_by}")
    return 0


def _sees_persons(ctx: Context) -> bool:
    """Whether the user running the command sees person-level dishonesty records (the administrator only)."""
    from zwcx_core.domain.credit_rules import sees_persons

    try:
        return sees_persons(ctx.actor().role)
    except CliError:
        return False


def _hidden_fields(ctx: Context, kind: str) -> frozenset[str]:
    """Private fields the user running the command may not read (all of them when no user can be named)."""
    from zwcx_core.domain.lifecycle import may_read_private
    from zwcx_core.domain.schema import KINDS

    try:
        role = ctx.actor().role
    except CliError:
        role = None
    return frozenset() if may_read_private(kind, role) else KINDS[kind].private_names


def cmd_add(ctx: Context) -> int:
    from zwcx_core.domain.schema import kind as kind_spec

    k = kind_spec(ctx.args.kind)
    payload = read_json_object(ctx.args.json, "--json")
    app = ctx.app()
    if k.name != "unit" and "unit_id" not in payload:
        payload["unit_id"] = app.home_unit_id()
    rid = app.records.create(k.name, payload, ctx.actor())
    print(rid)
    return 0


def cmd_transition(ctx: Context) -> int:
    app = ctx.app()
    new = app.records.transition(ctx.args.id, ctx.args.status, ctx.actor())
    print(new)
    return 0


def cmd_indicators(ctx: Context) -> int:
    from sqlalchemy import text

    from zwcx_desktop.store.facts import contract_indicators, indicators

    today = dt.date.today()
    start = date_arg(ctx.args.date_from, "--from") or dt.date(today.year, 1, 1)
    end = date_arg(ctx.args.date_to, "--to") or today
    if start > end:
        raise CliError(f"--from {start} is after --to {end}")
    app = ctx.app()
    from zwcx_desktop.store.supervision_stats import channel_scores

    with app.db.read() as s:
        rows = indicators(s, start, end, today)
        contracts = contract_indicators(s, start, end, today)
        supervision = channel_scores(s, start, end, today)
        names = dict(s.execute(text("SELECT id, name FROM units")).all())
    from zwcx_desktop.cli.credit_lines import credit_indicators_of, print_credit

    credit = credit_indicators_of(ctx, app, start, end)
    if ctx.args.json:
        ctx.print_json({"start": start.isoformat(), "end": end.isoformat(), "credit": credit.to_dict(),
                        "units": [r.to_dict() | {"unit_name": names.get(r.unit_id, "全部") if r.unit_id else "全部"}
                                  for r in rows],
                        "contracts": [r.to_dict() | {"unit_name": names.get(r.unit_id, "全部") if r.unit_id else "全部"}
                                      for r in contracts],
                        "supervision": [c.to_dict() for c in supervision]})
        return 0
    print(f"{start} – {end}")
    print("单位\t践诺率\t逾期兑现率\t公开及时率\t公示合规率\t异议按期办结率\t平均办结天数")
    for r in rows:
        avg = "—" if r.avg_days_to_close is None else f"{r.avg_days_to_close:.1f}"
        print("\t".join([names.get(r.unit_id, "全部") if r.unit_id else "全部", r.keeping.percent_text,
                         r.late.percent_text, r.timely_disclosure.percent_text, r.notice_compliance.percent_text,
                         r.objections_on_time.percent_text, avg]))
    print()
    print("单位\t按期支付率\t逾期合同数\t逾期金额\t" + "\t".join(f"逾期{label}天" for label, _n, _a in contracts[0].ageing)
          + "\t平均付款天数\t未结诉讼\t未履行判决")
    for r in contracts:
        avg = "—" if r.avg_days_to_pay is None else f"{r.avg_days_to_pay:.1f}"
        print("\t".join([names.get(r.unit_id, "全部") if r.unit_id else "全部",
                         f"{r.on_time.percent_text} ({r.on_time.numerator}/{r.on_time.denominator})",
                         str(r.overdue_contracts), f"{r.overdue_amount:.2f}"]
                        + [f"{n}/{amount:.2f}" for _label, n, amount in r.ageing]
                        + [avg, str(r.lawsuits_pending), str(r.judgments_unperformed)]))
    print_credit(credit)
    _print_supervision(supervision)
    return 0


def _print_supervision(scores) -> None:
    """The supervision scores under the indicators: a rate below its threshold is marked 未达标."""
    from zwcx_core.domain.enums import SupervisionChannel

    print()
    print("监督事项渠道	件数	按期办结率	回复率(≥92%)	满意率(≥85%)	逾期	重办")
    for c in scores:
        s = c.scores
        reply = s.replied.percent_text + (" 未达标" if s.reply_rate_met is False else "")
        content = s.satisfied.percent_text + (" 未达标" if s.satisfaction_met is False else "")
        name = "全部" if c.channel is None else SupervisionChannel(c.channel).zh
        print("\t".join([name, str(c.cases), s.on_time.percent_text, reply, content, str(c.overdue),
                         str(c.rehandled)]))


def register(sub) -> None:
    p = sub.add_parser("list", help="list records")
    p.add_argument("kind", choices=LIST_KINDS)
    p.add_argument("--status", help="English value or Chinese name of a status")
    p.add_argument("--search", help="text contained in title, content or name")
    p.add_argument("--from", dest="date_from", help="from date (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", help="to date (YYYY-MM-DD)")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true", help="stable JSON output")
    p.add_argument("--as", dest="as_user", metavar="USER",
                   help="list as this user: person-level dishonesty records for the administrator only")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="show one record and its history")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.add_argument("--as", dest="as_user", metavar="USER",
                   help="read as this user: private fields (a complainant) only for the roles handling the case")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("add", help="add a record from JSON (prints its id)")
    p.add_argument("kind", choices=tuple(KINDS))
    p.add_argument("--json", required=True, metavar="FILE", help="JSON file with the fields, or - for stdin")
    p.add_argument("--as", dest="as_user", metavar="USER")
    p.set_defaults(func=cmd_add, writes=True)

    p = sub.add_parser("transition", help="move a record through its lifecycle")
    p.add_argument("id")
    p.add_argument("status", help="target status (English or Chinese); 'fulfilled' picks on time or late")
    p.add_argument("--as", dest="as_user", metavar="USER")
    p.set_defaults(func=cmd_transition, writes=True)

    p = sub.add_parser("indicators", help="践诺率, 公开及时率, 公示合规率, 异议按期办结率, 按期支付率 and overdue payments per unit")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("--json", action="store_true")
    p.add_argument("--as", dest="as_user", metavar="USER",
                   help="count as this user: person-level dishonesty records for the administrator only")
    p.set_defaults(func=cmd_indicators)
