"""Entry point of `zwcx`: with no subcommand it opens the desktop; otherwise runs one command."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from zwcx_desktop import __version__
from zwcx_desktop.cli.context import CliError, Context

#: Exit status when another zwcx program is writing to the data folder (EX_TEMPFAIL: try again later).
BUSY_EXIT = 75


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zwcx", description="政务诚信 zwcx: township integrity records (offline-first)")
    p.add_argument("--version", action="version", version=f"zwcx {__version__}")
    p.add_argument("--data-dir", help="data directory (default: $ZWCX_DATA_DIR or the platform's user data folder)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    import zwcx_desktop.cli as pkg

    for mod in sorted(m.name for m in pkgutil.iter_modules(pkg.__path__) if m.name.startswith("cmd_")):
        importlib.import_module(f"zwcx_desktop.cli.{mod}").register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from zwcx_desktop.gui.launch import main as gui_main

        return gui_main(data_dir=args.data_dir)
    ctx = Context(args)
    try:
        if _writes(args):
            ctx.take_writer_lock()
        return int(args.func(ctx) or 0)
    except CliError as exc:
        print(f"zwcx: error: {exc}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; that is not an error of ours.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("zwcx: interrupted; nothing was half-written", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - every failure becomes one line, never a traceback
        from zwcx_desktop.store.writerlock import FolderBusy

        if isinstance(exc, FolderBusy):
            print(f"zwcx: error: {exc}", file=sys.stderr)
            return BUSY_EXIT
        msg = _known_error(exc)
        if msg is None:
            raise
        print(f"zwcx: error: {msg}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


def _writes(args: argparse.Namespace) -> bool:
    """Whether the command may write to the data folder (and so must be its one writer): a subcommand says so
    with `set_defaults(writes=True)`, or with a function of its arguments (an import's dry run only reads)."""
    w = getattr(args, "writes", False)
    return bool(w(args) if callable(w) else w)


def _known_error(exc: Exception) -> str | None:
    """One line for errors that are about the user's input or data, None for bugs (which keep their traceback)."""
    from zwcx_desktop.credentials import NoKeyring
    from zwcx_desktop.domain.lifecycle import IllegalTransition, NotPermitted
    from zwcx_desktop.domain.schema import ValidationError
    from zwcx_desktop.store.app import NotInitialised
    from zwcx_desktop.store.migrate import MigrationError
    from zwcx_desktop.store.records import NotEditable, NotFound, StaleVersion

    known = (ValidationError, IllegalTransition, NotPermitted, NotFound, NotEditable, StaleVersion, NotInitialised,
             MigrationError, NoKeyring, PermissionError, FileNotFoundError, ValueError)
    if isinstance(exc, known):
        return str(exc)
    return _environment_error(exc)


def _environment_error(exc: Exception) -> str | None:
    """One line for a machine problem (a folder that is a file, a full disk, a locked or unreadable database),
    without the SQL or its parameters that a database error carries."""
    import errno
    import sqlite3

    from sqlalchemy.exc import OperationalError

    if isinstance(exc, OperationalError) and isinstance(exc.orig, sqlite3.OperationalError):
        exc = exc.orig
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).split("\n", 1)[0]
        if "locked" in text or "busy" in text:
            return "the database is in use by another program and stayed locked; try again when it has finished"
        return f"the database could not be read or written ({text}); run 'zwcx check', or restore a backup"
    if isinstance(exc, NotADirectoryError | FileExistsError):
        return f"{exc.filename}: is a file, or lies inside one, where a folder is needed; choose another --data-dir"
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return f"the disk is full ({exc.filename or 'writing the data folder'}); free some space and try again"
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EISDIR):
        return f"{exc.filename or 'the data folder'}: {exc.strerror}"
    return None


if __name__ == "__main__":
    raise SystemExit(main())
