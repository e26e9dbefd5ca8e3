"""Roster: children, guardians, pickups and enrollments; roster files in and out."""
