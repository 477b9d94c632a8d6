"""The city console: staff accounts, their sessions, sign-in attempts (lockouts), the console's audit log, each
township's district, and the User-Agent each device last authenticated with.

Revision ID: 0010_console
Revises: 0009_level_digests
"""
import sqlalchemy as sa
from alembic import op

revision = "0010_console"
down_revision = "0009_level_digests"
branch_labels = None
depends_on = None

BIGID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "township_districts",
        sa.Column("township_id", sa.Integer(), sa.ForeignKey("townships.id"), primary_key=True),
        sa.Column("district", sa.String(60), nullable=False),
    )
    op.create_index("ix_township_districts_district", "township_districts", ["district"])
    op.create_table(
        "device_agents",
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column("user_agent", sa.String(200), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(60), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("district", sa.String(60), nullable=True),
        sa.Column("disabled", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "staff_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("staff_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_staff_sessions_staff_id", "staff_sessions", ["staff_id"])
    op.create_table(
        "login_attempts",
        sa.Column("id", BIGID, primary_key=True, autoincrement=True),
        sa.Column("account", sa.String(60), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_login_attempts_account_at", "login_attempts", ["account", "at"])
    op.create_index("ix_login_attempts_address_at", "login_attempts", ["address", "at"])
    op.create_table(
        "console_audit",
        sa.Column("id", BIGID, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff", sa.String(60), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.String(200), nullable=False, server_default=""),
        sa.Column("address", sa.String(64), nullable=False, server_default=""),
    )
    op.create_index("ix_console_audit_at", "console_audit", ["at"])


def downgrade() -> None:
    for table in ("console_audit", "login_attempts", "staff_sessions", "staff", "device_agents",
                  "township_districts"):
        op.drop_table(table)
