"""Caregivers, shifts, leave, ratio rules and the staff clock."""
