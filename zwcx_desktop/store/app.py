"""Opening a data directory: create it, migrate it (after a backup), and hand out the record store."""

from __future__ import annotations

import secrets
from pathlib import Path

from zwcx_desktop import credentials
from zwcx_desktop.config import data_dir
from zwcx_desktop.store import auditkeys, keys, migrate, reference, settings
from zwcx_desktop.store.db import Database
from zwcx_desktop.store.records import RecordStore
from zwcx_desktop.store.writerlock import WriterLock


class NotInitialised(RuntimeError):
    pass




class App:
    """One opened data directory: its database, record store and settings.

    With `lock` (a held `WriterLock` of `root`) the App owns it: stale restore staging folders are cleared now
    (no restore can be running while we hold it) and the lock is released by `close`. Without one the App is a
    reader's, or a test's, and writing through it is the caller's responsibility.
    """

    def __init__(self, root: Path, lock: WriterLock | None = None) -> None:
        self.root = root
        self.lock = lock
        if lock is not None:
            if not lock.held or lock.root.resolve() != Path(root).resolve():
                raise RuntimeError(f"App({root}) was handed a writer lock that it does not hold")
            from zwcx_desktop.store.restore import clear_stale_staging

            clear_stale_staging(root)
        root.mkdir(parents=True, exist_ok=True)
        self.db = Database(root)
        self.migration = migrate.upgrade(self.db.engine, self.db.path, self.db.backups_dir)
        # Bound before any write: every audit event is chained with the office's audit key from the keyring.
        self.db.session_info[auditkeys.INFO_KEY] = auditkeys.AuditKeys(
            self.install_id(), lambda s, name: credentials.get_secret(name, self._file_store_chosen(s)),
            lambda s, name, value: credentials.set_secret(name, value, self._file_store_chosen(s)))
        with self.db.read() as s:
            reference.install_calendar(s)  # next year's holidays may have come from the municipal server already
        self.records = RecordStore(self.db, fingerprint_key=self._fingerprint_key)
        # Settled now: creating it lazily inside another write unit of work would wait on our own lock.
        self.device_id = self.records.device_id
        if lock is not None:
            keys.settle(self)  # as the writer, before any save: a save's transaction must not wait on our own
            from zwcx_desktop.store.restore import record_restore

            record_restore(self)

    @classmethod
    def open(cls, override: str | None = None) -> App:
        return cls(data_dir(override))

    @classmethod
    def open_writer(cls, override: str | None, program: str, wait: float | None = None) -> App:
        """Open the data directory as its one writer: take the writer lock (waiting up to `wait` seconds; raises
        FolderBusy naming the holder) and keep it until `close`."""
        lock = WriterLock(data_dir(override), program).acquire(wait)
        try:
            return cls(lock.root, lock)
        except BaseException:
            lock.release()
            raise

    def setting(self, key: str, default: str | None = None) -> str | None:
        with self.db.read() as s:
            return settings.get(s, key, default)

    def put_setting(self, key: str, value: str) -> None:
        with self.db.write() as s:
            settings.put(s, key, value)

    @property
    def initialised(self) -> bool:
        return self.setting("home_unit_id") is not None

    def home_unit_id(self) -> str:
        uid = self.setting("home_unit_id")
        if uid is None:
            raise NotInitialised(f"the data directory {self.root} is not set up yet: run 'zwcx init' first")
        return uid

    def install_id(self) -> str:
        iid = self.setting("install_id")
        if iid is None:
            iid = secrets.token_hex(8)
            self.put_setting("install_id", iid)
        return iid

    def _file_store_chosen(self, s=None) -> bool:
        """Whether the office keeps its secrets in a file store: as committed, or as the write `s` is choosing it
        (the audit event of that very choice, or of withdrawing it, is chained with a key from that store)."""
        return keys.file_store_chosen(self) or (s is not None and settings.get(s, keys.K_SECRET_STORE) == "file")

    def _fingerprint_key(self) -> bytes:
        return keys.load_fingerprint_key(self)  # checked against the database; never silently replaced

    def adopt_fingerprint_key(self, key_hex: str) -> int:
        """Fingerprint citizen IDs with the township's key from now on (kept in the OS keyring); returns how many
        service records carry a fingerprint made with another key (store/keys.py, adopt)."""
        return keys.adopt(self, key_hex)

    def close(self, keep_lock: bool = False) -> WriterLock | None:
        """Close the database; the writer lock is released too unless `keep_lock`, and then returned (the
        desktop's restore closes the store but must stay the one writer until it reopens it)."""
        if self.lock is not None:  # still the one writer: nothing can be appended after this
            from sqlalchemy.exc import SQLAlchemyError

            from zwcx_desktop.store.audit import remember_tip

            try:
                with self.db.read() as s:
                    remember_tip(s)
            except SQLAlchemyError:  # a damaged store is said by `check`; closing must not fail on it
                pass
        self.db.close()
        lock, self.lock = self.lock, None
        if lock is not None and not keep_lock:
            lock.release()
            return None
        return lock
