"""A write that breaks a unique constraint names the constraint, on both databases (the
roster's last line behind its locks: a child id or card code taken at the same moment)."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from asc_desk.db.db_errors import violated_unique
from asc_desk.db.models import Center, Child
from asc_desk.services.database_service import open_database


def _insert_twice(url: str, first: dict, second: dict) -> IntegrityError:
    db, _ = open_database(url)
    try:
        with db.unit_of_work() as s:
            center = Center(name="星光儿童之家")
            s.add(center)
            s.flush()
            s.add(Child(center_id=center.id, name="孩子甲", **first))
        with pytest.raises(IntegrityError) as caught, db.unit_of_work() as s:
            s.add(Child(center_id=center.id, name="孩子乙", **second))
        return caught.value
    finally:
        db.dispose()


def test_a_taken_child_id_names_its_constraint(database_url):
    exc = _insert_twice(database_url, {"external_id": "S1", "card_code": "AAAA"},
                        {"external_id": "S1", "card_code": "CCCC"})
    assert violated_unique(exc) == "uq_child_center_external_id"


def test_a_taken_card_code_names_its_constraint(database_url):
    exc = _insert_twice(database_url, {"external_id": "S1", "card_code": "AAAA"},
                        {"external_id": "S2", "card_code": "AAAA"})
    assert violated_unique(exc) == "uq_child_card_code"


def test_other_failures_name_no_constraint():
    assert violated_unique(ValueError("x")) is None
