"""Pinyin sort keys of record titles (store/collation.py), so lists sort Chinese names in dictionary order

Revision ID: 0011_sort_keys
Revises: 0010_report_batches
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_sort_keys"
# Chained to 0010_report_batches when that branch is merged.
down_revision = "0010_report_batches"
branch_labels = None
depends_on = None

# Written out rather than imported: a migration keeps the tables and fields of its own revision. The key itself
# comes from the app's collation, the one the rows are written with from now on.
_TITLES = {"units": "name", "commitments": "title", "disclosures": "title", "service_records": "beneficiary_name",
           "contracts": "title", "lawsuits": "counterparty", "dishonesty_records": "title",
           "supervision_cases": "title"}


def upgrade() -> None:
    from zwcx_desktop.store.collation import sort_key

    conn = op.get_bind()
    for table, field in _TITLES.items():
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("sort_key", sa.LargeBinary(), nullable=True))
        rows = conn.exec_driver_sql(f'SELECT id, "{field}" FROM "{table}"').all()
        if rows:
            conn.exec_driver_sql(f'UPDATE "{table}" SET sort_key = ? WHERE id = ?',
                                 [(sort_key(title), rid) for rid, title in rows])
        op.create_index(f"ix_{table}_sort_key", table, ["deleted", "sort_key", "id"])


def downgrade() -> None:
    for table in _TITLES:
        op.drop_index(f"ix_{table}_sort_key", table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("sort_key")
