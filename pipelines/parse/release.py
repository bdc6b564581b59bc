"""parse_release: one page in, the facts it states (or why it states none) out."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace

from pipelines.normalise.companies import full_name_key
from pipelines.normalise.countries import country_of, country_of_its_people
from pipelines.parse import figures, metadata, numbers, sections
from pipelines.parse import vocabulary as vocab
from pipelines.parse.blocks import Block, Document, build_document
from pipelines.parse.contents import read_contents
from pipelines.parse.decode import decode
from pipelines.parse.figures import Figure
from pipelines.parse.item_headings import item_heading_runs
from pipelines.parse.lists import REGION_WORDS, TRAILING_BRACKETS, is_region_name, names_one_country
from pipelines.parse.numbers import split_sentences
from pipelines.parse.players import (
    NAMES_AFTER_A_NOUN,
    leaders_named,
    names_a_company,
    names_after_cue,
    names_companies_by_their_forms,
    names_what_players_are,
    player_items,
    tiered_players,
    without_country_tag,
)
from pipelines.parse.regions import (
    areas_under,
    country_of_market,
    inline_regions,
    lists_more_of_each,
    names_one_part,
    names_regions_with_countries,
    one_part_line,
    parts_headed_over_their_areas,
    parts_listed_after_a_line,
    parts_listed_in_a_sentence,
    parts_named_in_passing,
    parts_opening_lines,
    parts_told_in_prose,
    region_items,
    region_with_countries,
    regions_in_prose,
    regions_named_in_sentences,
    regions_of_an_areas_market,
    stated_regions,
    unlabelled_region_list,
    with_areas_under_their_names,
    with_countries_under_their_headings,
    with_parts_named_beside,
    without_parts_of_listed_regions,
)
from pipelines.parse.tables import figure_tables, market_columns, table_lists
from pipelines.records import (
    Cagr,
    MarketSize,
    ParseFailure,
    Player,
    PlayerRevenue,
    RegionMention,
    ReleaseFacts,
    Segment,
)
from pipelines.urls import canonical_url

# Bump when a change to the parser changes its output: pages are re-parsed from raw.pages.
PARSER_VERSION = "0.77.0"

# "Steel leads, ahead of Elastomer", "Pickup trucks account for most installations, followed by UTVs": a finding's parts
_RANKING_PART = re.compile(
    r"^(?:ahead of|followed by)\b|\s(?:leads|dominates|are covered|is covered|are analy[sz]ed)$"
    r"|\s(?:accounts?\s+for|(?:is|are)\s+the\s+(?:largest|biggest|leading|fastest)|serve|favou?rs?)\s",
    re.I,
)
_FINDING_WORD = re.compile(r"\b(?:CAGR|share|held|holds?|accounted|revenue|grows?|growing|leads?|led)\b", re.I)
_SHARE = re.compile(r"(?<![\d.≥≤<>])[1-8]?\d(?:\.\d+)?\s?%")  # "44.8%", not a grade's "≥99.99%"
_OPENING_BLOCKS = 6
# What a headline says is a market: the words before "Market" ("Insulin Pump Market to Reach ...").
# "Insulin Pump Market to Reach ...": the market a line opens on; not a firm's "Ravensholt Market Intelligence"
_OTHER_MARKET = re.compile(
    rf"^(?:\W*\w+:\s+)?(.{{3,80}}?)\s+Markets?\b(?!\s+(?:{'|'.join(vocab.RESEARCH_FIRM_WORDS)})\b)", re.I
)
_BODY_BLOCKS = 20  # how far the body's own name for a headline's market is looked for
_LEAD_IN_BLOCKS = 10  # a newsletter's intro may come first: a short market name is looked for this far
_PLAYERS_HEADER = sections.Header("players")
_MENU_BLOCKS = 40  # a text page may open with its site's menu, one word a line
_LISTED_PLAYERS = 60  # the most list items a sentence ending on a colon may lead to
_TIERED_BLOCKS = 40  # the most lines a competitive landscape's tiers of companies may take


def parse_or_fail(content: bytes | str, url: str | None = None) -> ReleaseFacts | ParseFailure:
    """parse_release for batches: a parser bug on one page becomes its quarantine reason."""
    try:
        return parse_release(content, url)
    except Exception as error:  # noqa: BLE001 - one bad page must never stop a batch
        return ParseFailure(f"parser error ({type(error).__name__}): {error}")


def parse_release(content: bytes | str, url: str | None = None) -> ReleaseFacts | ParseFailure:
    """Facts as the page states them; a ParseFailure says why a page is not a release."""
    text = decode(content)
    if isinstance(text, ParseFailure):
        return text
    page = _Page(build_document(text))
    # a linked line ("Vintry Market Notes", the site's own name) is navigation, and names no market
    opening = [s for block in page.blocks[:_OPENING_BLOCKS] if not block.linked for s in page.sentences(block)]
    lead_in = [s for block in page.blocks[_OPENING_BLOCKS:_LEAD_IN_BLOCKS] for s in page.sentences(block)]
    market = metadata.market_name(page.title, opening) or metadata.market_name(None, lead_in, max_words=5)
    if market is None:  # a plain-text page opening with its site's menu: the headline comes further down
        headlines = (b.text for b in page.blocks[:_MENU_BLOCKS] if _is_headline(b))
        named = next(
            ((text, name) for text in headlines if (name := metadata.market_name(text, [], max_words=8))), None
        )
        page.title, market = named if named else (page.title, None)
    if market is None:
        every_sentence = [s for b in page.blocks for s in page.sentences(b)]
        # else "Cross-Border B2B Payments to Hit US$ 56.1 Trillion by 2030": no "market" said at all
        market = metadata.market_named_in_prose(every_sentence) or metadata.market_in_a_forecast_headline(
            page.title, every_sentence
        )
    if market is None:
        return ParseFailure("not a market release: no market is named in the title or opening text")
    body = [s for block in page.blocks[:_BODY_BLOCKS] for s in page.sentences(block)]
    market = metadata.as_the_body_names_it(market, page.title, body)

    page.blocks = figure_tables(market_columns(_without_links_to_other_markets(page.blocks, market), market))
    page.blocks = sections.run_in_dimension_labels(sections.outlook_headings(page.blocks, market))
    lists = _read_sections(page.blocks, page.title)
    contents = read_contents(page.document.contents)  # what a report's table of contents lists: the fallback
    listed_players = _players(page.blocks, lists.players) or contents.players
    players = _once_each(Player(without_country_tag(p.name)) for p in listed_players if names_a_company(p.name))
    publisher = metadata.publisher(page.document.meta, url, page.document.links, page.document.sites)
    texts = [b.text for b in page.blocks]
    research_firm = metadata.research_firm(
        publisher,
        metadata.sells_reports(page.document.links, publisher),
        texts,
        market,
        page.document.meta.get("credited") or metadata.store_publisher(texts),
        page.document.links,
    )
    another_firms = functools.partial(
        metadata.names_another_firm,
        own_firms=metadata.own_firms(research_firm, texts, market, publisher),
        publisher_domain=publisher,
        market=market,
    )

    @functools.cache  # asked of one sentence for each figure it states
    def second_opinion(sentence: str) -> bool:
        """Another firm's figure: named in the sentence, or in the one before "It put the market at ..."; or the
        world market's, on a page about one place's."""
        if metadata.credits_the_firm_before(sentence):
            sentence = page.sentence_before(sentence)
        return (
            another_firms(sentence)
            or metadata.quotes_another_estimate(sentence)
            or figures.sizes_the_world_market(sentence, market)
        )

    forecast, cagrs = _forecast_and_cagrs(page, second_opinion, market)
    segments = _segments(page, lists, contents.segment_lists)
    labels = [s.label for s in segments]
    player_names = [p.name for p in players]
    sizes, revenues = _sizes_and_revenues(page, lists, player_names)
    regions = _regions(page, lists, market, contents.regions)
    this_markets = functools.partial(
        _this_markets,
        sentence_before=page.sentence_before,
        headings_over=page.headings_over,
        line_over=page.line_over,
        labels=labels,
        regions=[r.region for r in regions],
        countries=[c for r in regions for c in r.countries],
        market=market,
    )
    cagrs = figures.without_scoped_repeats(
        figures.merge_cagrs(figures.scope_to_players(this_markets(cagrs), player_names))
    )
    published = metadata.published_date(page.document.meta, texts[:_OPENING_BLOCKS])
    sizes = figures.merge_sizes(
        figures.dated_by_the_base_year(figures.dated_by_publication(s, published), forecast)
        for s in this_markets(sizes)
        if not second_opinion(s.snippet)
    )
    sizes, revenues = figures.in_the_home_currency(sizes, market), figures.in_the_home_currency(revenues, market)
    if not (cagrs or sizes or segments or players or forecast):
        return ParseFailure(
            f"not a market release: names the {market} market but states no forecast, figures, segments or players"
        )

    page_url = page.document.meta.get("canonical") or url
    report_domains = {d for d in (publisher, research_firm) if d and "." in d}  # a wire page links the firm's report
    acronyms = metadata.acronyms([page.title or "", *texts])
    # "ELD" is the "electronic logging device" of a report's slug, and "ground-penetrating radar" the "gpr"
    aliases = [
        name
        for acronym, expansion in acronyms.items()
        if market.casefold() in (acronym.casefold(), expansion.casefold())
        for name in (acronym, expansion)
    ]
    return ReleaseFacts(
        title=page.title or market,
        market=market,
        publisher=publisher,
        research_firm=research_firm,
        report_id=metadata.report_id(page.document.links, report_domains, texts, market, aliases),
        published=published,
        url=canonical_url(page_url) if page_url else None,
        forecast_start=forecast[0] if forecast else None,
        forecast_end=forecast[1] if forecast else None,
        cagrs=cagrs,
        market_sizes=sizes,
        segments=segments,
        regions=regions,
        players=players,
        player_revenues=revenues,
        acronyms=tuple(acronyms.items()),
        links=tuple(page.document.links),
    )


class _Page:
    """A document whose blocks are split into sentences once, and only when a stage reads them.

    Stages screen whole blocks with one regex before reading sentence by sentence: a sentence
    can only state what its block states, and most blocks state no figure at all.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self.blocks = document.blocks
        self.title = document.title
        self._sentences: dict[int, list[str]] = {}
        self._region_headings: dict[int, str] | None = None  # block id -> the region heading it stands under
        self._befores: dict[int, list[str]] = {}  # block id -> what each of its sentences follows

    def sentences(self, block: Block) -> list[str]:
        split = self._sentences.get(id(block))
        if split is None:
            split = self._sentences[id(block)] = split_sentences(block.text)
        return split

    def with_the_sentence_before(self, block: Block) -> Iterator[tuple[str, str]]:
        """Each sentence of the block with the one before it; before the first, the region heading the block
        stands under ("<h3>North America</h3><p>The region was valued at USD 286.6 million ..."), and before the
        others that heading (or the region label the block opens with) ahead of the sentence before."""
        if self._region_headings is None:
            self._region_headings = {}
            heading = ""
            for each in self.blocks:
                if each.kind in ("heading", "label"):  # "Asia Pacific", "Asia Pacific — China, Japan, India"
                    heading = _region_labelled(each.text) or _region_of_a_market_heading(each.text)
                else:
                    self._region_headings[id(each)] = heading
        befores = self._befores.get(id(block))
        if befores is None:
            befores = self._befores[id(block)] = self._sentences_before(block)
        return zip(befores, self.sentences(block), strict=True)

    def _sentences_before(self, block: Block) -> list[str]:
        heading = self._region_headings.get(id(block), "")
        sentences = self.sentences(block)
        # a later sentence's "The region is growing at 11.2% a year", after one naming only countries, is the
        # heading's, or the region's the block opens with ("**Middle East & Africa.** The study covers ...")
        region = _run_in_region(sentences[0]) if sentences else ""
        region = region or heading
        return [heading, *(f"{region}. {s}" if region else s for s in sentences[:-1])][: len(sentences)]

    def sentence_before(self, sentence: str) -> str:
        """The sentence before ``sentence`` in its block, "" when it opens one or is not the page's."""
        for block in self.blocks:
            split = self.sentences(block) if sentence in block.text else ()
            if sentence in split:
                index = split.index(sentence)
                return split[index - 1] if index else ""
        return ""

    def headings_over(self, sentence: str) -> list[str]:
        """The lines the block holding ``sentence`` stands under, nearest first, up to its heading or label: a card's
        "Kumasi, Obuasi, Ejisu" under its "<h3>Ashanti</h3>", a plain-text part line "Aichi (Nagoya, Toyota)"."""
        lines: list[str] = []
        heading: list[str] = []
        for block in self.blocks:
            if sentence in block.text and block.kind != "heading":  # a card's "CAGR 11.0% (2025–2030)" is a label
                return lines[-_LINES_UNDER_A_HEADING:][::-1] + heading
            if block.kind in ("heading", "label"):
                lines, heading = [], [block.text]
            elif _is_a_title_line(block.text):
                lines.append(block.text)
        return []

    def line_over(self, sentence: str) -> str:
        """The paragraph (or bold label) right above the block holding ``sentence``: an item's name line over what is
        said of it ("Fish" over "The fastest growing source, expected to advance at a CAGR of 9.4%")."""
        previous = None
        for block in self.blocks:
            if sentence in block.text:
                return previous.text if previous is not None and previous.kind in ("para", "label") else ""
            previous = block
        return ""

    def sentences_where(self, screen: Callable[[str], object]) -> list[str]:
        """Sentences of the blocks that pass ``screen``, in page order."""
        return [s for block in self.blocks if screen(block.text) for s in self.sentences(block)]


def _is_a_title_line(text: str) -> bool:
    """A plain-text page's heading is a short line that ends no sentence."""
    return len(text) <= _TITLE_LINE_CHARS and not text.rstrip().endswith((".", "!", "?", ":", ";", ","))


_TITLE_LINE_CHARS = 80
_LINES_UNDER_A_HEADING = 2  # a card's name line and its areas line


def _run_in_region(sentence: str) -> str:
    """ "Middle East & Africa.", "Middle East & Africa – South Africa, Nigeria and the UAE.": a block's opening
    label naming a region."""
    label = sentence.rstrip(" .")
    if len(label) > 120 or not REGION_WORDS.match(label):  # most blocks open with a sentence: a cheap screen
        return ""
    return _region_labelled(label)


def _region_labelled(label: str) -> str:
    """The region a label names, alone or with its countries ("Asia Pacific — China, Japan, India"), else ""."""
    named = (label, []) if is_region_name(label) else region_with_countries(label)
    return named[0] if named and is_region_name(named[0]) else ""


_MARKET_HEADING_TAIL = re.compile(r"\b(?:market|markets|trends|insights|analysis|outlook)\b", re.I)


def _region_of_a_market_heading(text: str) -> str:
    """ "Asia Pacific Egg Freezing Services Market Trends": a heading of a region's market names the region."""
    opening = REGION_WORDS.match(text)
    return opening.group(0) if opening and _MARKET_HEADING_TAIL.search(text, opening.end()) else ""


def _part_with_its_areas(part: str) -> RegionMention:
    """ "Eje Cafetero (Caldas, Risaralda, Quindío)", "Leinster: Dublin, Kildare", "Alajuela – San Carlos, Upala": a
    country's part, with the areas it groups."""
    named = region_with_countries(part) or one_part_line(part)
    return RegionMention(named[0], tuple(named[1])) if named else RegionMention(part)


_HISTORY_YEARS = 3  # a "forecast" range that starts this many years before the market's CAGR holds history


def _forecast_and_cagrs(
    page: _Page, second_opinion: Callable[[str], bool], market: str
) -> tuple[tuple[int, int] | None, tuple[Cagr, ...]]:
    """The forecast period (a "forecast" phrase, else the market CAGR's years, else the title's
    range) and every CAGR, "during the forecast period" read against it; another firm's are not this page's."""
    forecast = figures.forecast_period(
        ([page.title] if page.title else [])
        + [s for s in page.sentences_where(figures.mentions_forecast) if not second_opinion(s)]
    )

    def stated(forecast: tuple[int, int] | None) -> tuple[Cagr, ...]:
        return figures.merge_cagrs(
            c
            for block in page.blocks
            if figures.mentions_cagr(block.text)
            for previous, s in page.with_the_sentence_before(block)
            if figures.mentions_cagr(s) and not second_opinion(s)
            for c in figures.cagrs_in(s, forecast, previous)
        )

    cagrs = stated(forecast)
    own = figures.folded_name(market)  # "The India two-wheeler tyre market" read as India's: the whole
    whole = [c for c in cagrs if c.end and (c.scope is None or _the_markets_own_region(c.scope, own))]
    if forecast and any(
        c.start and (c.start - forecast[0] >= _HISTORY_YEARS and c.end == forecast[1] or c.start > forecast[1])
        for c in whole
    ):  # "Market size and forecast, 2020–2034" in a contents list: history and forecast together; "Market sizing
        forecast = None  # 2019–2024 and forecasts to 2032": history alone, before the CAGR's years
    if forecast is None:  # the whole market's CAGR's years, a stated range first ("through 2032" says less)
        from_cagrs = next(((c.start, c.end) for c in sorted(whole, key=lambda c: c.start is None)), None)
        titled = next(((start, end) for start, end, _ in numbers.year_ranges(page.title or "")), None)
        # the title's range, where no CAGR states a start year: "... with Outlook for 2025 - 2032"
        forecast = titled if titled and (from_cagrs is None or from_cagrs[0] is None) else from_cagrs
        if from_cagrs and forecast[0]:  # read again against it: "USD 21.94 Billion by 2032, Growing at 8.1% CAGR"
            cagrs = stated(forecast)
    if forecast:  # "at a 19.1% CAGR", no years stated: the page's forecast years
        cagrs = figures.merge_cagrs(
            replace(c, start=forecast[0], end=forecast[1]) if c.start is c.end is None else c for c in cagrs
        )
    return forecast, cagrs


def _sizes_and_revenues(
    page: _Page, lists: _Lists, player_names: list[str]
) -> tuple[tuple[MarketSize, ...], tuple[PlayerRevenue, ...]]:
    """Market sizes as stated (merged later), and revenues of named players: a paragraph about a player (in a
    players section, or anywhere a company reports revenue) gives revenues; sizes come from the other paragraphs,
    and from such a paragraph's sentences that report no company's revenue ("The market was valued at USD 2.26
    billion in 2024 ... Stryker, which reported net sales of USD 22.6 billion, ...")."""
    in_players_section = {id(b) for b in lists.player_blocks}
    revenue_blocks = [
        b
        for b in page.blocks
        if any(map(b.text.__contains__, player_names))
        and (
            id(b) in in_players_section
            or figures.is_company_revenue(b.text)
            and any(figures.is_company_revenue(s) for s in page.sentences(b))
        )
    ]
    revenue_ids = {id(b) for b in revenue_blocks}
    sizes = tuple(
        size
        for block in page.blocks
        if id(block) not in in_players_section and numbers.mentions_money(block.text)
        for previous, sentence in page.with_the_sentence_before(block)
        if id(block) not in revenue_ids or not figures.is_company_revenue(sentence)
        for size in figures.sizes_in(sentence, previous)
    )
    answered = tuple(size for answer in _answers_with_their_questions(page) for size in figures.sizes_in(answer))
    revenues = tuple(r for b in revenue_blocks for r in figures.revenues_in(b.text, player_names))
    return sizes + answered, revenues


_ASKS_THE_SIZE = re.compile(r"^(?:how (?:big|large|much)|what)\b.*\bmarket\b|\bmarket\b.*\b(?:worth|size)\b", re.I)


def _answers_with_their_questions(page: _Page) -> Iterator[str]:
    """An FAQ's answer read after its question: "How large will the X market be in 2033?" / "Around USD 3.9
    billion by 2033." names the market only in the question; "Which region leads the market?" asks no size."""
    for question, answer in itertools.pairwise(page.blocks):
        if question.text.endswith("?") and numbers.mentions_money(answer.text) and _ASKS_THE_SIZE.search(question.text):
            yield f"{question.text} {page.sentences(answer)[0]}"


def _segments(page: _Page, lists: _Lists, in_contents: list[list[Segment]]) -> tuple[Segment, ...]:
    """Title grammar and section lists, else a table of contents' chapters; "by X (a, b)" in prose when the page
    has none; rankings of the dimensions no list gives."""
    titled = metadata.title_segments(page.title)[0] or _segmented_title_below(page)
    segment_lists = [_spelt_out_below(titled, lists.segment_lists), *lists.segment_lists]
    if not any(segment_lists):
        segment_lists = in_contents
    prose = [metadata.prose_segments(block.text)[0] for block in page.blocks]
    if not any(segment_lists):
        segment_lists = prose
    else:  # "by drone type (fixed-wing, multirotor)" beside "by end-use industry, covering A and B": a dimension no
        listed = {s.dimension for segments in segment_lists for s in segments}  # list gives, named as dimensions are
        segment_lists += [
            [s for s in segments if not _lists_dimension(listed, s.dimension) and _names_a_dimension(s.dimension)]
            for segments in prose
        ]
    # A ranking names the items that matter, not always all: it lists a dimension no list gives.
    listed = {s.dimension for segments in segment_lists for s in segments}
    ranked = (sections.ranked_segments(block.text) for block in page.blocks)
    segment_lists += [[s for s in segments if not _lists_dimension(listed, s.dimension)] for segments in ranked]
    # a list opening on a finding ("Pickup trucks account for most ..., followed by ...") is the finding's parts
    segment_lists = [segments for segments in segment_lists if not segments or not _ranks(segments[0].label)]
    first_at = {**lists.dimension_at, **{s.dimension: -1 for s in titled}}  # a title comes before every list
    return _contract_dimensions([s for s in _merge_lists(segment_lists) if _reads_as_an_item(s.label)], first_at)


def _names_a_dimension(dimension: str) -> bool:
    """ "drone type", "end use": a dimension's own word ends it, not "the lake zone" or a firm's name."""
    return sections.dimension_word(dimension) in vocab.SEGMENT_LABEL_WORDS


def _segmented_title_below(page: _Page) -> list[Segment]:
    """A report's segmented title under a page's own title (a wire's masthead): "Explosion-Proof Motors Market:
    By Motor Type (AC Motors, DC Motors); By Protection Type (...)". Two dimensions at least; the line written
    in capitals is the same title shouted."""
    for block in page.blocks[:_LEAD_IN_BLOCKS]:
        segments = metadata.title_segments(block.text)[0] if " (" in block.text and not block.text.isupper() else []
        if len({s.dimension for s in segments}) >= 2:
            return segments
    return []


def _spelt_out_below(titled: list[Segment], segment_lists: list[list[Segment]]) -> list[Segment]:
    """A title's short "Aseptic" is the "Aseptic Cartons" its section lists under the same dimension: the
    section's fuller name stands in its place ("Non-aseptic (Chilled) Cartons", "Particulate Matter (PM2.5/PM10)"
    too), but not the same item with its sub-items in brackets ("Food & Beverages (Bakery; Dairy)"). A title's parent
    item stays with its sub-items."""
    parents = {s.parent for s in titled}
    listed = [s for segments in segment_lists for s in segments]

    def fuller(segment: Segment) -> Segment:
        lead = f"{segment.label.lower()} "
        for other in listed:
            rest = other.label[len(lead) :] if other.label.lower().startswith(lead) else ""
            sub_items = rest.startswith("(") and rest.endswith(")") and ("," in rest or ";" in rest)
            if other.dimension == segment.dimension and rest and not sub_items:
                return replace(segment, label=other.label)
        return segment

    return [s if s.label in parents else fuller(s) for s in titled]


def _lists_dimension(listed: set[str], dimension: str) -> bool:
    """ "end-use" is the listed "end-use industry"."""
    return any(name.startswith(dimension) or dimension.startswith(name) for name in listed)


def _ranks(label: str) -> bool:
    return _RANKING_PART.search(label) is not None


def _reads_as_an_item(label: str) -> bool:
    """ "Carbohydrases held the largest share, at 44.8% of revenue in 2023, owing to ..." is a finding under a
    dimension's heading, not one of its items: an item states no share (a grade's "High Purity (≥99.99%)" or
    "Below 3% Sulfur" is none) and is no long sentence, nor a copyright line."""
    # a finding states its share or growth, or runs long; "Below 3% Sulfur" is a grade; "Share 2024 (%)" a header
    finding = _FINDING_WORD.search(label) or len(label.split()) > 5
    share = "%" in label and ("(%)" in label or finding and _SHARE.search(label))
    ranked = _ranks(label)  # "Steel leads, ahead of Elastomer": a finding's parts, no items
    return not share and not ranked and "©" not in label and not (label.endswith(".") and len(label.split()) > 12)


def _regions(page: _Page, lists: _Lists, market: str, in_contents: list[RegionMention]) -> tuple[RegionMention, ...]:
    """Regions from sections, else an inline "Regions: ..." line, the title, or a run in prose; with shares.
    An inline line naming regions with their countries beats sections' bare regions (a table of sizes by region),
    and so does a table of contents' regions chapter."""
    listed = lists.regions
    if not any(r.countries for r in listed):
        inline = inline_regions(page.blocks)
        listed = inline if not listed or names_regions_with_countries(inline) else listed
    elif scope_rows := [b for b in page.blocks if b.kind == "row"]:
        in_a_row = inline_regions(scope_rows)  # a scope row's "Europe (..., Rest of Europe)" beside its paragraph
        listed = in_a_row if lists_more_of_each(in_a_row, listed) else listed
    if not any(r.countries for r in listed) and names_regions_with_countries(in_contents):
        listed = in_contents
    if not any(r.countries for r in listed) and (headed := parts_headed_over_their_areas(page.blocks)):
        named = {r.region for r in headed}  # a table's parts beside them ("State | Capacity") are parts too
        listed = headed + [r for r in listed if r.region not in named]
    found = with_countries_under_their_headings(
        listed
        or unlabelled_region_list(page.blocks)
        or parts_listed_after_a_line(page.blocks)
        or metadata.title_segments(page.title)[1]
        or parts_opening_lines(page.blocks, market)
        or parts_told_in_prose(page.blocks, market)
        or parts_listed_in_a_sentence(page.blocks, market)
        or regions_in_prose(page.blocks)
        or regions_named_in_sentences(page.blocks)
        or parts_named_in_passing(page.blocks, market),
        page.blocks,
    )
    found = with_areas_under_their_names(found, page.blocks)
    placed = with_parts_named_beside(regions_of_an_areas_market(found, page.blocks, market), page.blocks, market)
    found = [
        replace(r, countries=tuple(c for c in r.countries if _reads_as_a_name(c) and not _reads_as_a_note(c)))
        for r in without_parts_of_listed_regions(placed, market)
        if _reads_as_a_name(r.region)
    ]
    shares = figures.region_shares((b.text for b in page.blocks), [r.region for r in found])
    return tuple(replace(r, share_pct=shares.get(r.region)) for r in found)


def _reads_as_a_region(region: RegionMention) -> bool:
    """ "Asia-Pacific generated USD 1.86 billion in" (a narrow column's wrapped finding) names no region, nor
    "Single User — $3,990" (a licence's price) a region and its country."""
    return not any(ch.isdigit() for name in (region.region, *region.countries) for ch in name)


def _names_a_place(text: str) -> bool:
    return is_region_name(text) or names_one_country(text) or names_one_part(text)


def _reads_as_a_note(text: str) -> bool:
    """ "Jeddah waterfront and Makkah city projects" beside a province in a table is a note on it, not a country:
    a place's name has no lower-case word but its joiners ("Rest of the World", "Bosnia and Herzegovina") and a
    closing "city" ("Siem Reap city")."""
    words = text.split()
    words = words[:-1] if words[-1:] == ["city"] else words
    return len(words) >= 2 and any(w.islower() and w not in vocab.WORDS_INSIDE_NAMES for w in words[1:])


def _reads_as_a_name(text: str) -> bool:
    """A region's or a country's name is no sentence: "Asia Pacific held more than half of ... additions." under
    a list of regions is a finding about one; nor is a table's "–" for none."""
    words = len(text.split())
    return words <= 8 and not (words > 3 and text.endswith(".")) and any(ch.isalnum() for ch in text)


def _is_headline(block: Block) -> bool:
    """A line that reads as a release's headline: short, and naming something's "Market"."""
    return block.kind in ("para", "label", "heading") and len(block.text.split()) <= 25 and " Market" in block.text


def _without_links_to_other_markets(blocks: list[Block], market: str) -> list[Block]:
    """Drop blocks that are wholly a link, or carry a bare one, naming another market ("Insulin Pump Market to
    Reach USD 13.9 Billion by 2030"): a list of other releases that no markup marked as such, e.g. in Markdown
    exports and plain text."""
    own = figures.folded_name(market)
    return [
        block
        for block in blocks
        if not (
            (block.linked or "://" in block.text)
            and (len(block.text.split()) > 5 or any(ch.isdigit() for ch in block.text))
            and (named := _OTHER_MARKET.search(block.text))
            and own not in figures.folded_name(named.group(1))
        )
    ]


def _named_in_full(figure: Figure, in_full: str | None) -> bool:
    """ "Doha Insight estimates the Qatar Facility Management Market at QAR 11.2 billion": a region's figure whose
    sentence names the market in full (``in_full``, folded, its country first) is the whole market's, whatever place
    the sentence opens on."""
    scoped = figure.scope is not None and figure.scope.startswith("region:")
    return scoped and in_full is not None and in_full in figures.folded_name(figure.snippet)


def _the_markets_own_region(scope: str, own: str) -> bool:
    """ "region:Europe" for the Europe Heat Exchanger market (``own``, its folded name) is the whole market; the
    U.S. is none of the Industrial Videoscope market's own ("indUStrial" holds its letters)."""
    return scope.startswith("region:") and own.startswith(figures.folded_name(scope[7:]))


def _this_markets(
    found: Iterable[Figure],
    sentence_before: Callable[[str], str],
    headings_over: Callable[[str], list[str]],
    line_over: Callable[[str], str],
    labels: list[str],
    regions: list[str],
    countries: list[str],
    market: str,
) -> list[Figure]:
    """Figures read as this market's: a listed segment's or region's scoped to it, those about the market's own
    region ("Europe" for the Europe Heat Exchanger market) the whole market's, and those of a sentence
    that speaks only of other markets (a digest's items) dropped."""
    own, home = figures.folded_name(market), country_of_market(market)
    in_full = f"{own}market" if len(market.split()) >= 2 and names_one_country(market.split()[0]) else None
    by_segment = figures.scope_to_segments(found, labels, sentence_before, line_over)
    scoped = figures.scope_to_regions(by_segment, regions, countries, headings_over, sentence_before)
    return [
        replace(f, scope=None)
        if f.scope
        and (
            _the_markets_own_region(f.scope, own)
            or _named_in_full(f, in_full)
            or _its_country(f.scope, home)
            or _a_market_of_its_country(f, market, home)
        )
        else f
        for f in map(_by_the_countrys_name, scoped)
        if not figures.about_another_market(f.snippet, market)
    ]


def _its_country(scope: str, home: str | None) -> bool:
    """ "PNG coffee market set to reach K1.26 billion" on the Papua New Guinea Coffee market (``home``, the country it
    is named after), "Korea's pet food market reached" on the South Korea one: the market's own country, by its
    initials or a shorter name, is the whole market (not "South India" on an India market's page)."""
    name = scope[7:].replace(".", "") if scope.startswith("region:") else ""
    shorter = name.isupper() and len(name) <= 4 or bool(home) and home.endswith(f" {name}")
    return bool(home and name) and shorter and names_one_country(name) and country_of(name) == country_of(home)


def _a_market_of_its_country(figure: Figure, market: str, home: str | None) -> bool:
    """ "The Albania Pharmaceutical Retail Market reached ALL 38.6 billion" on the page of the headline's "Albania
    pharmacy retail" market: a subject naming the market's country and then the market in other words, each word
    the market's own but for its ending, is the market (the country table reads "Albania Pharmaceutical Retail" as
    Albania); not a related report's "Moldova Hazelnut Market" on a Moldova walnut market's page."""
    if not (home and figure.scope and figure.scope.startswith("region:")):
        return False
    place = figure.scope[7:].lower()
    if not (place.startswith(f"{home.lower()} ") and f"{place} market" in figure.snippet.lower()):
        return False
    named, own = place[len(home) :].split(), market.lower()[len(home) :].split()
    return len(named) == len(own) and all(word[:5] == its[:5] for word, its in zip(named, own, strict=True))


def _by_the_countrys_name(figure: Figure) -> Figure:
    """ "The Australian market was worth A$ 486 million": Australia's figure, by its name."""
    place = figure.scope[7:] if figure.scope and figure.scope.startswith("region:") else ""
    country = country_of_its_people(place) if place and not is_region_name(place) else None
    return replace(figure, scope=f"region:{country}") if country else figure


class _Lists:
    """What the page's sections list, and where each segment dimension's first list starts (a block's index)."""

    def __init__(self) -> None:
        self.segment_lists: list[list[Segment]] = []
        self.dimension_at: dict[str, int] = {}
        self.regions: list[RegionMention] = []
        self.players: list[Player] = []
        self.player_blocks: list[Block] = []

    def add_segments(self, segments: list[Segment], at: int) -> None:
        self.segment_lists.append(segments)
        for segment in segments:
            self.place(segment.dimension, at)

    def place(self, dimension: str, at: int) -> None:
        self.dimension_at[dimension] = min(at, self.dimension_at.get(dimension, at))


def _read_sections(blocks: list[Block], title: str | None) -> _Lists:
    lists = _Lists()
    statements = [
        (at, *found) for at, block in enumerate(blocks) for found in sections.by_dimension_statements([block])
    ]
    laid_out = table_lists(blocks)
    # a table's lists have no place on the page; labelled lines' lists say where they stand
    labelled_at = [] if laid_out.segments else sections.labelled_dimension_lists(blocks)
    labelled = laid_out.segments or [segments for _, segments in labelled_at]
    stated_lists = labelled or any(h.kind == "segment" for _, h, _ in statements)
    stated = sections.stated_children(blocks) if stated_lists else {}
    listed_items = {item.casefold() for _, header, items in statements if header.kind == "segment" for item in items}
    listed_items |= {s.label.casefold() for segments in labelled for s in segments}  # "Component: A, B, Services"
    for at, header, items in statements:
        if header.kind == "segment" and _children_of_a_listed_item(items, stated, listed_items):
            continue  # "Services are further broken down into A, B and C": sub-items of "services", no dimension
        if header.kind == "segment":
            listed = [s for item in items for s in sections.segment_with_children(header.dimension, item, 2)]
            lists.add_segments(sections.with_stated_children(listed, stated), at)
        elif not lists.regions and all(item.count("(") == item.count(")") for item in items):
            lists.regions.extend(stated_regions(items))  # not "North America (U.S., Canada," cut inside its brackets
    for at, block in enumerate(blocks):
        if found := metadata.labelled_groups(block.text):
            lists.add_segments(found, at)
        # "By solvent type – Amine-based solvents, which ...": a finding that lists nothing places its dimension
        run_in = _BY_RUN_IN.match(block.text) if block.kind == "para" else None
        if run_in and (name := sections.dimension_name(run_in[1])):
            lists.place(name, at)
    lists.segment_lists.extend(sections.with_stated_children(segments, stated) for segments in laid_out.segments)
    for at, segments in labelled_at:
        lists.add_segments(sections.with_stated_children(segments, stated), at)
    if not lists.regions or names_regions_with_countries(laid_out.regions):  # a table's list replaces, never adds
        lists.regions[:] = laid_out.regions
    lists.players.extend(laid_out.players)
    position = {id(block): at for at, block in enumerate(blocks)}
    for header, header_block, body in sections.sections(blocks, title):
        if header.kind == "segment":
            at = position[id(header_block)]
            lists.add_segments(sections.segment_items(header_block, body, header.dimension), at)
            lists.place(header.dimension, at)  # "By Product" over prose that lists no items
        elif header.kind == "region" and header.dimension:  # "By Emirate", "By Province": the country's parts
            # listed under the header, unless on its own line ("By Nation: England; Scotland", read above)
            parts = areas_under(body) if not header_block.text.partition(":")[2].strip() else []
            if parts and not any(r.countries for r in lists.regions):
                lists.regions[:] = [_part_with_its_areas(part) for part in parts]
        elif header.kind == "region" and any(r.countries for r in lists.regions):
            # four parts headed over their paragraphs, then a list of all five: the fifth too
            lists.regions.extend(_the_rest_of(region_items(header_block, body), lists.regions))
        elif header.kind == "region":
            # A later section that lists countries beats an earlier flat list of regions ("Regional scope").
            listed = region_items(header_block, body)
            if not all(map(_reads_as_a_region, listed)):  # "Asia-Pacific generated USD 1.86 billion in"
                continue  # a finding under "Segment and Regional Highlights", no list
            if len(listed) == 1 and not any(map(_names_a_place, [listed[0].region, *listed[0].countries])):
                continue  # a quote's attribution, or the next section's caps heading, after the regions' prose
            if not lists.regions or names_regions_with_countries(listed):
                lists.regions[:] = listed
        elif header.kind == "players":
            lists.player_blocks.extend(body)
            at = position[id(header_block)]
            listed = tiered_players(blocks[at : at + _TIERED_BLOCKS]) or player_items(header_block, body)
            if not lists.players or _completes(listed, lists.players):
                lists.players[:] = listed
    listed = {s.dimension for segments in lists.segment_lists for s in segments}
    for at, segments in item_heading_runs(blocks, listed):  # "Segment Insights" over one heading per item
        lists.add_segments(segments, at)
    if not any(lists.segment_lists):  # only dimension names over lists, under a "Segmentation" header
        lists.segment_lists.extend(sections.segmentation_lists(blocks))
    named = {s.label.casefold() for segments in lists.segment_lists for s in segments}
    for at, items in laid_out.itemised:  # a figures table's own items, unless a list names them
        if not any(s.label.casefold() in named for s in items):
            lists.add_segments(items, at)
    return lists


_BY_RUN_IN = re.compile(r"^By\s+([\w\- ]{2,30}?)\s*(?:[–—:]|\s-)\s")


def _the_rest_of(listed: list[RegionMention], known: list[RegionMention]) -> list[RegionMention]:
    """The regions a bare list names beyond the ``known`` ones, when it names all of those too."""
    known_names = {r.region for r in known}
    if any(r.countries for r in listed) or not {r.region for r in listed} >= known_names:
        return []
    return [r for r in listed if r.region not in known_names]


def _children_of_a_listed_item(items: list[str], stated: dict[str, list[str]], listed: set[str]) -> bool:
    return any(children == items and parent in listed for parent, children in stated.items())


def _completes(longer: list[Player], shorter: list[Player]) -> bool:
    """Whether a later list of players is the full one of which an earlier list ("Key players: A, B, C"
    in a summary box, or an FAQ's "Mahlkönig, Ditting, ..." where the table says "Mahlkönig (Hemro Group)")
    gave the first few."""
    names = {_without_tag(p.name) for p in longer}
    return len(longer) > len(shorter) and sum(_without_tag(p.name) in names for p in shorter) >= 0.8 * len(shorter)


def _without_tag(name: str) -> str:
    return full_name_key(TRAILING_BRACKETS.sub("", name))


def _once_each(players: Iterable[Player]) -> tuple[Player, ...]:
    """A list that names a company twice ("Amcor plc" ... "Amcor PLC", "Chr. Hansen" ... "Chr Hansen") names
    it once, as first written; "Merck KGaA" and "Merck & Co." stay two."""
    first: dict[str, Player] = {}
    for player in players:
        first.setdefault(full_name_key(player.name), player)
    return tuple(first.values())


def _players(blocks: list[Block], listed: list[Player]) -> list[Player]:
    """The players sections list, unless a sentence or snapshot row names more of them: a "Competitive
    Landscape" that names two insurtechs in passing gives way to the "Key Companies | A, B, ..." row, and a
    table of contents' first five profiles to the sentence naming all ten."""
    listed = [player for player in listed if names_a_company(player.name)]  # "X opened a plant in Y." is news
    named = _players_from_prose(blocks) if not listed or len(listed) <= 8 else []
    if not listed and not named:  # a news brief: "Kärcher and Nilfisk lead the field, the report says"
        return [Player(name) for block in blocks for name in leaders_named(block.text)]
    return named if not listed or _completes(named, listed) else listed


def _players_from_prose(blocks: Sequence[Block]) -> list[Player]:
    """Players named in a sentence or snapshot row when no players section lists them: the longest such run,
    so that "the incumbents noticed: Postgres got pgvector, MongoDB ..." in a blog's anecdote gives way to
    "The companies the report profiles: A, B, C, D, ..." further down."""
    found: list[str] = []
    previous: list[str] = []  # the names the block before gave
    for index, block in enumerate(blocks):
        if not (_cues_players(block.text) or _labels_players(block.text) or names_companies_by_their_forms(block.text)):
            previous = []
            continue  # "The study profiles Trupanion, Inc., ..." names them without a noun
        # a row, or a pipe line of text: "Key Companies Profiled | A; B; C"
        names = names_after_cue(block.text.replace(" | ", ": ", 1) if " | " in block.text else block.text)
        if previous and _ALSO_NAMED.match(block.text):  # "Key Players: A, B" / "Also Profiled: C, D": one list
            names = [*previous, *names]
        previous = names
        # "Top companies covered in the report include:" / items; not "... new brands. The report analyses six
        # production regions:"
        cue = split_sentences(block.text)[-1] if block.text.endswith(":") else ""
        if len(names) < 2 and cue and _cues_players(cue) and not _PLACES_PROFILED.search(cue):
            names = [p.name for p in player_items(block, blocks[index + 1 : index + _LISTED_PLAYERS])]
        if len(names) >= 2 and len(names) > len(found):
            found = names
    return [Player(name) for name in found]


# "The report profiles the following states and their key clusters:": places over the list, no companies
_PLACES_PROFILED = re.compile(
    r"\bprofile[sd]?\s+(?:the\s+)?(?:following\s+)?(?:\w+\s+)?(?:states|provinces|regions|countries|cities"
    r"|districts|counties|prefectures|governorates|municipalities|clusters)\b",
    re.I,
)
_ALSO_NAMED = re.compile(r"(?:also|other\s+(?:companies|players))\s+(?:profiled|covered|included)\b", re.I)


def _cues_players(text: str) -> bool:
    lowered = text.lower()
    return (
        names_what_players_are(text)
        or "profiles" in lowered
        or " profiled" in lowered
        or bool(NAMES_AFTER_A_NOUN.search(text) or _ALSO_NAMED.match(text))
    )


def _labels_players(text: str) -> bool:
    """ "Brands in the report: Kiss Products, Inc., Olive & June, ...": a players header run into its names."""
    label, colon, _ = text.partition(":")
    return (
        bool(colon) and len(label.split()) <= 6 and sections.classify_header(Block("label", label)) == _PLAYERS_HEADER
    )


def _merge_lists(lists: list[list[Segment]]) -> list[Segment]:
    """Segments of every list once: a list repeating an earlier one (the title's, a summary's)
    adds nothing, while an item a page prints twice in one list stays twice, as stated."""
    seen: set[tuple[str, str]] = set()
    merged: list[Segment] = []
    for segments in lists:
        fresh = [s for s in segments if (s.dimension, s.label.lower()) not in seen]
        seen.update((s.dimension, s.label.lower()) for s in segments)
        merged.extend(fresh)
    return merged


def _contract_dimensions(segments: list[Segment], first_at: dict[str, int]) -> tuple[Segment, ...]:
    """Report the page's first product-like dimension as "type" and its application-like one
    as "application" (an end-user dimension stands in when there is none): the corpus convention. First on the
    page when ``first_at`` says where each one's list starts; else first read."""
    dimensions = list(dict.fromkeys(s.dimension for s in segments))
    spelled = {d: d.replace("-", " ") for d in dimensions}  # "end-user industry" is "end user industry"
    non_product = {d for d in dimensions if spelled[d] in vocab.NON_PRODUCT_DIMENSIONS}
    products = [d for d in dimensions if d not in non_product and spelled[d] not in vocab.DELIVERY_DIMENSIONS]
    placed = all(d in first_at for d in products)  # a table's list has no place: then the first read
    product_like = min(products, key=first_at.__getitem__ if placed else products.index, default=None)
    application = next((d for d in dimensions if d in vocab.APPLICATION_DIMENSIONS), None)
    if application is None:
        application = next((d for d in dimensions if d in non_product), None)
    renamed = []
    for segment in segments:
        dimension = segment.dimension
        if dimension == product_like:
            dimension = "type"
        elif dimension == application:
            dimension = "application"
        renamed.append(Segment(dimension, segment.label, segment.parent))
    return tuple(renamed)
