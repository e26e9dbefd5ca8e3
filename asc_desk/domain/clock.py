"""The clock: now, as an aware UTC datetime. Services and pages take it as an argument
(`now=utc_now`) so tests can move time; db/ re-exports it for its own columns."""

from __future__ import annotations

import datetime as dt


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
