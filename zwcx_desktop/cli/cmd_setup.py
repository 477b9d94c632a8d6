"""`zwcx init`, `zwcx secrets`, `zwcx user add`, `zwcx demo`, `zwcx check`, `zwcx backup`, `zwcx restore`."""

from __future__ import annotations

import errno
import getpass
import sys
from pathlib import Path

from zwcx_desktop.cli.context import CliError, Context, enum_arg


def _password(ctx: Context) -> str:
    if ctx.args.password_stdin:
        pw = sys.stdin.readline().rstrip("\r\n")
        if not pw:
            raise CliError("--password-stdin was given but standard input held no password")
        return pw
    if not sys.stdin.isatty():
        raise CliError("no terminal to ask for a password: pass --password-stdin and pipe it in")
    pw = getpass.getpass("Password: ")
    if pw != getpass.getpass("Repeat password: "):
        raise CliError("the two passwords differ")
    return pw


#: Set-up fields by the option that gives them, so a refusal names what to type.
_OPTION = {"unit_name": "--unit-name", "unit_code": "--unit-code", "division": "--division", "admin": "--admin",
           "server_url": "--server", "contact_person": "--contact-person", "contact_phone": "--contact-phone",
           "address": "--address", "supervisor": "--supervisor", "supervision_phone": "--supervision-phone"}


def _changes_contact(a) -> bool:
    """`zwcx contact` writes only when it changes a part of the block; showing it reads."""
    from zwcx_core.domain.contact import CONTACT_FIELDS

    return any(getattr(a, n, None) is not None for n, _e, _z in CONTACT_FIELDS)


def _contact_options(p, required_text: str) -> None:
    p.add_argument("--contact-person", help=f"联系人 printed on every notice{required_text}")
    p.add_argument("--contact-phone", help=f"联系电话 of the office, e.g. 0451-84661234{required_text}")
    p.add_argument("--address", help=f"地址 where objections are received{required_text}")
    p.add_argument("--supervisor", help=f"监督部门, the supervising department, e.g. 道里区纪委监委{required_text}")
    p.add_argument("--supervision-phone", help=f"监督电话 of that department, e.g. 0451-12388{required_text}")


def cmd_init(ctx: Context) -> int:
    from zwcx_core.domain.contact import CONTACT_FIELDS
    from zwcx_core.domain.enums import UnitType
    from zwcx_desktop.store.setup import SetupInput, check_setup, initialise

    a = ctx.args
    utype = UnitType(enum_arg(UnitType, a.unit_type, "--unit-type"))
    app = ctx.app()
    if app.initialised:
        raise CliError(f"the data directory {app.root} is already set up")
    contact = {n: getattr(a, n) or "" for n, _e, _z in CONTACT_FIELDS}
    problems = check_setup(SetupInput(a.unit_name, a.unit_code, a.division, a.admin, "-" * 64, utype, a.server,
                                      **contact))
    if problems:  # before asking for the password: the whole command line is wrong, say all of it at once
        raise CliError("; ".join(f"{_OPTION.get(e.field, e.field)}: {e.message}" for e in problems))
    from zwcx_desktop import credentials

    store = credentials.open_store(a.file_keyring, how="zwcx init --file-keyring")  # refused before the password
    inp = SetupInput(a.unit_name, a.unit_code, a.division, a.admin, _password(ctx), utype, a.server, **contact,
                     file_store=a.file_keyring)
    unit_id = initialise(app, inp)
    print(f"set up {a.unit_name} ({unit_id}) in {app.root}; administrator: {a.admin}")
    _say_file_store(store)
    return 0


def _say_file_store(store) -> None:
    if store.kind == "file":
        print(f"zwcx: warning: the office's secrets (device token, ID fingerprint key) are kept in a file store "
              f"({store.name}) that other programs of this user can read; install and unlock the system keyring "
              "to keep them safe", file=sys.stderr)


def cmd_secrets_status(ctx: Context) -> int:
    """Where the secrets are kept and whether the ID fingerprint key is this office's."""
    from zwcx_desktop.store import keys

    st = keys.status(ctx.app())
    print(f"keyring\t{st.backend} ({st.store})")
    print(f"file store chosen by an administrator\t{'yes' if st.file_chosen else 'no'}")
    if st.problem:
        print(f"zwcx: problem: {st.problem}", file=sys.stderr)
        return 1
    print("ok: the ID fingerprint key is this office's")
    return 0


def cmd_secrets_file_store(ctx: Context) -> int:
    from zwcx_desktop import credentials
    from zwcx_desktop.store import keys

    app = ctx.app()
    keys.choose_file_store(app, ctx.actor(), ctx.args.use)
    if not ctx.args.use:
        print("the office's secrets are kept only in the system keyring from now on")
        return 0
    store = credentials.open_store(True)
    if store.kind == "system":
        print(f"chosen: the file store is used only while this machine has no system keyring (it has one now: "
              f"{store.name})")
    _say_file_store(store)
    return 0


def cmd_secrets_new_key(ctx: Context) -> int:
    from zwcx_desktop.store import keys

    n = keys.accept_new_key(ctx.app(), ctx.actor())
    print(f"accepted a new ID fingerprint key (recorded in the audit log); {n} service record(s) entered before can "
          "no longer be matched as duplicates")
    return 0


def cmd_contact(ctx: Context) -> int:
    """Without options: print the block (and what is missing); with options: change those parts."""
    from zwcx_core.domain.contact import CONTACT_FIELDS
    from zwcx_core.domain.schema import ValidationError
    from zwcx_desktop.store.contact import home_contact, save_home_contact

    app = ctx.app()
    app.home_unit_id()
    current = home_contact(app)
    given = {n: getattr(ctx.args, n) for n, _e, _z in CONTACT_FIELDS if getattr(ctx.args, n) is not None}
    if given:
        actor = ctx.actor()
        values = {n: getattr(current, n) for n, _e, _z in CONTACT_FIELDS} | given
        try:
            save_home_contact(app, values, actor)
        except ValidationError as exc:
            raise CliError("; ".join(f"{_OPTION.get(e.field, e.field)}: {e.message}" for e in exc.errors)) from None
        current = home_contact(app)
    for name, _en, zh in CONTACT_FIELDS:
        print(f"{zh}\t{getattr(current, name) or '（未填写）'}")
    if current.missing():
        print("zwcx: notices cannot be printed until every part is filled in", file=sys.stderr)
        return 1
    return 0


def cmd_user_add(ctx: Context) -> int:
    from zwcx_core.domain.enums import Role
    from zwcx_desktop.store import users

    role = Role(enum_arg(Role, ctx.args.role, "--role"))
    app = ctx.app()
    app.home_unit_id()
    with app.db.write() as s:
        users.add_user(s, ctx.args.username, _password(ctx), role, ctx.args.display_name or "")
    print(f"added {role.value} {ctx.args.username}")
    return 0


def cmd_demo(ctx: Context) -> int:
    import datetime as dt
    import time

    from zwcx_desktop.store.demo import generate

    if ctx.args.records < 1:
        raise CliError("--records must be at least 1")
    app = ctx.app()
    app.home_unit_id()
    today = dt.date.fromisoformat(ctx.args.today) if ctx.args.today else None
    t0 = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        if time.perf_counter() - last[0] > 2 or done == total:
            last[0] = time.perf_counter()
            print(f"  {done}/{total} records", file=sys.stderr)

    counts = generate(app, ctx.args.records, ctx.args.seed, today, progress)
    print(", ".join(f"{k}: {v}" for k, v in counts.items()) + f" ({time.perf_counter() - t0:.1f} s)")
    return 0


def cmd_check(ctx: Context) -> int:
    from zwcx_desktop.store.check import run_checks
    from zwcx_desktop.sync import anchors
    from zwcx_desktop.sync.engine import make_client

    try:
        app = ctx.app()
        problems = run_checks(app.db)
    except Exception as exc:
        from zwcx_desktop.store.failures import describe, is_damage

        if not is_damage(exc):
            raise  # a locked database or a full disk is no finding about the data: one error line in main
        # A damaged file is what the check is for: reported as its finding, not as a failure of the check.
        print(f"zwcx: problem: {describe(exc, ctx.app_root())}", file=sys.stderr)
        return 1
    # The server's copy of the event hashes shows what the local chain cannot: newest events removed, or the
    # whole log swapped for an older one.
    if ctx.args.local:
        remote, notes = [], ["checked locally only (--local)"]
    else:  # short timeouts and no retries: an offline office gets its answer at once
        remote, notes = anchors.compare(app, lambda a: make_client(a, timeout=(3.0, 30.0), retries=0))
    problems += remote
    for p in problems:
        print(f"zwcx: problem: {p}", file=sys.stderr)
    for n in notes:
        print(n)
    if problems:
        print(f"zwcx: check found {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("ok: database intact, audit chain unbroken, every version, record row and attachment consistent")
    return 0


def cmd_backup(ctx: Context) -> int:
    from zwcx_desktop.store.backup import create_backup

    app = ctx.app()
    try:
        m = create_backup(app.root, Path(ctx.args.output))
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT) or exc.filename:
            raise
        from zwcx_desktop.store.failures import full_text

        # The output may be on another disk than the data folder (a USB stick): name the file being written.
        raise CliError(full_text(ctx.args.output), 1) from None
    print(f"backup written to {ctx.args.output} ({m['attachments']} attachments, schema {m['schema_revision']})")
    return 0


def cmd_restore(ctx: Context) -> int:
    from zwcx_desktop.store.backup import BackupError
    from zwcx_desktop.store.restore import restore_backup

    try:
        r = restore_backup(ctx.lock.root, Path(ctx.args.file), ctx.lock)
    except BackupError as exc:
        raise CliError(f"{exc}; the current data was not changed", 1) from None
    kept = f"; the data it replaced is kept in {r.pre_restore}" if r.pre_restore else ""
    print(f"restored the backup of {r.office.get('name')}: the store now matches the backup made {r.backup_made}"
          + kept)
    return 0


def register(sub) -> None:
    p = sub.add_parser("init", help="set up a new data directory: the office and its administrator")
    p.add_argument("--unit-name", required=True, help="e.g. 道里区新阳路街道办事处")
    p.add_argument("--unit-code", required=True, help="统一社会信用代码 (18 characters)")
    p.add_argument("--division", required=True, help="行政区划代码 (6 digits)")
    p.add_argument("--unit-type", default="street_office", help="street_office (街道办) or township (乡镇政府)")
    p.add_argument("--admin", required=True, help="administrator user name")
    p.add_argument("--server", help="municipal server address (https://...)")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    _contact_options(p, " (required)")
    p.add_argument("--file-keyring", action="store_true",
                   help="keep the office's secrets in keyring's file store (only on a machine without a system "
                        "keyring: other programs of this user can read them)")
    p.set_defaults(func=cmd_init, writes=True)

    p = sub.add_parser("secrets", help="where the office's secrets are kept; replace a lost ID fingerprint key")
    ssub = p.add_subparsers(dest="secrets_command", metavar="ACTION", required=True)
    q = ssub.add_parser("status", help="the keyring in use and whether the ID fingerprint key is this office's")
    q.set_defaults(func=cmd_secrets_status)
    q = ssub.add_parser("use-file-store", help="keep the secrets in keyring's file store (no system keyring here)")
    q.add_argument("--as", dest="as_user", metavar="USER", help="the administrator making the choice")
    q.set_defaults(func=cmd_secrets_file_store, use=True, writes=True)
    q = ssub.add_parser("system-only", help="keep the secrets only in the system keyring (the default)")
    q.add_argument("--as", dest="as_user", metavar="USER", help="the administrator making the choice")
    q.set_defaults(func=cmd_secrets_file_store, use=False, writes=True)
    q = ssub.add_parser("new-key", help="accept a new ID fingerprint key after the office's own was lost (never "
                                        "enrolled): earlier records can no longer be matched as duplicates")
    q.add_argument("--as", dest="as_user", metavar="USER", help="the administrator accepting it")
    q.set_defaults(func=cmd_secrets_new_key, writes=True)

    p = sub.add_parser("contact", help="show or change the office's contact block printed on every notice")
    _contact_options(p, "")
    p.add_argument("--as", dest="as_user", metavar="USER", help="who changes it (an administrator)")
    p.set_defaults(func=cmd_contact, writes=_changes_contact)

    p = sub.add_parser("user", help="manage local users")
    usub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    q = usub.add_parser("add", help="add a user")
    q.add_argument("username")
    q.add_argument("--role", required=True, help="clerk (录入员), reviewer (审核员) or admin (管理员)")
    q.add_argument("--display-name")
    q.add_argument("--password-stdin", action="store_true")
    q.set_defaults(func=cmd_user_add, writes=True)

    p = sub.add_parser("demo", help="fill the data directory with a realistic sample")
    p.add_argument("--records", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--today", help="reference date (YYYY-MM-DD) for a sample that does not change by the day")
    p.set_defaults(func=cmd_demo, writes=True)

    p = sub.add_parser("check", help="check the database, audit chain, versions, record rows and attachments, and "
                                     "the audit log against the municipal server's anchors")
    p.add_argument("--local", action="store_true", help="do not ask the municipal server for its audit anchors")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", help="write a backup of all data and attachments")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the data by a backup (the current data is kept aside)")
    p.add_argument("file")
    p.set_defaults(func=cmd_restore, writes=True)
