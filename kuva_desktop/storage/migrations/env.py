"""Alembic environment: migrations run on the connection the application hands over.

Batch mode, because SQLite alters most things by rebuilding the table; the caller turns foreign
keys off for the migration and runs ``foreign_key_check`` after it (see storage.database).
"""

from alembic import context

from kuva_desktop.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
