"""Helpers of the sync tests: devices (real data directories), random edits, convergence checks."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from zwcx_core.domain.enums import Role
from zwcx_desktop.store.app import App
from zwcx_desktop.store.models import RecordVersion
from zwcx_desktop.store.users import Actor
from zwcx_desktop.sync import engine
from zwcx_desktop.sync.client import SyncClient
from zwcx_server.models import Version

CLERK = Actor("clerk", Role.ADMIN, "Clerk")


class Device:
    """One desktop installation enrolled with the server; `url` may point at a fault proxy."""

    def __init__(self, root: Path, srv, township_id: int) -> None:
        self.app = App(root)
        engine.enroll(self.app, srv.url, srv.code(township_id))
        self.token = engine.keys.get_secret(self.app, engine.token_name(self.app))

    def client(self, url: str, timeout: float = 1.0, retries: int = 1) -> SyncClient:
        return SyncClient(url, self.token, timeout=(timeout, timeout), retries=retries)

    def sync(self, url: str, **kw) -> engine.RoundResult:
        c = self.client(url, **kw)
        try:
            return engine.sync_round(self.app, c)
        finally:
            c.close()

    def local_versions(self) -> set[str]:
        with self.app.db.read() as s:
            return set(s.execute(select(RecordVersion.version_id).where(RecordVersion.origin == "local")).scalars())

    def all_versions(self) -> set[str]:
        with self.app.db.read() as s:
            return set(s.execute(select(RecordVersion.version_id)).scalars())

    def close(self) -> None:
        self.app.close()


def server_versions(srv, township_id: int) -> dict[str, dict]:
    with srv.db.read() as s:
        return {v.version_id: {"record_id": v.record_id, "base": v.base_version_id, "merge": v.merge_parent_id,
                               "content": (v.content_hash, v.deleted)}
                for v in s.execute(select(Version).where(Version.township_id == township_id)).scalars()}


def assert_converged(srv, township_id: int, devices: list[Device]) -> None:
    """Same record set and versions everywhere; every local edit is on the server; nothing dangles."""
    server = srv.db
    from zwcx_server import service

    with server.read() as s:
        from zwcx_server.models import Township
        t = s.get(Township, township_id)
    want = service.verify(server, service.Caller("t", township_id, t.code, t.name))
    want.pop("protocol"), want.pop("township")
    sv = server_versions(srv, township_id)
    for d in devices:
        got = engine.local_digest(d.app)
        assert got == want, (d.app.root, got, want)
        missing = d.local_versions() - set(sv)
        assert not missing, f"edits never reached the server: {missing}"
        assert d.all_versions() == set(sv)
        st = engine.status(d.app)
        assert st["pending"] == 0 and st["rejected"] == [], json.dumps(st, default=str)
    # Every version is an ancestor of a head (current or a sibling waiting for a merge): nothing dropped.
    children: dict[str, set[str]] = {}
    for vid, v in sv.items():
        for p in (v["base"], v["merge"]):
            if p:
                children.setdefault(p, set()).add(vid)
    with server.read() as s:
        from zwcx_server.models import Record
        recs = list(s.execute(select(Record).where(Record.township_id == township_id)).scalars())
    heads = {h for r in recs for h in r.heads}
    current = {r.id: (r.content_hash, r.deleted) for r in recs}

    def reaches_head(vid: str) -> bool:
        seen, todo = set(), [vid]
        while todo:
            x = todo.pop()
            if x in heads:
                return True
            seen.add(x)
            todo += [c for c in children.get(x, ()) if c not in seen]
        return False

    covered = {vid for vid in sv if reaches_head(vid)}
    contents = {(sv[v]["record_id"], sv[v]["content"]) for v in covered}

    def survives(vid: str) -> bool:
        # A version the server answered `duplicate` (same content as the record held then) is not a head; it and
        # the versions it was built on are kept if that content survives in the history that leads to a head.
        seen, todo = set(), [vid]
        while todo:
            x = todo.pop()
            if x in covered or (sv[x]["record_id"], sv[x]["content"]) in contents:
                return True
            seen.add(x)
            todo += [c for c in children.get(x, ()) if c not in seen]
        return False

    for vid, v in sv.items():
        if vid in covered or v["content"] == current[v["record_id"]]:
            continue
        if not survives(vid):
            raise AssertionError(f"version {vid} ({v}) leads to no head and its content is nowhere in the "
                                 "history that does: an edit was dropped")
