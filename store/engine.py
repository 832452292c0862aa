"""Engines for a lab database: SQLite by default, PostgreSQL by URL.

SQLite gets WAL, foreign keys, a busy timeout and synchronous=NORMAL on every new
connection. Transactions follow SQLAlchemy's documented pysqlite recipe: the driver's
own transaction handling is switched off and our "begin" listener emits BEGIN itself,
so a transaction that is going to write starts with BEGIN IMMEDIATE (it takes the write
lock up front and so never fails later with SQLITE_BUSY on lock upgrade) while a
read-only one starts with a plain (deferred) BEGIN and does not block other writers.
Ask for a write transaction with `begin_write(conn)`.

psycopg is imported only by PostgreSQL URLs (SQLAlchemy loads the driver lazily).
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine, make_url

SQLITE_BUSY_TIMEOUT_MS = 30_000
_WRITE_INTENT = "lyncshell_write_intent"
_TX_IS_WRITE = "lyncshell_tx_is_write"


def default_database_url() -> str:
    """A SQLite file in the user data directory (the directory is created)."""
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("lyncshell", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'lab.db'}"


def create_lab_engine(url: str) -> Engine:
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(parsed)
    if backend == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3, not psycopg2
    return create_engine(parsed, pool_pre_ping=False)


def _sqlite_engine(parsed) -> Engine:
    database = parsed.database
    memory = not database or database == ":memory:" or "mode=memory" in str(parsed)
    kwargs: dict = {}
    if memory:
        from sqlalchemy.pool import StaticPool

        kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    else:
        Path(os.path.expanduser(database)).resolve().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(parsed, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, connection_record):
        # Recipe: disable pysqlite's implicit BEGIN so ours is the only one.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not memory:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        # Unicode-aware lower() for case-insensitive queries (SQLite's folds only ASCII).
        dbapi_connection.create_function("lyncshell_lower", 1, _py_lower, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection):
        write = conn.info.pop(_WRITE_INTENT, False)
        conn.info[_TX_IS_WRITE] = write
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _py_lower(value):
    return value.lower() if isinstance(value, str) else value


def begin_write(conn: Connection) -> None:
    """Make sure `conn` is in a transaction that may write.

    On SQLite a deferred (read) transaction cannot safely be upgraded, so one that has
    not written is ended and a BEGIN IMMEDIATE one started instead. Callers must only
    ever write after calling this, and must not hold an open result cursor across it
    (the store's reads fetch whole batches, so none do).
    """
    if conn.dialect.name != "sqlite":
        return
    if conn.in_transaction():
        if conn.info.get(_TX_IS_WRITE):
            return
        conn.rollback()  # read-only so far: nothing to lose
    conn.info[_WRITE_INTENT] = True
    conn.begin()


def in_write_transaction(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return conn.in_transaction()
    return conn.in_transaction() and bool(conn.info.get(_TX_IS_WRITE))
