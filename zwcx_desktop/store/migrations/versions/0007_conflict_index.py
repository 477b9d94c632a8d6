"""record tables: a partial index of conflicted records (counted at the end of every sync round)

Revision ID: 0007_conflict_index
Revises: 0006_audit_keyed
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_conflict_index"
down_revision = "0006_audit_keyed"
branch_labels = None
depends_on = None

# Written out rather than imported from the models: a migration keeps the schema of its own revision.
_TABLES = ("units", "commitments", "disclosures", "service_records", "objections")


def upgrade() -> None:
    for table in _TABLES:
        op.create_index(f"ix_{table}_conflict", table, ["sync_state"], sqlite_where=sa.text("sync_state = 'conflict'"))


def downgrade() -> None:
    for table in _TABLES:
        op.drop_index(f"ix_{table}_conflict", table_name=table)
