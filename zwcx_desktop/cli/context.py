"""What every subcommand handler gets: the parsed arguments, the opened data directory, output helpers."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from typing import Any


class CliError(Exception):
    """An error the user can act on: printed as one line on stderr, exit status `code`."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Context:
    args: argparse.Namespace
    _app: Any = field(default=None, repr=False)
    lock: Any = field(default=None, repr=False)  # store.writerlock.WriterLock of a writing command

    def take_writer_lock(self) -> None:
        """Become the data folder's one writer before anything is opened: waits a few seconds for another
        writer, then raises FolderBusy naming it (nothing written)."""
        from zwcx_desktop.config import data_dir
        from zwcx_desktop.store.writerlock import WriterLock

        self.lock = WriterLock(data_dir(self.args.data_dir), f"zwcx {self.args.command}").acquire()

    def app(self):
        """The opened (and migrated) data directory."""
        if self._app is None:
            from zwcx_desktop.config import data_dir
            from zwcx_desktop.store.app import App

            self._app = App(data_dir(self.args.data_dir), self.lock)
        return self._app

    def app_root(self):
        """The data directory the command works on (resolved, not opened)."""
        from zwcx_desktop.config import data_dir

        return data_dir(self.args.data_dir)

    def actor(self, username: str | None = None):
        """The user a change is made as: `--as USER`, else the administrator created by `zwcx init`."""
        from zwcx_desktop.store import users

        app = self.app()
        name = username or getattr(self.args, "as_user", None) or app.setting("cli_default_user")
        if not name:
            raise CliError("no user given: pass --as USER (run 'zwcx init' first if there are no users)")
        with app.db.read() as s:
            u = users.find_user(s, name)
            if u is None or not u.active:
                raise CliError(f"no active user named '{name}'")
            return users.actor_of(u)

    def print_json(self, obj: Any) -> None:
        """Stable JSON output: sorted keys, UTF-8 text, one document."""
        sys.stdout.write(json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=2, default=str) + "\n")

    def close(self) -> None:
        try:
            if self._app is not None:
                self._app.close()
        finally:
            if self.lock is not None:
                self.lock.release()


#: Deeper JSON is no record's fields (a record is an object of values, its child rows one level more).
MAX_JSON_DEPTH = 8
#: A field name longer than this is no field of any record (and is not repeated whole in a message).
MAX_FIELD_NAME = 64


def read_json_object(src: str, flag: str) -> dict:
    """The JSON object in file `src` (or standard input for "-") given with option `flag`; CliError naming the
    option for anything else. Numbers are read as decimals, so 1e-400 stays what was typed instead of becoming
    0.0, and NaN/Infinity reach the field's own check, which names the field."""
    from decimal import Decimal
    from pathlib import Path

    try:
        raw = sys.stdin.read() if src == "-" else Path(src).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CliError(f"{flag}: no file at {src}") from None
    except UnicodeDecodeError:
        raise CliError(f"{flag}: {src} is not UTF-8 text") from None
    try:
        payload = json.loads(raw, parse_float=Decimal, parse_constant=Decimal)
    except json.JSONDecodeError as exc:
        raise CliError(f"{flag}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise CliError(f"{flag}: nested deeper than {MAX_JSON_DEPTH} levels; a record is one object of its "
                       f"fields") from None
    if not isinstance(payload, dict):
        raise CliError(f"{flag}: expected one JSON object with the record's fields")
    if _depth(payload) > MAX_JSON_DEPTH:
        raise CliError(f"{flag}: nested deeper than {MAX_JSON_DEPTH} levels; a record is one object of its fields")
    long = next((k for k in payload if len(k) > MAX_FIELD_NAME), None)
    if long is not None:
        raise CliError(f"{flag}: a field name of {len(long)} characters ('{long[:20]}…') is no field of any record")
    return payload


def _depth(value: Any) -> int:
    """How deeply lists and objects nest in `value` (1 for a flat object), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, dict | list):
            deepest = max(deepest, d)
            if d <= MAX_JSON_DEPTH:  # deeper is refused anyway: no need to walk it all
                stack.extend((x, d + 1) for x in (v.values() if isinstance(v, dict) else v))
    return deepest


def date_arg(text: str | None, flag: str):
    """A YYYY-MM-DD option value as a date (None when not given); CliError naming the option otherwise."""
    import datetime as dt

    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{flag}: '{text}' is not a date (use YYYY-MM-DD)") from None


def enum_arg(enum, text: str | None, flag: str) -> str | None:
    """An option naming an enum member in English or Chinese, as its stored value (None when not given)."""
    if not text:
        return None
    try:
        return enum.parse(text).value
    except ValueError as exc:
        raise CliError(f"{flag}: {exc}") from None


def status_arg(kind, text: str | None, plural: str) -> str | None:
    """`--status` for a record kind (schema.Kind), as its stored value."""
    if text and kind.status is None:
        raise CliError(f"{plural} have no status")
    return enum_arg(kind.status, text, "--status")
