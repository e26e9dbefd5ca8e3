"""Qt only: the main window, its pages, dialogs and table models."""
