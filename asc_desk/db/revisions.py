"""The schema revision this version expects, known without importing Alembic (fast start)."""

from __future__ import annotations

from asc_desk.domain.errors import N_, NewerSchemaError

# Must equal the newest revision in migrations/versions; tests/db/test_revisions.py checks.
HEAD = "0008"


def is_current(revision: str | None) -> bool:
    return revision == HEAD


def check_revision_known(revision: str | None, script_location=None) -> None:
    """Refuse a database whose schema this version of the app does not know."""
    if revision is None or (revision == HEAD and script_location is None):
        return
    from asc_desk.db.migrate import known_revisions  # Alembic only when really needed

    if revision not in known_revisions(script_location):
        raise NewerSchemaError(
            N_("This database was made by a newer version of ASC Desk (schema {revision}). "
               "Install the newer version to open it; nothing was changed."),
            revision=revision,
        )
