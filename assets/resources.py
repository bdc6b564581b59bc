"""Resources of the code location: the DuckDB warehouse and the inbox folder."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines import settings


class InboxResource(dg.ConfigurableResource):
    """The drop folder of release pages that `raw/pages` reads."""

    path: str

    @property
    def directory(self) -> Path:
        return Path(self.path)


def default_resources(db: str | Path | None = None, inbox: str | Path | None = None) -> dict[str, object]:
    """Warehouse and inbox: explicit paths, else MARKET_RELEASES_DB / MARKET_RELEASES_INBOX, else the project's."""
    warehouse = settings.warehouse_path(db)
    warehouse.parent.mkdir(parents=True, exist_ok=True)  # DuckDB creates the file, not its folder
    return {
        "warehouse": DuckDBResource(database=str(warehouse)),
        "inbox": InboxResource(path=str(settings.inbox_path(inbox))),
    }
