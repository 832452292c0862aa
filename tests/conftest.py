"""Shared fixtures: the lab backends.

Every store-backed test runs on SQLite and on PostgreSQL. PostgreSQL comes from
LYNCSHELL_TEST_POSTGRES_URL (default: the machine's local server, database
`test`); each test session works in schemas of its own, dropped afterwards. When
the server is unreachable the PostgreSQL cases skip, unless
LYNCSHELL_REQUIRE_POSTGRES=1 (set by CI), in which case they fail.
"""
from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # tests/specfile.py and friends

POSTGRES_URL = os.environ.get("LYNCSHELL_TEST_POSTGRES_URL",
                              "postgresql+psycopg://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", "postgresql"]
_pg_state: dict[str, object] = {}


def postgres_admin_engine():
    """An autocommit engine on the test database, or None when unreachable."""
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


def require_postgres() -> None:
    if postgres_admin_engine() is None:
        message = f"PostgreSQL unreachable at {POSTGRES_URL}: {_pg_state.get('error')}"
        if os.environ.get("LYNCSHELL_REQUIRE_POSTGRES") == "1":
            pytest.fail(message)
        pytest.skip(message)


def with_search_path(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema}')}"


class PostgresSchema:
    """A schema of its own on the test server, dropped on exit."""

    def __init__(self) -> None:
        from sqlalchemy import text
        self.name = f"lyncshell_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        with postgres_admin_engine().connect() as conn:  # type: ignore[union-attr]
            conn.execute(text(f'CREATE SCHEMA "{self.name}"'))
        self.url = with_search_path(POSTGRES_URL, self.name)

    def drop(self) -> None:
        from sqlalchemy import text
        with postgres_admin_engine().connect() as conn:  # type: ignore[union-attr]
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{self.name}" CASCADE'))


@pytest.fixture(params=BACKENDS)
def lab_backend(request) -> str:
    return request.param


@pytest.fixture
def lab_url(lab_backend, tmp_path):
    """URL of a fresh, empty database on the parametrized backend."""
    if lab_backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'lab.db'}"
        return
    require_postgres()
    schema = PostgresSchema()
    try:
        yield schema.url
    finally:
        schema.drop()


@pytest.fixture
def lab_store(lab_url):
    """An open store on a freshly created and seeded demo lab."""
    from lyncshell.store import open_store

    store = open_store(lab_url)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(scope="session", params=BACKENDS)
def shared_lab_store(request, tmp_path_factory):
    """One store per backend for the whole session; tests reset it with
    initialize_lab() (the spec runner does so before every case)."""
    from lyncshell.store import open_store

    schema = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('lab') / 'lab.db'}"
    else:
        require_postgres()
        schema = PostgresSchema()
        url = schema.url
    store = open_store(url)
    try:
        yield store
    finally:
        store.close()
        if schema is not None:
            schema.drop()
