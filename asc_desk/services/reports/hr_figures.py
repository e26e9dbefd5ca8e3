"""The HR monthly summary's figures: the month's children by parent worker and department,
each child once in a department's and the overall totals, and the families served."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from asc_desk.domain.name_search import pinyin_order
from asc_desk.services.reports.month_figures import ChildMonth, hours_of

NO_DEPARTMENT = "（未填部门）"
TOTAL_LABEL = "合计"


@dataclass(frozen=True)
class WorkerRow:
    employee_id: str
    name: str
    department: str
    children: int
    days_present: int
    tenths: int  # the sum of the children's rounded hours, in tenths
    late_pickups: int
    open_days: int = 0  # checked in, not checked out: no hours counted

    @property
    def hours(self) -> float:
        return hours_of(self.tenths)


@dataclass(frozen=True)
class DepartmentTotal:
    department: str
    workers: int
    children: int  # each child once, even with two parents in the department
    days_present: int
    tenths: int
    late_pickups: int
    open_days: int = 0

    @property
    def hours(self) -> float:
        return hours_of(self.tenths)


@dataclass(frozen=True)
class HrSummary:
    center_name: str
    year: int
    month: int
    workers: tuple[WorkerRow, ...]  # by department, then the name's pinyin
    departments: tuple[DepartmentTotal, ...]
    total: DepartmentTotal  # each child once
    made_at: dt.datetime
    families: int = 0  # families with a child present: parents linked through a child once
    late_grace_minutes: int | None = None  # as MonthGrid's: the grace the late count used

    @property
    def empty(self) -> bool:
        return not self.workers


def _department_key(name: str) -> tuple:
    return (name == NO_DEPARTMENT, *pinyin_order(name))


def summarize(center_name: str, year: int, month: int, children: Iterable[ChildMonth],
              links: Iterable[tuple[int, int, str, str | None, str | None]],
              made_at: dt.datetime, *, late_grace_minutes: int | None = None) -> HrSummary:
    """`links`: (child id, guardian id, name, employee id, department) of the center."""
    by_child = {c.child_id: c for c in children}
    workers: dict[int, tuple[str, str, str, list[int]]] = {}
    for child_id, gid, name, employee_id, department in links:
        if child_id in by_child:
            entry = workers.setdefault(gid, (employee_id or "", name,
                                             department or NO_DEPARTMENT, []))
            entry[3].append(child_id)

    def figures(kids: Iterable[int]) -> tuple[int, int, int, int, int]:
        mine = [by_child[k] for k in kids]
        return (len(mine), sum(c.days_present for c in mine), sum(c.tenths for c in mine),
                sum(c.late_pickups for c in mine), sum(c.open_days for c in mine))

    rows = []
    dept_children: dict[str, set[int]] = {}
    dept_workers: dict[str, int] = {}
    for employee_id, name, department, kids in workers.values():
        rows.append(WorkerRow(employee_id, name, department, *figures(kids)))
        dept_children.setdefault(department, set()).update(kids)
        dept_workers[department] = dept_workers.get(department, 0) + 1
    rows.sort(key=lambda r: (*_department_key(r.department), *pinyin_order(r.name),
                             r.employee_id))
    departments = tuple(DepartmentTotal(d, dept_workers[d], *figures(dept_children[d]))
                        for d in sorted(dept_children, key=_department_key))
    everyone = set().union(*dept_children.values()) if dept_children else set()
    total = DepartmentTotal(TOTAL_LABEL, len(workers), *figures(everyone))
    present = {k for k, c in by_child.items() if c.days_present}
    return HrSummary(center_name, year, month, tuple(rows), departments, total, made_at,
                     families_of(present, [(w[3], gid) for gid, w in workers.items()]),
                     late_grace_minutes)


def families_of(present: set[int], parents: Iterable[tuple[list[int], int]]) -> int:
    """Families with a child present: children and the parents they share are one family
    (two parents of one child, siblings through a parent), each counted once."""
    parent: dict[object, object] = {}

    def find(x: object) -> object:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for kids, gid in parents:
        for k in kids:
            parent[find(("c", k))] = find(("g", gid))
    # A child no parent worker is linked to is no family of the factory's.
    return len({find(("c", k)) for k in present if ("c", k) in parent})
