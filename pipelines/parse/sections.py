"""Lists under headings: segments, regions with their countries, and players.

A header block (heading, bold label, or short line) opens a section; the vocabulary
decides its kind; the items after it (list items or short lines) are its members.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from pipelines.parse import vocabulary as vocab
from pipelines.parse.blocks import Block
from pipelines.parse.numbers import split_sentences
from pipelines.records import Player, RegionMention, Segment

_BY_DIMENSION = re.compile(
    r"\bby\s+(?P<dim>[A-Za-z][A-Za-z\-/ &]{1,40}?)\s*"
    r"(?=[,:;(\[{|]|\s+(?:is|are|covers?|includes?|comprises?|consists?|spans?|segment\w*|divided|split)\b|\s+\d|$)",
    re.I,
)
# A short heading or label about regions, however it is worded ("Regional Scope", "Geographic coverage").
_REGION_LABEL = re.compile(r"\bregion(?:al|s)?\b|\bgeograph\w*|^countr(?:y|ies) (?:coverage|scope|covered)", re.I)
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_REGION_PART = re.compile(r"^([^():]{2,40}):\s*(.+)$")  # "Europe: Germany, UK" inside a scope row
_TRAILING_SHARE = re.compile(r"\s+\d[\d.,]*\s?%$")
_RANKING = re.compile(r"\b(?:largest|fastest|dominant|leading|biggest|top|smallest)\b", re.I)
_FIGURE_HEADER = re.compile(r"\bCAGR\b|\bshare\b|\(%\)", re.I)
_PERCENT_UNIT = re.compile(r"\s*\(%\)")
_COUNTRY_LABEL = re.compile(r"\bcountr(?:y|ies)\b", re.I)
# What a "by <dimension>" header follows: nothing, or a word that splits the market ("Market by Product").
_BY_CONTEXT = re.compile(
    r"(?:^|\b(?:markets?|segment\w*|analysis|share|size|split|divided|categori[sz]ed|classified|breakdown|revenue|"
    r"forecast|outlook|insights|trends|report|study|research|industry|sales|demand|covered|coverage)[\s,:\-–—|]+)$",
    re.I,
)
_REGION_WORDS = re.compile(rf"^(?:{vocab.REGION_NAMES_PATTERN})\b", re.I)
_BY_STATEMENT = re.compile(
    r"^By (?P<dim>[A-Z][\w\-&/ ]{1,30})\s*[,:]\s+(?:.*?\b(?:tracks|covers|includes|spans|comprises|features|is|are)"
    r"(?:\s+(?:segmented|divided|split|categori[sz]ed|classified|broken down)\s+into)?\s+)?(?P<run>.+)$"
)
# "On the basis of source, the market is divided into A, B and C", "In terms of crop type, the study covers ...".
_BASIS_STATEMENT = re.compile(
    r"^(?:on the basis of|based on|in terms of|depending on|by)\s+(?P<dim>[a-z][\w\-&/ ]{1,30}?),\s+"
    r"(?:the\s+)?(?:[\w\-]+\s+){0,4}?(?:(?:is|are)\s+)?"
    r"(?:divided|segmented|split|categori[sz]ed|classified|bifurcated|broken down|covers|includes|spans)\s+"
    r"(?:into\s+)?(?P<run>.+)$",
    re.I,
)
_REGION_ANYWHERE = re.compile(rf"\b(?:{vocab.REGION_NAMES_PATTERN})\b", re.I)
_ITEM_HEADER = re.compile(r"^By\s+([A-Za-z][\w\-&/ ]{1,30})$")
# "Material Outlook (Revenue, USD Million, 2019 – 2033)": one dimension per heading.
_OUTLOOK = re.compile(r"^([A-Z][\w\-&/ ]{1,30}?)\s+(?:Outlook|Insights)\b")
_SEGMENTATION_HEADER = re.compile(r"^(?:\w+\s+){0,2}segment(?:s|ation)\b[\w\s]{0,20}:?$", re.I)
_PRICE = re.compile(r"(?:\b(?:USD|EUR|GBP|INR)|[$€£₹])\s?\d")
_BRACKETED_TAIL = re.compile(r"^(.+?)\s*([(\[{])(.*)[)\]}]\s*$")
_BYLINE = re.compile(
    r"\b(?:published|posted|updated|written by|author|correspondent|reporter|editor|staff writer|min(?:ute)?s? read)\b",
    re.I,
)
_MAX_HEADER_CHARS = 160
_MAX_ITEM_CHARS = 110
_MAX_ITEM_WORDS = 14
_MAX_LIST_ITEM_CHARS = 260  # real list items may carry long parenthesised sub-items


@dataclass(frozen=True)
class Header:
    kind: str  # segment | region | players
    dimension: str | None = None


def classify_header(block: Block) -> Header | None:
    """Kind of section a block opens, or None when it opens none."""
    text = block.text
    item_header = (_ITEM_HEADER.match(text) or _OUTLOOK.match(text)) if block.kind == "item" else None
    if item_header:  # "<li>By Product<ol>...", "<li>Service Model Outlook (Revenue, ...)<ul>...": a header in a list
        if _REGION_LABEL.search(item_header.group(1)):  # "Regional Outlook"
            return Header("region")
        return _dimension_header(_dimension_name(item_header.group(1)))
    if len(text) > _MAX_HEADER_CHARS or block.kind in ("item", "row"):
        return None
    if block.kind == "para" and text.endswith(".") and len(text.split()) > 12:
        return None
    if _BYLINE.search(text):  # "By Dana Whitcomb | Published: November 19, 2024" names an author
        return None
    lowered = text.lower()
    if any(cue in lowered for cue in vocab.REGION_HEADER_CUES):
        return Header("region")
    if _is_region_label(block):
        return Header("region")
    if _is_players_header(lowered):
        return Header("players")
    outlook = _OUTLOOK.match(text) if block.kind in ("heading", "label") else None
    if outlook and _dimension_name(outlook.group(1)):
        return Header("segment", _dimension_name(outlook.group(1)))
    match = _BY_DIMENSION.search(text)
    if match is None or not _BY_CONTEXT.search(text[: match.start()]):  # "drive spending by cardiac centers"
        return None
    return _dimension_header(_dimension_name(match.group("dim")))


def _dimension_header(dimension: str | None) -> Header | None:
    """A region section for "by region" and its synonyms, else a segment section of that dimension."""
    if dimension is None:
        return None
    is_region = dimension in vocab.REGION_DIMENSIONS or _REGION_LABEL.search(dimension)  # "regional insight"
    return Header("region") if is_region else Header("segment", dimension)


def _is_players_header(lowered: str) -> bool:
    """ "Key Players", "Companies Covered", "Key Veterinary Vaccines Companies"."""
    if len(lowered.split()) > 10 or lowered.endswith("?"):  # "Which companies are covered?" is a FAQ
        return False
    if any(phrase in lowered for phrase in vocab.PLAYER_HEADER_PHRASES):
        return True
    words = re.findall(r"[a-z]+", lowered)
    if 0 < len(words) <= 6 and words[-1] in vocab.PLAYER_NOUNS:  # "Suppliers", "Veterinary Vaccines Market Companies"
        return True
    return bool(set(words) & set(vocab.PLAYER_HEADER_QUALIFIERS)) and bool(set(words) & set(vocab.PLAYER_NOUNS))


def _is_region_label(block: Block) -> bool:
    """ "Regional Scope", "Geographic coverage:": short, and a heading, a label or a line ending in ":"."""
    words = len(block.text.split())
    if not _REGION_LABEL.search(block.text) or words > 12 or _RANKING.search(block.text):
        return False  # "Largest region" labels one region's figure, not a list
    return block.kind != "para" or block.text.endswith(":") or words <= 3


def _dimension_name(raw: str) -> str | None:
    """ "types" -> "type", "By End Users Segment" -> "end user"; None when it is no dimension."""
    words = raw.lower().split()
    if words[:1] == ["by"]:
        words = words[1:]
    while len(words) > 1 and words[-1] in ("segment", "segments", "and", "the"):
        words.pop()
    if not words or len(words) > 4:
        return None
    last = words[-1]
    if last.endswith("s") and not last.endswith(("ss", "ies")):
        words[-1] = last[:-1]
    name = " ".join(words)
    return None if name in vocab.NOT_DIMENSIONS else name


def sections(blocks: Sequence[Block], title: str | None = None) -> Iterator[tuple[Header, Block, list[Block]]]:
    """Each header with the blocks up to the next header or heading (the title opens none)."""
    index = 0
    while index < len(blocks):
        header = classify_header(blocks[index]) if blocks[index].text != title else None
        if header is None:
            index += 1
            continue
        end = index + 1
        while end < len(blocks) and _continues(header, blocks[index], blocks[end]):
            end += 1
        yield header, blocks[index], list(blocks[index + 1 : end])
        index = end


def _continues(header: Header, opener: Block, block: Block) -> bool:
    """Whether ``block`` still belongs to the section ``opener`` started.

    A region section runs on through sub-headings that are region names ("<h3>Europe</h3>").
    """
    if header.kind == "region" and block.kind == "heading" and _is_region_name(block.text):
        return opener.kind != "heading" or block.level > opener.level
    if opener.kind == "item" and block.kind == "item" and block.level <= opener.level:  # the next "By X" branch
        return False
    return block.kind != "heading" and classify_header(block) is None


def _is_region_name(text: str) -> bool:
    match = _REGION_WORDS.match(text.strip())
    return bool(match) and len(text.strip().rstrip(":")) <= match.end() + 2


def is_item(block: Block) -> bool:
    """A list member: a list item, or a short line that is not a call to action."""
    text = block.text
    if block.kind == "item":
        if len(text) > _MAX_LIST_ITEM_CHARS:
            return False
    elif len(text) > _MAX_ITEM_CHARS or len(text.split()) > _MAX_ITEM_WORDS:
        return False
    lowered = text.lower()
    if any(cue in lowered for cue in vocab.LIST_STOP_CUES):
        return False
    if block.kind == "item":
        return True
    # A sentence, or a sentence introducing the list ("The study divides the market into five types:").
    is_sentence = text.endswith((".", ":")) and not _TRAILING_DOT_KEEP.search(text)  # "Co., Ltd." ends a name
    return block.kind in ("para", "label") and not (is_sentence and len(text.split()) > 4)


def leading_items(body: Sequence[Block], skip: int = 1) -> list[Block]:
    """The run of items a section starts with (after at most ``skip`` intro blocks)."""
    items: list[Block] = []
    skipped = 0
    for block in body:
        if is_item(block):
            items.append(block)
        elif items or skipped >= skip:
            break
        else:
            skipped += 1
    return items


def segment_items(header: Block, body: Sequence[Block], dimension: str) -> list[Segment]:
    inline = _inline_list(header.text)
    if inline:
        return [s for label in inline for s in segment_with_children(dimension, label, least_children=2)]
    run = next((_run_items(b.text) for b in body[:2] if b.kind in ("para", "label") and _run_items(b.text)), [])
    if run and not any(b.kind == "item" for b in body[:2]):  # "Single-lumen Tubing, Multi-lumen Tubing, ..."
        return [Segment(dimension, label) for label in run]
    items = leading_items(body)
    base = min((b.level for b in items if b.kind == "item"), default=0)
    segments: list[Segment] = []
    parents: dict[int, str] = {}  # list depth -> the last label seen at that depth
    for block in items:
        depth = block.level if block.kind == "item" else base
        parent = parents.get(depth - 1) if depth > base else None
        segments.append(Segment(dimension, block.text, parent))
        parents[depth] = block.text
    return segments


def _run_items(text: str, least: int = 3) -> list[str]:
    """The items of a line that is only a list ("a, b (x, y), c and d"); [] for a sentence."""
    items = _list_items(text)
    if len(items) < least or any(len(item.split()) > 6 for item in items) or "%" in text:
        return []
    return items


def _inline_list(text: str) -> list[str]:
    """Items written after a short label on one line: "By Type: A, B, C"."""
    label, colon, rest = text.partition(":")
    separators = ",;" if "," in rest else "/" if rest.count("/") >= 2 else None  # "Europe/North America/China"
    if not colon or separators is None or len(label) > 60:
        return []
    return [part.strip(" .") for part in split_top_level(rest, separators) if part.strip(" .")]


def by_dimension_statements(blocks: Sequence[Block]) -> Iterator[tuple[Header, list[str]]]:
    """Lists stated in one sentence: "By Component, the report tracks Hardware, Software and Services; ...",
    "On the basis of source, the market is divided into animal-based, plant-based and mineral-based"."""
    for block in blocks:
        matches = [_BY_STATEMENT.match(block.text)] if block.text.startswith("By ") else []
        matches += [m for sentence in split_sentences(block.text) if (m := _BASIS_STATEMENT.match(sentence))]
        for match in matches:
            yield from _statement_list(match, block.text)


def _statement_list(match: re.Match | None, text: str) -> Iterator[tuple[Header, list[str]]]:
    if match and not _BYLINE.search(text):  # "By Marisol Eady, Insurance Correspondent · 4 min read"
        dimension = _dimension_name(match.group("dim"))
        run = re.split(r";|\.\s|\.$", match.group("run"))[0]
        items = _list_items(run)
        header = _dimension_header(dimension)
        # "By Source, soy-based products held the largest share, at 43.1% ...": a finding, not a list
        if header and len(items) >= 2 and all(len(item.split()) <= 6 and "%" not in item for item in items):
            yield header, items


@dataclass
class TableLists:
    """Lists laid out as table rows under a header row ("Segment | Sub-segments", "Company | HQ")."""

    segments: list[list[Segment]]
    regions: list[RegionMention]
    players: list[Player]


def market_columns(blocks: Sequence[Block], market: str) -> list[Block]:
    """Comparison tables ("Metric | Sodium-Ion Battery Market | Lithium-Ion Battery Market") keep, in
    each row, the label and this market's column: the other market's figures are not this release's."""
    kept: list[Block] = []
    column = None
    for block in blocks:
        cells = block.text.split(" | ") if block.kind == "row" else []
        if not cells:
            column = None
        elif column is None and len(cells) >= 3:
            markets = [i for i, cell in enumerate(cells) if "market" in cell.lower()]
            ours = [i for i in markets if market.lower() in cells[i].lower()]
            column = ours[0] if len(markets) >= 2 and ours else None
        elif column is not None and len(cells) > column:
            block = Block("row", f"{cells[0]} | {cells[column]}")
        kept.append(block)
    return kept


def figure_tables(blocks: Sequence[Block]) -> list[Block]:
    """Rows of a figures table read with their column headers: under "Region | 2024 Share (%) | CAGR
    2025-2032 (%)", the row "North America | 41.2 | 8.6" says "North America | 2024 Share: 41.2% |
    CAGR 2025-2032: 8.6%", which the sentence readers understand."""
    read: list[Block] = []
    headers: list[str] | None = None
    for block in blocks:
        cells = block.text.split(" | ") if block.kind == "row" else []
        if not cells:
            headers = None
        elif headers is None and len(cells) >= 3 and any(_FIGURE_HEADER.search(c) for c in cells[1:]):
            headers = cells
        elif headers is not None and len(cells) == len(headers):
            named = [
                f"{_PERCENT_UNIT.sub('', h).strip()}: {c}{'%' if _PERCENT_UNIT.search(h) else ''}"
                for h, c in zip(headers[1:], cells[1:], strict=True)
            ]
            block = Block("row", " | ".join([cells[0], *named]))
        read.append(block)
    return read


def segmentation_lists(blocks: Sequence[Block]) -> list[list[Segment]]:
    """Bare dimension names over their lists, under a "Segmentation" header:
    "Segmentation" / "Type" / • Refrigerated Warehousing / •• Public / "Application" / • Dairy ...

    The scope runs until a heading or a label that opens no list; prose in between is skipped.
    """
    found: list[list[Segment]] = []
    inside = False
    for index, block in enumerate(blocks):
        if block.kind in ("heading", "label") and _SEGMENTATION_HEADER.search(block.text):
            inside = True
            continue
        if not inside or block.kind == "item":
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        header = _dimension_header(_dimension_name(block.text)) if len(block.text.split()) <= 4 else None
        if header and header.kind == "segment" and following is not None and following.kind == "item":  # a list
            run = list(itertools.takewhile(lambda b: b.kind == "item", blocks[index + 1 :]))
            found.append(segment_items(block, run, header.dimension))
        elif header and header.kind == "segment" and following is not None and _run_items(following.text, 2):
            found.append([Segment(header.dimension, label) for label in _run_items(following.text, 2)])
        elif block.kind in ("heading", "label"):
            inside = False
    return found


def labelled_dimension_lists(blocks: Sequence[Block]) -> list[list[Segment]]:
    """ "Propulsion Type: BEB, PHEB, FCEB" lines and "Propulsion Type | Pedelec · Speed Pedelec" rows."""
    found = []
    for block in blocks:
        label, _, rest = block.text.partition(" | " if block.kind == "row" else ":")
        words = label.lower().split()[1:] if label.lower().startswith("by ") else label.lower().split()
        if not rest or not words or len(words) > 4 or words[-1] not in vocab.SEGMENT_LABEL_WORDS:
            continue
        if _PRICE.search(rest):  # "Single User: USD 5,250 · Multi User: USD 6,900" is a price list
            continue
        items = _cell_items(rest)
        dimension = _dimension_name(label)
        if dimension and len(items) >= 2 and all(len(item.split()) <= 8 for item in items):
            found.append([s for item in items for s in segment_with_children(dimension, item, least_children=2)])
    return found


def segment_with_children(dimension: str, item: str, least_children: int) -> list[Segment]:
    """ "Fixed-bottom (Monopile, Jacket)" -> Fixed-bottom and its two sub-segments. Fewer bracketed
    items than ``least_children`` stay part of the label ("Polyvinyl Chloride (PVC)" in a list)."""
    match = _BRACKETED_TAIL.match(item)
    children = [c for c in split_top_level(match.group(3), ",") if c] if match else []
    if len(children) < least_children or not children:
        return [Segment(dimension, item.strip())]
    label = match.group(1).strip()
    return [Segment(dimension, label), *(Segment(dimension, child, label) for child in children)]


def table_lists(blocks: Sequence[Block]) -> TableLists:
    found = TableLists([], [], [])
    index = 0
    while index < len(blocks):
        block = blocks[index]
        kind = _table_kind(block) if block.kind == "row" else None
        index += 1
        if kind is None:
            continue
        while index < len(blocks) and blocks[index].kind == "row":
            cells = [c.strip() for c in blocks[index].text.split(" | ")]
            index += 1
            if kind == "players":
                found.players.append(Player(_clean_name(cells[0])))
            elif len(cells) >= 2 and kind == "region":  # a second cell of figures lists no countries
                countries = () if any(ch.isdigit() for ch in cells[1]) else tuple(_cell_items(cells[1]))
                found.regions.append(RegionMention(cells[0], countries))
            elif len(cells) >= 2 and (header := _dimension_header(_dimension_name(cells[0]))):
                if header.kind == "region":  # "By Region | North America (U.S., Canada)"
                    named = _region_with_countries(cells[1])
                    found.regions.append(RegionMention(*named) if named else RegionMention(cells[1]))
                else:
                    found.segments.append(
                        [s for item in _cell_items(cells[1]) for s in segment_with_children(header.dimension, item, 2)]
                    )
    return found


def _table_kind(row: Block) -> str | None:
    first = row.text.split(" | ")[0].strip().lower()
    if first in vocab.TABLE_PLAYER_HEADERS:
        return "players"
    if first in vocab.REGION_DIMENSIONS:
        return "region"
    return "segment" if first in vocab.TABLE_SEGMENT_HEADERS else None


def _cell_items(cell: str) -> list[str]:
    if "," not in cell and cell.count("/") >= 2:  # "Single-arm/Dual-arm/Mobile manipulators"
        return [item.strip() for item in cell.split("/") if item.strip()]
    return [item for part in re.split(r"\s*[·•|]\s*", cell) for item in _list_items(part)]


def unlabelled_region_list(blocks: Sequence[Block]) -> list[RegionMention]:
    """A list whose top items are regions, under a heading that does not say so ("Where the growth is"):
    • Europe / •• Germany / •• France / • North America / •• United States ..."""
    index = 0
    while index < len(blocks):
        run = list(itertools.takewhile(lambda b: b.kind == "item", blocks[index:]))
        if run:
            top = min(b.level for b in run)
            if sum(bool(_REGION_WORDS.match(b.text)) for b in run if b.level == top) >= 3:
                return region_items(Block("label", "regions"), run)
        index += len(run) or 1
    return []


def inline_regions(blocks: Sequence[Block]) -> list[RegionMention]:
    """Regions written after a short region label anywhere: "Regional coverage: North America (U.S.), Europe",
    or a scope row of "Region: countries" parts: "Country scope | North America: U.S., Canada; Europe: UK"."""
    for block in blocks:
        label, _, value = block.text.partition(" | " if block.kind == "row" else ":")
        if len(label) > 40 or not (_REGION_LABEL.search(label) or _COUNTRY_LABEL.search(label)):
            continue
        parts = [_REGION_PART.match(part.strip()) for part in value.split(";") if part.strip()]
        if len(parts) >= 2 and all(parts) and all(_REGION_WORDS.match(part.group(1)) for part in parts):
            return [
                RegionMention(
                    part.group(1).strip(), tuple(c.strip() for c in split_top_level(part.group(2)) if c.strip())
                )
                for part in parts
            ]
        if _REGION_LABEL.search(label) and _inline_list(block.text):
            return region_items(block, [])
    return []


def region_items(header: Block, body: Sequence[Block]) -> list[RegionMention]:
    """Regions and their countries: labels or sub-headings with lists, "Region (a, b)" and
    "Region: a, b" items, comma runs of regions, or flat lists."""
    labelled = [header, *(b for b in body[:2] if _REGION_LABEL.search(b.text.partition(":")[0]))]
    inline = next((items for block in labelled if (items := _inline_list(block.text))), [])
    if inline:  # "Regions: North America (U.S.), Europe, China": every item is a region
        named = [_region_with_countries(item) or (item, []) for item in inline]
        return [RegionMention(name, tuple(countries)) for name, countries in named]
    run = _region_run(body)
    if body and _is_prose(body[0]) and not (run and _REGION_WORDS.match(run[0].text)):
        in_prose = regions_in_prose(body[:1])  # "Regional outlook" over a paragraph naming them
        if in_prose or not run:
            return in_prose
    regions: list[tuple[str, list[str]]] = []
    under_label = False  # items under "Europe:" or <h3>Europe</h3> are its countries, whatever they look like
    for block in run:
        text = block.text.strip()
        named = _region_with_countries(text)
        if named:
            regions.append(named)
            under_label = False
        elif text.endswith(":") or block.kind == "heading" or block.kind == "label" and _is_region_name(text):
            regions.append((text.rstrip(": ").strip(), []))
            under_label = True
        elif regions and under_label:
            regions[-1][1].extend(_country_items(block))
        elif len(re.findall(r"[,;·]", text)) >= 2 and _REGION_WORDS.match(text):
            regions.extend((name, []) for name in _list_items(text))
        elif _REGION_WORDS.match(text) or not regions:
            regions.append((text, []))
        else:
            regions[-1][1].extend(_country_items(block))
    return [RegionMention(name, tuple(countries)) for name, countries in regions]


def names_regions_with_countries(regions: Sequence[RegionMention]) -> bool:
    """Whether a list reads as regions with their countries: every name a region's, most with countries."""
    return (
        bool(regions)
        and all(_is_region_name(r.region) or _REGION_WORDS.match(r.region) for r in regions)
        and sum(bool(r.countries) for r in regions) * 2 >= len(regions)
    )


def _country_items(block: Block) -> list[str]:
    """A list item is one country as listed; a line under a region lists several ("U.S., Canada")."""
    text = block.text.strip()
    if block.kind == "item":
        return [text]
    return [item.strip() for item in split_top_level(text, ",;•·") if item.strip()] or [text]


def regions_in_prose(blocks: Sequence[Block]) -> list[RegionMention]:
    """The first run of three or more regions in a sentence: "splits the market into North
    America, Europe (Germany, France), Asia Pacific and the Rest of the World"."""
    for block in blocks:
        for sentence in split_sentences(block.text):
            starts = [m.start() for m in _REGION_ANYWHERE.finditer(sentence)]
            if len(starts) < 3:
                continue
            names: list[str] = []
            for item in _list_items(sentence[starts[0] :].rstrip(" .")):
                item = _TRAILING_SHARE.sub("", re.sub(r"^the\s+", "", item, flags=re.I))  # "Europe 27.5%"
                if not _REGION_WORDS.match(item):
                    break
                names.append(item)
            if len(names) >= 3:
                return region_items(Block("label", "regions"), [Block("item", name) for name in names])
    return []


def _list_items(run: str) -> list[str]:
    """ "a, b (x, y) and the c" -> ["a", "b (x, y)", "c"]; "Middle East and Africa" stays one."""
    items = []
    for part in split_top_level(run, ",;·"):
        pieces = [part] if _is_region_name(part) or _shares_a_head(part) else _LAST_AND.split(part)
        items.extend(re.sub(r"^the\s+", "", p.strip(" .")) for p in pieces if p.strip(" ."))
    return items


def _shares_a_head(part: str) -> bool:
    """ "Small and Medium-sized Enterprises (SMEs)": one word before "and" shares the noun after it."""
    left, _, right = part.strip().partition(" and ")
    return bool(right) and len(left.split()) == 1 and len(right.split()) >= 2 and not right.lower().startswith("other")


def _pipe_lines_as_items(body: Sequence[Block]) -> list[Block]:
    """ "North America (U.S., Canada) | Europe (Germany, France) | ...": one line, one region per cell."""
    expanded: list[Block] = []
    for block in body:
        cells = block.text.split(" | ") if block.kind in ("para", "item") else []
        if len(cells) >= 2 and sum(bool(_REGION_WORDS.match(cell)) for cell in cells) >= 2:
            expanded.extend(Block("item", cell, block.level) for cell in cells)
        else:
            expanded.append(block)
    return expanded


def _is_prose(block: Block) -> bool:
    return block.kind == "para" and len(block.text) > _MAX_ITEM_CHARS and block.text.rstrip().endswith(".")


def _region_run(body: Sequence[Block]) -> list[Block]:
    run = []
    for block in _pipe_lines_as_items(body):
        is_label = block.text.endswith(":") and len(block.text) < 60
        if is_label or is_item(block) or (block.kind == "heading" and _is_region_name(block.text)):
            run.append(block)
        elif run:
            break
    return run


def _region_with_countries(text: str) -> tuple[str, list[str]] | None:
    """ "Europe (Germany, France)", "Europe: Germany, France" or "Europe – Germany, France"."""
    match = (
        re.match(r"^([^()]+?)\s*\(([^()]+(?:\([^()]*\)[^()]*)*)\)\s*(?:[:–—]\s.*)?$", text)
        or re.match(r"^([^():]{2,40}):\s*(.+[,•·].+)$", text)
        or re.match(r"^([^():–—]{2,40}?)\s+[–—]\s+(.+[,•·].+)$", text)
    )
    if not match:
        return None
    countries = [c.strip() for c in split_top_level(match.group(2), ",;•·") if c.strip()]
    last = countries[-1].lower() if countries else ""
    if last and not last.startswith("rest of") and not _is_region_name(last):  # "(Canada and Mexico)", not "Rest of"
        countries[-1:] = [c.strip() for c in _LAST_AND.split(countries[-1]) if c.strip()]
    return match.group(1).strip(), countries


def split_top_level(text: str, separators: str = ",;") -> list[str]:
    """Split on separators that sit outside (), [] and {}."""
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
    return [re.sub(r"^(?:and|&)\s+", "", p.strip()) for p in parts]


# --- players ---------------------------------------------------------------

_CUE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in vocab.PLAYER_LIST_CUES) + r")\b\s*:?\s*|:\s*", re.I)
_TAIL = re.compile(r"[,;]?\s*(?:" + "|".join(re.escape(t) for t in vocab.PLAYER_RUN_TAILS) + r")\b.*$", re.I)
_ENDS_WITH_CUE = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in vocab.PLAYER_LIST_CUES) + r")\s*:?\s*$|:\s*$", re.I
)
_NAME_SEPARATOR = re.compile(r"(\s*[,;·•|]\s*(?:and\s+)?)")
_LAST_AND = re.compile(r"\s+and\s+(?=(?:the\s+)?[A-Z]|others?\b)")
_PARENTHESISED_TAIL = re.compile(r"^(.*\S)\s*\(([^()]{2,40})\)$")
_PARENTHESISED = re.compile(r"\([^()]*\)")
_NAME_COMMENT = re.compile(r",\s+(?!(?:inc|ltd|llc|co|corp|plc|s\.?a|ag|gmbh|de)\b)[a-z].*$")
_TRAILING_DOT_KEEP = re.compile(r"(?:\b(?:Inc|Ltd|Co|Corp|Bhd|Pvt|Pte|Plc|LLC)|\b[A-Za-z]\.[A-Za-z])\.$", re.I)


def player_items(header: Block, body: Sequence[Block]) -> list[Player]:
    """Players listed under a players header: list items, or a run after a cue."""
    items = [b for b in leading_items(body) if b.kind == "item"]
    if items:
        return [Player(_clean_name(b.text)) for b in items if _clean_name(b.text)]
    for index, block in enumerate([header, *body[:3]]):
        following = body[index] if index < len(body) else None  # the block after ``block``
        names = names_after_cue(block.text)
        if len(names) < 2 and following is not None and _ENDS_WITH_CUE.search(block.text):
            names = split_names(following.text)  # "... some of the major players such as" / "A, B, C and Others…"
        if len(names) >= 2:
            return [Player(n) for n in names]
    if body and _is_name_run(body[0].text):  # a bare "A; B; C" or "A · B · C" line under the header
        return [Player(n) for n in split_names(body[0].text)]
    if body and len(split_sentences(body[0].text)) == 1:  # "Husqvarna Group, Robert Bosch GmbH, Honda Motor Co., Ltd."
        names = split_names(body[0].text)
        if len(names) >= 3 and all(_looks_like_name(name) and len(name.split()) <= 6 for name in names):
            return [Player(n) for n in names]
    lines = leading_items(body)  # one name per line, not marked up as a list
    odd_lines = sum(not _looks_like_name(b.text) for b in lines)
    if len(lines) >= 3 and odd_lines <= max(1, len(lines) // 5):
        return [Player(_clean_name(b.text)) for b in lines]
    return []


def _looks_like_name(text: str) -> bool:
    # "thyssenkrupp nucera AG & Co. KGaA" is a name too: most lines, not all, start with a capital
    return text[:1].isupper() and len(text.split()) <= 8 and not text.endswith((":", "?", "!"))


def _is_name_run(text: str) -> bool:
    """A line that is only names: three separators or more, and no sentence ending."""
    return len(re.findall(r"[;·•]", text)) >= 2 and len(split_sentences(text)) == 1


def names_after_cue(text: str) -> list[str]:
    """Company names from the comma run that follows a cue ("such as", "including", ":")."""
    for sentence in _sentences_with_names(text):
        cues = [m for m in _CUE.finditer(sentence) if "," in sentence[m.end() :]]
        if not cues:
            continue
        names = split_names(sentence[cues[-1].end() :])
        if sum(name[:1].isupper() or name[:1].isdigit() for name in names) >= 0.6 * len(names):
            return names
    return []


def _sentences_with_names(text: str) -> list[str]:
    sentences = split_sentences(text)
    cued = [s for s in sentences if any(noun in s.lower() for noun in vocab.PLAYER_NOUNS)]
    return cued or sentences


def split_names(run: str) -> list[str]:
    """Split a comma run into names, keeping legal suffixes with their company.

    " and " separates names only in the run's last name ("A, B and C"), so that
    "Air Products and Chemicals, Inc." in the middle of a run stays whole.
    """
    run = _TAIL.sub("", run.strip())
    # Commas inside parentheses belong to one name: "Amazon Pay (Amazon.com, Inc.)".
    masked = _PARENTHESISED.sub(lambda m: m.group().replace(",", "\x00"), run)
    tokens = _NAME_SEPARATOR.split(masked)  # [name, separator, name, separator, ...]
    names: list[str] = []
    for index in range(0, len(tokens), 2):
        piece = tokens[index].strip().replace("\x00", ",")
        if not piece:
            continue
        separator = tokens[index - 1] if index else ""
        suffix, rest = _leading_suffix(piece)
        if names and suffix and "and" not in separator.lower():
            gap = " " if separator.endswith(" ") else ""
            names[-1] = f"{names[-1]}{separator.strip()}{gap}{suffix}"
            # "Ltd. and Amazon Pay": the next name; "LLC are expanding ...": the sentence goes on
            piece = rest[4:] if rest.lower().startswith("and ") else ""
            if not piece:
                continue
        names.append(piece)
    if names:
        names[-1:] = [p for p in _LAST_AND.split(names[-1]) if p.strip()]
    cleaned = [_clean_name(n) for n in names]
    return [n for n in cleaned if n and len(n.split()) <= 8]


def without_country_tag(name: str) -> str:
    """ "Vertiv Holdings Co (US)" -> "Vertiv Holdings Co": a country tag is no part of the name,
    while a parent or an acronym in parentheses ("Silar (Entegris)") is kept, as stated."""
    tagged = _PARENTHESISED_TAIL.match(name)
    if not tagged:
        return name
    # Imported here: the country table loads pandas, which most pages (no tags) never need.
    from pipelines.normalise.countries import names_one_country

    return tagged.group(1) if names_one_country(tagged.group(2)) else name


def _leading_suffix(piece: str) -> tuple[str, str]:
    """A legal suffix that starts a piece, and what follows it: "Inc. (U.S.)" -> ("Inc. (U.S.)", ""),
    "Ltd. and Amazon Pay" -> ("Ltd.", "and Amazon Pay"), a name -> ("", the name)."""
    bare = re.sub(r"\s*\([^)]*\)$", "", piece).lower()  # "Inc. (U.S.)": a suffix with a country tag
    if bare in vocab.LEGAL_SUFFIXES:
        return piece, ""
    first, _, rest = piece.partition(" ")
    return (first, rest.strip()) if first.lower() in vocab.LEGAL_SUFFIXES else ("", piece)


def _clean_name(name: str) -> str:
    name = _NAME_COMMENT.sub("", name.strip()).strip("\"“”'")  # "GT's Living Foods, still the leader in ..."
    if name.endswith(".") and not _TRAILING_DOT_KEEP.search(name):
        name = name[:-1]
    return name.strip()
