"""The documents the app makes, in one table, and the one path that makes them: the Reports
page and the `asc-desk report` command both call `make`.

Each entry says what the document is called (an English title marked `N_`, translated by the
UI), which parameters it takes, which file formats it writes, where its figures come from
(`services/reports/report_data.py`) and which document module draws them. A new document is
one more `Document(...)` in `DOCUMENTS`.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from asc_desk.domain.errors import N_, UserError, ValidationError
from asc_desk.reports.cards_pdf import write_cards_pdf
from asc_desk.reports.daily_sheet_pdf import write_daily_sheet_pdf
from asc_desk.reports.fonts import register_font
from asc_desk.reports.hr_summary_pdf import write_hr_summary
from asc_desk.reports.monthly_grid_pdf import write_monthly
from asc_desk.reports.output import FORMATS, Written, check_format, check_target, paper
from asc_desk.reports.overview_pdf import write_overview_pdf
from asc_desk.reports.shift_rota_pdf import write_shift_rota_pdf
from asc_desk.reports.staff_hours_pdf import write_staff_hours
from asc_desk.services.attendance.attendance_service import AttendanceService
from asc_desk.services.calendar.program_service import ProgramInfo, ProgramService
from asc_desk.services.database import Database
from asc_desk.services.gc_pause import gc_paused
from asc_desk.services.reports.report_data import ReportData, month_overview, pickup_cards
from asc_desk.services.reports.staff_data import StaffData
from asc_desk.services.roster.roster_service import RosterService


class Param(enum.StrEnum):
    """What a document can be asked for (the page shows a field for each one it takes)."""

    DATE = "date"  # one day
    MONTH = "month"  # one calendar month
    PROGRAM = "program"  # optional: only one program's children (default: every program)
    BLANK = "blank"  # times left empty, to fill in by hand (a power cut)
    CHILD = "child"  # optional: only one child (card code, child id or exact unique name)


@dataclass(frozen=True)
class ReportParams:
    """The values asked for; a document reads only those it takes (`Document.params`)."""

    date: dt.date | None = None
    month: tuple[int, int] | None = None  # (year, month)
    program: str | None = None  # by name, as typed (--program) or picked (the page's list)
    blank: bool = False
    child: str | None = None  # a card code, a child id or an exact unique name
    paper: str = "a4"  # "a4" or "letter"


class Progress(Protocol):
    def __call__(self, done: int, total: int) -> None: ...


@dataclass(frozen=True)
class Source:
    """What a document's figures are read from: the database, the center, what was asked
    (the program already found by its name), and the clock."""

    db: Database
    center_id: int
    params: ReportParams
    program: ProgramInfo | None
    now: Callable[[], dt.datetime]

    @property
    def data(self) -> ReportData:
        return ReportData(self.db, now=self.now)

    def today(self) -> dt.date:
        """The center's date now."""
        return AttendanceService(self.db, "reports", now=self.now).today(self.center_id)

    def child_id(self) -> int | None:
        ref = self.params.child
        return RosterService(self.db, "reports").find_child(self.center_id, ref).id \
            if ref else None


# figures(source) -> the document's figures (report_data values)
Figures = Callable[[Source], Any]
# write(figures, path, paper) -> Written (the format follows the path's extension)
Writer = Callable[[Any, Path, str], Written]


@dataclass(frozen=True)
class Document:
    key: str  # also the `asc-desk report` subcommand
    title: str  # English, marked N_; the UI translates it
    params: tuple[Param, ...]
    formats: tuple[str, ...]  # extensions it writes, PDF first
    figures: Figures
    write: Writer
    description: str = ""  # one line for the page, marked N_

    def takes(self, param: Param) -> bool:
        return param in self.params


PDF_ONLY = (".pdf",)

DOCUMENTS: tuple[Document, ...] = (
    Document(
        "daily-sheet", N_("Daily sign-in sheet"), (Param.DATE, Param.PROGRAM, Param.BLANK),
        PDF_ONLY,
        lambda src: src.data.daily_sheet(src.center_id, src.params.date, src.program,
                                         blank=src.params.blank),
        write_daily_sheet_pdf,
        N_("The children expected that day, with columns for arrival, departure and the "
           "signatures; blank for a power cut, or filled with the recorded times.")),
    Document(
        "monthly", N_("Monthly attendance grid"), (Param.MONTH, Param.PROGRAM), FORMATS,
        lambda src: src.data.month_grid(src.center_id, *src.params.month, src.program),
        write_monthly,
        N_("Children by day of the month: present, absent by reason, closed days, and the "
           "totals per child and per day.")),
    Document(
        "hr-summary", N_("HR monthly summary"), (Param.MONTH,), FORMATS,
        lambda src: src.data.hr_summary(src.center_id, *src.params.month),
        write_hr_summary,
        N_("For factory HR: by department and parent worker, children, days attended, hours "
           "and late pickups, with totals.")),
    Document(
        "cards", N_("Pickup cards"), (Param.PROGRAM, Param.CHILD), PDF_ONLY,
        lambda src: pickup_cards(src.db, src.center_id, src.today(), src.program,
                                 src.child_id()),
        write_cards_pdf,
        N_("Each child's card with name, photo, program and the QR code the desk scans, 8 to "
           "an A4 page with cut marks. A reprint keeps the same code.")),
    Document(
        "overview", N_("Monthly overview"), (Param.MONTH,), PDF_ONLY,
        lambda src: month_overview(src.data, src.center_id, *src.params.month),
        write_overview_pdf,
        N_("For the program's impact report: attendance per day, the rate against the month "
           "before, children, child-days and families served, by department, with charts.")),
    Document(
        "shifts", N_("Caregiver week rota"), (Param.DATE,), PDF_ONLY,
        lambda src: StaffData(src.db, now=src.now).week_rota(src.center_id, src.params.date),
        write_shift_rota_pdf,
        N_("The week of the chosen day: each caregiver's shifts Monday to Sunday with times "
           "and program, closed days shaded, and the coverage gaps.")),
    Document(
        "staff-hours", N_("Caregiver hours"), (Param.MONTH,), FORMATS,
        lambda src: StaffData(src.db, now=src.now).month_hours(src.center_id,
                                                               *src.params.month),
        write_staff_hours,
        N_("Each caregiver's planned hours (the rota) and actual hours (the staff clock) of "
           "the month, with days worked, leave days and totals.")),
)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def prepare() -> None:
    """Registers the bundled font ahead of the first document. Reading and checksumming the
    font file takes about 0.5 s, 0.35 s of it in one C call that holds the GIL: run off the
    GUI thread at start-up, the first preview then neither waits for it nor stalls the
    window (measured: a 0.35-0.5 s stall of the event loop at the first preview without)."""
    register_font()


def document(key: str) -> Document:
    for doc in DOCUMENTS:
        if doc.key == key:
            return doc
    raise UserError(N_("Unknown document {key}: choose one of {known}."), key=key,
                    known=", ".join(d.key for d in DOCUMENTS))


def check_output(key: str, path: Path) -> Document:
    """Refuse a format the document does not write, or a folder that cannot take the file,
    before anything is read (the command line calls this before opening the database)."""
    doc = document(key)
    check_format(Path(path), doc.formats)
    check_target(Path(path))
    return doc


def check_params(doc: Document, params: ReportParams) -> None:
    if doc.takes(Param.DATE) and params.date is None:
        raise ValidationError(N_("Choose the day of the document."), field="date")
    if doc.takes(Param.MONTH) and params.month is None:
        raise ValidationError(N_("Choose the month of the document."), field="month")
    paper(params.paper)


def make(kind: str, db: Database, center: Any, params: ReportParams, output_path: Path,
         progress: Progress | None = None, *,
         now: Callable[[], dt.datetime] | None = None) -> Written:
    """Reads the document's figures and writes it to `output_path` (PDF, XLSX or CSV by the
    extension, written atomically: a failure leaves any earlier file as it was).

    `center` is the CenterInfo (or its id). `progress(done, total)` is called before the
    figures are read (0 of 2) and before the file is written (1 of 2); a cancelled GUI task
    raises from it, so a cancel never leaves a file. `now` is the clock
    of the figures ("printed at", what counts as the future), for tests.
    """
    output_path = Path(output_path)
    doc = check_output(kind, output_path)
    check_params(doc, params)
    step = progress or (lambda done, total: None)
    step(0, 2)
    center_id = center if isinstance(center, int) else center.id
    program = None
    if doc.takes(Param.PROGRAM) and params.program:
        program = ProgramService(db, "reports").find_program(center_id, params.program)
    # Tens of thousands of short-lived objects (cells, flowables): full cyclic collections
    # over them cost 40% of a 500-child grid and stall the window's thread for 0.5 s.
    with gc_paused():
        figures = doc.figures(Source(db, center_id, params, program, now or _utc_now))
        step(1, 2)
        return doc.write(figures, output_path, params.paper)


def file_stem(kind: str, params: ReportParams, name: str | None = None) -> str:
    """A file name (without extension) that says what the document is: monthly-2026-11,
    daily-sheet-2026-11-05-blank, with the program's name when there is one. `name`: the
    document's name in the user's language instead of its key (每月签到汇总-2026-11)."""
    doc = document(kind)
    parts = [_file_safe(name) if name else doc.key]
    if doc.takes(Param.MONTH) and params.month:
        parts.append(f"{params.month[0]:04d}-{params.month[1]:02d}")
    if doc.takes(Param.DATE) and params.date:
        parts.append(params.date.isoformat())
    if doc.takes(Param.PROGRAM) and params.program:
        parts.append(_file_safe(params.program))
    if doc.takes(Param.CHILD) and params.child:
        parts.append(_file_safe(params.child))
    if doc.takes(Param.BLANK) and params.blank:
        parts.append("blank")
    return "-".join(parts)


def _file_safe(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text.strip())
