"""Company keys and entities across releases. Each case says why it exists."""

import csv
import hashlib
import random

import pytest

from pipelines.normalise.companies import (
    COMPANY_ALIASES_CSV,
    CompanyAliases,
    CompanyMatch,
    company_aliases,
    company_entities,
    company_key,
    full_name_key,
    load_aliases,
    resolve_companies,
)


@pytest.fixture(scope="module")
def seed() -> CompanyAliases:
    return load_aliases(COMPANY_ALIASES_CSV)


def sha12(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:12]


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
    ("name", "key"),
    [
        pytest.param("Merck KGaA", "merck kgaa", id="suffix-kept"),
        pytest.param("Merck & Co., Inc.", "merck and co inc", id="ampersand-and-dotted-suffixes-folded-not-stripped"),
        pytest.param("MERCK & CO INC", "merck and co inc", id="case-and-punctuation-still-fold"),
        pytest.param("Merck KGaA (Germany)", "merck kgaa", id="country-tag-in-parentheses-is-not-the-name"),
        pytest.param("Mérck KGaA", "merck kgaa", id="accents-still-fold"),
    ],
)
def test_full_name_key(name, key):
    assert full_name_key(name) == key


@pytest.mark.parametrize(
    ("alias", "canonical_name"),
    [
        pytest.param("Greatbatch", "Integer Holdings Corporation", id="renamed-2016"),
        pytest.param("Greatbatch, Inc.", "Integer Holdings Corporation", id="key-rows-are-keyed-by-company-key"),
        pytest.param("Dow Corning Corporation", "Dow Silicones Corporation", id="renamed-2018"),
        pytest.param("Facebook", "Meta Platforms, Inc.", id="renamed-2021"),
        pytest.param("Merck KGaA", "Merck KGaA", id="homonym-german-merck-by-its-full-name"),
        pytest.param("Merck KGaA, Darmstadt, Germany", "Merck KGaA", id="german-merck-us-and-canada-name"),
        pytest.param("Merck Group", "Merck KGaA", id="german-merck-group-name"),
        pytest.param("Merck & Co., Inc.", "Merck & Co., Inc.", id="homonym-us-merck-by-its-full-name"),
        pytest.param("Merck and Co", "Merck & Co., Inc.", id="us-merck-without-inc"),
        pytest.param("MSD", "Merck & Co., Inc.", id="us-merck-name-outside-us-and-canada"),
        pytest.param("Merck Sharp & Dohme", "Merck & Co., Inc.", id="msd-spelled-out"),
        pytest.param("Merck", None, id="bare-merck-is-left-to-no-one"),
        pytest.param("EMD", None, id="bare-emd-is-also-electro-motive-diesel-so-not-seeded"),
    ],
)
def test_seed_holds_renames_and_homonyms(seed, alias, canonical_name):
    assert seed.seeded(alias) == canonical_name


def test_seed_rows_say_why_and_hold_no_acquisitions(seed):
    with COMPANY_ALIASES_CSV.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert all(row["note"].startswith(("rename:", "homonym:", "other name:")) for row in rows)
    assert all(row["match_on"] == "full_name" for row in rows if row["note"].startswith("homonym:"))
    key_rows = [row for row in rows if row["match_on"] == "key"]
    assert len(seed.by_key) == len(key_rows), "two key rows fold to one key"
    assert company_key("Patheon") not in seed.by_key, "an acquisition is not a rename: Patheon is not Thermo Fisher"
    assert seed.homonym_keys == {"merck"}


def write_seed(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "by_key", "by_full_name"),
    [
        pytest.param(
            "alias,canonical_name,note\nGreatbatch,Integer Holdings Corporation,rename\n",
            {"greatbatch": "Integer Holdings Corporation"},
            {},
            id="old-header-without-match-on-reads-as-key-rows",
        ),
        pytest.param(
            "alias,canonical_name,note,match_on\nGreatbatch,Integer Holdings Corporation,rename,\n",
            {"greatbatch": "Integer Holdings Corporation"},
            {},
            id="empty-match-on-is-key",
        ),
        pytest.param(
            'alias,canonical_name,note,match_on\nMerck & Co.,"Merck & Co., Inc.",homonym,full_name\n',
            {},
            {"merck and co": "Merck & Co., Inc.", "merck and co inc": "Merck & Co., Inc."},
            id="full-name-row-also-lists-its-canonical-name",
        ),
    ],
)
def test_load_aliases_reads_every_seed_shape(tmp_path, text, by_key, by_full_name):
    loaded = load_aliases(write_seed(tmp_path / "company_aliases.csv", text))
    assert (dict(loaded.by_key), dict(loaded.by_full_name)) == (by_key, by_full_name)


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param([("Merck", "Merck KGaA", "exact")], id="unknown-match-on-is-an-error-not-a-default"),
        pytest.param(
            [("MSD", "Merck & Co., Inc.", "key"), ("MSD Inc.", "Merck KGaA", "key")],
            id="two-key-rows-folding-alike-must-agree",
        ),
        pytest.param(
            [("Merck KGaA", "Merck KGaA", "full_name"), ("MERCK KGAA", "Merck & Co., Inc.", "full_name")],
            id="two-full-name-rows-folding-alike-must-agree",
        ),
    ],
)
def test_contradictory_seed_rows_are_refused(rows):
    with pytest.raises(ValueError):
        company_aliases(rows)


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


MERCKS = ["Merck KGaA", "Merck & Co., Inc.", "Merck", "Merck and Co", "MSD", "Merck Group", "Merck KGaA (Germany)"]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        pytest.param("Merck KGaA", "Merck & Co., Inc.", False, id="homonyms-apart-though-both-key-merck"),
        pytest.param("Merck KGaA", "Merck", False, id="bare-merck-not-given-to-the-german-merck"),
        pytest.param("Merck & Co., Inc.", "Merck", False, id="bare-merck-not-given-to-the-us-merck"),
        pytest.param("Merck & Co., Inc.", "Merck and Co", True, id="full-name-rows-join-their-listed-spellings"),
        pytest.param("Merck & Co., Inc.", "MSD", True, id="key-row-joins-a-homonym-entity"),
        pytest.param("Merck KGaA", "Merck Group", True, id="key-row-joins-the-german-merck"),
        pytest.param("Merck KGaA", "Merck KGaA (Germany)", True, id="country-tag-does-not-split-a-homonym"),
        pytest.param("BASF", "BASF SE (Germany)", True, id="general-rule-intact-suffix-and-country-tag"),
        pytest.param("Air Liquide", "Air Liquide S.A.", True, id="general-rule-intact-dotted-suffix"),
        pytest.param("BASF SE", "basf se", True, id="general-rule-intact-case"),
        pytest.param("Ørsted A/S", "Orsted", True, id="general-rule-intact-accents"),
    ],
)
def test_homonyms_stay_apart_and_spellings_still_join(seed, first, second, same):
    names = [*MERCKS, "BASF", "BASF SE", "BASF SE (Germany)", "basf se", "Air Liquide", "Air Liquide S.A."]
    matches = resolve_companies([*names, "Ørsted A/S", "Orsted"], seed)
    assert (matches[first].company_id == matches[second].company_id) is same


@pytest.mark.parametrize(
    ("name", "entity"),
    [
        pytest.param("Merck KGaA", (sha12("merck kgaa"), "Merck KGaA", "alias_seed"), id="id-from-full-folded-name"),
        pytest.param(
            "Merck & Co., Inc.",
            (sha12("merck and co inc"), "Merck & Co., Inc.", "alias_seed"),
            id="us-merck-id-from-its-full-folded-name",
        ),
        pytest.param("MSD", (sha12("merck and co inc"), "Merck & Co., Inc.", "alias_seed"), id="key-row-same-id"),
        pytest.param("Merck", (sha12("merck"), "Merck", "ambiguous_homonym"), id="bare-merck-own-entity-flagged"),
    ],
)
def test_homonym_entities_and_rules(seed, name, entity):
    assert entity_of(resolve_companies(MERCKS, seed), name) == entity


@pytest.mark.parametrize(
    ("rows", "joined_with"),
    [
        pytest.param([], None, id="no-seed-bare-merck-is-plain-exact-entity"),
        pytest.param([("Merck KGaA", "Merck KGaA", "full_name")], None, id="one-homonym-seeded-bare-merck-flagged"),
        pytest.param(
            [("Merck KGaA", "Merck KGaA", "full_name"), ("Merck", "Merck KGaA", "full_name")],
            "Merck KGaA",
            id="a-full-name-row-for-merck-settles-it",
        ),
        pytest.param(
            [("Merck & Co., Inc.", "Merck & Co., Inc.", "full_name"), ("Merck", "Merck & Co., Inc.", "key")],
            "Merck & Co., Inc.",
            id="a-key-row-for-merck-settles-it-too",
        ),
    ],
)
def test_the_seed_decides_where_bare_merck_goes(rows, joined_with):
    matches = resolve_companies(["Merck", "Merck KGaA", "Merck & Co., Inc."], company_aliases(rows))
    if joined_with is None:
        assert matches["Merck"].canonical_name == "Merck"
        assert matches["Merck"].rule == ("ambiguous_homonym" if rows else "exact")
    else:
        assert (matches["Merck"].canonical_name, matches["Merck"].rule) == (joined_with, "alias_seed")
        assert matches["Merck"].company_id == matches[joined_with].company_id


def test_a_typo_of_a_homonym_key_is_not_given_to_either_homonym(seed):
    # "merk" scores 89 with the bare "merck" entity, below 92; the homonyms' full keys score lower still.
    matches = resolve_companies([*MERCKS, "Merk"], seed)
    assert matches["Merk"].company_id not in {matches["Merck KGaA"].company_id, matches["Merck & Co., Inc."].company_id}


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
    names += MERCKS  # homonyms, their seeded spellings and the bare shared key
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
