"""Initial server schema: townships, devices, records, versions, op results, blobs, reference data.

Revision ID: 0001_initial
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("server_meta", sa.Column("key", sa.String(64), primary_key=True),
                    sa.Column("value", sa.Text(), nullable=False))
    op.create_table("townships", sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
                    sa.Column("code", sa.String(32), nullable=False, unique=True),
                    sa.Column("name", sa.String(100), nullable=False),
                    sa.Column("last_seq", sa.BigInteger(), nullable=False),
                    sa.Column("created_at", sa.DateTime(), nullable=False))
    op.create_table("devices", sa.Column("id", sa.String(36), primary_key=True),
                    sa.Column("township_id", sa.Integer(), sa.ForeignKey("townships.id"), nullable=False),
                    sa.Column("name", sa.String(100), nullable=False),
                    sa.Column("token_hash", sa.String(64), unique=True),
                    sa.Column("code_hash", sa.String(64), unique=True),
                    sa.Column("code_expires_at", sa.DateTime()),
                    sa.Column("revoked", sa.Boolean(), nullable=False),
                    sa.Column("created_at", sa.DateTime(), nullable=False),
                    sa.Column("enrolled_at", sa.DateTime()))
    op.create_index("ix_devices_township_id", "devices", ["township_id"])
    op.create_table("records", sa.Column("id", sa.String(36), primary_key=True),
                    sa.Column("township_id", sa.Integer(), sa.ForeignKey("townships.id"), nullable=False),
                    sa.Column("kind", sa.String(16), nullable=False),
                    sa.Column("current_version_id", sa.String(36), nullable=False),
                    sa.Column("content_hash", sa.String(64), nullable=False),
                    sa.Column("deleted", sa.Boolean(), nullable=False),
                    sa.Column("heads", sa.JSON(), nullable=False),
                    sa.Column("conflict", sa.Boolean(), nullable=False))
    op.create_index("ix_records_township_id", "records", ["township_id"])
    op.create_table("versions", sa.Column("version_id", sa.String(36), primary_key=True),
                    sa.Column("record_id", sa.String(36), nullable=False),
                    sa.Column("township_id", sa.Integer(), sa.ForeignKey("townships.id"), nullable=False),
                    sa.Column("seq", sa.BigInteger(), nullable=False),
                    sa.Column("kind", sa.String(16), nullable=False),
                    sa.Column("version", sa.Integer(), nullable=False),
                    sa.Column("base_version_id", sa.String(36)),
                    sa.Column("merge_parent_id", sa.String(36)),
                    sa.Column("content_hash", sa.String(64), nullable=False),
                    sa.Column("doc", sa.Text(), nullable=False),
                    sa.Column("deleted", sa.Boolean(), nullable=False),
                    sa.Column("device_id", sa.String(36), nullable=False),
                    sa.Column("created_by", sa.String(64), nullable=False),
                    sa.Column("client_created_at", sa.String(40), nullable=False),
                    sa.Column("received_at", sa.DateTime(), nullable=False),
                    sa.Column("verify_code", sa.String(32), nullable=False),
                    sa.UniqueConstraint("township_id", "seq", name="uq_versions_township_seq"))
    op.create_index("ix_versions_record", "versions", ["record_id"])
    op.create_index("ix_versions_verify_code", "versions", ["verify_code"])
    op.create_table("op_results", sa.Column("device_id", sa.String(36), primary_key=True),
                    sa.Column("op_id", sa.String(36), primary_key=True),
                    sa.Column("seq", sa.BigInteger(), nullable=False),
                    sa.Column("result", sa.Text(), nullable=False),
                    sa.Column("created_at", sa.DateTime(), nullable=False))
    op.create_table("blobs", sa.Column("township_id", sa.Integer(), sa.ForeignKey("townships.id"), primary_key=True),
                    sa.Column("sha256", sa.String(64), primary_key=True),
                    sa.Column("size", sa.BigInteger(), nullable=False),
                    sa.Column("data", sa.LargeBinary(), nullable=False),
                    sa.Column("created_at", sa.DateTime(), nullable=False))
    op.create_table("blob_parts",
                    sa.Column("township_id", sa.Integer(), sa.ForeignKey("townships.id"), primary_key=True),
                    sa.Column("sha256", sa.String(64), primary_key=True),
                    sa.Column("total", sa.BigInteger(), nullable=False),
                    sa.Column("data", sa.LargeBinary(), nullable=False))
    op.create_table("reference_items", sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
                    sa.Column("category", sa.String(32), nullable=False),
                    sa.Column("key", sa.String(100), nullable=False),
                    sa.Column("value", sa.Text(), nullable=False),
                    sa.UniqueConstraint("category", "key", name="uq_reference_key"))


def downgrade() -> None:
    for t in ("reference_items", "blob_parts", "blobs", "op_results", "versions", "records", "devices",
              "townships", "server_meta"):
        op.drop_table(t)
