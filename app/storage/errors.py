"""Errors the store raises; each carries a one-line message a shop IT person can act on."""

from __future__ import annotations


class StoreError(Exception):
    """Base class: the message is the whole story, shown as-is on stderr or in a dialog."""


class DatabaseOpenError(StoreError):
    """Wrong key, not a database, damaged, or missing file."""


class KeyUnavailableError(StoreError):
    """No key in the environment or the OS keyring."""
