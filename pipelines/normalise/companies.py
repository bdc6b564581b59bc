"""Players named by releases, to one entity per company across releases.

Publishers write one company many ways ("Merck & Co., Inc.", "Merck and Co"): a key folds the
spelling and drops legal suffixes; the reviewed seed `warehouse/seeds/company_aliases.csv` adds
renames no spelling rule can see (Greatbatch is Integer Holdings); fuzzy matching joins typos.

Distinct companies can share a name once suffixes are gone: "Merck KGaA" (Germany) and
"Merck & Co., Inc." (United States) both key to "merck". The seed's `match_on` column separates them:
a `full_name` row is looked up on the name folded with its legal suffix kept (full_name_key), before
the key, and wins over it; a `key` row (the default, also when the column is empty or absent) is
looked up on company_key. An entity named by a `full_name` row takes its full folded name as its
key ("merck kgaa"), so homonyms get different ids. A name that only shares the key ("Merck",
"Merck Inc.") goes where a seed row says; without one it stays an entity of its own under the
shared key, with rule "ambiguous_homonym" (logged in ops.fixes): which Merck a bare "Merck" means
depends on the page, and no spelling rule can tell. The shipped seed gives bare "Merck" to neither.
Names that differ only by suffix, case, punctuation or accents still share one entity ("BASF",
"BASF SE", "BASF SE (Germany)"): full_name rows are meant for homonyms only.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
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
    rule: str  # exact | alias_seed | fuzzy | ambiguous_homonym: how the name joined its entity


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


def full_name_key(name: str) -> str:
    """The name folded with its legal suffix kept, without a trailing parenthesised part.

    "Merck KGaA (Germany)" -> "merck kgaa"; "Merck & Co., Inc." and "MERCK & CO INC" -> "merck and co inc".
    What seed rows with match_on=full_name are looked up by.
    """
    text = to_ascii(name)
    return fold(_TRAILING_PARENTHESES.sub("", text) or text)


def _strip_legal_suffixes(name: str) -> str:
    """cleanco's basename until stable ("Co., Ltd." is two suffixes), never down to nothing."""
    while (stripped := basename(name)) not in (name, ""):
        words = stripped.split()
        if len(words) > 1 and words[-1].lower() in _DANGLING_WORDS:
            stripped = " ".join(words[:-1])
        name = stripped
    return name


@dataclass(frozen=True)
class CompanyAliases:
    """The reviewed seed, ready to look names up (build it with `company_aliases` or `load_aliases`).

    by_key: {company_key(alias): canonical name}, rows with match_on=key.
    by_full_name: {full_name_key(alias): canonical name}, rows with match_on=full_name, each such row's
        canonical name included as an alias of itself.
    homonym_keys: the company_key of every full_name row's canonical name ("merck"): a key that several
        companies share, where a name the seed does not list is flagged rather than joined.
    """

    by_key: Mapping[str, str] = field(default_factory=dict)
    by_full_name: Mapping[str, str] = field(default_factory=dict)
    homonym_keys: frozenset[str] = frozenset()

    def seeded(self, name: str) -> str | None:
        """The canonical name the seed gives this raw name: full-name rows first, then key rows."""
        return self.by_full_name.get(full_name_key(name)) or self.by_key.get(company_key(name))

    def entity_key(self, canonical_name: str) -> str:
        """The key a seeded entity's id is made from: a homonym's full folded name, else its company_key."""
        full = full_name_key(canonical_name)
        return full if self.by_full_name.get(full) == canonical_name else company_key(canonical_name)


def company_aliases(rows: Iterable[tuple[str, str, str]]) -> CompanyAliases:
    """Seed rows (alias, canonical_name, match_on) to lookups; match_on is "key" (also when empty) or "full_name".

    Two rows that fold to the same lookup with different canonical names are an error, not a silent pick.
    """
    by_key: dict[str, str] = {}
    by_full_name: dict[str, str] = {}
    homonym_keys: set[str] = set()
    for alias, canonical_name, match_on in rows:
        match_on = (match_on or "key").strip()
        if match_on == "key":
            _add_alias(by_key, company_key(alias), canonical_name, alias)
        elif match_on == "full_name":
            for spelling in (alias, canonical_name):
                _add_alias(by_full_name, full_name_key(spelling), canonical_name, spelling)
            homonym_keys.add(company_key(canonical_name))
        else:
            raise ValueError(f"company alias {alias!r}: match_on is {match_on!r}, expected 'key' or 'full_name'")
    return CompanyAliases(by_key, by_full_name, frozenset(homonym_keys))


def _add_alias(lookup: dict[str, str], folded: str, canonical_name: str, alias: str) -> None:
    if lookup.setdefault(folded, canonical_name) != canonical_name:
        raise ValueError(f"company alias {alias!r} names both {lookup[folded]!r} and {canonical_name!r}")


def load_aliases(path: Path = COMPANY_ALIASES_CSV) -> CompanyAliases:
    """The reviewed seed; a file without the match_on column reads every row as match_on=key."""
    with path.open(newline="", encoding="utf-8") as handle:
        return company_aliases(
            (row["alias"], row["canonical_name"], row.get("match_on") or "key") for row in csv.DictReader(handle)
        )


def resolve_companies(
    names: Iterable[str], aliases: CompanyAliases | Mapping[str, str], threshold: float = 92.0
) -> dict[str, CompanyMatch]:
    """Each distinct raw name with its entity; the same whatever the order of `names`.

    `aliases` is the seed as load_aliases returns it, or a plain {company_key(alias): canonical_name}
    mapping (key rows only). A name a full_name row lists joins that row's entity; the others join by key.
    The entity's canonical name is the seed's when the seed names it, else its most frequent raw
    spelling (ties: shortest, then alphabetical).
    """
    seed = aliases if isinstance(aliases, CompanyAliases) else CompanyAliases(by_key=dict(aliases))
    counts = Counter(names)
    raws = sorted(counts)
    by_full_name = {
        raw: seed.by_full_name[full_name_key(raw)] for raw in raws if full_name_key(raw) in seed.by_full_name
    }
    keys = {raw: company_key(raw) for raw in raws if raw not in by_full_name}
    homonyms = {seed.entity_key(canonical) for canonical in by_full_name.values()}
    joins = _join_keys(sorted(set(keys.values())), seed, homonyms, threshold)
    entities = {raw: (seed.entity_key(canonical), "alias_seed") for raw, canonical in by_full_name.items()}
    entities |= {raw: joins[key] for raw, key in keys.items()}
    members: dict[str, list[str]] = defaultdict(list)
    for raw, (entity, _) in entities.items():
        members[entity].append(raw)
    canonical = {entity: _canonical_name(group, seed, counts) for entity, group in members.items()}
    return {
        raw: CompanyMatch(raw, _company_id(entity), canonical[entity], rule) for raw, (entity, rule) in entities.items()
    }


def _join_keys(
    keys: list[str], seed: CompanyAliases, homonyms: Iterable[str], threshold: float
) -> dict[str, tuple[str, str]]:
    """Each key (sorted) to (entity key, rule): the seed first, then identical keys, then fuzzy matching.

    An entity's key is the seed's canonical name's entity key, or its first member's. `homonyms` are
    the entity keys of full-name seed rows met in this run: targets like any seeded entity. A key
    several companies share (seed.homonym_keys) that no key row names is an entity of its own, rule
    "ambiguous_homonym", never fuzzy-joined to one of them. Fuzzy matching scores
    with token_sort_ratio: it forgives typos and word order ("Thermo Fischer Scientific" 98) but not
    extra words, where WRatio's partial and token-set scores rate a subsidiary as its parent
    ("Johnson & Johnson MedTech": 95, "Samsung Biologics" vs "Samsung": 90). A missed spelling is
    one seed row away; a wrong merge hides a company. Seeded aliases are no fuzzy targets: the seed
    says what those exact names are, nothing about names that look like them.
    """
    joins = {key: (seed.entity_key(seed.by_key[key]), "alias_seed") for key in keys if key in seed.by_key}
    targets = {entity: entity for entity, _ in joins.values()}  # key a later key may match -> its entity
    targets |= {entity: entity for entity in homonyms}
    for key in keys:
        if key in joins:
            continue
        if key in targets:
            joins[key] = (targets[key], "exact")
            continue
        if key in seed.homonym_keys:
            joins[key] = (key, "ambiguous_homonym")
            targets[key] = key
            continue
        best = None
        if len(key) >= MIN_FUZZY_KEY_LENGTH:
            candidates = [target for target in targets if len(target) >= MIN_FUZZY_KEY_LENGTH]
            best = process.extractOne(key, candidates, scorer=fuzz.token_sort_ratio, score_cutoff=threshold)
        joins[key] = (targets[best[0]], "fuzzy") if best else (key, "exact")
        targets[key] = joins[key][0]
    return joins


def _canonical_name(raws: list[str], seed: CompanyAliases, counts: Counter) -> str:
    seeded = sorted(canonical for raw in raws if (canonical := seed.seeded(raw)))
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
