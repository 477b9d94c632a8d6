"""`zwcx enroll`, `zwcx sync`, `zwcx sync-status`: the client side of the municipal sync server."""

from __future__ import annotations

import sys

from zwcx_desktop.cli.context import CliError


def register(sub) -> None:
    p = sub.add_parser("enroll", help="enrol this computer with the municipal sync server (one-time code)")
    p.add_argument("--server", required=True, help="server address, e.g. https://zwcx.example.gov.cn")
    p.add_argument("--code", required=True, help="the one-time code printed by the municipal administrator")
    p.add_argument("--ca-bundle", help="PEM file of the CA that signed the server's certificate (default: system)")
    p.add_argument("--clean-start", action="store_true",
                   help="this computer moves to another township: back up its records, then remove them")
    p.set_defaults(func=cmd_enroll, writes=True)
    p = sub.add_parser("sync", help="run one sync round with the municipal server")
    p.add_argument("--ca-bundle", help="PEM file of the CA that signed the server's certificate")
    p.add_argument("--json", action="store_true", help="print the round's result as JSON")
    p.set_defaults(func=cmd_sync, writes=True)
    p = sub.add_parser("sync-status", help="pending changes, last sync, conflicts and rejected changes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)


def cmd_enroll(ctx) -> int:
    from zwcx_desktop.sync import engine
    from zwcx_desktop.sync.client import SyncError

    try:
        ans = engine.enroll(ctx.app(), ctx.args.server, ctx.args.code, verify=ctx.args.ca_bundle or True,
                            clean_start=ctx.args.clean_start,
                            actor=ctx.actor() if ctx.args.clean_start else None)
    except engine.OtherTownship as exc:
        raise CliError(f"{exc} (zwcx enroll ... --clean-start)", 1) from None
    except SyncError as exc:
        raise CliError(str(exc), 1) from exc
    t = ans["township"]
    if ans.get("clean_start_backup"):
        print(f"clean start: the records of the previous township were backed up to {ans['clean_start_backup']} "
              "and removed from this computer")
    print(f"enrolled as device {ans['device_id']} of {t['name']} ({t['code']}); the token is in the OS keyring")
    if ans.get("unmatched_records"):
        print(f"warning: {ans['unmatched_records']} service record(s) entered here before enrolling carry ID "
              "fingerprints the township's other computers cannot match, so duplicates between them are not "
              "detected", file=sys.stderr)
    return 0


def cmd_sync(ctx) -> int:
    from zwcx_desktop.sync import engine
    from zwcx_desktop.sync.client import SyncError

    app = ctx.app()
    try:
        client = engine.make_client(app, verify=ctx.args.ca_bundle or True)
        res = engine.sync_round(app, client, progress=lambda m: print(m, file=sys.stderr, flush=True))
    except SyncError as exc:
        raise CliError(f"sync failed, nothing was lost and it can simply be run again: {exc}", 1) from exc
    if ctx.args.json:
        ctx.print_json(res.to_json())
    else:
        pushed = ", ".join(f"{n} {k}" for k, n in sorted(res.pushed.items())) or "nothing"
        print(f"pushed: {pushed}; received: {res.pulled}; conflicts waiting: {res.conflicts}; "
              f"rejected: {res.rejected}")
        if res.recounted:
            print(f"{res.recounted} record(s) not yet posted: dates counted again on the official holiday schedule")
    for w in res.warnings:
        print(f"warning: {w}", file=sys.stderr)
    return 0


def cmd_status(ctx) -> int:
    from zwcx_desktop.sync import engine

    st = engine.status(ctx.app())
    if ctx.args.json:
        ctx.print_json(st)
        return 0
    print(f"server: {st['server'] or 'not enrolled'}")
    print(f"pending changes: {st['pending']}")
    print(f"last successful sync: {st['last_sync'] or 'never'}")
    last = st["last_result"]
    if last and not last.get("ok"):
        print(f"last attempt failed: {last.get('error')}")
    restore = st.get("server_restore")
    if restore:
        print(f"server data went back to an earlier state (restored backup or power cut), detected "
              f"{restore['at']}: {restore['records']} record(s) uploaded to it again")
    if st.get("repair_pending"):
        print("the server lost changes it had confirmed; sending them again continues with the next sync")
    print(f"conflicts waiting for a merge: {st['conflicts']}")
    print(f"rejected changes: {len(st['rejected'])}")
    for r in st["rejected"]:
        print(f"  #{r['seq']} {r['kind']} {r['record_id']}: {r['reason']}")
    return 0
