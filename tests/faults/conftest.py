"""The fault suite (issue 11): bounded, seeded trials of crashes, races and bad files.

Run alone with `python -m pytest -m faults tests/faults`. Every test here is marked
`faults`, seeded and time-bounded (about three minutes for the whole suite on two quiet
cores with PostgreSQL set; the races and the SIGKILL trials about a minute each). The run
ends with one line of figures (trials, confirmed events, events lost) for the README.
"""

from __future__ import annotations

import pytest
from fault_figures import FIGURES


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/faults/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.faults)


def pytest_terminal_summary(terminalreporter):
    """The suite's figures, for the README: trials run, events confirmed, events lost."""
    if FIGURES["trials"]:
        terminalreporter.write_line(
            "faults: {trials} trials, {confirmed} confirmed events, {lost} events lost"
            .format(**FIGURES))
