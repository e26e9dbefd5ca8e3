"""The roster on a real database: add, edit, siblings, duplicates, withdraw, search."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from asc_desk.db.models import AuditEntry, Child, Guardian
from asc_desk.domain.center import CenterSettings
from asc_desk.domain.errors import UserError, ValidationError
from asc_desk.domain.program import MONDAY_TO_FRIDAY, ProgramKind, ProgramSpec
from asc_desk.domain.roster import (
    ChildDraft,
    EnrollmentDraft,
    Gender,
    GuardianDraft,
    PickupDraft,
    ShiftPattern,
)
from asc_desk.services.calendar.program_service import ProgramService
from asc_desk.services.center_service import CenterService
from asc_desk.services.database import Database
from asc_desk.services.roster.roster_service import CARD_ALPHABET, RosterService

TODAY = dt.date(2026, 11, 25)
MOTHER = GuardianDraft("李芳", "母亲", "13812345678", "E20931", "注塑车间", "A线",
                       shift_pattern=ShiftPattern.TWO_SHIFT)


@pytest.fixture
def roster(db: Database):
    center = CenterService(db, "t").set_up_center(CenterSettings("星光儿童之家", "华彩")).value
    term = ProgramService(db, "t").add_program(center.id, ProgramSpec(
        "秋季班", ProgramKind.TERM, dt.date(2026, 9, 1), dt.date(2027, 1, 22), MONDAY_TO_FRIDAY,
        dt.time(16, 30), dt.time(20, 30))).value
    return RosterService(db, "coordinator", today=lambda: TODAY), center.id, term.id


def _zhang(term_id: int, **changes) -> ChildDraft:
    base = ChildDraft(
        "张小明", "1001", Gender.MALE, dt.date(2018, 3, 4), "第一小学", "二年级", "花生",
        "哮喘，随身带喷雾", (MOTHER,), (PickupDraft("王秀英", "外婆", "13900001111", "1234"),),
        (EnrollmentDraft(term_id, dt.date(2026, 9, 1), None, MONDAY_TO_FRIDAY,
                         dt.date(2026, 8, 20), "PICC-2026-001", dt.date(2027, 8, 31)),))
    return base.__class__(**{**base.__dict__, **changes})


def _count(db, model) -> int:
    with db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_add_and_read_back_a_child(db, roster):
    service, center_id, term = roster
    saved = service.save_child(center_id, _zhang(term))
    record = service.get_child(saved.record.id)
    assert record.draft == _zhang(term)
    assert len(record.card_code) == 8 and set(record.card_code) <= set(CARD_ALPHABET)
    assert record.program_names == {term: "秋季班"}
    assert saved.notices == ()
    with db.unit_of_work() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "child")).one()
    assert entry.action == "create" and entry.after["medical_notes"] == "(set)"
    assert "哮喘" not in str(entry.after)  # medical text stays out of the audit log


def test_siblings_share_their_parent(db, roster):
    service, center_id, term = roster
    service.save_child(center_id, _zhang(term))
    sister = ChildDraft("张小红", guardians=(MOTHER,))
    service.save_child(center_id, sister)
    assert _count(db, Guardian) == 1
    rows = service.search(center_id, "E20931")
    assert sorted(r.name for r in rows) == ["张小明", "张小红"]


def test_a_sibling_naming_only_the_parent_keeps_the_parents_factory_details(db, roster):
    # A trial's data loss: the sister's form gave the mother's name and phone only, and the
    # mother's employee id, department, workshop and shift were blanked for both children.
    service, center_id, term = roster
    brother = service.save_child(center_id, _zhang(term)).record
    sister = service.save_child(center_id, ChildDraft("张小红", guardians=(
        GuardianDraft("李芳", "母亲", "13812345678"),))).record
    assert _count(db, Guardian) == 1
    for child_id in (brother.id, sister.id):
        assert service.get_child(child_id).draft.guardians == (MOTHER,)
    # What the sister's form does fill in is the newer word, for both children.
    service.save_child(center_id, ChildDraft("张小兰", guardians=(
        GuardianDraft("李芳", "母亲", "13812345678", department="装配车间"),)))
    assert service.get_child(brother.id).draft.guardians[0] == GuardianDraft(
        "李芳", "母亲", "13812345678", "E20931", "装配车间", "A线",
        shift_pattern=ShiftPattern.TWO_SHIFT)
    with db.unit_of_work() as s:  # the audit line says what was written
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "child")
                          .order_by(AuditEntry.id.desc())).first()
    assert entry.after["guardians"][0][3:6] == ["E20931", "装配车间", "A线"]


def test_a_parent_matched_by_employee_id_keeps_the_phone(roster):
    service, center_id, term = roster
    brother = service.save_child(center_id, _zhang(term)).record
    service.save_child(center_id, ChildDraft("张小红", guardians=(
        GuardianDraft("李芳", "母亲", employee_id="E20931"),)))
    assert service.get_child(brother.id).draft.guardians == (MOTHER,)


def test_an_edit_clears_a_guardian_field_the_form_showed(roster):
    # In the form of a child the guardian is linked to, an empty field was cleared.
    service, center_id, term = roster
    brother = service.save_child(center_id, _zhang(term)).record
    sister = service.save_child(center_id, ChildDraft("张小红", guardians=(MOTHER,))).record
    cleared = GuardianDraft("李芳", "母亲", "13812345678", "E20931")
    service.save_child(center_id, _zhang(term, guardians=(cleared,)), brother.id)
    for child_id in (brother.id, sister.id):
        assert service.get_child(child_id).draft.guardians == (cleared,)


def test_a_guardian_added_in_an_edit_keeps_what_the_roster_holds(roster):
    service, center_id, term = roster
    brother = service.save_child(center_id, _zhang(term)).record
    sister = service.save_child(center_id, ChildDraft("张小红")).record
    service.save_child(center_id, ChildDraft("张小红", guardians=(
        GuardianDraft("李芳", "妈妈", "13812345678"),)), sister.id)
    assert service.get_child(sister.id).draft.guardians == (
        GuardianDraft("李芳", "妈妈", "13812345678", "E20931", "注塑车间", "A线",
                      shift_pattern=ShiftPattern.TWO_SHIFT),)
    assert service.get_child(brother.id).draft.guardians == (MOTHER,)


def test_edit_replaces_and_unchanged_writes_no_audit(db, roster):
    service, center_id, term = roster
    child = service.save_child(center_id, _zhang(term)).record
    service.save_child(center_id, _zhang(term), child.id)
    assert _count(db, AuditEntry) == 1 + 2  # center, program... plus one child create
    edited = service.save_child(center_id, _zhang(term, grade="三年级", pickups=()), child.id)
    assert edited.record.draft.grade == "三年级" and edited.record.draft.pickups == ()
    assert edited.record.card_code == child.card_code


@pytest.mark.parametrize(("changes", "field"), [
    ({"name": "  "}, "name"),
    ({"birth_date": dt.date(2027, 1, 1)}, "birth_date"),
    ({"guardians": (GuardianDraft("李芳", phone="call me"),)}, "guardians.0.phone"),
    ({"guardians": (GuardianDraft(""),)}, "guardians.0.name"),
    ({"school": "x" * 101}, "school"),
])
def test_bad_values_are_refused_and_nothing_written(db, roster, changes, field):
    service, center_id, term = roster
    before = _count(db, AuditEntry)
    with pytest.raises(ValidationError) as caught:
        service.save_child(center_id, _zhang(term, **changes))
    assert caught.value.field == field
    assert _count(db, Child) == 0 and _count(db, AuditEntry) == before


def test_child_id_must_be_unique(db, roster):
    service, center_id, term = roster
    service.save_child(center_id, _zhang(term))
    with pytest.raises(ValidationError, match="already used"):
        service.save_child(center_id, ChildDraft("李雷", "1001"))
    assert _count(db, Child) == 1


def test_likely_duplicates(roster):
    service, center_id, term = roster
    first = service.save_child(center_id, _zhang(term)).record
    same_birthday = ChildDraft("张小明", birth_date=dt.date(2018, 3, 4))
    same_phone = ChildDraft("张小明", guardians=(GuardianDraft("张伟", phone="13812345678"),))
    other = ChildDraft("张小明", birth_date=dt.date(2019, 1, 1))
    assert [r.id for r in service.likely_duplicates(center_id, same_birthday)] == [first.id]
    assert [r.id for r in service.likely_duplicates(center_id, same_phone)] == [first.id]
    assert service.likely_duplicates(center_id, other) == []
    assert service.likely_duplicates(center_id, _zhang(term), exclude_id=first.id) == []


def test_withdraw_and_reenroll(roster):
    service, center_id, term = roster
    child = service.save_child(center_id, _zhang(term)).record
    left = service.withdraw(child.id, dt.date(2026, 12, 1), "随父母返乡").record
    assert left.status == "withdrawn" and left.draft.enrollments[0].to_date == dt.date(2026, 12, 1)
    assert service.list_roster(center_id) == []
    assert [r.name for r in service.list_roster(center_id, include_withdrawn=True)] == ["张小明"]
    with pytest.raises(UserError, match="already left"):
        service.withdraw(child.id, dt.date(2026, 12, 2), "again")
    with pytest.raises(ValidationError):
        service.withdraw(child.id, dt.date(2026, 12, 2), " ")
    back = service.reenroll(child.id).record
    assert back.status == "active" and back.withdrawn_on is None
    with pytest.raises(UserError, match="already on the roster"):
        service.reenroll(child.id)


@pytest.mark.parametrize("query", ["张", "zxm", "zhangxiaoming", "xiaoming", "1001", "138123",
                                   "李芳", "e20931"])
def test_search_finds_by_every_key(roster, query):
    service, center_id, term = roster
    service.save_child(center_id, _zhang(term))
    service.save_child(center_id, ChildDraft("王丽"))
    assert [r.name for r in service.search(center_id, query)] == ["张小明"]


def test_surname_read_as_surname_and_both_readings_match(roster):
    service, center_id, _term = roster
    service.save_child(center_id, ChildDraft("单小明"))
    service.save_child(center_id, ChildDraft("曾佳"))
    assert [r.name for r in service.search(center_id, "shanxiao")] == ["单小明"]
    assert [r.name for r in service.search(center_id, "danxiao")] == ["单小明"]
    assert [r.name for r in service.search(center_id, "zengjia")] == ["曾佳"]


def test_rare_character_is_saved_with_a_warning(roster):
    service, center_id, _term = roster
    saved = service.save_child(center_id, ChildDraft("𠮷田"))
    assert saved.record.draft.name == "𠮷田"
    assert any("𠮷" in n.message for n in saved.notices)


def test_missing_or_expired_insurance_is_warned(roster):
    service, center_id, term = roster
    enrollment = EnrollmentDraft(term, dt.date(2026, 9, 1), insurance_policy="P1",
                                 insurance_expires=dt.date(2026, 10, 31))
    saved = service.save_child(center_id, ChildDraft("李雷", enrollments=(enrollment,)))
    assert any("expired" in n.message for n in saved.notices)
    row = service.list_roster(center_id)[0]
    assert row.insurance == "expired"
    none = service.save_child(center_id, ChildDraft("韩梅梅", enrollments=(
        EnrollmentDraft(term, dt.date(2026, 9, 1)),)))
    assert any("No accident insurance" in n.message for n in none.notices)


def test_find_child_by_card_code_id_or_unique_name(roster):
    service, center_id, term = roster
    child = service.save_child(center_id, _zhang(term)).record
    assert service.find_child(center_id, child.card_code.lower()).id == child.id
    assert service.find_child(center_id, "1001").id == child.id
    assert service.find_child(center_id, "张小明").id == child.id
    service.save_child(center_id, ChildDraft("张小明", birth_date=dt.date(2019, 5, 5)))
    with pytest.raises(UserError, match="2 children"):
        service.find_child(center_id, "张小明")
    with pytest.raises(UserError, match="No child found"):
        service.find_child(center_id, "ZZZZ")


def test_find_child_by_a_name_in_its_other_spellings(roster):
    """Trial finding 16: REF was compared as typed; the roster saves names canonical."""
    service, center_id, _term = roster
    dilnur = service.save_child(center_id, ChildDraft("迪丽努尔 • 艾山")).record
    bai = service.save_child(center_id, ChildDraft("白若曦")).record
    for typed in ("迪丽努尔•艾山", "迪丽努尔・艾山", " 迪丽努尔 · 艾山 ", "迪丽努尔.艾山"):
        assert service.find_child(center_id, typed).id == dilnur.id
    for typed in ("白 若曦", "白\u3000若曦"):
        assert service.find_child(center_id, typed).id == bai.id


JPEG = b"\xff\xd8\xff\xe0" + b"a picture" * 50


def test_a_photo_is_stored_kept_replaced_and_removed_with_an_audit_label(db, roster):
    service, center_id, term = roster
    child = service.save_child(center_id, _zhang(term), photo=JPEG).record
    assert service.get_child(child.id).photo == JPEG
    service.save_child(center_id, _zhang(term, grade="三年级"), child.id)  # photo untouched
    assert service.get_child(child.id).photo == JPEG
    audits = _count(db, AuditEntry)
    service.save_child(center_id, _zhang(term, grade="三年级"), child.id, photo=JPEG)
    assert _count(db, AuditEntry) == audits  # the same picture again is no change
    service.save_child(center_id, _zhang(term, grade="三年级"), child.id, photo=None)
    assert service.get_child(child.id).photo is None
    with db.unit_of_work() as s:
        last = s.scalars(select(AuditEntry).where(AuditEntry.entity == "child")
                         .order_by(AuditEntry.id.desc())).first()
        assert last.before["photo"].startswith("JPEG 1 KB ") and last.after["photo"] is None
        assert last.before["grade"] == last.after["grade"] == "三年级"


@pytest.mark.parametrize("data", [b"GIF89a...", b"", b"\xff\xd8\xff" + bytes(1_000_001)])
def test_a_photo_that_is_no_jpeg_or_png_or_too_big_is_refused(db, roster, data):
    service, center_id, term = roster
    child = service.save_child(center_id, _zhang(term), photo=JPEG).record
    before = _count(db, AuditEntry)
    with pytest.raises(ValidationError) as caught:
        service.save_child(center_id, _zhang(term, grade="六年级"), child.id, photo=data)
    assert caught.value.field == "photo"
    assert _count(db, AuditEntry) == before
    assert service.get_child(child.id).photo == JPEG
    assert service.get_child(child.id).draft.grade == "二年级"


def test_the_roster_list_reads_given_children_and_reports_progress(roster):
    service, center_id, term = roster
    ids = [service.save_child(center_id, ChildDraft(f"孩子{n}")).record.id for n in range(7)]
    assert [r.id for r in service.list_roster(center_id, child_ids=ids[2:4])] == ids[2:4]
    assert service.list_roster(center_id, child_ids=[]) == []
    reports = []
    rows = service.list_roster(center_id, progress=lambda done, total: reports.append(
        (done, total)))
    assert len(rows) == 7 and reports[0] == (0, 7) and reports[-1] == (7, 7)


def test_a_progress_that_stops_the_read_raises_through(roster):
    service, center_id, term = roster
    service.save_child(center_id, ChildDraft("孩子"))

    class Stop(Exception):
        pass

    def stop(done, total):
        raise Stop

    with pytest.raises(Stop):
        service.list_roster(center_id, progress=stop)


def test_a_withdrawal_is_undone_with_its_enrollment_ends(db, roster):
    service, center_id, term = roster
    child = service.save_child(center_id, _zhang(term)).record
    left = service.withdraw(child.id, dt.date(2026, 12, 1), "随父母返乡")
    assert left.before == child and left.changes
    back = service.restore_child(center_id, left.before, left.record)
    assert back.record == child  # status, reason and the open-ended enrollment as before
    again = service.restore_child(center_id, left.record, child)  # redo
    assert again.record == left.record


def test_an_edit_is_undone_and_refused_when_changed_meanwhile(db, roster):
    service, center_id, term = roster
    child = service.save_child(center_id, _zhang(term)).record
    edited = service.save_child(center_id, _zhang(term, grade="三年级", pickups=()), child.id)
    assert edited.before == child
    assert service.restore_child(center_id, child, edited.record).record == child
    service.save_child(center_id, _zhang(term, school="第二小学"), child.id)  # another desk
    with pytest.raises(UserError, match="changed meanwhile"):
        service.restore_child(center_id, edited.record, child)
    assert service.get_child(child.id).draft.school == "第二小学"


def test_an_unchanged_save_changes_nothing(roster):
    service, center_id, term = roster
    child = service.save_child(center_id, _zhang(term)).record
    assert not service.save_child(center_id, _zhang(term), child.id).changes


@pytest.mark.parametrize(("driver_text", "kind", "words"), [
    ("UNIQUE constraint failed: child.center_id, child.external_id", ValidationError,
     "The child id S7 was just taken"),
    ("UNIQUE constraint failed: child.card_code", UserError, "save again"),
])
def test_a_child_id_or_card_taken_at_the_same_moment_is_a_plain_refusal(driver_text, kind,
                                                                        words):
    # The last line behind the locks (the race itself: tests/faults/test_faults_races.py).
    import sqlite3

    from sqlalchemy.exc import IntegrityError

    from asc_desk.services.roster.roster_service import _clash

    error = _clash(IntegrityError("INSERT", {}, sqlite3.IntegrityError(driver_text)), "S7")
    assert isinstance(error, kind) and words in str(error)
    other = IntegrityError("INSERT", {}, sqlite3.IntegrityError("NOT NULL constraint failed"))
    assert _clash(other, "S7") is other


def test_has_children_counts_withdrawn_children_too(db, roster):
    service, center_id, term = roster
    assert not service.has_children(center_id)
    child = service.save_child(center_id, _zhang(term)).record
    assert service.has_children(center_id)
    service.withdraw(child.id, dt.date(2026, 12, 1), "随父母返乡")
    assert service.has_children(center_id)  # the first steps are done: a roster exists


def test_a_guardian_already_on_the_roster_is_found_as_saving_would_link_them(roster):
    service, center_id, term = roster
    brother = service.save_child(center_id, _zhang(term)).record
    found = service.known_guardian(center_id, GuardianDraft(" 李芳 ", phone="13812345678"))
    assert found is not None and found.children == ((brother.id, "张小明", "母亲"),)
    assert found.guardian == GuardianDraft("李芳", "", "13812345678", "E20931", "注塑车间",
                                           "A线", shift_pattern=ShiftPattern.TWO_SHIFT)
    assert service.known_guardian(center_id, GuardianDraft("李芳", employee_id="E20931"))
    for other in (GuardianDraft("李芳"), GuardianDraft("李芳", phone="13900000000"),
                  GuardianDraft("王芳", phone="13812345678"), GuardianDraft("李芳", phone="x")):
        assert service.known_guardian(center_id, other) is None
