"""When each device was last seen (to the minute or so): what the municipal administrator needs to tell an active
device from a forgotten one, and what the metrics count as devices seen.

Revision ID: 0008_device_last_seen
Revises: 0007_audit_anchors
"""
import sqlalchemy as sa
from alembic import op

revision = "0008_device_last_seen"
down_revision = "0007_audit_anchors"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as b:
        b.add_column(sa.Column("last_seen_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices") as b:
        b.drop_column("last_seen_at")
