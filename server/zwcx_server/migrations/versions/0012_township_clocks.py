"""A township office's own supervision clock presets, shared by its devices through the server.

Revision ID: 0012_township_clocks
Revises: 0011_evaluation
"""
import sqlalchemy as sa
from alembic import op

revision = "0012_township_clocks"
down_revision = "0011_evaluation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "township_clocks",
        sa.Column("township_id", sa.Integer(), sa.ForeignKey("townships.id"), primary_key=True),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("edited_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("township_clocks")
