"""Print events: which record version a township's computer printed and when, so that the public verification page
says a version was handed out only when it was.

Revision ID: 0005_print_events
Revises: 0004_sealed_fingerprint_keys
"""
import sqlalchemy as sa
from alembic import op

revision = "0005_print_events"
down_revision = "0004_sealed_fingerprint_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_events",
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column("print_id", sa.String(36), primary_key=True),
        sa.Column("no", sa.BigInteger(), nullable=False),
        sa.Column("township_id", sa.Integer(), sa.ForeignKey("townships.id"), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("version_id", sa.String(36), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_print_events_version", "print_events", ["version_id"])
    op.create_index("ix_print_events_device_no", "print_events", ["device_id", "no"])


def downgrade() -> None:
    op.drop_index("ix_print_events_device_no", "print_events")
    op.drop_index("ix_print_events_version", "print_events")
    op.drop_table("print_events")
