"""What every materialisation shows in the UI: row count and a preview of the table."""

from __future__ import annotations

import dagster as dg
import duckdb

from warehouse import db


def table_metadata(conn: duckdb.DuckDBPyConnection, table: str, **extra: object) -> dict[str, object]:
    return {
        "dagster/row_count": db.row_count(conn, table),
        "dagster/table_name": table,
        "preview": dg.MetadataValue.md(db.preview(conn, table).to_markdown(index=False)),
        **extra,
    }


def table_key(table: str) -> dg.AssetKey:
    """Asset key of a warehouse table: raw.pages -> raw/pages."""
    return dg.AssetKey(table.split("."))


def description(table: str) -> str:
    return f"`{table}`: {db.table_descriptions()[table]}"
