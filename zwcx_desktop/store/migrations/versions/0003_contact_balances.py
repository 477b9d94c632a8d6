"""units: supervising department and phone (the notices' supervision line); disclosures: opening and closing
balance of a village finance notice

Revision ID: 0003_contact_balances
Revises: 0002_search
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_contact_balances"
down_revision = "0002_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (nullable, no default): SQLite does it in place, without copying the tables.
    op.add_column("units", sa.Column("supervisor", sa.String(length=60), nullable=True))
    op.add_column("units", sa.Column("supervision_phone", sa.String(length=40), nullable=True))
    op.add_column("disclosures", sa.Column("opening_balance_fen", sa.BigInteger(), nullable=True))
    op.add_column("disclosures", sa.Column("closing_balance_fen", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("disclosures") as b:
        b.drop_column("closing_balance_fen")
        b.drop_column("opening_balance_fen")
    with op.batch_alter_table("units") as b:
        b.drop_column("supervision_phone")
        b.drop_column("supervisor")
