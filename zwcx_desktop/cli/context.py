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

    def app(self):
        """The opened (and migrated) data directory."""
        if self._app is None:
            from zwcx_desktop.store.app import App

            self._app = App.open(self.args.data_dir)
        return self._app

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
        if self._app is not None:
            self._app.close()
