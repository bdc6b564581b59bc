"""intermediate/* and ops/fixes: staged facts normalised (countries, regions, companies, markets, segments, money)."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.metadata import description, table_key, table_metadata
from pipelines.normalise.build import FIXES_TABLE, INTERMEDIATE_TABLES, normalise
from warehouse import db

NORMALISED_TABLES = (*INTERMEDIATE_TABLES, FIXES_TABLE)
_STAGING_INPUTS = (
    "staging.stg_releases",
    "staging.stg_release_regions",
    "staging.stg_release_countries",
    "staging.stg_release_players",
    "staging.stg_release_segments",
    "staging.stg_release_sizes",
)


@dg.multi_asset(
    name="normalise_releases",
    specs=[
        dg.AssetSpec(
            key=table_key(table),
            deps=[table_key(t) for t in _STAGING_INPUTS],
            description=description(table),
            group_name="ops" if table == FIXES_TABLE else "intermediate",
            kinds={"duckdb", "python"},
        )
        for table in NORMALISED_TABLES
    ],
    pool="duckdb",
)
def normalise_releases(context: dg.AssetExecutionContext, warehouse: DuckDBResource):
    """Rebuild the intermediate tables from the latest page of every release, in one transaction."""
    with warehouse.get_connection() as conn:
        db.migrate(conn)
        staging = {
            table: conn.execute(
                f"SELECT t.* FROM {table} AS t JOIN staging.latest_release_pages USING (page_sha256)"
            ).df()
            for table in _STAGING_INPUTS
        }
        frames = normalise(staging)
        db.replace_tables(conn, frames)
        context.log.info(
            f"normalised {len(staging['staging.stg_releases'])} releases, {len(frames[FIXES_TABLE])} fixes"
        )
        for table in NORMALISED_TABLES:
            yield dg.MaterializeResult(asset_key=table_key(table), metadata=table_metadata(conn, table))
