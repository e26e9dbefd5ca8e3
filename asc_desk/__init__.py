"""ASC Desk: the desktop tool of a factory After School Center."""

__version__ = "0.1.0"
