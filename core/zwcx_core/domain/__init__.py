"""Domain rules of DOMAIN.md: plain Python, no Qt, no SQLAlchemy, no I/O."""
