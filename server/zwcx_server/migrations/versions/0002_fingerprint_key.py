"""Townships keep the key their devices fingerprint citizen ID numbers with, so that every computer of one
township recognises the same person (duplicate service records across devices).

Revision ID: 0002_fingerprint_key
Revises: 0001_initial
"""
import sqlalchemy as sa
from alembic import op

revision = "0002_fingerprint_key"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("townships") as t:
        t.add_column(sa.Column("fingerprint_key", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("townships") as t:
        t.drop_column("fingerprint_key")
