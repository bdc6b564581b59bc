"""Real Dagster runs of every asset into a temporary DuckDB file."""

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest
import yaml

from assets.checks import ASSET_CHECKS
from assets.definitions import ALL_ASSETS, build_definitions
from assets.normalised import NORMALISED_TABLES
from assets.resources import default_resources
from assets.staging import PARSED_TABLES
from tests.conftest import INBOX, PROJECT_ROOT

ALL_TABLES = (
    "raw.pages",
    "raw.page_sightings",
    *PARSED_TABLES,
    *NORMALISED_TABLES,
    "marts.fct_release_forecasts",
    "marts.dim_company",
    "marts.dim_market",
    "marts.dim_segment",
)


def materialize_all(db: Path, inbox: Path) -> dg.ExecuteInProcessResult:
    return dg.materialize([*ALL_ASSETS, *ASSET_CHECKS], resources=default_resources(db, inbox))


def counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in ALL_TABLES}


@pytest.fixture
def inbox_copy(tmp_path: Path) -> Path:
    target = tmp_path / "inbox"
    shutil.copytree(INBOX, target)
    return target


def test_shipped_inbox_fills_every_table_and_rerun_is_idempotent(warehouse_file, inbox_copy):
    first = materialize_all(warehouse_file, inbox_copy)
    assert first.success
    after_first = counts(warehouse_file)
    assert all(after_first[t] > 0 for t in ALL_TABLES), after_first
    assert after_first["raw.pages"] == 9 and after_first["staging.stg_releases"] == 8
    assert after_first["ops.quarantine"] == 1
    assert all(e.passed for e in first.get_asset_check_evaluations())
    assert len(first.get_asset_check_evaluations()) == 5

    second = materialize_all(warehouse_file, inbox_copy)
    assert second.success
    assert counts(warehouse_file) == after_first
    raw_meta = second.asset_materializations_for_node("raw__pages")[0].metadata
    assert raw_meta["new_pages"].value == 0


def test_marts_hold_one_forecast_per_release(warehouse_file, inbox_copy):
    assert materialize_all(warehouse_file, inbox_copy).success
    with duckdb.connect(str(warehouse_file), read_only=True) as conn:
        rows = conn.execute(
            "SELECT market, publisher, headline_cagr_pct, has_conflicting_cagrs, base_size_value, base_size_year, "
            "forecast_size_value, forecast_size_year FROM marts.fct_release_forecasts ORDER BY market, publisher"
        ).fetchall()
        quarantined = conn.execute("SELECT source, stage, reason FROM ops.quarantine").fetchall()
    assert len(rows) == 8
    assert ("Cell and Gene Therapy CDMO", "harborviewmarketresearch.com", 14.6, True, None, None, None, None) in rows
    assert ("Fumed Silica", "quillbridgeresearch.com", 7.6, False, 1.62, 2023, 2.71, 2030) in rows
    assert sorted(r[2] for r in rows if r[0] == "Green Hydrogen") == [37.2, 38.2, 44.5]
    assert quarantined == [
        (
            "pinecrestprintco.com__new-studio.html",
            "parse",
            "not a market release: no market is named in the title or opening text",
        )
    ]


def test_normalised_layer_resolves_or_flags_every_country_and_joins_spellings(warehouse_file, inbox_copy):
    assert materialize_all(warehouse_file, inbox_copy).success
    with duckdb.connect(str(warehouse_file), read_only=True) as conn:
        staged = conn.execute("SELECT count(*) FROM staging.stg_release_countries").fetchall()[0][0]
        silent = conn.execute(
            "SELECT count(*) FROM intermediate.int_release_countries WHERE country_iso2 IS NULL AND flag IS NULL"
        ).fetchall()[0][0]
        middle_east = conn.execute(
            "SELECT country_raw, country_iso2, fix_rule, flag FROM intermediate.int_release_countries "
            "WHERE region_key = 'Middle East & Africa' AND publisher = 'harborviewmarketresearch.com'"
        ).fetchall()
        air_liquide = conn.execute(
            "SELECT count(DISTINCT company_id), count(DISTINCT name_raw) FROM intermediate.int_release_companies "
            "WHERE name_raw LIKE 'Air Liquide%'"
        ).fetchall()[0]
        hydrogen = conn.execute(
            "SELECT releases_count, publishers_count FROM marts.dim_market WHERE market_key = 'green hydrogen'"
        ).fetchall()
        fixes = conn.execute(
            "SELECT field, raw_value, fixed_value, rule FROM ops.fixes WHERE rule = 'joined_split_name'"
        ).fetchall()
    assert staged == 76 and silent == 0
    assert middle_east == [
        ("Turkey", "TR", "library_alias", None),
        ("Saudi + Arabia", "SA", "joined_split_name", None),
        ("UAE", "AE", "country_alias", None),
        ("Korea", "KR", "country_alias", "ambiguous,outside_region"),
    ]
    assert air_liquide == (1, 2)  # "Air Liquide" and "Air Liquide S.A.": one company
    assert hydrogen == [(3, 3)]  # one market key across three publishers
    assert ("country", "Saudi + Arabia", "SA", "joined_split_name") in fixes


def test_bad_input_is_quarantined_and_kept(warehouse_file, tmp_path):
    inbox = tmp_path / "bad-inbox"
    inbox.mkdir()
    (inbox / "empty.html").write_bytes(b"")
    (inbox / "binary.html").write_bytes(bytes(range(256)) * 8)
    (inbox / "broken.html").write_bytes(b"<html><body><div><p>Unclosed <b>tags <table><tr><td>CAGR")
    (inbox / "pdf.md").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 stream")
    (inbox / "release.md").write_text("# Biochar Market to grow at a CAGR of 11.2% from 2025 to 2032\n")
    result = materialize_all(warehouse_file, inbox)
    assert result.success
    with duckdb.connect(str(warehouse_file), read_only=True) as conn:
        reasons = dict(conn.execute("SELECT source, reason FROM ops.quarantine").fetchall())
        kept = conn.execute("SELECT count(*), sum(byte_size) FROM raw.pages").fetchall()[0]
        releases = conn.execute("SELECT market FROM staging.stg_releases").fetchall()
    assert sorted(reasons) == ["binary.html", "broken.html", "empty.html", "pdf.md"]
    assert reasons["empty.html"].startswith("empty page")
    assert reasons["pdf.md"].startswith("binary page")
    assert reasons["broken.html"].startswith("not a market release")
    assert kept[0] == 5 and kept[1] > 2000  # every body kept, the empty one included
    assert releases == [("Biochar",)]


def test_new_pages_are_the_only_ones_parsed(warehouse_file, inbox_copy):
    assert materialize_all(warehouse_file, inbox_copy).success
    (inbox_copy / "later.md").write_text("# Biochar Market to grow at a CAGR of 11.2% from 2025 to 2032\n")
    result = materialize_all(warehouse_file, inbox_copy)
    meta = result.asset_materializations_for_node("parse_pages")[0].metadata
    assert meta["pages_parsed_now"].value == 1 and meta["pages_quarantined_now"].value == 0
    assert counts(warehouse_file)["staging.stg_releases"] == 9


def test_materialisations_show_row_counts_and_previews(warehouse_file, inbox_copy):
    result = materialize_all(warehouse_file, inbox_copy)
    materializations = [e.event_specific_data.materialization for e in result.get_asset_materialization_events()]
    metadata = {m.asset_key.to_user_string(): m.metadata for m in materializations}
    assert metadata["staging/stg_releases"]["dagster/row_count"].value == 8
    assert "Healthcare" not in metadata["staging/stg_releases"]["preview"].value  # previews show this project's pages
    assert "| market" in metadata["staging/stg_releases"]["preview"].value
    assert "body" not in metadata["raw/pages"]["preview"].value.split("\n")[0]
    columns = {c.name: c for c in metadata["raw/pages"]["dagster/column_schema"].schema.columns}
    assert columns["body"].type == "BLOB" and columns["body"].description == "the bytes exactly as received"
    mart_columns = {c.name: c for c in metadata["marts/fct_release_forecasts"]["dagster/column_schema"].schema.columns}
    assert mart_columns["has_conflicting_cagrs"].description == "the page states two or more market CAGRs"


def test_definitions_load_with_jobs_sensor_schedule_and_checks():
    defs = build_definitions("/tmp/unused.duckdb", INBOX)
    job = defs.resolve_job_def("refresh_warehouse")
    assert job is not None
    assert defs.resolve_sensor_def("inbox_sensor").job_name == "refresh_warehouse"
    assert defs.resolve_schedule_def("daily_refresh").cron_schedule == "0 6 * * *"
    specs = list(defs.resolve_all_asset_specs())
    keys = {s.key.to_user_string() for s in specs}
    assert {"raw/pages", "staging/stg_releases", "ops/quarantine", "marts/fct_release_forecasts"} <= keys
    for spec in specs:
        assert spec.description and "one row per" in spec.description, spec.key
        assert "duckdb" in spec.kinds, spec.key
    assert all(asset.op.pool == "duckdb" for asset in ALL_ASSETS)
    assert {spec.key for asset in ALL_ASSETS for spec in asset.specs} == {spec.key for spec in specs}


def test_shipped_instance_limits_the_duckdb_pool_to_one_writer():
    instance_config = yaml.safe_load((PROJECT_ROOT / "dagster_home" / "dagster.yaml").read_text())
    assert instance_config["concurrency"]["pools"]["default_limit"] == 1
    assert instance_config["telemetry"]["enabled"] is False
