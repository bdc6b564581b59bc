"""Where the warehouse and the inbox live: flag, then environment, then the project default."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_WAREHOUSE = PROJECT_ROOT / "warehouse" / "market.duckdb"
DEFAULT_INBOX = PROJECT_ROOT / "data" / "inbox"
WAREHOUSE_ENV = "MARKET_RELEASES_DB"
INBOX_ENV = "MARKET_RELEASES_INBOX"


def warehouse_path(explicit: str | Path | None = None) -> Path:
    return _resolve(explicit, WAREHOUSE_ENV, DEFAULT_WAREHOUSE)


def inbox_path(explicit: str | Path | None = None) -> Path:
    return _resolve(explicit, INBOX_ENV, DEFAULT_INBOX)


def _resolve(explicit: str | Path | None, env: str, default: Path) -> Path:
    chosen = explicit or os.environ.get(env) or default
    return Path(chosen).expanduser().resolve()
