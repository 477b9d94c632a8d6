"""Township fingerprint keys are kept sealed under the server key, which lives outside the database; keys an
earlier version stored in plain text are sealed here (zwcx_server.db then VACUUMs the database, so no stale copy
stays in free space or the WAL). Needs the server key when there is any to seal.

Revision ID: 0004_sealed_fingerprint_keys
Revises: 0003_device_acked_seq
"""
import sqlalchemy as sa
from alembic import context, op

from zwcx_server.keys import MISSING, ServerKeyError

revision = "0004_sealed_fingerprint_keys"
down_revision = "0003_device_acked_seq"
branch_labels = None
depends_on = None


def _key(n: int, what: str):
    key = context.config.attributes.get("server_key")
    if key is None and n:
        raise ServerKeyError(f"this database holds {n} township fingerprint key(s) {what}; the upgrade needs the "
                             f"server key — {MISSING}")
    return key


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, fingerprint_key FROM townships WHERE fingerprint_key IS NOT NULL")).all()
    key = _key(len(rows), "in plain text, which the upgrade seals")
    op.add_column("townships", sa.Column("fingerprint_key_sealed", sa.String(128), nullable=True))
    for tid, plain in rows:
        conn.execute(sa.text("UPDATE townships SET fingerprint_key_sealed = :s, fingerprint_key = NULL WHERE id = :t"),
                     {"s": key.seal_township_key(tid, plain.lower()), "t": tid})
    # A plain ALTER TABLE (SQLite >= 3.35): batch mode would copy the table and drop the original, which foreign
    # keys from devices and records do not allow.
    op.drop_column("townships", "fingerprint_key")
    context.config.attributes["sealed_fingerprint_keys"] = len(rows)


def downgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, fingerprint_key_sealed FROM townships "
                                "WHERE fingerprint_key_sealed IS NOT NULL")).all()
    key = _key(len(rows), "sealed, which the downgrade opens")
    op.add_column("townships", sa.Column("fingerprint_key", sa.String(64), nullable=True))
    for tid, sealed in rows:
        conn.execute(sa.text("UPDATE townships SET fingerprint_key = :k WHERE id = :t"),
                     {"k": key.open_township_key(tid, sealed), "t": tid})
    op.drop_column("townships", "fingerprint_key_sealed")
    op.execute("DELETE FROM server_meta WHERE key = 'server_key_check'")
