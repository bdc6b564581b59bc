"""A report's table of contents: the segments, regions and companies its chapters list.

Report stores often list a report's segments, its countries or its profiled companies only in the
table of contents ("5 Market, by Product" over "5.1 Ultrasound Devices"; "12 Company Profiles" over
"12.1 Siemens AG"). The release is read from the page's own lists first; these are the fallback.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipelines.parse.blocks import Block
from pipelines.parse.lists import TRAILING_BRACKETS
from pipelines.parse.sections import dimension_header, dimension_name
from pipelines.records import Player, RegionMention, Segment

_OUTLINE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\S)")  # "9.1.1 U.S.", "4 Asphalt Rejuvenators Market, by Type"
_CHAPTER_BY = re.compile(r"\b[Bb]y\s+(?P<dim>[A-Za-z][\w\-&/ ]{1,30}?)\s*(?:\([^()]*\))?$")
_PROFILES = re.compile(r"(?:company|competitor)\s+profiles?|key\s+(?:players|companies)|companies\s+profiled", re.I)


@dataclass
class Contents:
    segment_lists: list[list[Segment]] = field(default_factory=list)
    regions: list[RegionMention] = field(default_factory=list)
    players: list[Player] = field(default_factory=list)


def read_contents(blocks: Sequence[Block]) -> Contents:
    """Each chapter "..., by <dimension>" with its sections (and their sub-sections, for sub-segments or a
    region's countries), and the sections of a "Company Profiles" chapter (not theirs: "Company Overview")."""
    contents = Contents()
    for chapter, entries in _chapters(blocks):
        top = min((depth for depth, _ in entries), default=0)
        # an entry analysing the chapter's dimension ("Attractiveness, by Type") is none of its items
        entries = [(depth, name) for depth, name in entries if not _CHAPTER_BY.search(name)]
        if _PROFILES.fullmatch(TRAILING_BRACKETS.sub("", chapter)):  # "Company Profiles (Overview, Financials)"
            contents.players.extend(Player(name) for depth, name in entries if depth == top)
            continue
        by = _CHAPTER_BY.search(chapter)
        header = dimension_header(dimension_name(by.group("dim"))) if by else None
        if header is None:
            continue
        groups = _grouped(entries, top)
        if header.kind == "region":
            contents.regions.extend(RegionMention(region, tuple(countries)) for region, countries in groups)
        else:
            contents.segment_lists.append(
                [s for item, children in groups for s in _segment_with(header.dimension, item, children)]
            )
    return contents


def _chapters(blocks: Sequence[Block]) -> list[tuple[str, list[tuple[int, str]]]]:
    """(chapter title, [(depth, section title), ...]): depth from the numbering where there is one ("9.1.1" is
    3), else from the list's nesting."""
    chapters: list[tuple[str, list[tuple[int, str]]]] = []
    for block in blocks:
        numbered = _OUTLINE.match(block.text)
        depth = numbered.group(1).count(".") + 1 if numbered else block.level if block.kind == "item" else 1
        text = block.text[numbered.end() :] if numbered else block.text
        if depth <= 1:
            chapters.append((text, []))
        elif chapters:
            chapters[-1][1].append((depth, text))
    return chapters


def _grouped(entries: list[tuple[int, str]], top: int) -> list[tuple[str, list[str]]]:
    """The top entries, each with the entries one level under it: a segment's sub-segments, a region's countries."""
    groups: list[tuple[str, list[str]]] = []
    for depth, name in entries:
        if depth == top:
            groups.append((name, []))
        elif depth == top + 1 and groups:
            groups[-1][1].append(name)
    return groups


def _segment_with(dimension: str, item: str, children: list[str]) -> list[Segment]:
    return [Segment(dimension, item), *(Segment(dimension, child, item) for child in children)]
