"""Alembic environment of the server: the connection is handed in by zwcx_server.db.upgrade."""

from alembic import context

from zwcx_server.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
