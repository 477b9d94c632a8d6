"""A read-only glance at a data directory with the standard library's sqlite3, before SQLAlchemy is loaded.

Importing SQLAlchemy and the models takes longer than showing a window, so the desktop's login window checks the
password and the main window takes its title from here while the store opens on a worker thread. Only a
database already at the newest schema revision is read; anything else (new, not set up, older schema, unreadable)
gives None and the caller waits for the store, which migrates or reports what is wrong.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from zwcx_core.domain.accounts import Account, Actor, verify_login
from zwcx_desktop.config import db_path
from zwcx_desktop.store.migrate import HEAD, connect_read_only, revision_of


@dataclass(frozen=True)
class Glance:
    """What the start needs from a set-up data directory at the newest revision."""

    root: Path
    home_unit_name: str
    last_user: str

    def _connect(self) -> sqlite3.Connection:
        return _connect(db_path(self.root))

    def account(self, username: str) -> Account | None:
        """The stored account named `username` (surrounding spaces ignored), or None."""
        con = self._connect()
        try:
            row = con.execute("SELECT username, role, display_name, password_hash, active FROM users "
                              "WHERE username = ?", (username.strip(),)).fetchone()
        finally:
            con.close()
        return None if row is None else Account(row[0], row[1], row[2], row[3], bool(row[4]))

    def login(self, username: str, password: str) -> Actor:
        """The same offline check as `store.users.login`; raises LoginFailed."""
        return verify_login(self.account(username), password)


def _connect(path: Path) -> sqlite3.Connection:
    # Read-only: the store may be migrating or writing at the same moment (WAL lets readers in). A short busy
    # timeout: this runs on the UI thread, and a locked file only means waiting for the store instead.
    return connect_read_only(path, timeout=1)


def glance(root: Path) -> Glance | None:
    """The glance at `root`, or None when the store has to open first (see the module docstring)."""
    path = db_path(root)
    if not path.exists():
        return None
    try:
        con = _connect(path)
        try:
            if revision_of(con) != HEAD:
                return None
            values = dict(con.execute("SELECT key, value FROM settings WHERE key IN ('home_unit_id', 'last_user')"))
            if "home_unit_id" not in values:
                return None
            unit = con.execute("SELECT name FROM units WHERE id = ?", (values["home_unit_id"],)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return Glance(root, unit[0] if unit else "", values.get("last_user", ""))
