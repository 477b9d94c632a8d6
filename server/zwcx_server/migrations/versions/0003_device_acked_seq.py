"""Each device's highest acknowledged outbox seq, announced in /v1/sync/meta so that a device whose own count is
higher knows the server has forgotten what it acknowledged (a restored backup, a power cut); and each township's
digest of its set of versions, announced with pull pages so that a device finds versions one side lacks.

Revision ID: 0003_device_acked_seq
Revises: 0002_fingerprint_key
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_device_acked_seq"
down_revision = "0002_fingerprint_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as t:
        t.add_column(sa.Column("acked_seq", sa.BigInteger(), nullable=False, server_default="0"))
    # Existing servers: what each device had acknowledged so far is in its stored op results.
    op.execute("UPDATE devices SET acked_seq = COALESCE((SELECT MAX(r.seq) FROM op_results r "
               "WHERE r.device_id = devices.id), 0)")
    with op.batch_alter_table("townships") as t:
        t.add_column(sa.Column("versions_digest", sa.String(64), nullable=False, server_default="0" * 64))
    from zwcx_core.wire import version_set_digest

    conn = op.get_bind()
    for (tid,) in conn.execute(sa.text("SELECT id FROM townships")).all():
        ids = conn.execute(sa.text("SELECT version_id FROM versions WHERE township_id = :t"), {"t": tid}).scalars()
        conn.execute(sa.text("UPDATE townships SET versions_digest = :d WHERE id = :t"),
                     {"d": version_set_digest(ids), "t": tid})


def downgrade() -> None:
    with op.batch_alter_table("townships") as t:
        t.drop_column("versions_digest")
    with op.batch_alter_table("devices") as t:
        t.drop_column("acked_seq")
