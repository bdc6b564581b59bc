"""Asset checks: the promises the warehouse makes to analysts, verified after each load.

Each check is a query whose rows are violations: it passes when the query returns none,
and shows the first offending rows when it does not.
"""

from __future__ import annotations

from dataclasses import dataclass

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.metadata import table_key

# A CAGR outside this range (in %) is a misread number, not a market forecast.
PLAUSIBLE_CAGR_PCT = (0.0, 100.0)


@dataclass(frozen=True)
class Promise:
    name: str
    table: str
    description: str
    violations_sql: str


PROMISES = (
    Promise(
        "releases_have_market",
        "staging.stg_releases",
        "Every parsed release names its market.",
        "SELECT page_sha256, source, title FROM staging.stg_releases WHERE market IS NULL OR trim(market) = ''",
    ),
    Promise(
        "cagrs_are_plausible",
        "staging.stg_release_cagrs",
        f"Every CAGR lies in ({PLAUSIBLE_CAGR_PCT[0]}, {PLAUSIBLE_CAGR_PCT[1]}] percent.",
        "SELECT release_id, value_pct, snippet FROM staging.stg_release_cagrs "
        f"WHERE value_pct <= {PLAUSIBLE_CAGR_PCT[0]} OR value_pct > {PLAUSIBLE_CAGR_PCT[1]}",
    ),
    Promise(
        "one_row_per_release",
        "marts.fct_release_forecasts",
        "One row per release, never two.",
        "SELECT release_id, count(*) AS rows FROM marts.fct_release_forecasts GROUP BY release_id HAVING count(*) > 1",
    ),
    Promise(
        "every_page_accounted_for",
        "ops.quarantine",
        "No page is lost: every raw page is either a staged release or quarantined with a reason.",
        "SELECT p.page_sha256, p.source FROM raw.pages AS p "
        "WHERE p.page_sha256 NOT IN (SELECT page_sha256 FROM staging.stg_releases) "
        "AND p.page_sha256 NOT IN (SELECT page_sha256 FROM ops.quarantine)",
    ),
    Promise(
        "countries_resolved_or_flagged",
        "intermediate.int_release_countries",
        "Every country mention is resolved to ISO 3166-1 alpha-2 or flagged with the rule that failed.",
        "SELECT release_id, region_raw, country_raw FROM intermediate.int_release_countries "
        "WHERE country_iso2 IS NULL AND (flag IS NULL OR fix_rule IS NULL)",
    ),
)


def promise_check(promise: Promise) -> dg.AssetChecksDefinition:
    @dg.asset_check(name=promise.name, asset=table_key(promise.table), pool="duckdb", description=promise.description)
    def check(warehouse: DuckDBResource) -> dg.AssetCheckResult:
        with warehouse.get_connection() as conn:
            violations = conn.execute(promise.violations_sql).df()
        examples = violations.head(10).to_markdown(index=False) if len(violations) else "none"
        return dg.AssetCheckResult(
            passed=violations.empty,
            metadata={"violations": len(violations), "examples": dg.MetadataValue.md(examples)},
        )

    return check


ASSET_CHECKS = [promise_check(promise) for promise in PROMISES]
