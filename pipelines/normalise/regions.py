"""Region names to one canonical key each, and which countries belong to a region.

Spellings live in the editable seed `warehouse/seeds/region_aliases.csv`; what a region
covers is stated in UN geoscheme sub-regions, as the country library classifies countries.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipelines.normalise.text import fold

REGION_ALIASES_CSV = Path(__file__).resolve().parents[2] / "warehouse" / "seeds" / "region_aliases.csv"

_AMERICAS_SOUTH = frozenset({"South America", "Central America", "Caribbean"})
_AFRICA = frozenset({"Northern Africa", "Eastern Africa", "Middle Africa", "Southern Africa", "Western Africa"})
_MIDDLE_EAST = frozenset({"Western Asia"})
# UN sub-regions each canonical region covers. Mexico (Central America) is counted in North
# America too, as most publishers do. None: the region covers anything ("Rest of World").
REGION_COVERAGE: dict[str, frozenset[str] | None] = {
    "North America": frozenset({"Northern America", "Central America", "Caribbean"}),
    "Latin America": _AMERICAS_SOUTH,
    "Europe": frozenset({"Northern Europe", "Western Europe", "Southern Europe", "Eastern Europe"}),
    "Asia-Pacific": frozenset(
        {
            "Eastern Asia",
            "South-eastern Asia",
            "Southern Asia",
            "Central Asia",
            "Australia and New Zealand",
            "Melanesia",
            "Micronesia",
            "Polynesia",
        }
    ),
    "Middle East & Africa": _MIDDLE_EAST | _AFRICA,
    "Latin America & MEA": _AMERICAS_SOUTH | _MIDDLE_EAST | _AFRICA,
    "Rest of World": None,
}


@dataclass(frozen=True)
class RegionKey:
    region_raw: str
    region_key: str | None  # None: not a region this project knows
    rule: str | None  # None when the raw name already is the key


def region_key(raw: str) -> RegionKey:
    """ "APAC" -> Asia-Pacific (rule "region_alias"); "Rest of Europe" -> "Rest of Europe" ("rest_of")."""
    name = raw.strip().rstrip(":").strip()
    aliases = _aliases()
    key = aliases.get(fold(name))
    if key:
        return RegionKey(raw, key, None if key == name else "region_alias")
    rest = re.match(r"^rest of (?:the )?(.+)$", name, re.I)
    if rest:
        inner = aliases.get(fold(rest.group(1)))
        return RegionKey(raw, f"Rest of {inner}" if inner else "Rest of World", "rest_of")
    return RegionKey(raw, None, "unknown_region")


def covers(key: str | None, un_region: str | None) -> bool:
    """Whether a country of ``un_region`` belongs in region ``key`` (unknown either way: yes)."""
    if key is None or un_region is None:
        return True
    base = key.removeprefix("Rest of ") if key != "Rest of World" else key  # "Rest of Europe" is in Europe
    coverage = REGION_COVERAGE.get(base)
    return coverage is None or un_region in coverage


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    with REGION_ALIASES_CSV.open(newline="", encoding="utf-8") as handle:
        return {fold(row["alias"]): row["region_key"] for row in csv.DictReader(handle)}
