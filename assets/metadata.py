"""What every materialisation shows in the UI: row count and a preview of the table."""

from __future__ import annotations

import dagster as dg
import duckdb

from warehouse import db


def table_metadata(conn: duckdb.DuckDBPyConnection, table: str, **extra: object) -> dict[str, object]:
    return {
        "dagster/row_count": db.row_count(conn, table),
        "dagster/table_name": table,
        "dagster/column_schema": column_schema(conn, table),
        "preview": dg.MetadataValue.md(db.preview(conn, table).to_markdown(index=False)),
        **extra,
    }


def column_schema(conn: duckdb.DuckDBPyConnection, table: str) -> dg.TableSchema:
    """Columns with their DuckDB types and, where the DDL has one, their comment."""
    schema, name = table.split(".")
    notes = db.column_comments().get(table, {})
    columns = conn.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position",
        [schema, name],
    ).fetchall()
    return dg.TableSchema(
        columns=[dg.TableColumn(column, data_type, description=notes.get(column)) for column, data_type in columns]
    )


def table_key(table: str) -> dg.AssetKey:
    """Asset key of a warehouse table: raw.pages -> raw/pages."""
    return dg.AssetKey(table.split("."))


def description(table: str) -> str:
    return f"`{table}`: {db.table_descriptions()[table]}"
