"""`zwcx-server`: run the reference sync server and administer it."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

DEFAULT_DB = "zwcx-server.sqlite3"


def _db(args: argparse.Namespace):
    from zwcx_server.db import ServerDB

    db = ServerDB(args.db)
    db.upgrade()
    return db


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from zwcx_server.app import create_app

    db = _db(args)
    print(f"zwcx-server: serving {db.url.split('@')[-1]} on http://{args.host}:{args.port}", file=sys.stderr)
    uvicorn.run(create_app(db), host=args.host, port=args.port, log_level="warning",
                ssl_certfile=args.tls_cert, ssl_keyfile=args.tls_key)
    return 0


def cmd_add_township(args: argparse.Namespace) -> int:
    from zwcx_server import service

    print(service.add_township(_db(args), args.name, args.code))
    return 0


def cmd_enroll_device(args: argparse.Namespace) -> int:
    from zwcx_server import service

    device_id, code = service.enroll_device(_db(args), args.township, args.name or "")
    print(f"device {device_id}", file=sys.stderr)
    print(code)
    return 0


def cmd_revoke_device(args: argparse.Namespace) -> int:
    from zwcx_server import service

    service.revoke_device(_db(args), args.device_id)
    print(f"device {args.device_id} revoked", file=sys.stderr)
    return 0


def cmd_load_reference(args: argparse.Namespace) -> int:
    from zwcx_server import service

    p = Path(args.file)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"no file at {p}") from None
    except ValueError as exc:
        raise ValueError(f"{p} is not valid JSON ({exc})") from None
    counts = service.load_reference(_db(args), data)
    print(json.dumps(counts, ensure_ascii=False))
    return 0


def cmd_new_epoch(args: argparse.Namespace) -> int:
    print(_db(args).new_epoch())
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from zwcx_server import service

    print(json.dumps(service.all_digests(_db(args)), indent=2, ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zwcx-server", description="zwcx reference municipal sync server")
    p.add_argument("--db", default=os.environ.get("ZWCX_SERVER_DB", DEFAULT_DB),
                   help="SQLite file or postgresql+psycopg://USER:PASS@HOST/DB (default: $ZWCX_SERVER_DB or "
                        f"{DEFAULT_DB})")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    s = sub.add_parser("serve", help="run the HTTP server")
    s.add_argument("--db", default=argparse.SUPPRESS)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8750)
    s.add_argument("--tls-cert", help="PEM certificate (serve HTTPS directly; otherwise put a TLS proxy in front)")
    s.add_argument("--tls-key", help="PEM private key")
    s.set_defaults(func=cmd_serve)
    s = sub.add_parser("add-township", help="add a township (unit); prints its id")
    s.add_argument("--db", default=argparse.SUPPRESS)
    s.add_argument("--name", required=True)
    s.add_argument("--code", required=True)
    s.set_defaults(func=cmd_add_township)
    s = sub.add_parser("enroll-device", help="make a one-time enrolment code for a device of a township")
    s.add_argument("--db", default=argparse.SUPPRESS)
    s.add_argument("--township", type=int, required=True, help="township id (from add-township)")
    s.add_argument("--name", help="a label for the device")
    s.set_defaults(func=cmd_enroll_device)
    s = sub.add_parser("revoke-device", help="refuse a device's token from now on")
    s.add_argument("--db", default=argparse.SUPPRESS)
    s.add_argument("device_id")
    s.set_defaults(func=cmd_revoke_device)
    s = sub.add_parser("load-reference", help="load reference data (units, catalogue, categories, holidays)")
    s.add_argument("--db", default=argparse.SUPPRESS)
    s.add_argument("file")
    s.set_defaults(func=cmd_load_reference)
    s = sub.add_parser("new-epoch", help="optional after restoring a backup: a new epoch (devices also notice a restore "
                                          "without it and resend what was lost)")
    s.add_argument("--db", default=argparse.SUPPRESS)
    s.set_defaults(func=cmd_new_epoch)
    s = sub.add_parser("verify", help="counts and digests per township")
    s.add_argument("--db", default=argparse.SUPPRESS)
    s.set_defaults(func=cmd_verify)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ValueError as exc:
        print(f"zwcx-server: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
