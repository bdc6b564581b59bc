"""Company keys and entities across releases. Each case says why it exists."""

import csv
import hashlib
import random

import pytest

from pipelines.normalise.companies import (
    COMPANY_ALIASES_CSV,
    CompanyMatch,
    company_entities,
    company_key,
    load_aliases,
    resolve_companies,
)


@pytest.fixture(scope="module")
def seed() -> dict[str, str]:
    return load_aliases(COMPANY_ALIASES_CSV)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        pytest.param("Gelest, Inc.", "gelest", id="suffix-after-a-comma"),
        pytest.param("Nippon Shokubai Co., Ltd.", "nippon shokubai", id="two-suffixes-stripped-until-stable"),
        pytest.param("Vitro, S.A.B. de C.V.", "vitro", id="sab-de-cv-leaves-no-dangling-de"),
        pytest.param("Merck & Co., Inc.", "merck", id="ampersand-co-leaves-no-dangling-and"),
        pytest.param("Merck and Co", "merck", id="spelled-and-co-leaves-no-dangling-and"),
        pytest.param("Sekisui Plastics Co.Ltd", "sekisui plastics", id="suffixes-glued-by-punctuation"),
        pytest.param("Höganäs AB", "hoganas", id="accents-folded-swedish-suffix"),
        pytest.param("Ceva Santé Animale", "ceva sante animale", id="accents-folded-no-suffix"),
        pytest.param("Lоnzа AG", "lonza", id="cyrillic-look-alike-letters"),
        pytest.param("Silar (Entegris)", "silar", id="parent-in-parentheses-is-not-the-company"),
        pytest.param("Lonza (Switzerland)", "lonza", id="country-tag-in-parentheses"),
        pytest.param("Wolfspeed, Inc. (U.S.)", "wolfspeed", id="country-tag-after-a-suffix"),
        pytest.param("(Entegris)", "entegris", id="name-only-in-parentheses-is-kept"),
        pytest.param("Johnson & Johnson", "johnson and johnson", id="ampersand-inside-a-name-reads-and"),
        pytest.param("Kuehne + Nagel International AG", "kuehne nagel international", id="punctuation-gone"),
        pytest.param("The Kraft Heinz Company", "kraft heinz", id="leading-the-dropped"),
        pytest.param("Tru-D SmartUVC®", "tru d smartuvc", id="trademark-sign-not-spelled-out"),
        pytest.param("Inc.", "inc", id="a-suffix-alone-never-becomes-an-empty-key"),
    ],
)
def test_company_key(name, key):
    assert company_key(name) == key


@pytest.mark.parametrize(
    ("alias", "canonical_name"),
    [
        pytest.param("Greatbatch", "Integer Holdings Corporation", id="renamed-2016"),
        pytest.param("Greatbatch, Inc.", "Integer Holdings Corporation", id="seed-is-keyed-by-company-key"),
        pytest.param("Dow Corning Corporation", "Dow Silicones Corporation", id="renamed-2018"),
        pytest.param("Facebook", "Meta Platforms, Inc.", id="renamed-2021"),
    ],
)
def test_seed_holds_renames(seed, alias, canonical_name):
    assert seed[company_key(alias)] == canonical_name


def test_seed_rows_say_why_and_hold_no_acquisitions(seed):
    with COMPANY_ALIASES_CSV.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert all(row["note"].startswith("rename:") for row in rows)
    assert len(seed) == len(rows), "two aliases fold to one key"
    assert company_key("Patheon") not in seed, "an acquisition is not a rename: Patheon is not Thermo Fisher"


def entity_of(matches: dict[str, CompanyMatch], name: str) -> tuple[str, str, str]:
    match = matches[name]
    return match.company_id, match.canonical_name, match.rule


@pytest.mark.parametrize(
    ("names", "threshold", "joined"),
    [
        pytest.param(["Thermo Fisher Scientific", "Thermo Fischer Scientific"], 92.0, True, id="typo-above-threshold"),
        pytest.param(["Catalent", "Catalant"], 92.0, False, id="typo-below-threshold-stays-apart"),
        pytest.param(["Catalent", "Catalant"], 85.0, True, id="same-typo-joins-at-a-lower-threshold"),
        pytest.param(["ADM", "AMD"], 50.0, False, id="short-keys-never-fuzzy-match"),
        pytest.param(["Samsung Biologics", "Samsung"], 85.0, False, id="extra-word-is-another-company"),
    ],
)
def test_fuzzy_threshold(names, threshold, joined):
    matches = resolve_companies(names, {}, threshold)
    first, second = (matches[name] for name in names)
    assert (first.company_id == second.company_id) is joined
    assert {first.rule, second.rule} == ({"exact", "fuzzy"} if joined else {"exact"})


def test_fuzzy_joins_the_best_scoring_entity_not_the_first():
    # Evonik and Evotec stay apart at 60 (they score 50); "Evotek" scores 67 with Evonik, 83 with Evotec.
    matches = resolve_companies(["Evonik", "Evotec", "Evotek"], {}, 60.0)
    assert matches["Evotek"].company_id == matches["Evotec"].company_id != matches["Evonik"].company_id
    assert matches["Evotek"].rule == "fuzzy"


def test_same_key_joins_exactly():
    matches = resolve_companies(["Gelest, Inc.", "Gelest Inc", "GELEST"], {})
    assert {entity_of(matches, name) for name in matches} == {(sha12("gelest"), "GELEST", "exact")}


def test_seed_joins_a_rename_to_its_new_name(seed):
    matches = resolve_companies(["Greatbatch", "Integer Holdings Corp."], seed)
    assert entity_of(matches, "Greatbatch") == (sha12("integer holdings"), "Integer Holdings Corporation", "alias_seed")
    assert entity_of(matches, "Integer Holdings Corp.") == (
        sha12("integer holdings"),
        "Integer Holdings Corporation",
        "exact",
    )


def test_seed_wins_over_fuzzy_matching(seed):
    names = ["Corning Incorporated", "Dow Corning"]  # "dow corning" scores 78 with "corning"
    without_seed = resolve_companies(names, {}, 75.0)
    assert without_seed["Dow Corning"].company_id == without_seed["Corning Incorporated"].company_id
    assert without_seed["Dow Corning"].rule == "fuzzy"
    with_seed = resolve_companies(names, seed, 75.0)
    assert entity_of(with_seed, "Dow Corning") == (sha12("dow silicones"), "Dow Silicones Corporation", "alias_seed")
    assert entity_of(with_seed, "Corning Incorporated") == (sha12("corning"), "Corning Incorporated", "exact")


def test_seeded_alias_is_no_fuzzy_target(seed):
    # "Dow Cornings" scores 96 with the seeded "dow corning": the seed vouches for that exact name only.
    matches = resolve_companies(["Dow Corning", "Dow Cornings"], seed)
    assert matches["Dow Cornings"].company_id != matches["Dow Corning"].company_id


@pytest.mark.parametrize(
    ("names", "canonical_name"),
    [
        pytest.param(["Lonza AG", "Lonza", "Lonza", "Lonza Ltd"], "Lonza", id="most-frequent-spelling"),
        pytest.param(["Gelest, Inc.", "Gelest Inc"], "Gelest Inc", id="tie-goes-to-the-shortest"),
        pytest.param(["Gelest", "GELEST"], "GELEST", id="tie-of-length-goes-alphabetical"),
        pytest.param(["Greatbatch", "Greatbatch", "Integer Holdings"], "Integer Holdings Corporation", id="seed-wins"),
    ],
)
def test_canonical_name(seed, names, canonical_name):
    assert {match.canonical_name for match in resolve_companies(names, seed).values()} == {canonical_name}


def test_result_does_not_depend_on_input_order(seed):
    names = ["Evotek", "Evonik", "Evotec", "Greatbatch", "Integer Holdings Corp.", "Gelest, Inc.", "GELEST", "ADM"]
    orders = [random.Random(n).sample(names, len(names)) for n in range(20)]
    results = [resolve_companies(order, seed, 60.0) for order in [names, names[::-1], *orders]]
    assert all(result == results[0] for result in results)


def test_ids_are_stable_across_runs():
    """The id is the entity key's hash, written out here: a change of scheme shows up as a failure."""
    assert resolve_companies(["Lonza (Switzerland)"], {})["Lonza (Switzerland)"].company_id == "590c8208b6ef"


def test_company_entities_rows(seed):
    matches = resolve_companies(["Greatbatch", "Integer Holdings Corp.", "Lonza", "Lonza AG", "Lonza"], seed)
    assert company_entities(matches) == [
        {
            "company_id": sha12("integer holdings"),
            "canonical_name": "Integer Holdings Corporation",
            "aliases_seen": ["Greatbatch", "Integer Holdings Corp."],
        },
        {"company_id": sha12("lonza"), "canonical_name": "Lonza", "aliases_seen": ["Lonza", "Lonza AG"]},
    ]


def sha12(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:12]
