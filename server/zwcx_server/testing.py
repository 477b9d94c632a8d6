"""A real zwcx server on loopback for tests and benchmarks: uvicorn in a background thread on a free port."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager

import uvicorn

from zwcx_server import service
from zwcx_server.app import create_app
from zwcx_server.db import ServerDB
from zwcx_server.keys import KEY_ENV, ServerKey

#: The server key of test servers (fixed, so a test may stop a server and start another on the same database).
TEST_SERVER_KEY = ServerKey(bytes(range(32)))


def key_env() -> dict[str, str]:
    """Environment for a `zwcx-server serve` process of a test or benchmark: the test server key."""
    return {KEY_ENV: TEST_SERVER_KEY.text()}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving one ServerDB in a daemon thread; `url` is its base URL. A database opened without a server
    key gets the test key, as `serve` would refuse to start without one."""

    def __init__(self, db: ServerDB) -> None:
        if db.server_key is None:
            db.use_key(TEST_SERVER_KEY)
        self.db = db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cfg = uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port, log_level="error",
                             lifespan="off", timeout_keep_alive=5)
        self.server = uvicorn.Server(cfg)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("test server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)

    def township(self, code: str) -> int:
        return service.add_township(self.db, f"{code} 乡", code)

    def code(self, township_id: int) -> str:
        return service.enroll_device(self.db, township_id)[1]


def reset_postgres(url: str) -> None:
    """Drop every table of the test database so each test starts from an empty schema."""
    from sqlalchemy import create_engine, text

    eng = create_engine(url)
    with eng.begin() as c:
        c.execute(text("DROP SCHEMA public CASCADE"))
        c.execute(text("CREATE SCHEMA public"))
    eng.dispose()


@contextmanager
def live_server(url: str, server_key: ServerKey = TEST_SERVER_KEY):
    """A LiveServer on a new or existing database, stopped and closed at the end."""
    db = ServerDB(url, server_key)
    db.upgrade()
    srv = LiveServer(db).start()
    try:
        yield srv
    finally:
        srv.stop()
        db.close()
