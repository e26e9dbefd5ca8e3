"""Storage: SQLAlchemy models, engine set-up, migrations, backup. The only place that knows SQL."""
