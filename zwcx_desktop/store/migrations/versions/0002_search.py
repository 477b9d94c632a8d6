"""search indexes (FTS5 trigram and per-character)

Revision ID: 0002_search
Revises: 0001_initial
"""

from alembic import op

revision = "0002_search"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from zwcx_desktop.store import search

    search.rebuild(op.get_bind())


def downgrade() -> None:
    from zwcx_desktop.store import search

    for stmt in search.DROP:
        op.execute(stmt)
