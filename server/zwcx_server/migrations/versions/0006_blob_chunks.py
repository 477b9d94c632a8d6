"""Blob bytes move into `blob_chunks` (pieces of at most 1 MiB), so that an upload appends and a download reads
piece by piece; unfinished uploads gain the device that started them (quota) and the time of their last chunk
(expiry). Unfinished uploads of an older server are dropped: their devices start those files again.

Revision ID: 0006_blob_chunks
Revises: 0005_print_events
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_blob_chunks"
down_revision = "0005_print_events"
branch_labels = None
depends_on = None

CHUNK = 1024 * 1024


def upgrade() -> None:
    op.create_table("blob_chunks",
                    sa.Column("township_id", sa.Integer(), sa.ForeignKey("townships.id"), primary_key=True),
                    sa.Column("sha256", sa.String(64), primary_key=True),
                    sa.Column("start", sa.BigInteger(), primary_key=True),
                    sa.Column("data", sa.LargeBinary(), nullable=False))
    conn = op.get_bind()
    # substr() cuts bytes of a BLOB (SQLite) and of a bytea (PostgreSQL) inside the database: no file passes
    # through this process whole.
    for tid, sha, size in conn.execute(sa.text("SELECT township_id, sha256, size FROM blobs")).all():
        for start in range(0, size, CHUNK):
            conn.execute(sa.text("INSERT INTO blob_chunks (township_id, sha256, start, data) "
                                 "SELECT township_id, sha256, :start, substr(data, :from1, :n) FROM blobs "
                                 "WHERE township_id = :t AND sha256 = :h"),
                         {"start": start, "from1": start + 1, "n": CHUNK, "t": tid, "h": sha})
    with op.batch_alter_table("blobs") as t:
        t.drop_column("data")
    op.drop_table("blob_parts")
    op.create_table("blob_parts",
                    sa.Column("township_id", sa.Integer(), sa.ForeignKey("townships.id"), primary_key=True),
                    sa.Column("sha256", sa.String(64), primary_key=True),
                    sa.Column("device_id", sa.String(36), nullable=False),
                    sa.Column("total", sa.BigInteger(), nullable=False),
                    sa.Column("received", sa.BigInteger(), nullable=False),
                    sa.Column("updated_at", sa.DateTime(), nullable=False))
    op.create_index("ix_blob_parts_device_id", "blob_parts", ["device_id"])


def downgrade() -> None:
    op.drop_index("ix_blob_parts_device_id", "blob_parts")
    op.drop_table("blob_parts")
    op.create_table("blob_parts",
                    sa.Column("township_id", sa.Integer(), sa.ForeignKey("townships.id"), primary_key=True),
                    sa.Column("sha256", sa.String(64), primary_key=True),
                    sa.Column("total", sa.BigInteger(), nullable=False),
                    sa.Column("data", sa.LargeBinary(), nullable=False))
    with op.batch_alter_table("blobs") as t:
        t.add_column(sa.Column("data", sa.LargeBinary(), nullable=False, server_default=sa.text("''")))
    conn = op.get_bind()
    for tid, sha in conn.execute(sa.text("SELECT township_id, sha256 FROM blobs")).all():
        data = b"".join(conn.execute(sa.text("SELECT data FROM blob_chunks WHERE township_id = :t AND sha256 = :h "
                                             "ORDER BY start"), {"t": tid, "h": sha}).scalars())
        conn.execute(sa.text("UPDATE blobs SET data = :d WHERE township_id = :t AND sha256 = :h"),
                     {"d": data, "t": tid, "h": sha})
    op.drop_table("blob_chunks")
