"""One in-process refresh of the warehouse, as the CLI's `run` does it, with a summary to print."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from assets.definitions import build_definitions
from pipelines.normalise.build import FIXES_TABLE, INTERMEDIATE_TABLES
from pipelines.rows import QUARANTINE_TABLE, STAGING_TABLES
from warehouse import db

SUMMARY_TABLES = (
    "raw.pages",
    *STAGING_TABLES,
    QUARANTINE_TABLE,
    *INTERMEDIATE_TABLES,
    FIXES_TABLE,
    *(f"marts.{f.stem}" for f in db.model_files("marts")),
)


@dataclass
class RunSummary:
    success: bool
    db_path: Path
    row_counts: dict[str, int] = field(default_factory=dict)
    quarantined: list[tuple[str, str]] = field(default_factory=list)
    checks: list[tuple[str, bool]] = field(default_factory=list)

    def render(self, seconds: float) -> str:
        verdict = "Loaded" if self.success else "FAILED loading"
        lines = [f"{verdict} the warehouse {self.db_path} in {seconds:.1f} s", ""]
        lines += [f"  {table:<40} {count:>7} rows" for table, count in self.row_counts.items()]
        if self.quarantined:
            lines += ["", f"Quarantined pages ({len(self.quarantined)}), kept in raw.pages:"]
            lines += [f"  {source}: {reason}" for source, reason in self.quarantined]
        passed = sum(ok for _, ok in self.checks)
        lines += ["", f"Checks: {passed} passed, {len(self.checks) - passed} failed"]
        lines += [f"  FAILED {name}" for name, ok in self.checks if not ok]
        lines += [
            "",
            "Next:",
            "  python3 -m uv run market-releases query "
            '"SELECT market, publisher, headline_cagr_pct FROM marts.fct_release_forecasts"',
            "  DAGSTER_HOME=$PWD/dagster_home python3 -m uv run dagster dev    # the UI, at http://localhost:3000",
        ]
        return "\n".join(lines)


def refresh(db_path: Path, inbox: Path, progress: Callable[[str], None] = lambda line: None) -> RunSummary:
    """Materialise every asset into ``db_path`` from ``inbox``; progress lines go to ``progress``."""
    job = build_definitions(db_path, inbox).resolve_job_def("refresh_warehouse")
    job = job.with_logger_defs({"progress": _progress_logger(progress)})
    instance = dg.DagsterInstance.get() if _has_instance_home() else dg.DagsterInstance.ephemeral()
    result = job.execute_in_process(run_config={"loggers": {"progress": {}}}, instance=instance, raise_on_error=False)
    summary = RunSummary(success=result.success, db_path=db_path)
    summary.checks = [(e.check_name, e.passed) for e in result.get_asset_check_evaluations()]
    if db_path.exists():
        with db.connect(db_path, read_only=True) as conn:
            summary.row_counts = {table: db.row_count(conn, table) for table in SUMMARY_TABLES}
            summary.quarantined = conn.execute(
                f"SELECT source, reason FROM {QUARANTINE_TABLE} ORDER BY source"
            ).fetchall()
    return summary


def _has_instance_home() -> bool:
    import os

    home = os.environ.get("DAGSTER_HOME")
    return bool(home) and Path(home).is_dir()


def _progress_logger(progress: Callable[[str], None]) -> dg.LoggerDefinition:
    """A Dagster logger that passes step-level messages on as one short line each."""

    class _Handler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            meta = getattr(record, "dagster_meta", {}) or {}
            message = meta.get("orig_message") or record.getMessage()
            event = meta.get("dagster_event")
            step = meta.get("step_key")
            if event is not None and event.event_type_value not in ("STEP_FAILURE", "ASSET_CHECK_EVALUATION"):
                return
            progress(f"{step}: {message}" if step else message)

    @dg.logger(description="Short progress lines for the command line.")
    def progress_logger(_):
        logger = logging.getLogger("market_releases.progress")
        logger.setLevel(logging.INFO)
        logger.handlers = [_Handler()]
        logger.propagate = False
        return logger

    return progress_logger
