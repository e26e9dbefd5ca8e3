"""The check-in desk: attendance events and the day they derive."""
