"""staging/*: each raw page parsed once per parser version; failures to ops/quarantine."""

from datetime import UTC, datetime

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.metadata import description, table_key, table_metadata
from assets.raw import RAW_PAGES
from pipelines.parse import PARSER_VERSION, parse_or_fail
from pipelines.records import ParseFailure
from pipelines.rows import QUARANTINE_TABLE, STAGING_TABLES, ParsedPage, quarantine_frame, staging_frames
from warehouse import db

BATCH_SIZE = 250

# Raw pages with neither a parse nor a quarantine verdict from this parser version.
_PENDING_PAGES = """
SELECT p.page_sha256, p.source
FROM raw.pages AS p
WHERE NOT EXISTS (
        SELECT 1 FROM staging.stg_releases AS s
        WHERE s.page_sha256 = p.page_sha256 AND s.parser_version = $version)
  AND NOT EXISTS (
        SELECT 1 FROM ops.quarantine AS q
        WHERE q.page_sha256 = p.page_sha256 AND q.stage = 'parse' AND q.parser_version = $version)
ORDER BY p.ingested_at, p.page_sha256
"""

PARSED_TABLES = (*STAGING_TABLES, QUARANTINE_TABLE)


@dg.multi_asset(
    name="parse_pages",
    specs=[
        dg.AssetSpec(
            key=table_key(table),
            deps=[table_key(RAW_PAGES)],
            description=description(table),
            group_name="ops" if table == QUARANTINE_TABLE else "staging",
            kinds={"duckdb", "python"},
            code_version=PARSER_VERSION,
        )
        for table in PARSED_TABLES
    ],
    pool="duckdb",
)
def parse_pages(context: dg.AssetExecutionContext, warehouse: DuckDBResource):
    """Parse pages not yet parsed by this parser version, in batches, each batch one transaction."""
    with warehouse.get_connection() as conn:
        db.migrate(conn)
        pending = conn.execute(_PENDING_PAGES, {"version": PARSER_VERSION}).fetchall()
        parsed = quarantined = 0
        for start in range(0, len(pending), BATCH_SIZE):
            batch = pending[start : start + BATCH_SIZE]
            pages = _parse_batch(conn, batch)
            now = datetime.now(UTC).replace(tzinfo=None)
            frames = {
                **staging_frames(pages, PARSER_VERSION, now),
                QUARANTINE_TABLE: quarantine_frame(pages, PARSER_VERSION, now),
            }
            db.replace_rows(conn, frames, "page_sha256", [sha for sha, _ in batch])
            failed = sum(1 for page in pages if isinstance(page.outcome, ParseFailure))
            parsed += len(pages) - failed
            quarantined += failed
            context.log.info(f"parsed {start + len(batch)}/{len(pending)} pages ({quarantined} quarantined so far)")
        counts = {"pages_parsed_now": parsed, "pages_quarantined_now": quarantined}
        for table in PARSED_TABLES:
            yield dg.MaterializeResult(asset_key=table_key(table), metadata=table_metadata(conn, table, **counts))


def _parse_batch(conn, batch: list[tuple[str, str]]) -> list[ParsedPage]:
    shas = [sha for sha, _ in batch]
    bodies = dict(
        conn.execute(
            "SELECT page_sha256, body FROM raw.pages WHERE page_sha256 IN (SELECT unnest($shas))", {"shas": shas}
        ).fetchall()
    )
    return [ParsedPage(sha, source, parse_or_fail(bodies[sha])) for sha, source in batch]
