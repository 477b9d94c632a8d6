"""key_checks: the check value of the ID fingerprint key, so a lost or wrong key is refused, not replaced

Revision ID: 0005_key_check
Revises: 0004_private_search
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_key_check"
down_revision = "0004_private_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty: the key lives in the keyring, which a migration does not open. The first start as the data folder's
    # writer records the check value of the key it finds there (store/keys.py, settle).
    op.create_table("key_checks",
                    sa.Column("name", sa.String(length=32), nullable=False),
                    sa.Column("check_value", sa.String(length=64), nullable=False),
                    sa.Column("set_at", sa.DateTime(), nullable=False),
                    sa.PrimaryKeyConstraint("name"))


def downgrade() -> None:
    op.drop_table("key_checks")
