"""The app's colours and style strings, in one place. State is shown by text and colour
together (a mark such as ✓ or ⚠ beside the words), so it reads in grey print too."""

from __future__ import annotations

RED, RED_BG = "#b00020", "#fde2e2"
GREEN, GREEN_BG, GREEN_BORDER = "#1e4620", "#e6f4ea", "#8fc79a"
AMBER, AMBER_BG, AMBER_BORDER = "#6b4e00", "#fff3cd", "#d9b44a"
BLUE, BLUE_BG, BLUE_BORDER = "#1d3557", "#e8f0fb", "#9bb5d6"
GREY = "#555555"
NAVY = "#24415f"

_BOX = "background: {bg}; color: {fg}; border: 1px solid {border}; padding: 4px 8px;"
# Message boxes: done, needs attention, for information, refused.
OK_STYLE = _BOX.format(bg=GREEN_BG, fg=GREEN, border=GREEN_BORDER)
NOTICE_STYLE = _BOX.format(bg=AMBER_BG, fg=AMBER, border=AMBER_BORDER)
INFO_STYLE = _BOX.format(bg=BLUE_BG, fg=BLUE, border=BLUE_BORDER)
ERROR_STYLE = _BOX.format(bg=RED_BG, fg=RED, border=RED)
IDLE_STYLE = "border: 1px solid transparent; padding: 4px 8px;"

# Plain text colours.
ERROR_TEXT = f"color: {RED};"
DONE_TEXT = f"color: {GREEN};"
HINT_TEXT = f"color: {GREY};"
ALERT_TEXT = f"color: {RED}; font-weight: bold;"
BOLD = "font-weight: bold;"

WINDOW_STYLE = f"""
QListWidget#sidebar {{ background: {NAVY}; color: white; border: none; font-size: 15px;
                      outline: 0; }}
QListWidget#sidebar::item {{ padding: 12px 16px; }}
QListWidget#sidebar::item:selected {{ background: #f5a623; color: #1b1b1b; font-weight: bold; }}
QLabel#pageHeading {{ font-size: 22px; font-weight: bold; }}
QLabel#fieldError {{ color: {RED}; }}
QLabel#savedNote {{ color: #1b6e20; }}
"""
