"""A segment analysis headed by its items: under "Segment Insights", one sub-heading per item ("Insulation",
"Heating Systems") over a paragraph about it. The headings name no dimension, so the page's own list of its
dimensions ("We segment the market by measure, by end user and by funding route", "Segments covered | Service,
Temperature Range, Application") names each run of them, in order, or a paragraph names it ("By application,
dairy alternatives led", "Vaccines are the single largest application")."""

import re
from collections.abc import Iterator, Sequence

from pipelines.parse.blocks import Block
from pipelines.parse.lists import prose_items
from pipelines.parse.sections import SEGMENTATION_HEADER, classify_header, dimension_name, stated_dimensions
from pipelines.records import Segment

_ITEM_HEADING_WORDS = 6
# "It covers A, B and C.", "The group includes A, B and C", "..., covering A and B, brought in": an item's parts
_PARTS = re.compile(
    r"\b(?:covers|covering|includes|including|spans|spanning|comprises|comprising)\s+"
    r"(?P<run>[A-Z][^.;:]*?)(?=[.;:]|,\s+[a-z]|$)"
)
_DIMENSIONS_TAIL = re.compile(r"\s+(?:insights|analysis|outlook|overview|segments?)$", re.I)
_DIMENSIONS_HEADING = re.compile(rf"^By\s|{_DIMENSIONS_TAIL.pattern}", re.I)


def item_heading_runs(blocks: Sequence[Block], listed: set[str]) -> Iterator[tuple[int, list[Segment]]]:
    """Each run of item headings under a segmentation heading, as one dimension's items, with the index of its
    first heading; ``listed`` are the dimensions the page lists elsewhere, which no run stands for."""
    headings = [at for at, b in enumerate(blocks) if b.kind == "heading" and SEGMENTATION_HEADER.search(b.text)]
    stated = [_spelled(name) for name in stated_dimensions(blocks)] if headings else []  # read only where needed
    if not stated:
        return
    listed = {_spelled(name) for name in listed}
    for at in headings:
        yield from _runs(blocks, at + 1, _section_end(blocks, at), stated, listed)


def _section_end(blocks: Sequence[Block], at: int) -> int:
    """Where the heading at ``at`` stops heading: at the next heading of its level or higher."""
    level = blocks[at].level
    return next(
        (i for i in range(at + 1, len(blocks)) if blocks[i].kind == "heading" and blocks[i].level <= level), len(blocks)
    )


def _runs(
    blocks: Sequence[Block], start: int, end: int, stated: list[str], listed: set[str]
) -> Iterator[tuple[int, list[Segment]]]:
    """The runs of item headings one level under the segmentation heading; a dimension's own heading, or a
    paragraph that follows no item heading ("By power output the report tracks ..."), ends a run."""
    headings = [b for b in blocks[start:end] if b.kind == "heading"]
    level = min((b.level for b in headings), default=0)
    headed = {_heading_dimension(b) for b in headings}
    free = [name for name in stated if name not in headed and name not in listed]
    used: set[str] = set()
    run: list[str] = []
    children: dict[str, list[str]] = {}
    run_at, dimension = start, None
    over_the_run = None  # "<h4>By raw material</h4>" right over the run's first item heading names it
    for at in range(start, end):
        block = blocks[at]
        if block.level == level and _is_an_item_heading(blocks, at, end) and _heading_dimension(block) not in stated:
            named = _dimension_its_paragraph_names(blocks[at + 1].text, [n for n in free if n not in used])
            if run and dimension is not None and named not in (None, dimension):
                yield run_at, _with_children(dimension, run, children)
                run, dimension = [], None
            if dimension is None:
                dimension = over_the_run or named or next((n for n in free if n not in used), None)
                if dimension is None:
                    return
                used.add(dimension)
                run_at = at
            run.append(block.text)
            children[block.text] = _sub_items(blocks[at + 1].text)
            over_the_run = None
            continue
        if run and not (blocks[at - 1].kind == "heading" and block.kind == "para"):
            yield run_at, _with_children(dimension, run, children)
            run, dimension = [], None
        following = blocks[at + 1] if at + 1 < end else None
        over_the_run = (
            _heading_dimension(block) if block.kind == "heading" and following and following.kind == "heading" else None
        )
    if run and dimension is not None:
        yield run_at, _with_children(dimension, run, children)


def _with_children(dimension: str, run: list[str], children: dict[str, list[str]]) -> list[Segment]:
    return [
        s
        for label in run
        for s in [Segment(dimension, label), *(Segment(dimension, c, label) for c in children[label])]
    ]


def _sub_items(paragraph: str) -> list[str]:
    """ "It covers Loft Insulation, Cavity Wall Insulation and Floor Insulation.", "Storage services, covering Cold
    Rooms & Warehouses and Pharma-Grade Freezers, brought in ...": the item's parts, each a capitalised name."""
    stated = _PARTS.search(paragraph)
    items = prose_items(stated["run"]) if stated else []
    return items if len(items) >= 2 and all(item[:1].isupper() for item in items) else []


def _is_an_item_heading(blocks: Sequence[Block], at: int, end: int) -> bool:
    """A short heading over a paragraph that heads nothing else: not "By Product", "End users" nor "Technology
    Insights", a dimension's own."""
    block = blocks[at]
    if block.kind != "heading" or at + 1 >= end or blocks[at + 1].kind != "para":
        return False
    short = len(block.text.split()) <= _ITEM_HEADING_WORDS
    return short and classify_header(block) is None and not _DIMENSIONS_HEADING.search(block.text)


def _heading_dimension(block: Block) -> str | None:
    """ "Product Type Insights", "End users", "Temperature range": the dimension a heading names, if it names one."""
    header = classify_header(block)
    if header is not None and header.kind == "segment" and header.dimension:
        return _spelled(header.dimension)
    name = dimension_name(_DIMENSIONS_TAIL.sub("", block.text))
    return _spelled(name) if name else None


def _spelled(name: str) -> str:
    return name.replace("-", " ")  # "end-user" is "end user"


def _dimension_its_paragraph_names(paragraph: str, names: Sequence[str]) -> str | None:
    """ "Transportation is the largest service line": the stated dimension a paragraph names, if any."""
    lowered = paragraph.lower()
    return next((name for name in names if re.search(rf"\b{re.escape(name)}s?\b", lowered)), None)
