"""Demo data: a center, programs, children and their history, for trying the app."""
