"""Qt pages of the main window."""
