"""SQLAlchemy 2 typed models of the local store.

Record tables carry one typed column per stored field of `zwcx_core.domain.schema` (money as integer fen),
plus the common bookkeeping of `RecordMixin`. The full document of every version is kept in `record_versions`,
so any earlier printed version can be reproduced.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from zwcx_desktop.store.collation import SORT_COLUMN, SORT_FIELD


class Base(DeclarativeBase):
    pass


ID = String(36)


class RecordMixin:
    """Columns every synced record has (ARCHITECTURE.md, Storage)."""

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    version_id: Mapped[str] = mapped_column(ID)
    base_version_id: Mapped[str | None] = mapped_column(ID)
    content_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    sync_state: Mapped[str] = mapped_column(String(16), default="local")


class Unit(RecordMixin, Base):
    __tablename__ = "units"
    name: Mapped[str] = mapped_column(String(100))
    uscc: Mapped[str | None] = mapped_column(String(18))
    division_code: Mapped[str | None] = mapped_column(String(6))
    unit_type: Mapped[str] = mapped_column(String(32))
    parent_id: Mapped[str | None] = mapped_column(ID)
    contact_person: Mapped[str | None] = mapped_column(String(40))
    contact_phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(200))
    supervisor: Mapped[str | None] = mapped_column(String(60))
    supervision_phone: Mapped[str | None] = mapped_column(String(40))


class Commitment(RecordMixin, Base):
    __tablename__ = "commitments"
    unit_id: Mapped[str] = mapped_column(ID, index=True)
    title: Mapped[str] = mapped_column(String(120))
    category: Mapped[str] = mapped_column(String(32))
    service_area: Mapped[str | None] = mapped_column(String(32))
    content: Mapped[str] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)
    basis: Mapped[str | None] = mapped_column(Text)
    responsible_person: Mapped[str] = mapped_column(String(40))
    made_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    channels: Mapped[list] = mapped_column(JSON, default=list)
    published_date: Mapped[dt.date | None] = mapped_column(Date)
    fulfilled_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(32), index=True)


class ProgressEntry(Base):
    __tablename__ = "commitment_progress"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    commitment_id: Mapped[str] = mapped_column(ID, ForeignKey("commitments.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)
    percent: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[list] = mapped_column(JSON, default=list)


class Disclosure(RecordMixin, Base):
    __tablename__ = "disclosures"
    unit_id: Mapped[str] = mapped_column(ID, index=True)
    kind: Mapped[str] = mapped_column(String(32))
    doc_type: Mapped[str] = mapped_column(String(32))
    catalogue_area: Mapped[str | None] = mapped_column(String(60))
    catalogue_item: Mapped[str | None] = mapped_column(String(100))
    service_area: Mapped[str | None] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(120))
    body: Mapped[str] = mapped_column(Text)
    formed_date: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    publish_date: Mapped[dt.date | None] = mapped_column(Date)
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_days: Mapped[int] = mapped_column(Integer, default=7)
    day_count: Mapped[str] = mapped_column(String(16), default="calendar")
    period_end: Mapped[dt.date | None] = mapped_column(Date, index=True)
    channels: Mapped[list] = mapped_column(JSON, default=list)
    contains_personal_data: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_person: Mapped[str | None] = mapped_column(String(40))
    contact_phone: Mapped[str | None] = mapped_column(String(40))
    contact_address: Mapped[str | None] = mapped_column(String(200))
    posting_evidence: Mapped[list] = mapped_column(JSON, default=list)
    opening_balance_fen: Mapped[int | None] = mapped_column(BigInteger)
    closing_balance_fen: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(32), index=True)


class FinanceLine(Base):
    __tablename__ = "finance_lines"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    disclosure_id: Mapped[str] = mapped_column(ID, ForeignKey("disclosures.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    direction: Mapped[str] = mapped_column(String(16))
    item: Mapped[str] = mapped_column(String(100))
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str | None] = mapped_column(String(200))


class ServiceRecord(RecordMixin, Base):
    __tablename__ = "service_records"
    __table_args__ = (Index("ix_service_dupe", "id_fingerprint", "service_area", "period"),)
    unit_id: Mapped[str] = mapped_column(ID, index=True)
    service_area: Mapped[str] = mapped_column(String(32), index=True)
    policy: Mapped[str] = mapped_column(String(100))
    period: Mapped[str | None] = mapped_column(String(20))
    beneficiary_name: Mapped[str] = mapped_column(String(40))
    # The full citizen ID is never stored: the masked form prints, the keyed fingerprint finds duplicates.
    id_masked: Mapped[str | None] = mapped_column(String(18))
    id_fingerprint: Mapped[str | None] = mapped_column(String(64))
    household_size: Mapped[int | None] = mapped_column(Integer)
    village: Mapped[str | None] = mapped_column(String(60))
    amount_fen: Mapped[int | None] = mapped_column(BigInteger)
    delivery_date: Mapped[dt.date | None] = mapped_column(Date)
    delivery_method: Mapped[str | None] = mapped_column(String(32))
    disclosure_id: Mapped[str | None] = mapped_column(ID, index=True)
    commitment_id: Mapped[str | None] = mapped_column(ID)
    note: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(32), index=True)


class Objection(RecordMixin, Base):
    __tablename__ = "objections"
    unit_id: Mapped[str] = mapped_column(ID, index=True)
    target_kind: Mapped[str | None] = mapped_column(String(20))
    target_id: Mapped[str | None] = mapped_column(ID, index=True)
    objection_type: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(32))
    complainant: Mapped[str | None] = mapped_column(String(40))
    complainant_phone: Mapped[str | None] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text)
    received_date: Mapped[dt.date] = mapped_column(Date)
    reply_days: Mapped[int] = mapped_column(Integer, default=10)
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    finding: Mapped[str | None] = mapped_column(String(32))
    action: Mapped[str | None] = mapped_column(String(32))
    reply: Mapped[str | None] = mapped_column(Text)
    replied_date: Mapped[dt.date | None] = mapped_column(Date)
    closed_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(32), index=True)


class Contract(RecordMixin, Base):
    """A contract or agreement of the township (合同履约台账). Its events, payment schedule and deposits live in the
    version document only; the columns are what lists, search, reminders and indicators read."""

    __tablename__ = "contracts"
    unit_id: Mapped[str] = mapped_column(ID, index=True)
    title: Mapped[str] = mapped_column(String(120))
    contract_no: Mapped[str | None] = mapped_column(String(60))
    contract_type: Mapped[str] = mapped_column(String(32))
    counterparty: Mapped[str] = mapped_column(String(100))
    counterparty_uscc: Mapped[str | None] = mapped_column(String(18))
    sme_declared: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_date: Mapped[dt.date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    payment_basis: Mapped[str] = mapped_column(String(32))
    responsible_dept: Mapped[str | None] = mapped_column(String(60))
    responsible_person: Mapped[str | None] = mapped_column(String(40))
    amount_paid_fen: Mapped[int | None] = mapped_column(BigInteger)
    amount_outstanding_fen: Mapped[int | None] = mapped_column(BigInteger)
    next_due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    flags: Mapped[str | None] = mapped_column(String(200))
    # payments.clock_facts of the current version: what the payment clocks need beyond the columns, so the
    # indicators over every contract read no documents.
    clock_facts: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32), index=True)


class Lawsuit(RecordMixin, Base):
    __tablename__ = "lawsuits"
    unit_id: Mapped[str] = mapped_column(ID, index=True)
    contract_id: Mapped[str | None] = mapped_column(ID, index=True)
    commitment_id: Mapped[str | None] = mapped_column(ID)
    court: Mapped[str] = mapped_column(String(60))
    case_no: Mapped[str] = mapped_column(String(60))
    cause: Mapped[str | None] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(32))
    counterparty: Mapped[str] = mapped_column(String(100))
    filed_date: Mapped[dt.date] = mapped_column(Date)
    judgment_date: Mapped[dt.date | None] = mapped_column(Date)
    amount_fen: Mapped[int | None] = mapped_column(BigInteger)
    perform_deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    enforcement_case_no: Mapped[str | None] = mapped_column(String(60))
    enforcement_status: Mapped[str | None] = mapped_column(String(32))
    performed_date: Mapped[dt.date | None] = mapped_column(Date)
    performed_amount_fen: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(32), index=True)


class Dishonesty(RecordMixin, Base):
    """A 政务失信 record of the township (a finding made about it, and how it is worked off and repaired)."""

    __tablename__ = "dishonesty_records"
    unit_id: Mapped[str] = mapped_column(ID, index=True)
    subject_level: Mapped[str] = mapped_column(String(16))
    subject_name: Mapped[str] = mapped_column(String(100))
    subject_uscc: Mapped[str | None] = mapped_column(String(18))
    person_name: Mapped[str | None] = mapped_column(String(40))
    person_position: Mapped[str | None] = mapped_column(String(60))
    dishonesty_type: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(120))
    deciding_body: Mapped[str | None] = mapped_column(String(100))
    decision_no: Mapped[str | None] = mapped_column(String(80))
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    severity: Mapped[str | None] = mapped_column(String(16))
    basis_kind: Mapped[str | None] = mapped_column(String(20))
    basis_id: Mapped[str | None] = mapped_column(ID, index=True)
    obligation_amount_fen: Mapped[int | None] = mapped_column(BigInteger)
    performed_amount_fen: Mapped[int | None] = mapped_column(BigInteger)
    rectify_deadline: Mapped[dt.date | None] = mapped_column(Date)
    under_objection: Mapped[bool] = mapped_column(Boolean, default=False)
    repair_status: Mapped[str | None] = mapped_column(String(16))
    display_min_end: Mapped[dt.date | None] = mapped_column(Date)
    display_max_end: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(32), index=True)


class SupervisionCase(RecordMixin, Base):
    """A case from a supervision channel: a 12345 work order, a deputy's suggestion, a petition …"""

    __tablename__ = "supervision_cases"
    unit_id: Mapped[str] = mapped_column(ID, index=True)
    channel: Mapped[str] = mapped_column(String(32), index=True)
    ref_no: Mapped[str | None] = mapped_column(String(60))
    request_type: Mapped[str | None] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(120))
    content: Mapped[str] = mapped_column(Text)
    received_date: Mapped[dt.date] = mapped_column(Date)
    requester: Mapped[str | None] = mapped_column(String(40))
    requester_phone: Mapped[str | None] = mapped_column(String(20))
    deputies: Mapped[str | None] = mapped_column(String(200))
    contract_id: Mapped[str | None] = mapped_column(ID)
    reply_date: Mapped[dt.date | None] = mapped_column(Date)
    satisfaction: Mapped[str | None] = mapped_column(String(24))
    answer_class: Mapped[str | None] = mapped_column(String(4))
    rehandle_count: Mapped[int] = mapped_column(Integer, default=0)
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    callback_due: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(32), index=True)


class RecordVersion(Base):
    """Every version of every record, as its canonical JSON document."""

    __tablename__ = "record_versions"
    __table_args__ = (Index("ix_versions_record", "record_id", "version"),)
    version_id: Mapped[str] = mapped_column(ID, primary_key=True)
    record_id: Mapped[str] = mapped_column(ID)
    kind: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)
    base_version_id: Mapped[str | None] = mapped_column(ID)
    merge_parent_id: Mapped[str | None] = mapped_column(ID)
    content_hash: Mapped[str] = mapped_column(String(64))
    doc: Mapped[str] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(36))
    origin: Mapped[str] = mapped_column(String(8), default="local")  # local | remote


class AuditEvent(Base):
    """Append-only, hash-chained log: each event's hash covers the previous event's hash. Since 0006 the hash is
    an HMAC under the office's audit key (`key_id` names it; NULL: a plain SHA-256 event from before), and an
    event about a version carries that version's content hash."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str | None] = mapped_column(String(16))
    record_id: Mapped[str | None] = mapped_column(ID, index=True)
    version_id: Mapped[str | None] = mapped_column(ID)
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    key_id: Mapped[str | None] = mapped_column(String(16))


class OutboxOp(Base):
    """Operations waiting to be pushed, numbered by this device's increasing `seq`."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    op_id: Mapped[str] = mapped_column(ID, unique=True)
    device_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))  # upsert | delete
    kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(ID)
    version_id: Mapped[str] = mapped_column(ID)
    base_version_id: Mapped[str | None] = mapped_column(ID)
    content_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    result: Mapped[str | None] = mapped_column(Text)


class Attachment(Base):
    """A file stored once, by its sha256, under the data directory's attachments folder."""

    __tablename__ = "attachments"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    uploaded: Mapped[bool] = mapped_column(Boolean, default=False)


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2; never the password itself
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PrintLog(Base):
    """Which version of which record was printed, when and by whom."""

    __tablename__ = "print_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(ID, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    version_id: Mapped[str] = mapped_column(ID)
    content_hash: Mapped[str] = mapped_column(String(64))
    verify_code: Mapped[str] = mapped_column(String(32))
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    printed_by: Mapped[str] = mapped_column(String(64))
    output: Mapped[str | None] = mapped_column(String(500))


class ReportBatch(Base):
    """A batch of 政务失信 records sent up to the city credit platform (#17), kept as its receipt: the file written,
    its hash, the record versions in it, and the platform's receipt once it is entered."""

    __tablename__ = "report_batches"
    batch_no: Mapped[str] = mapped_column(String(40), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    file_format: Mapped[str] = mapped_column(String(8))
    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str] = mapped_column(String(64))
    record_count: Mapped[int] = mapped_column(Integer)
    versions: Mapped[str] = mapped_column(Text)  # JSON [[record_id, version_id], …]
    receipt_no: Mapped[str | None] = mapped_column(String(60))
    receipt_date: Mapped[dt.date | None] = mapped_column(Date)


class Setting(Base):
    """Plain settings (device id, default user, sync cursor). Never secrets: those live in the keyring."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class KeyCheck(Base):
    """A check value of a secret kept in the keyring (an HMAC of a fixed label under it, never the secret), so a
    key that is not this office's is refused instead of silently making fingerprints that match nothing."""

    __tablename__ = "key_checks"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    check_value: Mapped[str] = mapped_column(String(64))
    set_at: Mapped[dt.datetime] = mapped_column(DateTime)


RECORD_MODELS: dict[str, type[RecordMixin]] = {
    "unit": Unit,
    "commitment": Commitment,
    "disclosure": Disclosure,
    "service": ServiceRecord,
    "objection": Objection,
    "contract": Contract,
    "lawsuit": Lawsuit,
    "dishonesty": Dishonesty,
    "supervision": SupervisionCase,
}

#: Conflicted records are counted at the end of every sync round, quiet ones included: a partial index holds only
#: them, so the count does not read every record and ordinary writes do not maintain it.
for _model in RECORD_MODELS.values():
    Index(f"ix_{_model.__tablename__}_conflict", _model.sync_state, sqlite_where=_model.sync_state == "conflict")
del _model

# The pinyin sort key of a kind's title (store/collation.py). Its index leads with `deleted` and ends with the
# id that breaks ties, so a list sorted by title reads the index alone: 93k service ids in ~0.1 s, where a
# table scan and sort (the default order by latest change) takes ~0.3 s.
for _kind, _model in RECORD_MODELS.items():
    if _kind in SORT_FIELD:
        setattr(_model, SORT_COLUMN, mapped_column(SORT_COLUMN, LargeBinary, nullable=True))
        Index(f"ix_{_model.__tablename__}_{SORT_COLUMN}", _model.deleted, getattr(_model, SORT_COLUMN), _model.id)
del _kind, _model
