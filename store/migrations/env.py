"""Alembic environment: always run programmatically with a connection handed in
(`schema.upgrade`); there is no alembic.ini and no URL here."""
from alembic import context

from lyncshell.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - offline/CLI use is not supported
    raise RuntimeError("run migrations through lyncshell.store.schema.upgrade()")

context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
