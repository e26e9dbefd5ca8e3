"""Rotating log file in the per-user log folder; logs carry ids, never children's details."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from asc_desk.paths import log_dir

LOG_NAME = "asc-desk.log"


def log_file() -> Path:
    return log_dir() / LOG_NAME


def set_up_logging(level: int = logging.INFO) -> Path | None:
    """Log to the rotating file; returns its path, or None when the folder is unwritable."""
    root = logging.getLogger()
    if any(getattr(h, "_asc_desk", False) for h in root.handlers):
        return log_file()
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler._asc_desk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path
