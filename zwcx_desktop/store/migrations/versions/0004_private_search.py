"""search index without private fields (an objection's complainant was indexed before)

Revision ID: 0004_private_search
Revises: 0003_contact_balances
"""

from alembic import op

revision = "0004_private_search"
down_revision = "0003_contact_balances"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The index is derived data: rebuilt from the record tables, it drops the names that were indexed before
    # fields could be private (search.indexed_fields leaves them out).
    from zwcx_desktop.store import search

    search.rebuild(op.get_bind())


def downgrade() -> None:
    # Nothing to undo: an older zwcx reads this index as it is (it only lacks the complainants).
    pass
