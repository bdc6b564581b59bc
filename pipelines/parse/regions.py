"""Regions with their countries, however a page lists them: labels or sub-headings over lists,
"Region (a, b)" and "Region: a, b" items, scope rows, pipe cells, or a run of regions in prose."""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import replace

import pycountry

from pipelines.normalise.countries import country_of
from pipelines.normalise.text import fold, without_sentence_stop
from pipelines.parse import vocabulary as vocab
from pipelines.parse.blocks import Block
from pipelines.parse.lists import (
    AFTER_BRACKETS_AND,
    LAST_AND,
    LEADING_THE,
    MAX_ITEM_CHARS,
    MAX_ITEM_WORDS,
    REGION_ANYWHERE,
    REGION_WORDS,
    TRAILING_BRACKETS,
    countries_named_in,
    inline_list,
    is_item,
    is_region_name,
    lies_in,
    list_items,
    names_no_other_country,
    names_one_country,
    names_parted_by_semicolons,
    split_top_level,
    words_outside_brackets,
)
from pipelines.parse.numbers import split_sentences
from pipelines.parse.screens import Screened
from pipelines.records import RegionMention

_NOT_ONLY_AREAS = frozenset({"states", "departments"})  # "the report states:", "hospital departments"
_AREA_WORDS = "|".join(re.escape(word) for word in sorted(vocab.PART_DIMENSIONS, key=len, reverse=True))
_AREA_PLURALS = "|".join(re.escape(w) for w in sorted(vocab.PART_DIMENSIONS - _NOT_ONLY_AREAS) if w.endswith("s"))
# "the following counties", "the five Danish regions": a country's parts, named in a line over their list
PARTS_NAMED = Screened(
    re.compile(  # and "five departments", "the states" (alone, "the report states:" names none)
        rf"\b(?:regions|{_AREA_PLURALS})\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|its|the|following)\s+"
        r"(?:states|departments)\b",
        re.I,
    ),
    needles=("regions", *(w for w in vocab.PART_DIMENSIONS if w.endswith("s"))),
)
# A short heading or label about regions, however it is worded: "Regional Scope", "Geography", "Countries covered",
# "Governorate coverage", "Governorates and wilayats covered", "Provincial view", "Province-level picture",
# "State by state"
REGION_LABEL = Screened(
    re.compile(
        r"\bregion(?:al|s)?\b|\bgeograph\w*"
        # "Gouvernorats couverts / Governorates covered"
        rf"|(?:^|/\s*)(?:countr(?:y|ies)|{_AREA_WORDS})(?: and [\w-]+)?"
        r" (?:coverage|(?:in )?scope|covered|analy[sz]ed|studied|included)"  # "Countries in scope"
        rf"|^(?:{_AREA_WORDS})(?: and (?:[\w-]+ )?(?:{_AREA_WORDS}|cities|towns|areas))?$"  # "Departments and towns"
        rf"|\b(?:provincial|departmental|(?:state|county|province|district|division)-level|^(?:{_AREA_WORDS}))"
        r" (?:outlook|view|analysis|breakdown|coverage|insights|picture|snapshot|highlights)"
        rf"|^(region|{_AREA_WORDS}) by \1$",  # "State by state", "Governorate by governorate"
        re.I,
    ),
    needles=(
        "region",
        "geograph",
        "coverage",
        "scope",
        "covered",
        "analy",
        "studied",
        "included",
        "provincial",
        "departmental",
        "-level",
    ),
    openings=vocab.PART_DIMENSIONS,
)
_COMPASS = r"(?:north|south|east|west|central|centre|center)"
_COMPASS_GLOSS = re.compile(rf"{_COMPASS}(?:[- ]?{_COMPASS})?", re.I)
_DIMENSIONS_IN_BRACKETS = re.compile(r"\s*\(By [^()]*\)")
_REGION_NAME_WORDS = 6  # "Rest of Latin America and Caribbean": a longer item is a clause
_PARTED = re.compile(r"[,;|]")  # "Kanto; Kansai; Chubu" read as one name
# "By Region", "By Country (Nordic region)", "By State/Territory", "Regions", "Provinces": a list of a market's areas
_AREA_LIST_LABEL = re.compile(
    r"^(?:by\s+)?(?:(?:regional|country)\s+(?=coverage|scope))?(?:regions?|countr(?:y|ies)|states?|provinces?"
    r"|state/territory|states and territories|zones?|emirates?|islands?|coverage|scope)"
    r"(?:\s+(?:covered|analy[sz]ed|included|coverage|scope))?(?:\s*\([^()]*\))?:?$"  # "Regions covered | A, B"
    r"|^regional\s+(?:analysis|breakdown|insights|outlook|split)$",
    re.I,
)
_SCOPE_PARTS = re.compile(r";|\s\|\s")
# "Europe: Germany, UK" inside a scope row; "Central – Kampala, Wakiso" after a label
_REGION_PART = re.compile(r"^([^():–—]{2,40}?)(?::|\s+[–—])\s*(.+)$")
_REGION_WITH_BRACKET = re.compile(rf"\b(?P<region>(?:{vocab.REGION_NAMES_PATTERN}))\s*\((?P<countries>[^()]+)\)", re.I)
_REGION_AND_COUNTRY = re.compile(r"^([^():–—]{2,40}?)(?::|\s+(?:--?|[–—]))\s+([^,;•·]{2,40})$")
_BY_REGION_IN_A_CELL = re.compile(
    r"(?:^|·\s*)By\s+(?:Regions?|Geography)\s*:?\s*·\s*(?P<run>.+?)(?=\s*·\s*By\s+[A-Z]|$)"
)
# "Tanga Region", "Central Bohemian Region", "Capital Region of Denmark", "Region of Southern Denmark"
_OF_A_PLACE = r"\s+of\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}"
_NAMED_REGION = re.compile(rf"^(?:(?:[A-Z][\w'’\-]*\s+){{1,3}}Region(?:{_OF_A_PLACE})?|Region{_OF_A_PLACE})$")
_BRACKETED_NAME_THEN_LIST = re.compile(r"^([^()–—:]+\([^(),]{1,12}\))\s*[:–—]\s+([^()]+[,;•·][^()]+)$")
# A region's line and its countries: "Europe (Germany, France)", "Asia-Pacific[China, India]", "LAMEA {GCC}",
# "North America: United States; Canada", "North America -- U.S., Canada", a row's cells "North America | U.S., Canada"
_REGION_THEN_LIST = (
    _BRACKETED_NAME_THEN_LIST,  # "Ulster (ROI) – Donegal, Monaghan": the brackets are the name's
    re.compile(r"^([^()]+?)\s*\(([^()]+(?:\([^()]*\)[^()]*)*)\)\s*(?:[:–—]\s.*)?$"),
    re.compile(r"^([^\[\]{}()]+?)\s*[\[{]([^\[\]{}]+)[\]}]$"),
    re.compile(r"^([^():]{2,40}):\s*(.+[,;•·].+)$"),
    re.compile(r"^([^():–—|]{2,40}?)\s+(?:--?|[–—|])\s+(.+[,;•·].+)$"),
)
_PART_LINE = re.compile(r"^([^():–—]{2,40}?)(?::|\s+[–—])\s*(.+)$")  # "Vest: Timișoara, Arad", "Heredia – Sarapiquí"
_REGION_LINE = re.compile(r"^([^():]{2,40}):\s*(.*)$")  # the same, or "Middle East & Africa:" with no countries
_DASHED_REGION_LINE = re.compile(r"^([^():–—]{2,40}?)\s+[–—]\s+(.+)$")  # "North America – United States, Canada"
# A region's paragraph opening on its name: "North America: the study covers ...", "**Europe.** Germany, France ...",
# "Europe — the countries covered are ..."
_REGION_OPENING = re.compile(r"^([^():]{2,40}?)(?::\s*|\.\s+(?=[A-Z])|\s+[–—]\s+)(.*)$")
_TRAILING_SHARE = re.compile(r"\s+\d[\d.,]*\s?%$")
# "Crescentgate Research is a Dubai-based market intelligence company ... across the GCC, Africa and Asia": where a
# firm works, not the market's regions
_SAYS_WHAT_A_FIRM_IS = re.compile(
    r"\b(?:is|are)\s+(?:a|an|one\s+of\s+the)\s+(?:[\w&-]+\s+){0,5}?"
    r"(?:company|companies|firm|firms|consultancy|agency|provider|publisher|supplier|manufacturer)\b",
    re.I,
)
# A region's line going on as a sentence: "North America: the study covers ...", "Europe: Countries covered are ..."
_OPENS_A_SENTENCE = re.compile(r"[a-z]|(?i:the|countries|coverage|this|our|we|it)\b")
# "Brazil and Mexico are covered", "Germany and Italy are the countries covered in Europe"
_COVERED_AFTER = re.compile(
    r"\b(?:are|is)\s+(?:also\s+)?(?:the\s+countries\s+)?(?:covered|included|studied|analy[sz]ed|tracked|assessed)\b"
)
# What says a sentence lists the countries a region's study covers, not countries named in passing.
# "European coverage includes", "The Asian chapter looks at": a region named by its adjective.
_REGION_ADJECTIVE = re.compile(rf"\b({'|'.join(vocab.REGION_ADJECTIVES)})\b", re.I)
_COVERAGE_CUE = re.compile(
    r"^\s*(?:[(–—-]|through\s)|\b(?:cover(?:s|ed|ing)?|analy[sz](?:es|ed|ing)|stud(?:y|ies|ied)|looks?\s+at|includ(?:es|ed|ing)"
    r"|compris(?:es|ed|ing)|spans?|assess(?:es|ed)|profiled|examin(?:es|ed)|tracked|country\s+markets"
    r"|key\s+countries|individually|tak(?:es|en|ing)\s+in)\b",
    re.I,
)
# A compass word right before a region's name makes it part of a smaller one: "South Asia", "Sub-Saharan Africa";
# "Rest of" makes it an item of the region's list ("China, Japan and Rest of Asia Pacific").
_PART_OF_A_NAME = re.compile(
    r"(?:\bRest\s+of\s+(?:the\s+)?|\b(?:South|North|East|West|Southeast|Northeast|Southwest|Northwest|Southern|"
    r"Northern|Eastern|Western|Central|Sub-Saharan|Saharan)[ -])$"
)
# The items of a region's list that are no country: "Rest of Europe", "GCC Countries".
_GROUP_ITEM = re.compile(r"\bRest\s+of\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:&\s+)?[A-Z][\w&-]*)*|\bGCC(?:\s+Countries)?\b")
_SUB_REGIONS = frozenset({"gcc"})  # a region's member group, when named after the region: "MEA (GCC, South Africa)"
_LONGEST_REGION_LABEL = 100  # "Regions and countries studied for shipments, revenue and share: ..."
_PAIR_JOINER = re.compile(r"\s+(?:&|and)\s+")
_OPEN_ENDS = frozenset({"etc", "etc.", "and more", "and others", "others"})
_RANKED = re.compile(r"\b(?:dominat\w*|largest|fastest|leading|biggest|top)\b", re.I)
_COUNTRY_LABEL = re.compile(r"\bcountr(?:y|ies)\b", re.I)
# "Key countries: U.S., Canada." under a region's heading: the label before its countries.
_COUNTRIES_LEAD = re.compile(  # or a line under a region's heading that "Covers Indonesia, Malaysia and India."
    rf"^(?:(?:(?:key|major|main|leading) )?(?:countr(?:y|ies)|{_AREA_PLURALS}|cities|towns)"
    r"(?: covered| included| analy[sz]ed| in scope)?:|covers\s)\s*",
    re.I,
)  # "Districts: Colombo, Gampaha" under "Western Province": that part's areas


def unlabelled_region_list(blocks: Sequence[Block]) -> list[RegionMention]:
    """A list whose top items are regions, under a heading that does not say so ("Where the growth is"):
    • Europe / •• Germany / •• France / • North America / •• United States ... A list of dimensions run in just
    before it ("• By Frame Material / •• Metal") is no region's."""
    headed = _regions_headed_over_lists(blocks)
    if headed:
        return headed
    index = 0
    while index < len(blocks):
        run = list(itertools.takewhile(lambda b: b.kind == "item", blocks[index:]))
        if run:
            top = min(b.level for b in run)
            regions_on_top = [i for i, b in enumerate(run) if b.level == top and REGION_WORDS.match(b.text)]
            if len(regions_on_top) >= 3:
                return region_items(Block("label", "regions"), run[regions_on_top[0] :])
        index += len(run) or 1
    return []


def _regions_headed_over_lists(blocks: Sequence[Block]) -> list[RegionMention]:
    """ "### Asia Pacific" / • China / • Japan / "### Europe" / • Germany ...: three regions or more, each a heading
    over its list of countries, under a heading that does not say so ("Where the dumplings are eaten"). A region's
    card may give its countries as a line ("U.S. · Canada") over a note on the region, which is passed over."""
    for index, block in enumerate(blocks):
        if block.kind != "heading" or not is_region_name(block.text):
            continue
        run: list[Block] = []
        carded = False  # the last region's countries came as a card's line: its notes follow
        for following in blocks[index:]:
            if following.kind == "item" or following.kind == "heading" and is_region_name(following.text):
                run.append(following)
                carded = False
            elif (
                following.kind == "para"
                and run
                and run[-1].kind == "heading"
                and (line := _countries_line(following.text))
            ):
                run.extend(Block("item", country, level=1) for country in line)
                carded = True
            elif not (carded and following.kind == "para"):
                break
        headings = [b for b in run if b.kind == "heading"]
        if len(headings) >= 3 and len(run) > len(headings):
            return region_items(Block("label", "regions"), run)
    return []


def _countries_line(text: str) -> list[str]:
    """ "U.S. · Canada", "China, Japan, Australia": a line of countries' names, and nothing else."""
    items = list_items(text)
    return items if items and all(map(names_one_country, items)) else []


# "Geographic coverage: Southeast Asia — Indonesia, Thailand, ...": one region, then its countries
_ONE_REGION_WITH_COUNTRIES = re.compile(r"^([^—–:(]{2,40}?)\s+[—–]\s+([^—–:()]+?)\.?$")


def inline_regions(blocks: Sequence[Block]) -> list[RegionMention]:
    """Regions written after a short region label anywhere: "Regional coverage: North America (U.S.), Europe",
    or a scope row of "Region: countries" parts: "Country scope | North America: U.S., Canada; Europe: UK"."""
    for block in _spanned_rows(blocks):
        label, _, value = block.text.partition(" | ") if block.kind == "row" else _after_a_label(block.text)
        in_a_cell = _regions_in_a_segmentation_cell(value) if block.kind == "row" and "By " in value else []
        if in_a_cell:
            return in_a_cell
        if not (REGION_LABEL.search(label) or _COUNTRY_LABEL.search(label)) or _RANKED.search(label):
            continue  # "Dominating Region: North America" names one region's rank, not the list
        if len(label) > 40 and value.count("(") < 2:  # a long label only over regions with their countries
            continue
        # "North America: U.S., Canada; Europe: UK", a cell's parts also parted by bars ("... | Europe: UK")
        parts = [_REGION_PART.match(part.strip()) for part in _SCOPE_PARTS.split(value) if part.strip()]
        # regions, or a country's parts each with its towns ("Central – Kampala, Wakiso; Western – Mbarara, Hoima")
        if (
            len(parts) >= 2
            and all(parts)
            and (
                all(REGION_WORDS.match(part.group(1)) for part in parts)
                or all(_names_a_part_plainly(p.group(1)) and _if_places(_areas_listed(p.group(2))) for p in parts)
            )
        ):
            return [
                RegionMention(
                    part.group(1).strip(), tuple(c.strip() for c in split_top_level(part.group(2)) if c.strip())
                )
                for part in parts
            ]
        one = _ONE_REGION_WITH_COUNTRIES.match(value.strip())
        countries = split_top_level(one.group(2)) if one and is_region_name(one.group(1)) else []
        if len(countries) >= 2 and not any(is_region_name(c) for c in countries):
            return [RegionMention(one.group(1), tuple(c.strip() for c in countries))]
        lines = _region_lines(value)
        if len(lines) >= 2:
            return lines
        # a scope row's cell: "Regions | North America (U.S., Canada); Europe (UK, Rest of Europe)"
        bracketed_items = _regions_with_countries_line(value) if block.kind == "row" else []
        if len(bracketed_items) >= 2:
            return regions_of(bracketed_items)
        inline = inline_list(block.text, _LONGEST_REGION_LABEL) if REGION_LABEL.search(label) else []
        # "Europe was the largest region ... (Germany, UK), followed by North America (US)": a sentence's clauses
        prose = inline and (
            not REGION_WORDS.match(inline[0]) or any(". " in item or _CLAUSE_LEAD.match(item) for item in inline)
        )
        if inline and not prose:
            return regions_of(inline)
        bracketed = regions_with_bracketed_countries(value) if prose else []
        if bracketed:  # "Regional Outlook: North America (U.S., Canada) shows ... Europe (UK, Germany) is ..."
            return bracketed
        in_prose = regions_in_prose([Block("para", value)]) if prose else []
        if in_prose:  # "Regional Analysis: The report evaluates North America, Europe, Asia Pacific and ..."
            return in_prose
    return []


_LABEL_END = re.compile(r":|\s[—–]\s")


def _after_a_label(text: str) -> tuple[str, str, str]:
    """A line's label and what follows it, after a colon or a dash: "Country coverage — North America: US, Canada"."""
    end = _LABEL_END.search(text)
    return (text[: end.start()], end.group(0), text[end.end() :]) if end else (text, "", "")


def _regions_in_a_segmentation_cell(cell: str) -> list[RegionMention]:
    """ "By Product · Laminated · ... · By Region · North America (U.S., Canada) · Europe (Germany, UK)": the
    regions a scope table's one cell of every dimension lists under its region's label."""
    run = _BY_REGION_IN_A_CELL.search(cell)
    items = [item.strip() for item in split_top_level(run.group("run"), "·")] if run else []
    return regions_of(items) if len(items) >= 2 and all(REGION_WORDS.match(item) for item in items) else []


_CLAUSE_LEAD = re.compile(r"(?:followed|trailed|led|then)\b", re.I)


def regions_with_bracketed_countries(text: str) -> list[RegionMention]:
    """ "North America (U.S., Canada and Mexico) shows rising adoption ... Europe (UK, Germany) is a replacement
    market ...": regions each with its countries in brackets, one or two a sentence; two regions at least."""
    if "(" not in text:
        return []
    return _told_one_by_one((sentence, _bracketed_regions(sentence)) for sentence in split_sentences(text))


_PART_WITH_BRACKET = re.compile(
    r"(?:^|(?<=\s))(?P<part>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&|of|de|del))*)\s*\((?P<areas>[^()]+)\)"
)
# A place's name in a sentence ("Mato Grosso do Sul", "Kyushu & Okinawa"), and a run of them ("Busan, Ulsan and Daegu")
_PLACE = r"[A-Z][\w'’.–-]*(?:\s+(?:(?:de|do|da|dos|das|del|of|la|el)\s+)?[A-Z][\w'’.–-]*){0,3}"
_PLACES = rf"{_PLACE}(?:,\s+(?:the\s+)?{_PLACE})*(?:,?\s+(?:and|&)\s+(?:the\s+)?{_PLACE})?"  # "..., the Samara Region"
_CLAUSE_START = r"(?:^|(?<=;\s)|(?<=,\sand\s)|(?<=\sand\s)|(?<=\swhile\s)|(?<=\swhereas\s))(?:[Tt]he\s+)?"
# "Kanto, which takes in Tokyo, Kanagawa and Saitama, was ...", "The Seoul Capital Area, comprising Seoul, Incheon
# and Gyeonggi, held ...", "Yeongnam — Busan, Ulsan and Daegu — is ...", "Chubu — Aichi and Shizuoka in particular —",
# "Gauteng — chiefly Johannesburg and Tshwane — accounts", "Bohemia – covering Prague and Plzeň Region – accounted",
# "Kanto, anchored by Tokyo and Kanagawa, accounted", "The Northern Division, with Savusavu and Labasa, leads",
# "The Eastern Division, which covers the Lau Group, Lomaiviti and Kadavu, is"
_PART_WITH_ITS_AREAS = re.compile(
    rf"{_CLAUSE_START}(?P<part>{_PLACE}(?:\s+&\s+{_PLACE})?)"
    r"(?:,\s+(?:(?:which|that)\s+(?:includes?|takes?\s+in|covers?|comprises?|spans?|groups?|encompasses?)"
    r"|comprising|including|covering|spanning|taking\s+in|grouping|cent(?:red|ered)\s+on|anchored\s+by|led\s+by|with)\s+"
    rf"(?:the\s+)?(?P<areas>{_PLACES})(?=,|\s+[—–]|$)"
    r"|\s+[—–]\s+(?:(?:chiefly|mainly|largely|notably|principally|covering|comprising|including|spanning|led\s+by"
    rf"|analy[sz]ed\s+through)\s+)?(?P<dashed>{_PLACES})(?:\s+in\s+particular)?\s+[—–]\s"
    # "Kyushu, where Fukuoka, Kumamoto and Kagoshima have subsidy schemes, is ..."
    rf"|,\s+where\s+(?P<where>{_PLACES})\s+(?:have|has|are|is)\b)"
)
# "Within Java, the report covers DKI Jakarta, West Java and Banten individually"
_WITHIN_A_PART = re.compile(
    rf"^Within\s+(?:the\s+)?(?P<part>{_PLACE}),\s+(?:the\s+(?:report|study|analysis)\s+)?"
    rf"(?:covers|tracks|analy[sz]es|profiles|breaks\s+out)\s+(?P<areas>{_PLACES})"
)
# "Kyushu rounds out the four regions analysed", "Chungcheong, Honam and Jeju Island make up the remainder": parts
# named after those told with their areas, by the words that place them among the others
_PARTS_RANKED = re.compile(
    rf"{_CLAUSE_START}(?P<parts>{_PLACES})\s+(?:follows?|rounds?\s+out|makes?\s+up|completes?|trails?"
    r"|comes?\s+(?:next|last)|(?:is|are)\s+(?:next|smaller))\b"
    # "The remaining regions — Hokkaido, Tohoku, Chugoku and Shikoku — together make up less than a fifth"
    rf"|\b(?:remaining|other|smaller)\s+(?:regions|{_AREA_PLURALS})\s*(?:[—–:]|,(?=\s+[A-Z]))\s*(?P<rest>{_PLACES})"
)


def parts_with_their_areas(text: str) -> list[RegionMention]:
    """ "Kanto (Tokyo, Kanagawa, Saitama) absorbed close to half ... Kansai (Osaka, Kyoto) is second", "Kanto, which
    takes in Tokyo, ... Chubu — Aichi and Shizuoka in particular — is ...": a paragraph's sentences each naming a
    part of the country with its areas, two sentences at least (or three parts in one); with the parts it then
    ranks among them by name alone ("... and Kyushu rounds out the four regions analysed")."""
    if "(" not in text and "," not in text:
        return []
    told = [(sentence, _parts_told(sentence)) for sentence in split_sentences(text)]
    if any(is_region_name(part) or any(map(names_one_country, areas)) for _, named in told for part, areas in named):
        return []  # "North America (U.S., Canada)": regions and their countries, read as such
    plain = [
        (
            sentence,
            [
                (part, areas)
                for part, areas in named
                if areas and all(map(_names_a_place_plainly, [part, *areas])) and not _an_acronym_of(areas, part)
            ],
        )
        for sentence, named in told
    ]
    found = _told_one_by_one(plain) or _parts_listed_after_a_colon(plain)
    if not found:
        return []
    known = {r.region for r in found}
    ranked = [
        RegionMention(part)
        for sentence, _ in told
        for m in _PARTS_RANKED.finditer(sentence)
        for part in _areas_listed(m.group("parts") or m.group("rest"))
        if part not in known and _names_a_place_plainly(part) and not names_one_country(part)
    ]
    return found + ranked


def _an_acronym_of(areas: Sequence[str], name: str) -> bool:
    """ "Nickel Manganese Cobalt (NMC)", "Lithium Iron Phosphate (LFP)": a name's acronym in brackets after it (its
    first and last words' initials at its ends), no area of a part."""
    words, acronym = name.split(), areas[0] if len(areas) == 1 else ""
    return (
        acronym.isupper()
        and abs(len(acronym) - len(words)) <= 1
        and acronym[:1] == words[0][:1]
        and acronym[-1:] == words[-1][:1]
    )


def _parts_listed_after_a_colon(told: Iterable[tuple[str, list[tuple[str, list[str]]]]]) -> list[RegionMention]:
    """Three parts at least in one sentence, after a colon that says what they are: "the five largest provinces by
    spending: North Holland (Amsterdam, Haarlem), ..."."""
    for sentence, named in told:
        if len(named) >= 3 and ":" in sentence and PARTS_NAMED.search(sentence.partition(":")[0]):
            return [RegionMention(part, tuple(areas)) for part, areas in named]
    return []


def parts_told_in_prose(blocks: Sequence[Block], market: str) -> list[RegionMention]:
    """A country's parts, told with their areas in the paragraphs under any heading ("Capital area dominates, Yeongnam
    grows fastest"), read together: the first such section's, on a one-country market's page or in a paragraph that
    says what kind of part it names ("the five largest provinces by spending: ...")."""
    one_country = country_of_market(market) is not None
    candidates = _together_then_apart(
        [text for text in texts if one_country or PARTS_NAMED.search(text)] for texts in _section_prose(blocks)
    )
    return next((found for text in candidates if (found := parts_with_their_areas(text))), [])


def _together_then_apart(sections: Iterable[list[str]]) -> Iterator[str]:
    """Each section's paragraphs read together, then one by one: a page whose headings are plain lines is one
    section, whose paragraphs may each be a different page part's."""
    for texts in sections:
        yield " ".join(texts)
        yield from texts if len(texts) > 1 else ()


def _section_prose(blocks: Sequence[Block]) -> Iterator[list[str]]:
    """The paragraphs under each heading, in page order."""
    for is_heading, run in itertools.groupby(blocks, key=lambda b: b.kind in ("heading", "label")):
        if not is_heading:
            yield [b.text for b in run if b.kind == "para"]


def with_parts_named_beside(found: list[RegionMention], blocks: Sequence[Block], market: str) -> list[RegionMention]:
    """ "The Eje Cafetero, which takes in Caldas, ... Antioquia is the largest producing department. Huila and Tolima
    have become ...": beside the parts a section's paragraphs tell with their areas, the parts its sentences name as
    their subjects that are the country's own (ISO 3166-2) or named like the told ones, in the section's order; not
    the areas of a part ("São Paulo leads")."""
    country = country_of_market(market)
    told = [r.region for r in found if r.countries]
    if country is None or len(told) < 2:
        return found
    sections = (" ".join(texts) for texts in _section_prose(blocks))
    section = next((text for text in sections if sum(name in text for name in told) >= 2), "")
    official, known = _official_parts(country), {fold(name) for r in found for name in (r.region, *r.countries)}
    kinds = Counter(name.split()[-1] for name in told if len(name.split()) >= 2)  # "Volga Federal District"
    beside = {
        name: RegionMention(name)
        for sentence in split_sentences(section)
        for name in _subjects_and_followers(sentence)
        if fold(name) not in known
        and (fold(name) in official or _named_like_its_peers(name, kinds))
        # "Can Tho Southern Vietnam", a run that ends on a told part, or "East Finland" of "North and East Finland"
        and not any(other in name or name in other for other in told)
    }
    if not beside:
        return found
    every = [*found, *beside.values()]
    in_the_section = all(r.region in section for r in found)
    return sorted(every, key=lambda r: section.find(r.region)) if in_the_section else every


def _named_like_its_peers(name: str, kinds: Counter[str]) -> bool:
    """ "The Ural Federal District" beside "the Volga Federal District, led by Tatarstan, ..." and "the Central Federal
    District, including Moscow": a part named after the kind of part two told ones are."""
    words = name.split()
    return len(words) >= 2 and words[-1][:1].isupper() and kinds[words[-1]] >= 2 and "The" not in words


# "The study breaks Japan into five regional blocks: Kanto, Kansai, Chubu, Kyushu & Okinawa, and Hokkaido & Tohoku"
_PARTS_AFTER_THEIR_KIND = re.compile(
    rf"\b(?:regions|regional\s+blocks|blocks|zones|macro-regions|{_AREA_PLURALS})\s*(?:\([^()]*\))?:\s+(?P<parts>[^:;]+?)\.?$",
    re.I,
)


def parts_listed_in_a_sentence(blocks: Sequence[Block], market: str) -> list[RegionMention]:
    """A one-country market's parts listed in a sentence after the kind of part they are: "The study breaks Japan
    into five regional blocks: Kanto, Kansai, ..."; three at least, each a place's name."""
    area = country_of_market(market)
    if area is None:
        return []
    lowered = _words_in_lower_case(blocks)
    for block in blocks:
        if block.kind != "para" or ":" not in block.text:
            continue
        for sentence in split_sentences(block.text):
            listed = _PARTS_AFTER_THEIR_KIND.search(sentence)
            parts = _areas_listed(listed.group("parts")) if listed else []
            if len(parts) >= 3 and all(_names_a_part_of(part, area, lowered) for part in parts):
                return [RegionMention(part) for part in parts]
    return []


# A paragraph opening on the view it gives: "By region, Kanto accounted for ...", "Regionally, ..."
_OPENS_ON_PARTS = re.compile(
    rf"^(?:By\s+(?:regions?|nations?|{_AREA_WORDS})|Regionally|Geographically|Across\s+the\s+(?:regions|nations)),\s+",
    re.I,
)
_NATIONS = re.compile(r"\bnations\b", re.I)  # "Across the four nations": the UK's
# A part as the subject of its clause ("England accounted for", "Wales and Northern Ireland together make up",
# "Scotland, where ... , is"), or ranked after another ("followed by Kinki (17%) and Chubu (14%)")
_CLAUSE_SUBJECT = re.compile(
    rf"(?:^|(?<=;\s)|(?<=,\sand\s)|(?<=\bwhile\s)|(?<=\bwhereas\s))(?:[Tt]he\s+)?(?P<parts>{_PLACES})"
    r"(?=\s+(?:\([^()]*\)\s+)?(?:together\s+)?[a-z]|,\s+(?:where|which|home|helped|with|led|driven|supported)\b)"
)
_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\s+(?P<parts>[^.;]+)")
# "followed by Kinki (17%) and Chubu", "followed by the South East at 15%": the share is no part of the name
_SHARE_IN_BRACKETS = re.compile(r"\s*\([^()]*\)|\s+(?:at|with)\s+(?:about\s+|around\s+)?\d[\d.,]*\s?%")


def parts_named_in_passing(blocks: Sequence[Block], market: str) -> list[RegionMention]:
    """A one-country market's parts named as the subjects of a regional paragraph's sentences, most with no
    areas: "England accounted for 84% ... Scotland is the fastest-growing nation, while Wales and Northern
    Ireland are expected to follow", "By region, Kanto accounted for 38%, followed by Kinki (17%) and Chubu";
    two at least, in the first paragraph under a regional heading (or opening on its view) that names them. A part
    the paragraph tells with its areas ("followed by the Western Cape (Cape Town, George)") keeps them."""
    area = country_of_market(market)
    if area is None or _listed_areas(blocks):  # a "By Region" list names them all
        return []
    lowered = _words_in_lower_case(blocks)
    known = _official_parts(area)
    for section, regional in _sections(blocks):
        named: dict[str, tuple[str, ...]] = {}
        for text in section:
            for sentence in split_sentences(_OPENS_ON_PARTS.sub("", text)):
                told = {_without_the(part): areas for part, areas in _parts_told(sentence)}
                for name in sorted({*_subjects_and_followers(sentence), *told}, key=sentence.find):
                    if _names_a_part_of(name, area, lowered):
                        areas = [a for a in told.get(name, []) if _names_a_place_plainly(a)]
                        named[name] = named.get(name) or tuple(areas)
        if not regional:  # under any other heading only the country's own parts, and three of them
            named = {name: areas for name, areas in named.items() if fold(name) in known}
        if len(named) >= (2 if regional else _OFFICIAL_PARTS_NAMED):
            return [RegionMention(name, areas) for name, areas in named.items()]
    return []


_OFFICIAL_PARTS_NAMED = 3  # a paragraph under any heading: this many of its subjects the country's own parts
# "Lagos: Still the biggest ...", "California — The largest single market ...": a part's name opening a line
_PART_OPENING_A_LINE = re.compile(rf"^({_PLACE})(?::|\s+[—–])\s+(.+)$")


def parts_opening_lines(blocks: Sequence[Block], market: str) -> list[RegionMention]:
    """ "Lagos: Still the biggest state market ..." / "Kano: Set to grow fastest ..." / "Rivers: In Port Harcourt
    ...": a one-country market's parts each opening a line with a remark, under whatever heading; among them three of
    the country's own parts at least, and each part's towns those its remark names in passing."""
    area = country_of_market(market)
    known = _official_parts(area) if area else frozenset()
    for opens, run in itertools.groupby(blocks, key=lambda b: b.kind in ("para", "item") and b.text[:1].isupper()):
        lines = [line for b in run if (line := _PART_OPENING_A_LINE.match(b.text))] if opens and known else []
        if sum(fold(line.group(1)) in known for line in lines) >= _OFFICIAL_PARTS_NAMED:
            parts = {line.group(1).lower() for line in lines}
            return [
                RegionMention(line.group(1), tuple(_areas_in_passing(line.group(2), parts)))
                for line in lines
                if _names_a_part_plainly(line.group(1))
            ]
    return []


@functools.lru_cache(maxsize=64)
def _official_parts(country: str) -> frozenset[str]:
    """The country's first-level parts as ISO 3166-2 names them ("New South Wales", "Queensland"), folded."""
    found = country_of(country)
    parts = pycountry.subdivisions.get(country_code=found.iso2) if found else None
    return frozenset(fold(part.name.partition(" [")[0].partition(",")[0]) for part in parts or ())


_LOWER_CASE_WORD = re.compile(r"\b[a-z][\w-]*")  # "it's" writes "it" in lower case


def _words_in_lower_case(blocks: Sequence[Block]) -> set[str]:
    """The words a page writes in lower case: "demand" there makes a sentence's opening "Demand" no part's name,
    while "Scotland" stays one."""
    return {word for b in blocks for word in _LOWER_CASE_WORD.findall(b.text)}


# A line introducing a list of a country's parts: "The study maps production by department and municipality:",
# "The study groups them by NUTS II region:", "... groups the country's provinces into its five traditional regions:"
_PARTS_INTRODUCED = re.compile(  # or "The report groups the country into the following areas:"
    rf"\bby\s+(?:[\w-]+\s+){{0,3}}(?:{_AREA_WORDS}|regions?)\b|\bthe\s+country\s+into\b", re.I
)
# "Busan, Daegu — 24.8% of 2024 sales", "İstanbul, Bursa — the largest clinic cluster": a remark after the areas
_REMARK_AFTER_A_DASH = re.compile(r"(,[^,—–]+?)\s+[—–]\s+[^,]*$")


def parts_listed_after_a_line(blocks: Sequence[Block]) -> list[RegionMention]:
    """ "The study maps production by department and municipality:" over "Huila: Pitalito, Acevedo" / "Antioquia:
    Jardín, Andes" / "Cauca – Popayán": a country's parts each a line with its areas, under a paragraph that says
    what they are ("... groups the provinces into five regions: ..."), whatever the heading above; three at least.
    A definition list's terms over their lines ("West India" over "Maharashtra, Gujarat, Goa") are such lines too,
    and so are lines each over a note of its own ("Cairo — Nasr City, New Cairo" / "Cairo generated ...")."""
    for index, block in enumerate(blocks[:-1]):
        intro = block.text
        if block.kind != "para" or not (PARTS_NAMED.search(intro) or _PARTS_INTRODUCED.search(intro)):
            continue
        lines = list(_lines_after(blocks, index))
        told = _parts_on_lines(lines)
        if len(told) < 3:
            noted = sum(1 for _ in itertools.takewhile(_is_a_note, lines[1::2]))
            told = _parts_on_lines(lines[::2])[:noted]
        # "Rajasthan – expected to be the fastest-growing state ...": a part with a note, not its areas
        told = [(part, areas if all(map(_names_a_place_plainly, areas)) else []) for part, areas in told]
        named = [(part, areas) for part, areas in told if _names_a_part_with_areas(part, areas or [part])]
        if len(named) >= 3 and len(named) == len(told) and sum(bool(areas) for _, areas in named) >= 3:
            return [RegionMention(part.strip(), tuple(a.strip() for a in areas)) for part, areas in named]
    return []


def _parts_on_lines(lines: Sequence[str]) -> list[tuple[str, list[str]]]:
    """The parts the lines name with their areas, from the first line to the first that names none; a remark after
    them goes ("Busan, Daegu — 24.8% of sales"), as does a note ("Oruro – Oruro, Uyuni. Largest department, ...")."""
    bare = (_REMARK_AFTER_A_DASH.sub(r"\1", split_sentences(line)[0].rstrip(".")) for line in lines)
    return list(
        itertools.takewhile(
            bool, (region_with_countries(line) or one_part_line(line) or _a_lone_part(line) for line in bare)
        )
    )


def _a_lone_part(line: str) -> tuple[str, list[str]] | None:
    """ "Delhi" among "Bihar — Patna, Gaya" lines: a part whose areas the list does not name."""
    return (line, []) if len(line.split()) <= 3 and _names_a_part_plainly(line) else None


def _is_a_note(line: str) -> bool:
    """A sentence or more about the part on the line above: "Large developers sustain demand." """
    return line.rstrip().endswith((".", "!")) and len(line.split()) >= _NOTE_WORDS


_NOTE_WORDS = 6


def _lines_after(blocks: Sequence[Block], index: int) -> Iterator[str]:
    """The lines of one kind after a block, or a definition list's terms each joined to the line under it (not a
    plain-text page's caps headings over their sections: "COMPANIES", "MEDIA CONTACT")."""
    following = blocks[index + 1 :]
    if following[0].kind != "label":
        return (b.text for b in itertools.takewhile(lambda b: b.kind == following[0].kind, following))
    pairs = itertools.takewhile(
        lambda pair: (pair[0].kind, pair[1].kind) == ("label", "para") and not pair[0].text.isupper(),
        zip(following[::2], following[1::2], strict=False),
    )
    return (f"{term.text}: {line.text}" for term, line in pairs)


def _names_a_part_with_areas(part: str, areas: Sequence[str]) -> bool:
    """ "Pampeana" with "Buenos Aires, Córdoba": places' names only, and no "By Route: Injectable, Oral" line."""
    named = _names_a_place_plainly(part) and not is_region_name(part) and not part.startswith("By ")
    return named and all(map(_names_a_place_plainly, areas))


def _sections(blocks: Sequence[Block]) -> Iterator[tuple[list[str], bool]]:
    """The paragraphs under each heading, one section's together, and whether the heading is regional ("Regional
    insights", "State by state", "Across the four nations"); a paragraph opening on a regional view counts as a
    regional section of its own. The regional ones first: they may name any part, the others only the country's
    own."""
    sections: list[tuple[list[str], bool]] = [([], False)]
    for block in blocks:
        if block.kind in ("heading", "label"):
            sections.append(([], bool(REGION_LABEL.search(block.text) or _NATIONS.search(block.text))))
        elif block.kind in ("para", "item") and not sections[-1][1] and _OPENS_ON_PARTS.match(block.text):
            sections.insert(-1, ([block.text], True))
        elif block.kind == "para":
            sections[-1][0].append(block.text)
    yield from sorted((section for section in sections if section[0]), key=lambda section: not section[1])


def _subjects_and_followers(sentence: str) -> list[str]:
    runs = [m.group("parts") for m in _CLAUSE_SUBJECT.finditer(_OPENS_ON_PARTS.sub("", sentence))]
    runs += [_SHARE_IN_BRACKETS.sub("", m.group("parts")) for m in _FOLLOWED_BY.finditer(sentence)]
    return [_without_the(name) for run in runs for name in _areas_listed(run)]


def _without_the(name: str) -> str:
    return re.sub(r"^[Tt]he\s+", "", name)


def _names_a_part_of(name: str, country: str, lowered: set[str]) -> bool:
    """A place's name, not a common word that opens a sentence ("Demand", written "demand" elsewhere on the page),
    not the country itself or another one, and no wider region."""
    words = name.split()
    return (
        _names_a_place_plainly(name)
        and not is_region_name(name)
        and not all(word.lower() in lowered for word in words)
        and not name.endswith(("'s", "’s"))
        and names_no_other_country(name, country)
        and not name.isupper()  # "the kelp and IMTA pilots"
        and name.lower() != country.lower()
        and words[-1].lower() not in vocab.RESEARCH_FIRM_WORDS  # "Kestrel Global Insights analyses demand"
        # "Within Japan, Chubu leads": a country after a word that is no compass point's ("Northern Ireland")
        and not (len(words) > 1 and names_one_country(" ".join(words[1:])) and not _compassed(name))
    )


def _parts_headed_over_paragraphs(body: Sequence[Block]) -> list[RegionMention]:
    """ "<h3>Center-West</h3>" over "Mato Grosso, Goiás and the Distrito Federal together held 39.5% ...": a
    country's parts, each a sub-heading over a paragraph that opens on its areas, tells them ("The Southeast, which
    takes in São Paulo, ...") or names them in passing; two so told at least, as headings over prose are otherwise
    anything."""
    headed = [
        (heading.text, paragraph.text)
        for heading, paragraph in itertools.pairwise(body)
        if heading.kind == "heading" and paragraph.kind == "para" and _names_a_part_plainly(heading.text)
    ]
    names = {name.lower() for name, _ in headed}
    # or named in passing: "Demand is strongest around Toronto, Ottawa and Hamilton"
    parts = [
        RegionMention(name, tuple(_areas_opening(text, name) or _areas_in_passing(text, names)))
        for name, text in headed
    ]
    return parts if sum(bool(part.countries) for part in parts) >= 2 else []


def _names_a_part_plainly(name: str) -> bool:
    return (
        _names_a_place_plainly(name) and not is_region_name(name) and (not names_one_country(name) or _compassed(name))
    )


def _compassed(name: str) -> bool:
    """ "Northern Vietnam", "South India": a country's part by its compass point, which the country table reads as
    the country."""
    first, _, rest = name.partition(" ")
    return bool(rest) and _COMPASS_GLOSS.fullmatch(first.removesuffix("ern")) is not None


# "Mato Grosso, Goiás, Mato Grosso do Sul and the Distrito Federal together held", "Paraná and Santa Catarina: ..."
_OPENING_PLACES = re.compile(
    rf"^(?P<places>{_PLACE}(?:,\s+(?:the\s+)?{_PLACE})*,?\s+(?:and|&)\s+(?:the\s+)?{_PLACE})(?=\s*:|,\s|\s+[a-z])"
)


def parts_headed_over_their_areas(blocks: Sequence[Block]) -> list[RegionMention]:
    """Anywhere on a page, a country's parts each a heading over a paragraph opening on its areas ("<h3>Gujarat</h3>"
    over "Cities covered: Ahmedabad, Surat. Dairy co-operatives ..."), two at least. Only a label says the paragraph
    opens on areas: a page's headings over runs of names are anything ("Key Market Players" over "Caldera SiC Inc.")."""
    parts = [
        RegionMention(name, tuple(_areas_opening(paragraph.text, name)))
        for heading, paragraph in itertools.pairwise(blocks)
        if _heads(heading) and paragraph.kind == "para" and _AREAS_LABEL.match(paragraph.text)
        for name in [TRAILING_BRACKETS.sub("", heading.text)]  # "Apulia (Puglia)": the part by its first name
    ]
    parts = [part for part in parts if part.countries and _names_a_part_plainly(part.region)]
    return parts if len(parts) >= 2 else []


def _heads(block: Block) -> bool:
    """A heading, or a plain-text page's bare name on a line of its own ("Sindh" over "Main cities: Karachi")."""
    return block.kind == "heading" or block.kind == "para" and _names_a_part_plainly(block.text)


def _areas_opening(paragraph: str, part: str) -> list[str]:
    """The areas a part's paragraph names: those it opens on, after their label or not, or those it tells the part
    by."""
    bare = [item.strip() for item in split_top_level(paragraph, ",") if item.strip()]
    if len(bare) >= 2 and all(map(_names_a_part_plainly, bare)):  # "Hanoi, Hai Phong, Bac Ninh": the list alone
        return bare
    first = split_sentences(paragraph)[0]
    labelled = _AREAS_LABEL.match(first)
    if labelled:  # "Cities covered: Mumbai, Pune, Nashik."
        return _if_places(_areas_listed(labelled.group("places").strip()))
    opening = _OPENING_PLACES.match(first)
    told = [areas for named, areas in _parts_told(first) if named == part]
    return _if_places(
        _areas_listed(re.sub(r"\bthe\s+", "", opening.group("places"))) if opening else told[0] if told else []
    )


def _if_places(areas: list[str]) -> list[str]:
    """The areas, if each plainly names a place; none otherwise."""
    return areas if all(map(_names_a_part_plainly, areas)) else []


def with_areas_under_their_names(found: list[RegionMention], blocks: Sequence[Block]) -> list[RegionMention]:
    """A country's parts listed bare (a table's "State | MWdc added" rows), each with the areas its own label or line
    opens on: "California" over "Los Angeles, San Diego, Sacramento — still the biggest market", "Moscow Oblast —
    Podolsk, Khimki and Dubna attract ...", "Gauteng (Johannesburg, Tshwane) – the biggest ...", or that its own
    heading's paragraph, or a paragraph opening on its name, names in passing ("Demand is concentrated around
    Munich, Nuremberg and Augsburg"), as does a later sentence opening on its name ("... pronounced. Bavaria follows,
    with Munich and Rosenheim as centres"). Kept only when two parts at least are so told."""
    if not found or any(r.countries for r in found):
        return found
    names = {r.region.lower(): r.region for r in found}
    told: dict[str, list[str]] = {}
    for block, following in itertools.pairwise(blocks):
        name = block.text.strip(" :").lower()
        line = _PART_THEN_NOTE.match(block.text) if block.kind in ("para", "item") else None
        if block.kind in ("heading", "label") and name in names and following.kind == "para":
            opening = _areas_opening_a_note(following.text)
            # one name opening the paragraph may be its subject ("Demand is ..."): a run named in passing comes first
            areas = opening if len(opening) >= 2 else _areas_in_passing(following.text, names) or opening
            told.setdefault(names[name], areas)
        elif block.kind == "para" and (opening := _PART_OPENING.match(block.text)) and opening[1].lower() in names:
            if areas := _areas_in_passing(block.text, names):  # "Selangor, home to A, B and C"
                told.setdefault(names[opening[1].lower()], areas)
        elif line and line.group("part").lower() in names:
            areas = _if_places(_areas_listed(line.group("bracketed") or ""))
            # or the note names them in passing: "West Java – the largest market, driven by commuter belts in
            # Bekasi and Depok"
            note = line.group("note")
            areas = areas or _areas_opening_a_note(note) or _areas_in_passing(note, names)
            told.setdefault(names[line.group("part").lower()], areas)
        elif block.kind == "para":  # "Regional differences remain pronounced. Baden-Württemberg is by far the
            for sentence in split_sentences(block.text)[1:]:  # largest; the clusters around A, B and C supply ..."
                opening = _PART_OPENING.match(sentence.removeprefix("In "))  # "In North Rhine-Westphalia, ..."
                if opening and opening[1].lower() in names and (areas := _areas_in_passing(sentence, names)):
                    told.setdefault(names[opening[1].lower()], areas)
    if sum(bool(areas) for areas in told.values()) < 2:
        return found
    return [replace(r, countries=tuple(told.get(r.region) or ())) for r in found]


# "Moscow Oblast — Podolsk, ...", "La Libertad: Trujillo, ...", "Gauteng (Johannesburg, Tshwane) – the biggest ..."
_PART_THEN_NOTE = re.compile(
    r"^(?P<part>[^:–—()]{2,40}?)\s*(?:\((?P<bracketed>[^()]+)\)(?:\s+[—–-]\s+|\s*:\s*|$)|\s+[—–]\s+|:\s+)(?P<note>.*)"
)
# "Los Angeles, San Diego, Sacramento — still ...", "Podolsk, Khimki and Dubna attract ...", "Kazan and Innopolis,
# where", "Trujillo, Virú and Chao. The core of the industry"
_PLACES_OPENING_A_NOTE = re.compile(
    rf"^(?P<places>{_PLACE}(?:,\s+{_PLACE})*(?:,?\s+(?:and|&)\s+(?:the\s+)?{_PLACE})?)"
    r"(?:\s+[—–]\s|\s*[:;]\s|\.(?:\s|$)|,\s+(?:where|which|with|[a-z]+ing)\s|\s+(?:attract|are|is|lead|host|drive)s?\s)"
)


# "in the commuter belts of Munich, Nuremberg and Augsburg", "home to Cyberjaya, Shah Alam and Petaling Jaya", "with
# Munich and Rosenheim as centres", "The Stuttgart, Karlsruhe and Freiburg areas lead": a part's towns named in
# passing, two at least
_PLACES_IN_PASSING = re.compile(
    rf"(?:\b(?:in|around|of|near|across|to|with|led\s+by|including|such\s+as|while)\s+|^(?:The\s+|In\s+|Around\s+)?)"
    rf"(?P<places>{_PLACE}(?:,\s+{_PLACE})*,?\s+(?:and|&)\s+{_PLACE})(?=[\s,.;:]|$)"
)
_PLACE_CUE = re.compile(r"(?:in|around|near|across|such\s+as|while)\s")  # leads naming places, not "of" or "with"
# A paragraph on one part, opening on its name: "Selangor, home to ...", "Johor has become ...", "Kedah's ..."
_PART_OPENING = re.compile(rf"^({_PLACE})(?=,\s|\s+[a-z]|['’]s\s)")


def _areas_in_passing(paragraph: str, parts: Container[str]) -> list[str]:
    """The runs of two places or more the first sentence naming any names in passing ("around Montes Claros and
    Janaúba, while Belo Horizonte and Uberlândia concentrate rooftops"), none of them a country, a region, one of
    the ``parts`` ("California, Texas and Florida dominate") or a company ("BMW AG and Audi AG")."""
    found: list[str] = []
    for sentence in split_sentences(paragraph):
        for match in _PLACES_IN_PASSING.finditer(sentence):
            areas = _if_places(_areas_listed(match.group("places")))
            more = found and not _PLACE_CUE.match(match.group(0))  # "use of Cotesia and Metarhizium" after places
            if (
                len(areas) >= 2
                and not more
                and not any(
                    area.lower() in parts or area.rpartition(" ")[2].lower() in vocab.LEGAL_SUFFIXES for area in areas
                )
            ):
                found += [area for area in areas if area not in found]
        if found:  # the sentence that first names them; a later one may be on another part
            return found
    return found


def _areas_opening_a_note(note: str) -> list[str]:
    opening = _PLACES_OPENING_A_NOTE.match(split_sentences(note)[0]) if note.strip() else None
    return _if_places(_areas_listed(opening.group("places")) if opening else [])


_AREAS_LABEL = re.compile(
    r"^(?:(?:key|main|major|principal)\s+)?(?:cit(?:y|ies)|towns?|metros?|districts?|hubs?|counties|municipalities"
    r"|cent(?:re|er)s?)"
    r"(?:\s+(?:covered|included|tracked))?\s*:\s*(?P<places>[^:.–—;]+)",
    re.I,
)


def _parts_told(sentence: str) -> list[tuple[str, list[str]]]:
    """Each part a sentence names with its areas, in brackets, between dashes or in a "which includes" clause."""
    told = [(m.start(), m.group("part"), m.group("areas")) for m in _PART_WITH_BRACKET.finditer(sentence)]
    told += [
        (m.start(), m.group("part"), m.group("areas") or m.group("dashed") or m.group("where"))
        for m in _PART_WITH_ITS_AREAS.finditer(sentence)
    ]
    told += [(m.start(), m.group("part"), m.group("areas")) for m in _WITHIN_A_PART.finditer(sentence)]
    return [(_without_the(part), _areas_listed(areas)) for _, part, areas in sorted(told)]


def _areas_listed(text: str) -> list[str]:
    """ "Paraná and Rio Grande do Sul": a part's areas, the last joined by "and" two of them; "the Samara Region" is
    "Samara Region"."""
    return [LEADING_THE.sub("", area) for item in _country_list(text) for area in LAST_AND.split(item)]


def _told_one_by_one(told: Iterable[tuple[str, list[tuple[str, list[str]]]]]) -> list[RegionMention]:
    """Places each named with its parts in brackets, in two sentences at least: a run of them in one sentence is a
    list (``regions_in_prose``), which may name more."""
    found: dict[str, list[str]] = {}
    sentences = set()
    for sentence, named in told:
        for place, parts in named:
            found.setdefault(place, parts)
            sentences.add(sentence)
    return [RegionMention(place, tuple(parts)) for place, parts in found.items()] if len(sentences) >= 2 else []


def _bracketed_regions(text: str) -> list[tuple[str, list[str]]]:
    """Every region a text names with its countries in brackets: "Latin America (Brazil, Chile)"."""
    named = ((m.group("region"), _country_list(m.group("countries"))) for m in _REGION_WITH_BRACKET.finditer(text))
    return [(region, countries) for region, countries in named if any(map(names_one_country, countries))]


def _spanned_rows(blocks: Sequence[Block]) -> Iterator[Block]:
    """Rows that repeat their first cell (a label cell spanning them) read as one row of ";"-parted parts:
    "Regional scope | North America: U.S., Canada" / "Regional scope | Europe: Germany, France"."""
    for label, group in itertools.groupby(blocks, lambda b: b.text.partition(" | ")[0] if b.kind == "row" else None):
        rows = list(group)
        if label is None or len(rows) == 1:
            yield from rows
        else:
            yield replace(rows[0], text=f"{label} | " + "; ".join(r.text.partition(" | ")[2] for r in rows))


def _region_lines(value: str) -> list[RegionMention]:
    """ "North America: U.S. · Canada · Europe: Germany · UK", "North America – U.S., Canada · Europe – UK": a cell
    whose lines open with a region's name and list its countries."""
    regions: list[tuple[str, list[str]]] = []
    for part in (p.strip() for p in value.split(" · ") if p.strip()):
        opened = _REGION_LINE.match(part) or _DASHED_REGION_LINE.match(part)
        if opened and REGION_WORDS.match(opened.group(1)):
            regions.append((opened.group(1).strip(), _country_list(opened.group(2))))
        elif regions:
            regions[-1][1].extend(_country_list(part))
        else:
            return []
    return [RegionMention(name, tuple(countries)) for name, countries in regions]


def _lines_list_more(blocks: Sequence[Block], than: int) -> bool:
    """Whether the list items below a paragraph are each a region's line with its countries, more than ``than``."""
    items = [block for block in blocks if block.kind == "item"]
    return len(items) > than and all(region_with_countries(block.text) for block in items)


def region_items(header: Block, body: Sequence[Block]) -> list[RegionMention]:
    """Regions and their countries: labels or sub-headings with lists, "Region (a, b)" and
    "Region: a, b" items, comma runs of regions, or flat lists."""
    opening = body[0].text if body and body[0].kind == "para" else ""
    # "Regional Outlook: North America (U.S., Canada) is ...", "Kanto (Tokyo, Kanagawa) absorbed ... Kansai (Osaka,
    # Kyoto) is second"
    bracketed = regions_with_bracketed_countries(opening) or parts_with_their_areas(opening)
    if bracketed and _lines_list_more(body[1:], len(bracketed)):
        bracketed = []  # the section's own "Europe: Germany, UK" lines, after a paragraph naming a few in brackets
    if bracketed:  # "... Latin America, chiefly Brazil and Mexico, ... complete the picture": the others told in words
        in_words = regions_named_in_sentences(body[:1])
        if not lists_more_of_each(in_words, bracketed):
            return bracketed
        given = {r.region: r for r in bracketed}  # a region's brackets list its countries, a passing "UK" none more
        return [given.get(r.region, r) for r in in_words]
    headed = _parts_headed_over_paragraphs(body)
    if headed:
        return headed
    # "Regions: ..." labels a list; "Tanga Region: Korogwe, Muheza" is one region's own line, and "Countries covered:"
    # under "<h3>North America</h3>" that region's line
    before_a_heading = itertools.takewhile(lambda b: b.kind != "heading", body[:2])
    labelled = [header, *(b for b in before_a_heading if _labels_regions(b.text.partition(":")[0]))]
    inline = next((items for block in labelled if (items := inline_list(block.text))), [])
    if inline:  # "Regions: North America (U.S.), Europe, China": every item is a region
        return regions_of(inline)
    # "Capacity is mapped by region and the towns hosting abattoirs:" over the line listing them
    introduced = body[1:] if body and body[0].text.endswith(":") and len(body[0].text.split()) > 5 else body
    lone = introduced and (introduced[0].kind == "para" or len(introduced) == 1)  # or a list of one item
    if lone and (line := _regions_with_countries_line(introduced[0].text)):
        return regions_of(line)
    told = _a_paragraph_a_region(body) or _part_rows_after_a_paragraph(body) or _a_line_a_part(body)
    if told:
        return told
    run = _region_run(body)
    if body and _is_prose(body[0]) and not (run and REGION_WORDS.match(run[0].text)):
        in_prose = regions_in_prose(body[:1])  # "Regional outlook" over a paragraph naming them
        if in_prose or not run:
            return in_prose
    # "Fiji (Viti Levu, Vanua Levu)", "Harju County – Tallinn, Maardu": items that give their parts
    bracketing = sum(b.text.endswith(")") or _gives_its_parts(b.text) for b in run) * 2 > len(run)
    colon_lines = sum(bool(_PART_LINE.match(b.text)) for b in run if b.kind == "item") >= 3  # "Bukhara Region: Bukhara"
    if (
        _COUNTRY_LABEL.search(header.text)
        and run
        and not bracketing
        and not colon_lines
        and not any(REGION_WORDS.match(b.text) for b in run)
    ):
        return []  # "By Country" over Germany, France, ...: countries that no region is named over
    regions: list[tuple[str, list[str]]] = []
    under_label = False  # items under "Europe:" or <h3>Europe</h3> are its countries, whatever they look like
    # a list opening on no region's name ("South Korea", "Western Mexico") lists peers at its depth: "Japan" after
    # "South Korea" is no part of it, as "Canada" after "North America" is; an item nested deeper is. So does a list
    # whose items give their countries: "Black Sea" after "Mediterranean (Antalya, Adana)" is a region.
    peers_depth: int | None = None
    for block, following in itertools.zip_longest(run, run[1:]):
        text = block.text.strip()
        if text.endswith(":") and len(text.split()) > 5 and not REGION_WORDS.match(text):
            continue  # "The report breaks the market down as follows:" introduces the list
        named = region_with_countries(text) or (one_part_line(text) if colon_lines and block.kind == "item" else None)
        if named is None and block.kind == "item":  # "Marsh – Ellin. Processing plants and the main exporters."
            noted = _SENTENCE_AFTER_NAMES.split(text, 1)
            named = one_part_line(noted[0]) if len(noted) == 2 else None
        if named and len(named[1]) == 1 and _COMPASS_GLOSS.fullmatch(named[1][0]):
            named = None  # "Yugozapaden (South-West)" over its provinces: the bracket glosses the part's name
        opening = REGION_WORDS.match(text) if regions and under_label and _is_prose(block) else None
        if opening and opening.group(0).lower() != regions[-1][0].lower():
            continue  # "Europe still consumes more than half ..." under "Rest of the World" is about Europe
        lead = _COUNTRIES_LEAD.match(text)
        more = _bracketed_regions(text) if regions and block.kind == "para" and ")" in text else []
        more = [(name, countries) for name, countries in more if name.lower() not in {n.lower() for n, _ in regions}]
        if more and under_label:  # "The report also covers Latin America (Brazil, Chile) and ..."
            regions.extend(more)
        elif regions and (lead or under_label and block.kind == "para" and not is_item(block)):
            # "Key countries: U.S., GCC. Corn keeps the U.S. ahead" lists them in its first sentence; a paragraph
            # under a region's heading names them anywhere
            first = next(iter(split_sentences(text[lead.end() :])), "") if lead else ""  # "Countries:" alone: none
            named = _country_list(first) if lead else countries_named_in(text)
            regions[-1][1].extend(c for c in named if c not in regions[-1][1])
        elif named:
            regions.append(named)
            under_label = False
            listed = text.endswith(")") or len(named[1]) >= 2  # "Java – DKI Jakarta, West Java", not "GCC: Saudi"
            peers_depth = block.level if block.kind == "item" and listed else peers_depth
        elif text.endswith(":") or block.kind == "heading" or block.kind == "label" and _labels_a_part(text, following):
            regions.extend((name, []) for name in _regions_joined(text.rstrip(": ").strip()))
            under_label = True
        elif regions and under_label:
            regions[-1][1].extend(_country_items(block))
        # "Gauteng; Western Cape; KwaZulu-Natal; Rest of South Africa" under a regional label: a line of names
        elif len(re.findall(r"[,;·]", text)) >= 2 and (REGION_WORDS.match(text) or names_parted_by_semicolons(text, 4)):
            regions.extend((name, []) for name in list_items(text))
        elif REGION_WORDS.match(text) or not regions or _a_peer(block, peers_depth) or names_one_part(text):
            if not regions and not REGION_WORDS.match(text):
                peers_depth = block.level
            regions.append((text, []))
        else:
            regions[-1][1].extend(_country_items(block))
    # a region's paragraph may name in passing the countries its list then gives: each is listed once
    return [RegionMention(name, tuple(dict.fromkeys(countries))) for name, countries in regions]


def _labels_a_part(label: str, following: Block | None) -> bool:
    """ "Europe", or "Nordland" over the line "Bodø, Lofoten, Helgeland" (or "Battambang city", one area): a
    part's name over its areas."""
    if is_region_name(label):
        return True
    if following is None or following.kind != "para" or "," in label or len(label.split()) > 4:
        return False
    line = following.text
    return "," in line or _dotted(line) or len(line.split()) <= 3 and not line.endswith(".")


def _dotted(line: str) -> bool:
    """ "Irbid · Mafraq · Jerash", "Auckland • Waikato": a line of names parted by dots."""
    return " · " in line or " • " in line


def names_one_part(text: str) -> bool:
    """ "North Region", "Dhofar Governorate", "Western Province": one part of a country, named by its kind."""
    words = text.split()
    named = words[0][:1].isupper() and words[0].lower() not in _NOT_A_PART_NAME  # not "By Region", "Key Region"
    return len(words) >= 2 and named and words[-1].lower() in _PART_NOUNS


_NOT_A_PART_NAME = frozenset({"by", "each", "largest", "leading", *vocab.SECTION_HEADING_WORDS})
_PART_NOUNS = frozenset(
    {"region", *(word for word in vocab.PART_DIMENSIONS if " " not in word and not word.endswith("s"))}
)


def _gives_its_parts(text: str) -> bool:
    named = region_with_countries(text)
    return named is not None and len(named[1]) >= 2


def _labels_regions(label: str) -> bool:
    return REGION_LABEL.search(label) is not None and not _NAMED_REGION.match(label.strip())


def one_part_line(text: str) -> tuple[str, list[str]] | None:
    """ "București-Ilfov: Bucharest" among "Nord-Vest: Cluj-Napoca, Oradea" lines, "Heredia – Sarapiquí": a region and
    its one part."""
    line = _PART_LINE.match(text)
    part = _FULL_STOP_AFTER_A_NAME.sub("", line.group(2).strip()) if line else ""  # "Marsh – Ellin.", not "St."
    return (line.group(1).strip(), [part]) if line and 0 < len(part.split()) <= 4 else None


def _a_peer(block: Block, peers_depth: int | None) -> bool:
    """An item of a list of peers at their depth; "Arabia, Oman, Egypt" after "Middle East: UAE, Saudi" goes on
    the line before."""
    return peers_depth is not None and block.kind == "item" and block.level <= peers_depth and "," not in block.text


def _a_paragraph_a_region(body: Sequence[Block]) -> list[RegionMention]:
    """ "North America: The study covers U.S., Canada and Mexico. Labour-saving ..." / "Europe: Countries covered
    are ...": paragraphs each opening on a region's name, with the countries it says are covered."""
    lines = [_REGION_OPENING.match(block.text) if block.kind == "para" else None for block in body]
    lines = list(itertools.takewhile(lambda line: line and is_region_name(line.group(1)), lines))
    sentences = sum(_OPENS_A_SENTENCE.match(line.group(2)) is not None for line in lines)
    if len(lines) < 2 or sentences < len(lines) / 2:  # "Europe: Germany, France" lines are a list's items
        return []
    told = [(line, region_with_countries(line.string)) for line in lines]
    return [
        RegionMention(named[0], tuple(named[1])) if named else RegionMention(line.group(1).strip())
        for line, named in told
    ]


_DASHED_PARTS = 3  # fewer lines opening on a name and a dash are a remark's, no list of parts


def _a_line_a_part(body: Sequence[Block]) -> list[RegionMention]:
    """ "California — The largest single market ... in Los Angeles, San Jose and Sacramento" / "New York — New York
    City's building law ...": lines each opening on a part's name and a dash (or a colon), after an introduction
    ending on a colon; each part's towns those its note opens on or names in passing."""
    lines = body[1:] if body and body[0].text.endswith(":") else body
    opened = [_PART_OPENING_A_LINE.match(b.text) if b.kind in ("para", "item") else None for b in lines]
    opened = list(itertools.takewhile(bool, opened))
    # "Bratislava Region – Bratislava, Senec, Pezinok": a line of a part's towns alone, read with the list's items
    remarks = all(any(word[:1].islower() for word in line.group(2).split()[:3]) for line in opened)
    parts = {line.group(1).lower() for line in opened}
    # "Kanto: Tokyo, Yokohama and Saitama. Largest ...": a colon's note opens on the part's towns, else it is a
    # transcript's speaker ("ML-O: Installation follows ..."), who speaks more than once
    colons = [line for line in opened if line.group(0)[line.end(1)] == ":"]
    towns = all(_areas_opening_a_note(line.group(2)) for line in colons) and len(parts) == len(opened)
    if len(opened) < _DASHED_PARTS or not remarks or not towns or any(is_region_name(line.group(1)) for line in opened):
        return []
    return [
        RegionMention(
            line.group(1), tuple(_areas_opening_a_note(line.group(2)) or _areas_in_passing(line.group(2), parts))
        )
        for line in opened
    ]


def _part_rows_after_a_paragraph(body: Sequence[Block]) -> list[RegionMention]:
    """A paragraph on the parts ("Kanto accounted for about 34% ...") over a header-less table of each part with
    its areas ("Hokkaido | Sapporo, Tomakomai"): the table lists them all."""
    rows = list(itertools.takewhile(lambda b: b.kind == "row", body[1:])) if body and _is_prose(body[0]) else []
    told = [(cells[0], _areas_listed(cells[1])) for cells in (row.text.split(" | ") for row in rows) if len(cells) == 2]
    if len(told) < 2 or len(told) < len(rows) or not all(_names_a_part_with_areas(*named) for named in told):
        return []
    return [RegionMention(part, tuple(areas)) for part, areas in told]


def _regions_joined(name: str) -> list[str]:
    """ "Latin America and Middle East & Africa" heads two regions; "Middle East and Africa" is one."""
    parts = re.split(r"\s+and\s+", name)
    if len(parts) > 1 and not is_region_name(name) and all(is_region_name(part) for part in parts):
        return parts
    return [name]


def lists_more_of_each(fuller: list[RegionMention], found: list[RegionMention]) -> bool:
    """Whether a list names every region the other does (and maybe more: the sections' headings may join "South
    America and Middle East & Africa"), each with every country the other gives it, and more in all."""
    given = {r.region.lower(): set(r.countries) for r in found}
    more = {r.region.lower(): set(r.countries) for r in fuller}
    return more.keys() >= given.keys() and all(given[name] <= more[name] for name in given) and more != given


def regions_of(items: list[str]) -> list[RegionMention]:
    """Items that are each a region, with the countries in brackets after it ("Europe (Germany, UK)") or
    its share ("Europe 38%")."""
    named = [region_with_countries(item) or (_TRAILING_SHARE.sub("", item), []) for item in items]  # "Europe 38%"
    return [RegionMention(name, tuple(countries)) for name, countries in named]


def names_regions_with_countries(regions: Sequence[RegionMention]) -> bool:
    """Whether a list reads as regions with their countries: every name a region's, most with countries."""
    return (
        bool(regions)
        and all(REGION_WORDS.match(r.region) for r in regions)
        and sum(bool(r.countries) for r in regions) * 2 >= len(regions)
    )


def _country_items(block: Block) -> list[str]:
    """A list item is one country as listed, unless it runs several ("Germany, UK, France" under "Europe"); a line
    under a region lists several ("U.S., Canada")."""
    text = block.text.strip()
    if block.kind == "item":
        listed = _country_list(text) if "," in text else []
        return listed if len(listed) >= 2 and all(map(names_one_country, listed[:2])) else [text]
    return _country_list(text) or [text]


def regions_in_prose(blocks: Sequence[Block]) -> list[RegionMention]:
    """The first run of three or more regions in a sentence: "splits the market into North
    America, Europe (Germany, France), Asia Pacific and the Rest of the World". Clauses that open with a region
    ("North America held 38%, Europe follows, and ...") are no such run, nor is where a firm works."""
    for block in blocks:
        for sentence in split_sentences(block.text):
            starts = [m.start() for m in REGION_ANYWHERE.finditer(sentence)]
            if len(starts) < 3 or _SAYS_WHAT_A_FIRM_IS.search(sentence):
                continue
            names: list[str] = []
            for item in list_items(sentence[starts[0] :].rstrip(" .")):
                item = _TRAILING_SHARE.sub("", re.sub(r"^the\s+", "", item, flags=re.I))  # "Europe 27.5%"
                if not REGION_WORDS.match(item) or words_outside_brackets(item) > _REGION_NAME_WORDS:
                    break
                names.append(item)
            if len(names) >= 3:
                return region_items(Block("label", "regions"), [Block("item", name) for name in names])
    return []


def stated_regions(items: Sequence[str]) -> list[RegionMention]:
    """The regions a "By Region: ..." line states: each with the countries it lists ("North America (U.S.,
    Canada)"), while a country's parts, which no region name opens ("North India, West India, South India",
    "New South Wales, Victoria"), are each a region of their own, never the first with the others as countries."""
    if items and not REGION_WORDS.match(items[0]) and not any("(" in item or ":" in item for item in items):
        return [RegionMention(item) for item in items]
    return region_items(Block("label", "regions"), [Block("item", item) for item in items])


def regions_named_in_sentences(blocks: Sequence[Block]) -> list[RegionMention]:
    """Regions a page names only in its sentences, each once in page order with the places named in
    its own part of the sentence: "North America is the biggest market, with the U.S. and Canada ...
    Asia Pacific, led by Japan, South Korea and China, ..." (two regions at least: one alone is a passing
    mention, not a regional view). A sentence naming no region but the places a study covers goes on about the
    region before it ("Asia Pacific grows fastest. China, Japan and Rest of Asia Pacific are analysed."), and a
    region's member group named after it is one of its places ("Middle East & Africa (GCC, South Africa)")."""
    found: dict[str, list[str]] = {}
    for block in blocks:
        if block.kind not in ("para", "item") or not REGION_ANYWHERE.search(block.text):
            continue
        current: list[str] | None = None  # the places of the one region the sentence before spoke of
        for sentence in split_sentences(block.text):
            mentions = [
                m for m in REGION_ANYWHERE.finditer(sentence) if not _PART_OF_A_NAME.search(sentence, 0, m.start())
            ]
            mentions = [m for i, m in enumerate(mentions) if not (i and m.group(0).lower() in _SUB_REGIONS)]
            if not mentions:
                told = _places_listed(sentence) if _COVERAGE_CUE.search(sentence) else []
                if len(told) >= 2 and (adjective := _REGION_ADJECTIVE.search(sentence)):
                    said = vocab.REGION_ADJECTIVES[adjective.group(1).lower()]  # "The European chapter looks at"
                    name = next((known for known in found if known.lower().startswith(said.lower())), said)
                    current = found.setdefault(name, [])
                if current is not None and len(told) >= 2:
                    current.extend(p for p in told if p not in current)
                continue
            for said, part in _region_parts(sentence, mentions):
                name = next((known for known in found if known.lower() == said.lower()), said)
                places = found.setdefault(name, [])
                places.extend(p for p in _places_listed(part) if p not in places)
            current = places if len(mentions) == 1 else None
    # "trawler fleets in Asia" beside "Asia Pacific" or "Asia-Pacific": a looser name of a region found, in passing
    kept = {
        n: p
        for n, p in found.items()
        if p or not any(o.lower().startswith((f"{n.lower()} ", f"{n.lower()}-")) for o in found)
    }
    regions = without_parts_of_listed_regions([RegionMention(name, tuple(places)) for name, places in kept.items()], "")
    return regions if len(regions) >= 2 else []


def _region_parts(sentence: str, mentions: Sequence[re.Match[str]]) -> list[tuple[str, str]]:
    """Each region a sentence names, as written, with its own part of the sentence: up to the next one named."""
    ends = [m.start() for m in mentions[1:]] + [len(sentence)]
    return [(m.group(0), sentence[m.end() : end]) for m, end in zip(mentions, ends, strict=True)]


def _places_listed(text: str) -> list[str]:
    """The countries a text names, and the groups a region's list holds ("Rest of Europe", "GCC Countries"), in
    the order written."""
    places = [(text.find(country), country) for country in countries_named_in(text)]
    places += [(m.start(), m.group(0)) for m in _GROUP_ITEM.finditer(text)]
    return [name for _, name in sorted(places)]


def with_countries_under_their_headings(found: list[RegionMention], blocks: Sequence[Block]) -> list[RegionMention]:
    """Regions listed without countries, each with a sub-heading of its own ("Asia Pacific: Dominant Region
    with 38.2% Share") over a paragraph naming them ("China is the biggest single country market ..."), or
    with a line of its own elsewhere ("By Region: Europe, ..." over "• Europe: Germany, UK"): the countries
    named under a region's heading, or on its line, are its countries."""
    if not found or any(r.countries for r in found):
        return found
    named: dict[str, list[str]] = {}
    region_names = {r.region.lower() for r in found}
    current: list[str] | None = None
    for block in blocks:
        # "Europe: Germany, UK", a heading's "Europe – Germany, UK"; a table's rows are read as tables
        own_line = region_with_countries(block.text) if block.kind != "row" else None
        if own_line and REGION_WORDS.match(own_line[0]):
            listed = named.setdefault(own_line[0].lower(), [])
            listed.extend(c for c in own_line[1] if c not in listed)
            current = None if block.kind in ("heading", "label") else current  # its list is the heading's own
        elif block.kind in ("heading", "label"):
            region = REGION_WORDS.match(block.text)
            current = named.setdefault(region.group(0).lower(), []) if region else None
        elif current is not None and block.kind == "para":
            current.extend(c for c in countries_named_in(block.text) if c not in current)
        elif block.kind == "para":
            for region, countries in _countries_told_per_region(block.text, region_names).items():
                told = named.setdefault(region, [])
                told.extend(c for c in countries if c not in told)
            for region, areas in _areas_in_brackets_after(block.text, found):
                named[region] = named.get(region) or areas  # the countries told otherwise come first
    return [RegionMention(r.region, tuple(named.get(r.region.lower(), ())), r.share_pct) for r in found]


def _areas_in_brackets_after(paragraph: str, found: list[RegionMention]) -> Iterator[tuple[str, list[str]]]:
    """ "The Coastal Zone (Dar es Salaam, Tanga, Pwani) holds 38%, followed by the Lake Zone (Mwanza, Geita)": a
    listed part named with its areas in brackets, wherever a sentence names it."""
    for region in found:
        if f"{region.region} (" not in paragraph:
            continue
        for match in re.finditer(rf"\b{re.escape(region.region)} \(([^()]+)\)", paragraph):
            areas = _areas_listed(match.group(1))  # as ``_parts_told`` reads a part's areas
            if len(areas) >= 2 and all(map(_names_a_place_plainly, areas)):
                yield region.region.lower(), areas


def _countries_told_per_region(paragraph: str, regions: set[str]) -> dict[str, list[str]]:
    """A paragraph about a listed region names the countries the report covers there: "Europe was worth EUR 0.42
    billion; Germany, France and Spain are covered. In North America the report looks at the U.S. and Canada.
    Latin America (Brazil, Argentina) ...". A sentence naming no region goes on about the one before it ("Europe
    accounted for ... . The report covers Italy, France ..."). Countries named in passing ("driven by exports
    from Peru, Ecuador and Chile"), or one alone ("Asia Pacific, led by China"), are no list of the region's."""
    told: dict[str, list[str]] = {}
    current: str | None = None
    for sentence in split_sentences(paragraph):
        mentions = [m for m in REGION_ANYWHERE.finditer(sentence) if m.group(0).lower() in regions]
        if mentions:
            parts = _region_parts(sentence, mentions)
            current = parts[-1][0] if len(mentions) == 1 else None
        else:
            parts = [(current, sentence)] if current else []
        for region, part in parts:
            countries = [place for place in _places_listed(part) if lies_in(place, region)]
            if len(countries) >= 2 and _COVERAGE_CUE.search(part):
                told.setdefault(region.lower(), []).extend(countries)
    return told


def _pipe_lines_as_items(body: Sequence[Block]) -> list[Block]:
    """ "North America (U.S., Canada) | Europe (Germany, France) | ...": one line, one region per cell; a
    table's row "Europe | Germany, France" one item."""
    expanded: list[Block] = []
    for block in body:
        cells = block.text.split(" | ") if block.kind in ("para", "item", "row") else []
        pairs = block.kind == "row" and len(cells) == 2 and REGION_WORDS.match(cells[0])
        if pairs and region_with_countries(block.text):
            expanded.append(Block("item", block.text, block.level))
        elif len(cells) >= 2 and all(REGION_WORDS.match(cell) for cell in cells):
            expanded.extend(Block("item", cell, block.level) for cell in cells)
        elif block.kind != "row" and len(cells) >= 3 and _region_then_names(cells):
            # "North America | US | Canada | Mexico": a text table's row, the region and then its countries
            expanded.append(Block("item", f"{cells[0]}: {', '.join(cells[1:])}", block.level))
        else:
            expanded.append(block)
    return expanded


def _region_then_names(cells: Sequence[str]) -> bool:
    names = cells[1:]
    plain = not any(ch.isdigit() or ch == ":" for cell in names for ch in cell)
    return bool(REGION_WORDS.match(cells[0])) and plain and not any(map(REGION_WORDS.match, names))


def _is_prose(block: Block) -> bool:
    return block.kind == "para" and len(block.text) > MAX_ITEM_CHARS and block.text.rstrip().endswith(".")


def _regions_with_countries_line(text: str) -> list[str]:
    """ "North America (U.S. and Canada), Europe (Germany, U.K. and Rest of Europe), ..." (or parted by "·"): a line
    under a region header that is only regions, each with its countries in brackets ("LAMEA {Brazil, GCC}" too); or
    only a country's parts, three at least, each with its areas ("Santiago (Tamboril, Navarrete); Valverde (Mao,
    Esperanza); ...")."""
    items = [item.strip(" .") for part in split_top_level(text, ",;·•") for item in AFTER_BRACKETS_AND.split(part)]
    bracketed = sum(item.endswith((")", "]", "}")) for item in items)
    parts = bracketed == len(items) >= 3 and all(map(_names_a_place_plainly, (i.partition("(")[0] for i in items)))
    return items if bracketed >= 2 and (parts or all(REGION_WORDS.match(item) for item in items)) else []


def _names_a_place_plainly(name: str) -> bool:
    """ "Distrito Nacional & Santo Domingo", "//Kharas", "6th of October City", not "The study covers North America":
    a name's words only."""
    words = [word.lstrip("/'’") for word in name.split()]
    return 0 < len(words) <= 5 and all(
        w[:1].isupper() or w in vocab.WORDS_INSIDE_NAMES or w == "&" or _ORDINAL.fullmatch(w) for w in words
    )


_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


_JOINED_OR_NOTED = re.compile(r"\sand\s|[—–:]")


def _region_run(body: Sequence[Block]) -> list[Block]:
    """The labels and items listing regions, and the paragraphs under a region's own heading (the countries
    they name are that region's)."""
    run: list[Block] = []
    under_a_region = False
    blocks = _pipe_lines_as_items(body)
    for block, following in itertools.zip_longest(blocks, blocks[1:]):
        if run and block.text.lower().rstrip(": ") in vocab.TITLES_AFTER_LISTS:
            break  # "Research Methodology", "Contact Us:": the page's next part
        is_label = block.text.endswith(":") and len(block.text) < 60
        labels_a_region = block.kind in ("heading", "label") or block.kind == "item" and block.text.endswith(":")
        # "<h3>Luzon</h3>" over its regions' items: a part of the country, by where it stands
        heads_items = block.kind == "heading" and following is not None and following.kind == "item"
        # "<h3>North Region</h3>" over the line "Irbid · Mafraq · Jerash", or any name over a line of middle dots
        dotted = following is not None and following.kind == "para" and _dotted(following.text)
        heads_a_line = (
            block.kind == "heading" and (names_one_part(block.text) or dotted) and _labels_a_part(block.text, following)
        )
        # "<h3>Nordics</h3>" over "Denmark pioneered the category; Sweden, Norway and Finland follow", after other
        # regions' headings: a group of countries by its own plain name (not "North America and Europe", nor
        # "Asia-Pacific — fastest growing")
        heads_countries = (
            under_a_region
            and block.kind == "heading"
            and len(block.text.split()) <= 5
            and not _JOINED_OR_NOTED.search(block.text)
            and following is not None
            and following.kind == "para"
            and len(countries_named_in(following.text)) >= 2
        )
        if labels_a_region and (is_region_name(block.text) or heads_items or heads_a_line or heads_countries):
            # "Europe:" over its items is a list's label; "• North America:" is an item over a paragraph on it
            under_a_region = block.kind == "item" or not block.text.endswith(":")
            run.append(block)
        elif is_label or is_item(block) or (under_a_region and block.kind == "para"):
            run.append(block)
        elif run:
            break
    return run


def _country_list(text: str) -> list[str]:
    """ "U.S., Canada; Mexico • Cuba": the countries a line lists, as listed; "Mexico & Canada" and "Chile and
    Argentina." are two of them (while "Trinidad & Tobago" is one) and a closing "etc." none."""
    countries: list[str] = []
    for item in split_top_level(text, ",;•·"):
        item = without_sentence_stop(item.strip()) if item.strip().lower() not in _OPEN_ENDS else ""
        item = item[4:] if item.lower().startswith("the ") and names_one_country(item[4:]) else item  # "the U.K."
        pair = _PAIR_JOINER.split(item)
        if len(pair) == 2 and not names_one_country(item) and all(map(_country_or_rest, pair)):
            countries.extend(pair)
        elif item:
            countries.append(item)
    return countries


def _country_or_rest(name: str) -> bool:
    return names_one_country(name) or name.lower().startswith("rest of")  # "Russia and Rest of Europe"


_REMARK_IN_BRACKETS = re.compile(r"^([^()]*?[:|–—-]\s*[^()\s][^()]*?)\s+\([a-z][^()]*\)$")


# A full stop after a name's word, not an abbreviation's ("St. Andrew", "S. Korea"), before the next sentence
_SENTENCE_AFTER_NAMES = re.compile(r"(?<=[^\W\d_]{3})\.\s+(?=[A-Z])")
_FULL_STOP_AFTER_A_NAME = re.compile(r"(?<=[^\W\d_]{3})\.$")


def region_with_countries(text: str) -> tuple[str, list[str]] | None:
    """ "Europe (Germany, France)", "Europe: Germany, France", "Europe – Germany, France",
    "Europe | Germany, France"; "Middle East & Africa: Turkey," whose list goes on in the lines below; the
    dimensions a report breaks a region down by are none of its countries ("North America (By Solution, By
    Country) – U.S., Canada"), nor is a remark after its list ("Kigali City: Gasabo, Kicukiro (café demand)") or the
    sentences after it ("Colón – Cristóbal, Coco Solo. Home to the largest docks")."""
    text = _REMARK_IN_BRACKETS.sub(r"\1", _DIMENSIONS_IN_BRACKETS.sub("", text.rstrip(",; ")))
    told = _coverage_told(text)
    if told:
        return told
    match = next(filter(None, (pattern.match(text) for pattern in _REGION_THEN_LIST)), None)
    if match and _abbreviates(match.group(2), match.group(1)):  # "Middle East and Africa (MEA)": its short name
        return None
    if not match:
        # "South America - Brazil", "North America: U.S.", "North America: U.S. and Canada"
        alone = _REGION_AND_COUNTRY.match(text)
        pair = _country_list(alone.group(2)) if alone and is_region_name(alone.group(1)) else []
        return (alone.group(1).strip(), pair) if pair and all(map(names_one_country, pair)) else None
    listed = match.group(2)
    named = _SENTENCE_AFTER_NAMES.split(listed, 1)  # "Colón – Cristóbal, Coco Solo. Home to the largest docks"
    if len(named) == 2 and all(map(_names_a_place_plainly, _country_list(named[0]) or named[:1])):
        listed = named[0]
    if len(listed.split()) > MAX_ITEM_WORDS and listed.rstrip().endswith("."):
        # "North America: North America, especially the United States, is a major market for ...": a description
        return match.group(1).strip(), countries_named_in(listed)
    countries = _country_list(listed)
    last = countries[-1].lower() if countries else ""
    if last and not last.startswith("rest of") and not is_region_name(last):  # "(Canada and Mexico)", not "Rest of"
        countries[-1:] = [c.strip() for c in LAST_AND.split(countries[-1]) if c.strip()]
    return match.group(1).strip(), countries


def _abbreviates(short: str, name: str) -> bool:
    """ "MEA" of "Middle East and Africa", "RoW" of "Rest of the World": a name's initials."""
    words = [word for word in name.split() if word != "&"]
    spelled = (
        "".join(word[0] for word in words if word.lower() not in vocab.WORDS_INSIDE_NAMES),  # "MEA"
        "".join(word[0] for word in words if word.lower() not in ("and", "the")),  # "RoW"
    )
    return len(short) >= 2 and short.isalpha() and short.upper() in (initials.upper() for initials in spelled)


def _coverage_told(text: str) -> tuple[str, list[str]] | None:
    """ "North America: the study covers United States and Canada. The US is the largest ...", "South America: Brazil
    and Argentina are covered; ...": a region's line with a sentence saying which countries the study covers."""
    line = _REGION_OPENING.match(text)
    if line is None or not line.group(2) or not is_region_name(line.group(1)):  # most lines: no sentence to split
        return None
    for sentence in split_sentences(line.group(2)):  # "Europe. The region is projected to ... The study covers ..."
        told = sentence.split(";")[0]
        stated = _OPENS_A_SENTENCE.match(told) or _COVERED_AFTER.search(told)  # "Brazil and Argentina are covered"
        places = _places_listed(told) if stated and _COVERAGE_CUE.search(told) else []
        if places:
            return line.group(1).strip(), places
    return None


def regions_of_an_areas_market(found: list[RegionMention], blocks: Sequence[Block], market: str) -> list[RegionMention]:
    """The regions of a market named after one country or one area: "Japan Vending Machine" by "Region: Kanto;
    Kansai; Chubu" lists parts of Japan, regions with no countries; "GCC District Cooling" by "Country: Saudi Arabia,
    UAE, Qatar" lists the GCC's countries, one region with them. Other pages keep what was ``found``."""
    area = _area_of(market)
    names = _listed_areas(blocks) if area else []
    if not names:
        return found
    # what the list readers made of such a list: its first name over the rest ("Northeast" over "Midwest, South")
    misread = all(set(r.countries) <= set(names) and (r.region in names or _PARTED.search(r.region)) for r in found)
    # another country's name; "North India" and "Rest of Japan" are parts of the market's own
    foreign = [n for n in names if area.lower() not in n.lower()]
    other_countries = [n for n in foreign if _country_or_rest(n)]
    if misread and names_one_country(area) and not other_countries and not any(map(is_region_name, names)):
        return [RegionMention(name, ()) for name in names]  # parts of one country
    all_countries = all(map(_country_or_rest, names))
    if found and misread and not names_one_country(area) and all_countries:
        return [RegionMention(area, tuple(names))]  # the area's own countries, where a country was read as a region
    return found


def _area_of(market: str) -> str | None:
    """The country or area a market is named after: "Japan" of "Japan Vending Machine", "GCC" of "GCC District
    Cooling", "Southeast Asia" of "Southeast Asia Instant Noodles"; None for a market named after no place."""
    words = market.split()
    for count in (1, 2, 3):  # the shortest: the country table's fuzzy match reads "Canada Modular" as Canada too
        lead = " ".join(words[:count])
        if len(words) > count and (names_one_country(lead) or is_region_name(lead) or lead in vocab.AREA_PREFIXES):
            return lead
    return None


def country_of_market(market: str) -> str | None:
    """The one country a market is named after ("Japan" of "Japan Vending Machine"); None for a region's or none."""
    area = _area_of(market)
    return area if area is not None and names_one_country(area) else None


_AREA_NAME_WORDS = 4  # "Dadra and Nagar Haveli" is four


def _listed_areas(blocks: Sequence[Block]) -> list[str]:
    """The names a "By Region" / "By Country" / "By State/Territory" list gives: on its own line ("By Region:
    North India | South India", a row "By Region | Kanto; Kansai"), or as the items or line under it."""
    for index, block in enumerate(blocks):
        label, _, value = block.text.partition(" | " if block.kind == "row" else ":")
        if not _AREA_LIST_LABEL.match(label.strip()):
            continue
        if value.strip():
            listed = [v.strip() for v in split_top_level(value, ",;|·") if v.strip()]
        else:
            listed = areas_under(blocks[index + 1 : index + 12])
        if len(listed) >= 2 and all(len(name.split()) <= _AREA_NAME_WORDS for name in listed):
            return listed
    return []


def areas_under(following: Sequence[Block]) -> list[str]:
    """The areas listed under a "By Region" / "By Emirate" / "Provinces" label: its top items ("Northeast" over
    its states), a table's first column under its header row ("Province | Notes": the notes name none), or the
    line under it."""
    if following and following[0].kind == "para" and following[0].text.endswith(":"):
        following = following[1:]  # "The study breaks the French market down by administrative region:"
    elif len(following) > 1 and following[0].kind == "para" and following[1].kind == "label":
        following = following[1:]  # an introduction in prose, then each part's name over a paragraph about it
    if following and following[0].kind == "label":
        return [b.text for b in following if b.kind == "label"]
    if following and following[0].kind == "item":
        run = list(itertools.takewhile(lambda b: b.kind == "item", following))
        return [b.text for b in run if b.level == run[0].level]
    if following and following[0].kind == "row":
        rows = list(itertools.takewhile(lambda b: b.kind == "row", following))
        return [row.text.partition(" | ")[0].strip() for row in rows[1:]]
    named = [v.strip() for v in split_top_level(following[0].text, ",;|") if v.strip()] if following else []
    return named if all(len(name.split()) <= _AREA_NAME_WORDS for name in named) else []  # not a sentence's clauses


# The broader regions a part of a continent named by its compass point belongs to.
_CONTINENT_REGIONS = {
    "europe": {"europe", "emea"},
    "asia": {"asia", "asia pacific", "asia-pacific", "apac"},
    "africa": {"africa", "middle east and africa", "middle east & africa", "mea", "emea", "lamea"},
}


def without_parts_of_listed_regions(found: Sequence[RegionMention], market: str) -> list[RegionMention]:
    """ "Southeast Asia" beside "Asia Pacific" in a page's regions is a part of it named in passing ("demand in India
    and Southeast Asia"), no region of the list; unless the broader one is the market's own ("Europe Biogas
    Upgrading", split into "Southern Europe", "Northern Europe", ...)."""
    own = market.lower()
    listed = {r.region.lower() for r in found if not own.startswith(r.region.lower())}
    return [
        r
        for r in found
        if r.region.lower() not in vocab.COMPASS_REGION_NAMES
        or listed.isdisjoint(_CONTINENT_REGIONS[r.region.lower().split()[-1]])
    ]
