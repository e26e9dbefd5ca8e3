"""What the roster import tests share: their day, an in-memory XLSX."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl

TODAY = dt.date(2026, 11, 25)


def xlsx(*rows) -> bytes:
    """A workbook whose active sheet holds these rows."""
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
