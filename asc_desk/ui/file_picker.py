"""The one place that asks the user for a file's path (QFileDialog). Pages are given a picker,
and tests give them a fake one that answers at once: everything after the choice of a path
(reading, checking, writing, the messages) runs for real."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

# A filter as QFileDialog shows it and the suffix a chosen name gets when it has none of the
# filters' suffixes: ("Excel (*.xlsx)", ".xlsx").
FileFilter = tuple[str, str]


class FilePicker:
    def open_path(self, parent: QWidget | None, title: str, folder: Path,
                  filters: Sequence[FileFilter]) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(folder),
                                                      ";;".join(f for f, _s in filters))
        return Path(chosen) if chosen else None

    def save_path(self, parent: QWidget | None, title: str, suggested: Path,
                  filters: Sequence[FileFilter]) -> Path | None:
        """The chosen path, with the chosen filter's suffix added when it has none of them."""
        chosen, chosen_filter = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                                            ";;".join(f for f, _s in filters))
        return with_suffix(Path(chosen), chosen_filter, filters) if chosen else None


def with_suffix(path: Path, chosen_filter: str, filters: Sequence[FileFilter]) -> Path:
    suffixes = [s for _f, s in filters]
    if path.suffix.lower() in suffixes or not suffixes:
        return path
    suffix = next((s for f, s in filters if f == chosen_filter), suffixes[0])
    return path.with_name(path.name + suffix)
