"""Fixtures of the roster tests: an importer on the demo center without children."""

from __future__ import annotations

import pytest

from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.roster.roster_import import RosterImport
from tests.services.roster.import_kit import TODAY


@pytest.fixture
def setup(db: Database):
    """(the importer, the center's id): the demo center, its programs, no children yet."""
    fill_demo(db, children=0)
    center = CenterService(db, "t").get_center()
    return RosterImport(db, "hr-import", today=lambda: TODAY), center.id
