"""Market names to one key, so one market from different publishers lines up.

Publishers frame the same market differently ("Global Fumed Silica Market", "Fumed Silica
Industry") and spell it out or abbreviate it ("Healthcare Contract Manufacturing Organization
(CMO)", "Healthcare CMO"). The key folds the name, drops the framing words and writes every
expansion the page defines as its acronym; the reviewed seed `warehouse/seeds/market_aliases.csv`
adds abbreviations and spellings that publishers use without defining them ("AI", "Web3").
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pipelines.normalise.text import fold

MARKET_ALIASES_CSV = Path(__file__).resolve().parents[2] / "warehouse" / "seeds" / "market_aliases.csv"

# A leading space is required, so a name that is only a framing word is kept ("Market").
_LEADING_FRAME = re.compile(r"^(?:(?:global|worldwide|the) )+")
_TRAILING_FRAME = re.compile(r"(?: (?:market|industry|sector))+$")


@dataclass(frozen=True)
class MarketKey:
    market_raw: str
    market_key: str
    rule: str  # folded | acronym | alias_seed: the last step that changed the key


def market_key(name: str, acronyms: Mapping[str, str] | None = None) -> str:
    """The name folded, without "Global"/"the" before or "Market"/"Industry" after, acronyms contracted.

    `acronyms` maps each acronym the page defines to its expansion as written there
    ({"CMO": "Contract Manufacturing Organization"}). Longer expansions go first, so one that holds
    another is contracted whole.
    """
    key = _TRAILING_FRAME.sub("", _LEADING_FRAME.sub("", fold(name)))
    pairs = sorted(((fold(a), fold(e)) for a, e in (acronyms or {}).items()), key=lambda pair: -len(pair[1]))
    for acronym, expansion in pairs:
        key = _contract(key, acronym, expansion)
    return key


def _contract(key: str, acronym: str, expansion: str) -> str:
    """Expansion (singular or plural) to its acronym, with the acronym it stands beside when the page
    wrote both ("polymethyl methacrylate pmma microspheres" -> "pmma microspheres")."""
    if not acronym or not expansion:
        return key
    a, e = re.escape(acronym), re.escape(expansion)
    return re.sub(rf"\b(?:{a}s? )?{e}s?(?: {a}s?)?\b", acronym, key)


def load_market_aliases(path: Path = MARKET_ALIASES_CSV) -> dict[str, str]:
    """The reviewed seed as {market_key(alias): market_key}."""
    with path.open(newline="", encoding="utf-8") as handle:
        return {market_key(row["alias"]): row["market_key"] for row in csv.DictReader(handle)}


def resolve_market(name: str, acronyms: Mapping[str, str] | None, aliases: Mapping[str, str]) -> MarketKey:
    """market_key, then the seed's aliases wherever they stand as whole words in it.

    Aliases replace words, not only whole keys, so "Edge AI Hardware" meets "Edge Artificial
    Intelligence Hardware" too. Longer aliases go first ("iiot" before "iot").
    """
    folded = market_key(name)
    key = market_key(name, acronyms)
    rule = "folded" if key == folded else "acronym"
    if aliases:
        pattern = "|".join(re.escape(alias) for alias in sorted(aliases, key=len, reverse=True))
        seeded = re.sub(rf"\b(?:{pattern})\b", lambda found: aliases[found.group()], key)
        rule = "alias_seed" if seeded != key else rule
        key = seeded
    return MarketKey(name, key, rule)
