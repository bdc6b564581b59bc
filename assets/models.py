"""marts/*: one asset per SQL model file, rebuilt from staging by DuckDB."""

from __future__ import annotations

import hashlib
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.metadata import description, table_key, table_metadata
from warehouse import db


def model_asset(layer: str, sql_file: Path) -> dg.AssetsDefinition:
    """An asset that rebuilds ``layer.<file stem>``; its upstream tables are read from the SQL."""
    table = f"{layer}.{sql_file.stem}"

    @dg.asset(
        key=table_key(table),
        deps=[table_key(upstream) for upstream in db.upstream_tables(sql_file.read_text())],
        description=description(table),
        group_name=layer,
        kinds={"duckdb", "sql"},
        pool="duckdb",
        code_version=hashlib.sha256(sql_file.read_bytes()).hexdigest()[:12],
    )
    def build(warehouse: DuckDBResource) -> dg.MaterializeResult:
        with warehouse.get_connection() as conn:
            db.migrate(conn)
            db.build_model(conn, layer, sql_file)
            sql = dg.MetadataValue.md(f"```sql\n{sql_file.read_text()}\n```")
            return dg.MaterializeResult(metadata=table_metadata(conn, table, sql=sql))

    return build


MART_ASSETS = [model_asset("marts", sql_file) for sql_file in db.model_files("marts")]
