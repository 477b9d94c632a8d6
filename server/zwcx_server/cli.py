"""`zwcx-server`: run the reference sync server and administer it."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

DEFAULT_DB = "zwcx-server.sqlite3"


def _db(args: argparse.Namespace, key_required: bool = False):
    """The database, upgraded; with the server key when one is given (required for `serve`), checked against it."""
    from zwcx_server import keys
    from zwcx_server.db import ServerDB

    key = keys.require(args.key_file) if key_required else keys.resolve(args.key_file)
    db = ServerDB(args.db, key)
    db.upgrade()
    return db


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from zwcx_server import logs

    if args.workers < 1:
        raise ValueError("--workers must be at least 1")
    log_config = logs.setup(logs.log_format(args.log_format))
    db = _db(args, key_required=True)  # upgraded once here, before any worker starts
    scheme = "https" if args.tls_cert else "http"
    logs.log.info("serving", extra={"fields": {"database": db.url.split("@")[-1],
                                                "url": f"{scheme}://{args.host}:{args.port}",
                                                "workers": args.workers}})
    # Our access log replaces uvicorn's, which names the client address; proxy headers stay on (uvicorn trusts
    # X-Forwarded-For/-Proto from $FORWARDED_ALLOW_IPS, by default the loopback proxy: server/deploy/README.md).
    opts = {"ssl_certfile": args.tls_cert, "ssl_keyfile": args.tls_key, "access_log": False,
            "log_config": log_config, "log_level": "warning"}
    if args.workers > 1 or os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        _metrics_dir()  # before anything imports prometheus_client
    if args.workers == 1:
        from zwcx_server.app import create_app

        app = create_app(db)
        logs.install(app)
        uvicorn.run(app, host=args.host, port=args.port, **opts)
        return 0
    from zwcx_server import asgi

    db.close()
    os.environ[asgi.DB_ENV] = args.db
    os.environ[logs.FORMAT_ENV] = logs.log_format(args.log_format)
    if args.key_file:
        os.environ["ZWCX_SERVER_KEY_FILE"] = args.key_file
    uvicorn.run("zwcx_server.asgi:app_from_env", factory=True, workers=args.workers, host=args.host,
                port=args.port, **opts)
    return 0


def _metrics_dir() -> None:
    """The folder where worker processes leave their metric samples (prometheus_client's multi-process mode):
    $PROMETHEUS_MULTIPROC_DIR (systemd: under RuntimeDirectory), else a new temporary one. Emptied at start, as
    the library requires, so that samples of an earlier run are not added to this one's."""
    import tempfile

    d = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if d:
        Path(d).mkdir(parents=True, exist_ok=True)
        for f in Path(d).glob("*.db"):
            f.unlink()
    else:
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="zwcx-server-metrics-")


def cmd_upgrade(args: argparse.Namespace) -> int:
    from zwcx_server.health import code_head

    _db(args, key_required=False).close()
    print(f"zwcx-server: the database schema is at {code_head()}", file=sys.stderr)
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


def _password() -> str:
    """The new password: typed twice at a terminal, else the first line of stdin (never an argument, which other
    users of the machine could read in the process list)."""
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass("password: ")
        if getpass.getpass("again: ") != first:
            raise ValueError("the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_add_staff(args: argparse.Namespace) -> int:
    from zwcx_server.web import accounts

    password = _password()
    accounts.add_staff(_db(args), args.name, password, args.role, args.district)
    print(f"staff account {args.name} ({args.role}) added", file=sys.stderr)
    return 0


def cmd_new_epoch(args: argparse.Namespace) -> int:
    print(_db(args).new_epoch())
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from zwcx_server import service

    print(json.dumps(service.all_digests(_db(args)), indent=2, ensure_ascii=False))
    return 0


def cmd_new_key(args: argparse.Namespace) -> int:
    from zwcx_server import keys

    key = keys.write_new(args.file)
    print(f"server key {key.key_id} written to {args.file} (mode 600); keep a copy apart from the database "
          "backups: without it the township keys in them cannot be opened", file=sys.stderr)
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    from zwcx_server import keys

    new = keys.load_file(args.new_key_file)
    db = _db(args, key_required=True)
    try:
        old_id = db.server_key.key_id
        n = keys.rotate(db, db.server_key, new)
    finally:
        db.close()
    print(f"{n} township key(s) re-sealed: server key {old_id} -> {new.key_id}. Start the server with "
          f"{args.new_key_file} now; keep the old key for backups made before this", file=sys.stderr)
    return 0


KEY_HELP = ("file holding the server key that township fingerprint keys are sealed under (default: "
            "$ZWCX_SERVER_KEY_FILE, else $ZWCX_SERVER_KEY, else the systemd credential zwcx-server-key)")


def _common(s: argparse.ArgumentParser) -> None:
    """--db and --key-file after the command too; SUPPRESS keeps the value given before it."""
    s.add_argument("--db", default=argparse.SUPPRESS)
    s.add_argument("--key-file", default=argparse.SUPPRESS, help=KEY_HELP)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zwcx-server", description="zwcx reference municipal sync server")
    p.add_argument("--db", default=os.environ.get("ZWCX_SERVER_DB", DEFAULT_DB),
                   help="SQLite file or postgresql+psycopg://USER:PASS@HOST/DB (default: $ZWCX_SERVER_DB or "
                        f"{DEFAULT_DB})")
    p.add_argument("--key-file", default=None, help=KEY_HELP)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    s = sub.add_parser("serve", help="run the HTTP server (needs the server key)")
    _common(s)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8750)
    s.add_argument("--tls-cert", help="PEM certificate (serve HTTPS directly; otherwise put a TLS proxy in front)")
    s.add_argument("--tls-key", help="PEM private key")
    s.add_argument("--workers", type=int, default=int(os.environ.get("ZWCX_SERVER_WORKERS", "1")),
                   help="worker processes (default: $ZWCX_SERVER_WORKERS or 1); about one per core")
    s.add_argument("--log-format", choices=("json", "text"), default=None,
                   help="one JSON object per line (default), or text; also $ZWCX_SERVER_LOG_FORMAT")
    s.set_defaults(func=cmd_serve)
    s = sub.add_parser("upgrade", help="bring the database schema to this version's (run before starting the "
                                       "new version's workers; `serve` also does it)")
    _common(s)
    s.set_defaults(func=cmd_upgrade)
    s = sub.add_parser("add-township", help="add a township (unit); prints its id")
    _common(s)
    s.add_argument("--name", required=True)
    s.add_argument("--code", required=True)
    s.set_defaults(func=cmd_add_township)
    s = sub.add_parser("enroll-device", help="make a one-time enrolment code for a device of a township")
    _common(s)
    s.add_argument("--township", type=int, required=True, help="township id (from add-township)")
    s.add_argument("--name", help="a label for the device")
    s.set_defaults(func=cmd_enroll_device)
    s = sub.add_parser("revoke-device", help="refuse a device's token from now on")
    _common(s)
    s.add_argument("device_id")
    s.set_defaults(func=cmd_revoke_device)
    s = sub.add_parser("load-reference", help="load reference data (units, catalogue, categories, holidays, lpr)")
    _common(s)
    s.add_argument("file")
    s.set_defaults(func=cmd_load_reference)
    s = sub.add_parser("add-staff", help="add a city staff account of the web console; the password is asked "
                                         "for, or read from the first line of stdin")
    _common(s)
    s.add_argument("name")
    s.add_argument("--role", required=True, choices=("admin", "evaluator", "district"),
                   help="admin: city administrator; evaluator; district: sees only its district's townships")
    s.add_argument("--district", help="the district of a district viewer")
    s.set_defaults(func=cmd_add_staff)
    s = sub.add_parser("new-epoch", help="optional after restoring a backup: a new epoch (devices also notice a restore "
                                          "without it and resend what was lost)")
    _common(s)
    s.set_defaults(func=cmd_new_epoch)
    s = sub.add_parser("verify", help="counts and digests per township")
    _common(s)
    s.set_defaults(func=cmd_verify)
    s = sub.add_parser("new-key", help="create a server key file (mode 600); never overwrites one")
    s.add_argument("file")
    s.set_defaults(func=cmd_new_key)
    s = sub.add_parser("rotate-key", help="re-seal every township key under a new server key (stop the server "
                                          "first); the current key comes from --key-file or the environment")
    _common(s)
    s.add_argument("--new-key-file", required=True, help="the new key (made with new-key)")
    s.set_defaults(func=cmd_rotate_key)
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
