"""The parser reads every page the project ships exactly as its hand-checked label says."""

import pytest

from pipelines.parse import parse_release
from pipelines.records import ParseFailure, ReleaseFacts
from tests.conftest import INBOX, INBOX_LABELS, read_labels

LABELS = read_labels(INBOX_LABELS)
SCALARS = ("title", "market", "publisher", "research_firm", "report_id", "forecast_start", "forecast_end", "published")


def parse_shipped(name: str) -> ReleaseFacts | ParseFailure:
    return parse_release((INBOX / name).read_bytes())


def test_every_shipped_page_has_a_label():
    assert sorted(p.name for p in INBOX.iterdir()) == sorted(LABELS)
    assert len(LABELS) >= 9


@pytest.mark.parametrize("name", sorted(n for n, label in LABELS.items() if label["status"] == "ok"))
def test_shipped_release_matches_label(name):
    label, facts = LABELS[name], parse_shipped(name)
    assert isinstance(facts, ReleaseFacts), facts
    got = facts.to_contract()
    assert {k: got[k] for k in SCALARS} == {k: label[k] for k in SCALARS}
    assert sorted((c["value_pct"], c["start"] or 0, c["end"] or 0, c["scope"] or "") for c in got["cagrs"]) == sorted(
        (c["value_pct"], c["start"] or 0, c["end"] or 0, c["scope"] or "") for c in label["cagrs"]
    )
    size_key = lambda s: (s["value"], s["unit"], s["currency"] or "", s["year"] or 0, s.get("scope") or "")  # noqa: E731
    assert sorted(map(size_key, got["market_sizes"])) == sorted(map(size_key, label["market_sizes"]))
    segment_key = lambda s: (s["dimension"], s["label"], s.get("parent") or "")  # noqa: E731
    assert sorted(map(segment_key, got["segments"])) == sorted(map(segment_key, label["segments"]))
    assert [(r["region"], r["countries"]) for r in got["regions"]] == [
        (r["region"], r["countries"]) for r in label["regions"]
    ]
    assert [p["name"] for p in got["players"]] == label["players"]
    revenue_key = lambda r: (r["player"], r["value"], r["unit"], r["currency"])  # noqa: E731
    assert sorted(map(revenue_key, got["player_revenues"])) == sorted(map(revenue_key, label["player_revenues"]))


@pytest.mark.parametrize("name", sorted(n for n, label in LABELS.items() if label["status"] == "quarantined"))
def test_shipped_non_release_is_refused_with_a_reason(name):
    outcome = parse_shipped(name)
    assert isinstance(outcome, ParseFailure)
    assert outcome.reason.startswith("not a market release")


def test_region_shares_are_kept_as_stated_even_past_100_percent():
    facts = parse_shipped("harborviewmarketresearch.com__cell-and-gene-therapy-cdmo.md")
    shares = {r.region: r.share_pct for r in facts.regions}
    assert shares == {
        "North America": 42.0,
        "Europe": 27.0,
        "Asia-Pacific": 21.0,
        "Latin America": None,
        "Middle East & Africa": 18.0,
    }
    assert sum(s for s in shares.values() if s) == 108.0


def test_same_market_from_three_publishers_keeps_each_cagr():
    hydrogen = [parse_shipped(n) for n in LABELS if "green-hydrogen" in n]
    assert {f.market for f in hydrogen} == {"Green Hydrogen"}
    assert len({f.publisher for f in hydrogen}) == 3
    assert sorted(c.value_pct for f in hydrogen for c in f.cagrs if c.scope is None) == [37.2, 38.2, 44.5]
