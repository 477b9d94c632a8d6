"""Receipts of the 政务失信 batches sent up to the city credit platform

Revision ID: 0010_report_batches
Revises: 0009_dishonesty_supervision
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_report_batches"
down_revision = "0009_dishonesty_supervision"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_batches",
        sa.Column("batch_no", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("file_format", sa.String(length=8), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("versions", sa.Text(), nullable=False),
        sa.Column("receipt_no", sa.String(length=60), nullable=True),
        sa.Column("receipt_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("batch_no"),
    )


def downgrade() -> None:
    op.drop_table("report_batches")
