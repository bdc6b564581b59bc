"""parse_release: one page in, the facts it states (or why it states none) out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pipelines.parse import figures, metadata, numbers, sections
from pipelines.parse import vocabulary as vocab
from pipelines.parse.blocks import Block, build_document
from pipelines.parse.decode import decode
from pipelines.parse.numbers import split_sentences
from pipelines.records import ParseFailure, Player, RegionMention, ReleaseFacts, Segment
from pipelines.urls import canonical_url

# Bump when a change to the parser changes its output: pages are re-parsed from raw.pages.
PARSER_VERSION = "0.1.0"

_OPENING_BLOCKS = 6


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
    document = build_document(text)
    sentences = [s for block in document.blocks for s in split_sentences(block.text)]
    opening = [s for block in document.blocks[:_OPENING_BLOCKS] for s in split_sentences(block.text)]
    market = metadata.market_name(document.title, opening)
    if market is None:
        return ParseFailure("not a market release: no market is named in the title or opening text")

    lists = _read_sections(document.blocks, document.title)
    title_segments, title_regions = metadata.title_segments(document.title)
    players = lists.players or _players_from_prose(document.blocks)
    player_names = [p.name for p in players]

    forecast = figures.forecast_period(([document.title] if document.title else []) + sentences)
    cagrs = figures.merge_cagrs(c for s in sentences for c in figures.cagrs_in(s, forecast))
    if forecast is None:
        forecast = next(((c.start, c.end) for c in cagrs if c.scope is None and c.start and c.end), None)
    if forecast is None and document.title:
        forecast = next(((start, end) for start, end, _ in numbers.year_ranges(document.title)), None)
    # Paragraphs about a named player: in a players section, or anywhere a company reports revenue.
    revenue_blocks = [
        b
        for b in document.blocks
        if any(n in b.text for n in player_names)
        and (b in lists.player_blocks or any(figures.is_company_revenue(s) for s in split_sentences(b.text)))
    ]
    sizes = figures.merge_sizes(
        size
        for block in document.blocks
        if block not in revenue_blocks
        for sentence in split_sentences(block.text)
        for size in figures.sizes_in(sentence)
    )
    revenues = tuple(r for b in revenue_blocks for r in figures.revenues_in(b.text, player_names))
    segment_lists = [title_segments, *lists.segment_lists]
    if not any(segment_lists):
        segment_lists = [metadata.prose_segments(block.text)[0] for block in document.blocks]
    segments = _contract_dimensions(_merge_lists(segment_lists))
    cagrs = figures.merge_cagrs(figures.scope_to_segments(cagrs, (s.label for s in segments), market))
    regions = (
        lists.regions
        or sections.inline_regions(document.blocks)
        or title_regions
        or sections.regions_in_prose(document.blocks)
    )
    shares = figures.region_shares((b.text for b in document.blocks), [r.region for r in regions])
    regions = tuple(replace(r, share_pct=shares.get(r.region)) for r in regions)

    if not (cagrs or sizes or segments or players or forecast):
        return ParseFailure(
            f"not a market release: names the {market} market but states no forecast, figures, segments or players"
        )

    publisher = metadata.publisher(document.meta, url, document.links)
    block_texts = [b.text for b in document.blocks]
    report = metadata.report_id(document.links, publisher, block_texts)
    return ReleaseFacts(
        title=document.title or market,
        market=market,
        publisher=publisher,
        research_firm=metadata.research_firm(
            publisher,
            metadata.sells_reports(document.links, publisher),
            block_texts,
            market,
            document.meta.get("credited"),
            document.links,
        ),
        report_id=report,
        published=metadata.published_date(document.meta, block_texts[:_OPENING_BLOCKS]),
        url=canonical_url(page_url) if (page_url := document.meta.get("canonical") or url) else None,
        forecast_start=forecast[0] if forecast else None,
        forecast_end=forecast[1] if forecast else None,
        cagrs=cagrs,
        market_sizes=sizes,
        segments=segments,
        regions=regions,
        players=tuple(players),
        player_revenues=revenues,
        acronyms=tuple(metadata.acronyms([document.title or "", *block_texts]).items()),
        links=tuple(document.links),
    )


class _Lists:
    """What the page's sections list, in page order."""

    def __init__(self) -> None:
        self.segment_lists: list[list[Segment]] = []
        self.regions: list[RegionMention] = []
        self.players: list[Player] = []
        self.player_blocks: list[Block] = []


def _read_sections(blocks: list[Block], title: str | None) -> _Lists:
    lists = _Lists()
    for header, items in sections.by_dimension_statements(blocks):
        if header.kind == "segment":
            lists.segment_lists.append([Segment(header.dimension, item) for item in items])
        elif not lists.regions:
            lists.regions.extend(sections.region_items(Block("label", "regions"), [Block("item", i) for i in items]))
    for header, header_block, body in sections.sections(blocks, title):
        if header.kind == "segment":
            lists.segment_lists.append(sections.segment_items(header_block, body, header.dimension))
        elif header.kind == "region" and not lists.regions:
            lists.regions.extend(sections.region_items(header_block, body))
        elif header.kind == "players":
            lists.player_blocks.extend(body)
            if not lists.players:
                lists.players.extend(sections.player_items(header_block, body))
    return lists


def _players_from_prose(blocks: Iterable[Block]) -> list[Player]:
    """Players named in a sentence or snapshot row when no players section lists them."""
    for block in blocks:
        lowered = block.text.lower()
        if not any(noun in lowered for noun in vocab.PLAYER_NOUNS):
            continue
        names = sections.names_after_cue(block.text.replace(" | ", ": ", 1) if block.kind == "row" else block.text)
        if len(names) >= 2:
            return [Player(name) for name in names]
    return []


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


def _contract_dimensions(segments: list[Segment]) -> tuple[Segment, ...]:
    """Report the page's first product-like dimension as "type" and its application-like one
    as "application" (an end-user dimension stands in when there is none): the corpus convention."""
    dimensions = list(dict.fromkeys(s.dimension for s in segments))
    product_like = next((d for d in dimensions if d not in vocab.NON_PRODUCT_DIMENSIONS), None)
    application = next((d for d in dimensions if d in vocab.APPLICATION_DIMENSIONS), None)
    if application is None:
        application = next((d for d in dimensions if d in vocab.NON_PRODUCT_DIMENSIONS), None)
    renamed = []
    for segment in segments:
        dimension = segment.dimension
        if dimension == product_like:
            dimension = "type"
        elif dimension == application:
            dimension = "application"
        renamed.append(Segment(dimension, segment.label, segment.parent))
    return tuple(renamed)
