"""The narrow interface to the DuckDB file: connect, migrate, replace rows, run models.

SQL files are the source of truth for every table; this module only applies them.
DuckDB lets one process hold the file at a time, so connections stay short and a
connect that meets another process's lock waits and retries before giving up.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import duckdb
import pandas as pd

WAREHOUSE_DIR = Path(__file__).resolve().parent
DDL_DIR = WAREHOUSE_DIR / "ddl"
MODELS_DIR = WAREHOUSE_DIR / "models"

_LOCK_WAIT_SECONDS = 60.0
_TABLE_COMMENT = re.compile(r"^-- ((?:raw|staging|intermediate|marts|ops)\.\w+): (.+)$")
_CREATE_VIEW = re.compile(r"CREATE (?:OR REPLACE )?VIEW (\w+\.\w+) AS(.*?);", re.I | re.S)
_CREATE_TABLE = re.compile(r"^CREATE TABLE IF NOT EXISTS (\w+\.\w+)", re.I)
_COMMENTED_COLUMN = re.compile(r"^\s+(\w+)\s+[A-Z].*?--\s*(.+)$")
_SELECTED_COLUMN = re.compile(r"^\s+(?:.*\bAS\s+|\w+\.)?(\w+),?\s*--\s*(.+)$", re.I)
_TABLE_REFERENCE = re.compile(r"\b(?:FROM|JOIN)\s+((?:raw|staging|intermediate|marts|ops)\.\w+)", re.I)


class WarehouseBusy(RuntimeError):
    """Another process holds the DuckDB file for longer than we are willing to wait."""


@contextmanager
def connect(
    path: str | Path, read_only: bool = False, wait_seconds: float = _LOCK_WAIT_SECONDS
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived connection; waits while another process holds the file's lock."""
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `market-releases run` first, or pass --db")
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            conn = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as error:
            if "lock" not in str(error).lower() or time.monotonic() > deadline:
                raise WarehouseBusy(
                    f"{path} is locked by another process (a running Dagster job?); retry when it finishes"
                ) from error
            time.sleep(0.5)
    try:
        yield conn
    finally:
        conn.close()


def migrate(conn: duckdb.DuckDBPyConnection) -> None:
    """Create every schema and table that does not exist yet (DDL files in name order)."""
    for ddl in sorted(DDL_DIR.glob("*.sql")):
        conn.execute(ddl.read_text())


@contextmanager
def transaction(conn: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """All statements inside commit together or not at all."""
    conn.execute("BEGIN TRANSACTION")
    try:
        yield
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise


def replace_rows(
    conn: duckdb.DuckDBPyConnection,
    frames: Mapping[str, pd.DataFrame],
    key_column: str,
    keys: Sequence[str],
) -> None:
    """In one transaction, delete every row of ``keys`` from each table, then insert the frames.

    Re-running with the same keys leaves the same rows: this is what makes loads idempotent.
    """
    conn.register("replace_keys", pd.DataFrame({key_column: list(keys)}))
    try:
        with transaction(conn):
            for table, frame in frames.items():
                conn.execute(f"DELETE FROM {table} WHERE {key_column} IN (SELECT {key_column} FROM replace_keys)")
                _insert(conn, table, frame)
    finally:
        conn.unregister("replace_keys")


def replace_tables(conn: duckdb.DuckDBPyConnection, frames: Mapping[str, pd.DataFrame]) -> None:
    """Swap the whole content of each table for its frame, all tables in one transaction."""
    with transaction(conn):
        for table, frame in frames.items():
            conn.execute(f"DELETE FROM {table}")
            _insert(conn, table, frame)


def _insert(conn: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    """Bulk insert through a registered frame (a thousand times faster than executemany)."""
    if frame.empty:
        return
    conn.register("insert_frame", frame)  # re-registering replaces it, so a failed insert leaves nothing behind
    columns = ", ".join(frame.columns)
    conn.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM insert_frame")
    conn.unregister("insert_frame")


def model_files(layer: str) -> list[Path]:
    """SQL model files of a layer ("marts"), each one table named after its file."""
    return sorted((MODELS_DIR / layer).glob("*.sql"))


def build_model(conn: duckdb.DuckDBPyConnection, layer: str, sql_file: Path) -> str:
    """Rebuild ``layer.<file stem>`` from its SELECT in one transaction; returns the table name."""
    table = f"{layer}.{sql_file.stem}"
    with transaction(conn):
        conn.execute(f"CREATE OR REPLACE TABLE {table} AS {sql_file.read_text()}")
    return table


def row_count(conn: duckdb.DuckDBPyConnection, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]


def preview(conn: duckdb.DuckDBPyConnection, table: str, limit: int = 5) -> pd.DataFrame:
    """First rows of a table, BLOB and JSON columns left out (they do not read as a table)."""
    columns = conn.execute(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema || '.' || table_name = ? AND data_type NOT IN ('BLOB', 'JSON') ORDER BY ordinal_position",
        [table],
    ).fetchall()
    selected = ", ".join(f'"{name}"' for (name,) in columns) or "*"
    return conn.execute(f"SELECT {selected} FROM {table} LIMIT {int(limit)}").df()


def table_descriptions() -> dict[str, str]:
    """ "schema.table" -> its documenting comment ("-- raw.pages: one row per ..."), from DDL and models."""
    descriptions: dict[str, str] = {}
    for sql_file in [*DDL_DIR.glob("*.sql"), *MODELS_DIR.rglob("*.sql")]:
        current: str | None = None
        for line in sql_file.read_text().splitlines():
            match = _TABLE_COMMENT.match(line)
            if match:
                current = match.group(1)
                descriptions[current] = match.group(2).strip()
            elif current and line.startswith("-- ") and not line.startswith("-- ", 3):
                descriptions[current] += " " + line[3:].strip()
            else:
                current = None
    return descriptions


def column_comments() -> dict[str, dict[str, str]]:
    """ "schema.table" -> {column: its trailing comment in the DDL or in a model's final SELECT}."""
    comments: dict[str, dict[str, str]] = {}
    for ddl in DDL_DIR.glob("*.sql"):
        table = None
        for line in ddl.read_text().splitlines():
            created = _CREATE_TABLE.match(line)
            if created:
                table = created.group(1)
                comments[table] = {}
            column = _COMMENTED_COLUMN.match(line)
            if table and column:
                comments[table][column.group(1)] = column.group(2).strip()
    for layer_dir in MODELS_DIR.iterdir():
        for model in layer_dir.glob("*.sql"):
            final_select = model.read_text().rsplit("\nSELECT\n", 1)[-1]
            columns = (_SELECTED_COLUMN.match(line) for line in final_select.splitlines())
            comments[f"{layer_dir.name}.{model.stem}"] = {m.group(1): m.group(2).strip() for m in columns if m}
    return comments


def upstream_tables(sql: str) -> list[str]:
    """The tables a model reads (FROM / JOIN), in order of first use; views count as the tables they read."""
    views = view_definitions()
    tables: list[str] = []
    for name in dict.fromkeys(_TABLE_REFERENCE.findall(sql)):
        tables.extend(upstream_tables(views[name]) if name in views else [name])
    return list(dict.fromkeys(tables))


@lru_cache(maxsize=1)
def view_definitions() -> dict[str, str]:
    """ "schema.view" -> its SELECT, for the views the DDL creates."""
    text = "\n".join(ddl.read_text() for ddl in sorted(DDL_DIR.glob("*.sql")))
    return {match.group(1): match.group(2) for match in _CREATE_VIEW.finditer(text)}
