"""Local record store: SQLAlchemy 2 models, migrations, repositories, search, backup (no Qt)."""
