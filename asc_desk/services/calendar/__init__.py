"""Calendar: programs, official days, overrides and iCalendar files."""
