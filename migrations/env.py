"""Alembic environment: runs on the connection (and transaction) the app passes in."""

from alembic import context
from sqlalchemy import create_engine

from asc_desk.db.models import Base

config = context.config


def run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        transaction_per_migration=False,
    )
    # When the app already began a transaction on this connection, this joins it.
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("ASC Desk migrations run online only (asc-desk db upgrade).")

connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    # Developers' `alembic revision --autogenerate` with alembic.ini.
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        run(conn)
