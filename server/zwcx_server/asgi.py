"""The application for uvicorn's worker processes (`zwcx-server serve --workers N`, or uvicorn/gunicorn run by hand
with `--factory zwcx_server.asgi:app_from_env`).

Each worker opens the database named by `ZWCX_SERVER_DB` with the server key from the usual places
(`ZWCX_SERVER_KEY_FILE`, `ZWCX_SERVER_KEY` or the systemd credential). It does not upgrade the schema: the parent
(`serve`) or `zwcx-server upgrade` does that once, before any worker starts, and `/readyz` says when it has not.
It writes the access log of `zwcx_server.logs` (in `ZWCX_SERVER_LOG_FORMAT`); started by hand, give uvicorn
`--no-access-log`, since uvicorn's own access log names every client's address.
"""

from __future__ import annotations

import os

from fastapi import FastAPI

DB_ENV = "ZWCX_SERVER_DB"


def app_from_env() -> FastAPI:
    """A worker's application over the configured database."""
    from zwcx_server import keys, logs
    from zwcx_server.app import create_app
    from zwcx_server.db import ServerDB

    url = os.environ.get(DB_ENV)
    if not url:
        raise SystemExit(f"zwcx-server worker: {DB_ENV} is not set (the database URL)")
    db = ServerDB(url)
    db.use_key(keys.require(None))
    app = create_app(db)
    logs.install(app)
    return app
