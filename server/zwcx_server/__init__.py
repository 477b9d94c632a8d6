"""Reference municipal sync server (FastAPI + SQLAlchemy; SQLite or PostgreSQL)."""
