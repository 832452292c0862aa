"""The lab store: records, repository interfaces and their SQLAlchemy implementation.

Importing this package (or `.records` / `.interfaces`) must not import SQLAlchemy: the
cmdlets layer sees only records and interfaces. The SQL side loads on first use of
`open_store` (or of the names listed in `_LAZY`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .sql_repositories import SqlLabStore

_LAZY = {
    "SqlLabStore": "sql_repositories",
    "LabNotInitializedError": "sql_repositories",
    "create_lab_engine": "engine",
    "default_database_url": "engine",
    "SCHEMA_HEAD": "schema",
}


def open_store(url: str | None = None, *, create: bool = True) -> "SqlLabStore":
    """Open (and on first use create and seed) the lab database at `url`.

    url: a SQLAlchemy URL (`sqlite:///path/lab.db`, `postgresql+psycopg://...`);
    None means the SQLite file in the user data directory.
    """
    from .sql_repositories import open_store as _open_store

    return _open_store(url, create=create)


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{module}", __name__), name)


__all__ = ["open_store", *_LAZY]
