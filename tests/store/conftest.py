"""Backend fixtures for store tests: every test runs on SQLite and on PostgreSQL.

`lab_url` gives a fresh, empty lab database URL per test:
  * sqlite: a file in the test's tmp_path;
  * postgresql: a schema of its own in LYNCSHELL_TEST_POSTGRES_URL (default
    postgresql+psycopg://postgres@127.0.0.1:5432/test), selected through the
    connection's search_path, dropped after the test.
When PostgreSQL is unreachable the postgresql cases are skipped, unless
LYNCSHELL_REQUIRE_POSTGRES=1, in which case they fail.

Self-contained on purpose (stdlib + sqlalchemy only) so it can be copied to
tests/conftest.py for the cmdlet tests.
"""
from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest

POSTGRES_URL = os.environ.get("LYNCSHELL_TEST_POSTGRES_URL",
                              "postgresql+psycopg://postgres@127.0.0.1:5432/test")
_pg_state: dict[str, object] = {}


def _postgres_admin_engine():
    """An engine on the test database, or None (with the reason kept) if unreachable."""
    if "engine" not in _pg_state:
        from sqlalchemy import create_engine, text

        engine = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            _pg_state["engine"] = engine
        except Exception as exc:  # noqa: BLE001 - any failure means "no server"
            engine.dispose()
            _pg_state["engine"] = None
            _pg_state["error"] = f"{type(exc).__name__}: {exc}"
    return _pg_state["engine"]


def _with_search_path(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture(params=["sqlite", "postgresql"])
def lab_backend(request) -> str:
    return request.param


@pytest.fixture
def lab_url(lab_backend, tmp_path):
    """URL of a fresh, empty database on the parametrized backend."""
    if lab_backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'lab.db'}"
        return
    engine = _postgres_admin_engine()
    if engine is None:
        message = f"PostgreSQL unreachable at {POSTGRES_URL}: {_pg_state.get('error')}"
        if os.environ.get("LYNCSHELL_REQUIRE_POSTGRES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from sqlalchemy import text

    schema = f"lyncshell_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with engine.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _with_search_path(POSTGRES_URL, schema)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))


@pytest.fixture
def lab_store(lab_url):
    """An open store on a freshly created and seeded demo lab."""
    from lyncshell.store import open_store

    store = open_store(lab_url)
    try:
        yield store
    finally:
        store.close()
