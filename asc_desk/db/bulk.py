"""Dialect-level bulk writes: the one place where rows go to the driver's executemany, so the
services hold no SQL strings."""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Dialect, Table, func, insert, select
from sqlalchemy.types import TypeEngine


def insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Rows (all with the same keys) in one executemany at the driver.

    conn.execute(insert(table), rows) converts every value of every row on its own: on an
    import of 10,000 children that cost three times the database's own work. Here the
    statement is compiled once and each column's bind processor (dates and instants as text on
    SQLite, JSON) is the one SQLAlchemy itself would use, run once per distinct value."""
    if not rows:
        return  # an empty parameter list would insert one row of defaults
    keys = list(rows[0])
    dialect = conn.dialect
    # inline(): no RETURNING of the new id, which SQLAlchemy adds for a single row.
    compiled = insert(table).inline().compile(dialect=dialect, column_keys=keys)
    if set(compiled.params) != set(keys):  # a column default to compute: SQLAlchemy's way
        conn.execute(insert(table), rows)
        return
    names = list(compiled.positiontup or ()) if compiled.positional else keys
    # Column by column: map() and zip() keep the loop over the rows out of Python.
    columns = []
    for name in names:
        column = map(itemgetter(name), rows)
        process = _bind_processor(table.c[name].type, dialect)
        columns.append(map(process, column) if process else column)
    params: list[Any] = list(zip(*columns, strict=True))
    if not compiled.positional:
        params = [dict(zip(names, values, strict=True)) for values in params]
    conn.exec_driver_sql(compiled.string, params)


def insert_many_ids(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """`insert_many`, and the new rows' ids in the order of `rows`.

    On SQLite the write transaction holds the file's one write lock (BEGIN IMMEDIATE), so the
    rows take the ids after the largest one, in order: one executemany and one read-back, where
    INSERT ... RETURNING went row by row. A server may interleave another session's rows: there
    RETURNING (batched by SQLAlchemy) keeps each id with its row."""
    if not rows:
        return []
    id_column = table.c.id
    if conn.dialect.name != "sqlite":
        return list(conn.execute(insert(table).returning(id_column,
                                                          sort_by_parameter_order=True),
                                 rows).scalars())
    before = conn.execute(select(func.max(id_column))).scalar() or 0
    insert_many(conn, table, rows)
    ids = list(conn.execute(select(id_column).where(id_column > before)
                            .order_by(id_column)).scalars())
    if len(ids) != len(rows):  # not ours alone after all: never pair a row with another's id
        raise RuntimeError(f"read back {len(ids)} ids for {len(rows)} new rows")
    return ids


def _json_encoder() -> Callable[[Any], str]:
    """json.dumps with its default settings, through one encoder built once: json.dumps'
    own C encoder (ensure_ascii, ", " and ": ") without the check for circular references
    (markers=None), which a value built from a draft cannot have. The same text."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the C accelerator
        return json.dumps
    encode = make(None, json.JSONEncoder().default, json.encoder.encode_basestring_ascii,
                  None, ": ", ", ", False, False, True)
    return lambda value: "".join(encode(value, 0))


_json_text = _json_encoder()


def _bind_processor(type_: TypeEngine, dialect: Dialect) -> Callable[[Any], Any] | None:
    process = type_.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return None
    if isinstance(type_, JSON):  # dicts cannot be cached; an audit's empty "before" can
        null = process(None)
        encode: Callable[[Any], Any] = process
        if dialect.name == "sqlite" and getattr(dialect, "_json_serializer", None) is None:
            # SQLAlchemy's processor is json.dumps (and no string processing) here, which
            # builds its encoder again for every row: one encoder, the same text.
            encode = _json_text
        return lambda value: null if value is None else encode(value)
    # A roster repeats its dates, and an import stamps every row with the same instant:
    # each distinct value is converted once (typed: True and 1 stay apart).
    return lru_cache(maxsize=None, typed=True)(process)
