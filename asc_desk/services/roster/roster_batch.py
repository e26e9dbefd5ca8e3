"""The rows of a whole file parsed at once: each distinct cell checked once, not once a row."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from asc_desk.domain.errors import ValidationError
from asc_desk.domain.roster import (
    ChildDraft,
    EnrollmentDraft,
    Gender,
    GuardianDraft,
    ShiftPattern,
    builder,
    check_birth_date,
    field_rule,
)
from asc_desk.services.roster.roster_rows import (
    ENROLLMENT_DETAIL_COLUMNS,
    PARENT_COLUMNS,
    Cell,
    ParsedRow,
    RawRow,
    RowErrors,
    RowParser,
    _date,
    _gender,
    cell_text,
    external_id,
)

# What a cell that is not valid alone (or the enrollment cells of a row that are not valid
# together) becomes: its row goes through RowParser.parse, which lists every problem of the
# row with its column.
_BAD: Any = object()
# Drafts built field by field (all given, in order): thousands of them (domain builder).
_CHILD, _GUARDIAN = builder(ChildDraft), builder(GuardianDraft)
_ENROLLMENT = builder(EnrollmentDraft)
_NO_SHIFT = ShiftPattern.UNKNOWN
_ENROLLMENT_COLUMNS = ("program", "enrolled_from", "weekdays", *ENROLLMENT_DETAIL_COLUMNS)
_TEXT_COLUMNS = ("school", "grade", "allergies", "medical_notes")
_GUARDIAN_COLUMNS = ("guardian_relation", "guardian_employee_id", "guardian_department")
# Cells kept as memo keys: a number is not (1, 1.0 and True are one key to a dict).
_KEPT = frozenset({str, type(None), dt.date, dt.datetime, bool})


class _Memo(dict):
    """cell (or tuple of cells) → what `rule` makes of it (_BAD for a ValidationError), worked
    out at the first lookup. Text, dates and empty cells are kept; a number is worked out
    each time. A column whose cells hardly repeat (numbers, phones) stops keeping them after
    its first 2,000: there a lookup that misses costs more than the rule alone."""

    def __init__(self, rule: Callable[[Any], Any]) -> None:
        super().__init__()
        self._rule = rule
        self._seen = 0
        self._direct = False

    def __missing__(self, value: Hashable) -> Any:
        result = self.checked(value)
        if value.__class__ in _KEPT or value.__class__ is tuple and all(
                v.__class__ in _KEPT for v in value):
            self[value] = result
        return result

    def checked(self, value: Any) -> Any:
        try:
            return self._rule(value)
        except ValidationError:
            return _BAD

    def lookup(self, values: Sequence[Any]) -> list[Any]:
        """What the rule makes of each of these cells."""
        if self._direct:
            return list(map(self.checked, values))
        found = list(map(self.__getitem__, values))
        self._seen += len(values)
        if self._seen >= _DISTINCT_AFTER and len(self) > self._seen * 0.95:
            self._direct = True
            self.clear()
        return found


_DISTINCT_AFTER = 2000  # cells seen before a column is known to hardly repeat (95% new)


def _text(value: Cell) -> str:
    """The cell as RowParser reads a text cell: stripped."""
    return value.strip() if value.__class__ is str else cell_text(value).strip()


def _text_rule(key: str) -> Callable[[Cell], Any]:
    clean = field_rule(key)

    def rule(value: Cell) -> Any:
        text = value.strip() if isinstance(value, str) else _text(value)
        checked = clean(text)
        # A filled cell that validation would empty (none known) is parsed with its row: a
        # row's guardian exists when any of its cells is filled before validation.
        return _BAD if text and not checked else checked
    return rule


def _guardian_name_rule() -> Callable[[Cell], Any]:
    clean = field_rule("name")

    def rule(value: Cell) -> Any:
        # Empty is no problem alone; a row whose guardian has other cells and no name is.
        return clean(text) if (text := _text(value)) else ""
    return rule


def _phone_rule() -> Callable[[Cell], Any]:
    clean = field_rule("phone")

    def rule(value: Cell) -> Any:
        if isinstance(value, str) and value.isascii():
            text = value.strip()  # NFKC leaves ASCII as it is
        else:
            text = unicodedata.normalize("NFKC", _text(value))
        checked = clean(text)
        return _BAD if text and not checked else checked
    return rule


def _external_id_rule() -> Callable[[Cell], Any]:
    clean = field_rule("external_id")
    return lambda value: clean(external_id(value))


def _gender_rule(value: Cell) -> Any:
    text = _text(value)
    gender = _gender(text)
    if gender is None:
        return _BAD if text else Gender.UNKNOWN
    return gender


def _birth_date_rule(today: dt.date) -> Callable[[Cell], Any]:
    def rule(value: Cell) -> Any:
        birth_date = _date(value, "birth_date")
        if birth_date is not None:
            check_birth_date(birth_date, today)
        return birth_date
    return rule


def _pickups_rule(value: Cell) -> Any:
    # Authorized pickups beyond the guardians are rare on an HR list: a row with any goes
    # through RowParser.parse.
    return _BAD if _text(value) else ()


class _Columns:
    """The rows' cells column by column (a column the rows lack: all None)."""

    def __init__(self, rows: Sequence[RawRow]) -> None:
        self._rows = rows
        self._columns: dict[str, Sequence[Cell]] = {}
        self._whole = False  # whether _columns holds every column the rows have
        keys = rows[0].keys if rows else ()
        if keys and all(row.keys is keys for row in rows):  # a file's rows, read as tuples
            self._columns = dict(zip(keys, zip(*(row.values for row in rows), strict=True),
                                     strict=True))
            self._whole = True

    def __call__(self, key: str) -> Sequence[Cell]:
        found = self._columns.get(key)
        if found is None:
            found = self._columns[key] = ([None] * len(self._rows) if self._whole
                                          else [row.cells.get(key) for row in self._rows])
        return found


class BatchParser:
    """RowParser.parse for the rows of a whole file, the same results: a roster repeats its
    schools, grades, departments, relations, programs, dates and genders over thousands of
    rows, so each distinct cell of a column is checked once (field_rule: validate_child's
    rules one field at a time) and the drafts are built from the checked values. A row with
    a cell that is not valid, or whose cells are wrong together (a guardian's cells without
    its name), goes through parser.parse, which names every problem of the row. The checked
    cells are kept from one call to the next (the rows come in parts, between progress
    reports)."""

    def __init__(self, parser: RowParser) -> None:
        self._parser = parser
        self._names = _Memo(_text_rule("name"))
        self._ids = _Memo(_external_id_rule())
        self._genders = _Memo(_gender_rule)
        self._births = _Memo(_birth_date_rule(parser.today))
        self._texts = [(key, _Memo(_text_rule(key))) for key in _TEXT_COLUMNS]
        self._guardian_names = _Memo(_guardian_name_rule())
        self._guardians = [(key, _Memo(_text_rule(key[len("guardian_"):])))
                           for key in _GUARDIAN_COLUMNS]
        self._phones = _Memo(_phone_rule())
        self._pickups = _Memo(_pickups_rule)
        self._policies = _Memo(_text_rule("insurance_policy"))
        self._enrollments = _Memo(lambda cells: _enrollment_alone(parser, cells))

    def parse(self, rows: Sequence[RawRow]) -> list[ParsedRow | RowErrors]:
        """[parser.parse(row) for row in rows]."""
        parser = self._parser
        if rows and any(key in rows[0].labels for key in PARENT_COLUMNS):
            return [parser.parse(row) for row in rows]  # a family sheet: rare and small
        columns = _Columns(rows)

        def checked(key: str, memo: _Memo) -> list[Any]:
            return memo.lookup(columns(key))

        texts = [checked(key, memo) for key, memo in self._texts]
        guardians = [checked(key, memo) for key, memo in self._guardians]
        policies = checked("insurance_policy", self._policies)
        # The enrollment's cells go together (a date without a program is a problem, a
        # program without a date starts today); a policy number differs from child to
        # child, so only whether it is filled takes part and the row's own is put in below.
        filled = list(map(bool, policies))
        enrollments = self._enrollments.lookup(list(zip(
            *(filled if key == "insurance_policy" else columns(key)
              for key in _ENROLLMENT_COLUMNS), strict=True)))
        results: list[ParsedRow | RowErrors] = []
        add = results.append
        for (row, name, child_id, gender, birth, school, grade, allergies, medical, gname,
             relation, employee, department, phone, pickup, enrollment, policy) in zip(
                rows, checked("name", self._names), checked("child_id", self._ids),
                checked("gender", self._genders), checked("birth_date", self._births),
                *texts, checked("guardian_name", self._guardian_names), *guardians,
                checked("guardian_phone", self._phones),
                checked("authorized_pickups", self._pickups), enrollments, policies,
                strict=True):
            if (name is _BAD or child_id is _BAD or gender is _BAD or birth is _BAD
                    or school is _BAD or grade is _BAD or allergies is _BAD or medical is _BAD
                    or gname is _BAD or relation is _BAD or employee is _BAD
                    or department is _BAD or phone is _BAD or pickup is _BAD
                    or enrollment is _BAD or policy is _BAD):
                add(parser.parse(row))
                continue
            if relation or phone or employee or department:
                if not gname:  # "Each guardian needs a name."
                    add(parser.parse(row))
                    continue
                guardian: tuple[GuardianDraft, ...] = (_GUARDIAN(
                    gname, relation, phone, employee, department, "", True, _NO_SHIFT, None,
                    None),)
            elif gname:
                guardian = (GuardianDraft(gname),)
            else:
                guardian = ()
            drafts, program, given, weekdays_given = enrollment
            if policy:  # the row's own policy number, in place of the stand-in
                e = drafts[0]
                drafts = (_ENROLLMENT(e.program_id, e.from_date, e.to_date, e.weekdays,
                                      e.agreement_signed_on, policy, e.insurance_expires,
                                      e.insurance_company),)
            add(ParsedRow(row.number, _CHILD(name, child_id, gender, birth, school, grade,
                                             allergies, medical, guardian, pickup, drafts),
                          program, given, weekdays_given))
        return results


def _enrollment_alone(parser: RowParser, key: tuple) -> Any:
    """(enrollments, program, whether enrolled_from and weekdays were given) of the cells
    alone, parsed as a row of their own; _BAD when they have a problem."""
    cells: dict[str, Cell] = dict(zip(_ENROLLMENT_COLUMNS, key, strict=True))
    cells["insurance_policy"] = "x" if cells["insurance_policy"] else None  # a stand-in
    parsed = parser.parse(RawRow(0, {"name": "x", **cells}))
    if isinstance(parsed, RowErrors):
        return _BAD
    return (parsed.child.enrollments, parsed.program, parsed.enrolled_from_given,
            parsed.weekdays_given)
