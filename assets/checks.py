"""Asset checks: the promises the warehouse makes to analysts, verified after each load."""

from __future__ import annotations

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.metadata import table_key

# A CAGR outside this range (in %) is a misread number, not a market forecast.
PLAUSIBLE_CAGR_PCT = (0.0, 100.0)


def _failing_rows(warehouse: DuckDBResource, sql: str, params: list | None = None) -> tuple[int, str]:
    """Count and Markdown preview of the rows a check query returns (each row is a violation)."""
    with warehouse.get_connection() as conn:
        frame = conn.execute(sql, params or []).df()
    return len(frame), frame.head(10).to_markdown(index=False) if len(frame) else "none"


def _result(count: int, preview: str, what: str) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        passed=count == 0,
        metadata={"violations": count, "examples": dg.MetadataValue.md(preview), "rule": what},
    )


@dg.asset_check(
    asset=table_key("staging.stg_releases"), pool="duckdb", description="Every parsed release names its market."
)
def releases_have_market(warehouse: DuckDBResource) -> dg.AssetCheckResult:
    count, preview = _failing_rows(
        warehouse,
        "SELECT page_sha256, source, title FROM staging.stg_releases WHERE market IS NULL OR trim(market) = ''",
    )
    return _result(count, preview, "market is not empty")


@dg.asset_check(
    asset=table_key("staging.stg_release_cagrs"),
    pool="duckdb",
    description=f"Every CAGR lies in ({PLAUSIBLE_CAGR_PCT[0]}, {PLAUSIBLE_CAGR_PCT[1]}] percent.",
)
def cagrs_are_plausible(warehouse: DuckDBResource) -> dg.AssetCheckResult:
    count, preview = _failing_rows(
        warehouse,
        "SELECT release_id, value_pct, snippet FROM staging.stg_release_cagrs WHERE value_pct <= ? OR value_pct > ?",
        list(PLAUSIBLE_CAGR_PCT),
    )
    return _result(count, preview, f"{PLAUSIBLE_CAGR_PCT[0]} < value_pct <= {PLAUSIBLE_CAGR_PCT[1]}")


@dg.asset_check(
    asset=table_key("marts.fct_release_forecasts"), pool="duckdb", description="One row per release, never two."
)
def one_row_per_release(warehouse: DuckDBResource) -> dg.AssetCheckResult:
    count, preview = _failing_rows(
        warehouse,
        "SELECT release_id, count(*) AS rows FROM marts.fct_release_forecasts GROUP BY release_id HAVING count(*) > 1",
    )
    return _result(count, preview, "release_id is unique")


@dg.asset_check(
    asset=table_key("ops.quarantine"),
    pool="duckdb",
    description="No page is lost: every raw page is either a staged release or quarantined with a reason.",
)
def every_page_accounted_for(warehouse: DuckDBResource) -> dg.AssetCheckResult:
    count, preview = _failing_rows(
        warehouse,
        "SELECT p.page_sha256, p.source FROM raw.pages AS p "
        "WHERE p.page_sha256 NOT IN (SELECT page_sha256 FROM staging.stg_releases) "
        "AND p.page_sha256 NOT IN (SELECT page_sha256 FROM ops.quarantine)",
    )
    return _result(count, preview, "raw.pages = stg_releases + quarantine")


@dg.asset_check(
    asset=table_key("intermediate.int_release_countries"),
    pool="duckdb",
    description="Every country mention is resolved to ISO 3166-1 alpha-2 or flagged with the rule that failed.",
)
def countries_resolved_or_flagged(warehouse: DuckDBResource) -> dg.AssetCheckResult:
    count, preview = _failing_rows(
        warehouse,
        "SELECT release_id, region_raw, country_raw FROM intermediate.int_release_countries "
        "WHERE country_iso2 IS NULL AND (flag IS NULL OR fix_rule IS NULL)",
    )
    return _result(count, preview, "country_iso2 IS NOT NULL OR (flag AND fix_rule)")


ASSET_CHECKS = [
    releases_have_market,
    cagrs_are_plausible,
    one_row_per_release,
    every_page_accounted_for,
    countries_resolved_or_flagged,
]
