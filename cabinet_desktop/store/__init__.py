"""Store: engines and sessions, schema migrations, reference allocation, queries."""

from cabinet_desktop.store.database import Database, open_database

__all__ = ["Database", "open_database"]
