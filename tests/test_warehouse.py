"""warehouse/db.py on real DuckDB files: migrations, idempotent replaces, rollback."""

import pandas as pd
import pytest

from warehouse import db


def test_migrate_twice_creates_every_documented_table(warehouse_file):
    with db.connect(warehouse_file) as conn:
        db.migrate(conn)
        db.migrate(conn)
        tables = {
            f"{s}.{t}"
            for s, t in conn.execute("SELECT table_schema, table_name FROM information_schema.tables").fetchall()
        }
    documented = {t for t in db.table_descriptions() if not t.startswith("marts.")}
    assert documented <= tables
    assert {"raw.pages", "staging.stg_releases", "ops.quarantine"} <= documented


def test_every_table_is_documented_as_one_row_per_something():
    descriptions = db.table_descriptions()
    assert len(descriptions) >= 12
    assert all(text.lower().startswith("one row per") for text in descriptions.values()), descriptions


def test_replace_rows_is_idempotent(warehouse_file):
    frame = pd.DataFrame(
        {
            "page_sha256": ["a", "a", "b"],
            "player_ordinal": [1, 2, 1],
            "release_id": ["r", "r", "s"],
            "name": ["Lonza", "Catalent", "BASF"],
        }
    )
    with db.connect(warehouse_file) as conn:
        db.migrate(conn)
        for _ in range(2):
            db.replace_rows(conn, {"staging.stg_release_players": frame}, "page_sha256", ["a", "b"])
        assert db.row_count(conn, "staging.stg_release_players") == 3
        db.replace_rows(
            conn, {"staging.stg_release_players": frame[frame.page_sha256 == "a"]}, "page_sha256", ["a", "b"]
        )
        assert db.row_count(conn, "staging.stg_release_players") == 2


def test_replace_rows_rolls_back_every_table_on_error(warehouse_file):
    good = pd.DataFrame({"page_sha256": ["a"], "player_ordinal": [1], "release_id": ["r"], "name": ["Lonza"]})
    broken = pd.DataFrame(
        {"page_sha256": ["a"], "segment_ordinal": [1], "release_id": ["r"], "dimension": [None], "label": ["x"]}
    )  # dimension is NOT NULL
    with db.connect(warehouse_file) as conn:
        db.migrate(conn)
        db.replace_rows(conn, {"staging.stg_release_players": good}, "page_sha256", ["a"])
        with pytest.raises(Exception, match="NOT NULL"):
            db.replace_rows(
                conn,
                {"staging.stg_release_players": good.assign(name="Other"), "staging.stg_release_segments": broken},
                "page_sha256",
                ["a"],
            )
        assert conn.execute("SELECT name FROM staging.stg_release_players").fetchall() == [("Lonza",)]


def test_read_only_connect_to_a_missing_file_says_what_to_do(tmp_path):
    with (
        pytest.raises(FileNotFoundError, match="market-releases run"),
        db.connect(tmp_path / "absent.duckdb", read_only=True),
    ):
        pass


def test_model_reads_are_found_in_sql():
    sql = "SELECT * FROM staging.stg_releases r JOIN raw.pages p USING (x) LEFT JOIN staging.stg_releases s ON 1"
    assert db.upstream_tables(sql) == ["staging.stg_releases", "raw.pages"]
