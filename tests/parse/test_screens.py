"""A screened pattern runs only where its needles are, and its needles never hide one of its matches."""

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import pipelines.parse
from pipelines.parse.blocks import build_document
from pipelines.parse.decode import decode
from pipelines.parse.numbers import split_sentences
from pipelines.parse.screens import Screened
from tests.conftest import INBOX, PROJECT_ROOT

FIXTURE_PAGES = PROJECT_ROOT / "tests" / "fixtures" / "pages"
HOLDOUT = PROJECT_ROOT / "benchmarks" / "holdout"
HOLDOUT_STRIDE = 10  # every tenth labelled page beside the fixtures and the inbox: every layout, in seconds


def _screened_patterns() -> dict[str, Screened]:
    found: dict[str, Screened] = {}
    for module_info in pkgutil.iter_modules(pipelines.parse.__path__):
        module = importlib.import_module(f"pipelines.parse.{module_info.name}")
        for name, value in vars(module).items():
            if isinstance(value, Screened) and value not in found.values():
                found[f"{module_info.name}.{name}"] = value
    return found


def _shipped_texts() -> list[str]:
    pages = [*sorted(FIXTURE_PAGES.iterdir()), *sorted(INBOX.iterdir())]
    pages += sorted(p for p in HOLDOUT.iterdir() if p.suffix != ".jsonl")[::HOLDOUT_STRIDE]
    texts: list[str] = []
    for page in pages:
        text = decode(Path(page).read_bytes())
        if isinstance(text, str):
            blocks = [block.text for block in build_document(text).blocks]
            texts += blocks + [sentence for block in blocks for sentence in split_sentences(block)]
    return texts


SCREENED = _screened_patterns()


def test_the_parser_screens_its_costliest_patterns():
    assert {"figures._CAGR", "regions.REGION_LABEL", "metadata._NAME_BEFORE_MARKET"} <= set(SCREENED)


def test_a_text_without_a_needle_never_reaches_the_pattern():
    rate = Screened(re.compile(r"\bCAGR\b|\d+% a year", re.I), needles=("cagr", "year"))
    assert rate.search("a CAGR of 8.4%").group(0) == "CAGR"
    assert [m.group(0) for m in rate.finditer("8% a year, then 9% a year")] == ["8% a year", "9% a year"]
    assert rate.match("cagr 2025-2030") is not None
    assert rate.search("grew 8% in 2024") is None
    # the needles are trusted: a text without one is not searched, whatever the pattern would find
    assert Screened(re.compile("market"), needles=("industry",)).search("the market") is None


def test_an_opening_lets_a_text_through():
    parts = Screened(re.compile(r"^(?:states|provinces)$", re.I), needles=("region",), openings=("states",))
    assert parts.search("States") is not None
    assert parts.search("Provinces") is None  # no needle, no opening: the screen's word is final


def test_the_screen_keeps_a_patterns_search_window():
    cagr = Screened(re.compile(r"CAGR"), needles=("cagr",))
    assert cagr.search("CAGR then CAGR", 1).start() == 10
    assert cagr.search("CAGR then CAGR", 1, 9) is None


@pytest.fixture(scope="module")
def shipped_texts() -> list[str]:
    return _shipped_texts()


@pytest.mark.parametrize("name", sorted(SCREENED))
def test_the_needles_never_hide_a_match_on_shipped_pages(name, shipped_texts):
    screened = SCREENED[name]
    hidden = [text for text in shipped_texts if screened.pattern.search(text) and not screened.may_match(text)]
    matched = sum(1 for text in shipped_texts if screened.pattern.search(text))
    assert matched > 0, f"{name} matches no shipped text: the check would prove nothing"
    assert hidden == [], f"{name}'s needles hide its matches in: {hidden[:3]}"
