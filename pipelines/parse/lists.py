"""List items as pages write them: comma, semicolon and bracket runs, short lines, and the region
names among them. The shared vocabulary of the section readers (segments, regions, players, tables)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from pipelines.parse import vocabulary as vocab
from pipelines.parse.blocks import Block
from pipelines.parse.screens import Screened

REGION_WORDS = re.compile(rf"^(?:{vocab.REGION_NAMES_PATTERN})\b", re.I)
REGION_ANYWHERE = Screened(
    re.compile(rf"\b(?:{vocab.REGION_NAMES_PATTERN})\b", re.I),
    needles=vocab.REGION_NAME_STARTS,
)
_OPEN_END = re.compile(r"(?:,?\s+(?:etc\.?|and more|and many more)|,\s*etc\.?)\s*\.?$", re.I)
_THOUSANDS = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?!\d)")  # "1,000", not "m2,150" nor "A,B"
_LEADING_AND = re.compile(r"^(?:and|&)\s+")
LEADING_DASH = re.compile(r"^\s*[–—-]\s+")  # "– A, B", "– Hypothermic ..." under its item
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
MAX_ITEM_CHARS = 110
MAX_ITEM_WORDS = 14
_MAX_LIST_ITEM_CHARS = 260  # real list items may carry long parenthesised sub-items
# "Latin America (Brazil) and Middle East (...)", "... (Brazil) and the Middle East and Africa"
AFTER_BRACKETS_AND = re.compile(r"(?<=\))\s+and\s+(?=(?:the\s+)?[A-Z])")
# "and iSun", "and o9 Solutions", "and Østerby Energy", "and Šumava Dřevo"
# "A, B and C, as well as D", "C plus D": a list's last items joined by other words than "and", before a name
_ALSO_JOINED = re.compile(r"(?:^\s*|,?\s+)(?:as\s+well\s+as|plus|together\s+with)\s+(?=(?:the\s+)?[A-ZÀ-ÖØ-Þ])")
LAST_AND = re.compile(r"\s+and\s+(?=(?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž]|[a-z][A-Z0-9])|others?\b)")
PARENTHESISED = re.compile(r"\([^()]*\)")  # an innermost "(...)"
# Brackets closing a text: a name's parent or country ("Mahlkönig (Hemro Group)"), a header's gloss ("Region (kraj)")
TRAILING_BRACKETS = re.compile(r"\s*\([^()]*\)$")
# "Table 2 – By Type", "Figure 5: East Asia accounted for", "Exhibit 4.1. ...": a figure's or table's number
NUMBERED_CAPTION = re.compile(r"(?:Table|Figure|Fig\.|Exhibit|Chart)\s+\d+(?:\.\d+)*\s*[:.–—-]\s", re.I)
TRAILING_DOT_KEEP = re.compile(r"(?:\b(?:Inc|Ltd|Co|Corp|Bhd|Pvt|Pte|Plc|LLC)|\b[A-Za-z]\.[A-Za-z])\.$", re.I)


def is_region_name(text: str) -> bool:
    match = REGION_WORDS.match(text.strip())
    return bool(match) and len(text.strip().rstrip(":")) <= match.end() + 2


def is_item(block: Block) -> bool:
    """A list member: a list item, or a short line that is not a call to action."""
    text = block.text
    if block.kind == "item":
        if len(text) > _MAX_LIST_ITEM_CHARS:
            return False
    elif len(text) > MAX_ITEM_CHARS or len(text.split()) > MAX_ITEM_WORDS:
        return False
    lowered = text.lower()
    if any(cue in lowered for cue in vocab.LIST_STOP_CUES) or (block.kind != "item" and text.endswith("?")):
        return False  # a call to action, or a line asking a question ("Why this report?") that heads its own list
    if block.kind == "item":
        return True
    # A sentence, or a sentence introducing the list ("The study divides the market into five types:").
    is_sentence = text.endswith((".", ":")) and not TRAILING_DOT_KEEP.search(text)  # "Co., Ltd." ends a name
    return block.kind in ("para", "label") and not (is_sentence and len(text.split()) > 4)


def leading_items(body: Sequence[Block], skip: int = 1) -> list[Block]:
    """The run of items a section starts with (after at most ``skip`` intro blocks)."""
    items: list[Block] = []
    skipped = 0
    for index, block in enumerate(body):
        following = body[index + 1 : index + 2]
        if is_item(block) and not (
            items and items[-1].kind == "item" != block.kind and _heads_a_list(block, following)
        ):
            items.append(block)
        elif items and (_describes_the_item(items[-1], block, following) or _splits_the_list(block, following)):
            continue
        elif items or skipped >= skip:
            break
        else:
            skipped += 1
    return items


def _splits_the_list(block: Block, following: Sequence[Block]) -> bool:
    """ "==> Buy Now: https://..." between two runs of one list's items: a call to action the page wedged in."""
    wedged = block.linked or "://" in block.text or any(cue in block.text.lower() for cue in vocab.LIST_STOP_CUES)
    short = len(block.text.split()) <= 12  # a line, not "Need a custom cut? Our analysts can add ... Contact us"
    return block.kind in ("para", "label") and wedged and short and bool(following) and following[0].kind == "item"


def _heads_a_list(block: Block, following: Sequence[Block]) -> bool:
    """A line among a list's bullets that is no bullet: a label with its own items ("Regions analysed: A, B, C"),
    or one over bullets of regions ("Where" over "Asia Pacific: Japan, China")."""
    over_regions = bool(following) and following[0].kind == "item" and REGION_WORDS.match(following[0].text)
    return _labels_a_list(block.text) or bool(over_regions)


def _labels_a_list(text: str) -> bool:
    """ "Regions analysed: North America, Europe, ..." after a list's bullets is a list of its own, not one more
    bullet."""
    label, colon, rest = text.partition(":")
    return bool(colon) and len(label.split()) <= 4 and len(run_items(rest)) >= 3


def _describes_the_item(item: Block, block: Block, following: Sequence[Block]) -> bool:
    """ "Silicone Sealants:" / a paragraph on them / "Polyurethane Sealants:": a list whose items each
    open a paragraph of their own runs on past those paragraphs."""
    return (
        item.text.endswith(":")
        and block.kind == "para"
        and bool(following)
        and is_item(following[0])
        and following[0].text.endswith(":")
    )


_DESCRIPTION_WORDS = 4


def names_over_lines_about_them(lines: Sequence[Block], is_a_name: Callable[[str], bool]) -> list[str]:
    """ "Fish" over "The fastest growing source, expected to ...", then "Poultry" over its own line: each name a
    paragraph (or a bold label) over one about it, pair after pair from the first; the names."""
    names = []
    for name, about in zip(lines[0::2], lines[1::2], strict=False):
        if (
            name.kind not in ("para", "label")
            or not _describes(about)
            or not is_a_name(name.text)
            or is_a_name(about.text)
        ):
            break
        names.append(name.text)
    return names


def _describes(line: Block) -> bool:
    """A sentence about the name above it: "Anchors, structural bolts and scaffold fittings.", not a run of names
    ("Belt Presses; Rack Presses")."""
    pieces = line.text.split(";")
    names_only = len(pieces) >= 2 and all(p.strip()[:1].isupper() and len(p.split()) <= 4 for p in pieces)
    return line.kind == "para" and len(line.text.split()) >= _DESCRIPTION_WORDS and not names_only


def words_outside_brackets(item: str) -> int:
    """An item's own words: its sub-items in brackets, nested as deep as they go, say nothing of its length
    ("Transportation Hubs (Metro Stations, Airports)", "Holographic Labels (Void Labels, Serialized (QR) Labels)"
    are two words long)."""
    while "(" in item and (inner := PARENTHESISED.sub("", item)) != item:
        item = inner
    return len(item.split())


def run_items(text: str, least: int = 3) -> list[str]:
    """The items of a line that is only a list ("a, b (x, y), c and d"); [] for a sentence."""
    items = list_items(text)
    if len(items) < least or any(words_outside_brackets(item) > 6 for item in items) or "%" in text:
        return []
    return items


def inline_list(text: str, longest_label: int = 60) -> list[str]:
    """Items written after a short label on one line: "By Type: A, B, C"."""
    label, colon, rest = text.partition(":")
    rest = _OPEN_END.sub("", LEADING_DASH.sub("", rest))  # "By Type: – A, B etc.": a dash and "etc." name nothing
    # "On-site (x; y) / Off-site": spaced slashes part the items where nothing else does ("Inflatable / Portable Tubs |
    # Barrel Tubs" names one item so)
    spaced = " / " in rest and "://" not in rest and len(split_top_level(rest, ",;|·")) == 1
    rest = " | ".join(split_top_level(rest, "/")) if spaced else rest  # "A (x / y) / B": the brackets' own stay
    # "Europe/Asia/China"; "A | B (x, y) | C"; "A · B · C"
    listed = "," in rest or ";" in rest or " | " in rest or " · " in rest
    separators = "/" if not spaced and _is_slash_list(rest) else ",;|·" if listed else None
    if not colon or separators is None or len(label) > longest_label:
        return []
    parts = [part.strip(" .") for part in split_top_level(rest, separators) if part.strip(" .")]
    if parts and ")" in parts[-1] and not is_region_name(parts[-1]):  # "..., North America (U.S.) and Rest of World"
        parts[-1:] = [p.strip() for p in AFTER_BRACKETS_AND.split(parts[-1]) if p.strip()]
    return parts


def names_parted_by_semicolons(text: str, most_words: int) -> bool:
    """ "Gauteng; Western Cape; KwaZulu-Natal", "Grower Feed; Starter Feed; Broodstock Feed": a line of three names
    or more, each capitalised and of ``most_words`` words at most."""
    names = [name.strip() for name in text.split(";")]
    return len(names) >= 3 and all(name[:1].isupper() and len(name.split()) <= most_words for name in names)


LEADING_THE = re.compile(r"^\s*the\s+")  # lower case: "The Hague" keeps its own


def list_items(run: str) -> list[str]:
    """ "a, b (x, y) and the c" -> ["a", "b (x, y)", "c"] (or "a • b • c"); "Middle East and Africa" stays one; a
    closing "etc." or "and more" names nothing."""
    items = []
    parts = split_top_level(_OPEN_END.sub("", run), ",;·•")
    # "Healthcare, Food and Beverage, and Third-Party Logistics": a comma before the closing "and" leaves every
    # "and" before it inside a name
    serial_comma = len(parts) >= 3 and _SERIAL_AND.search(run) is not None
    for at, part in enumerate(parts):
        also = "plus " in part or "as well as " in part or "together with " in part
        joined = _ALSO_JOINED.split(part) if also else [part]
        # "Latin America (Brazil) and Middle East and Africa (GCC, Egypt)": the "and" after a bracket first
        for piece in (p for j in joined for p in (AFTER_BRACKETS_AND.split(j) if ")" in j else [j])):
            piece = LEADING_THE.sub("", piece)  # "... (Brazil) and the Middle East and Africa": one region
            named, _, listed = piece.partition(" (")  # "Middle East and Africa (GCC, Egypt)": one region, its countries
            one_region = " and " in named and "(" not in listed and is_region_name(named)
            one = one_region or is_region_name(piece) or _shares_a_head(piece) or _and_only_in_brackets(piece)
            one = one or serial_comma and at < len(parts) - 1 and "(" not in piece
            pieces = [piece] if one else LAST_AND.split(piece)
            items.extend(LEADING_THE.sub("", p.strip(" .")) for p in pieces if p.strip(" ."))
    return items


_SERIAL_AND = re.compile(r",\s+and\s+[^,;·•]+$")


def _and_only_in_brackets(piece: str) -> bool:
    """ "Pasteurisers (Plate and Tubular)": one item, its sub-items joined inside its brackets (a region's
    countries are read apart, "North America (the U.S. and Canada)")."""
    named, bracket, _ = piece.partition(" (")
    return bool(bracket) and not is_region_name(named) and LAST_AND.search(PARENTHESISED.sub("()", piece)) is None


def prose_items(run: str) -> list[str]:
    """ "epoxy, polyurethane and others" -> three items: prose lists end "b and c" in lower case too."""
    return split_last_and(list_items(run))


# "... and small and medium-sized enterprises", "organizations and clinical and diagnostic laboratories": a lone
# word, no plural, between two "and"s shares the last item's noun
_MODIFIER_AND = re.compile(r"\S\s+\S+ and (?:(?i:small)|[A-Za-z][a-z-]*[a-rt-z])$")


def split_last_and(items: list[str]) -> list[str]:
    """The last item's "and" closes the list, unless the items before use "and" inside names ("retail and
    e-commerce, healthcare and pharmacy, food and grocery") and the last is as short as they are: "forensic
    laboratories and private investigation firms" after "government and law enforcement agencies" is two."""
    noun = items[-1].rpartition(" ")[2] if items else ""
    if noun.isalpha() and f" {noun} and " in items[-1]:  # "hard and semi-hard cheese and fresh and soft cheese"
        return [*items[:-1], *re.split(rf"(?<= {re.escape(noun)}) and ", items[-1])]
    head, _, last = items[-1].rpartition(" and ") if items else ("", "", "")
    if _MODIFIER_AND.search(head):  # "large enterprises and small and medium-sized enterprises": SMEs are one item
        head, _, small = head.rpartition(" and ")
        last = f"{small} and {last}"
    named_with_and = any(" and " in item for item in items[:-1])
    two_phrases = len(head.split()) >= 2 and len(last.split()) >= 2
    # "Middle East and Africa (Saudi Arabia, South Africa)" is one region, with its countries
    region = bool(items) and is_region_name(TRAILING_BRACKETS.sub("", items[-1]))
    if head and last and not region and (not named_with_and or two_phrases):
        return [*items[:-1], head.strip(), last.strip()]
    return items


def _shares_a_head(part: str) -> bool:
    """ "Small and Medium-sized Enterprises (SMEs)": one word before "and" shares the noun after it."""
    left, _, right = part.strip().partition(" and ")
    return bool(right) and len(left.split()) == 1 and len(right.split()) >= 2 and not right.lower().startswith("other")


def split_top_level(text: str, separators: str = ",;") -> list[str]:
    """Split on separators that sit outside (), [] and {}; a thousands comma ("1,000 kg/day") parts nothing."""
    if "," in separators and "," in text and _THOUSANDS.search(text):
        masked = _THOUSANDS.sub(lambda number: number.group(0).replace(",", "\0"), text)
        return [part.replace("\0", ",") for part in split_top_level(masked, separators)]
    if "(" not in text and "[" not in text and "{" not in text:  # nothing nests: split at once
        return [_LEADING_AND.sub("", p.strip()) for p in _separator_pattern(separators).split(text)]
    parts, depth, current = [], 0, []
    for char in text:
        if char in _BRACKETS:
            depth += 1
        elif char in _BRACKETS.values():
            depth = max(0, depth - 1)
        if char in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [_LEADING_AND.sub("", p.strip()) for p in parts]


@lru_cache(maxsize=32)
def _separator_pattern(separators: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(separators)}]")


def _is_slash_list(text: str) -> bool:
    """ "Single-arm/Dual-arm/Mobile manipulators": slashes separate items, where a single one joins two words
    and where commas, semicolons or a cell's dots part the items ("Cosmetic/Permanent Makeup; Home/DIY")."""
    parted = "," in text or ";" in text or " · " in text  # "Below 50 L/day · 50–150 L/day": a cell's list
    return not parted and text.count("/") >= 2 and "://" not in text  # a URL is no list


def names_the_whole_market(label: str) -> bool:
    """Whether a table's row or column holds the whole market's figures: "Total", "Global", or a total named
    after the market's area ("Baltic total", "Nordic total"), which is neither a segment nor a region."""
    lowered = label.strip().lower()
    return lowered in vocab.WHOLE_MARKET_ROWS or (lowered.endswith(" total") and len(lowered.split()) <= 3)


def names_one_country(text: str) -> bool:
    """Whether the text is one country's name ("US", "South Korea"): a player's tag, a figure's subject."""
    # Imported here: the country table loads pandas, which most pages (no such text) never need.
    from pipelines.normalise.countries import names_one_country as is_country

    return is_country(text)


def names_no_other_country(place: str, country: str) -> bool:
    """Whether a place's name reads as no country but this one: "England" on a UK page and "North India" on an
    Indian one are parts the country table reads as the country itself; "Singapore" on a Malaysian page is not."""
    from pipelines.normalise.countries import country_of  # loads pandas: only when asked

    found = country_of(place)
    return found is None or found == country_of(country)


def countries_named_in(text: str) -> list[str]:
    """The countries a sentence names, as written ("led by Japan, South Korea and China")."""
    from pipelines.normalise.countries import countries_named_in as named  # loads pandas: only when asked

    return named(text)


def lies_in(country: str, region: str) -> bool:
    """Whether a country belongs in a region ("India" is no part of "Europe")."""
    from pipelines.normalise.countries import lies_in as belongs  # loads pandas: only when asked

    return belongs(country, region)


def cell_items(cell: str) -> list[str]:
    if _is_slash_list(cell) or " / " in cell and all(map(names_one_country, cell.split(" / "))):
        return [item.strip() for item in cell.split("/") if item.strip()]  # and "United States / Canada"
    return [item for part in re.split(r"\s*[·•|]\s*", cell) for item in list_items(part)]
