"""Dialect-level bulk writes: the one place where rows go to the driver's executemany, so the
services hold no SQL strings."""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Dialect, Table, func, insert, select
from sqlalchemy.types import TypeEngine


def insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Rows (all with the same keys) in one executemany at the driver (see insert_columns)."""
    if not rows:
        return  # an empty parameter list would insert one row of defaults
    insert_columns(conn, table, {key: list(map(itemgetter(key), rows)) for key in rows[0]})


def insert_columns(conn: Connection, table: Table, columns: Mapping[str, Sequence[Any]],
                   same: Mapping[str, Any] | None = None, *,
                   json_text: Collection[str] = ()) -> None:
    """Rows given column by column, in one executemany at the driver: `columns` holds each
    column's values (one a row, all as long), `same` the values every row has. A column
    named in `json_text` holds JSON text already (as json_text() makes it), stored as it is.

    conn.execute(insert(table), rows) converts every value of every row on its own: on an
    import of 10,000 children that cost three times the database's own work. Here the
    statement is compiled once, and each column's bind processor (dates and instants as
    text on SQLite, JSON) is the one SQLAlchemy itself would use, run once per distinct value
    (once in all for a value every row has)."""
    same = same or {}
    count = len(next(iter(columns.values()))) if columns else 0
    if not count:
        return  # an empty parameter list would insert one row of defaults
    keys = [*columns, *same]
    dialect = conn.dialect
    # inline(): no RETURNING of the new id, which SQLAlchemy adds for a single row.
    compiled = insert(table).inline().compile(dialect=dialect, column_keys=keys)
    if set(compiled.params) != set(keys):  # a column default to compute: SQLAlchemy's way
        conn.execute(insert(table), _row_dicts(columns, same, json_text, count))
        return
    names = list(compiled.positiontup or ()) if compiled.positional else keys
    # Column by column: map() and zip() keep the loop over the rows out of Python.
    values: list[Iterable[Any]] = []
    for name in names:
        process = _bind_processor(table.c[name].type, dialect, name in json_text)
        if name in same:
            value = same[name]
            values.append(repeat(process(value) if process else value, count))
        else:
            values.append(map(process, columns[name]) if process else columns[name])
    params: list[Any] = list(zip(*values, strict=True))
    if not compiled.positional:
        params = [dict(zip(names, row, strict=True)) for row in params]
    conn.exec_driver_sql(compiled.string, params)


def insert_columns_ids(conn: Connection, table: Table, columns: Mapping[str, Sequence[Any]],
                       same: Mapping[str, Any] | None = None) -> list[int]:
    """`insert_columns`, and the new rows' ids in the rows' order.

    On SQLite the write transaction holds the file's one write lock (BEGIN IMMEDIATE), so the
    rows take the ids after the largest one, in order: one executemany, and a count that checks
    it. A server may interleave another session's rows: there RETURNING (batched by
    SQLAlchemy) keeps each id with its row."""
    same = same or {}
    count = len(next(iter(columns.values()))) if columns else 0
    if not count:
        return []
    id_column = table.c.id
    if conn.dialect.name != "sqlite":
        return list(conn.execute(insert(table).returning(id_column,
                                                          sort_by_parameter_order=True),
                                 _row_dicts(columns, same, (), count)).scalars())
    before = conn.execute(select(func.max(id_column))).scalar() or 0
    insert_columns(conn, table, columns, same)
    added, last = conn.execute(select(func.count(), func.max(id_column))
                               .where(id_column > before)).one()
    if added != count or last != before + count:
        # not ours alone after all: never pair a row with another's id
        raise RuntimeError(f"{added} new ids up to {last} for {count} new rows after {before}")
    return list(range(before + 1, before + count + 1))


def _row_dicts(columns: Mapping[str, Sequence[Any]], same: Mapping[str, Any],
               json_text: Collection[str], count: int) -> list[dict[str, Any]]:
    """The rows as SQLAlchemy's own insert takes them (JSON text back to values)."""
    data = {k: [None if t is None else json.loads(t) for t in v] if k in json_text else v
            for k, v in columns.items()}
    keys = [*data, *same]
    return [dict(zip(keys, row, strict=True)) for row in zip(
        *data.values(), *(repeat(v, count) for v in same.values()), strict=True)]


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


def json_text(value: Any) -> str:
    """`value` as JSON text, as json.dumps writes it by default: what insert_columns stores
    as it is in a column named in its json_text."""
    return _json_text(value)


def _bind_processor(type_: TypeEngine, dialect: Dialect,
                    is_text: bool = False) -> Callable[[Any], Any] | None:
    process = type_.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return None
    if isinstance(type_, JSON):  # dicts cannot be cached; an audit's empty "before" can
        null = process(None)
        encode: Callable[[Any], Any] = process
        plain = dialect.name == "sqlite" and getattr(dialect, "_json_serializer", None) is None
        if plain:
            # SQLAlchemy's processor is json.dumps (and no string processing) here, which
            # builds its encoder again for every row: one encoder, the same text. JSON text
            # made already goes in as it is.
            encode = (lambda text: text) if is_text else _json_text
        elif is_text:  # the driver's own encoding (psycopg's Json): from the values again
            encode = lambda text: process(json.loads(text))  # noqa: E731
        return lambda value: null if value is None else encode(value)
    # A roster repeats its dates, and an import stamps every row with the same instant:
    # each distinct value is converted once (typed: True and 1 stay apart).
    return lru_cache(maxsize=None, typed=True)(process)
