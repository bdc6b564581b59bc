"""Staging rows to the intermediate tables and the fix log, in one pure pass.

Input and output are pandas frames whose columns match `warehouse/ddl/20_staging.sql`
and `40_intermediate.sql`; every repair becomes one `ops.fixes` row.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from pipelines.normalise.companies import COMPANY_ALIASES_CSV, load_aliases, resolve_companies
from pipelines.normalise.countries import resolve_countries
from pipelines.normalise.markets import MARKET_ALIASES_CSV, load_market_aliases, resolve_market
from pipelines.normalise.money import to_usd_millions
from pipelines.normalise.regions import region_key
from pipelines.normalise.segments import normalise_segment

INTERMEDIATE_TABLES = (
    "intermediate.int_releases",
    "intermediate.int_release_countries",
    "intermediate.int_release_companies",
    "intermediate.int_release_segments",
    "intermediate.int_release_sizes",
)
FIXES_TABLE = "ops.fixes"


@dataclass
class _Rows:
    tables: dict[str, list[dict]] = field(default_factory=lambda: {t: [] for t in (*INTERMEDIATE_TABLES, FIXES_TABLE)})

    def fix(self, release_id: str, field_name: str, raw: str, fixed: str | None, rule: str) -> None:
        self.tables[FIXES_TABLE].append(
            {"release_id": release_id, "field": field_name, "raw_value": raw, "fixed_value": fixed, "rule": rule}
        )

    def frames(self) -> dict[str, pd.DataFrame]:
        return {table: pd.DataFrame(rows) for table, rows in self.tables.items()}


def normalise(staging: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Frames of `staging.*` tables (latest page per release) -> intermediate tables and fixes."""
    rows = _Rows()
    releases = staging["staging.stg_releases"]
    market_aliases = load_market_aliases(MARKET_ALIASES_CSV)
    markets: dict[str, str] = {}
    for release in releases.itertuples():
        facts = json.loads(release.facts_json)
        market = resolve_market(release.market, facts.get("acronyms") or {}, market_aliases)
        markets[release.release_id] = market.market_key
        if market.rule != "folded":
            rows.fix(release.release_id, "market", release.market, market.market_key, market.rule)
        rows.tables["intermediate.int_releases"].append(
            {
                "release_id": release.release_id,
                "page_sha256": release.page_sha256,
                "market_raw": release.market,
                "market_key": market.market_key,
                "market_rule": market.rule,
                "publisher": release.publisher,
                "research_firm": release.research_firm,
                "forecast_start": release.forecast_start,
                "forecast_end": release.forecast_end,
            }
        )
    publishers = dict(zip(releases.release_id, releases.publisher, strict=True))
    _countries(staging, markets, publishers, rows)
    _companies(staging["staging.stg_release_players"], rows)
    _segments(staging["staging.stg_release_segments"], rows)
    _sizes(staging["staging.stg_release_sizes"], rows)
    return rows.frames()


def _countries(staging: Mapping[str, pd.DataFrame], markets: dict, publishers: dict, rows: _Rows) -> None:
    regions = staging["staging.stg_release_regions"]
    countries = staging["staging.stg_release_countries"]
    listed = countries.groupby(["release_id", "region_ordinal"])["country"].apply(list).to_dict()
    for region in regions.itertuples():
        key = region_key(region.region)
        if key.rule:
            rows.fix(region.release_id, "region", region.region, key.region_key, key.rule)
        for mention in resolve_countries(listed.get((region.release_id, region.region_ordinal), []), key.region_key):
            if mention.rule:
                rows.fix(region.release_id, "country", mention.country_raw, mention.country_iso2, mention.rule)
            rows.tables["intermediate.int_release_countries"].append(
                {
                    "release_id": region.release_id,
                    "market_key": markets[region.release_id],
                    "publisher": publishers[region.release_id],
                    "region_raw": region.region,
                    "region_key": key.region_key,
                    "country_raw": mention.country_raw,
                    "country_iso2": mention.country_iso2,
                    "fix_rule": mention.rule,
                    "flag": mention.flag,
                }
            )


def _companies(players: pd.DataFrame, rows: _Rows) -> None:
    matches = resolve_companies(players["name"].tolist() if len(players) else [], load_aliases(COMPANY_ALIASES_CSV))
    for player in players.itertuples():
        match = matches[player.name]
        if match.rule != "exact":
            rows.fix(player.release_id, "company", player.name, match.canonical_name, match.rule)
        rows.tables["intermediate.int_release_companies"].append(
            {
                "release_id": player.release_id,
                "name_raw": player.name,
                "company_id": match.company_id,
                "canonical_name": match.canonical_name,
                "match_rule": match.rule,
            }
        )


def _segments(segments: pd.DataFrame, rows: _Rows) -> None:
    for segment in segments.itertuples():
        cleaned = normalise_segment(segment.dimension, segment.label)
        if cleaned.rule:
            rows.fix(segment.release_id, "segment", segment.label, cleaned.label, cleaned.rule)
        rows.tables["intermediate.int_release_segments"].append(
            {
                "release_id": segment.release_id,
                "dimension_raw": cleaned.dimension_raw,
                "dimension": cleaned.dimension,
                "label_raw": cleaned.label_raw,
                "label": cleaned.label,
                "parent": None
                if pd.isna(segment.parent)
                else normalise_segment(segment.dimension, segment.parent).label,
                "fix_rule": cleaned.rule,
            }
        )


def _sizes(sizes: pd.DataFrame, rows: _Rows) -> None:
    for size in sizes.itertuples():
        currency = None if pd.isna(size.currency) else size.currency
        year = None if pd.isna(size.year) else int(size.year)
        unit = None if pd.isna(size.unit) else size.unit
        usd = to_usd_millions(size.value, unit, currency, year)
        if usd.rule or usd.flag:
            raw = f"{currency or ''} {size.value} {unit or ''} ({year})".strip()
            rows.fix(
                size.release_id, "size", raw, None if usd.value is None else f"{usd.value:.4f}", usd.rule or usd.flag
            )
        rows.tables["intermediate.int_release_sizes"].append(
            {
                "release_id": size.release_id,
                "size_ordinal": size.size_ordinal,
                "value": size.value,
                "unit": unit,
                "currency": currency,
                "year": year,
                "scope": None if pd.isna(size.scope) else size.scope,
                "value_usd_m": usd.value,
                "fx_rule": usd.rule,
                "flag": usd.flag,
            }
        )
