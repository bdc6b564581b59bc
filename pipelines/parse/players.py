"""Players: company names listed under a players header, run after a cue ("such as", "include"), or one
a line; legal suffixes stay with their company ("Gelest, Inc."), country tags do not ("(US)")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from cleanco import typesources

from pipelines.parse import vocabulary as vocab
from pipelines.parse.blocks import Block
from pipelines.parse.lists import (
    LAST_AND,
    PARENTHESISED,
    TRAILING_DOT_KEEP,
    is_region_name,
    leading_items,
    names_one_country,
    names_over_lines_about_them,
)
from pipelines.parse.numbers import split_sentences
from pipelines.records import Player

_NOUN_CUE = r"(?i:\b(?:" + "|".join(re.escape(c) for c in vocab.PLAYER_NOUN_CUES) + r"))\s+(?=[A-Z])"
# "The report names the key players as Stannah, Handicare, ...": what they are, then "as" and the names.
_NOUN_AS_CUE = r"(?i:\b(?:" + "|".join(vocab.PLAYER_NOUNS) + r")\s+as\s+)"
_LIST_CUES = "|".join(re.escape(c) for c in vocab.PLAYER_LIST_CUES)
# A cue is written in lower case after a sentence's start: "Daisy Pool Covers" names a firm, "covers" cues names.
_CUE = re.compile(rf"(?:^(?i:{_LIST_CUES})|\b(?:{_LIST_CUES}))\b\s*:?\s*|:\s*|" + _NOUN_AS_CUE + "|" + _NOUN_CUE)
# A headline's "Key Player Google, ..." cues names with neither a verb nor a colon.
NAMES_AFTER_A_NOUN = re.compile(_NOUN_CUE)
# "..., and Others", "etc.": where a run of names trails off; "Electronic Theatre Controls, Inc. (ETC)" is a name's
# "..., Nordex and others", "..., etc."; not "ETC BioMedical Systems", a name
_TAIL = re.compile(
    r"[,;]?\s*(?<!\()(?:(?:"
    + "|".join(re.escape(t) for t in vocab.PLAYER_RUN_TAILS if t != "etc")
    + r")\b|etc\b(?!\s+(?-i:[A-Z]))).*$",
    re.I,
)
_NAME_BEFORE_DASH = re.compile(r"^([^—–·]{2,80}?)\s+[—–·]\s+\S")
_ENDS_WITH_CUE = re.compile(rf"\b(?:{_LIST_CUES})\s*:?\s*$|:\s*$", re.I)
_LEADING_TAG = re.compile(r"^(\([^()]*\))\s*(.*)$")
_NAME_SEPARATOR = re.compile(r"(\s*[,;·•|]\s*(?:and\s+)?|\s+/\s+)")  # "A / B" parts names too
_STRONG_SEPARATOR = re.compile(r"[;|/·•]")  # a run parted by these needs no "and" before its last name
_PARENTHESISED_TAIL = re.compile(r"^(.*\S)\s*\(([^()]{2,40})\)$")
_NAME_WITH_COMMA = re.compile("|".join(re.escape(name) for name in vocab.NAMES_WITH_COMMAS), re.I)
# "ABB Ltd. – offers drives and ...", "Itron – Riva platform": a description; "A.P. Moller - Maersk" is a name.
_NAME_DESCRIPTION = re.compile(r"\s+[–—-]\s+(?![A-Z][\w.&]*$).*$")
_NAME_COMMENT = re.compile(r",\s+(?!(?:inc|ltd|llc|co|corp|plc|s\.?a|ag|gmbh|de)\b)[a-z].*$")
_TICKER_TAG = re.compile(
    r"\s*\((?:NYSE|NASDAQ|Nasdaq|HKEX|SEHK|TSE|TYO|LSE|ASX|TSX|NSE|BSE|KRX|KOSDAQ|SZSE|SSE|SIX|FWB|ETR|XETRA|"
    r"Euronext|TWSE|OTC\w*)\s*:\s*[\w.\-]+\)\s*$"
)
# "Top Key Players: 1. Kraft Heinz 2. Nestlé", "suppliers: (1) Luminar, ... and (8) Valeo"
_INLINE_NUMBER = re.compile(r"(?:^|,?\s+(?:and\s+)?)(?:\d{1,2}\.|\(\d{1,2}\))\s+(?=[A-Z])")
_SENTENCE = re.compile(r"[a-z]\.(?:\s|$)")  # "... is moderately consolidated. Danish ...": no name ends so
_LONGEST_NAME_WORDS = 8  # "Sinoelectro H2 Equipment Co., Ltd." is five; a sentence runs longer
# "Base Year2024", "in 2024USD 612.4 Mn", "Single User LicenceUSD 3,950"
_GLUED_FIGURE = re.compile(r"[a-z](?:19|20)\d\d|\d(?:USD|EUR|GBP)\b|[a-z](?:USD|EUR|GBP)\s?\d")
# The names beside what they are: "A, B and C are among the leading vendors", "The report names A, B and C as
# the top manufacturers", "Leading suppliers in 2024 were A, B and C".
_WHAT_THEY_ARE = r"\s+(?:among\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:" + "|".join(vocab.PLAYER_NOUNS) + r")\b"
_RUN = r"(?P<run>[A-Z][^;:]*?,[^;:]*?)"
_SEEN_AS = r"(?:identified|named|listed|cited|seen|regarded|considered|recogni[sz]ed|ranked)"
_NAMES_BESIDE_THEIR_NOUN = (
    # "A, B and C were identified as the leading suppliers"
    re.compile(r"^" + _RUN + r"\s+(?:are|were|remain)(?:\s+" + _SEEN_AS + r"\s+as)?" + _WHAT_THEY_ARE),
    # "The report names A, B and C as the top manufacturers", "Nordhaven names A, B and C among the key players"
    re.compile(r"\b(?:names|lists|identifies|cites|counts|ranks)\s+" + _RUN + r"(?:\s+as)?" + _WHAT_THEY_ARE),
    # "Among the leading companies the report cites A, B and C"
    re.compile(
        r"^Among\s+the\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(vocab.PLAYER_NOUNS) + r")\b[^.;:,]{0,40}?"
        r"\s+(?:names|lists|identifies|cites|counts|profiles|are|were)\s+" + _RUN + r"\.?$"
    ),
    # "A, B ... and C are profiled in the study", "A, B and others are also covered": what the report does with them
    # says what they are
    re.compile(r"^" + _RUN + r"\s+(?:are|were)\s+(?:also\s+)?(?:profiled|benchmarked|covered)\b"),
    # "Leading suppliers by installed capacity in 2024 were A, B and C"
    re.compile(
        r"\b(?i:leading|main|major|key|largest|top)\s+(?:" + "|".join(vocab.PLAYER_NOUNS) + r")\b[^.;:]{0,40}?"
        r"\s+(?:were|are)\s+" + _RUN + r"\.?$"
    ),
)


# A company's name of one to four capitalised words ("Dr. Oetker", "Lindt & Sprüngli", "Mercury Marine").
_LEADER_NAME = r"[A-Z][\w'’.\-]*(?:\s+(?:&\s+)?[A-Z][\w'’.\-]*){0,3}"
_LEADERS = re.compile(
    rf"(?<![\w,] )(?P<run>{_LEADER_NAME}(?:,\s+{_LEADER_NAME})*,?\s+and\s+{_LEADER_NAME}|{_LEADER_NAME})\s+"
    r"(?:lead|dominate|(?:are|is)\s+(?:named|cited|listed)\s+(?:as|among)\s+(?:the\s+|one\s+of\s+the\s+)?"
    r"(?:largest|leading|biggest|main|top|category\s+leaders|brands)|remain\s+the\s+(?:largest|leading|biggest))\b"
)
# "Key players include Shahrah Motors Ltd and Ravi Riders.": two names need no comma after a cue
_TWO_NAMES = re.compile(
    rf"\b(?:include|includes|including|such as|are)\s+({_LEADER_NAME})\s+and\s+({_LEADER_NAME})\.?$"
)
_LEADER_CUE = re.compile(r"\b(?:lead|dominate|named|cited|listed|remain)\b")
_LEADER_NAMES_PART = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


# "Leaders", "Tier 2 (Challengers):", "Niche & emerging:", "Leaders | A; B": a competitive landscape's tier, named
# before its companies; the name alone on its line, or ahead of them after a colon, a cell's bar or a bold label's space
_TIER = re.compile(
    r"^(?:tier\s*(?:\d|i{1,3})\b(?:\s*\([^()]{2,30}\))?|(?:market\s+|category\s+|global\s+)?leaders|challengers"
    r"|contenders|followers|visionaries|innovators|specialists|new\s+entrants|established\s+players"
    r"|(?:niche|emerging|regional)(?:\s*(?:&|and)\s*emerging)?(?:\s+(?:players|specialists|suppliers|vendors|innovators))?)"
    r"(?:\s*(?::|\|)\s*|\s+(?=[A-Z])|\s*$)",
    re.I,
)


def tiered_players(blocks: Sequence[Block]) -> list[Player]:
    """A competitive landscape told in tiers, from its header on: each tier's name over its companies (one a
    line, or a run of them), or ahead of them on its own line ("Challengers: A; B; C"); two tiers at least, read
    in their order, whatever headings the tiers' names make. The header, and an introduction before the first
    tier ("We classify suppliers as follows:"), are passed over."""
    names: list[str] = []
    tiers = 0
    under_a_tier = False
    for at, block in enumerate(blocks):
        tier = _TIER.match(block.text)
        if tier and (len(block.text) == tier.end() or block.kind in ("row", "para", "item")):
            tiers += 1
            rest = block.text[tier.end() :]
            if rest:
                names.extend(split_names(rest))
            under_a_tier = not rest
        elif under_a_tier and block.kind == "item":
            names.append(clean_name(block.text))
        elif under_a_tier and block.kind == "para" and (run := _names_only(block.text)):
            names.extend(run)
        elif tiers or at > 2 or at and block.kind not in ("para", "label"):
            break
    named = [name for name in names if name and not name.lower().startswith("and ")]
    return [Player(name) for name in named] if tiers >= 2 else []


def _names_only(text: str) -> list[str]:
    """The names of a line that is a run of names and nothing else ("A Ltd.; B plc (Ireland)"); none for a quote or
    a sentence."""
    names = split_names(text)
    return names if names and len(split_sentences(text)) == 1 and all(map(_looks_like_name, names)) else []


def player_items(header: Block, body: Sequence[Block]) -> list[Player]:
    """Players listed under a players header: list items, or a run after a cue."""
    run = leading_items(body)
    # a linked item is a call to action ("View the full report description | Get a free sample"), no name
    listed = (
        clean_name(b.text)
        for b in _through_its_tail(_ended_by_a_label(run, "item"))
        if b.kind == "item" and not b.linked
    )
    items = [Player(name) for name in listed if name]
    cards = [] if items else _company_cards(body)
    if cards:
        return cards
    cued = _cued_names(header, body)
    # "such as A, B, ... and L" above "Key vendor offerings: A - ..."; a run of names above "Recent developments:"
    # items that read as no names ("Q2 2025: a leading producer commissioned ...") is the run's
    sentences_below = len(cued) > len(items) and not all(_looks_like_name(p.name) for p in items)
    # "<h4>Amedisys, Inc.</h4>" cards, their lines in paragraphs or lists ("2024 revenue: USD 19.67 billion"); a
    # lower-case brand among them ("uvex safety group") is one more
    headed = list(
        itertools.takewhile(lambda b: b.kind == "heading", (b for b in body if b.kind not in ("para", "item")))
    )
    # the cards are one level's headings: a higher one ("5 Contents") opens the page's next chapter
    headed = list(itertools.takewhile(lambda b: b.level == headed[0].level, headed)) if headed else []
    carded = len(headed) >= 3 and not any("market" in b.text.lower() for b in headed)  # "... Market News"
    # "Prominent vendors include A, B, C" (or "... include:" over a list of them) over the page's next headings
    # ("What's inside the report", "Recent Developments", "About Harrowgate Insights")
    above = _names_above_the_headings(header, body, items) if carded else []
    carded = carded and not (len(above) >= 3 and not {clean_name(b.text) for b in headed} & set(above))
    if carded and sum(_looks_like_name(b.text) for b in headed) >= 0.8 * len(headed):
        return [Player(clean_name(b.text)) for b in headed]  # whatever their descriptions run ("Type I, II and IV")
    # "A, B, ... and J. A remains the clear leader ..." over the report's "Published" / "Pages" / "Price" items
    above = _leading_run(body[:1]) if items and body[0].kind in ("para", "item") else []
    # a list's first item running the names, the items after it something else: a quote, a price, a feed's headlines
    one_item = bool(above) and body[0].kind == "item" and sum(_looks_like_name(p.name) for p in items[1:]) <= 1
    if len(above) >= 3 and (len(above) > len(items) or one_item):
        return [Player(name) for name in (cued if len(cued) >= len(above) else above)]
    if items and not _lists_more_of(cued, items) and not sentences_below:
        return items
    carded = _names_before_dashes(body)
    if carded:
        return carded
    leading = _leading_run(body)
    # not "trademarks including Libre and eICU" in a footer below the run; "The study profiles leading companies,
    # including A, B, ..." is a run only from its cue
    after_the_cue = len(cued) >= 2 and leading[len(leading) - len(cued) + 1 :] == cued[1:]
    # bold names over their descriptions (or opening them), then "Also covered: A, B and others"
    described = _names_over_descriptions(body) or _names_opening_profiles(body)
    if len(described) > len(cued) and not leading:
        return described
    if len(cued) >= max(2, len(leading)) or after_the_cue:
        return [Player(n) for n in cued]
    if leading:
        return [Player(n) for n in leading]
    lines = _ended_by_a_label(run, "para") if run and run[0].kind == "para" else run  # one name a line, no list
    odd_lines = sum(not _looks_like_name(b.text) for b in lines)
    if len(lines) >= 3 and odd_lines <= max(1, len(lines) // 5):
        return [Player(clean_name(b.text)) for b in lines]
    return []


def _names_before_dashes(body: Sequence[Block]) -> list[Player]:
    """Company cards as lines, each a name and a dash (or a dot) before what it says of the company: "Energizer
    Holdings, Inc. — St. Louis, Missouri. FY2024 net sales of USD 2.89 billion; sells Rayovac cells."."""
    lines = list(itertools.takewhile(lambda b: b.kind == "para", _after_a_remark(body)))
    names = list(itertools.takewhile(bool, (_name_before_a_dash(b.text) for b in lines)))
    closing = lines[len(names) :]  # "These and other vendors are benchmarked in the report's matrix."
    closed = not closing or _SENTENCE.search(closing[0].text) is not None
    return [Player(clean_name(name)) for name in names] if len(names) >= 3 and closed else []


def _name_before_a_dash(text: str) -> str | None:
    dashed = _NAME_BEFORE_DASH.match(text)
    return dashed.group(1) if dashed and _looks_like_name(dashed.group(1)) else None


# "Hartwell Thermodynamics, Inc. (U.S.) focuses on ...", "Vaporline Process Solutions (Danforth Group plc)
# integrates ...": a company's name, with its legal form and tags, opening its profile's first verb
_NAME_OPENING_A_PROFILE = re.compile(
    r"(?P<name>[A-Z0-9][\w'’&.\-/]*(?:,?\s+(?:&\s+)?[A-Z0-9][\w'’&.\-/]*){0,7}(?:\s+\([^()]{2,60}\)){0,2})"
    r"\s+(?=[a-z]{2,}\s)"
)


def _names_opening_profiles(body: Sequence[Block]) -> list[Player]:
    """Company profiles as paragraphs, each opening with the company's name ("Zellstack Fuel Cells GmbH manufactures
    PEM stacks ..."), three at least and most names with a legal form or a tag, maybe after a remark on the field;
    then the names a closing sentence adds ("Aerolyte Hydrogen Corp., Fjordlift AS and others are also covered.")."""
    lines = list(itertools.takewhile(lambda b: b.kind == "para", body))
    names = list(itertools.takewhile(bool, map(_name_opening_a_profile, lines)))
    if not names:  # "The installer base is highly fragmented. Below are the groups we profile in depth."
        lines = lines[1:]
        names = list(itertools.takewhile(bool, map(_name_opening_a_profile, lines)))
    formed = sum(_has_a_legal_form(without_country_tag(name)) or name.endswith(")") for name in names)
    if len(names) < 3 or 2 * formed < len(names):
        return []
    closing = lines[len(names) : len(names) + 1]
    also = names_after_cue(closing[0].text) if closing else []
    return [Player(clean_name(name)) for name in names] + [Player(name) for name in also]


def _name_opening_a_profile(block: Block) -> str | None:
    """ "Thermashield Group plc" in "Thermashield Group plc is a listed contractor ...": one name (not "A Corp., B AS
    and others are also covered"), with a legal form written in lower case; a lone word ("The") is none."""
    opening = _NAME_OPENING_A_PROFILE.match(block.text)
    if not opening or not _looks_like_name(opening["name"]) or len(split_names(opening["name"])) > 1:
        return None
    name, following = opening["name"], block.text[opening.end() :].split(" ", 1)[0]
    name = f"{name} {following}" if following in _legal_forms() else name
    return name if len(name.split()) >= 2 or _has_a_legal_form(name) else None


def _after_a_remark(body: Sequence[Block]) -> Sequence[Block]:
    """A section's cards after its opening remark on the field ("The market is moderately consolidated. ...")."""
    opening = body[0] if body and body[0].kind == "para" else None
    remarks = opening is not None and _SENTENCE.search(opening.text) and not _name_before_a_dash(opening.text)
    return body[1:] if remarks else body


# A sentence's words around its run of names: "We profile A, ...", "The competitive landscape section benchmarks A,
# ..." and "..., B and C are profiled", "... and C on product breadth, capacity and reach."
_LEAD_IN = re.compile(
    r"^(?:We|It|They|(?:The|Our)(?:\s+[\w-]+){1,4}?)\s+"
    r"(?:profiles?|covers?|tracks?|names?|analy[sz]es?|benchmarks?|compares?|reviews?|assesses?)\s+"
)
_VERB_AFTER = re.compile(
    r"\s+(?:are|is)\s+(?:profiled|covered|tracked|analy[sz]ed|included)\b.*$|\s+leads?\s+our\b.*$"
    r"|\s+on\s+(?:their\s+|its\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?$"
)


def _leading_run(body: Sequence[Block]) -> list[str]:
    """The names the section's first block runs: a bare "A; B; C" or "A · B · C" line, or "Husqvarna Group,
    Robert Bosch GmbH, Honda Motor Co., Ltd.", maybe with a sentence about one of them after."""
    if not body:
        return []
    text = body[0].text
    # a table's rows, or a text page's lines of cells ("Hakko Corporation | JBC Soldering S.L.")
    celled = itertools.takewhile(lambda b: b.kind == body[0].kind and (b.kind == "row" or " | " in b.text), body)
    grid = _is_a_grid_of_names(list(celled))
    for block in body[1:]:  # a run broken over lines: "Itron Inc., Badger Meter, Inc.," / "Arad Group, Apator S.A."
        if not (text.endswith(",") or grid) or block.kind != body[0].kind:
            break
        text = f"{text}{' |' if grid else ''} {block.text}"
    if _is_name_run(text):
        return split_names(text)
    names = split_names(split_sentences(text)[0])
    if names:  # "We profile ClearArc Dental, ..., Smilecraft Labs", "A, B and Futamura Group are profiled."
        names = [_LEAD_IN.sub("", names[0]), *names[1:-1], _VERB_AFTER.sub("", names[-1])][-len(names) :]
    odd = sum(not _looks_like_name(name) or _name_words(name) > 6 for name in names)
    return names if len(names) >= 3 and odd <= len(names) // 8 else []  # "tesa SE" among ten names is one more


def _name_words(name: str) -> int:
    """A name's own words: "Krebs & Riedel Schleifscheibenfabrik GmbH & Co. KG" is three long, as a sentence is
    not; its parent in brackets, its legal form and its ampersands say nothing of its length."""
    words = PARENTHESISED.sub(" ", name).split()
    return sum(word != "&" and word.lower().strip(",") not in vocab.LEGAL_SUFFIXES for word in words)


def _is_a_grid_of_names(rows: list[Block]) -> bool:
    """A table laid out as a grid of names, a few a row, with no header row: "Hexagon AB | FARO Technologies,
    Inc. | Carl Zeiss AG". A table of companies with their head offices or revenues has a header row."""
    cells = [cell.strip() for row in rows for cell in row.text.split(" | ")]
    first_row = [cell.strip().lower() for cell in rows[0].text.split(" | ")] if rows else []
    return (
        len(rows) >= 2
        and not any(cell in vocab.TABLE_PLAYER_HEADERS or cell in vocab.TABLE_NUMBER_HEADERS for cell in first_row)
        and all(_looks_like_name(cell) and not names_one_country(cell) for cell in cells if cell)
    )


_HEADS_A_COLUMN_OF_NAMES = re.compile(
    r"^(?:(?:key\s+)?(?:company|companies|player|players|vendor|manufacturer)(?:\s+name)?|name)$", re.I
)


def _cued_names(header: Block, body: Sequence[Block]) -> list[str]:
    """Names a cue leads to in the header or the first blocks: "key vendors such as A, B and C"."""
    for index, block in enumerate([header, *body[:3]]):
        following = body[index] if index < len(body) else None  # the block after ``block``
        # "... imports from Europe, India and Russia still lead. Companies covered:" names them in the next line
        labels_the_next = following is not None and block.text.endswith(":")
        if labels_the_next and following.kind == "row":  # "Major participants assessed:" over "Name | Country" rows
            rows = itertools.takewhile(lambda b: b.kind == "row", body[index:])
            firsts = [clean_name(row.text.split(" | ")[0]) for row in rows]
            firsts = firsts[1:] if firsts and _HEADS_A_COLUMN_OF_NAMES.match(firsts[0]) else firsts  # "Company | HQ"
            if len(firsts) >= 2 and all(map(_looks_like_name, firsts)):
                return firsts
        names = [] if labels_the_next else names_after_cue(block.text)
        if len(names) < 2 and following is not None and _ENDS_WITH_CUE.search(block.text):
            # "... the major players such as" / "A, B, C and Others…"; "Key Players:" / "The report profiles A, B"
            split = split_names(following.text)  # a card's "St. Louis, Missouri. FY2024 net sales ..." lists none
            names = names_after_cue(following.text) or (split if all(map(_looks_like_name, split)) else [])
        if len(names) >= 2:
            return names
    return []


def _lists_more_of(names: list[str], items: list[Player]) -> bool:
    """Whether a cued run names more players than a list, the list's among them."""
    found = {name.lower() for name in names}
    return len(names) > len(items) and sum(item.name.lower() in found for item in items) >= 0.8 * len(items)


def _ended_by_a_label(run: list[Block], kind: str) -> list[Block]:
    """The run up to a bold line after its first ``kind`` block, or a plain line that titles a section:
    "Report Highlights:" or "Recent Developments" after a list of players heads another list. A run that opens
    with a short label groups its names ("North America" / names / "Europe" / names): its like go on; one that
    opens with a longer label naming no players lists something else."""
    first = next((i for i, b in enumerate(run) if b.kind == kind), None)
    if first is None:
        return run
    grouped = run[0].kind == "label" and _names_a_group(run[0])
    if run[0].kind == "label" and not grouped and not vocab.PLAYER_NOUN.search(run[0].text.lower()):
        return []  # "Report at a glance" over its facts, after the paragraph naming the players
    rest = itertools.takewhile(
        lambda b: (
            (b.kind != "label" or grouped and _names_a_group(b))
            and b.text.lower().rstrip(":") not in vocab.TITLES_AFTER_LISTS
        ),
        run[first + 1 :],
    )
    return run[: first + 1] + list(rest)


def _through_its_tail(run: list[Block]) -> list[Block]:
    """The run before its "and others." item: what follows is another list ("Why buy this report?" over its points)."""
    tail = next((at for at, b in enumerate(run) if b.kind == "item" and _TAIL.fullmatch(b.text.strip())), None)
    return run if tail is None else run[:tail]


def _names_a_group(label: Block) -> bool:
    """ "North America", "Tier 1", "Emerging challengers": a group's name is short."""
    return len(label.text.split()) <= 3


# A company card's line of facts: "HQ: Irving, Texas, U.S. · Founded: 1997", "Westerville, Ohio · est. 2016"
_CARD_FACTS = re.compile(r"\b(?:HQ|Headquarters|Headquartered)\b|·\s*(?:est\.|founded\b|established\b)", re.I)
_CARD_KEY = re.compile(r"^(?:HQ|Headquarters|Headquartered(?: in)?|Founded|Est\.|Established)\b", re.I)
_NAME_BEFORE_FACTS = re.compile(r"^(?P<name>.{2,80}?)(?::\s+|\s+·\s+|\s+(?=HQ:))")
_CARD_WORDS = 16  # "Headquartered in Vedbæk, Denmark. Radar-based launch monitors used on ..." is a profile


def _company_cards(body: Sequence[Block]) -> list[Player]:
    """Company cards, each a line of facts: "Vertiv Holdings Co: Westerville, Ohio · est. 2016", "Dabur India Ltd.
    HQ: Ghaziabad, India · Founded: 1884", or the facts alone ("HQ: Irving, Texas, U.S. · Founded: 1997") under
    the name's own line; three at least."""
    names = []
    for above, block in itertools.pairwise([None, *body]):
        if (
            block.kind not in ("para", "item")
            or not _CARD_FACTS.search(block.text)
            or len(block.text.split()) > _CARD_WORDS
        ):
            continue
        if above is not None and above.kind in ("label", "heading") and _looks_like_name(above.text):
            names.append(above.text)  # the card's own heading over its facts ("Essen, Germany · est. 1998")
            continue
        lead = _NAME_BEFORE_FACTS.match(block.text)
        name = lead.group("name") if lead else ""
        # "nVent Electric plc: London, U.K. · est. 2018": a lower-case brand among them is one more
        if name and not _CARD_KEY.match(name) and _looks_like_name(name.capitalize()) and not _is_a_place(name):
            names.append(name)
    return [Player(clean_name(name)) for name in names] if len(names) >= 3 else []


def _is_a_place(text: str) -> bool:
    """ "Essen, Germany", "Westerville, Ohio, U.S.": a town and its country, no company."""
    return names_one_country(text.rpartition(",")[2].strip())


def _names_over_descriptions(body: Sequence[Block]) -> list[Player]:
    """Bold names (or definition terms) each over a line about the company: "Yara International ASA" /
    "Norway · world's largest ammonia trader" / "CF Industries Holdings, Inc." / "U.S. · ..."."""
    if body and body[0].kind == "para" and body[0].text.endswith(":"):  # "Our one-line summary of each:"
        body = body[1:]
    body = _after_a_remark(body)
    if len(body) < 2 or body[1].kind != "para":
        return []
    if body[0].kind == "para":  # a plain-text page's names, each a line over its own line about the company
        return _name_lines_over_descriptions(body)
    if body[0].kind != "label":
        return []
    labels = [b.text for b in body if b.kind == "label"]
    odd = sum(not (_looks_like_name(text) and len(text.split()) <= 6) for text in labels)
    if len(labels) < 3 or odd > max(1, len(labels) // 5):
        return []
    # "Also covered: Apator S.A., Sensaqua Technologies S.r.l. and others." below the last card
    last = max(at for at, block in enumerate(body) if block.kind == "label")
    below = body[last + 2 : last + 3]
    also = names_after_cue(below[0].text) if below and below[0].kind == "para" else []
    return [Player(clean_name(text)) for text in labels] + [Player(name) for name in also]


def _name_lines_over_descriptions(body: Sequence[Block]) -> list[Player]:
    """ "Karnaphuli Biotech Ltd." over "Bangladesh-based bovine bone gelatin producer.", pair after pair."""
    names = names_over_lines_about_them(body, _is_a_name_line)
    return [Player(clean_name(name)) for name in names] if len(names) >= 3 else []


def _is_a_name_line(text: str) -> bool:
    """A name alone: no full stop at its end but a legal form's ("Ltd.", "S.A.")."""
    bare = without_country_tag(text)
    return _looks_like_name(text) and (not bare.endswith(".") or _has_a_legal_form(bare))


def _names_above_the_headings(header: Block, body: Sequence[Block], items: list[Player]) -> list[str]:
    """The names a section gives before its first heading: a cued run, else the list under the cue."""
    before = list(itertools.takewhile(lambda b: b.kind != "heading", body))
    listed = any(b.kind == "item" for b in before)
    return _cued_names(header, before) or ([p.name for p in items] if listed else [])


def _looks_like_name(text: str) -> bool:
    # "thyssenkrupp nucera AG & Co. KGaA" is a name too: most lines, not all, start with a capital
    # "3D Systems Corporation", "3M Company": a digit may open a name
    return (text[:1].isupper() or text[:1].isdigit()) and len(text.split()) <= 8 and not text.endswith((":", "?", "!"))


_RUN_SEPARATOR = re.compile(r"[;·•]|\s\|\s")


def _is_name_run(text: str) -> bool:
    """A line that is only names: three separators or more ("A; B; C", "A | B | C"), and no sentence ending."""
    return len(_RUN_SEPARATOR.findall(text)) >= 2 and len(split_sentences(text)) == 1


_A_SENTENCES_OPENING = re.compile(r"The\s+[a-z]")


# "The study profiles, among others, A, B and C": the aside between the cue and its run
_ASIDE_AFTER_A_VERB = re.compile(r",\s+(?:among\s+others|among\s+them|inter\s+alia),\s+")


def names_after_cue(text: str) -> list[str]:
    """Company names from the comma run that follows a cue ("such as", "including", ":"), or that comes before
    what they are ("A, B and C are the leading vendors"); after the leaders the sentences before it name, when it
    names the rest ("The report also profiles ...")."""
    text = _ASIDE_AFTER_A_VERB.sub(" ", text) if ", among" in text or ", inter alia," in text else text
    names = _cued_run(text)
    leaders = leaders_before_the_rest(text) if len(names) >= 2 else []
    names = _a_second_tier(text, names) or names
    return [*leaders, *(name for name in names if name not in leaders)]


def _a_second_tier(text: str, names: list[str]) -> list[str]:
    """The companies another sentence of the paragraph lists as another tier ("Among the global leaders are A
    Inc., B Corporation ... The challengers include C Ltd., D GmbH ..."), in the paragraph's order: both runs of
    names with legal forms, for the most part, so that no run of products or places joins them."""
    if len(names) < 2 or not _mostly_legal_forms(names):
        return []
    runs = [_cued_run(sentence) for sentence in split_sentences(text)]
    tiers = [run for run in runs if len(run) >= 2 and _mostly_legal_forms(run)]
    ordered = [name for run in tiers for name in run]
    return ordered if len(tiers) >= 2 and all(name in ordered for name in names) else []


def _mostly_legal_forms(names: list[str]) -> bool:
    """ "Kiso Mass Timber Co., Ltd. (Japan)" has its legal form before its country's tag."""
    formed = sum(bool(name.strip()) and _has_a_legal_form(without_country_tag(name)) for name in names)
    return 2 * formed >= len(names)


def _cued_run(text: str) -> list[str]:
    if len(_INLINE_NUMBER.findall(text)) >= 3:  # "Top Key Players: 1. The Kraft Heinz Company 2. Nestlé S.A. 3. ..."
        text = _INLINE_NUMBER.sub(", ", text)
    sentences = split_sentences(text)
    nouned = [s for s in sentences if names_what_players_are(s)]
    cued = nouned or sentences
    # a sentence that names no players by what they are may still list them after its cue ("Feldmark Analytics
    # profiles A, B and C. A, the largest supplier, ..."), if its names read as names ("thyssenkrupp AG" among
    # ten is one more) and none is a place
    for sentence in cued + [s for s in sentences if s not in cued]:
        for names in _runs_of_names(sentence):
            odd = sum(not _looks_like_name(name) and not _has_a_legal_form(name) for name in names)  # "sonnen GmbH"
            plain = sentence in cued or odd <= len(names) // 8 and not any(map(_names_a_place, names))
            # "Competitive landscape: The market is fragmented, ...": a label over a sentence names no one
            if plain and _are_company_names(names) and not (len(names) == 1 and _A_SENTENCES_OPENING.match(names[0])):
                return [*names[:-1], _without_the_sentence_after(names[-1])]
    two = next((m.groups() for s in nouned if (m := _TWO_NAMES.search(s))), ())
    return [clean_name(name) for name in two] if two and not any(map(_names_a_place, two)) else []


def names_what_players_are(sentence: str) -> bool:
    """ "Leading installers profiled include ...", "Key Players:": a sentence naming what its players are; not
    "by end user into Mobile Network Operators, MVNOs", where the capitalised noun is one item of a list."""
    return any(
        not (sentence[m.start()].isupper() and _LIST_GOES_ON.match(sentence, m.end()))
        for m in vocab.PLAYER_NOUN.finditer(sentence.lower())
    )


_LIST_GOES_ON = re.compile(r",|\s+(?:and|or)\s")


def _without_the_sentence_after(name: str) -> str:
    """ "At-Bay use continuous monitoring to price risk" -> "At-Bay": the sentence goes on after a run's last
    name at its first lower-case word, unless that word belongs in names ("Bank of America", "Haleon plc", "Kraków
    Thermoline Sp. z o.o.")."""
    form = next((form for form in _FORMS_OF_WORDS if name.lower().endswith(f" {form}")), "")
    for word in re.finditer(r"(?:(?<=\s)|^)[a-z][a-z.]*(?!\S)", name[: len(name) - len(form)]):
        if word.group() not in vocab.WORDS_INSIDE_NAMES and word.group() not in _legal_forms():
            return re.sub(r"(?:\s+(?:and|&))?[\s,]*$", "", name[: word.start()])
    # "Voltaris S.p.A. Kvarner Energetika, the only listed ...": a dotted legal form ended the name and its sentence
    words = name.split()
    for index, (word, following) in enumerate(itertools.pairwise(words)):
        if word.endswith(".") and word.lower() in _legal_forms() and following.lower().strip(",") not in _legal_forms():
            return " ".join(words[: index + 1]) if following[:1].isupper() and index else name
    return name


# "A GmbH and B Ltd., which are competing on cost allocation, unit economics and pricing": a remark after the run,
# whose own list ends in "and"; "lists A, B and C as the principal manufacturers": what they are, after them
_REMARK_ON_THE_RUN = re.compile(
    r",\s+(?:which|who|whose|each|both|together)\s|\s+as\s+(?:the|its|their|key|leading|major|main|principal)\s"
)


def _runs_of_names(sentence: str) -> Iterator[list[str]]:
    """The names of each run a sentence may list players in: after each cue, the last first, then beside what
    they are."""
    # not a cue inside brackets: "Gevo, Inc. (2024 revenue: US$ 16.9 million), LanzaJet, Inc."
    cues = [
        m
        for m in _CUE.finditer(sentence)
        if _NAME_SEPARATOR.search(sentence, m.end())
        and sentence.count("(", 0, m.start()) <= sentence.count(")", 0, m.start())
    ]
    for cue in reversed(cues):  # "... include A, B and C, with the profiles covering X, Y": an earlier cue's run
        yield split_names(_REMARK_ON_THE_RUN.split(sentence[cue.end() :], 1)[0])
    for pattern in _NAMES_BESIDE_THEIR_NOUN:
        named = pattern.search(sentence)
        names = split_names(named["run"]) if named else []
        # "China, India and Brazil are the largest producers" names places; "Orvano Hardware India" one company
        if names and sum(map(_names_a_place, names)) <= len(names) // 2:
            yield names


def _has_a_legal_form(name: str) -> bool:
    return name.split()[-1].lower().strip(",") in _legal_forms()


def _names_a_place(name: str) -> bool:
    return is_region_name(name) or names_one_country(without_country_tag(name))


def _are_company_names(names: list[str]) -> bool:
    if not names or any(not any(ch.isalpha() for ch in name) for name in names):  # "Buy now: USD 4,250": a price
        return False
    if all(map(_names_a_place, names)):  # "regions like Asia-Pacific and Latin America"
        return False
    if sum(any(ch.isdigit() for ch in name) for name in names) > len(names) / 2:  # "EFA-FD-3081 · 186 pages"
        return False
    if not all(map(names_a_company, names[:-1])):  # "2021: Global Trends, Key Players, Industry Analysis": topics
        return False
    return sum(name[:1].isupper() or name[:1].isdigit() for name in names) >= 0.6 * len(names)


def split_names(run: str) -> list[str]:
    """Split a comma run into names, keeping legal suffixes with their company.

    " and " separates names only in the run's last name ("A, B and C"), so that
    "Air Products and Chemicals, Inc." in the middle of a run stays whole.
    """
    run = _TAIL.sub("", run.strip())
    # Commas and slashes inside parentheses belong to one name: "Amazon Pay (Amazon.com, Inc.)", "Mars Incorporated
    # (Linnaeus / VCA)"; so do a few names' own commas.
    masked = PARENTHESISED.sub(lambda m: m.group().replace(",", "\x00").replace("/", "\x01"), run)
    masked = _NAME_WITH_COMMA.sub(lambda m: m.group().replace(",", "\x00"), masked) if "," in masked else masked
    tokens = _NAME_SEPARATOR.split(masked)  # [name, separator, name, separator, ...]
    names: list[str] = []
    separator = ""
    for index in range(0, len(tokens), 2):
        piece = tokens[index].strip().replace("\x00", ",").replace("\x01", "/")
        if not piece:
            continue
        separator = tokens[index - 1] if index else ""
        suffix, rest = _leading_suffix(piece)
        if suffix.lower() in vocab.LEGAL_PREFIXES and rest[:1].isupper():  # "AB Volvo", "PT Astra International"
            suffix = ""
        if names and suffix and "and" not in separator.lower():
            gap = " " if separator.endswith(" ") else ""
            names[-1] = f"{names[-1]}{separator.strip()}{gap}{suffix}"
            tag = _LEADING_TAG.match(rest)  # "Hearmec Co., Ltd. (Japan) and Oxy Health LLC": the tag is the name's
            if tag:
                names[-1], rest = f"{names[-1]} {tag.group(1)}", tag.group(2)
            # "Ltd. and Amazon Pay": the next name; "LLC are expanding ...": the sentence goes on
            piece = rest[4:] if rest.lower().startswith("and ") else ""
            if not piece:
                continue
        names.append(piece)
    # "..., whose software runs ...", "..., the report says", "..., assessing each on breadth, pricing and reach"
    clause = next((i for i in range(1, len(names)) if _opens_a_clause(names[i]) and _all_lower_case(names[i:])), None)
    names = names[:clause]
    if names and not _STRONG_SEPARATOR.search(separator):  # "A; B; Environmental Inks and Coatings Corp."
        parts = [p for p in LAST_AND.split(names[-1]) if p.strip()]
        if len(parts) >= 2 and PARENTHESISED.sub("", parts[-1]).strip(" .").lower() in vocab.PARTNERSHIP_WORDS:
            parts[-2:] = [f"{parts[-2]} and {parts[-1]}"]  # "A and Tharakan and Company": two names
        names[-1:] = parts
    elif names and ") and " in names[-1]:  # "A; B; Biomin (dsm-firmenich) and Addcon GmbH": a bracket closes a name
        head, _, tail = names[-1].rpartition(") and ")
        names[-1:] = [f"{head})", tail]
    cleaned = [clean_name(n) for n in names]  # a long name's parent in brackets says nothing of its length
    return [n for n in cleaned if n and len((PARENTHESISED.sub("", n) if n.endswith(")") else n).split()) <= 8]


def _all_lower_case(pieces: list[str]) -> bool:
    return all(piece[:1].islower() for piece in pieces)


def _opens_a_clause(piece: str) -> bool:
    """ "whose autonomy software runs ...", "the report says": two lower-case words open a clause, not a name."""
    words = piece.split()[:2]
    return len(words) == 2 and all(word.isalpha() and word.islower() for word in words)


def without_country_tag(name: str) -> str:
    """ "Vertiv Holdings Co (US)", "Tenneco Inc. (Northville, U.S.)", "Medtronic plc (NYSE: MDT)", "Sateba: France"
    -> the name: a country, head-office or stock-ticker tag is no part of it, while a parent or an acronym in
    parentheses ("Silar (Entegris)") is kept, as stated."""
    name = _TICKER_TAG.sub("", name)  # "Medtronic plc (NYSE: MDT)"
    head, colon, place = name.rpartition(": ")  # "Vossloh AG ........ Germany": a text table's country column
    if colon and names_one_country(place):
        name = head
    tagged = _PARENTHESISED_TAIL.match(name)
    place = tagged.group(2).rsplit(",", 1)[-1].strip() if tagged else ""  # "(Northville, U.S.)": a head office
    return tagged.group(1) if tagged and names_one_country(place) else name


_TRAILING_TAG = re.compile(r"\s*\([^)]*\)$")


def _leading_suffix(piece: str) -> tuple[str, str]:
    """A legal suffix that starts a piece, and what follows it: "Inc. (U.S.)" -> ("Inc. (U.S.)", ""),
    "Ltd. and Amazon Pay" -> ("Ltd.", "and Amazon Pay"), a name -> ("", the name)."""
    bare = _TRAILING_TAG.sub("", piece).lower()  # "Inc. (U.S.)": a suffix with a country tag
    if bare in _legal_forms() or bare.rstrip(".") in _legal_forms():  # "OJSC (Russia)", "LLC." ending a list
        return piece, ""
    lowered = piece.lower()  # "S.A. de C.V. and Acciona Agua": the longest form of several words first
    form = next((form for form in _FORMS_OF_WORDS if lowered.startswith(f"{form} ")), None)
    if form:
        return piece[: len(form)], piece[len(form) :].strip()
    first, _, rest = piece.partition(" ")
    return (first, rest.strip()) if first.lower() in vocab.LEGAL_SUFFIXES else ("", piece)


_FORMS_OF_WORDS = sorted((form for form in vocab.LEGAL_SUFFIXES if " " in form), key=len, reverse=True)


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """Every legal form a piece of a name may be on its own: the company-name library's table of them in many
    languages ("oao", "kgaa", "sp. z o.o."), and ours. Only ours may open a longer piece ("Ltd. and Amazon Pay"):
    the library's include words such as "as" and "et"."""
    return frozenset(term.lower() for _, term in typesources()) | vocab.LEGAL_SUFFIXES


_FIGURE_IN_BRACKETS = re.compile(r"\s*\([^()]*\d[^()]*(?:revenue|sales|turnover|million|billion)[^()]*\)$", re.I)


def clean_name(name: str) -> str:
    # "GT's Living Foods, still the leader in ...", "ABB Ltd. – offers drives ...": comments are no name, nor is a
    # figure in brackets after it ("Gevo, Inc. (2024 revenue: US$ 16.9 million)")
    name = _FIGURE_IN_BRACKETS.sub("", _NAME_COMMENT.sub("", name.strip()))
    name = name if _spells_out_its_acronym(name) else _NAME_DESCRIPTION.sub("", name)
    name = name.strip("\"“”'")
    if name.endswith(".") and not TRAILING_DOT_KEEP.search(name):
        name = name[:-1]
    return name.strip()


def _spells_out_its_acronym(name: str) -> bool:
    """ "MIR - Medical International Research": an acronym, then the words its letters stand for, is one name."""
    acronym, dash, words = name.partition(" - ") if " - " in name else name.partition(" – ")
    initials = "".join(word[0] for word in words.split() if word[:1].isupper())
    return bool(dash) and acronym.isupper() and acronym.isalpha() and initials == acronym


_LETTERS = re.compile(r"[a-z]+")


def names_a_company(name: str) -> bool:
    """ "Other Prominent Players", "Leading Regional Vendors", "Emerging Start-ups" stand for companies unnamed; a
    snapshot's title and its keys glued to their figures ("Report Snapshot", "Base Year2024") after a plain-text
    list of names name none, nor does a sentence."""
    if _GLUED_FIGURE.search(name) or name.lower().removeprefix("report ") in vocab.FACT_BOX_TITLES:
        return False
    if name.startswith(("other ", "and other ")):  # "..., and other regional processors": a run's tail, in lower case
        return False
    words = name.split()
    if len(words) > _LONGEST_NAME_WORDS and sum(w[:1].islower() and len(w) > 3 for w in words) >= 2:
        return False  # "Voltaris Power Systems commissioned a 5 MVA SST at ...": a news item under the heading
    return not all(word in vocab.GENERIC_PLAYER_WORDS for word in _LETTERS.findall(name.lower()))


_LEGAL_FORM_AFTER_A_NAME = re.compile(r"[a-z]\s(?:Ltd|PLC|Plc|Inc|LLC|GmbH|AG|Co|Corp|Pty|S\.A|N\.V|SE|JSC|PJSC)\b")


def names_companies_by_their_forms(text: str) -> bool:
    """A cued run of three names or more that each end in a legal form names companies, whatever the sentence
    calls them: "the organised market is led by Meghna Aqua Ltd, Padma Beverages PLC, ... and Sylhet Springs Ltd"."""
    if len(_LEGAL_FORM_AFTER_A_NAME.findall(text)) < 3:  # a cheap screen
        return False
    names = names_after_cue(text)
    return len(names) >= 3 and all(name.split()[-1].lower() in _legal_forms() for name in names)


# "A, B and C together control the majority ...", before "The report also profiles D, E ...": the leaders first.
_RUN_BEFORE_LEADING = re.compile(
    r"^(?P<run>[A-Z][^:;]*?)\s+(?:together\s+|jointly\s+)?(?:lead|dominate|control|command|top|hold|have|win|are)s?\b"
)
_ALSO_PROFILED = re.compile(r"\balso\s+(?:profiles|profiled|covers|covered|includes|included|assesses|assessed)\b")


def leaders_before_the_rest(text: str) -> list[str]:
    """The companies a paragraph names as the leaders, in sentences before the one naming the rest ("The report
    also profiles ..."): "Parker-Hannifin Corporation, Donaldson Company, Inc. and Eaton Corporation plc lead the
    market. The report also profiles HYDAC ...". Each must read as a company's name."""
    if "also" not in text or not _ALSO_PROFILED.search(text):  # a cheap screen
        return []
    leaders: list[str] = []
    for sentence in split_sentences(text):
        if _ALSO_PROFILED.search(sentence):
            return leaders
        run = _RUN_BEFORE_LEADING.match(sentence)
        names = split_names(run.group("run")) if run and _only_names(run.group("run")) else []
        if len(names) >= 2 and all(map(names_a_company, names)):
            leaders.extend(names)
    return []


def _only_names(run: str) -> bool:
    """Whether a run holds names alone: a lower-case word is a name's joiner or legal form ("Henkel AG & Co. KGaA",
    "Eaton Corporation plc"), never "Foreign groups such as Mars"."""
    lowered = (word.strip(",.()") for word in run.split() if word[:1].islower())
    return all(word in vocab.WORDS_INSIDE_NAMES or word in _legal_forms() for word in lowered)


def leaders_named(text: str) -> list[str]:
    """Companies a sentence names as the leaders, the only players a news brief names: "Kärcher and Nilfisk lead
    the field", "Otis, Schindler and KONE dominate new installations", "Deoleo and Sovena are named as the largest
    bottlers", "Hallmark and American Greetings remain the largest publishers"."""
    if not _LEADER_CUE.search(text):  # a cheap screen
        return []
    return [
        name
        for match in _LEADERS.finditer(text)
        for name in _LEADER_NAMES_PART.split(match.group("run"))
        if name and name.split()[0] not in vocab.LEADER_NON_NAMES and not is_region_name(name)
    ]
