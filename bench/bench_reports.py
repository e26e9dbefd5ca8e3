"""Reports: the month's figures (3 years of history), the monthly grid PDF, pickup cards.

The HR summary of 10,000 children has its own bench: bench_hr_summary.py.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from common import Figure, cached_database, interleaved

from asc_desk.reports.fonts import FONT, register_font
from asc_desk.reports.monthly_grid_pdf import mark_text, write_monthly_grid_pdf
from asc_desk.services.center_service import CenterService
from asc_desk.services.database_service import open_database
from asc_desk.services.demo.demo_service import fill_demo
from asc_desk.services.reports.report_data import ReportData

CHILDREN = 500
CARDS = 482
YEARS = 3
SH = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 11, 30, 20, 0, tzinfo=SH)
FIRST_DEMO_DAY = dt.date(2026, 9, 1)  # the demo writes its own events from here


def _history(path: Path, rng: random.Random) -> int:
    """Three years before the demo's events: two events a weekday for every child, inserted
    with plain sqlite3 (naive UTC text, as the UTCDateTime column stores it): seconds, not
    the minutes SQLAlchemy's typed insert takes for 780,000 rows."""
    conn = sqlite3.connect(path, isolation_level=None)
    ids = [r[0] for r in conn.execute("SELECT id FROM child")]
    day, total = FIRST_DEMO_DAY - dt.timedelta(days=365 * YEARS), 0
    utc = dt.UTC

    def text(moment: dt.datetime) -> str:
        return f"{moment.astimezone(utc):%Y-%m-%d %H:%M:%S}.000000"

    conn.execute("BEGIN")
    while day < FIRST_DEMO_DAY:
        if day.weekday() < 5:
            rows = []
            iso = day.isoformat()
            for child_id in ids:
                arrive = dt.datetime.combine(day, dt.time(16, rng.randint(20, 50)), SH)
                leave = arrive + dt.timedelta(minutes=rng.randint(60, 230))
                a, b = text(arrive), text(leave)
                rows.append((child_id, "check_in", a, iso, a, None))
                rows.append((child_id, "check_out", b, iso, b, "家长"))
            conn.executemany(
                "INSERT INTO attendance_event (center_id, child_id, kind, at, local_date, "
                "recorded_at, recorded_by, pickup_name, note) "
                "VALUES (1, ?, ?, ?, ?, ?, 'bench', ?, '')", rows)
            total += len(rows)
        day += dt.timedelta(days=1)
    conn.execute("COMMIT")
    conn.close()
    return total


def _bare_select(path: Path) -> float:
    """Baseline: the month's events read with plain sqlite3, nothing derived."""
    conn = sqlite3.connect(path)
    start = time.perf_counter()
    conn.execute("SELECT id, child_id, kind, at, recorded_at, pickup_name, absence_reason, "
                 "corrects FROM attendance_event WHERE center_id = 1 AND local_date >= ? "
                 "AND local_date <= ?", ("2026-10-01", "2026-10-31")).fetchall()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _canvas_grid(grid, path: Path) -> float:
    """Baseline: the same grid's text and lines drawn straight onto a ReportLab canvas."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    register_font()
    start = time.perf_counter()
    width, height = landscape(A4)
    c = Canvas(str(path), pagesize=(width, height))
    per_page, row_h, n = 30, 13, len(grid.days)
    day_w = (width - 56 - 104 - 116) / n
    xs = [28, 48, 132] + [132 + day_w * (i + 1) for i in range(n)] + [
        132 + day_w * n + w for w in (28, 62, 90, 116)]
    for p in range(0, len(grid.children), per_page):
        top = height - 100
        chunk = grid.children[p:p + per_page]
        c.setFont(FONT, 15)
        c.drawCentredString(width / 2, height - 43, grid.center_name)
        c.setFont(FONT, 7)
        for j, d in enumerate(grid.days):
            c.drawCentredString(132 + day_w * (j + 0.5), top + 4, str(d.date.day))
        for k, child in enumerate(chunk):
            y = top - (k + 1) * row_h + 3
            c.drawString(50, y, child.name)
            for j, m in enumerate(child.marks):
                c.drawCentredString(132 + day_w * (j + 0.5), y, mark_text(m))
            c.drawString(xs[-4] + 2, y, str(child.days_present))
            c.drawString(xs[-3] + 2, y, f"{child.hours:.1f}")
        bottom = top - len(chunk) * row_h
        for k in range(len(chunk) + 2):
            c.line(28, top + 13 - k * row_h, xs[-1], top + 13 - k * row_h)
        for x in xs:
            c.line(x, top + 13, x, bottom)
        c.showPage()
    c.save()
    return time.perf_counter() - start


def _cards(n: int) -> tuple[float, float]:
    """The pickup cards' PDF against ReportLab's own QR widget drawing the same codes the way
    the cards did before (encoded for its bounds, encoded again to draw, a shape a module)."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas

    from asc_desk.reports.cards_pdf import QR_SIZE, write_cards_pdf
    from asc_desk.services.reports.pickup_cards import PickupCard, PickupCards
    from asc_desk.services.roster.roster_service import new_card_code

    cards = PickupCards("星光儿童之家", tuple(
        PickupCard(i, f"张小{i}", "2026秋季学期课后班", new_card_code(), None)
        for i in range(n)))
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        write_cards_pdf(cards, Path(tmp) / "cards.pdf")
        value = time.perf_counter() - start
        start = time.perf_counter()
        c = Canvas(str(Path(tmp) / "widgets.pdf"))
        for i, card in enumerate(cards.cards):
            widget = QrCodeWidget(card.card_code, barLevel="M")
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0,
                                                           QR_SIZE / (y1 - y0), 0, 0])
            drawing.add(widget)
            renderPDF.draw(drawing, c, 100, 100)
            if i % 8 == 7:
                c.showPage()
        c.save()
        baseline = time.perf_counter() - start
    return value, baseline


def run() -> list[Figure]:
    value, baseline = _cards(CARDS)
    figures = [Figure(f"pickup cards PDF, {CARDS} cards", value, baseline,
                      "ReportLab's QR widget drawing the same codes (the old way)",
                      target_ratio=0.5)]
    rng = random.Random(13)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        path = tmp / "reports.sqlite3"

        def build(target: Path) -> None:
            # Built once and kept (common.cached_database): minutes on a busy machine.
            built = open_database(str(target))[0]
            try:
                start = time.perf_counter()
                fill_demo(built, children=CHILDREN)
            finally:
                built.dispose()
            events = _history(target, rng)
            print(f"(history: {events:,} older events for {CHILDREN} children, built in "
                  f"{time.perf_counter() - start:.1f} s)", flush=True)

        cached_database(path, f"reports-{CHILDREN}-{YEARS}y", build, [
            Path(__file__), *sorted(Path(fill_demo.__code__.co_filename).parent.glob("*.py"))])
        db, _ = open_database(str(path))
        try:
            center = CenterService(db, "bench").get_center()
            data = ReportData(db, now=lambda: NOW)
            times = []
            for _ in range(7):
                start = time.perf_counter()
                grid = data.month_grid(center.id, 2026, 10)
                times.append(time.perf_counter() - start)
            base = statistics.median(_bare_select(path) for _ in range(7))
            figures.append(Figure(
                f"month figures, {len(grid.children)} children, {YEARS} years of history",
                statistics.median(times), base, "bare sqlite3 select of the month's events",
                target_abs_s=0.300, min_s=min(times)))

            def platypus() -> float:
                start = time.perf_counter()
                write_monthly_grid_pdf(grid, tmp / "grid.pdf")
                return time.perf_counter() - start

            value, baseline = interleaved(platypus, lambda: _canvas_grid(grid, tmp / "c.pdf"),
                                          rounds=3)
            figures.append(Figure(f"monthly grid PDF, {len(grid.children)} children", value,
                                  baseline, "same grid drawn on a bare canvas",
                                  target_ratio=3.0))
        finally:
            db.dispose()
    return figures
