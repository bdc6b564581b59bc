"""The page this project was started for, read exactly (skipped when ../shared is absent)."""

from pipelines.parse import parse_release
from pipelines.records import ReleaseFacts

SEED = "raw/reliablebusinessinsights.com__healthcare-cmo.md"


def test_seed_page_facts(shared_corpus):
    facts = parse_release((shared_corpus / SEED).read_bytes())
    assert isinstance(facts, ReleaseFacts)
    assert (facts.market, facts.publisher, facts.research_firm, facts.report_id) == (
        "Healthcare CMO",
        "reliablebusinessinsights.com",
        "reliablebusinessinsights.com",
        "1990958",
    )
    assert (facts.forecast_start, facts.forecast_end) == (2025, 2032)
    # Two contradicting whole-market CAGRs, both kept.
    assert [(c.value_pct, c.start, c.end, c.scope) for c in facts.cagrs] == [
        (13.2, 2025, 2032, None),
        (15.0, None, 2025, None),
    ]
    assert facts.market_sizes == ()
    types = [s.label for s in facts.segments if s.dimension == "type"]
    assert len(types) == 3 and types[2] == "Final Goods Assembly"
    assert types[0].startswith(
        "Pharmaceutical Contract Manufacturing Services (Active Pharmaceutical Ingredients (API)"
    )
    assert [s.label for s in facts.segments if s.dimension == "application"] == [
        "Pharmaceutical",
        "Biotechnology Industry",
    ]
    assert {r.region: list(r.countries) for r in facts.regions} == {
        "North America": ["United States", "Canada"],
        "Europe": ["Germany", "France", "U.K.", "Italy", "Russia"],
        "Asia-Pacific": [
            "China",
            "Japan",
            "South Korea",
            "India",
            "Australia",
            "China Taiwan",
            "Indonesia",
            "Thailand",
            "Malaysia",
        ],
        "Latin America": ["Mexico", "Brazil", "Argentina Korea", "Colombia"],
        "Middle East & Africa": ["Turkey", "Saudi", "Arabia", "UAE", "Korea"],
    }
    assert [p.name for p in facts.players] == [
        "Accellent",
        "Boehringer Ingelheim",
        "Catalent",
        "DSM",
        "Fareva",
        "Greatbatch",
        "Lonza",
        "Patheon",
        "Piramal",
        "Tecomet",
    ]
    assert [(r.player, r.value, r.unit, r.currency) for r in facts.player_revenues] == [
        ("Lonza", 5.0, "billion", "USD"),
        ("Catalent", 3.0, "billion", "USD"),
        ("Boehringer Ingelheim", 2.0, "billion", "USD"),
    ]


def test_every_corpus_document_parses_to_a_release(shared_corpus):
    """All 22 real documents are releases: none may be quarantined."""
    pages = sorted((shared_corpus / "raw").iterdir())
    assert len(pages) == 22
    failures = {p.name: parse_release(p.read_bytes()) for p in pages}
    assert {n: f for n, f in failures.items() if not isinstance(f, ReleaseFacts)} == {}
