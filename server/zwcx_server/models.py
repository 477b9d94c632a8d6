"""Tables of the reference server. Records are stored generically: each version is a canonical JSON document."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = String(36)


class Base(DeclarativeBase):
    pass


class ServerMeta(Base):
    """Key/value facts about this server database (the epoch, the server key's check value)."""

    __tablename__ = "server_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Township(Base):
    __tablename__ = "townships"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    # The township's change counter. Pushes lock this row, so sequence numbers are handed out and committed in
    # order and a pull cursor never skips a change that commits late.
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # HMAC key for citizen ID fingerprints, shared by the township's devices so that they recognise the same
    # person; set by the first device to enrol (its own key, so its earlier records keep matching). Kept sealed
    # under the server key (zwcx_server.keys), which is not in the database: with the key in plain text beside
    # the fingerprints, a copy of the database would give away citizen ID numbers.
    fingerprint_key_sealed: Mapped[str | None] = mapped_column(String(128), nullable=True)
    # wire.version_set_digest of the township's versions, kept up to date by every push (under the row lock): a
    # device that has pulled everything compares it with its own and so finds versions one side lacks.
    versions_digest: Mapped[str] = mapped_column(String(64), default="0" * 64, server_default="0" * 64)
    # The same digest per kind level above 1 (JSON {"2": hex}), so a device of a lower level is given the digest
    # of just the versions it is sent (wire.digest_for_level).
    level_digests: Mapped[str | None] = mapped_column(Text, nullable=True)


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    township_id: Mapped[int] = mapped_column(ForeignKey("townships.id"), index=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)  # sha256 of the bearer token
    code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)  # sha256 of the one-time code
    code_expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    enrolled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The highest outbox seq of this device the server has acknowledged (stored an answer for). A device that
    # remembers a higher one is talking to a server that forgot acknowledged work (restored backup, power cut).
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # When the device last authenticated, kept to within SEEN_EVERY (service.authenticate): a write per request
    # would cost every no-op sync a transaction.
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Record(Base):
    """The current state of one record: which version is current, which versions are unmerged heads."""

    __tablename__ = "records"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    township_id: Mapped[int] = mapped_column(ForeignKey("townships.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    current_version_id: Mapped[str] = mapped_column(ID)
    content_hash: Mapped[str] = mapped_column(String(64))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    heads: Mapped[list] = mapped_column(JSON, default=list)
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)


class Version(Base):
    __tablename__ = "versions"
    __table_args__ = (UniqueConstraint("township_id", "seq", name="uq_versions_township_seq"),
                      Index("ix_versions_record", "record_id"))
    version_id: Mapped[str] = mapped_column(ID, primary_key=True)
    record_id: Mapped[str] = mapped_column(ID)
    township_id: Mapped[int] = mapped_column(ForeignKey("townships.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)
    base_version_id: Mapped[str | None] = mapped_column(ID)
    merge_parent_id: Mapped[str | None] = mapped_column(ID)
    content_hash: Mapped[str] = mapped_column(String(64))
    doc: Mapped[str] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    device_id: Mapped[str] = mapped_column(ID)
    created_by: Mapped[str] = mapped_column(String(64))
    client_created_at: Mapped[str] = mapped_column(String(40))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    verify_code: Mapped[str] = mapped_column(String(32), index=True)


class OpResult(Base):
    """The answer given to each pushed op, so a replayed op (lost acknowledgement) gets the same answer."""

    __tablename__ = "op_results"
    device_id: Mapped[str] = mapped_column(ID, primary_key=True)
    op_id: Mapped[str] = mapped_column(ID, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    result: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Blob(Base):
    """A file a township uploaded, known by sha256, once all its bytes arrived and matched that hash. The bytes
    are in `blob_chunks`, in the database so that a backup of the database is a backup of everything (and SQLite
    and PostgreSQL behave the same), in pieces so that no request holds a whole file in memory."""

    __tablename__ = "blobs"
    township_id: Mapped[int] = mapped_column(ForeignKey("townships.id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class BlobChunk(Base):
    """One piece of a file's bytes, at byte `start`: of a stored blob, or of an upload in progress (appended as
    it arrives, never rewritten)."""

    __tablename__ = "blob_chunks"
    township_id: Mapped[int] = mapped_column(ForeignKey("townships.id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    start: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class BlobPart(Base):
    """A blob upload in progress (resumable by any worker): its chunks so far are in `blob_chunks`. Counted
    against the quota of the device that started it, and forgotten a while after its last chunk."""

    __tablename__ = "blob_parts"
    township_id: Mapped[int] = mapped_column(ForeignKey("townships.id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(ID, index=True)
    total: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ReferenceItem(Base):
    """Reference data that flows down to devices (units, catalogue, categories, holidays)."""

    __tablename__ = "reference_items"
    __table_args__ = (UniqueConstraint("category", "key", name="uq_reference_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    category: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(Text)


class TownshipClocks(Base):
    """A township office's own supervision clock presets (the channels its administrator replaced, a
    `supervision.parse_presets` document), sent up by one of its devices and down to all of them with the reference
    data, so every computer of the township counts the same deadlines. The latest edit (by `edited_at`) wins."""

    __tablename__ = "township_clocks"
    township_id: Mapped[int] = mapped_column(ForeignKey("townships.id"), primary_key=True)
    document: Mapped[str] = mapped_column(Text)
    edited_at: Mapped[dt.datetime] = mapped_column(DateTime)  # naive UTC, when the administrator saved it
    device_id: Mapped[str] = mapped_column(ID)  # the device that sent it
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PrintEvent(Base):
    """A print of a record version logged on a device (its print log), sent with a push. The public page calls a
    version printed only from these. Nobody's name travels: who printed stays in the device's own log."""

    __tablename__ = "print_events"
    __table_args__ = (Index("ix_print_events_version", "version_id"),
                      Index("ix_print_events_device_no", "device_id", "no"))
    device_id: Mapped[str] = mapped_column(ID, primary_key=True)
    print_id: Mapped[str] = mapped_column(ID, primary_key=True)
    # The row number of the device's print log: the highest one received tells the device, in /v1/sync/meta,
    # whether the server still holds what it sent (a restored server has forgotten some, and is sent them again).
    no: Mapped[int] = mapped_column(BigInteger)
    township_id: Mapped[int] = mapped_column(ForeignKey("townships.id"))
    record_id: Mapped[str] = mapped_column(ID)
    version_id: Mapped[str] = mapped_column(ID)
    content_hash: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AuditAnchor(Base):
    """The hash of one audit event of a device, as received with a push. Kept for good: an anchor a restore
    replaced is marked `superseded_at`, never deleted, so the city can compare what a device showed before."""

    __tablename__ = "audit_anchors"
    __table_args__ = (Index("ix_audit_anchors_device_seq", "device_id", "seq"),)
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                    autoincrement=True)
    device_id: Mapped[str] = mapped_column(ID)
    township_id: Mapped[int] = mapped_column(ForeignKey("townships.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    superseded_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class AuditFork(Base):
    """A device's audit log that no longer matched what the server had anchored: `restore` (a restore from a
    backup the device announced; accepted, its later anchors start again from `restored_to`) or `rewritten`
    (events differ without a restore; refused, the anchors stay). For the city console."""

    __tablename__ = "audit_forks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(ID, index=True)
    township_id: Mapped[int] = mapped_column(ForeignKey("townships.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    first_differing_seq: Mapped[int] = mapped_column(BigInteger)
    restored_to: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    anchored_through: Mapped[int] = mapped_column(BigInteger)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)


# ---------------------------------------------------------------------------------------------- city console (#19)


class TownshipDistrict(Base):
    """The district (区/县) a township belongs to: a district viewer of the console sees only its own. A table of
    its own rather than a column, so the sync tables stay as they are."""

    __tablename__ = "township_districts"
    township_id: Mapped[int] = mapped_column(ForeignKey("townships.id"), primary_key=True)
    district: Mapped[str] = mapped_column(String(60), index=True)


class DeviceAgent(Base):
    """The User-Agent a device last authenticated with (its app and version as far as it says), for the console;
    written together with `devices.last_seen_at`, so at most once per SEEN_EVERY."""

    __tablename__ = "device_agents"
    device_id: Mapped[str] = mapped_column(ID, primary_key=True)
    user_agent: Mapped[str] = mapped_column(String(200))
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Staff(Base):
    """A city staff account of the console. Only the argon2 hash of the password is kept."""

    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))  # admin, evaluator or district (web/accounts.ROLES)
    district: Mapped[str | None] = mapped_column(String(60), nullable=True)  # a district viewer's district
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class StaffSession(Base):
    """A signed-in console session, in the database so every worker process knows it. The cookie holds a random
    token; only its sha256 is kept, with the session's own CSRF token."""

    __tablename__ = "staff_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[dt.datetime] = mapped_column(DateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)


class LoginAttempt(Base):
    """One console sign-in attempt, by account name and client address: lockouts count the recent failures here,
    so every worker process applies the same limit."""

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_account_at", "account", "at"),
                      Index("ix_login_attempts_address_at", "address", "at"))
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                    autoincrement=True)
    account: Mapped[str] = mapped_column(String(60))
    address: Mapped[str] = mapped_column(String(64))
    ok: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[dt.datetime] = mapped_column(DateTime)


class ConsoleAudit(Base):
    """What a staff member did in the console: who, what, on what, when. Never a password or a record's content."""

    __tablename__ = "console_audit"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                    autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    staff: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(64), default="")


# ------------------------------------------------------------------------------------- 区域政务诚信评价 (#19)
class EvaluationTree(Base):
    """One saved version of the indicator tree (the JSON document zwcx_server.evaluation.parse_tree reads). A
    save never changes a row: it adds the next version, so every evaluation names the tree it was scored on."""

    __tablename__ = "evaluation_trees"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    label: Mapped[str] = mapped_column(String(60))
    doc: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class EvaluationRun(Base):
    """An evaluation of every township for a period under one tree version: the indicator values it was given
    and what it gave (scores, ranks, explanations), as JSON, so it reads the same later whatever was pushed since."""

    __tablename__ = "evaluation_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    period: Mapped[str] = mapped_column(String(8))  # 2026Q1 or 2026
    tree_version: Mapped[int] = mapped_column(Integer)
    results: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
