"""Regions, segment dimensions and money. Each case says why it exists."""

import pytest

from pipelines.normalise.money import to_usd_millions
from pipelines.normalise.regions import covers, region_key
from pipelines.normalise.segments import normalise_segment

REGION_CASES = [
    ("North America", "North America", None, "already canonical"),
    ("Asia Pacific", "Asia-Pacific", "region_alias", "spelling without the hyphen"),
    ("APAC", "Asia-Pacific", "region_alias", "abbreviation"),
    ("MEA", "Middle East & Africa", "region_alias", "abbreviation"),
    ("Middle East and Africa", "Middle East & Africa", "region_alias", "'and' for '&'"),
    ("South & Central America", "Latin America", "region_alias", "publisher spelling for Latin America"),
    ("LAMEA", "Latin America & MEA", "region_alias", "spans two regions: kept as its own key"),
    ("Rest of Europe", "Rest of Europe", "rest_of", "'Rest of X' keeps X canonical"),
    ("Rest of the World", "Rest of World", "region_alias", "the world's rest"),
    ("Atlantis", None, "unknown_region", "no known region"),
]


@pytest.mark.parametrize("raw, key, rule, why", REGION_CASES, ids=[c[3] for c in REGION_CASES])
def test_region_key(raw, key, rule, why):
    assert (region_key(raw).region_key, region_key(raw).rule) == (key, rule)


def test_region_coverage_uses_un_subregions():
    assert covers("Middle East & Africa", "Western Asia") and not covers("Middle East & Africa", "Eastern Asia")
    assert covers("Rest of Europe", "Southern Europe") and covers("Rest of World", "Eastern Asia")


SEGMENT_CASES = [
    ("type", "Alkyl Silane", "type", "Alkyl Silane", None, "canonical already"),
    ("product", "Hydrophilic", "type", "Hydrophilic", None, "product is the type dimension"),
    ("end user", "Hospitals", "application", "Hospitals", None, "end users are the application dimension"),
    ("end-use industry", "Automotive", "application", "Automotive", None, "end-use industry likewise"),
    ("technology", "Plasma", "technology", "Plasma", None, "other dimensions kept as written"),
    ("type", "Non- Biodegradable", "type", "Non-Biodegradable", "joined_hyphen", "a broken hyphen is joined"),
    ("type", " Epoxy  Silane ", "type", "Epoxy Silane", "trimmed", "white space cleaned"),
]


@pytest.mark.parametrize(
    "dimension, label, dim_out, label_out, rule, why", SEGMENT_CASES, ids=[c[5] for c in SEGMENT_CASES]
)
def test_normalise_segment(dimension, label, dim_out, label_out, rule, why):
    cleaned = normalise_segment(dimension, label)
    assert (cleaned.dimension, cleaned.label, cleaned.rule) == (dim_out, label_out, rule)


MONEY_CASES = [
    (2.3, "billion", "USD", 2023, 2300.0, None, None, "billions to millions"),
    (418750.2, "thousand", "USD", 2024, 418.7502, None, None, "thousands to millions"),
    (1.2, "trillion", "USD", 2024, 1_200_000.0, None, None, "trillions to millions"),
    (28.27, "billion", None, 2023, 28270.0, None, "currency_missing_assumed_usd", "no currency: USD assumed, flagged"),
    (2.0, "billion", "EUR", 2023, 2000.0 * 1.0813, "converted", None, "euros at the year's rate"),
    (
        2.0,
        "billion",
        "EUR",
        2031,
        2000.0 * 1.0824,
        "converted",
        "fx_nearest_year",
        "a future year uses the latest rate",
    ),
    (5.0, "billion", "KRW", 2023, None, None, "no_fx_rate", "a currency without rates is not guessed"),
]


@pytest.mark.parametrize(
    "value, unit, currency, year, usd, rule, flag, why", MONEY_CASES, ids=[c[7] for c in MONEY_CASES]
)
def test_to_usd_millions(value, unit, currency, year, usd, rule, flag, why):
    got = to_usd_millions(value, unit, currency, year)
    assert (got.rule, got.flag) == (rule, flag)
    assert got.value == (pytest.approx(usd) if usd is not None else None)
