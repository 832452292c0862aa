"""The schema revision this code expects, and the cheap check against a database.

Checking must stay cheap: it is one SELECT and never imports alembic. Only when the
database's recorded revision differs from SCHEMA_HEAD does `upgrade()` import alembic
and run the revisions in `migrations/versions/`.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection

# Must equal the newest revision id in migrations/versions (a test checks it).
SCHEMA_HEAD = "0002_passwords_pem"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(conn: Connection) -> str | None:
    """The alembic revision recorded in the database, or None for an empty database."""
    if conn.dialect.name == "sqlite":
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").first()
    else:
        exists = conn.execute(text("SELECT to_regclass('alembic_version')")).scalar()
    if not exists:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(conn: Connection, revision: str = "head") -> None:
    """Run the alembic revisions on this connection (the caller commits)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = conn
    command.upgrade(config, revision)
