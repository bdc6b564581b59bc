"""Market keys, so one market from different publishers lines up. Each case says why it exists."""

import csv

import pytest

from pipelines.normalise.markets import MARKET_ALIASES_CSV, load_market_aliases, market_key, resolve_market

CMO = {"CMO": "Contract Manufacturing Organization"}
PMMA = {"PMMA": "Polymethyl Methacrylate"}


@pytest.fixture(scope="module")
def seed() -> dict[str, str]:
    return load_market_aliases(MARKET_ALIASES_CSV)


@pytest.mark.parametrize(
    ("name", "acronyms", "key"),
    [
        pytest.param("Fumed Silica", None, "fumed silica", id="lower-case"),
        pytest.param("Plant-based Meat", None, "plant based meat", id="hyphen-to-space"),
        pytest.param("Web 3.0", None, "web 3 0", id="version-dot-to-space"),
        pytest.param("Bluetooth™ Modules", None, "bluetooth modules", id="trademark-sign-not-spelled-out"),
        pytest.param("Cell & Gene Therapy CDMO", None, "cell and gene therapy cdmo", id="ampersand-reads-and"),
        pytest.param("Global Fumed Silica Market", None, "fumed silica", id="global-and-market-framing-dropped"),
        pytest.param("The Worldwide Smart Glass Industry", None, "smart glass", id="the-worldwide-industry-dropped"),
        pytest.param("Cold Chain Logistics Sector", None, "cold chain logistics", id="sector-dropped"),
        pytest.param("Global Маrkеt Research Services Market", None, "market research services", id="look-alikes"),
        pytest.param("Market", None, "market", id="a-framing-word-alone-is-kept"),
        pytest.param(
            "Healthcare Contract Manufacturing Organization (CMO)", CMO, "healthcare cmo", id="expansion-and-acronym"
        ),
        pytest.param("Healthcare CMO", CMO, "healthcare cmo", id="acronym-as-written"),
        pytest.param("Healthcare Contract Manufacturing Organizations", CMO, "healthcare cmo", id="plural-expansion"),
        pytest.param(
            "Healthcare Contract Manufacturing Organizations (CMOs) Market", CMO, "healthcare cmo", id="plural-both"
        ),
        pytest.param("CMO (Contract Manufacturing Organization)", CMO, "cmo", id="acronym-before-its-expansion"),
        pytest.param("Polymethyl Methacrylate (PMMA) Microspheres", PMMA, "pmma microspheres", id="repeat-dropped"),
        pytest.param(
            "Polymethyl Methacrylate (PMMA) Microspheres",
            None,
            "polymethyl methacrylate pmma microspheres",
            id="no-acronyms-given-nothing-contracted",
        ),
        pytest.param(
            "U.S. mRNA Therapeutics Contract Development & Manufacturing Organization (CDMO)",
            {"CDMO": "Contract Development and Manufacturing Organization"},
            "u s mrna therapeutics cdmo",
            id="ampersand-matches-and-in-the-expansion",
        ),
        pytest.param(
            "Deoxyribonucleic Acid", {"RNA": "Ribonucleic Acid"}, "deoxyribonucleic acid", id="inside-a-word-untouched"
        ),
        pytest.param(
            "Contract Manufacturing Organization Services",
            {"CMO": "Contract Manufacturing Organization", "CM": "Contract Manufacturing"},
            "cmo services",
            id="longer-expansion-first",
        ),
        pytest.param("Healthcare CMO", {"CMO": ""}, "healthcare cmo", id="acronym-without-expansion-ignored"),
    ],
)
def test_market_key(name, acronyms, key):
    assert market_key(name, acronyms) == key


@pytest.mark.parametrize(
    ("name", "acronyms", "key", "rule"),
    [
        pytest.param("Global Fumed Silica Market", None, "fumed silica", "folded", id="nothing-to-replace"),
        pytest.param("Healthcare CMO", CMO, "healthcare cmo", "folded", id="acronym-already-written"),
        pytest.param("Healthcare Contract Manufacturing Organization", CMO, "healthcare cmo", "acronym", id="page-acr"),
        pytest.param("AI", None, "artificial intelligence", "alias_seed", id="seed-expands-ai"),
        pytest.param("Global Artificial Intelligence Market", None, "artificial intelligence", "folded", id="ai-long"),
        pytest.param("Edge AI Hardware", None, "edge artificial intelligence hardware", "alias_seed", id="ai-in-name"),
        pytest.param("Aircraft Seating", None, "aircraft seating", "folded", id="seed-replaces-whole-words-only"),
        pytest.param("Web3", None, "web 3 0", "alias_seed", id="web3-meets-web-3-0"),
        pytest.param("Web 3.0 Market", None, "web 3 0", "folded", id="web-3-0-is-the-key"),
        pytest.param("IIoT", None, "industrial internet of things", "alias_seed", id="longer-alias-first"),
        pytest.param("Industrial IoT", None, "industrial internet of things", "alias_seed", id="iot-in-name"),
        pytest.param("B2B eCommerce", None, "b2b e commerce", "alias_seed", id="ecommerce-meets-e-commerce"),
        pytest.param(
            "Healthcare AI Contract Manufacturing Organization",
            CMO,
            "healthcare artificial intelligence cmo",
            "alias_seed",
            id="seed-after-acronyms",
        ),
    ],
)
def test_resolve_market_with_the_shipped_seed(seed, name, acronyms, key, rule):
    resolved = resolve_market(name, acronyms, seed)
    assert (resolved.market_raw, resolved.market_key, resolved.rule) == (name, key, rule)


@pytest.mark.parametrize(
    ("one", "other", "acronyms"),
    [
        pytest.param("Artificial Intelligence", "AI", None, id="seed-abbreviation"),
        pytest.param("Global Industrial Internet of Things Market", "Industrial IoT", None, id="seed-inside-a-name"),
        pytest.param("Web 3.0", "Web3", None, id="seed-spelling"),
        pytest.param("B2B E-commerce", "B2B eCommerce", None, id="seed-spelling-with-hyphen"),
        pytest.param("Healthcare Contract Manufacturing Organization (CMO)", "Healthcare CMO", CMO, id="page-acronym"),
    ],
)
def test_both_spellings_meet(seed, one, other, acronyms):
    assert resolve_market(one, acronyms, seed).market_key == resolve_market(other, acronyms, seed).market_key


def test_seed_targets_are_keys_already(seed):
    """A target the key rules or the seed would change again could never meet its other spellings."""
    assert {target: resolve_market(target, None, seed).market_key for target in seed.values()} == {
        target: target for target in seed.values()
    }


def test_seed_rows_say_why(seed):
    with MARKET_ALIASES_CSV.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert all(row["note"] for row in rows)
    assert len(seed) == len(rows), "two aliases fold to one key"
