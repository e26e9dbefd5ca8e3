"""Errors caused by the user or the environment, each with a message fit to show."""


class UserError(Exception):
    """Something the user or the environment caused; its message is shown as it is."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

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
