"""The code location: every asset, check, job, sensor and schedule, and their resources."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from assets.checks import ASSET_CHECKS
from assets.jobs import refresh_warehouse
from assets.models import MART_ASSETS
from assets.normalised import normalise_releases
from assets.raw import raw_pages
from assets.resources import default_resources
from assets.schedules import daily_refresh
from assets.sensors import inbox_sensor
from assets.staging import parse_pages

# Every asset, in layer order: raw -> staging -> intermediate -> marts.
ALL_ASSETS = [raw_pages, parse_pages, normalise_releases, *MART_ASSETS]


def build_definitions(db: str | Path | None = None, inbox: str | Path | None = None) -> dg.Definitions:
    """Definitions bound to a warehouse file and an inbox (defaults: environment, then project)."""
    return dg.Definitions(
        assets=ALL_ASSETS,
        asset_checks=ASSET_CHECKS,
        jobs=[refresh_warehouse],
        sensors=[inbox_sensor],
        schedules=[daily_refresh],
        resources=default_resources(db, inbox),
        # One process per run: steps share the DuckDB file without fighting over its lock,
        # and a run starts in about two seconds instead of nine.
        executor=dg.in_process_executor,
    )


defs = build_definitions()
