"""`market-releases`: parse pages, load the warehouse, query it, feed the inbox.

Dagster is imported only by `run`, so `parse` and `query` start fast.
"""

import json
import os
import sys
import time
from pathlib import Path

import click

from pipelines import settings

_QUERY_FORMATS = ("table", "csv", "json")
_LIST_TABLES = "SELECT table_schema, table_name FROM information_schema.tables"


def _data_options(command):
    """--db and --inbox on every command that touches data (flag > environment > project default)."""
    command = click.option(
        "--inbox",
        "inbox",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help=f"Inbox folder of release pages. Default: ${settings.INBOX_ENV}, else data/inbox/.",
    )(command)
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help=f"DuckDB warehouse file. Default: ${settings.WAREHOUSE_ENV}, else warehouse/market.duckdb.",
    )(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Turn market-research press releases into a DuckDB warehouse."""


@main.command()
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json"]),
    default="json",
    show_default=True,
    help="Output shape: one JSON object per file (the parse contract).",
)
@click.option(
    "--url", default=None, help="The URL the page was fetched from, when known (helps identify the publisher)."
)
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def parse(output_format: str, url: str | None, files: tuple[Path, ...]) -> None:
    """Print the facts each FILE states, one JSON line per file.

    A page that is not a release, or cannot be read, prints "status": "quarantined"
    with the reason; the exit code stays 0.
    """
    from pipelines.parse import parse_or_fail
    from pipelines.records import ParseFailure

    for file in files:
        outcome = parse_or_fail(file.read_bytes(), url)
        if isinstance(outcome, ParseFailure):
            line = {"file": str(file), "status": "quarantined", "error": outcome.reason, "release": None}
        else:
            line = {"file": str(file), "status": "ok", "error": None, "release": outcome.to_contract()}
        click.echo(json.dumps(line, ensure_ascii=False))


@main.command()
@_data_options
def run(db: Path | None, inbox: Path | None) -> None:
    """Load the inbox into the warehouse: materialise every asset and run every check."""
    from assets.runner import refresh

    db_path, inbox_path = settings.warehouse_path(db), settings.inbox_path(inbox)
    if not inbox_path.is_dir():
        raise click.ClickException(f"inbox {inbox_path} does not exist: create it, or pass --inbox DIR")
    os.environ.setdefault("DAGSTER_HOME", str(settings.PROJECT_ROOT / "dagster_home"))
    os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
    click.echo(f"Loading {inbox_path} into {db_path} ...", err=True)
    started = time.monotonic()
    summary = refresh(db_path, inbox_path, progress=lambda line: click.echo(f"  {line}", err=True))
    click.echo(summary.render(time.monotonic() - started))
    if not summary.success:
        sys.exit(1)


@main.command()
@_data_options
@click.option("--format", "output_format", type=click.Choice(_QUERY_FORMATS), default="table", show_default=True)
@click.argument("sql")
def query(db: Path | None, inbox: Path | None, output_format: str, sql: str) -> None:
    """Run read-only SQL against the warehouse and print the result.

    Example: market-releases query "SELECT market, publisher, headline_cagr_pct FROM marts.fct_release_forecasts"
    """
    import duckdb

    from warehouse.db import WarehouseBusy, connect

    try:
        with connect(settings.warehouse_path(db), read_only=True) as conn:
            frame = conn.execute(sql).df()
    except (FileNotFoundError, WarehouseBusy) as error:
        raise click.ClickException(str(error)) from error
    except duckdb.Error as error:
        hint = f'List the tables with: market-releases query "{_LIST_TABLES}"'
        raise click.ClickException(f"{error}\n{hint}") from error
    if output_format == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
    elif output_format == "json":
        click.echo(frame.to_json(orient="records", date_format="iso", force_ascii=False))
    else:
        shown = frame.astype(object).where(frame.notna(), None)  # NULL prints as blank, not nan/<NA>
        click.echo(
            shown.to_markdown(index=False, tablefmt="simple", missingval="") if len(frame.columns) else "(no columns)"
        )
        click.echo(f"({len(frame)} row{'s' if len(frame) != 1 else ''})", err=True)


@main.command()
@_data_options
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def ingest(db: Path | None, inbox: Path | None, paths: tuple[Path, ...]) -> None:
    """Copy release pages (files, or the page files of folders) into the inbox."""
    from pipelines.inbox import copy_into_inbox

    inbox_path = settings.inbox_path(inbox)
    copied = copy_into_inbox(list(paths), inbox_path)
    for path in copied:
        click.echo(f"  + {path.name}", err=True)
    click.echo(f"Copied {len(copied)} new page(s) into {inbox_path}.")
    if copied:
        click.echo("Load them with: market-releases run  (or let the Dagster inbox sensor do it)")
