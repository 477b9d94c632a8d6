"""audit_log: each event carries its version's content hash and the id of the audit key that chains it

Revision ID: 0006_audit_keyed
Revises: 0005_key_check
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_audit_keyed"
down_revision = "0005_key_check"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Events written before keep their plain SHA-256 chain (key_id NULL). The key lives in the keyring, which a
    # migration does not open: the first event written afterwards starts the keyed part (store/audit.py).
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("key_id", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("key_id")
        batch_op.drop_column("content_hash")
