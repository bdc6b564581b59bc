"""Tables: lists laid out as rows under a header row, comparison tables that name several markets,
and tables of figures whose column headers say what each cell is."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from pipelines.parse import figures, numbers
from pipelines.parse import vocabulary as vocab
from pipelines.parse.blocks import Block
from pipelines.parse.lists import (
    REGION_WORDS,
    TRAILING_BRACKETS,
    cell_items,
    names_one_country,
    names_the_whole_market,
)
from pipelines.parse.numbers import YEAR_LIKE
from pipelines.parse.players import clean_name
from pipelines.parse.regions import regions_of
from pipelines.parse.sections import dimension_header, dimension_name, names_a_dimension, segment_with_children
from pipelines.records import Player, RegionMention, Segment

# "Share 2024 (%)", "CAGR 2025-2032", the "Metric | Value" of a "Segment | Metric | Value" table
_FIGURE_HEADER = re.compile(r"\bCAGR\b|\bshare\b|\(%\)|^\s*(?:metric|value|figure)s?\s*$", re.I)
# "CAGR (2025-2032)", "Value CAGR (2025 to 2035)": a column of CAGRs
_CAGR_COLUMN = re.compile(
    r"\s*(?:(?:Value|Volume|Revenue)\s+)?CAGR\s*(?:\((?:19|20)\d\d\s*(?:-|–|to)\s*(?:19|20)\d\d\)"
    r"|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)?\s*(?:\(%\))?\s*",
    re.I,
)
_SEPARATOR = re.compile(r"[,;·•|/]")
_SUB_ITEMS_HEADER = re.compile(r"sub[- ]?(?:segments?|types?|categories|items)|(?:key\s+)?sub[- ]segmentation", re.I)
_NONE_CELL = frozenset({"", "—", "–", "-", "n/a", "none"})
_PERCENT_UNIT = re.compile(r"\s*\(%\)")
# A column of one year's sizes: "2024", "2031F", "2024*" (an estimate), "2024 (USD Billion)", "Market Size 2024".
# "2024", "Market size 2024 (USD Bn)", "2025 Revenue (USD Billion)": a column of one year's sizes
_YEAR_COLUMN = re.compile(
    r"(?:market\s+)?(?:size|value|revenue)?\s*((?:19|20)\d\d)\s*[EFP]?\*?(?:\s+(?:market\s+)?(?:size|value|revenue))?"
    r"\s*(?:\([^()]*\))?",
    re.I,
)
_YEAR_IN_A_HEADER = re.compile(r"\b(?:(?P<year>(?:19|20)\d\d)|FY\s?(?P<fiscal>\d\d))\b")
_NUMBER_CELL = re.compile(r"\d[\d,]*(?:\.\d+)?")
# "Countries", "Key processing hubs", "Wilayas / cities analysed", "Main charter bases covered": the column of each
# region's countries or a part's areas
_AREAS = (
    r"(?:countr(?:y|ies)|areas?|cit(?:y|ies)|towns?|hubs?|districts?|municipalit(?:y|ies)|cantons?|localit(?:y|ies)|states"
    r"|bases|ports|cent(?:re|er)s|locations|clusters|markets"
    r"|departments|provinces|counties|prefectures|governorates|oblasts|regions)"  # "Zone | Departments": a zone's parts
)
_COUNTRIES_HEADER = re.compile(
    rf"^\s*(?:key\s+|major\s+|main\s+)?(?:[a-z]+(?:\s+|\s*(?:/|,|&)\s*))?{_AREAS}(?:\s*(?:/|,|&|and)\s*(?:(?:[a-z]+\s+)?{_AREAS}|[a-z]+))*"
    r"(?:\s+(?:covered|profiled|analy[sz]ed|included|studied))?\s*$",
    re.I,
)
_UNIT_LINE_CHARS = 160  # "Chile OTR mining tire revenue by region, 2024 (all figures in USD million)" and longer
# "2024 (£ m)", "Revenue (EUR m)": a British table's millions
_MILLIONS_AS_M = re.compile(r"(?:^|[\s(])(£|€|\$|US\$|[A-Z]{3})\s?m\b")
# A unit of money in a header: "(USD Billion)", "US$ Mn", "Revenue, CNY billion", "(€ million)", "(R bn)": the word
# before the scale, read as a currency the way an amount's is
_MONEY_UNIT = re.compile(rf"([^\s(),:;|]+)\s?({vocab.SCALE_WORD})\b", re.I)
# A line keyed by its year: "2024: USD 2.38 billion", "2030 (forecast) – $3.1 bn", "2023F = 2.21".
_YEAR_KEYED = re.compile(
    r"(?:in\s+)?((?:19|20)\d\d)\s*[EFP]?\s*(?:\([^()]{0,24}\))?\s*[:=–—-]\s*"
    r"(?:(?:approximately|approx\.|about|around|roughly|est\.|~)\s*)?(\S.{0,60})",
    re.I,
)
_SIZE_LEAD = re.compile(
    r"\b(?:markets?|size|value|valuation|revenues?|worth|sales|estimates?|forecasts?|outlook)\b", re.I
)
_SHORT_LEAD_WORDS = 8
_BRACKETED = re.compile(r"\s*\([^()]*\)")


@dataclass
class TableLists:
    """Lists laid out as table rows under a header row ("Segment | Sub-segments", "Company | HQ")."""

    segments: list[list[Segment]]
    regions: list[RegionMention]
    players: list[Player]
    # "Resin type | Share | CAGR": each figures table's items, with the index of its header row; a fallback for
    # items no other list names
    itemised: list[tuple[int, list[Segment]]] = field(default_factory=list)


def _cells_of(block: Block) -> list[str]:
    """A table row's cells; a plain-text page's pipe lines ("2019 | Historical | 33.6") are a table's rows too."""
    return block.text.split(" | ") if block.kind == "row" or block.kind == "para" and " | " in block.text else []


def market_columns(blocks: Sequence[Block], market: str) -> list[Block]:
    """Comparison tables ("Metric | Sodium-Ion Battery Market | Lithium-Ion Battery Market") keep, in
    each row, the label and this market's column: the other market's figures are not this release's."""
    kept: list[Block] = []
    column = None
    for block in blocks:
        cells = _cells_of(block)
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
    CAGR 2025-2032: 8.6%", which the sentence readers understand. Sizes by year, in columns ("Region |
    2024 | 2032" under "Market Size by Region (USD Billion)") or in rows ("Year | Market Size (USD
    Million)" / "2020 | 82.1"), read as "North America market size in 2024: USD 0.29 Billion"."""
    read: list[Block] = []
    headers: list[str] | None = None
    money: tuple[str, str] | None = None  # ("USD", "Billion"): the unit a table of sizes states above or in its header
    lead = ""  # the line above a run of year-keyed lines: "Market size by year (USD billion):"
    for block in blocks:
        cells = _cells_of(block)
        headers = None if block.opens_table else headers  # a table's own header, not the one before it
        keyed = _year_keyed_size(block.text, lead, money) if block.kind in ("item", "para") else None
        paired = _years_paired_with_amounts(cells) if block.kind == "row" else None
        if keyed or paired:
            block = replace(block, text=keyed or paired)
        elif not cells:
            headers, lead = None, block.text
            money = _money_unit(block.text) or (money if block.kind != "heading" else None)
        elif headers is None and len(cells) >= 2 and _is_figures_header(cells, money):
            headers, money = cells, _money_unit(block.text) or money
        elif headers is not None and len(cells) == len(headers):
            block = replace(block, text=_read_row(headers, cells, money, lead))
        elif headers is not None and _is_figures_header(cells, money):  # a two-level header's second row:
            headers, money = cells, _money_unit(block.text) or money  # "Revenue (USD Million)" over its years
        read.append(block)
    return read


def _years_paired_with_amounts(cells: list[str]) -> str | None:
    """ "Market Size 2024 / 2025 / 2035 | USD 17.93 Bn / USD 18.66 Bn / USD 27.41 Bn": each year with its amount,
    "Market Size in 2024: USD 17.93 Bn | Market Size in 2025: ...", as the sentence readers understand."""
    if len(cells) != 2 or "/" not in cells[0] or " / " not in cells[1]:
        return None
    years = numbers.years(cells[0])
    amounts = [amount.strip() for amount in cells[1].split(" / ")]
    if len(years) < 2 or len(amounts) != len(years) or not all(map(numbers.money_amounts, amounts)):
        return None
    subject = cells[0][: years[0][1]].strip(" ()")
    return " | ".join(f"{subject} in {year}: {amount}" for (year, _), amount in zip(years, amounts, strict=True))


def _year_keyed_size(text: str, lead: str, money: tuple[str, str] | None) -> str | None:
    """ "2024: $2.38 billion" under "Market size by year:" reads as "Market size by year in 2024: $2.38 billion",
    a bare "2024: 2.38" under "Market value (USD billion)" as that amount; the lead, when short, names the subject
    ("Asia-Pacific market value"). None for a line that is not a year's size under a lead about sizes."""
    keyed = _YEAR_KEYED.fullmatch(text.strip())
    if keyed is None or not _SIZE_LEAD.search(lead):
        return None
    year, amount = keyed.groups()
    stated = numbers.money_amounts(amount)
    if not stated or stated[0].start > 0:
        if money is None or not _NUMBER_CELL.fullmatch(amount.strip()):
            return None
        amount = _amount(money, amount)
    short = len(lead.split()) <= _SHORT_LEAD_WORDS and not any(c.isdigit() or c == "%" for c in lead)
    subject = _BRACKETED.sub("", lead).strip(" :") if short else "Market size"
    return f"{subject} in {year}: {amount}"


def _is_figures_header(cells: list[str], money: tuple[str, str] | None) -> bool:
    # "Region | Share | CAGR", or two columns when the second is a CAGR's: "Countries | CAGR (2025 to 2035)"
    named = any(_FIGURE_HEADER.search(c) for c in cells[1:]) and (len(cells) >= 3 or _CAGR_COLUMN.fullmatch(cells[1]))
    years = sum(bool(_YEAR_COLUMN.fullmatch(c.strip())) for c in cells[1:]) >= 2
    # "Year | Market Size (USD Million)", or "Year | Residential | Commercial" under "... (USD Million)"
    by_year = cells[0].strip().lower() in vocab.YEAR_HEADERS and bool(money or _money_unit(" ".join(cells[1:])))
    # "Province | Revenue, CNY billion | Share", "Region | Plants | Output value (MAD billion)": each area's size
    first = _first_header(cells[0])
    areas = first in vocab.REGION_DIMENSIONS or first in vocab.TABLE_PART_HEADERS
    priced = areas and any(_money_unit(c) for c in cells[1:])
    return named or years or by_year or priced


def _read_row(headers: list[str], cells: list[str], money: tuple[str, str] | None, lead: str) -> str:
    if _YEAR_COLUMN.fullmatch(headers[0].strip()) and _NUMBER_CELL.fullmatch(cells[0].strip()):
        headers, cells = ["", *headers], ["Total", *cells]  # "2024 | 2025 | 2033" over the market's own figures
    subject = cells[0].strip()
    if money and YEAR_LIKE.fullmatch(subject) and any(_money_unit(h) for h in headers[1:]):
        # "2020 | 82.1" under "Year | Market Size (USD Million)"
        sized = next((c for h, c in zip(headers[1:], cells[1:], strict=True) if _money_unit(h) and _has_digit(c)), None)
        return f"Market size in {subject}: {_amount(money, sized)}" if sized else " | ".join(cells)
    if headers[0].strip().lower() in vocab.YEAR_HEADERS:  # items as columns: "2024 | 2,388.8 | 1,112.0"
        columns = zip(headers[1:], cells[1:], strict=True)
        return " | ".join([subject, *(_column_figure(header, subject, cell, money) for header, cell in columns)])
    named = []
    for header, cell in zip(headers[1:], cells[1:], strict=True):
        year = _YEAR_COLUMN.fullmatch(header.strip())
        unit = _money_unit(header) if not year else None  # "Revenue FY24 (INR billion)": its own year and unit
        dated = _YEAR_IN_A_HEADER.search(header) if unit else None
        if money and year and _NUMBER_CELL.fullmatch(cell.strip()):
            named.append(f"{_size_subject(subject)} size in {year.group(1)}: {_amount(money, cell)}")
        elif unit and dated and _NUMBER_CELL.fullmatch(cell.strip()):
            stated = dated.group("year") or f"20{dated.group('fiscal')}"
            named.append(f"{_size_subject(subject)} size in {stated}: {_amount(unit, cell)}")
        elif unit and _NUMBER_CELL.fullmatch(cell.strip()):  # "USD million" under "Revenue by region, 2024"
            named.append(f"{_size_subject(subject)} size in {_year_of_the_table(lead)}: {_amount(unit, cell)}")
        else:
            named.append(_named_figure(header, cell) if _has_digit(cell) else cell)
    return " | ".join([subject, *named])


def _year_of_the_table(lead: str) -> str:
    """The one year a table's short lead names ("Revenue by region, 2024"), else the page's base year, as the sizes
    reader dates "the base year": a table of each area's money with no year is the current year's. A paragraph
    before the table ("... a CAGR of 14.0% through 2030") dates none of it."""
    years = numbers.years(lead) if len(lead.split()) <= 2 * _SHORT_LEAD_WORDS and _SIZE_LEAD.search(lead) else []
    return str(years[0][0]) if len(years) == 1 and not numbers.year_ranges(lead) else figures.BASE_YEAR


def _column_figure(item: str, row: str, cell: str, money: tuple[str, str] | None) -> str:
    """A cell of a table whose rows are years and columns items: "the Residential segment size in 2024:
    USD 2,388.8 Million", or, in a "CAGR (2025-2032)" row, "the Residential segment CAGR (2025-2032): 7.9%"."""
    if money and YEAR_LIKE.fullmatch(row) and _NUMBER_CELL.fullmatch(cell.strip()):
        return f"{_size_subject(item)} size in {row}: {_amount(money, cell)}"
    return f"{_size_subject(item)} {_named_figure(row, cell)}" if _has_digit(cell) else cell


def _size_subject(item: str) -> str:
    """How a row or column names what its figures are the size of: the market, a region's market, or a segment
    ("the Ultrasonic Meters segment", so that the name reads as no other market)."""
    if names_the_whole_market(item):
        return "The market"
    if REGION_WORDS.match(item) or names_one_country(item):
        return f"{item} market"
    return f"the {item} segment"


def _money_unit(text: str) -> tuple[str, str] | None:
    """ "(USD Billion)", "US$ Mn" -> ("USD", "Billion"), ("US$", "Mn"); None when the text states no unit of money."""
    if len(text) > _UNIT_LINE_CHARS:  # a paragraph's amounts, not a header's or caption's unit
        return None
    lowered = text.lower()
    if not any(scale in lowered for scale in vocab.SCALE_WORDS):  # a cheap screen: most cells state none
        short = _MILLIONS_AS_M.search(text)
        code = _currency_code(short.group(1)) if short else None
        return (code, "million") if code else None
    for match in _MONEY_UNIT.finditer(text):
        currency, scale = match.groups()
        code = _currency_code(currency) if not any(ch.isdigit() for ch in currency) else None  # "12.5 million": none
        if code:
            return code, scale
    return None


@functools.lru_cache(maxsize=512)  # a page's few units, asked of each of its cells
def _currency_code(word: str) -> str | None:
    """The currency a unit's word names, read the way an amount's is: glued too, for the signs and letters that are
    a currency only before digits ("R41.2bn")."""
    stated = numbers.money_amounts(f"{word} 1 million") or numbers.money_amounts(f"{word}1 million")
    return stated[0].currency if stated else None


def _amount(money: tuple[str, str], value: str) -> str:
    currency, unit = money
    return f"{currency} {value.strip()} {unit}"


def table_lists(blocks: Sequence[Block]) -> TableLists:
    found = TableLists([], [], [])
    index = 0
    while index < len(blocks):
        block = blocks[index]
        opens_a_table = block.kind == "row" and (index == 0 or blocks[index - 1].kind != "row" or block.opens_table)
        follows_a_table = index > 0 and blocks[index - 1].kind == "row"
        # "Regional analysis | APAC, ..." amid a table heads none
        kind = _table_kind(block, follows_a_table) if opens_a_table else None
        numbered = block.text.split(" | ")[0].strip().lower() in vocab.TABLE_NUMBER_HEADERS
        index += 1
        one_per_row = opens_a_table and kind is None and _first_cells_name_dimensions(blocks[index - 1 :])
        if one_per_row:  # no header row: "Component | Filters", "Geography | Europe | Spain"
            kind, index = "segment", index - 1
        elif opens_a_table and kind is None and _DIMENSIONS_HEADER.match(block.text):  # "Segment dimension | Items"
            one_per_row = _first_cells_name_dimensions(blocks[index:])
            kind = "segment" if one_per_row else None
        if kind is None:
            continue
        # "Region | 2024 | 2033 | CAGR | Countries": the column of each region's countries, wherever it stands
        header_cells, header_at = block.text.split(" | ")[1 if numbered else 0 :], index - 1  # as each row's cells
        countries_at = next((i for i in range(1, len(header_cells)) if _COUNTRIES_HEADER.match(header_cells[i])), None)
        first_row = index
        if kind == "items":  # one list for the table, of the dimension its first header names
            found.segments.append([])
            items_of = dimension_name(header_cells[0]) or header_cells[0]
        while (
            index < len(blocks)
            and blocks[index].kind == "row"
            and (index == first_row or not blocks[index].opens_table)
        ):
            cells = [c.strip() for c in blocks[index].text.split(" | ")][1 if numbered else 0 :]
            index += 1
            if kind == "players":
                found.players.append(Player(clean_name(cells[0])))
            elif kind == "items" and len(cells) == 2:  # "Glass | Tempered Glass · Laminated Glass", "Fabric | —"
                subs = [] if cells[1].lower() in _NONE_CELL else cell_items(cells[1])
                found.segments[-1] += [Segment(items_of, cells[0]), *(Segment(items_of, s, cells[0]) for s in subs)]
            elif names_the_whole_market(cells[0]):  # a "Total" row: neither region nor segment
                continue
            elif kind == "figures by item":  # "Polyester | 44% | 6.3%" under "Resin type | Share | CAGR"
                if not found.itemised or found.itemised[-1][0] != header_at:
                    found.itemised.append((header_at, []))
                found.itemised[-1][1].append(Segment(dimension_name(header_cells[0]), cells[0]))
            elif kind == "parts":  # "Province | Districts | Notes": a part, with its areas when a column lists them
                areas = cells[countries_at] if countries_at and countries_at < len(cells) else ""
                found.regions.append(RegionMention(cells[0], tuple(cell_items(areas)) if areas else ()))
            elif len(cells) >= 2 and kind == "region":  # a second cell of figures lists no countries
                listed = cells[countries_at] if countries_at and countries_at < len(cells) else cells[1]
                if _has_digit(listed) and "(" in cells[0]:  # "North America (United States, Canada) | 31.4"
                    found.regions.extend(regions_of([cells[0]]))
                else:
                    found.regions.append(
                        RegionMention(cells[0], () if _has_digit(listed) else tuple(cell_items(listed)))
                    )
            elif len(cells) >= 2 and (header := dimension_header(dimension_name(cells[0]))):
                if header.kind == "region" and ":" in cells[1]:  # "North America: United States | Canada · Europe: ..."
                    continue  # a cell of regions and their countries, its lists parted by bars: read as a line
                if header.kind == "region" and len(cells) >= 3:  # "Geography | Europe | Spain, Italy"
                    found.regions.append(RegionMention(cells[1], tuple(cell_items(cells[2]))))
                elif header.kind == "region":  # "By Region | North America (U.S., Canada), Europe (Germany)"
                    found.regions.extend(_regions_in_cell(cells[1]))
                elif len(cells) >= 3 and not _has_digit(cells[2]):  # "By End User | Enterprises | SMEs"
                    parent = Segment(header.dimension, cells[1])
                    listed = [s for listed in found.segments for s in listed]
                    child = [] if cells[2].lower() in _NONE_CELL else [Segment(header.dimension, cells[2], cells[1])]
                    found.segments.append([*([parent] if parent not in listed else []), *child])
                else:
                    cell = _groups_over_their_items(cells[1]) if ": " in cells[1] else cells[1]
                    items = _row_items(cell) if one_per_row else cell_items(cell)
                    segments = [s for item in items for s in segment_with_children(header.dimension, item, 2)]
                    found.segments.append(segments)
    return found


def _regions_in_cell(cell: str) -> list[RegionMention]:
    """One region with its countries ("North America (U.S., Canada)"), or several, each with its own."""
    items = cell_items(cell)
    if len(items) >= 2 and all(REGION_WORDS.match(item) for item in items):
        return regions_of(items)
    if len(items) >= 4 and REGION_WORDS.match(items[0]) and "(" not in cell:
        return _regions_over_their_countries(items)
    if len(items) >= 2 and not any(REGION_WORDS.match(item) for item in items):  # "Greater Cairo · Alexandria"
        return regions_of(items)
    return regions_of([cell])


def _regions_over_their_countries(items: list[str]) -> list[RegionMention]:
    """A cell's nested list, flattened: "North America · United States · Canada · Europe · Germany · ...": each
    region's name, then its countries."""
    regions: list[tuple[str, list[str]]] = []
    for item in items:
        opens = REGION_WORDS.match(item) and not names_one_country(item) and not item.lower().startswith("rest of ")
        if opens:
            regions.append((item, []))
        else:
            regions[-1][1].append(item)
    return [RegionMention(name, tuple(countries)) for name, countries in regions]


# A header row over one dimension a row: "Segment dimension | Items", "Dimension | Categories covered"
_DIMENSIONS_HEADER = re.compile(
    r"^(?:segment(?:ation)?\s+)?dimensions?\s*\|\s*(?:items|categories|segments?|sub-segments|coverage|details)\b", re.I
)
# "Organic Binders: PUCB, Furan No-Bake · Inorganic Binders: Sodium Silicate": each group over its items, as
# "Organic Binders (PUCB, Furan No-Bake)" writes it
_GROUP_WITH_ITS_ITEMS = re.compile(r"(?:^|(?<=[·•]\s))([^:·•;()]{2,40}):\s+([^·•;]+?)(?=\s*[·•]|$)")
_GROUP_LABEL = re.compile(r"([^:·•;()]{2,40}):\s+")
_CELL_SEPARATOR = re.compile(r"\s*[·•]\s*")


def _groups_over_their_items(cell: str) -> str:
    """A cell of groups, each written over its items as a list would write it. Where a line break parts the groups
    as the items are parted ("Services: Nursing · Therapy" <br> "Equipment: Monitors"), a group's items run up to
    the next group's label."""
    parts = _CELL_SEPARATOR.split(cell)
    labels = [_GROUP_LABEL.match(part) for part in parts]
    labelled = [part for label, part in zip(labels, parts, strict=True) if label]
    if not labels[0] or len(labelled) < 2 or any("," in part for part in labelled):
        return _GROUP_WITH_ITS_ITEMS.sub(r"\1 (\2)", cell)
    groups: list[tuple[str, list[str]]] = []
    for label, part in zip(labels, parts, strict=True):
        if label:
            groups.append((label.group(1), [part[label.end() :]]))
        else:
            groups[-1][1].append(part)
    return " · ".join(f"{label} ({', '.join(items)})" for label, items in groups)


def _row_items(cell: str) -> list[str]:
    """A row's items where each row names one: a cell with no separator is one item, "and" or not ("Fruits and
    Nuts"), where a "Sub-segments" column's "Residential and Commercial" is two."""
    return cell_items(cell) if _SEPARATOR.search(cell) else [cell]


def _first_cells_name_dimensions(blocks: Sequence[Block]) -> bool:
    """A table without a header row whose rows each open with a dimension's name beside an item: two
    dimensions at least, every first cell a dimension word, no figures (though an item may name its rating: "AC
    Slow Chargers (7 kW / 11 kW)")."""
    rows = [b.text.split(" | ") for b in itertools.takewhile(lambda b: b.kind == "row", blocks)]
    if any(len(cells) < 2 or _states_a_figure(cells[1]) for cells in rows):
        return False
    names = {cells[0].strip().lower() for cells in rows}
    return len(names) >= 2 and all(names_a_dimension(name) for name in names)


def _named_figure(header: str, cell: str) -> str:
    """ "2024 Share (%)" over "41.2" -> "2024 Share: 41.2%"."""
    return f"{_PERCENT_UNIT.sub('', header).strip()}: {cell}{'%' if _PERCENT_UNIT.search(header) else ''}"


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _states_a_figure(cell: str) -> bool:
    """A share, a year or an amount: "41%", "2024", "USD 2.3 billion"; not a rating's "7 kW"."""
    return "%" in cell or YEAR_LIKE.search(cell) is not None or numbers.mentions_money(cell)


def _table_kind(row: Block, follows_a_table: bool = False) -> str | None:
    """What a header row's table lists. A figures table ("Segment | Share 2024 | CAGR 2025-2032") lists no
    dimensions: its rows are the items of the section it sits in, unless its first header names their dimension
    ("Resin type | Share | CAGR"), or, in a series of tables with nothing between them, one per dimension, any
    dimension ("Range | Share | CAGR" after the "Type" table)."""
    cells = row.text.split(" | ")
    if cells[0].strip().lower() in vocab.TABLE_NUMBER_HEADERS:  # "# | Company | Country": a numbering column
        cells = cells[1:] or cells
    first = _first_header(cells[0])
    parts = first in vocab.PART_DIMENSIONS or first in vocab.TABLE_PART_HEADERS
    if any(_FIGURE_HEADER.search(cell) for cell in cells[1:]) and first not in vocab.REGION_DIMENSIONS and not parts:
        named = first.rpartition(" ")[2] in vocab.DIMENSION_HEAD_WORDS
        named = named or follows_a_table and names_a_dimension(first) and dimension_name(first) is not None
        return "figures by item" if named else None
    if first in vocab.TABLE_PLAYER_HEADERS:
        return "players"
    if parts:  # "Province | Notes": a country's parts, the other cells notes on them
        return "parts"
    if first in vocab.REGION_DIMENSIONS:
        return "region"
    if first in vocab.TABLE_SEGMENT_HEADERS:
        return "segment"
    # "Type | Sub-segments": the dimension's items down the first column, each with its sub-items beside it
    sub_items = len(cells) == 2 and _SUB_ITEMS_HEADER.fullmatch(cells[1].strip()) is not None
    return "items" if sub_items and names_a_dimension(first) and dimension_name(first) is not None else None


def _first_header(cell: str) -> str:
    """A table's first header as its kind of area or dimension: "Region (kraj)" has a gloss in brackets."""
    return _area_word(TRAILING_BRACKETS.sub("", cell.strip().lower()))


def _area_word(header: str) -> str:
    """ "Planning region" and "Macro-region" are a "region", "Province / Municipality" a "province": the kind of area
    a header cell names, when a qualifier or a second kind comes with it ("Largest region" ranks one, and heads no
    list)."""
    first = header.split("/")[0].strip()
    words = first.split()
    if len(words) == 1 and words[0].startswith("macro"):  # "Macroregion", "Macro-area": regions, each over its parts
        return "region"
    if len(words) == 1 and words[0].rpartition("-")[2] in vocab.REGION_DIMENSIONS:  # "Sub-region"
        return words[0].rpartition("-")[2]
    if len(words) == 2 and words[1] in vocab.REGION_DIMENSIONS and words[0] not in vocab.RANKING_WORDS:
        return words[1]
    return first if words and words[-1] in vocab.REGION_DIMENSIONS else header
