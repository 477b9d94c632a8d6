"""The real server as its own process on loopback (`python -m zwcx_server serve`), to stop, kill, back up and
restore like an operator would. Administration (townships, enrolment codes) and the checks go through a ServerDB
on the same SQLite file, closed whenever the file is copied."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from zwcx_server import service
from zwcx_server.db import ServerDB
from zwcx_server.testing import free_port, key_env


class ServerProcess:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self._db: ServerDB | None = None

    @property
    def db(self) -> ServerDB:
        if self._db is None:
            self._db = ServerDB(f"sqlite:///{self.path}")
            self._db.upgrade()
        return self._db

    def start(self, fault: str | None = None) -> ServerProcess:
        env = os.environ.copy() | key_env()
        env.pop("ZWCX_SERVER_FAULT", None)
        if fault:
            env["ZWCX_SERVER_FAULT"] = fault
        self.proc = subprocess.Popen([sys.executable, "-m", "zwcx_server", "--db", str(self.path), "serve",
                                      "--port", str(self.port)], env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.proc.stderr.read().decode(errors='replace')}")
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the server process did not start listening")

    def died(self, within: float = 5.0) -> bool:
        """Whether the process ended (the client may see the connection drop a moment before it is reaped)."""
        if self.proc is None:
            return False
        try:
            self.proc.wait(within)
        except subprocess.TimeoutExpired:
            return False
        return True

    def stop(self) -> None:
        """Stop the process (SIGTERM, as systemd does) and close the admin connections."""
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.terminate()
                try:
                    self.proc.wait(15)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(10)
            self.proc.stderr.close()
            self.proc = None
        if self._db is not None:
            self._db.close()
            self._db = None

    def backup(self, dest: Path) -> None:
        """Copy the database file with the server stopped (the documented SQLite backup)."""
        self.stop()
        shutil.copyfile(self.path, dest)

    def restore(self, src: Path) -> None:
        """Put a backup back, with the server stopped and WITHOUT `new-epoch`."""
        self.stop()
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(src, self.path)

    def township(self, code: str) -> int:
        return service.add_township(self.db, f"{code} 乡", code)

    def code(self, township_id: int) -> str:
        return service.enroll_device(self.db, township_id)[1]
