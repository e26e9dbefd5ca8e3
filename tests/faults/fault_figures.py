"""The fault suite's figures (trials run, events confirmed, events lost), added up by the
tests and printed at the end of the run (`conftest.pytest_terminal_summary`) for the README."""

from __future__ import annotations

FIGURES: dict[str, int] = {"trials": 0, "confirmed": 0, "lost": 0}


def count(*, trials: int = 0, confirmed: int = 0, lost: int = 0) -> None:
    FIGURES["trials"] += trials
    FIGURES["confirmed"] += confirmed
    FIGURES["lost"] += lost
