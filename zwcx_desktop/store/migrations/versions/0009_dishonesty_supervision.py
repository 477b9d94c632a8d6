"""政务失信 records (level 3) and supervision cases (level 4)

Revision ID: 0009_dishonesty_supervision
Revises: 0008_contracts
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_dishonesty_supervision"
down_revision = "0008_contracts"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    # Written out rather than imported from the models: a migration keeps the schema of its own revision.
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.String(length=36), nullable=False),
        sa.Column("base_version_id", sa.String(length=36), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("sync_state", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    ]


def upgrade() -> None:
    op.create_table(
        "dishonesty_records",
        sa.Column("unit_id", sa.String(length=36), nullable=False),
        sa.Column("subject_level", sa.String(length=16), nullable=False),
        sa.Column("subject_name", sa.String(length=100), nullable=False),
        sa.Column("subject_uscc", sa.String(length=18), nullable=True),
        sa.Column("person_name", sa.String(length=40), nullable=True),
        sa.Column("person_position", sa.String(length=60), nullable=True),
        sa.Column("dishonesty_type", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("deciding_body", sa.String(length=100), nullable=True),
        sa.Column("decision_no", sa.String(length=80), nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("severity", sa.String(length=16), nullable=True),
        sa.Column("basis_kind", sa.String(length=20), nullable=True),
        sa.Column("basis_id", sa.String(length=36), nullable=True),
        sa.Column("obligation_amount_fen", sa.BigInteger(), nullable=True),
        sa.Column("performed_amount_fen", sa.BigInteger(), nullable=True),
        sa.Column("rectify_deadline", sa.Date(), nullable=True),
        sa.Column("under_objection", sa.Boolean(), nullable=False),
        sa.Column("repair_status", sa.String(length=16), nullable=True),
        sa.Column("display_min_end", sa.Date(), nullable=True),
        sa.Column("display_max_end", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        *_record_columns(),
    )
    for col in ("unit_id", "basis_id", "display_max_end", "status"):
        op.create_index(f"ix_dishonesty_records_{col}", "dishonesty_records", [col])
    op.create_table(
        "supervision_cases",
        sa.Column("unit_id", sa.String(length=36), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("ref_no", sa.String(length=60), nullable=True),
        sa.Column("request_type", sa.String(length=16), nullable=True),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("received_date", sa.Date(), nullable=False),
        sa.Column("requester", sa.String(length=40), nullable=True),
        sa.Column("requester_phone", sa.String(length=20), nullable=True),
        sa.Column("deputies", sa.String(length=200), nullable=True),
        sa.Column("contract_id", sa.String(length=36), nullable=True),
        sa.Column("reply_date", sa.Date(), nullable=True),
        sa.Column("satisfaction", sa.String(length=24), nullable=True),
        sa.Column("answer_class", sa.String(length=4), nullable=True),
        sa.Column("rehandle_count", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("callback_due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        *_record_columns(),
    )
    for col in ("unit_id", "channel", "due_date", "status"):
        op.create_index(f"ix_supervision_cases_{col}", "supervision_cases", [col])
    for table in ("dishonesty_records", "supervision_cases"):
        op.create_index(f"ix_{table}_conflict", table, ["sync_state"], sqlite_where=sa.text("sync_state = 'conflict'"))


def downgrade() -> None:
    op.drop_table("supervision_cases")
    op.drop_table("dishonesty_records")
