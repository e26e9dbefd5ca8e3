"""The desk's one input (a card code plus Enter, or a name to pick) and its reply line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asc_desk.domain.name_search import normalize_query
from asc_desk.ui.lazy_qt import Qt
from asc_desk.ui.styles import ERROR_STYLE, IDLE_STYLE, NAVY, OK_STYLE

MAX_MATCHES = 8
# The list never takes focus (typing goes on in the field while it is shown): set by the
# style sheet, as no enum may be built before the window's first paint (see lazy_qt).
MATCHES_STYLE = (f"QListWidget#scanMatches {{ border: 2px solid {NAVY}; "
                 "qproperty-focusPolicy: NoFocus; }")


def staff_role() -> int:
    """A match list item's role saying it is a caregiver's, not a child's."""
    return Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Candidate:
    child_id: int
    label: str  # what the match list shows (name, state, child id)
    search: str  # the roster's precomputed lowercase search text
    card_code: str
    rank: int = 0  # lower first: children of the day before the rest of the roster
    staff: bool = False  # a caregiver (child_id is then the caregiver's id): clocks in/out


@dataclass(frozen=True)
class CandidateIndex:
    candidates: list[Candidate]  # by rank, as given within a rank
    cards: dict[str, tuple[int, bool]]  # code (lower case): (id, a caregiver's)


def candidate_index(candidates: list[Candidate]) -> CandidateIndex:
    """What the field looks names and cards up in: plain Python, so a worker can make it
    for thousands of children while the GUI thread goes on."""
    ranked = sorted(candidates, key=lambda c: c.rank)
    # Codes compare without case: a scanner in caps lock still finds the card.
    # A child's code first: the services never give a caregiver a child's code anyway.
    cards: dict[str, tuple[int, bool]] = {}
    for c in sorted(candidates, key=lambda c: c.staff):
        code = c.card_code.strip()
        if code:
            cards.setdefault(code.lower(), (c.child_id, c.staff))
    return CandidateIndex(ranked, cards)


class ScanLine(QLineEdit):
    """Keeps Ctrl+Z / Ctrl+Shift+Z for the desk (undo / redo the last record), not for
    undoing typed letters."""

    undo_requested = Signal()
    redo_requested = Signal()
    moved = Signal(int)  # Up/Down/PageUp/PageDown: -1/+1, -5/+5
    escaped = Signal()

    def event(self, event: QEvent) -> bool:
        # QLineEdit claims Ctrl+Z as a shortcut override; claim it here to route it ourselves.
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo))):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.redo_requested.emit()
            return
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5,
                 Qt.Key.Key_PageDown: 5}
        if event.key() in steps:
            self.moved.emit(steps[event.key()])
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class ScanField(QWidget):
    chosen = Signal(int)  # a child, by card code
    # A child picked by name (Enter on the matches, or a click): a deliberate choice, never
    # a card scanned twice by accident.
    picked = Signal(int)
    staff_chosen = Signal(int)  # a caregiver, by card code or picked: the staff clock
    not_found = Signal(str)  # Enter on text that is no card and matches no child
    enter_empty = Signal()  # Enter on an empty field (accepts what the desk offers)
    moved = Signal(int)  # Up/Down with no match list: the page moves its own selection
    undo_requested = Signal()
    redo_requested = Signal()
    escaped = Signal()  # Esc on an empty field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = ScanLine()
        self.line.setObjectName("scanField")
        self.line.setClearButtonEnabled(True)
        font = QFont(self.line.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.line.setFont(font)
        self.matches = QListWidget(parent)
        self.matches.setObjectName("scanMatches")
        self.matches.setFont(font)
        self.matches.setStyleSheet(MATCHES_STYLE)
        self.matches.hide()
        self._candidates: list[Candidate] = []
        self._cards: dict[str, tuple[int, bool]] = {}  # code: (id, a caregiver's)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        self.setFocusProxy(self.line)

        self.line.textChanged.connect(self._text_changed)
        self.line.returnPressed.connect(self._enter)
        self.line.moved.connect(self._move)
        self.line.escaped.connect(self._escape)
        self.line.undo_requested.connect(self.undo_requested)
        self.line.redo_requested.connect(self.redo_requested)
        self.matches.itemClicked.connect(self._clicked)
        self.line.installEventFilter(self)

    def set_candidates(self, candidates: list[Candidate] | CandidateIndex) -> None:
        """The candidates, or their index as `candidate_index` made it (on a worker)."""
        index = (candidates if isinstance(candidates, CandidateIndex)
                 else candidate_index(candidates))
        self._candidates, self._cards = index.candidates, index.cards
        if self.line.text():
            self._text_changed(self.line.text())

    def lists(self) -> list:
        """The candidates and cards the next `set_candidates` lets go of."""
        return [self._candidates, self._cards]

    def replace_candidate(self, candidate: Candidate) -> None:
        """One child's entry after a scan (its state in the label, its rank), without
        rebuilding the others."""
        for index, old in enumerate(self._candidates):
            if old.child_id == candidate.child_id and old.staff == candidate.staff:
                self._candidates[index] = candidate
                if old.rank != candidate.rank:
                    self._candidates.sort(key=lambda c: c.rank)  # stable: others keep order
                if old.card_code.strip().lower() != candidate.card_code.strip().lower():
                    self.set_candidates(list(self._candidates))
                return
        self.set_candidates([*self._candidates, candidate])

    def set_placeholder(self, text: str) -> None:
        self.line.setPlaceholderText(text)

    def text(self) -> str:
        return self.line.text()

    def reset(self) -> None:
        self.line.clear()
        self._hide_matches()
        self.line.setFocus()

    def submit(self, text: str) -> None:
        """A scanned code from elsewhere (a burst the page caught): as if typed here + Enter."""
        self.line.setFocus()
        self.line.setText(text)
        self._enter()

    def card_of(self, text: str) -> int | None:
        """The child whose card this is (None for a caregiver's card: see `staff_card_of`)."""
        found = self._cards.get(text.strip().lower())
        return found[0] if found is not None and not found[1] else None

    def is_card(self, text: str) -> bool:
        """A child's or a caregiver's card."""
        return text.strip().lower() in self._cards

    def staff_card_of(self, text: str) -> int | None:
        found = self._cards.get(text.strip().lower())
        return found[0] if found is not None and found[1] else None

    def matching(self, text: str) -> list[Candidate]:
        query = normalize_query(text)
        if not query:
            return []
        return [c for c in self._candidates if query in c.search][:MAX_MATCHES]

    # -- events --------------------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        found = self.matching(text)
        self.matches.clear()
        for candidate in found:
            item = QListWidgetItem(candidate.label)
            item.setData(Qt.ItemDataRole.UserRole, candidate.child_id)
            item.setData(staff_role(), candidate.staff)
            self.matches.addItem(item)
        if not found:
            self._hide_matches()
            return
        self.matches.setCurrentRow(0)
        self._place_matches()

    def _place_matches(self) -> None:
        host = self.matches.parentWidget()
        if host is None:
            return
        # Floats over what is below (the table) so the page does not jump while typing.
        corner = self.line.mapTo(host, self.line.rect().bottomLeft())
        rows = self.matches.count()
        height = rows * self.matches.sizeHintForRow(0) + 2 * self.matches.frameWidth()
        self.matches.setGeometry(corner.x(), corner.y() + 1, self.line.width(), height)
        self.matches.show()
        self.matches.raise_()

    def _hide_matches(self) -> None:
        self.matches.clear()
        self.matches.hide()

    def _enter(self) -> None:
        text = self.line.text().strip()
        if not text:
            self.enter_empty.emit()
            return
        found = self._cards.get(text.lower())
        by_name = found is None
        if found is None and self.matches.isVisible() and self.matches.currentItem():
            item = self.matches.currentItem()
            found = (item.data(Qt.ItemDataRole.UserRole), bool(item.data(staff_role())))
        self.line.clear()
        self._hide_matches()
        if found is None:
            self.not_found.emit(text)
        else:
            self._emit(*found, by_name=by_name)

    def _emit(self, found_id: int, staff: bool, *, by_name: bool = False) -> None:
        if staff:
            self.staff_chosen.emit(found_id)
        else:
            (self.picked if by_name else self.chosen).emit(found_id)

    def _move(self, step: int) -> None:
        if not self.matches.isVisible():
            self.moved.emit(step)
            return
        row = max(0, min(self.matches.count() - 1, self.matches.currentRow() + step))
        self.matches.setCurrentRow(row)

    def _escape(self) -> None:
        if self.line.text():
            self.line.clear()
            self._hide_matches()
        else:
            self.escaped.emit()

    def _clicked(self, item: QListWidgetItem) -> None:
        found = (item.data(Qt.ItemDataRole.UserRole), bool(item.data(staff_role())))
        self.line.clear()
        self._hide_matches()
        self.line.setFocus()
        self._emit(*found, by_name=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.line and self.matches.isVisible()
                and event.type() in (QEvent.Type.Resize, QEvent.Type.Move)):
            self._place_matches()
        return super().eventFilter(watched, event)


class DeskMessage(QWidget):
    """The line under the scan field: what the last action did (words and colour), and what
    the desk offers next (a button that Enter on the empty field also presses)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("deskMessage")
        self._plain = False  # plain text (never markup), set with the first message
        self.label.setWordWrap(True)
        font = QFont(self.label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.label.setFont(font)
        # Always there, empty when idle: the list below does not jump when a message comes.
        self.label.setMinimumHeight(self.label.fontMetrics().height() + 12)
        self.hide_text()
        self.offer_button = QPushButton()
        self.offer_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.offer_button)

    def say(self, text: str | Callable[[], str], style: str = OK_STYLE) -> None:
        """Show a message; given as a function that renders it (a template and its values),
        it is rendered again when the language changes."""
        self._render = text if callable(text) else None
        self.style_shown = style
        if not self._plain:  # here, not at start: see lazy_qt
            self.label.setTextFormat(Qt.TextFormat.PlainText)
            self._plain = True
        self.label.setStyleSheet(style)
        self.label.setText(text() if callable(text) else text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._render is not None:
            self.label.setText(self._render())
        super().changeEvent(event)

    def offer(self, text: str) -> None:
        self.offer_button.setText(text)
        self.offer_button.show()

    def clear_offer(self) -> None:
        self.offer_button.hide()

    def hide_text(self) -> None:
        self._render: Callable[[], str] | None = None
        self.style_shown = IDLE_STYLE
        self.label.setStyleSheet(IDLE_STYLE)
        self.label.clear()

    def clear_error(self) -> None:
        """An error (red) is about what was entered last: once the user types again it is
        answered, and goes (a result, green or amber, stays until the next one)."""
        if self.style_shown == ERROR_STYLE:
            self.hide_text()
