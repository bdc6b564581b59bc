"""The accuracy gate: parse scores on labelled pages never fall below their pinned floors."""

import sys

import pytest

from tests.conftest import INBOX, INBOX_LABELS, PROJECT_ROOT, SHARED_CORPUS, read_labels

sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))
from evaluate import below_floors, evaluate  # noqa: E402

FIXTURES = PROJECT_ROOT / "tests" / "fixtures" / "pages"
HOLDOUT = PROJECT_ROOT / "benchmarks" / "holdout"


@pytest.mark.parametrize(
    "name, labels, pages",
    [
        ("inbox", INBOX_LABELS, INBOX),
        ("fixtures", FIXTURES / "expected.jsonl", FIXTURES),
        ("holdout", HOLDOUT / "expected.jsonl", HOLDOUT),
    ],
)
def test_project_pages_meet_their_floors(name, labels, pages):
    report = evaluate(labels, pages)
    assert below_floors(report, name) == [], "\n".join(report.misses)


def test_shared_corpus_meets_its_floors(shared_corpus):
    report = evaluate(SHARED_CORPUS / "expected.jsonl", SHARED_CORPUS / "raw")
    assert below_floors(report, "corpus") == [], "\n".join(report.misses)
    assert report.overall.f1 >= 0.95


def test_a_worse_parse_would_fail_the_gate(tmp_path):
    """The gate can fail: labels the parser cannot meet fall below the floors."""
    labels = (FIXTURES / "expected.jsonl").read_text().replace('"market": "', '"market": "Not ')
    wrong = tmp_path / "expected.jsonl"
    wrong.write_text(labels)
    assert any(line.startswith("market:") for line in below_floors(evaluate(wrong, FIXTURES), "fixtures"))


def test_every_fixture_page_has_a_label():
    labelled = set(read_labels(FIXTURES / "expected.jsonl"))
    pages = {p.name for p in FIXTURES.iterdir() if p.suffix in (".html", ".md")}
    assert labelled == pages and len(pages) >= 20
