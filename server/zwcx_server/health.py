"""Liveness and readiness for a process manager or load balancer.

`/healthz`: the process answers (no database work, so a slow database does not get the process restarted).
`/readyz`: the database answers and its schema is at the revision this server's code expects; a server started
on a database an upgrade has not reached (or already passed) is not ready, and says which revisions differ.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import text

from zwcx_server.db import MIGRATIONS, ServerDB


@cache
def code_head() -> str:
    """The newest migration revision shipped with this code."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg).get_current_head()


def readiness(db: ServerDB) -> tuple[bool, dict]:
    """(ready, answer): the database reachable and at `code_head()`. The answer names no credentials."""
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except Exception as exc:  # any driver error means the same to a load balancer: not ready
        return False, {"status": "unavailable", "database": "unreachable or not a zwcx server database",
                       "error": type(exc).__name__}
    head = code_head()
    current = rows[0] if len(rows) == 1 else None
    if current != head:
        return False, {"status": "unavailable", "database": "schema not current", "schema": current,
                       "expected": head, "hint": "run `zwcx-server --db URL upgrade`, or install the code of that revision"}
    return True, {"status": "ok", "schema": head}
