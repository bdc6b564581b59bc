"""Country items to ISO codes, every repair named. Each case says why it exists."""

import pytest

from pipelines.normalise.countries import (
    countries_named_in,
    country_of_its_people,
    names_one_country,
    resolve_countries,
)


def resolved(items, region):
    return [(m.country_raw, m.country_iso2, m.rule, m.flag) for m in resolve_countries(items, region)]


CASES = [
    (
        ["United States", "Canada"],
        "North America",
        [("United States", "US", None, None), ("Canada", "CA", None, None)],
        "plain names need no repair",
    ),
    (
        ["U.K.", "USA", "U.S."],
        "Europe",
        [
            ("U.K.", "GB", "library_alias", None),
            ("USA", "US", "library_alias", "outside_region"),
            ("U.S.", "US", "library_alias", "outside_region"),
        ],
        "abbreviations the library knows; the US is no European country",
    ),
    (["UAE"], "Middle East & Africa", [("UAE", "AE", "country_alias", None)], "abbreviation from the reviewed seed"),
    (
        ["China Taiwan"],
        "Asia-Pacific",
        [("China Taiwan", "TW", "country_alias", None)],
        "publishers' name for Taiwan, which the library reads as two countries",
    ),
    (
        ["Saudi", "Arabia"],
        "Middle East & Africa",
        [("Saudi + Arabia", "SA", "joined_split_name", None)],
        "one name split over two items is joined",
    ),
    (
        ["Argentina Korea"],
        "Latin America",
        [
            ("Argentina Korea", "AR", "split_merged_item", "merged"),
            ("Argentina Korea", "KR", "split_merged_item", "merged,outside_region"),
        ],
        "two names merged into one item are split, both kept",
    ),
    (
        ["Korea"],
        "Middle East & Africa",
        [("Korea", "KR", "country_alias", "ambiguous,outside_region")],
        "'Korea' is ambiguous, and it is not in the Middle East",
    ),
    (
        ["South Africa"],
        "Middle East & Africa",
        [("South Africa", "ZA", None, None)],
        "two words, one country: no split",
    ),
    (
        ["Rest of Europe", "GCC Countries", "Nordics"],
        "Europe",
        [
            ("Rest of Europe", None, "region_as_country", "not_a_country"),
            ("GCC Countries", None, "region_as_country", "not_a_country"),
            ("Nordics", None, "region_as_country", "not_a_country"),
        ],
        "groups of countries listed as countries",
    ),
    (
        ["Middle East", "Latin America"],
        "Rest of World",
        [
            ("Middle East", None, "region_as_country", "not_a_country"),
            ("Latin America", None, "region_as_country", "not_a_country"),
        ],
        "region names the region seed knows, listed under Rest of World, are regions, not unknown places",
    ),
    (
        ["Widgets"],
        "Europe",
        [("Widgets", None, "not_a_place", "unresolved")],
        "not a place: kept and flagged, never dropped",
    ),
    (["Israel"], "Asia-Pacific", [("Israel", "IL", None, "outside_region")], "Western Asia is not Asia-Pacific"),
    (["Mexico"], "North America", [("Mexico", "MX", None, None)], "publishers count Mexico in North America"),
]


@pytest.mark.parametrize("items, region, expected, why", CASES, ids=[c[3] for c in CASES])
def test_resolve_countries(items, region, expected, why):
    assert resolved(items, region) == expected


def test_the_seed_page_middle_east_list():
    """The reliablebusinessinsights page's list: Turkey, Saudi, Arabia, UAE, Korea."""
    got = resolved(["Turkey", "Saudi", "Arabia", "UAE", "Korea"], "Middle East & Africa")
    assert [iso for _, iso, _, _ in got] == ["TR", "SA", "AE", "KR"]
    assert got[-1][3] == "ambiguous,outside_region"


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        (", with the U.S. and Canada together accounting for 38%", ["U.S.", "Canada"], "dotted and plain names"),
        (", led by Japan, South Korea and China, is expected", ["Japan", "South Korea", "China"], "a two-word name"),
        (" as China's BYD and Mexico's plants ramp up", ["China", "Mexico"], "a possessive before a company"),
        (" as EV Makers and Tesla expand", [], "capitalised words that are no country"),
        ("Key countries: Spain, Ireland. Europe leads", ["Spain", "Ireland"], "a full stop is no part of a name"),
        ("Israel, UAE and South Africa.", ["Israel", "UAE", "South Africa"], "nor of a two-word name"),
        ("The United States and Canada. Rebates help", ["United States", "Canada"], "an article is no part either"),
        (
            ", led by Japan and Indonesia, with Indonesian and Ukrainian producers gaining",
            ["Japan", "Indonesia"],
            "a people's word names no country",
        ),
        ("Asia Pacific held US$ 4,310.5 Mn in 2024, led by China", ["China"], "a currency's sign names none"),
        (
            "(Saudi Arabia, the United Arab Emirates, South Africa)",
            ["Saudi Arabia", "United Arab Emirates", "South Africa"],
            "a name the library's pattern reads into its last word ('united.?arab.?em')",
        ),
        (
            "followed by the Netherlands and Belgium. France has a bonus, as the U.S. does.",
            ["Netherlands", "Belgium", "France", "U.S."],
            "a sentence ending inside a run of capitals",
        ),
    ],
    ids=[
        "dotted and plain names",
        "a two-word name",
        "a possessive before a company",
        "capitalised words",
        "full stop",
        "full stop after two words",
        "article",
        "demonyms",
        "US$",
        "a stemmed name of three words",
        "a sentence's end parts a run",
    ],
)
def test_countries_named_in_a_sentence(text, expected, why):
    assert countries_named_in(text) == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("IGBT Module", False),
        ("UK", True),
        ("Great Britain", True),
        ("Mexico", True),
        ("Ukraine", True),
        ("Papua New Guinea", True),
        ("PetroChina", False),
        ("U.S. and Canada", False),
        ("Trinidad and Tobago", True),
        ("Cook Group Incorporated", False),
        ("Formosa Plastics Group", False),
        ("Petlandia Colombia S.A.S.", False),
        ("U.S.A.", True),
    ],
    ids=[
        "the UK's 'gb' inside a word",
        "a code",
        "a name",
        "a stem",
        "another stem",
        "a name within a name",
        "a capital inside a word: a company's name",
        "two countries joined by 'and'",
        "one country's name with 'and' in it",
        "a company named after an island group",
        "a company named after an island's old name",
        "a legal form after a country's name: a company",
        "a country's dotted initials are no legal form",
    ],
)
def test_a_country_pattern_matches_from_the_start_of_a_word(text, country):
    assert names_one_country(text) is country


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Australian", "Australia"),
        ("Japanese", "Japan"),
        ("South African", "South Africa"),
        ("Mexican", "Mexico"),
        ("Southern and Eastern Serbia", None),  # a part of a country, by its name
        ("UK & Ireland", None),  # two countries
        ("australian", None),  # an adjective in lower case names no people here
    ],
)
def test_the_country_a_peoples_word_names(word, country):
    assert country_of_its_people(word) == country
