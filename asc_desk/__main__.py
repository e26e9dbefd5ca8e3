"""Lets `python -m asc_desk` behave like the `asc-desk` command."""

from asc_desk.cli import main

raise SystemExit(main())
