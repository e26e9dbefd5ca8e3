"""Errors caused by the user or the environment, each with a message fit to show."""

from __future__ import annotations

from typing import Any


def N_(text: str) -> str:
    """Marks a message template for translation (lupdate alias of QT_TR_NOOP) without Qt."""
    return text


class UserError(Exception):
    """Something the user or the environment caused; its message is shown as it is.

    `template` is English with {named} fields; the GUI translates the template and then
    fills in `params`, so the same error reads in Chinese on screen and English in scripts.
    """

    def __init__(self, template: str, *, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.params = params
        self.field = field
        self.message = template.format(**params) if params else template
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """A value entered by the user breaks a rule; `field` names the input it belongs to."""


class DatabaseError(UserError):
    """The database file or server cannot be used as asked (corrupt, newer, locked...)."""


class NotADatabaseError(DatabaseError):
    """The file is not an SQLite database, or not one made by ASC Desk."""


class NewerSchemaError(DatabaseError):
    """The database was made by a newer version of ASC Desk."""


class DatabaseLockedError(DatabaseError):
    """Another copy of ASC Desk has the database open."""


class BackupError(DatabaseError):
    """A backup could not be made, or a file is not a valid ASC Desk backup."""


class DatabaseBusyError(DatabaseError):
    """Another program kept the database busy for longer than the wait allows."""


class DiskFullError(DatabaseError):
    """The disk (or the server's disk) holding the database is full."""


class ReadOnlyDatabaseError(DatabaseError):
    """The database file or its folder cannot be written."""


class ConnectionLostError(DatabaseError):
    """The connection to the database server was lost in the middle of an action."""


class DatabaseDamagedError(DatabaseError):
    """The database file turned out damaged while it was being used."""
