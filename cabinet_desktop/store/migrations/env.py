"""Alembic environment: migrations run on the connection handed over by ``store.schema``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from cabinet_desktop.domain.entities import Base

config = context.config
target_metadata = Base.metadata


def _include_object(obj: object, name: str | None, type_: str, reflected: bool,
                    compare_to: object) -> bool:
    """Leave the search index (FTS5 and its shadow tables, made by triggers) to its migration."""
    return not (type_ == "table" and reflected and (name or "").startswith("search_"))


def _configure_and_run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=_include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _configure_and_run(connection)
else:  # command-line use: ``alembic -x url=… revision --autogenerate``
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///:memory:")
    engine = engine_from_config({"sqlalchemy.url": url}, poolclass=pool.NullPool)
    with engine.connect() as conn:
        _configure_and_run(conn)
