"""zwcx (政务诚信): offline-first integrity records for street and township offices."""

__version__ = "0.1.0"
