"""A clean start: this computer leaves one township's records behind to be enrolled with another.

Records carry their township's ids: the server refuses every edit of them from a device of another township, so a
computer re-enrolled elsewhere that kept them would fail to sync them forever. A clean start first writes a full
backup (the records are not lost, and the old township's administrator can have it), then removes every record,
version, outbox entry, attachment and print-log line and the sync state in one transaction, and creates the office's
home unit anew (a new id, belonging to the new township) from the old one's fields — the same as a fresh install
set up with the same office. Users, settings and the audit log stay: the log is this computer's history and the
clean start is an event in it.
"""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path

from sqlalchemy import delete, text
from sqlalchemy.orm import Session

from zwcx_core.domain.schema import KINDS
from zwcx_desktop.store import search, settings
from zwcx_desktop.store.audit import AuditWriter
from zwcx_desktop.store.backup import create_backup
from zwcx_desktop.store.models import Setting
from zwcx_desktop.store.records import utcnow
from zwcx_desktop.store.users import Actor

#: Every table that holds records or what hangs off them (children before their parents).
RECORD_TABLES = ("commitment_progress", "finance_lines", "commitments", "disclosures", "service_records",
                 "objections", "units", "outbox", "print_log", "attachments", "record_versions")
BACKUP_PREFIX = "before-clean-start-"


def clean_start(app, actor: Actor, leaving: dict, joining: dict) -> Path:
    """Back up, then remove every record of the township `leaving` and set the office up again for `joining`
    (both {"id", "code", "name"}). Returns the backup's path. Needs the writer lock (the caller holds it)."""
    home_id = app.setting("home_unit_id")  # None: enrolled without `zwcx init`, nothing to set up again
    old = app.records.get(home_id, include_deleted=True).doc if home_id else None
    home = None if old is None else {f.name: old[f.name] for f in KINDS["unit"].fields
                                     if not f.computed and f.name != "parent_id" and old.get(f.name) not in (None, "")}
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = app.root / "backups" / f"{BACKUP_PREFIX}{stamp}.zip"
    backup.parent.mkdir(parents=True, exist_ok=True)
    create_backup(app.root, backup)

    new_id = str(uuid.uuid4())

    def clear(s: Session) -> None:
        for table in RECORD_TABLES:
            s.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - names from the constant above
        search.clear(s)
        s.execute(delete(Setting).where(Setting.key.like("sync\\_%", escape="\\")))
        if home is not None:
            settings.put(s, "home_unit_id", new_id)
        audit = AuditWriter(s)
        audit.add(utcnow(), actor.username, "clean-start", detail={
            "from": {k: leaving.get(k) for k in ("id", "code", "name")},
            "to": {k: joining.get(k) for k in ("id", "code", "name")}, "backup": backup.name})
        audit.flush()

    app.records.replace_all(clear, home, actor, new_id)
    shutil.rmtree(app.db.attachments_dir, ignore_errors=True)  # after the commit: the backup holds them
    return backup
