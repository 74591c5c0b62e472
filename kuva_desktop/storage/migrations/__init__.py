"""Alembic migrations of the Kuva Desktop database.

``REVISIONS`` lists the revisions in order, so that start-up can tell a current database, an old
one and one made by a newer version without loading Alembic; a test keeps it equal to the scripts.
"""

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
HEAD = REVISIONS[-1]
