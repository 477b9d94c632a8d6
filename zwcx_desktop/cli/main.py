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
        msg = _known_error(exc, args.data_dir)
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


def _known_error(exc: Exception, data_dir: str | None = None) -> str | None:
    """One line for errors that are about the user's input or data, or about the machine; None for bugs (which
    keep their traceback)."""
    from zwcx_core.domain.lifecycle import IllegalTransition, NotPermitted
    from zwcx_core.domain.schema import ValidationError
    from zwcx_desktop.credentials import NoKeyring
    from zwcx_desktop.store.app import NotInitialised
    from zwcx_desktop.store.migrate import MigrationError
    from zwcx_desktop.store.records import NotEditable, NotFound, StaleVersion

    machine = _environment_error(exc, data_dir)
    if machine is not None:
        return machine
    known = (ValidationError, IllegalTransition, NotPermitted, NotFound, NotEditable, StaleVersion, NotInitialised,
             MigrationError, NoKeyring, PermissionError, FileNotFoundError, ValueError)
    if isinstance(exc, known):
        return str(exc)
    return None


def _environment_error(exc: Exception, data_dir: str | None) -> str | None:
    """One line for a machine problem (a damaged or empty database, a full disk, a folder that is a file, a locked
    or unreadable database), without the SQL or its parameters that a database error carries."""
    from zwcx_desktop.config import data_dir as resolve
    from zwcx_desktop.store.failures import describe

    try:
        root = resolve(data_dir)
    except Exception:  # noqa: BLE001 - only for naming the folder in the message
        root = None
    return describe(exc, root)


if __name__ == "__main__":
    raise SystemExit(main())
