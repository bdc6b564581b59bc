"""raw/pages: every page body the inbox ever held, stored once and never changed."""

from datetime import UTC, datetime

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.metadata import description, table_metadata
from assets.resources import InboxResource
from pipelines.inbox import scan_inbox, sha256
from warehouse import db

RAW_PAGES = "raw.pages"


@dg.asset(
    key=["raw", "pages"],
    description=description(RAW_PAGES),
    group_name="raw",
    kinds={"duckdb", "python"},
    pool="duckdb",
)
def raw_pages(
    context: dg.AssetExecutionContext, warehouse: DuckDBResource, inbox: InboxResource
) -> dg.MaterializeResult:
    """Read inbox files not seen before (by path, size and mtime) and keep each new body once."""
    files = scan_inbox(inbox.directory)
    now = datetime.now(UTC).replace(tzinfo=None)
    with warehouse.get_connection() as conn:
        db.migrate(conn)
        seen = set(conn.execute("SELECT source, mtime_ns, byte_size FROM raw.page_sightings").fetchall())
        rows = []
        for file in files:
            source = file.path.relative_to(inbox.directory).as_posix()
            if (source, file.mtime_ns, file.byte_size) in seen:
                continue
            try:
                body = file.path.read_bytes()
            except OSError as error:  # vanished or unreadable: it stays in the inbox for the next run
                context.log.warning(f"skipped {source}: {error}")
                continue
            rows.append(
                {
                    "page_sha256": sha256(body),
                    "source": source,
                    "source_kind": "inbox",
                    "ingested_at": now,
                    "byte_size": len(body),
                    "body": body,
                    "mtime_ns": file.mtime_ns,
                }
            )
        pages_before = db.row_count(conn, RAW_PAGES)
        if rows:
            _store(conn, pd.DataFrame(rows))
        new_pages = db.row_count(conn, RAW_PAGES) - pages_before
        context.log.info(f"{len(files)} inbox files, {len(rows)} new or changed, {new_pages} new page bodies")
        return dg.MaterializeResult(
            metadata=table_metadata(
                conn,
                RAW_PAGES,
                inbox=str(inbox.directory),
                files_in_inbox=len(files),
                files_read=len(rows),
                new_pages=new_pages,
            )
        )


def _store(conn, frame: pd.DataFrame) -> None:
    """Insert unseen bodies and record every sighting, in one transaction."""
    conn.register("inbox_rows", frame)
    try:
        with db.transaction(conn):
            conn.execute(
                "INSERT OR IGNORE INTO raw.pages (page_sha256, source, source_kind, ingested_at, byte_size, body) "
                "SELECT DISTINCT ON (page_sha256) page_sha256, source, source_kind, ingested_at, byte_size, body "
                "FROM inbox_rows ORDER BY page_sha256, source"
            )
            conn.execute(
                "INSERT INTO raw.page_sightings (page_sha256, source, first_seen_at, mtime_ns, byte_size) "
                "SELECT page_sha256, source, ingested_at, mtime_ns, byte_size FROM inbox_rows "
                "ON CONFLICT (page_sha256, source) DO UPDATE SET mtime_ns = excluded.mtime_ns"
            )
    finally:
        conn.unregister("inbox_rows")
