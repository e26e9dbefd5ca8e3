"""Alembic environment and revisions, shipped as asc_desk.migrations."""
