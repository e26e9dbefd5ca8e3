"""The catalogue of documents: one table, and `make` as the one path the page and the command
line share (the same bytes as composing report_data and the document module by hand)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pdfplumber
import pytest

from asc_desk.domain.errors import UserError, ValidationError
from asc_desk.reports import catalogue
from asc_desk.reports.cards_pdf import write_cards_pdf
from asc_desk.reports.catalogue import DOCUMENTS, Param, ReportParams, make
from asc_desk.reports.monthly_grid_pdf import write_monthly
from asc_desk.reports.output import FORMATS
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.reports.report_data import ReportData, pickup_cards
from asc_desk.services.roster.roster_list import RosterRow
from asc_desk.services.roster.roster_service import RosterService

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))  # the demo's today
PROGRAM = "2026秋季学期课后班"


@dataclass(frozen=True)
class Demo:
    center_id: int
    first: RosterRow  # two children of the term program, by name
    second: RosterRow


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    """The demo center, built once (SQLite): every test here only reads."""
    db, _ = open_database(str(tmp_path_factory.mktemp("db") / "asc.sqlite3"))
    fill_demo(db, language="en", children=12)
    center_id = CenterService(db, "t").get_center().id
    term = [r for r in RosterService(db, "t", today=NOW.date).list_roster(center_id)
            if PROGRAM in r.programs]
    yield db, Demo(center_id, term[0], term[1])
    db.dispose()


def made(scenario, kind, params, path, **kwargs):
    db, s = scenario
    return make(kind, db, s.center_id, params, path, now=lambda: NOW, **kwargs)


def pdf_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() for page in pdf.pages)


def test_the_table_is_consistent():
    keys = [d.key for d in DOCUMENTS]
    assert len(set(keys)) == len(keys)
    assert {"daily-sheet", "monthly", "hr-summary", "cards", "overview"} <= set(keys)
    for doc in DOCUMENTS:
        assert doc.title and doc.description and doc.formats[0] == ".pdf"
        assert set(doc.formats) <= set(FORMATS)
        assert all(isinstance(p, Param) for p in doc.params)
        assert not (doc.takes(Param.DATE) and doc.takes(Param.MONTH))  # one period at most
    assert catalogue.document("monthly").formats == (".pdf", ".xlsx", ".csv")
    assert catalogue.document("daily-sheet").formats == (".pdf",)


PARAMS = {
    "daily-sheet": ReportParams(date=dt.date(2026, 11, 5)),
    "monthly": ReportParams(month=(2026, 11)),
    "hr-summary": ReportParams(month=(2026, 11)),
    "cards": ReportParams(),
    "overview": ReportParams(month=(2026, 11)),
    "shifts": ReportParams(date=dt.date(2026, 11, 25)),
    "staff-hours": ReportParams(month=(2026, 11)),
}
NAMED = {"hr-summary": "人力资源部", "overview": "2026年11月", "shifts": "照护员周排班表",
         "staff-hours": "照护员工时"}  # documents that list no child: their title


def only_embedded_fonts(path) -> None:
    """Every font of the file is embedded (a FontFile2 for each descriptor) and none is one of
    the 14 standard fonts a viewer substitutes (ReportLab's Helvetica is drawn from nowhere)."""
    raw = path.read_bytes()
    assert b"/Subtype /Type1" not in raw and b"/Helvetica" not in raw
    assert raw.count(b"/Type /FontDescriptor") == raw.count(b"/FontFile2 ") >= 1


@pytest.mark.parametrize("kind", sorted(PARAMS))
def test_every_document_makes_a_pdf_with_its_names(scenario, tmp_path, kind):
    """(The HR summary lists guardians and the staff documents caregivers: their titles are
    checked.)"""
    steps = []
    path = tmp_path / f"{kind}.pdf"
    written = made(scenario, kind, PARAMS[kind], path,
                   progress=lambda done, total: steps.append((done, total)))
    assert written.path == path and written.pages >= 1 and written.missing_characters == ""
    assert steps == [(0, 2), (1, 2)]
    text = pdf_text(path)
    db, demo = scenario
    assert NAMED.get(kind, demo.first.name) in text
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    only_embedded_fonts(path)


def test_make_draws_the_same_bytes_as_composing_by_hand(scenario, tmp_path):
    db, s = scenario
    by_hand = tmp_path / "hand.pdf"
    write_monthly(ReportData(db, now=lambda: NOW).month_grid(s.center_id, 2026, 11), by_hand,
                  "letter")
    through = made(scenario, "monthly", ReportParams(month=(2026, 11), paper="letter"),
                   tmp_path / "catalogue.pdf")
    assert through.path.read_bytes() == by_hand.read_bytes()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_tables_of_the_month_with_a_program_by_name(scenario, tmp_path, suffix):
    path = tmp_path / f"m{suffix}"
    written = made(scenario, "monthly", ReportParams(month=(2026, 11), program=PROGRAM), path)
    assert written.pages == 0 and path.stat().st_size > 100
    if suffix == ".csv":
        text = path.read_text(encoding="utf-8-sig")
        assert scenario[1].first.name in text and scenario[1].second.name in text


def test_a_daily_sheet_blank_and_for_one_program(scenario, tmp_path):
    path = tmp_path / "d.pdf"
    made(scenario, "daily-sheet", ReportParams(date=dt.date(2026, 11, 5), program=PROGRAM,
                                               blank=True), path)
    text = pdf_text(path)
    assert "空白" in text and scenario[1].first.name in text and "16:30" not in text


def test_cards_of_one_child_as_the_command_line_made_them(scenario, tmp_path):
    db, demo = scenario
    path = tmp_path / "one.pdf"
    written = made(scenario, "cards", ReportParams(child=demo.second.card_code,
                                                   program=PROGRAM), path)
    assert written.pages == 1
    text = pdf_text(path)
    assert demo.second.name in text and demo.first.name not in text
    by_hand = tmp_path / "hand.pdf"
    write_cards_pdf(pickup_cards(db, demo.center_id, NOW.date(), None, demo.second.id), by_hand)
    assert path.read_bytes() == by_hand.read_bytes()


@pytest.mark.parametrize(("kind", "params", "name", "message"), [
    ("cards", ReportParams(child="nobody-here"), "c.pdf", "nobody-here"),
    ("monthly", ReportParams(month=(2026, 11), program="没有这个班"), "m.pdf", "没有这个班"),
    ("monthly", ReportParams(month=(2026, 12)), "m.pdf", "in the future"),
    ("hr-summary", ReportParams(month=(2027, 1)), "h.csv", "in the future"),
    ("daily-sheet", ReportParams(date=dt.date(2026, 11, 5)), "d.xlsx", ".pdf"),
    ("monthly", ReportParams(month=(2026, 11)), "m.txt", ".xlsx"),
    ("nonsense", ReportParams(), "x.pdf", "Unknown document"),
    ("monthly", ReportParams(month=(2026, 11), paper="a3"), "m.pdf", "paper"),
])
def test_bad_input_is_refused_and_an_earlier_file_stays(scenario, tmp_path, kind, params,
                                                        name, message):
    path = tmp_path / name
    path.write_bytes(b"earlier")
    with pytest.raises(UserError, match=message):
        made(scenario, kind, params, path)
    assert path.read_bytes() == b"earlier" and list(tmp_path.iterdir()) == [path]


def test_a_missing_period_names_its_field(scenario, tmp_path):
    with pytest.raises(ValidationError) as month:
        made(scenario, "monthly", ReportParams(), tmp_path / "m.pdf")
    with pytest.raises(ValidationError) as day:
        made(scenario, "daily-sheet", ReportParams(month=(2026, 11)), tmp_path / "d.pdf")
    assert (month.value.field, day.value.field) == ("month", "date")


def test_a_missing_folder_is_refused_before_reading(scenario, tmp_path, monkeypatch):
    monkeypatch.setattr(ReportData, "month_grid", lambda *a, **k: pytest.fail("read"))
    with pytest.raises(UserError, match="does not exist"):
        made(scenario, "monthly", ReportParams(month=(2026, 11)), tmp_path / "no" / "m.pdf")


def test_a_cancel_raised_by_progress_writes_nothing(scenario, tmp_path):
    class Stop(Exception):
        pass

    def progress(done, total):
        if done == 1:
            raise Stop

    with pytest.raises(Stop):
        made(scenario, "monthly", ReportParams(month=(2026, 11)), tmp_path / "m.pdf",
             progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_file_names_say_what_the_document_is():
    assert catalogue.file_stem("monthly", ReportParams(month=(2026, 3))) == "monthly-2026-03"
    assert catalogue.file_stem("daily-sheet", ReportParams(
        date=dt.date(2026, 11, 5), program="秋季 班/A", blank=True)) == \
        "daily-sheet-2026-11-05-秋季_班_A-blank"
    assert catalogue.file_stem("hr-summary", ReportParams(month=(2026, 11), program="x")) == \
        "hr-summary-2026-11"


def test_the_overview_charts_count_in_whole_numbers(scenario, tmp_path):
    """A month of two children a day at most: the axes tick 0, 1, 2 (never 0.5 or 0.2)."""
    import re
    from dataclasses import replace

    from asc_desk.reports.overview_pdf import count_axis, write_overview_pdf
    from asc_desk.services.reports.report_data import ReportData, month_overview

    db, s = scenario
    view = month_overview(ReportData(db, now=lambda: NOW), s.center_id, 2026, 11)
    few = replace(view, grid=replace(view.grid, days=tuple(
        replace(d, present=min(d.present, 2)) for d in view.grid.days)),
        hr=replace(view.hr, departments=tuple(
            replace(t, days_present=min(t.days_present, 1)) for t in view.hr.departments)))
    path = tmp_path / "overview.pdf"
    write_overview_pdf(few, path)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        chart_top = next(w for w in page.extract_words() if w["text"] == "每日出勤人数")["top"]
        words = [w["text"] for w in page.extract_words() if w["top"] > chart_top]
    assert not [w for w in words if re.fullmatch(r"\d+\.\d+", w)], words
    assert {"0", "1", "2"} <= set(words)

    class Axis:
        pass

    for top, step, ceiling in ((0, 1, 1), (3, 1, 3), (9, 2, 10), (37, 5, 40), (410, 100, 500)):
        axis = Axis()
        count_axis(axis, top)
        assert (axis.valueMin, axis.valueStep, axis.valueMax, axis.labelTextFormat) == (
            0, step, ceiling, "%d"), top
