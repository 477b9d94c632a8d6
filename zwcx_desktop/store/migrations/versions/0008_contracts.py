"""contracts and lawsuits (合同履约台账, 涉诉案件): the first kinds of sync protocol level 2

Revision ID: 0008_contracts
Revises: 0007_conflict_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_contracts"
down_revision = "0007_conflict_index"
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
        "contracts",
        sa.Column("unit_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("contract_no", sa.String(length=60), nullable=True),
        sa.Column("contract_type", sa.String(length=32), nullable=False),
        sa.Column("counterparty", sa.String(length=100), nullable=False),
        sa.Column("counterparty_uscc", sa.String(length=18), nullable=True),
        sa.Column("sme_declared", sa.Boolean(), nullable=False),
        sa.Column("signed_date", sa.Date(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("payment_basis", sa.String(length=32), nullable=False),
        sa.Column("responsible_dept", sa.String(length=60), nullable=True),
        sa.Column("responsible_person", sa.String(length=40), nullable=True),
        sa.Column("amount_paid_fen", sa.BigInteger(), nullable=True),
        sa.Column("amount_outstanding_fen", sa.BigInteger(), nullable=True),
        sa.Column("next_due_date", sa.Date(), nullable=True),
        sa.Column("flags", sa.String(length=200), nullable=True),
        sa.Column("clock_facts", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        *_record_columns(),
    )
    op.create_index("ix_contracts_unit_id", "contracts", ["unit_id"])
    op.create_index("ix_contracts_next_due_date", "contracts", ["next_due_date"])
    op.create_index("ix_contracts_status", "contracts", ["status"])
    op.create_table(
        "lawsuits",
        sa.Column("unit_id", sa.String(length=36), nullable=False),
        sa.Column("contract_id", sa.String(length=36), nullable=True),
        sa.Column("commitment_id", sa.String(length=36), nullable=True),
        sa.Column("court", sa.String(length=60), nullable=False),
        sa.Column("case_no", sa.String(length=60), nullable=False),
        sa.Column("cause", sa.String(length=100), nullable=True),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("counterparty", sa.String(length=100), nullable=False),
        sa.Column("filed_date", sa.Date(), nullable=False),
        sa.Column("judgment_date", sa.Date(), nullable=True),
        sa.Column("amount_fen", sa.BigInteger(), nullable=True),
        sa.Column("perform_deadline", sa.Date(), nullable=True),
        sa.Column("enforcement_case_no", sa.String(length=60), nullable=True),
        sa.Column("enforcement_status", sa.String(length=32), nullable=True),
        sa.Column("performed_date", sa.Date(), nullable=True),
        sa.Column("performed_amount_fen", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        *_record_columns(),
    )
    op.create_index("ix_lawsuits_unit_id", "lawsuits", ["unit_id"])
    op.create_index("ix_lawsuits_contract_id", "lawsuits", ["contract_id"])
    op.create_index("ix_lawsuits_perform_deadline", "lawsuits", ["perform_deadline"])
    op.create_index("ix_lawsuits_status", "lawsuits", ["status"])
    for table in ("contracts", "lawsuits"):
        op.create_index(f"ix_{table}_conflict", table, ["sync_state"], sqlite_where=sa.text("sync_state = 'conflict'"))


def downgrade() -> None:
    op.drop_table("lawsuits")
    op.drop_table("contracts")
