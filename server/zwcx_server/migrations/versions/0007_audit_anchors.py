"""Audit anchors: every audit event hash a device sent, and the forks (restores accepted, rewrites refused) of
its log, so a device's check and the city console can name events removed, rewritten or reordered since.

Revision ID: 0007_audit_anchors
Revises: 0006_blob_chunks
"""
import sqlalchemy as sa
from alembic import op

revision = "0007_audit_anchors"
down_revision = "0006_blob_chunks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_anchors",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("township_id", sa.Integer(), sa.ForeignKey("townships.id"), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("superseded_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_audit_anchors_device_seq", "audit_anchors", ["device_id", "seq"])
    op.create_table(
        "audit_forks",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("township_id", sa.Integer(), sa.ForeignKey("townships.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("first_differing_seq", sa.BigInteger(), nullable=False),
        sa.Column("restored_to", sa.BigInteger(), nullable=True),
        sa.Column("anchored_through", sa.BigInteger(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_audit_forks_device_id", "audit_forks", ["device_id"])
    op.create_index("ix_audit_forks_township_id", "audit_forks", ["township_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_forks_township_id", "audit_forks")
    op.drop_index("ix_audit_forks_device_id", "audit_forks")
    op.drop_table("audit_forks")
    op.drop_index("ix_audit_anchors_device_seq", "audit_anchors")
    op.drop_table("audit_anchors")
