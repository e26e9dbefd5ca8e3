"""The calendar page: a month of open days per program, its legend, programs and day changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.changes import Area, Changes
from asc_desk.domain.errors import UserError
from asc_desk.domain.program import ProgramKind
from asc_desk.domain.weekdays import format_weekdays
from asc_desk.services.calendar.calendar_files import CalendarFiles
from asc_desk.services.calendar.calendar_service import CalendarService, OverrideChange
from asc_desk.services.calendar.program_service import ProgramInfo, ProgramService
from asc_desk.services.center_service import CenterInfo
from asc_desk.ui import styles
from asc_desk.ui.dialogs.override_dialog import OverrideDialog
from asc_desk.ui.dialogs.program_dialog import ProgramDialog
from asc_desk.ui.error_text import user_message
from asc_desk.ui.file_picker import FilePicker
from asc_desk.ui.models.month_table_model import (
    LEGEND_ORDER,
    LOOKS,
    STATE_ROLE,
    CellLook,
    CellState,
    MonthTableModel,
    hhmm,
    paint_look,
)
from asc_desk.ui.pages.base_page import Page
from asc_desk.ui.task_runner import TaskRunner
from asc_desk.ui.undo import ServiceCommand, new_undo_stack
from asc_desk.ui.widgets.calendar_file_actions import CalendarFileActions


def swatch(look: CellLook, size: int = 18) -> QPixmap:
    pixmap = QPixmap(size * 2, size)
    painter = QPainter(pixmap)
    paint_look(painter, pixmap.rect(), look)
    painter.setPen(QPen(QColor(styles.GREY)))
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))
    painter.end()
    return pixmap


def message_label(name: str, style: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.hide()
    return label


class DayDelegate(QStyledItemDelegate):
    """Colour and hatch under the text; the chosen day is framed, not filled, so its state shows."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        painter.save()
        state = index.data(STATE_ROLE)
        if state is not None:
            paint_look(painter, opt.rect, LOOKS[CellState(state)])
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        opt.backgroundBrush = QBrush()
        opt.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        # The day number larger on its own line: the eye finds the date first, then its state.
        # initStyleOption has turned the model's newlines into the line separators Qt's text
        # layout breaks on.
        number, _separator, rest = opt.text.partition("\u2028")
        number_font = QFont(opt.font)
        number_font.setBold(True)
        number_font.setPointSizeF(opt.font.pointSizeF() * 1.25)
        painter.setFont(number_font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        number_rect = opt.rect.adjusted(6, 3, -6, 0)
        number_rect.setHeight(QFontMetrics(number_font).height())
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         number)
        opt.text = rest
        opt.rect = opt.rect.adjusted(4, number_rect.height() + 3, -4, -2)
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if selected:
            painter.setPen(QPen(QColor(styles.NAVY), 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
        painter.restore()


class CalendarPage(Page):
    key = "calendar"
    shows = Area.CALENDAR | Area.PROGRAMS

    def __init__(self, calendar: CalendarService, programs: ProgramService, center: CenterInfo,
                 parent: QWidget | None = None,
                 today: Callable[[], dt.date] | None = None,
                 files: CalendarFiles | None = None, *,
                 undo_stack: QUndoStack | None = None, picker: FilePicker | None = None,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack if undo_stack is not None else new_undo_stack(self)
        self.picker = picker or FilePicker()
        self.tasks = tasks or TaskRunner(self)
        self._calendar = calendar
        self._programs = programs
        self._center = center
        self._today = today or self._center_today
        self._program_list: list[ProgramInfo] = []
        self.dialog: OverrideDialog | ProgramDialog | None = None
        this_month = self._today()
        self.year, self.month = this_month.year, this_month.month

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.program_box = QComboBox()
        self.program_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.program_box.setMinimumContentsLength(16)
        self.program_label = QLabel()
        self.program_label.setBuddy(self.program_box)
        self.previous_button = QPushButton()
        self.previous_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowLeft))
        self.next_button = QPushButton()
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowRight))
        self.today_button = QPushButton()
        self.month_title = QLabel()
        self.month_title.setObjectName("monthTitle")
        self.month_title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.month_title.setMinimumWidth(150)
        self.month_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        # Import/export .ics and official days: their own module, this page only places them.
        self.files = CalendarFileActions(self, calendar, center, files)
        top = QHBoxLayout()
        for item in (self.heading, 16, self.program_label, self.program_box, 16,
                     self.previous_button, self.month_title, self.next_button,
                     self.today_button, None, self.files.button, self.add_button,
                     self.edit_button):
            if item is None:
                top.addStretch(1)
            elif isinstance(item, int):
                top.addSpacing(item)
            else:
                top.addWidget(item)

        self.program_info = QLabel()
        self.program_info.setTextFormat(Qt.TextFormat.PlainText)
        self.banner = message_label("unknownYearBanner", styles.NOTICE_STYLE)
        self.banner_bar = self.files.banner_bar(self.banner)  # with "Enter official holidays…"
        # The page's one note: results (✓, green) and what needs attention (⚠, yellow).
        self.notice = message_label("calendarNotice", styles.NOTICE_STYLE)

        self.model = MonthTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(DayDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(20)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.table.clicked.connect(self._day_clicked)
        self.table.installEventFilter(self)

        self.legend = QGridLayout()
        self.legend.setHorizontalSpacing(16)
        self.legend.setVerticalSpacing(4)
        self._legend_texts: list[QLabel] = []
        for position, state in enumerate((*LEGEND_ORDER, None)):
            icon = QLabel()
            if state is not None:
                icon.setPixmap(swatch(LOOKS[state]))
            else:
                icon.setText("?")
                icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
                icon.setStyleSheet(styles.BOLD)
                icon.setFixedWidth(36)
            text = QLabel()
            self._legend_texts.append(text)
            item = QHBoxLayout()
            item.setSpacing(6)
            item.addWidget(icon)
            item.addWidget(text, 1)
            self.legend.addLayout(item, position // 4, position % 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.program_info)
        layout.addWidget(self.banner_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.legend)

        self.program_box.currentIndexChanged.connect(self._program_chosen)
        self.previous_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button.clicked.connect(lambda: self.step_month(1))
        self.today_button.clicked.connect(self.go_to_this_month)
        self.add_button.clicked.connect(self.add_program)
        self.edit_button.clicked.connect(self.edit_program)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in ((Qt.Key.Key_PageUp, lambda: self.step_month(-1)),
                          (Qt.Key.Key_PageDown, lambda: self.step_month(1)),
                          (Qt.Key.Key_Home, self.go_to_this_month)):
            QShortcut(QKeySequence(key), self, activated=slot, context=context)
        self.retranslate()
        self.reload_programs()

    def _center_today(self) -> dt.date:
        try:
            return dt.datetime.now(ZoneInfo(self._center.time_zone)).date()
        except (KeyError, ValueError):  # an unknown zone name: the PC's own date will do
            return dt.date.today()

    # -- texts ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Calendar")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.program_label.setText(self.tr("&Program"))
        if self.program_box.count():
            self.program_box.setItemText(0, self.tr("All programs"))
        self.previous_button.setToolTip(self.tr("Previous month (PageUp)"))
        self.next_button.setToolTip(self.tr("Next month (PageDown)"))
        self.today_button.setText(self.tr("This month"))
        self.today_button.setToolTip(self.tr("Go to this month (Home)"))
        self.add_button.setText(self.tr("&Add program"))
        self.edit_button.setText(self.tr("&Edit program"))
        for text, state in zip(self._legend_texts, (*LEGEND_ORDER, None), strict=True):
            text.setText(self.model.state_label(state) if state else self.model.unconfirmed_label())
        self.files.retranslate()
        self.model.retranslate()
        self._show_texts()

    def month_name(self, month: int) -> str:
        return (self.tr("January"), self.tr("February"), self.tr("March"), self.tr("April"),
                self.tr("May"), self.tr("June"), self.tr("July"), self.tr("August"),
                self.tr("September"), self.tr("October"), self.tr("November"),
                self.tr("December"))[month - 1]

    def kind_name(self, kind: ProgramKind) -> str:
        return (self.tr("after-school program") if kind is ProgramKind.TERM
                else self.tr("holiday program"))

    def _show_texts(self) -> None:
        # The zh translation reorders these: "{year}年{month}" with month "10月".
        self.month_title.setText(self.tr("{month} {year}").format(
            month=self.month_name(self.month), year=self.year))
        program = self.selected_program()
        if program is None:
            self.program_info.setText(self.tr("{count} programs. Click a day to change it for "
                                              "all programs.").format(
                count=len(self._program_list)))
        else:
            chinese = QLocale().language() == QLocale.Language.Chinese
            self.program_info.setText(self.tr(
                "{name}: {kind}, {first} to {last}, {weekdays}, {opens}–{closes}").format(
                name=program.name, kind=self.kind_name(program.kind),
                first=program.first_day.isoformat(), last=program.last_day.isoformat(),
                weekdays=format_weekdays(program.weekdays, "zh" if chinese else "en"),
                opens=hhmm(program.opens_at), closes=hhmm(program.closes_at)))

    # -- programs ------------------------------------------------------------------------
    def selected_program(self) -> ProgramInfo | None:
        program_id = self.program_box.currentData()
        return next((p for p in self._program_list if p.id == program_id), None)

    def reload_programs(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.program_box.currentData()
        try:
            self._program_list = self._programs.list_programs(self._center.id)
        except UserError as exc:
            self._show_notice(user_message(exc))
            self._program_list = []
        self.program_box.blockSignals(True)
        self.program_box.clear()
        self.program_box.addItem(self.tr("All programs"), None)
        for program in self._program_list:
            self.program_box.addItem(program.name, program.id)
        self.program_box.setCurrentIndex(max(0, self.program_box.findData(keep)))
        self.program_box.blockSignals(False)
        self._program_chosen()

    def select_program(self, program_id: int | None) -> None:
        self.program_box.setCurrentIndex(max(0, self.program_box.findData(program_id)))

    def _program_chosen(self, *_args) -> None:
        self.edit_button.setEnabled(self.selected_program() is not None)
        self.show_month(self.year, self.month)

    def add_program(self) -> ProgramDialog:
        dialog = ProgramDialog(self._programs, self._center.id,
                               first_day=dt.date(self.year, self.month, 1), parent=self)
        return self.open_dialog(dialog, self._program_saved)

    def edit_program(self) -> ProgramDialog | None:
        program = self.selected_program()
        if program is None:
            return None
        return self.open_dialog(ProgramDialog(self._programs, self._center.id, program,
                                              parent=self), self._program_saved)

    def _program_saved(self, dialog: ProgramDialog) -> None:
        if dialog.program is not None:
            self.reload_programs(select_id=dialog.program.id)
            self.report(dialog.changes, shown=True)

    # -- months --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.reload_programs()  # a program changed elsewhere: the list, then the month

    def step_month(self, step: int) -> None:
        index = self.year * 12 + self.month - 1 + step
        self.show_month(index // 12, index % 12 + 1)

    def go_to_this_month(self) -> None:
        today = self._today()
        self.show_month(today.year, today.month)
        self.table.setCurrentIndex(self.model.index_of(today))

    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        program = self.selected_program()
        try:
            days = self._calendar.month(self._center.id, year, month,
                                        program.id if program else None)
            known = self._calendar.holidays(year).known
        except UserError as exc:
            self._show_notice(user_message(exc))
            return
        self.model.set_month(year, month, days, all_programs=program is None)
        self.banner.setText(self.tr(
            "The official public holidays for {year} have not been published yet: days judged "
            "by their weekday alone are marked with ?. Enter them, or import an .ics file, "
            "once the State Council has published them.").format(year=year))
        self.banner_bar.setVisible(not known)
        self._show_texts()

    # -- days ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._day_clicked(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _day_clicked(self, index: QModelIndex) -> None:
        day = self.model.date_at(index)
        if day is not None:
            self.edit_day(day)

    def edit_day(self, day: dt.date) -> OverrideDialog:
        """Opens the day's editor (window-modal, not blocking); the grid refreshes on save."""
        program = self.selected_program()
        dialog = OverrideDialog(self._calendar, self._center.id, self._program_list, day,
                                program.id if program else None, self.model.describe,
                                parent=self)
        return self.open_dialog(dialog, self._day_saved)

    def _day_saved(self, dialog: OverrideDialog) -> None:
        self.show_month(self.year, self.month)
        if dialog.notices:
            self._show_notice("\n".join(user_message(n) for n in dialog.notices))
        self.table.setFocus()
        if dialog.change is not None and dialog.scope is not None and dialog.change.changes:
            self._push_days(dialog.change, *dialog.scope)
            self.report(dialog.change.changes, shown=True)

    def focus_home(self) -> None:
        self.table.setFocus()

    def note_label(self) -> QLabel:
        return self.notice

    # -- undo of day changes -------------------------------------------------------------
    def _push_days(self, change: OverrideChange, first: dt.date, last: dt.date,
                   program_id: int | None) -> None:
        """Undo puts back the decisions the change replaced; redo writes its own again."""
        before, after = change.replaced, change.written
        text = (self.tr("change of {first}") if first == last
                else self.tr("change of {first} to {last}")).format(
            first=first.isoformat(), last=last.isoformat())

        def put(to, expected) -> Changes:
            done = self._calendar.restore_overrides(self._center.id, first, last, program_id,
                                                    to, expected)
            self.show_month(self.year, self.month)
            self.report(done.changes, shown=True)
            return done.changes

        self.undo_stack.push(ServiceCommand(
            text, do=lambda: put(after, before), undo=lambda: put(before, after),
            on_changes=lambda changes: None,
            on_error=lambda exc: self.show_error(user_message(exc)), page=self.key))

    def _show_notice(self, text: str) -> None:
        self.show_note("⚠ " + text, warning=True)
