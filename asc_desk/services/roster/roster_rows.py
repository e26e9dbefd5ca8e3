"""Roster file rows: the columns, a row's cells to a ChildDraft (every problem listed), and back."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import MISSING, dataclass, fields, replace
from functools import lru_cache
from types import MappingProxyType
from typing import Any, NamedTuple

from asc_desk.domain.dates import parse_date
from asc_desk.domain.errors import N_, ValidationError
from asc_desk.domain.program import ALL_WEEKDAYS
from asc_desk.domain.roster import (
    ChildDraft,
    EnrollmentDraft,
    Gender,
    GuardianDraft,
    PickupDraft,
    validate_child,
)
from asc_desk.domain.weekdays import format_weekdays, parse_weekdays

# In file order; a header may use the English key or the Chinese alias.
COLUMNS: Mapping[str, str] = MappingProxyType({
    "child_id": "编号", "name": "姓名", "gender": "性别", "birth_date": "出生日期",
    "school": "学校", "grade": "年级", "guardian_name": "家长姓名", "guardian_relation": "关系",
    "guardian_phone": "家长电话", "guardian_employee_id": "工号", "guardian_department": "部门",
    "authorized_pickups": "授权接送人", "allergies": "过敏", "medical_notes": "医疗备注",
    "program": "项目", "enrolled_from": "入托日期", "weekdays": "出勤日",
    "agreement_signed_on": "托管协议签订日期", "insurance_company": "保险公司",
    "insurance_policy": "保单号", "insurance_expires": "保险到期日",
})
# A family sheet's parents, one column pair each (read only; the export writes the guardian
# columns): each becomes a guardian with the relation 父亲 / 母亲.
PARENT_COLUMNS: Mapping[str, str] = MappingProxyType({
    "father_name": "父亲姓名", "father_phone": "父亲电话",
    "mother_name": "母亲姓名", "mother_phone": "母亲电话",
})
PARENTS = (("father_", "父亲"), ("mother_", "母亲"))
DATE_COLUMNS = frozenset({"birth_date", "enrolled_from", "agreement_signed_on",
                          "insurance_expires"})
# The enrollment's care agreement and accident insurance: without them an imported child
# reads "uninsured" although the file says otherwise.
ENROLLMENT_DETAIL_COLUMNS = ("agreement_signed_on", "insurance_company", "insurance_policy",
                             "insurance_expires")

Cell = str | dt.date | dt.datetime | None
Fail = Callable[[str, ValidationError], None]  # reports a problem in a column (by key)


# Other spellings HR's sheets use for a column (README: "Header spellings"). Kept short: a
# header not listed is shown as "not read" in the preview, never guessed.
HEADER_SYNONYMS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "name": ("学生姓名", "幼儿姓名", "孩子姓名", "儿童姓名", "子女姓名"),
    "birth_date": ("出生年月日", "生日"),
    "school": ("就读学校",),
    "guardian_relation": ("与孩子关系", "与幼儿关系", "与学生关系"),
    "guardian_phone": ("联系电话", "电话", "手机", "手机号", "手机号码"),
    "guardian_employee_id": ("家长工号",),
    "guardian_department": ("部门/车间", "所在部门"),
})


@lru_cache(maxsize=1024)
def header_key(header: str) -> str | None:
    """The column a header names, ignoring case, spaces (also full-width), _ - and a * mark,
    and a note in brackets after it (出生日期（年/月/日）, 家长电话(手机))."""
    squashed = _squash(header)
    key = _HEADER_KEYS.get(squashed)
    if key is None and (note := _NOTE.fullmatch(squashed)):
        key = _HEADER_KEYS.get(note.group(1))
    return key


def _squash(text: str) -> str:
    return re.sub(r"[\s_\-*]+", "", unicodedata.normalize("NFKC", text)).casefold()


# NFKC makes full-width brackets ASCII; 【】 and 〔〕 stay as they are.
_NOTE = re.compile(r"(.+?)[(\[【〔].*[)\]】〕]")
_HEADER_KEYS = {_squash(name): key for key, zh in (*COLUMNS.items(), *PARENT_COLUMNS.items())
                for name in (key, zh)}
_HEADER_KEYS.update((_squash(name), key) for key, names in HEADER_SYNONYMS.items()
                    for name in names)


class RawRow:
    """A row of a roster file: its number as Excel shows it (the header is row 1), its cells
    by column key (a column missing from the file is absent) and the file's headers by key.

    A plain class with slots, not a frozen dataclass: a file of 10,000 rows makes 10,000 of
    these. Rows read from a CSV keep their cells as one tuple (values, in the order of keys)
    until `cells` is asked for; the import reads the tuples column by column (roster_batch)."""

    __slots__ = ("number", "labels", "_cells", "keys", "values")

    def __init__(self, number: int, cells: Mapping[str, Cell] | None = None,
                 labels: Mapping[str, str] | None = None) -> None:
        self.number = number
        self.labels: Mapping[str, str] = {} if labels is None else labels  # key → header
        self._cells: Mapping[str, Cell] | None = {} if cells is None else cells
        self.keys: Sequence[str] = ()
        self.values: tuple[Cell, ...] | None = None  # set by of_values only

    @classmethod
    def of_values(cls, number: int, keys: Sequence[str], values: tuple[Cell, ...],
                  labels: Mapping[str, str]) -> RawRow:
        """A row of `values` under `keys` (one a key), its cells by key made when asked for."""
        row = cls.__new__(cls)
        row.number, row.labels, row._cells, row.keys, row.values = (number, labels, None,
                                                                     keys, values)
        return row

    @property
    def cells(self) -> Mapping[str, Cell]:
        if self._cells is None:
            self._cells = dict(zip(self.keys, self.values or (), strict=True))
        return self._cells

    def cell(self, key: str) -> Cell:
        """cells.get(key), without making `cells` of a row read as a tuple."""
        if self._cells is None:
            return self.values[self.keys.index(key)] if key in self.keys else None  # type: ignore[index]
        return self._cells.get(key)

    def label(self, key: str) -> str:
        """The column as the file's header names it, for messages."""
        return self.labels.get(key, key)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not RawRow:
            return NotImplemented
        assert isinstance(other, RawRow)
        return (self.number, self.cells) == (other.number, other.cells)

    __hash__ = None  # type: ignore[assignment]  # its cells are a dict

    def __repr__(self) -> str:
        return f"RawRow(number={self.number!r}, cells={self.cells!r})"


@dataclass(frozen=True)
class RowError:
    row: int
    column: str  # as in the file's header
    error: ValidationError  # template and values, for the GUI to translate

    @property
    def message(self) -> str:
        return self.error.message


@dataclass(frozen=True)
class RowErrors:
    number: int
    errors: tuple[RowError, ...]


class ParsedRow(NamedTuple):  # a tuple: an import makes one a row
    number: int
    child: ChildDraft  # validated; at most one guardian and one enrollment
    program: str = ""  # the program's name as known, "" when none
    # False when the file gave a program but no date and today was taken: an import that
    # updates a child already in that program should keep the start date it has.
    enrolled_from_given: bool = True
    # False when the weekday cell was empty and the program's days were taken: an update
    # keeps the days the child's enrollment has.
    weekdays_given: bool = True


def cell_text(value: Any) -> str:
    """A cell as text: a date cell as 2026-10-12, an Excel number 1001.0 as 1001."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def external_id(value: Any) -> str:
    if value.__class__ is str and value.isascii():
        return value.strip()  # most ids: NFKC leaves ASCII as it is
    # Full-width digits come from a Chinese input method by accident and mean the same number.
    return unicodedata.normalize("NFKC", cell_text(value)).strip()


_GENDERS = {"m": Gender.MALE, "male": Gender.MALE, "男": Gender.MALE,
            "f": Gender.FEMALE, "female": Gender.FEMALE, "女": Gender.FEMALE}
_ZH_PUNCTUATION = str.maketrans("（），；", "(),;")
_PICKUP = re.compile(r"([^()]*?)\s*(?:\(([^()]*)\))?")
_PHONE_LIKE = re.compile(r"^\+?[\d\s\-]{5,}$")


def parse_pickups(text: str) -> tuple[PickupDraft, ...]:
    """`王芳(外婆,13800000000); 李四（叔叔）`: name(relation,phone[,note]) separated by ; or ；."""
    if not text:
        return ()  # the usual case on an import: no pickups beyond the guardian
    pickups = []
    for entry in re.split(r"[;\n]", text.translate(_ZH_PUNCTUATION)):
        entry = entry.strip()
        if not entry:
            continue
        match = _PICKUP.fullmatch(entry)
        items = [i.strip() for i in match.group(2).split(",")] if match and match.group(2) else []
        if match is None or len(items) > 3:
            raise ValidationError(
                N_("“{part}” is not an authorized pickup: write it as 王芳(外婆,13800000000), "
                   "several separated by ;."), field="authorized_pickups", part=entry)
        if len(items) == 1 and _PHONE_LIKE.match(unicodedata.normalize("NFKC", items[0])):
            items.insert(0, "")  # 王芳(13800000000): a phone with no relation
        relation, phone, note = (items + ["", "", ""])[:3]
        pickups.append(PickupDraft(match.group(1), relation,
                                   unicodedata.normalize("NFKC", phone), note))
    return tuple(pickups)


def format_pickups(pickups: Iterable[Any], lang: str = "zh") -> str:
    """Pickups (with .name, .relation, .phone, .note) as parse_pickups reads them back."""
    zh = lang.lower().startswith("zh")
    opening, comma, closing, separator = ("（", "，", "）", "；") if zh else ("(", ",", ")", "; ")
    entries = []
    for p in pickups:
        items = [p.relation or "", p.phone or "", getattr(p, "note", "") or ""]
        while items and not items[-1]:
            items.pop()
        if items[:1] == [""] and len(items) == 2:
            items = items[1:]  # a phone alone reads back as a phone
        entries.append(p.name + (opening + comma.join(items) + closing if items else ""))
    return separator.join(entries)


def _field_column(path: str, guardians: Sequence[str] = ()) -> str:
    """The column of a validate_child field path such as guardians.0.phone (`guardians`:
    the column prefix each guardian of the row came from, guardian_ when not given)."""
    parts = path.split(".")
    if parts[0] == "guardians":
        index = int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else 0
        prefix = guardians[index] if index < len(guardians) else "guardian_"
        return (prefix if parts[-1] in ("name", "phone") else "guardian_") + parts[-1]
    if parts[0] == "pickups":
        return "authorized_pickups"
    if parts[0] == "enrollments":
        return {"weekdays": "weekdays", "from_date": "enrolled_from",
                "insurance_policy": "insurance_policy",
                "insurance_company": "insurance_company"}.get(parts[-1], "program")
    return {"external_id": "child_id"}.get(path, path)


def _neutral(obj: Any, name: str) -> Any:
    """A value of obj.name that passes validation, so the rest of the row is still checked."""
    if name == "name":
        return "?"
    default = next(f.default for f in fields(obj) if f.name == name)
    return "" if default is MISSING else default


def _without(draft: ChildDraft, path: str) -> ChildDraft:
    parts = path.split(".")
    if len(parts) == 3 and parts[1].isdigit():
        items = list(getattr(draft, parts[0]))
        item = items[int(parts[1])]
        items[int(parts[1])] = replace(item, **{parts[2]: _neutral(item, parts[2])})
        field_value: dict[str, Any] = {parts[0]: tuple(items)}  # a field named at run time
        return replace(draft, **field_value)
    return replace(draft, **{path: _neutral(draft, path)})


def _validate(draft: ChildDraft, today: dt.date, fail: Fail,
              guardians: Sequence[str] = ()) -> ChildDraft | None:
    # validate_child stops at the first problem: neutralise it and go on, so that the user
    # sees every problem of the row at once.
    seen: set[str] = set()
    while True:
        try:
            return validate_child(draft, today)
        except ValidationError as exc:
            path = exc.field or "name"
            if path in seen:  # neutralising did not help: never loop
                return None
            seen.add(path)
            fail(_field_column(path, guardians), exc)
            draft = _without(draft, path)


def _date(value: Cell, key: str) -> dt.date | None:
    if value is None:
        return None
    if value.__class__ is str:  # a CSV's cells, most of a workbook's
        text = value.strip()
        return _date_text(text, key) if text else None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = cell_text(value).strip()
    return _date_text(text, key) if text else None


# A roster repeats a few thousand birth dates, one or two start dates, one program, two
# genders and one weekday spec across its rows: each distinct text is read once. Only
# successes are kept (lru_cache does not keep exceptions), so every bad cell gets its own error.
_DISTINCT_TEXTS = 4096


# Excel keeps a date as a number of days; a cell whose format openpyxl does not know as a
# date (Chinese Excel's built-in formats 27-36 and 50-58 carry no format code, and General)
# reads as that number. In a date column a number in this range can only be such a date.
_SERIAL = re.compile(r"\d{1,5}(?:\.\d+)?")
_SERIAL_DAYS = range(1, 73051)  # 1900-01-01 to 2099-12-31
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0, its 1900 leap-year bug included


@lru_cache(maxsize=_DISTINCT_TEXTS)
def _date_text(text: str, key: str) -> dt.date:
    if _SERIAL.fullmatch(text) and int(float(text)) in _SERIAL_DAYS:
        return _EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
    return parse_date(text, key)


@lru_cache(maxsize=_DISTINCT_TEXTS)
def _weekdays(text: str) -> int:
    return parse_weekdays(text)


@lru_cache(maxsize=_DISTINCT_TEXTS)
def _gender(text: str) -> Gender | None:
    return _GENDERS.get(unicodedata.normalize("NFKC", text).casefold())


@lru_cache(maxsize=_DISTINCT_TEXTS)
def _program_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()


def _cell_texts(cells: Mapping[str, Cell]) -> defaultdict[str, str]:
    """Every cell as stripped text; a column missing from the file reads as ""."""
    # Most cells are already text: cell_text only for dates and numbers from a workbook.
    return defaultdict(str, {k: v.strip() if v.__class__ is str else cell_text(v).strip()
                             for k, v in cells.items()})


def _guardians(guardian: dict[str, str], text: Mapping[str, str],
               ) -> tuple[tuple[GuardianDraft, ...], list[str]]:
    """The row's guardians and the column prefix each came from: the guardian columns, then
    a family sheet's father and mother (父亲姓名, 母亲电话…). A sheet with no 家长姓名 gives its
    工号 and 部门 to the first parent named in the row."""
    found: list[GuardianDraft] = []
    sources: list[str] = []
    if any(guardian.values()) and (guardian["name"] or not (
            text["father_name"] or text["mother_name"])):
        found.append(GuardianDraft(
            name=guardian["name"], relation=guardian["relation"], phone=guardian["phone"],
            employee_id=guardian["employee_id"], department=guardian["department"]))
        sources.append("guardian_")
    for prefix, relation in PARENTS:
        name, phone = text[prefix + "name"], unicodedata.normalize("NFKC", text[prefix + "phone"])
        if name or phone:
            works = not found  # the first named: see above
            found.append(GuardianDraft(
                name=name, relation=relation, phone=phone,
                employee_id=guardian["employee_id"] if works else "",
                department=guardian["department"] if works else ""))
            sources.append(prefix)
    return tuple(found), sources


def parse_row(row: RawRow, programs: Mapping[str, int],
              today: dt.date) -> ParsedRow | RowErrors:
    """The row as a validated ChildDraft, or every problem in it with its column."""
    return RowParser(programs, today).parse(row)


class RowParser:
    """parse_row for the many rows of one file: the programs are indexed once, not per row."""

    def __init__(self, programs: Mapping[str, int], today: dt.date,
                 program_weekdays: Mapping[int, int] | None = None) -> None:
        self._programs = programs
        self._today = today
        self._weekdays = program_weekdays or {}  # program id → the days it is open
        self._known = {_program_key(n): (n, i) for n, i in programs.items()}

    @property
    def today(self) -> dt.date:
        return self._today

    def parse(self, row: RawRow) -> ParsedRow | RowErrors:
        """The row as a validated ChildDraft, or every problem in it with its column."""
        errors: list[RowError] = []

        def fail(key: str, exc: ValidationError) -> None:
            errors.append(RowError(row.number, row.label(key), exc))

        text = _cell_texts(row.cells)
        gender = _gender(text["gender"])
        if gender is None and text["gender"]:
            fail("gender", ValidationError(
                N_("“{value}” is not a gender: write M or F (男 or 女), or leave it empty."),
                field="gender", value=text["gender"]))
        try:
            birth_date = _date(row.cells.get("birth_date"), "birth_date")
        except ValidationError as exc:
            fail("birth_date", exc)
            birth_date = None
        guardian = {k: text["guardian_" + k]
                    for k in ("name", "relation", "phone", "employee_id", "department")}
        guardian["phone"] = unicodedata.normalize("NFKC", guardian["phone"])
        guardians, sources = _guardians(guardian, text)
        try:
            pickups = parse_pickups(text["authorized_pickups"])
        except ValidationError as exc:
            fail("authorized_pickups", exc)
            pickups = ()
        enrollments, program, given, weekdays_given = self._enrollment(row, text, fail)
        draft = ChildDraft(
            name=text["name"], external_id=external_id(row.cells.get("child_id")),
            gender=gender or Gender.UNKNOWN, birth_date=birth_date,
            school=text["school"], grade=text["grade"],
            allergies=text["allergies"], medical_notes=text["medical_notes"],
            guardians=guardians, pickups=pickups, enrollments=enrollments)
        child = _validate(draft, self._today, fail, sources)
        if errors or child is None:
            return RowErrors(row.number, tuple(errors))
        return ParsedRow(row.number, child, program, given, weekdays_given)

    def _enrollment(self, row: RawRow, text: Mapping[str, str],
                    fail: Fail) -> tuple[tuple[EnrollmentDraft, ...], str, bool, bool]:
        """(enrollments, the program's name, whether enrolled_from was given, whether the
        weekdays were)."""
        try:
            from_date = _date(row.cells.get("enrolled_from"), "enrolled_from")
        except ValidationError as exc:
            fail("enrolled_from", exc)
            from_date = None
        # No weekdays given: the days the program is open (see below).
        weekdays: int | None = None if text["weekdays"] else ALL_WEEKDAYS
        if text["weekdays"]:
            try:
                weekdays = _weekdays(text["weekdays"])
            except ValidationError as exc:
                fail("weekdays", exc)
                weekdays = None
        details = self._details(row, text, fail)
        name = text["program"]
        if not name:
            for key in ("enrolled_from", "weekdays", *ENROLLMENT_DETAIL_COLUMNS):
                if text[key]:
                    fail("program", ValidationError(
                        N_("{column} is filled in but no program is named: write the program the "
                           "child is enrolled in."), field="program", column=row.label(key)))
            return (), "", True, True
        found = self._known.get(_program_key(name))
        if found is None:
            programs = self._programs
            fail("program", ValidationError(
                N_("There is no program called “{program}”: the programs are {known}.")
                if programs else N_("There is no program called “{program}”: add it first."),
                field="program", program=name, known="、".join(sorted(programs))))
            return (), "", True, True
        program, program_id = found
        if weekdays is None or (from_date is None and text["enrolled_from"]):
            return (), program, True, True  # already reported
        if not text["weekdays"]:
            # An empty cell is not "every day": a Mon-Fri term program's child would be
            # expected on Saturdays (and on 调休 working Saturdays).
            weekdays = self._weekdays.get(program_id, ALL_WEEKDAYS)
        # No date given: from today; see ParsedRow.enrolled_from_given.
        return ((EnrollmentDraft(program_id, from_date or self._today, weekdays=weekdays,
                                 **details),),
                program, from_date is not None, bool(text["weekdays"]))

    @staticmethod
    def _details(row: RawRow, text: Mapping[str, str], fail: Fail) -> dict[str, Any]:
        """The agreement and insurance cells as EnrollmentDraft keywords (given ones only)."""
        details: dict[str, Any] = {}
        for key in ("agreement_signed_on", "insurance_expires"):
            try:
                details[key] = _date(row.cells.get(key), key)
            except ValidationError as exc:
                fail(key, exc)
        details["insurance_company"] = text["insurance_company"]
        details["insurance_policy"] = text["insurance_policy"]
        return details


def duplicate_ids(rows: Iterable[RawRow]) -> list[RowError]:
    """One error on each row whose child_id is also on another row of the file."""
    rows = list(rows)
    keys = [external_id(row.cell("child_id")) for row in rows]
    filled = [key for key in keys if key]
    if len(set(filled)) == len(filled):
        return []  # the usual file: every number once
    by_id: dict[str, list[RawRow]] = {}
    for row, key in zip(rows, keys, strict=True):
        if key:
            by_id.setdefault(key, []).append(row)
    errors: list[RowError] = []
    for key, same in by_id.items():
        if len(same) > 1:
            numbers = ", ".join(str(r.number) for r in same)
            errors.extend(RowError(r.number, r.label("child_id"), ValidationError(
                N_("The child number {id} is on more than one row: rows {rows}."),
                field="child_id", id=key, rows=numbers)) for r in same)
    return sorted(errors, key=lambda e: e.row)


def child_row(name: str, *, external_id: str = "", gender: str = "",
              birth_date: dt.date | None = None, school: str = "", grade: str = "",
              guardian_name: str = "", guardian_relation: str = "", guardian_phone: str = "",
              guardian_employee_id: str = "", guardian_department: str = "",
              pickups: Iterable[Any] = (), allergies: str = "", medical_notes: str = "",
              program: str = "", enrolled_from: dt.date | None = None,
              weekdays: int | None = None, agreement_signed_on: dt.date | None = None,
              insurance_policy: str = "", insurance_expires: dt.date | None = None,
              insurance_company: str = "", lang: str = "zh") -> dict[str, str]:
    """One child as the text of each column (keys of COLUMNS), as parse_row reads it back."""
    zh = lang.lower().startswith("zh")
    sexes = {Gender.MALE: "男" if zh else "M", Gender.FEMALE: "女" if zh else "F"}
    return {
        "child_id": external_id or "", "name": name,
        "gender": sexes.get(Gender(gender or ""), ""),
        "birth_date": birth_date.isoformat() if birth_date else "",
        "school": school or "", "grade": grade or "",
        "guardian_name": guardian_name or "", "guardian_relation": guardian_relation or "",
        "guardian_phone": guardian_phone or "", "guardian_employee_id": guardian_employee_id or "",
        "guardian_department": guardian_department or "",
        "authorized_pickups": format_pickups(pickups, lang),
        "allergies": allergies or "", "medical_notes": medical_notes or "",
        "program": program or "",
        "enrolled_from": enrolled_from.isoformat() if program and enrolled_from else "",
        "weekdays": format_weekdays(weekdays, lang) if program and weekdays else "",
        "agreement_signed_on": (agreement_signed_on.isoformat()
                                if program and agreement_signed_on else ""),
        "insurance_company": insurance_company if program else "",
        "insurance_policy": insurance_policy if program else "",
        "insurance_expires": (insurance_expires.isoformat()
                              if program and insurance_expires else ""),
    }
