"""Country items as listed under a region, to ISO 3166-1 alpha-2 codes, every repair named.

Names are read by country_converter (its regular expressions know "U.K.", "USA", "South
Korea" ...); the editable seed `warehouse/seeds/country_aliases.csv` adds what it does not
know. Repairs: names split over two items ("Saudi" + "Arabia"), two names merged into one
item ("Argentina Korea"), regions listed as countries, and items that are no place.
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
from country_converter import country_converter

from pipelines.normalise.regions import covers, region_key
from pipelines.normalise.text import fold, without_sentence_stop

_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?!\$)")  # "US$ 4.3 Mn" names a currency
_CAPITAL_INSIDE_A_WORD = re.compile(r"[a-z][A-Z]")  # "PetroChina", "SinoCoking": a company's name
COUNTRY_ALIASES_CSV = Path(__file__).resolve().parents[2] / "warehouse" / "seeds" / "country_aliases.csv"

# Items that name a group of countries, not one ("Rest of Europe", "GCC Countries", "Nordics").
_GROUP_WORDS = re.compile(
    r"\b(?:rest of|others?|countries|nordics?|scandinavia|benelux|gcc|asean|region|world|emerging)\b", re.I
)

logging.getLogger("country_converter").setLevel(logging.ERROR)  # it logs every name it cannot read


@dataclass(frozen=True)
class Country:
    iso2: str
    name: str
    un_region: str | None


@dataclass(frozen=True)
class CountryMention:
    country_raw: str
    country_iso2: str | None  # None only when no country can be read from the item
    rule: str | None  # the repair applied; None when the item named the country plainly
    flag: str | None  # what to double-check, comma-separated: ambiguous, merged, outside_region, ...


def resolve_countries(items: Sequence[str], region: str | None) -> list[CountryMention]:
    """Every item of one region's list, resolved or flagged; none dropped."""
    mentions: list[CountryMention] = []
    index = 0
    while index < len(items):
        item = items[index].strip()
        following = items[index + 1].strip() if index + 1 < len(items) else None
        joined = _single(f"{item} {following}") if following and not _countries_in(item) else None
        if joined and not _countries_in(following):
            joined_raw = f"{item} + {following}"  # both items as listed, so the row shows the repair
            mentions.append(_located(CountryMention(joined_raw, joined.iso2, "joined_split_name", None), region))
            index += 2
            continue
        mentions.extend(_located(m, region) for m in _resolve_item(item))
        index += 1
    return mentions


_PAIR = re.compile(r"\s+(?:and|&)\s+")
_COMPANY_WORD = re.compile(  # and legal forms: "Petlandia Colombia S.A.S." is a company
    r"\b(?:group|inc|incorporated|corp|corporation|company|ltd|limited|plc|holdings?"
    r"|gmbh|ltda|llc|sarl|pty|pvt|bhd|sdn|oyj|kgaa)\b|(?<=\s)(?:S\.A\.|S\.p\.A\b|S\.r\.l\b|[BN]\.V\b)",
    re.I,
)


@lru_cache(maxsize=4096)
def names_one_country(text: str) -> bool:
    """Whether the text is the name of one country ("US", "U.K.", "United Arab Emirates"), e.g. a company's
    country tag; "China International Marine Containers" names a company that merely contains one, and so does
    "PetroChina", a capital inside a word."""
    if len(text.split()) > 3 or _CAPITAL_INSIDE_A_WORD.search(text) or _COMPANY_WORD.search(text):
        return False  # "Cook Group Incorporated", "Formosa Plastics Group": a parent company, no country
    if _joins_two_countries(text):  # "U.S. and Canada", not "Trinidad and Tobago"
        return False
    if text.endswith("s") and _is_a_demonym(text[:-1]):  # "Australians will spend ...": its people, no country
        return False
    return _single(text.strip()) is not None


def country_of(text: str) -> Country | None:
    """The one country a name reads as, if any ("England" and "UK" both read as GB)."""
    return _single(text.strip())


@lru_cache(maxsize=1024)
def country_of_its_people(word: str) -> str | None:
    """The country a people's word names ("Australian" -> "Australia", "South African" -> "South Africa"), by
    the country table's own patterns, which match a country's stem: only for words no country's name is."""
    words = word.split()
    if not 0 < len(words) <= 2 or not words[-1].endswith(_PEOPLES_ENDINGS) or not word[:1].isupper():
        return None
    found = {country.name for pattern, country in _patterns() if pattern.match(word)}
    return found.pop() if len(found) == 1 else None


def _joins_two_countries(text: str) -> bool:
    parts = _PAIR.split(text.strip()) if " and " in text or "&" in text else []
    if len(parts) != 2:
        return False
    countries = [_single(part) for part in parts]
    return None not in countries and countries[0] != countries[1]


def countries_named_in(text: str) -> list[str]:
    """Countries a sentence names, as written and in order: "led by Japan, South Korea and China" ->
    ["Japan", "South Korea", "China"]. A run of capitalised words counts from its start, longest first;
    a name with more words than a country's ("China's BYD") keeps only the country."""
    named = (
        name
        for run in _CAPITALISED_RUN.finditer(text)
        for words in _within_sentences(run.group(0).split())
        for name in _countries_opening(words)
    )
    return list(dict.fromkeys(named))


def _within_sentences(words: list[str]) -> Iterator[list[str]]:
    """A run of capitalised words cut where a sentence ends inside it: "Belgium. France has ..." is two names, "U.S."
    one."""
    start = 0
    for at, word in enumerate(words):
        if word.endswith(".") and any(ch.islower() for ch in word):
            yield words[start : at + 1]
            start = at + 1
    if start < len(words):
        yield words[start:]


def _countries_opening(words: list[str]) -> Iterator[str]:
    """The countries a run of capitalised words names, each read longest first from where the last one ended."""
    while words:
        if words[0] == "The" and len(words) > 1:  # "The United States and Canada."
            words = words[1:]
            continue
        name = next((" ".join(words[:n]) for n in range(min(3, len(words)), 0, -1) if _is_named(words[:n])), None)
        taken = len(name.split()) if name else 1
        name = name and without_sentence_stop(_without_possessive(name))
        if name:
            yield name
        words = words[taken:]


def lies_in(country: str, region: str) -> bool:
    """Whether a country a sentence names belongs in a region ("India" is no part of "Europe"); a name or a
    region this project cannot place: yes."""
    found = _single(country)
    return covers(region_key(region).region_key, found.un_region if found else None)


def _without_possessive(name: str) -> str:
    return name.removesuffix("'s").removesuffix("’s")


def _is_named(words: list[str]) -> bool:
    return _names_a_country(without_sentence_stop(_without_possessive(" ".join(words))))


_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish")  # no country's name ends so
_PEOPLES_ENDINGS = ("an", "ese", "ish", "ine", "ch", "i", "ek")  # "Mexican", "Japanese", "Argentine", "Czech", "Greek"


@lru_cache(maxsize=8192)
def _names_a_country(name: str) -> bool:
    if fold(name) in _aliases():
        return True
    if _is_a_demonym(name):  # "Indonesian producers", "Ukrainian storage": the people's word, no country named
        return False
    starts_like_a_country = _any_pattern_at_a_word_start().match(name)  # one match screens out most names
    if starts_like_a_country and any(
        pattern.fullmatch(name) or _stems_its_last_word(pattern, name) for pattern, _ in _patterns()
    ):
        return True
    return " " not in name and names_one_country(name)  # "Mexico": the library's pattern only searches


def _stems_its_last_word(pattern: re.Pattern, name: str) -> bool:
    """ "United Arab Emirates" by the pattern "united.?arab.?em": a name of several words that the library's
    pattern reads from its start into its last word (the patterns stem words)."""
    match = pattern.match(name) if " " in name else None
    return match is not None and match.end() > name.rfind(" ") + 1


def _is_a_demonym(name: str) -> bool:
    lowered = name.lower()
    return lowered.endswith(_DEMONYM_ENDINGS) or lowered.endswith("n") and names_one_country(name[:-1])


def _resolve_item(item: str) -> list[CountryMention]:
    alias = _aliases().get(fold(item))
    if alias:
        iso2, flag = alias
        return [CountryMention(item, iso2, "country_alias", flag or None)]
    parts = _split_merged(item)
    if parts:
        return [CountryMention(item, country.iso2, "split_merged_item", "merged") for _, country in parts]
    found = _countries_in(item)
    if len(found) == 1:
        country = found[0]
        return [CountryMention(item, country.iso2, None if fold(item) == fold(country.name) else "library_alias", None)]
    if _GROUP_WORDS.search(item) or region_key(item).region_key is not None:  # "Middle East" under "Rest of World"
        return [CountryMention(item, None, "region_as_country", "not_a_country")]
    return [CountryMention(item, None, "not_a_place", "unresolved")]


def _split_merged(item: str) -> list[tuple[str, Country]]:
    """ "Argentina Korea" -> [("Argentina", AR), ("Korea", KR)]: the first split whose halves each
    name one country, two different ones ("South Africa" has no such split)."""
    words = item.split()
    for cut in range(1, len(words)):
        left, right = " ".join(words[:cut]), " ".join(words[cut:])
        left_country, right_country = _single(left), _single(right)
        if left_country and right_country and left_country.iso2 != right_country.iso2:
            return [(left, left_country), (right, right_country)]
    return []


def _located(mention: CountryMention, region: str | None) -> CountryMention:
    """Flag a country listed under a region it does not belong to (kept, not moved)."""
    if mention.country_iso2 is None or covers(region, _by_iso2().get(mention.country_iso2)):
        return mention
    flag = ",".join(f for f in (mention.flag, "outside_region") if f)
    return CountryMention(mention.country_raw, mention.country_iso2, mention.rule, flag)


def _single(name: str) -> Country | None:
    alias = _aliases().get(fold(name))
    if alias:
        return _country(alias[0])
    found = _countries_in(name)
    return found[0] if len(found) == 1 else None


def _countries_in(name: str) -> list[Country]:
    """Countries whose library pattern matches the name (several for a merged item)."""
    if not _any_pattern_at_a_word_start().search(name):  # one search screens out most names, not one per country
        return []
    return [country for pattern, country in _patterns() if _matches_whole_words(pattern, name)]


def _matches_whole_words(pattern: re.Pattern, name: str) -> bool:
    """The library's patterns are searched, so the United Kingdom's "gb" is found inside "IGBT Module": a
    match must start a word (its patterns stem words from their start: "mexic", "ukrain")."""
    match = pattern.search(name)
    return match is not None and (match.start() == 0 or not name[match.start() - 1].isalnum())


def _country(iso2: str) -> Country | None:
    return next((country for _, country in _patterns() if country.iso2 == iso2), None)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, Country]]:
    # Read the library's table ourselves: with pandas 3 its own loader turns Namibia's "NA" into a null.
    table = pd.read_csv(country_converter.COUNTRY_DATA_FILE, sep="\t", keep_default_na=False, na_values=[""])
    table = table[table["obsolete"].isna() & table["ISO2"].notna()]
    # A few ISO2 cells are patterns themselves ("^GB$|^UK$"): the code is their first two capitals.
    return [
        (
            re.compile(row.regex.removeprefix(".*"), re.I),
            Country(re.search(r"[A-Z]{2}", row.ISO2).group(), row.name_short, row.UNregion),
        )
        for row in table.itertuples()
    ]


@lru_cache(maxsize=1)
def _any_pattern_at_a_word_start() -> re.Pattern:
    """Matches wherever some country's pattern would pass `_matches_whole_words`, and perhaps more often."""
    alternatives = "|".join(f"(?:{pattern.pattern})" for pattern, _ in _patterns())
    return re.compile(rf"(?<![^\W_])(?:{alternatives})", re.I)


@lru_cache(maxsize=1)
def _by_iso2() -> dict[str, str | None]:
    return {country.iso2: country.un_region for _, country in _patterns()}


@lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[str, str]]:
    with COUNTRY_ALIASES_CSV.open(newline="", encoding="utf-8") as handle:
        return {fold(row["alias"]): (row["iso2"], row["flag"]) for row in csv.DictReader(handle)}
