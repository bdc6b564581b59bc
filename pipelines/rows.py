"""Parsed pages to the rows of the staging tables and the quarantine (pandas frames).

Column names here match `warehouse/ddl/20_staging.sql` and `30_ops.sql` exactly.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from pipelines.records import ParseFailure, ReleaseFacts

STAGING_TABLES = (
    "staging.stg_releases",
    "staging.stg_release_cagrs",
    "staging.stg_release_sizes",
    "staging.stg_release_segments",
    "staging.stg_release_regions",
    "staging.stg_release_countries",
    "staging.stg_release_players",
    "staging.stg_release_player_revenues",
)
QUARANTINE_TABLE = "ops.quarantine"


@dataclass(frozen=True)
class ParsedPage:
    page_sha256: str
    source: str
    outcome: ReleaseFacts | ParseFailure


def release_id(facts: ReleaseFacts, page_sha256: str) -> str:
    """A release is its canonical URL when the page states one, else its body (a dropped file)."""
    if facts.url:
        return hashlib.sha256(facts.url.encode()).hexdigest()[:16]
    return page_sha256[:16]


def staging_frames(pages: Sequence[ParsedPage], parser_version: str, parsed_at: datetime) -> dict[str, pd.DataFrame]:
    """One frame per staging table for the pages that parsed."""
    rows: dict[str, list[dict]] = {table: [] for table in STAGING_TABLES}
    for page in pages:
        facts = page.outcome
        if not isinstance(facts, ReleaseFacts):
            continue
        key = {"page_sha256": page.page_sha256, "release_id": release_id(facts, page.page_sha256)}
        rows["staging.stg_releases"].append(
            {
                **key,
                "parser_version": parser_version,
                "source": page.source,
                "url": facts.url,
                "title": facts.title,
                "market": facts.market,
                "publisher": facts.publisher,
                "research_firm": facts.research_firm,
                "report_id": facts.report_id,
                "published": facts.published,
                "forecast_start": facts.forecast_start,
                "forecast_end": facts.forecast_end,
                "facts_json": json.dumps(facts.to_contract(), ensure_ascii=False),
                "parsed_at": parsed_at,
            }
        )
        for n, c in enumerate(facts.cagrs, 1):
            rows["staging.stg_release_cagrs"].append(
                {
                    **key,
                    "cagr_ordinal": n,
                    "value_pct": c.value_pct,
                    "start_year": c.start,
                    "end_year": c.end,
                    "scope": c.scope,
                    "snippet": c.snippet,
                }
            )
        for n, s in enumerate(facts.market_sizes, 1):
            rows["staging.stg_release_sizes"].append(
                {
                    **key,
                    "size_ordinal": n,
                    "value": s.value,
                    "unit": s.unit,
                    "currency": s.currency,
                    "year": s.year,
                    "scope": s.scope,
                    "snippet": s.snippet,
                }
            )
        for n, s in enumerate(facts.segments, 1):
            rows["staging.stg_release_segments"].append(
                {**key, "segment_ordinal": n, "dimension": s.dimension, "label": s.label, "parent": s.parent}
            )
        for n, r in enumerate(facts.regions, 1):
            rows["staging.stg_release_regions"].append(
                {
                    **key,
                    "region_ordinal": n,
                    "region": r.region,
                    "share_pct": r.share_pct,
                    "country_count": len(r.countries),
                }
            )
            for m, country in enumerate(r.countries, 1):
                rows["staging.stg_release_countries"].append(
                    {**key, "region_ordinal": n, "region": r.region, "country_ordinal": m, "country": country}
                )
        for n, p in enumerate(facts.players, 1):
            rows["staging.stg_release_players"].append({**key, "player_ordinal": n, "name": p.name})
        for n, r in enumerate(facts.player_revenues, 1):
            rows["staging.stg_release_player_revenues"].append(
                {
                    **key,
                    "revenue_ordinal": n,
                    "player": r.player,
                    "value": r.value,
                    "unit": r.unit,
                    "currency": r.currency,
                    "snippet": r.snippet,
                }
            )
    return {table: pd.DataFrame(table_rows) for table, table_rows in rows.items()}


def quarantine_frame(pages: Sequence[ParsedPage], parser_version: str, at: datetime) -> pd.DataFrame:
    """One quarantine row per page that did not parse, with its reason."""
    return pd.DataFrame(
        [
            {
                "page_sha256": p.page_sha256,
                "stage": "parse",
                "source": p.source,
                "reason": p.outcome.reason,
                "parser_version": parser_version,
                "quarantined_at": at,
            }
            for p in pages
            if isinstance(p.outcome, ParseFailure)
        ]
    )
