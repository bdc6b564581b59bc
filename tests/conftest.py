"""Shared fixtures: the project's shipped pages and labels, and the optional shared corpus."""

import json
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
INBOX = PROJECT_ROOT / "data" / "inbox"
INBOX_LABELS = Path(__file__).parent / "fixtures" / "inbox_expected.jsonl"
SHARED_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


def read_labels(path: Path) -> dict[str, dict]:
    return {row["file"]: row for row in map(json.loads, path.read_text().splitlines()) if row}


@pytest.fixture(scope="session")
def inbox_labels() -> dict[str, dict]:
    return read_labels(INBOX_LABELS)


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """The labelled corpus beside the project; tests that need it skip when it is absent."""
    if not (SHARED_CORPUS / "expected.jsonl").is_file():
        pytest.skip("../shared/corpus is not present (it is not shipped with the project)")
    return SHARED_CORPUS


@pytest.fixture
def warehouse_file(tmp_path: Path) -> Path:
    return tmp_path / "warehouse" / "market.duckdb"
