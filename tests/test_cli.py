"""The `market-releases` contract: commands, options, JSON shape, exit codes."""

import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from assets.cli import main
from tests.conftest import INBOX

RELEASE_KEYS = {
    "title",
    "market",
    "publisher",
    "report_id",
    "forecast_start",
    "forecast_end",
    "cagrs",
    "market_sizes",
    "segments",
    "regions",
    "players",
    "research_firm",
    "published",
}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    """A warehouse built once by `market-releases run` from a copy of the shipped inbox."""
    root = tmp_path_factory.mktemp("cli")
    inbox = root / "inbox"
    shutil.copytree(INBOX, inbox)
    db = root / "market.duckdb"
    result = CliRunner().invoke(main, ["run", "--db", str(db), "--inbox", str(inbox)], env={"DAGSTER_HOME": ""})
    assert result.exit_code == 0, result.output
    return db, inbox, result


def parse_lines(*files):
    result = CliRunner().invoke(main, ["parse", "--format", "json", *map(str, files)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_parse_prints_one_contract_object_per_file():
    files = sorted(INBOX.iterdir())
    lines = parse_lines(*files)
    assert [line["file"] for line in lines] == [str(f) for f in files]
    for line in lines:
        assert set(line) == {"file", "status", "error", "release"}
        if line["status"] == "ok":
            assert line["error"] is None and set(line["release"]) >= RELEASE_KEYS
            assert {"value_pct", "start", "end", "scope"} <= set(line["release"]["cagrs"][0])
    assert [line["status"] for line in lines].count("quarantined") == 1


def test_unparseable_file_is_quarantined_with_exit_code_zero(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    (line,) = parse_lines(empty)
    assert line == {
        "file": str(empty),
        "status": "quarantined",
        "error": "empty page: the body has no content",
        "release": None,
    }


def test_run_prints_what_landed(loaded):
    _, _, result = loaded
    assert "staging.stg_releases" in result.output and "8 rows" in result.output
    assert "Quarantined pages (1)" in result.output and "pinecrestprintco.com__new-studio.html" in result.output
    assert "Checks: 5 passed, 0 failed" in result.output


def test_query_formats(loaded):
    db, _, _ = loaded
    sql = "SELECT market, headline_cagr_pct FROM marts.fct_release_forecasts WHERE market = 'Smart Irrigation'"
    runner = CliRunner()
    as_csv = runner.invoke(main, ["query", "--db", str(db), "--format", "csv", sql])
    assert as_csv.output.splitlines() == ["market,headline_cagr_pct", "Smart Irrigation,17.1"]
    as_json = runner.invoke(main, ["query", "--db", str(db), "--format", "json", sql])
    assert json.loads(as_json.output) == [{"market": "Smart Irrigation", "headline_cagr_pct": 17.1}]
    as_table = runner.invoke(main, ["query", "--db", str(db), sql])
    assert "Smart Irrigation" in as_table.output and "17.1" in as_table.output


def test_query_is_read_only_and_errors_say_what_to_do(loaded):
    db, _, _ = loaded
    runner = CliRunner()
    write = runner.invoke(main, ["query", "--db", str(db), "DELETE FROM raw.pages"])
    assert write.exit_code == 1 and "read-only" in write.output
    missing = runner.invoke(main, ["query", "--db", str(db), "SELECT * FROM nowhere"])
    assert missing.exit_code == 1 and "information_schema.tables" in missing.output


def test_db_and_inbox_come_from_the_environment(loaded, tmp_path):
    db, _, _ = loaded
    result = CliRunner().invoke(
        main,
        ["query", "SELECT count(*) AS pages FROM raw.pages", "--format", "csv"],
        env={"MARKET_RELEASES_DB": str(db)},
    )
    assert result.output.splitlines() == ["pages", "9"]
    result = CliRunner().invoke(
        main,
        ["ingest", str(INBOX / "quillbridgeresearch.com__fumed-silica.md")],
        env={"MARKET_RELEASES_INBOX": str(tmp_path / "env-inbox")},
    )
    assert (tmp_path / "env-inbox" / "quillbridgeresearch.com__fumed-silica.md").is_file(), result.output


def test_ingest_copies_new_pages_once(tmp_path):
    inbox = tmp_path / "inbox"
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", "--inbox", str(inbox), str(INBOX)])
    assert first.exit_code == 0 and "Copied 9 new page(s)" in first.output
    again = runner.invoke(main, ["ingest", "--inbox", str(inbox), str(INBOX)])
    assert "Copied 0 new page(s)" in again.output
    assert len(list(inbox.iterdir())) == 9


def test_run_on_a_missing_inbox_fails_with_advice(tmp_path):
    result = CliRunner().invoke(main, ["run", "--db", str(tmp_path / "x.duckdb"), "--inbox", str(tmp_path / "nope")])
    assert result.exit_code == 1 and "does not exist" in result.output and "--inbox" in result.output


def test_console_script_is_installed():
    script = shutil.which("market-releases") or str(sys.prefix + "/bin/market-releases")
    completed = subprocess.run([script, "--help"], capture_output=True, text=True, check=True)
    for command in ("parse", "run", "query", "ingest"):
        assert command in completed.stdout
