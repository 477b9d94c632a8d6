"""Set digests per record-kind level, so devices of an older level compare digests of what they are sent.

Revision ID: 0009_level_digests
Revises: 0008_device_last_seen
"""
import sqlalchemy as sa
from alembic import op

revision = "0009_level_digests"
down_revision = "0008_device_last_seen"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty for every township: no version of a kind above level 1 existed before this revision.
    op.add_column("townships", sa.Column("level_digests", sa.Text(), nullable=True))


def downgrade() -> None:
    # Not batch mode: SQLite would copy the townships table, which every other table references.
    op.drop_column("townships", "level_digests")
