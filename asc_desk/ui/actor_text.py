"""Who did something, as a person reads it: the stored actor ("gui:root", "cli:root") stays
as it is in the records; the desk shows "this PC", "command line" or the operator's name."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QCoreApplication


def _account() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name known to the OS
        return ""


def actor_name(actor: str) -> str:
    """"gui:<the PC's account>" or "gui" → this PC; "cli:…" → command line; "gui:王老师"
    (the operator set in Settings) → 王老师; anything else as stored."""
    kind, _sep, name = actor.partition(":")
    if kind == "cli":
        return QCoreApplication.translate("ActorName", "command line")
    if kind == "gui":
        if not name or name == _account():
            return QCoreApplication.translate("ActorName", "this PC")
        return name
    return actor
