"""One column type for every instant, so SQLite and PostgreSQL behave alike."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator

from asc_desk.domain.clock import utc_now  # noqa: F401  (re-exported: db/ and services use it)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores naive UTC; accepts only aware datetimes and gives back aware UTC ones.

    SQLite returns DateTime(timezone=True) naive and PostgreSQL aware: storing naive UTC
    in a plain DateTime on both and attaching UTC on the way out hides the difference.
    """

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UTCDateTime needs an aware datetime (naive times are ambiguous)")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)
