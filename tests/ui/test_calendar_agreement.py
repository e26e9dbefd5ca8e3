"""The month view, the CLI and the calendar service give the same answer for every day."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asc_desk.cli import main
from asc_desk.services.calendar.calendar_service import CalendarService
from asc_desk.services.database_service import open_database
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.ui.models.month_table_model import (
    DATE_ROLE,
    STATE_ROLE,
    STATUSES_ROLE,
    CellState,
    MonthTableModel,
)

OPEN_STATES = {CellState.OPEN, CellState.ADJUSTED, CellState.CHANGED}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("agree") / "demo.sqlite3"
    db, _ = open_database(str(path))
    fill_demo(db, language="en")
    db.dispose()
    return str(path)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(year=st.sampled_from([2026, 2027]), month=st.integers(1, 12),
       which=st.integers(0, 2))
def test_month_view_cli_and_service_agree(qapp, capsys, demo_file, year, month, which):
    db, _ = open_database(demo_file)
    try:
        calendar = CalendarService(db, "test")
        months = calendar.month(1, year, month)
        program = months[which].program
        only = calendar.month(1, year, month, program.id)
        model = MonthTableModel()
        model.set_month(year, month, only, all_programs=False)
        cells = {}
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                day = model.data(index, DATE_ROLE)
                if day is not None:
                    cells[day] = index
        assert main(["calendar", "show", "--month", f"{year}-{month:02d}", "--program",
                     program.name, "--json", "--db", demo_file]) == 0
        shown = {r["date"]: r for r in json.loads(capsys.readouterr().out)}
        assert len(cells) == len(shown) == len(only[0].days)
        for status in only[0].days:
            service = calendar.day_status(program.id, status.date)
            assert service == status
            index = cells[status.date]
            (_program, in_view), = model.data(index, STATUSES_ROLE)
            assert in_view == service
            assert (CellState(model.data(index, STATE_ROLE)) in OPEN_STATES) == service.open
            record = shown[status.date.isoformat()]
            assert record["open"] == service.open
            assert record["reason"] == str(service.reason)
            assert record["opens_at"] == (f"{service.opens_at:%H:%M}"
                                          if service.opens_at else None)
            assert record["closes_at"] == (f"{service.closes_at:%H:%M}"
                                           if service.closes_at else None)
    finally:
        db.dispose()
