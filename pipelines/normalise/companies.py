"""Players named by releases, to one entity per company across releases.

Publishers write one company many ways ("Merck & Co., Inc.", "Merck and Co"): a key folds the
spelling and drops legal suffixes; the reviewed seed `warehouse/seeds/company_aliases.csv` adds
renames no spelling rule can see (Greatbatch is Integer Holdings); fuzzy matching joins typos.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from cleanco import basename
from rapidfuzz import fuzz, process

from pipelines.normalise.text import fold, to_ascii

COMPANY_ALIASES_CSV = Path(__file__).resolve().parents[2] / "warehouse" / "seeds" / "company_aliases.csv"

# Keys shorter than this are acronyms ("ADM", "AMD"): one letter apart is another company.
MIN_FUZZY_KEY_LENGTH = 4

_TRAILING_PARENTHESES = re.compile(r"\s*\([^()]*\)\s*$")
# Words a stripped suffix leaves behind: "Merck and Co" -> "Merck and", "Vitro, S.A.B. de C.V." -> "Vitro, S.A.B. de".
_DANGLING_WORDS = frozenset({"and", "de"})


@dataclass(frozen=True)
class CompanyMatch:
    name_raw: str
    company_id: str
    canonical_name: str
    rule: str  # exact | alias_seed | fuzzy: how the name joined its entity


def company_key(name: str) -> str:
    """The name folded, without a trailing parenthesised part, legal suffixes or a leading "the".

    The parenthesised part tags a parent or a country ("Silar (Entegris)", "Lonza (Switzerland)"): it is
    not the company. Suffixes are stripped before folding, while cleanco can still read dotted forms
    ("S.A.B.", "Co."), and again after, for suffixes glued on by punctuation ("Co.Ltd").
    """
    text = to_ascii(name)
    text = _TRAILING_PARENTHESES.sub("", text) or text
    key = _strip_legal_suffixes(fold(_strip_legal_suffixes(text)))
    return key.removeprefix("the ")


def _strip_legal_suffixes(name: str) -> str:
    """cleanco's basename until stable ("Co., Ltd." is two suffixes), never down to nothing."""
    while (stripped := basename(name)) not in (name, ""):
        words = stripped.split()
        if len(words) > 1 and words[-1].lower() in _DANGLING_WORDS:
            stripped = " ".join(words[:-1])
        name = stripped
    return name


def load_aliases(path: Path = COMPANY_ALIASES_CSV) -> dict[str, str]:
    """The reviewed seed as {company_key(alias): canonical_name}."""
    with path.open(newline="", encoding="utf-8") as handle:
        return {company_key(row["alias"]): row["canonical_name"] for row in csv.DictReader(handle)}


def resolve_companies(
    names: Iterable[str], aliases: Mapping[str, str], threshold: float = 92.0
) -> dict[str, CompanyMatch]:
    """Each distinct raw name with its entity; the same whatever the order of `names`.

    `aliases` is keyed by company_key (as load_aliases returns it). The entity's canonical name is the
    seed's when the seed names it, else its most frequent raw spelling (ties: shortest, then alphabetical).
    """
    counts = Counter(names)
    keys = {raw: company_key(raw) for raw in sorted(counts)}
    joins = _join_keys(sorted(set(keys.values())), aliases, threshold)
    members: dict[str, list[str]] = defaultdict(list)
    for raw, key in keys.items():
        members[joins[key][0]].append(raw)
    canonical = {entity: _canonical_name(raws, keys, aliases, counts) for entity, raws in members.items()}
    return {
        raw: CompanyMatch(raw, _company_id(joins[key][0]), canonical[joins[key][0]], joins[key][1])
        for raw, key in keys.items()
    }


def _join_keys(keys: list[str], aliases: Mapping[str, str], threshold: float) -> dict[str, tuple[str, str]]:
    """Each key (sorted) to (entity key, rule): the seed first, then identical keys, then fuzzy matching.

    An entity's key is the seed's canonical name's key, or its first member's. Fuzzy matching scores
    with token_sort_ratio: it forgives typos and word order ("Thermo Fischer Scientific" 98) but not
    extra words, where WRatio's partial and token-set scores rate a subsidiary as its parent
    ("Johnson & Johnson MedTech": 95, "Samsung Biologics" vs "Samsung": 90). A missed spelling is
    one seed row away; a wrong merge hides a company. Seeded aliases are no fuzzy targets: the seed
    says what those exact names are, nothing about names that look like them.
    """
    joins = {key: (company_key(aliases[key]), "alias_seed") for key in keys if key in aliases}
    targets = {entity: entity for entity, _ in joins.values()}  # key a later key may match -> its entity
    for key in keys:
        if key in joins:
            continue
        if key in targets:
            joins[key] = (targets[key], "exact")
            continue
        best = None
        if len(key) >= MIN_FUZZY_KEY_LENGTH:
            candidates = [target for target in targets if len(target) >= MIN_FUZZY_KEY_LENGTH]
            best = process.extractOne(key, candidates, scorer=fuzz.token_sort_ratio, score_cutoff=threshold)
        joins[key] = (targets[best[0]], "fuzzy") if best else (key, "exact")
        targets[key] = joins[key][0]
    return joins


def _canonical_name(raws: list[str], keys: Mapping[str, str], aliases: Mapping[str, str], counts: Counter) -> str:
    seeded = sorted(aliases[keys[raw]] for raw in raws if keys[raw] in aliases)
    return seeded[0] if seeded else min(raws, key=lambda raw: (-counts[raw], len(raw), raw))


def _company_id(entity_key: str) -> str:
    """Stable across runs: a hash of the entity's key, not a counter."""
    return hashlib.sha256(entity_key.encode()).hexdigest()[:12]


def company_entities(matches: Mapping[str, CompanyMatch]) -> list[dict]:
    """Rows of the company dimension, one per entity, with every raw spelling seen (sorted)."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for match in matches.values():
        seen[(match.canonical_name, match.company_id)].add(match.name_raw)
    return [
        {"company_id": company_id, "canonical_name": name, "aliases_seen": sorted(raws)}
        for (name, company_id), raws in sorted(seen.items())
    ]
