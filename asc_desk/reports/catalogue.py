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
from asc_desk.reports.daily_sheet_pdf import write_daily_sheet_pdf
from asc_desk.reports.hr_summary_pdf import write_hr_summary
from asc_desk.reports.monthly_grid_pdf import write_monthly
from asc_desk.reports.output import FORMATS, Written, check_format, check_target, paper
from asc_desk.services.calendar.program_service import ProgramInfo, ProgramService
from asc_desk.services.database import Database
from asc_desk.services.reports.report_data import ReportData


class Param(enum.StrEnum):
    """What a document can be asked for (the page shows a field for each one it takes)."""

    DATE = "date"  # one day
    MONTH = "month"  # one calendar month
    PROGRAM = "program"  # optional: only one program's children (default: every program)
    BLANK = "blank"  # times left empty, to fill in by hand (a power cut)


@dataclass(frozen=True)
class ReportParams:
    """The values asked for; a document reads only those it takes (`Document.params`)."""

    date: dt.date | None = None
    month: tuple[int, int] | None = None  # (year, month)
    program: str | None = None  # by name, as typed (--program) or picked (the page's list)
    blank: bool = False
    paper: str = "a4"  # "a4" or "letter"


class Progress(Protocol):
    def __call__(self, done: int, total: int) -> None: ...


# figures(data, center_id, params, program) -> the document's figures (report_data values)
Figures = Callable[[ReportData, int, ReportParams, ProgramInfo | None], Any]
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
        lambda data, center_id, p, program: data.daily_sheet(center_id, p.date, program,
                                                             blank=p.blank),
        write_daily_sheet_pdf,
        N_("The children expected that day, with columns for arrival, departure and the "
           "signatures; blank for a power cut, or filled with the recorded times.")),
    Document(
        "monthly", N_("Monthly attendance grid"), (Param.MONTH, Param.PROGRAM), FORMATS,
        lambda data, center_id, p, program: data.month_grid(center_id, *p.month, program),
        write_monthly,
        N_("Children by day of the month: present, absent by reason, closed days, and the "
           "totals per child and per day.")),
    Document(
        "hr-summary", N_("HR monthly summary"), (Param.MONTH,), FORMATS,
        lambda data, center_id, p, program: data.hr_summary(center_id, *p.month),
        write_hr_summary,
        N_("For factory HR: by department and parent worker, children, days attended, hours "
           "and late pickups, with totals.")),
)


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
    data = ReportData(db) if now is None else ReportData(db, now=now)
    figures = doc.figures(data, center_id, params, program)
    step(1, 2)
    return doc.write(figures, output_path, params.paper)


def file_stem(kind: str, params: ReportParams) -> str:
    """A file name (without extension) that says what the document is: monthly-2026-11,
    daily-sheet-2026-11-05-blank, with the program's name when there is one."""
    doc = document(kind)
    parts = [doc.key]
    if doc.takes(Param.MONTH) and params.month:
        parts.append(f"{params.month[0]:04d}-{params.month[1]:02d}")
    if doc.takes(Param.DATE) and params.date:
        parts.append(params.date.isoformat())
    if doc.takes(Param.PROGRAM) and params.program:
        parts.append(re.sub(r'[\\/:*?"<>|\s]+', "_", params.program.strip()))
    if doc.takes(Param.BLANK) and params.blank:
        parts.append("blank")
    return "-".join(parts)
