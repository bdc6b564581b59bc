"""Who published a release and what it is about: market, publisher, firm, ids, dates."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from functools import lru_cache
from urllib.parse import urlsplit

import tldextract
from dateutil import parser as date_parser

from pipelines.normalise.countries import country_of_its_people
from pipelines.normalise.text import to_ascii
from pipelines.parse import vocabulary as vocab
from pipelines.parse.figures import quotes_another_source
from pipelines.parse.lists import (
    REGION_WORDS,
    countries_named_in,
    is_region_name,
    names_one_country,
    split_last_and,
    split_top_level,
)
from pipelines.parse.numbers import YEAR_LIKE, mentions_money
from pipelines.parse.regions import region_with_countries
from pipelines.parse.screens import Screened
from pipelines.parse.sections import dimension_header, segment_with_children, singular
from pipelines.records import RegionMention, Segment

_NAME_BEFORE = (
    r"(?:^|[:|]\s*|\b(?i:the|global|worldwide)\s+)(?:(?i:global|worldwide)\s+)?[\"“']?"
    r"(?P<name>(?:[A-Z0-9]|[a-z](?=[A-Z]))[^:|\"“”·•]{0,120}?)[\"”']?\s+"  # "eVTOL Aircraft", "mRNA Vaccines"
)
# not "Fenbrook Market Intelligence", nor a firm's site "BENGAL RESEARCH BUREAU - Market Research | Consulting"
_TWO_NAMED_ITEMS = re.compile(r"[A-Z][\w/-]*(?: [A-Z][\w/-]*)* and [A-Z][\w/-]*(?: [A-Z][\w/-]*)*")
_SIZED_WITHIN = 30  # characters after "market" in which an amount sizes it
_STUDY_OF = re.compile(r"\b(?:study|report|analysis|research)\s+(?:of|on|into)\s+the\b", re.I)
_CREDIT_LINE = re.compile(r"^\W*(?:sources?|credit|via)\s*:", re.I)
# "Penrose Gate Market Data | Insights", "Kelby Market Research, 2025", a masthead's "SAIGON MARKET LEDGER": a firm's
# or a publication's name before a separator or the line's end; "a study by the Hamburg market research firm X"
_NOT_A_FIRMS_NAME = (
    r"(?!\s+(?:" + "|".join(vocab.FIRM_ONLY_WORDS) + r")\b"
    r"|\s+(?i:research|data|ledger|watch|journal|gazette|herald|monitor|times|observatory)\s*(?:[|,·:]|$)"
    r"|\s+(?i:research\s+(?:firm|company|agency|institute|house|group|consultancy|specialist))\b"
    r"|\s+Research\s+(?!and\b|to\b|for\b|by\b)[a-z])"  # "the release from Kaveri Market Research over the weekend"
)
# "X Market" anywhere in the opening is a surer name than "X Industry" (a site called "Flow Meter Industry Watch").
# Last, a wire's "Streaming Analytics Forecast Report 2025: A $7.75+ Billion Market by 2030".
# not "market-talk", nor a street's "2200 Market St, Philadelphia"
_NAME_BEFORE_MARKET = Screened(
    re.compile(  # nor "a few market reports land in my inbox", "the Cornwall-based market analysts"
        _NAME_BEFORE
        + r"(?i:market)\b(?!-|\s+(?:St|Street|Square|Sq|Place|Road|Rd|Avenue|Ave)\b"
        + r"|(?<=market)\s+(?:reports?|analysts?|researchers?|watchers?|observers?)\b)"
        + _NOT_A_FIRMS_NAME
    ),
    needles=("market",),
)
_MARKET_NAMES = (
    # "The global market for Lithium Hydroxide was valued at ...": a report series' own wording, named after "for"
    re.compile(r"^The global market for (?P<name>[A-Z][\w&' -]{2,60}?) (?=(?:was|is|stood|reached)\b)"),
    _NAME_BEFORE_MARKET,
    re.compile(_NAME_BEFORE + r"(?i:industry)\b"),
    # "Türkiye automotive aftermarket to grow 7.4% a year": a market whose own name ends in the word
    re.compile(_NAME_BEFORE + r"(?P<word>(?i:aftermarket))\b"),
    re.compile(_NAME_BEFORE + r"(?i:forecast\s+report|forecasts?\s+(?:from|to|for)\s+20\d\d)\b"),
)
# A text copy's breadcrumb, its links' words glued: "HomeFood & BeveragesNutraceuticalsBee Pollen"
_GLUED_CRUMB = re.compile(r"(?<=[a-z])(?=[A-Z])")
_FORECAST_HEADLINE = re.compile(
    r"^(?P<name>[A-Z0-9][\w&'’/ -]{2,80}?)\s+"
    r"(?i:(?:(?:is\s+|are\s+)?(?:set|expected|projected|forecast|poised)\s+)?to\s+(?:hit|reach|top|surpass|exceed|cross|touch))\b"
)
_SENTENCE_WORDS = 6
# "Packaged coconut water market in India to hit ...": the place a market is in, after its name
_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\b")
# A page speaking of its own study: a government brief's, a trade body's or a boutique's with no credit line.
_OWN_STUDY = re.compile(
    r"\b(?:our|this)\s+(?:study|brief|bulletin|report|analysis|analysts|estimates?|model|survey|research|team)\b"
    r"|\bthe\s+(?:association|federation|chamber|council|observatory|unit|agency|bureau|ministry|institute)(?:'s)?\s+"
    r"(?:estimates|projects|expects|forecasts|values|puts|study|brief|analysis|survey)\b"
    r"|\bwe\s+(?:expect|estimate|forecast|project|value|put|model)\b|\bby\s+our\s+(?:reckoning|estimates?|count)\b",
    re.I,
)
# "StraitsMetric values the ...", "Caracas-based Analítica Caribe estimates that ...", "Lindqvist & Roux forecasts",
# "Incalytics' latest study sizes": a name, then its estimate
_NAME_ESTIMATES = Screened(
    re.compile(
        r"(?:[\w-]+-based\s+)?(?P<name>[A-Z][\w&'’.]*(?:\s+&?\s*[A-Z][\w&'’.]*){0,3})"
        r"(?:\s+|(?:'s?|’s?)\s+(?:latest\s+|new\s+)?(?:study|report|analysis|estimate)\s+)"
        r"(?:values|estimates|expects|forecasts|puts|projects|sizes|sees|models)\b"
    ),
    needles=("values", "estimates", "expects", "forecasts", "puts", "projects", "sizes", "sees", "models"),
)
# "Museum digitisation robotics: a US$ 41.7 million market by 2030": the name, then what its market will be worth
_SIZED_HEADLINE = re.compile(
    r"^(?P<name>[A-Z0-9][\w&'’/ -]{2,80}?)(?::\s+"
    # "Agricultural drones: Quillfeather sees a $14.2B market by 2032", the firm seeing it named first
    r"(?:[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}\s+(?:sees|puts|forecasts|expects|projects|eyes)\s+)?"
    # "Veterinary telehealth to be a £2.36bn market by 2030, says Thistlegate"
    r"|\s+(?:(?:is\s+)?(?:set|expected|projected|forecast|poised)\s+)?to\s+become\s+|\s+(?:to|will)\s+be(?:come)?\s+)"
    r"an?\s+[^:]{3,40}?\s(?i:market|industry)\s+by\s+\d{4}"
)
_AMOUNT = re.compile(r"[$€£]|\bUSD\b|\d\+?\s*(?i:billion|million|trillion|bn|mn)\b")  # "A $7.75+ Billion" names none
# A headline's words before the market: "Study Sees Rapid Growth Ahead for Solid State Battery Market".
# "Study Sees Rapid Growth Ahead for Solid-State Battery", "Opportunities in the Biochar": a headline's lead-in.
# "in" without "the" joins a name ("Artificial Intelligence in Accounting", "IoT in Agriculture").
# "Benchmark International Unveils the 2024 Global Consumer, Food & Retail Industry Report": a firm's verb.
_HEADLINE_LEAD = re.compile(
    r"\s(?:for|on|about|across|in(?=\s+the\b)|(?i:unveils|releases|publishes|launches)(?=\s+(?:the|its|(?:19|20)\d\d)\b)"
    r"|(?i:releases|publishes|puts|values|sizes)(?=\s+[A-Z0-9])"  # "Bramcote Insights Releases Zinc Oxide Market ..."
    r"|(?:says|expects|forecasts|predicts)(?=\s+[A-Z0-9])"  # "Heliant Research says EV charging station market hits"
    # "Glacierra Opens Tennessee Plant as Cold Plunge Tub Market Heads ...", not "Software as a Service"
    r"|(?i:as|amid|while)(?!\s+(?i:an?)\s))\s+"
    r"(?:(?:the|its)\s+)?(?:(?:19|20)\d\d\s+)?(?i:global\s+)?(?=[A-Z0-9])"
)
# "Portland research firm sees mass timber", "FORECASTER SEES MARKET", "New study sizes biodegradable mulch film"
_SEES = re.compile(
    r"(?:^|\s)(?i:sees|eyes|says|said|predicts)(?:\s|$)|\b(?i:study|report|survey|analysis)\s+(?i:sizes|puts|values|pegs)\s"
)
_NOT_A_NAME_END = frozenset(
    {"new", "latest", "recent", "updated", "annual", "full", "current", "this", "our", "their", "its", "the", "a", "an"}
    | {"daily", "weekly", "monthly", "quarterly"}  # "Weekly Market Scan": a meeting's or a newsletter's
    | {"into", "of", "in", "on", "for", "to", "with", "about", "across"}
    | {"as", "amid", "while"}  # "... Launches Aurelis 300 Cryo-EM Platform as Market Grows at 12.1% CAGR"
)  # "How the market breaks down", "an analysis of the current market trends", "insights into market dynamics"
_MARKET_IN_PROSE = re.compile(
    r"\b(?i:the)\s+(?P<global>(?i:global|worldwide)\s+)?"
    r"(?P<name>(?:(?:[A-Z]\.){2,}\s)?[A-Za-z0-9][\w\-'’ ]{2,60}?)\s+(?i:market)\b"  # "the U.S. craft beer market"
)
# "the overall market", "the same market": words that open no market's name
_NOT_A_NAME_START = frozenset(
    {"overall", "entire", "whole", "total", "same", "broader", "wider", "this", "that", "our"}
)
# A sentence's lower-case words before "the global": "research suggesting that the global drone market".
_PROSE_BEFORE_ARTICLE = re.compile(
    r"\b[a-z]{4,}\b.*\s(?:the\s+)?(?i:global|worldwide)\s|,\s+the\s+(?i:global|worldwide)\s"
)  # "... suggesting that the global drone", "According to Thrimby Agri Insights, the global robotic milking"
# "Our latest study sizes the modular cleanroom", "X has put out its new agricultural drones"
# "... published on Tuesday, the Germany Bicycle Leasing": a clause before the name's article
_PROSE_BEFORE_THE = re.compile(r"\b[a-z]{4,}\b.*\sthe\s|\b[a-z]{2,}\s+(?:its|their)\s|,\s+the\s")
_HEADLINE_ADJECTIVE = re.compile(r"^(?:" + "|".join(vocab.HEADLINE_ADJECTIVES) + r")\s+(?=\S)", re.I)
_TRAILING_GLOBAL = re.compile(r"\s+(?i:global|worldwide)$")
_ANY_ARTICLE = re.compile(
    r"\b(?:the|global|worldwide|(?:its|their)(?:\s+(?:new|latest|recent|updated|annual))*)\s+", re.I
)
_SPACED_DASH = re.compile(r"\s[—–-]\s")
_BREADCRUMB = re.compile(r"\s[>›»]\s")
_CALLED_GLOBAL = re.compile(r"\b(?i:global|worldwide)\s+(?=[a-z0-9])")
_LAST_ARTICLE = re.compile(r"\b(?i:the|global|worldwide)\s+(?=[A-Z0-9])")
_QUESTION_LEAD = re.compile(
    r"^(?:why|how|what(?:'s)?|where|when|who|is|are|will|can|does|should)\b.{0,40}\bthe\s+", re.I
)
# "1/7 Global Vinyl Record Market ...": a thread's post counter, then a headline's generic words
# "TI  - Neonatal Incubators Market ...": a reference record's field tag
_LEAD_NOISE = re.compile(
    r"^(?:\d{1,2}/\d{1,2}\s+|(?-i:[A-Z][A-Z0-9])\s+-\s+"
    r"|(?:the|global|worldwide|news bulletin|press release|report)\b[\s:]*)",
    re.I,
)
_TITLE_GROUP = re.compile(r"\b(?i:by)\s+(?P<dim>[A-Z][\w\-&/ ]{0,40}?)\s*(?P<open>[(\[{])")
# "; By System: HVAC Control, Lighting Control;" up to the next ";", a dash before "Global Forecast", or the end.
_TITLE_COLON_GROUP = re.compile(
    r"\b(?i:by)\s+(?P<dim>[A-Z][\w\-&/ ]{0,40}?):\s*(?P<items>[^;:|—–]+?)\s*(?=;|\s[—–-]\s|$)"
)
# "/reports/construction-sealants-market-2004": a report's own page numbered like a year no forecast names.
_NUMBERED_LIKE_A_YEAR = re.compile(
    r"/reports?/[a-z0-9-]+-(?:19\d\d|20[01]\d|20[5-9]\d)(?:[/?#]|$)"
    r"|/(?:sample|request-sample|sample-request|purchase|buy-now|checkout)/\d{4}(?:[?#]|$)"  # ".../request-sample/2041"
)
_NEXT_GROUP = re.compile(  # after a comma, an "and" or a bar: "Resin Type [A, B] | Application [C, D]"
    r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+\|\s+)(?!(?i:by)\s)(?P<dim>[A-Za-z][\w\-&/ ]{0,30}?)\s*(?P<open>[(\[{])"
)
_VERSUS = re.compile(r"\s+(?:v/s|vs\.?)\s+", re.I)
_SEGMENTS_LABEL = re.compile(r"\bsegment(?:s|ation)\b", re.I)
_LABELLED_GROUP = re.compile(r"(?:^\s*|[;,]\s*)(?:and\s+)?(?P<dim>[A-Z][\w\-&/ ]{0,30}?)\s*(?P<open>\()")
# "groups the sector by growing technology – hydroponics, aeroponics and aquaponics – and by crop type – ...":
# dashes around a group's items, as brackets elsewhere.
_DASHED_GROUP = re.compile(
    r"\bby\s+(?P<dim>[a-z][\w\-&/ ]{0,30}?)\s+[–—]\s+(?P<items>[^–—()]+?,[^–—()]+?)\s*(?:[–—]|(?=\.\s|\.$))"
)
_GROUP_MARKS = ("(", "[", "{", "–", "—")
_PROSE_GROUP = re.compile(r"\bby\s+(?P<dim>[a-z][\w\-&/ ]{0,30}?)\s*(?P<open>[(\[{])", re.I)
_ACRONYM = Screened(
    re.compile(r"(?<=\s)\(([A-Z][A-Za-z]{1,7})\)"),
    needles=(r"\(",),
)
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_BYLINE = re.compile(
    r"\b(?:published|posted|updated|release date|date)\s*(?:on)?\s*[:\-]?\s*"
    rf"(\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})",
    re.I,
)
# "Report ID:", "Product code:", "Study ref.", "Ref. QR-LOG-0912"; a bare "ID:" is as often a wire's release number
_REPORT_ID_LINE = Screened(
    re.compile(
        # "The report (ID: HI-HX-4471) notes ..."
        r"(?:\b(?i:(?:report|product|study)\s*\(?(?:(?:id|code|no\.?|number|ref(?:erence)?\.?)(?:\s*\([^()]{1,10}\))?"
        r"(?:\s*[:#|]){0,2}|#)|ref(?:erence)?(?:\s*(?:no\.?|code|id))?\s*[:#.]))"  # "Report #CVI-LS-5520"
        # "WDP-1187-MT": a code may end in letters; a copy may glue the next key to it ("VA-MD-6614Published Date");
        # "FB 7734": a series and its number
        r"\s*([A-Z]{2,5} \d{3,9}\b|[A-Z0-9][A-Z0-9\-/]{2,20}[0-9](?:-[A-Z]{1,4})*)(?:\b|(?=[A-Z][a-z]))"
    ),
    needles=("report", "product", "study", "ref"),
)
# A fact box's bare key: "Code | OA-FT-2506", "Reference OMB-HPC-25-041"
_KEYED_REPORT_ID = re.compile(
    r"^(?i:code|reference|ref\.?)(?:\s*[:|#])?\s*([A-Z]{2,5}-[A-Z0-9][A-Z0-9\-/]{1,20}[0-9])$"
)
_MARKET_SLUG = re.compile(r"([a-z][a-z0-9-]*?)-market\b")  # ".../precision-irrigation-market-4471655"
# "report WDP-1187", "Study ND-LOG-0931", "Brief RF-DN-25-064", "REPORT · MV-SC-1190", "Report TR/AH/0912", "The
# study, catalogued as STASA-MR-07, finds", "Its report, coded AA-MD-0618, frames"
# "Research note QHD-NE-250721", "Reference CVI-EN-2291", "No. SVR-2509-AUT14", "Sector Brief No. KATE/SB/2026/07"
_CODE = r"[A-Z]{2,5}(?:[-/][A-Z]{2,5})*[-/]\d{2,9}(?:[-/](?:\d{1,9}|[A-Z]{1,5}\d{0,4}))*"
_REPORT_CODE = re.compile(
    rf"\b(?:(?i:report|study|brief|note|reference|no\.)\s*·?\s*(?i:no\.\s*)?({_CODE})"
    rf"|(?i:catalogued\s+as|cataloged\s+as|coded)\s+({_CODE}))\b"
)
_FIRM_WORDS = "|".join(w.capitalize() for w in vocab.RESEARCH_FIRM_WORDS)
_KNOWN_FIRMS = "|".join(re.escape(name) for name in vocab.KNOWN_RESEARCH_FIRMS)
# A capitalised word of a name; Title Case headlines capitalise the words around it ("Finds The Study Of X"), and
# "Pune-based Nandadevi Insights" says where the firm is.
_NAME_WORD = (
    r"(?!(?:Of|By|To|The|And|At|In|For|From|With|On|Says|Reveals|Finds|Report|Study)\s|[\w&]+-based\s)"
    r"[A-Z](?:[\w&\-]*[\w&])?"  # no word ending in a dash: "(GMP- Crestmoor Data Partners)"
)
# "Transparency Market Research", "Fior Markets", "MarketsandMarkets", "Voss & Ridley Market Intelligence",
# "Kisaragi Research Institute"; a firm word before a name says what it is: "Consultancy Kestrelford Analytics" is
# Kestrelford Analytics.
_FIRM_NAME = re.compile(
    rf"\b(?P<name>{_KNOWN_FIRMS}|(?!(?:{_FIRM_WORDS})\s(?!{_FIRM_WORDS}))(?:{_NAME_WORD}\s(?:&\s)?){{1,3}}(?:{_FIRM_WORDS})"
    rf"(?:\sInstitute|\sGroup)?|[A-Z][a-z]+(?:and|&)?(?:{_FIRM_WORDS}))\b"
)
_MARKET_OR_GLOBAL = re.compile(r"\s(?:market|global)\s", re.I)
# "Saltcote Research's new numbers", "Sablecourt Research — Smart Parking Sensor Market"
_POSSESSIVE_LEAD = re.compile(r"^([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})(?:'s|’s)\s+(?=\S)")
_FIRMS_POSSESSIVE = re.compile(rf"\b(?:{_FIRM_WORDS})(?:(?:'s|’s|'|’)\s+|\s+[—–-]\s+)")
# "It put the market at ...", "The firm expects ...": an estimate by whoever the sentence before named.
_ESTIMATE_OF_THE_LAST_NAMED = re.compile(
    r"(?:It|They|The (?:firm|house|consultancy|group|analysts?|latter))\s+(?:also\s+)?"
    r"(?:puts?|put|forecasts?|expects?|estimates?|sees?|values?|projects?|pegs?|pegged|predicts?|reckons?|sizes?)\b"
)
# A site's desk or the site itself: "Tidereach Biz Markets Desk", "Gulf Markets Portal provides the information".
_DESK_AFTER = re.compile(
    r"\s+(?i:desk|news\s?desk|newsroom|editorial|staff|bureau|portal|hub|daily|weekly|news|wire|journal|times)\b"
)
# "the revised Personal Data Protection Law", "Srbija Data Centar d.o.o.": words that go on into a law's name or
# an operator's
_NAME_GOES_ON = re.compile(r"\s+(?:Protection|Act|Law|Regulation|Directive|Bill|Code|Cent(?:er|re|ar)s?)\b")
_FIRM_WORD = re.compile(f"{_FIRM_WORDS}|{_KNOWN_FIRMS}")  # a cheap screen: most blocks name no firm
_REPORT_SEGMENT = re.compile(r"/(?:" + "|".join(re.escape(s) for s in vocab.REPORT_PATH_SEGMENTS) + r")(?:/|$)")
_REPORT_ID_PATTERNS = tuple(re.compile(p) for p in vocab.REPORT_ID_PATTERNS)
# an advert's number, or a story's in its share and comment links ("/share/email?id=889214", "/comments/889214")
_AD_LINK = re.compile(
    r"^https?://(?:ads?|adserver|banners?)\.|/(?:click|adclick|banner|redirect|share|comments?|print|out|report-abuse)"
    r"(?:[/?]|$)",
    re.I,
)
_THREE_DIGITS = re.compile(r"\d{3}")  # every report-id pattern needs them: most links are skipped at once
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]")
_ARCHIVE_PATH = re.compile(r"/(?:category|categories|tag|tags|topic|topics|section|archive)/")
_ACCORDING_TO = re.compile(r"\baccording to (?:the\s+)?((?:[A-Z][\w&\-]*\s?){1,5})")
# "www.trevanionmarsh.co.uk" written out in a handout or a wire's boilerplate: the firm's site, unlinked.
_SITE = re.compile(r"\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.I)
# "released by Trevanion Data Labs", "Source: Penvellyn Data": a credited name, whatever its words.
_CREDITED_NAME = re.compile(r"\b(?:by|from|according to|Source:)\s+((?:[A-Z][\w&\-]*\s?){1,4})")
# A report store's product header names the firm that wrote the report: "Publisher: Nordhaven Analytics Published:
# 2025-05-06", "Publisher | Westmarch Data Partners", "Publisher: Penrose Quay Analytics · Pages: 203".
_STORE_PUBLISHER = re.compile(
    r"^Publisher\s*(?::\s*\|?|\|)\s*(?P<name>[A-Z][^|·•]{2,60}?)\s*(?=[|·•]|\s(?:Report\s)?[A-Z]\w+:|$)"
)
# "according to X", "a study by consultancy X", "said analysts at research firm X"; a release "distributed by"
# a site is carried by it, not credited to it
_CREDIT_CUE = re.compile(  # "published last week by Copenhagen-based Ostvald Market Research"
    r"\b(?:(?<!distributed )(?<!syndicated )by|from|according to|per|says|said|at)\s+(?:the\s+)?(?:[\w&]+-based\s+)?"
    r"(?:(?:research\s+|consulting\s+)?(?:consultancy|firm|house|company|group)\s+)?$",
    re.I,
)

# ", Tolmarsh Insights said", "Apex Horizon Consulting has released its ... report": credits after the name.
_SAID_AFTER = re.compile(r"\s+(?:said|says|stated|noted|estimates|reported|(?:has\s+)?(?:released|published))\b")


@lru_cache(maxsize=1)
def _domains() -> tldextract.TLDExtract:
    # The bundled public-suffix snapshot: never fetch the list at run time. Its private section counts too:
    # a blog on blogspot.com or wixsite.com is a site of its own, not the platform.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


@lru_cache(maxsize=8192)
def registrable_domain(url: str) -> str | None:
    """example.co.uk for https://www.example.co.uk/x?utm_source=y (tracking never matters)."""
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return _domain_of_host(host) if host else None


@lru_cache(maxsize=4096)
def _domain_of_host(host: str) -> str | None:
    # Pages repeat the same few hosts many times; the suffix lookup is the slow part.
    return _domains()(host).top_domain_under_public_suffix.lower() or None


def market_name(title: str | None, first_sentences: Sequence[str], max_words: int = 12) -> str | None:
    """The market as the page names it, without "Global" and "Market"."""
    texts = ([title] if title else []) + list(first_sentences)
    for pattern in _MARKET_NAMES:
        for index, text in enumerate(texts):
            if _CREDIT_LINE.match(text):  # "Source: Larchmere Market Insights" names the firm
                continue
            match = pattern.search(text)
            name = _name_in(match, max_words)
            if name and "word" in pattern.groupindex:
                name = f"{name} {match.group('word')}"
            if name and (place := _PLACE_AFTER.match(text, match.end())) and _names_a_place(place.group(1)):
                name = f"{place.group(1)} {name}"  # "Packaged coconut water market in India": India's market
            if name:
                return _without_headline_lead(name, texts[1:5]) if index == 0 and title else name
    return None


def as_the_body_names_it(name: str, title: str | None, sentences: Sequence[str]) -> str:
    """The market a headline names, as the body's sentences name it: without the headline's own words before it
    ("Kasumi Research Surveys the AC Servo Motor"), by its country's name ("German ...")."""
    from_title = bool(title) and name.lower() in title.lower()
    name = in_the_countrys_name(_without_headline_lead(name, sentences) if from_title else name, sentences)
    return _in_full_for_its_acronym(_in_full_after_its_place(name, sentences), sentences)


def _in_full_for_its_acronym(name: str, sentences: Sequence[str]) -> str:
    """ "HEMS market forecast to hit USD 7.9 Bn" in a headline is the "Home Energy Management Systems" market the
    body names: the name whose words' initials spell the acronym. So is an acronym that opens the name: "PNG coffee
    market" is the body's "Papua New Guinea Coffee"."""
    acronym, _, rest = name.partition(" ")
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return name
    spelled = (
        full
        for full in _names_before_market(sentences, 8 + len(rest.split()))
        if full.lower().endswith(rest.lower())
        and "".join(w[0] for w in full[: len(full) - len(rest)].split()).upper() == acronym
    )
    return next(spelled, name)


def _in_full_after_its_place(name: str, sentences: Sequence[str]) -> str:
    """ "Hoshino sees Japan market tripling" in a headline names only where the market is: the body's "the Japan
    care robot market" names the market; so does its "Australia home battery storage market" after the headline's
    "Australian market"."""
    if is_region_name(name) or countries_named_in(name) == [name]:
        place = name
    else:
        place = vocab.REGION_ADJECTIVES.get(name.lower()) or country_of_its_people(name)
    if not place:
        return name
    named = _names_before_market(sentences, 12)
    return next((opening for opening in named if opening.lower().startswith(f"{place.lower()} ")), name)


def _names_before_market(sentences: Sequence[str], most_words: int) -> Iterator[str]:
    """Every name the sentences give before "market", in order, read lazily: the body's names for the market."""
    return (
        name
        for sentence in sentences
        for match in _NAME_BEFORE_MARKET.finditer(sentence)
        if (name := _name_in(match, most_words))
    )


def in_the_countrys_name(name: str, sentences: Sequence[str]) -> str:
    """ "German industrial wastewater treatment equipment" in a headline is the "Germany Industrial Wastewater
    Treatment Equipment" market the opening names: a market of one country goes by the country's name."""
    people, _, rest = name.partition(" ")
    if not rest or not people[:1].isupper() or _names_a_place(people):
        return name
    for opening in _names_before_market(sentences, 12):  # "Tala Market Insights" may come first
        place = opening[: -len(rest)].strip() if opening.lower().endswith(f" {rest.lower()}") else ""
        if place and place[:3].lower() == people[:3].lower() and names_one_country(place):
            return opening
    return name


def _without_headline_lead(name: str, sentences: Sequence[str]) -> str:
    """ "Screw caps tighten their grip as wine closures" in a headline is the "wine closures" market the
    opening sentence names: the headline's own words before it are no part of the name. So are a Title Case
    headline's up to its verb ("Battery-Electric Fleets Push Underground Mining Equipment")."""
    for sentence in sentences:
        opening = _name_in(_NAME_BEFORE_MARKET.search(sentence), 8)
        lead = name[: len(name) - len(opening)] if opening and name.lower().endswith(f" {opening.lower()}") else ""
        words = lead.split()
        if words and (any(word.islower() for word in words) or words[-1].lower() in _HEADLINE_VERBS):
            return opening
    return name


# A Title Case headline's verb before the market it acts on ("Shelf-Stable Meals Lift Retort Pouches Market")
_HEADLINE_VERBS = frozenset(
    {"push", "pushes", "lift", "lifts", "boost", "boosts", "drive", "drives", "propel", "propels", "fuel", "fuels",
     "spur", "spurs", "power", "powers", "reshape", "reshapes", "projecting", "forecasting", "welcomes"}
)  # fmt: skip


def _names_a_place(text: str) -> bool:
    return names_one_country(text) or is_region_name(text)


def _without_places_possessive(name: str) -> str:
    """ "Australia's caravan and motorhome" is the Australia caravan and motorhome market: a place's possessive, the
    place maybe a part of a region ("Southeast Asia's")."""
    place = _POSSESSIVE_LEAD.match(name)
    if place and (REGION_WORDS.match(place.group(1).split()[-1]) or names_one_country(place.group(1))):
        return f"{place.group(1)} {name[place.end() :]}"
    return name


def market_in_a_forecast_headline(title: str | None, sentences: Sequence[str] = ()) -> str | None:
    """ "Cross-Border B2B Payments to Hit US$ 56.1 Trillion by 2030": a headline forecasting what it names, with no
    word "market" after its name ("Museum digitisation robotics: a US$ 41.7 million market by 2030" too); the name is
    its subject, in title case or named again in the text ("Molded pulp packaging to reach US$ 7.9 billion by 2031"
    over "Global demand for molded pulp packaging will climb ...")."""
    found = (
        (_FORECAST_HEADLINE.match(title) or _SIZED_HEADLINE.match(title)) if title and _AMOUNT.search(title) else None
    )
    name = found.group("name").removeprefix("Global ").strip() if found else ""
    words = name.split()
    titled = all(w[:1].isupper() or w[:1].isdigit() or w in ("&", "and") for w in words)
    named_again = any(name.lower() in sentence.lower() for sentence in sentences)
    return name if 1 <= len(words) <= 6 and (titled or named_again) else None


def market_named_in_prose(sentences: Sequence[str]) -> str | None:
    """The market a page's sentences name most often ("the dental 3D printing market"), at least twice, or once
    when called global ("values the global functional mushroom market at"), when sized right after ("pegs the
    Saskatchewan on-farm grain storage market at $1.12 billion") or when a study of it is cited ("has published its
    annual study of the navigation buoys market"): the name of a page whose headline and opening name none (a blog
    post's chrome and anecdote come first)."""
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for sentence in sentences:
        for match in _MARKET_IN_PROSE.finditer(sentence):
            name = _ANY_ARTICLE.split(match.group("name"))[-1].strip()  # "report on the dental 3D printing"
            words = name.split()
            if not words or len(words) > 5 or words[0].lower() in _NOT_A_NAME_START:
                continue
            # "pegs the X market at $1.1 bn": an amount right after the name sizes it
            sized = mentions_money(sentence[match.end() : match.end() + _SIZED_WITHIN])
            counts[name.lower()] += 2 if match.group("global") or sized or _STUDY_OF.search(sentence) else 1
            spelled.setdefault(name.lower(), name)
    if not counts:
        return None
    key, count = counts.most_common(1)[0]
    return spelled[key] if count >= 2 else None


def _name_in(match: re.Match[str] | None, max_words: int) -> str | None:
    if match and match.group("name").rstrip().endswith((">", "»", "›")):  # "Board index > Trade > Market reports"
        return None  # a breadcrumb whose own page is "Market ..."
    if match:
        name = _QUESTION_LEAD.sub("", match.group("name").strip(" -–:|\"'“”"))  # "Why Is the X Market Growing?"
        name = _without_lead_noise(name)
        name = _HEADLINE_LEAD.split(name)[-1].strip()
        name = _SEES.split(name)[-1].strip()
        name = _BREADCRUMB.split(name)[-1].strip()  # "Home > Energy > Vanadium Redox Flow Battery Electrolyte"
        name = _SPACED_DASH.split(name)[-1].strip()  # "Digest #212 — Returnable Transport Packaging"
        name = _without_lead_noise(name)  # after a dateline: "San Francisco — The global eVTOL aircraft"
        glued = _GLUED_CRUMB.split(name) if name.startswith("Home") else []  # "HomeFood & BeveragesBee Pollen"
        name = glued[-1] if len(glued) >= 3 else name
        name = _FIRMS_POSSESSIVE.split(name)[-1].strip()  # "Ellerby Analytics' Sustainable Aviation Fuel"
        name = _TRAILING_GLOBAL.sub("", name)  # "Data Center Accelerator Global Market Report"
        name = _without_places_possessive(name)  # "Australia's Caravan and Motorhome"
        short = len(name.split()) <= max_words  # a long lead-in's name must be capitalised (below)
        if name[:1].islower() or _PROSE_BEFORE_ARTICLE.search(name) or short and _PROSE_BEFORE_THE.search(name):
            # prose: "new numbers on the electric boat", "With research suggesting that the global drone"
            name = _ANY_ARTICLE.split(name)[-1].strip()
        name = _HEADLINE_ADJECTIVE.sub("", name)  # "Expands in the Booming Cosmetic Healthcare Market"
        if len(name.split()) > max_words:  # "A new study from X sizes the global EV Thermal Management market"
            name = _LAST_ARTICLE.split(name)[-1].strip()
            called_global = _CALLED_GLOBAL.split(name)  # "According to X, the global robotic milking systems"
            if len(called_global) > 1 and len(called_global[-1].split()) <= max_words:
                name = called_global[-1].strip()
            elif not all(word[:1].isupper() or word[:1].isdigit() for word in name.split()):
                return None  # "... our stall at the Saturday farmers market": a name in prose is capitalised
        if all(word in vocab.MARKET_DESCRIPTORS or word in ("a", "an") for word in name.lower().split()):
            return None  # "Europe remained the largest regional market", "A growing market"
        if name.split()[-1:] and name.split()[-1].lower() in _NOT_A_NAME_END:  # "Kelderwick's new market report"
            return None
        if name.endswith((",", "&")) or name.lower().endswith(" and"):  # "News, market numbers", "Mortar & Market"
            return None
        if _AMOUNT.search(name):
            return None
        if name and len(name.split()) <= max_words and re.search(r"[A-Za-z]", name):
            return name
    return None


def publisher(meta: dict[str, str], url: str | None, links: Sequence[str], sites: Sequence[str] = ()) -> str | None:
    """Registrable domain of the publishing site: canonical URL, then the page URL, then its links, then the hosts
    it writes out (a text export's "About Brightmoor Research (www.brightmoor-research.com)"), the most named."""
    for candidate in (meta.get("canonical"), url):
        if candidate and registrable_domain(candidate):
            return registrable_domain(candidate)
    for addresses in (links, [f"http://{site}" for site in sites]):
        domains = (registrable_domain(address) for address in addresses)
        counts = Counter(d for d in domains if d and d not in vocab.NON_PUBLISHER_DOMAINS)
        if counts:
            return counts.most_common(1)[0][0]
    return None


def report_id(
    links: Sequence[str],
    report_domains: Collection[str],
    texts: Sequence[str],
    market: str = "",
    aliases: Sequence[str] = (),
) -> str | None:
    """The id a "Report ID:" line (or key) states, else the id in report links to the publisher or the credited firm
    (most frequent), else a code the text calls a report ("report PLR-AG-0417"). A link whose slug names
    another market ("precision-irrigation-market-4471655" in a sidebar) is that market's report; the market's
    ``aliases`` (an acronym and its expansion) are its own."""
    # A key and its value may be two texts: a definition list's "Report code" over "BRI-DT-5512".
    keyed = (f"{key} {value}" for key, value in itertools.pairwise(texts) if len(key) <= 20)
    # a kicker's dotted facts: "Market Report · Code BI-HC-0925-114 · 3 September 2025 · 148 pp."
    dotted = (fact.strip() for text in texts if " · " in text for fact in text.split(" · "))
    lines = itertools.chain(texts, keyed, dotted)
    stated = next(
        (m.group(1) for text in lines if (m := _REPORT_ID_LINE.search(text) or _KEYED_REPORT_ID.match(text))), None
    )
    if stated:
        return stated
    ids: Counter[str] = Counter()
    for link in links:
        if not _THREE_DIGITS.search(link) or report_domains and registrable_domain(link) not in report_domains:
            continue
        if _AD_LINK.search(link):  # "ads.site.it/click?id=88213": an advert's number, or a shared story's
            continue
        if market and all(_names_another_market(link, name) for name in (market, *aliases)):
            continue
        for pattern in _REPORT_ID_PATTERNS:
            match = pattern.search(link)
            # "/reports/2024/...", "...-market-2030": a date, not an id
            if match and (not YEAR_LIKE.fullmatch(match.group(1)) or _NUMBERED_LIKE_A_YEAR.search(link)):
                ids[match.group(1)] += 1
                break
    if ids:
        return ids.most_common(1)[0][0]
    coded = (m for text in texts for m in _REPORT_CODE.finditer(text))
    # a catalogue entry's code, or a report's with three digits at least: not "report AB-12"
    return next((m.group(2) or m.group(1) for m in coded if m.group(2) or _digits(m.group(1)) >= 3), None)


def _digits(code: str) -> int:
    return sum(ch.isdigit() for ch in code)


def _without_lead_noise(name: str) -> str:
    """ "The global ...", "Press release: ...": two such leads may open a name, one after the other."""
    return _LEAD_NOISE.sub("", _LEAD_NOISE.sub("", name).strip()).strip()


def _names_another_market(link: str, market: str) -> bool:
    slug = _MARKET_SLUG.search(urlsplit(link).path.lower())
    if slug is None:
        return False
    # Words compared by their stems ("system" names "Systems"); a long name may lose up to half its words.
    named = {word[:5] for word in re.findall(r"[a-z]{3,}", slug.group(1))}
    own = {word[:5] for word in re.findall(r"[a-z]{3,}", market.lower())}
    return len(own - named) > (len(own) // 2 if len(own) > 2 else 0)


def research_firm(
    publisher_domain: str | None,
    sells_reports: bool,
    texts: Sequence[str],
    market: str,
    credited: str | None = None,
    links: Sequence[str] = (),
) -> str | None:
    """The firm credited for the figures.

    A firm the page's metadata credits (a citation's publisher) comes first, unless it is the site itself:
    a news card's own name says nothing of whose figures it carries. Then the
    publisher itself when the page names it as a firm, or when the site sells reports and no
    sentence credits another firm (a news site's "market-reports" section sells nothing); else
    the firm a sentence credits ("according to X Research"), else the first firm named.
    A name inside the market's own name ("Artificial Intelligence") is no firm. A firm
    the page links to is given as its domain, as the publisher is.
    """
    if credited and not same_firm(credited, publisher_domain):
        return _site_of(credited, links, texts)  # a citation's publisher other than the site: the firm behind it
    # Every firm name with the few words before it, read once: "according to X Research".
    # ", Tolmarsh Insights said in its latest report": a credit after the name.
    mentions = [
        (
            m.group("name"),
            bool(_CREDIT_CUE.search(text[max(0, m.start() - 40) : m.start()]) or _SAID_AFTER.match(text, m.end())),
            # "For comparison, figures published by Dunmore Chemical Research put ...": a second opinion's firm
            quotes_another_source(_sentence_before(text, m.start())),
        )
        for text in texts
        if _FIRM_WORD.search(text)
        for m in _firm_mentions(text, market)
    ]
    names = [name for name, _, another in mentions if not another]
    credits = [m.group(1) for text in texts if "ccording to" in text for m in _ACCORDING_TO.finditer(text)]
    cued = [name for name, credited_there, another in mentions if credited_there and not another]
    # "according to Quayside Market Data"; a news site named like a firm ("Kabutocho Report") that credits another
    # ("a report published on Monday by the Tsukimi Research Institute") carries that firm's figures
    own_credited = any(same_firm(name, publisher_domain) for name in [*cued, *credits])
    others_credited = [name for name in cued if not same_firm(name, publisher_domain)]
    own_named = any(same_firm(name, publisher_domain) for name in names) or _estimates_under_its_name(
        texts, publisher_domain
    )
    if own_credited or own_named and (sells_reports or not others_credited):
        return publisher_domain
    if publisher_domain and sells_reports and not cued:
        return publisher_domain
    chosen = (cued or names or [None])[0]
    if chosen:
        site = _site_of(chosen, links, texts)
        if site != chosen:
            return site
        # a firm named but never linked, where the page links another firm's report: that firm's figures
        return _linked_report_site(publisher_domain, links) or site
    if credited:
        return publisher_domain  # the citation credits the site itself, and no one else is
    own_study = _its_own_study(texts)
    return _credited_site(publisher_domain, links, texts) or (publisher_domain if own_study else None)


def _its_own_study(texts: Sequence[str]) -> bool:
    """ "The Federation estimates ...", "our analysts", "this brief", "we expect": a body's own study, crediting no
    firm, said in a sentence (a menu's "Our Research" says nothing). The site estimating by its name is
    ``_estimates_under_its_name``, read before."""
    return any(_OWN_STUDY.search(text) for text in texts if len(text.split()) >= _SENTENCE_WORDS)


def _sentence_before(text: str, at: int) -> str:
    """The words of its sentence before a name, 120 characters at most: the sentence before says nothing of it,
    unless the name opens its sentence after one that announces another source ("For context, some figures
    circulating are lower. Lindgate Advisors has put the market at ...")."""
    parts = _SENTENCE_END.split(text[max(0, at - 120) : at])
    announced = (
        len(parts) >= 2 and not parts[-1].strip() and any(c in parts[-2].lower() for c in vocab.OTHER_SOURCE_CUES)
    )
    return parts[-2] if announced else parts[-1]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z]|$)")


def _estimates_under_its_name(texts: Sequence[str], publisher_domain: str | None) -> bool:
    """ "Incalytics' latest study sizes the market" on incalytics.pe, "Caracas-based Analítica Caribe estimates ..." on
    analiticacaribe.com.ve: the site's own estimate, by its name."""
    return any(same_firm(m.group("name"), publisher_domain) for text in texts for m in _NAME_ESTIMATES.finditer(text))


def store_publisher(texts: Sequence[str]) -> str | None:
    """The firm a report store's product header credits ("Publisher: Nordhaven Analytics"): the store sells
    the report, the firm wrote it."""
    return next((m.group("name") for text in texts if (m := _STORE_PUBLISHER.match(text))), None)


def names_another_firm(sentence: str, own_firms: Sequence[str], publisher_domain: str | None, market: str) -> bool:
    """Whether a sentence credits its figure to a firm other than the page's own: "Halloran Street Analytics
    puts the market at GBP 4.6 billion" on a page whose figures are Peverell Brook's is a second opinion, kept
    out of this release's figures. A sentence that also names one of the page's own firms (or the site) is not."""
    if not own_firms or not _FIRM_WORD.search(sentence):
        return False
    named = _firms_named_in(sentence, market)
    return bool(named) and not any(
        same_firm(name, publisher_domain) or any(_is_the_firm(name, own) for own in own_firms) for name in named
    )


_SOURCE_NOUNS = "|".join(re.escape(noun) for noun in sorted(vocab.SOURCE_KINDS, key=len, reverse=True))
# Another source named by what it is: "a Zurich-based engineering consultancy", "one widely quoted US syndicator",
# "the industry body Heating Poland Forum", "the agronomy consultancy Agrivista", "an earlier industry estimate",
# "rival house Anselm & Pike", "researchers at Kelvane Group", "the estimate put out by Lyndale Partners".
_OTHER_SOURCE = re.compile(
    rf"\b(?:(?:an?|one|several|another|other)\s+(?:[\w&.'’-]+\s+){{0,4}}?(?:{_SOURCE_NOUNS})\b"
    rf"|\bthe\s+(?:[\w&.'’-]+\s+){{0,3}}?(?:{_SOURCE_NOUNS})\s+(?-i:[A-Z])"
    r"|the\s+(?:industry|trade)\s+(?:body|group|association)\b|\b(?:earlier|rival|another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:estimate|projection|forecast|figure|house|firm)\b"
    r"|\bresearchers\s+at\s+(?-i:[A-Z])|\b(?:put\s+out|published|issued)\s+by\s+(?-i:[A-Z]))",  # a named one
    re.I,
)
_COMPARING = Screened(
    re.compile(rf"\b(?:{'|'.join(sorted(vocab.COMPARING_WORDS))})\b", re.I),
    needles=vocab.COMPARING_WORDS,
)
# An estimate marked as another's by its own words: "a peer estimate", "A separate view from X sizes ...", "Some
# estimates, such as X's ...", "An industry-wide estimate by the salmon farmers' council puts ...", "the PKR 80 billion
# figure circulated last year by ...", "Larchmont Building Data, for instance, sizes the 2024 market at ...".
_ANOTHERS_ESTIMATE = Screened(
    re.compile(
        r"\b(?:rival|peer|separate|competing)\s+(?:[\w'’-]+\s+){0,2}?(?:estimates?|views?|figures?"
        r"|forecasts?|projections?|sizings?)\b|^some\s+estimates\b"
        r"|^an?\s+(?!new\b|latest\b|recent\b|updated\b)(?:[\w'’-]+\s+){0,2}?estimate\s+(?:by|from)\b"
        r"|\bfigure\s+(?:circulated|put\s+out)\b"
        r"|^(?-i:[A-Z])[^,]{2,60},\s+for\s+(?:instance|example),\s+"
        r"(?:sizes|sized|puts|put|values|valued|estimates|estimated|pegs|pegged|places|placed)\b",
        re.I,
    ),
    needles=("rival", "peer", "separate", "competing", "some", "estimate", "figure", "for instance", "for example"),
)


def quotes_another_estimate(sentence: str) -> bool:
    """ "By way of comparison, a Zurich-based engineering consultancy placed the 2024 market at USD 3.9 billion",
    "A Korean securities house has published a more conservative forecast of USD 6.2 billion": a figure of a source
    the sentence names by what it is and sets against this page's, a second opinion like a named firm's."""
    if _ANOTHERS_ESTIMATE.search(sentence):
        return True
    return _COMPARING.search(sentence) is not None and _OTHER_SOURCE.search(sentence) is not None


def credits_the_firm_before(sentence: str) -> bool:
    """ "It put the market at ...", "The firm expects ...": the estimate of the firm the sentence before names."""
    return _ESTIMATE_OF_THE_LAST_NAMED.match(sentence) is not None


def own_firms(
    research_firm: str | None, texts: Sequence[str], market: str, publisher_domain: str | None = None
) -> tuple[str, ...]:
    """The firms whose figures a page carries: the one it is credited to, and the first it names (which a
    second opinion, further down, never is), unless the page names its credited site's firm by words no firm word
    marks ("Lyndcrest Data has released ...", credited to lyndcrestdata.com) and the first firm named is
    another ("Merrow Tanner Advisory, which uses a narrower definition, puts ...")."""
    first = next(
        (
            names[0]
            for text in texts
            if _FIRM_WORD.search(text)
            and (names := _firms_named_in(text, market))
            and not _set_against_the_page(text, names[0], research_firm)
        ),
        None,
    )
    if (
        first
        and research_firm
        and research_firm != publisher_domain
        and _names_another_site(research_firm, first, texts)
    ):
        return (research_firm,)
    return tuple(firm for firm in (research_firm, first) if firm)


def _set_against_the_page(text: str, firm: str, research_firm: str | None) -> bool:
    """ "Tellmark Consulting has floated a more cautious 15.2%": a firm other than the credited one, its figure
    compared with the page's."""
    return _COMPARING.search(text) is not None and not (research_firm and _is_the_firm(firm, research_firm))


def _names_another_site(domain: str, firm: str, texts: Sequence[str]) -> bool:
    """Whether the texts name the site's firm ("Lyndcrest Data" of lyndcrestdata.com) and ``firm`` starts unlike it."""
    label = _squash(domain.split(".")[0]) if "." in domain else ""
    named = len(label) >= 6 and any(label in _squash(text) for text in texts)
    return named and not _squash(firm).startswith(label[:5])


@lru_cache(maxsize=1024)
def _firms_named_in(text: str, market: str) -> tuple[str, ...]:
    # read once a sentence: the firm a page is credited to, its own firms and each figure's second opinion ask
    return tuple(m.group("name") for m in _firm_mentions(text, market))


# "said Marcus Delaney, Director of Building Materials Research at Ditchling Data": a department, no firm.
_JOB_TITLE_BEFORE = re.compile(r"\b(?:Director|Head|Manager|President|Chief|Lead|VP|Officer)\s+(?:of\s+)?$")


def _firm_mentions(text: str, market: str) -> Iterator[re.Match[str]]:
    """Firm names in a text, but for the market's own name read as one ("Artificial Intelligence"), a
    heading's words before a firm word ("Key Market Insights") and a site's desk ("Tidereach Biz Markets Desk")."""
    return (
        m
        for m in _FIRM_NAME.finditer(text)
        if not _names_the_market(m.group("name"), market)
        and not _is_a_section_heading(m.group("name"))
        and not _DESK_AFTER.match(text, m.end())
        and not _NAME_GOES_ON.match(text, m.end())
        and not _JOB_TITLE_BEFORE.search(text, max(0, m.start() - 30), m.start())
    )


def _is_the_firm(name: str, firm: str) -> bool:
    """ "Tresswell & Hart" is the firm "Tresswell & Hart Consulting"; "Marrowgate Analytics" is marrowgate.com."""
    if "." in firm and " " not in firm:
        return same_firm(name, firm)
    shorter, longer = sorted((_squash(name), _squash(firm)), key=len)
    return bool(shorter) and longer.startswith(shorter)


def _linked_report_site(publisher_domain: str | None, links: Sequence[str]) -> str | None:
    """The other site whose report page (or sample request) the page links to."""
    for link in links:
        domain = registrable_domain(link)
        if domain and domain != publisher_domain and _REPORT_SEGMENT.search(urlsplit(link).path.lower()):
            return domain
    return None


def _credited_site(publisher_domain: str | None, links: Sequence[str], texts: Sequence[str]) -> str | None:
    """A firm whose name has no firm word ("Ashgrove Data Labs", "Fairholme Strategy Group"): the other site
    whose report page the page links to, else the site of a name a credit cue leads to ("released by X"), the
    publisher's own included."""
    found = _linked_report_site(publisher_domain, links)
    if found:
        return found
    others = [link for link in links if (domain := registrable_domain(link)) and domain != publisher_domain]
    sites = {d for d in itertools.chain(map(registrable_domain, others), _written_sites(texts)) if d}
    sites.discard(publisher_domain)
    for text in texts:
        for match in _CREDITED_NAME.finditer(text):
            words = match.group(1).split()
            for size in range(len(words), 0, -1):
                name = " ".join(words[:size])
                # "a new study from Harwick Bay Labs" on harwickbaylabs.com: its own ("By Pulso Económico staff" is
                # a byline)
                own = publisher_domain and match.group(0).lower().startswith(("from", "according"))
                if own and same_firm(name, publisher_domain):
                    return publisher_domain
                site = next((d for d in sites if same_firm(name, d)), None)
                if site:
                    return site
    return None


def _site_of(firm: str, links: Sequence[str], texts: Sequence[str]) -> str:
    """The firm's domain when the page links to its site or writes it out ("www.firm.co.uk"), else its name."""
    linked = (registrable_domain(link) for link in links)
    return next((domain for domain in itertools.chain(linked, _written_sites(texts)) if same_firm(firm, domain)), firm)


def _written_sites(texts: Sequence[str]) -> Iterator[str | None]:
    """Domains of sites written out in the text ("www.firm.co.uk"), unlinked."""
    return (_domain_of_host(m.group(0).lower()) for text in texts if "www." in text for m in _SITE.finditer(text))


def _is_a_section_heading(name: str) -> bool:
    """ "Key Market Insights", "Regional Insights": a heading's words before a firm word name no firm."""
    words = name.lower().split()
    return len(words) > 1 and all(word in vocab.SECTION_HEADING_WORDS for word in words[:-1])


def _names_the_market(name: str, market: str) -> bool:
    """ "Artificial Intelligence" (a firm word ends it), "Machine Learning Market Research" (the market's
    "Market Research Report"): the market's own name read as a firm's."""
    words = _MARKET_OR_GLOBAL.sub(" ", f" {name} ").lower().split()
    market_words = set(market.lower().split())
    return name.lower() in market.lower() or len(words) > 1 and all(word in market_words for word in words[:-1])


# A firm's kind written before its name, which its domain leaves out: "Consultora Litoral Datos" of litoraldatos.com.ar
_FIRM_KIND_OPENINGS = frozenset({"consultora", "consultoria", "consultoría", "grupo", "instituto"})


@lru_cache(maxsize=4096)
def same_firm(name: str, domain: str | None) -> bool:
    """ "Vantage Point Intelligence" is vantagepointintelligence.com; "Market.us" is market.us."""
    if not domain:
        return False
    kind, _, rest = name.partition(" ")
    return _same_firm(name, domain) or kind.lower() in _FIRM_KIND_OPENINGS and " " in rest and _same_firm(rest, domain)


def _same_firm(name: str, domain: str) -> bool:
    squashed, label = _squash(name), _squash(domain.split(".")[0])
    if squashed in (label, _squash(domain)):
        return True
    # "Halvorsen Research Partners" runs halvorsenresearch.com: one name starts the other.
    shorter, longer = sorted((squashed, label), key=len)
    if len(shorter) >= 8 and longer.startswith(shorter):
        return True
    # "Brightwater Market Research" runs brightwatermr.com, "Halvorsen Strategic Research" halvorsenresearch.com:
    # the first word, then the other words in order, each whole, as its initial, or left out.
    # "Larchwyn Market Analysis & Research" of larchwynmarc.com (whose name goes on, "... Consulting"): a short
    # rest of initials that the words after the first begin.
    words = [w for w in map(_squash, name.split()) if w]
    # "Vassilakis & Brandt Market Intelligence" runs vbmi-research.eu: every word's initial, then what it does
    if len(words) >= 3 and domain.split(".")[0].startswith("".join(word[0] for word in words) + "-"):
        return True
    # "Saigon Meridian Research" runs smresearch.vn: the first words' initials, then the rest spelled out
    if any(
        label.startswith("".join(word[0] for word in words[:count])) and _spelled_by(label[count:], words[count:])
        for count in range(2, len(words))
        if len(label) - count >= 3
    ):
        return True
    if len(words) < 2 or len(words[0]) < 5 or not label.startswith(words[0]) or len(label) == len(words[0]):
        return False
    rest = label[len(words[0]) :]
    initials = "".join(word[0] for word in words[1:])
    # "Castelverdi Ricerche" runs castelverdiresearch.it: its firm word in another language
    translated = rest in _SQUASHED_FIRM_WORDS and all(word in _SQUASHED_FIRM_WORDS for word in words[1:])
    return translated or _spelled_by(rest, words[1:]) or 2 <= len(rest) <= 4 and rest[:-1] == initials[: len(rest) - 1]


_COMPOUND_HEAD_CHARS = 5


def _spelled_by(rest: str, words: list[str]) -> bool:
    if not rest:
        return True
    if not words:
        return False
    word, others = words[0], words[1:]
    return (
        len(rest) >= 3
        and word.startswith(rest)  # "tessellate-intel.com": "intel", "Intelligence" cut short
        or len(rest) >= _COMPOUND_HEAD_CHARS
        and word.endswith(rest)  # "moselkamm-analyse.de": a compound's head, "Marktanalyse" cut to "analyse"
        or rest.startswith(word)
        and _spelled_by(rest[len(word) :], others)
        or rest.startswith(word[0])
        and _spelled_by(rest[1:], others)
        or _spelled_by(rest, others)
    )


def _squash(text: str) -> str:
    # "Alföld Market Research" runs alfoldmarketresearch.hu: letters as a domain spells them
    return _NOT_ALPHANUMERIC.sub("", (text if text.isascii() else to_ascii(text)).lower())


_SQUASHED_FIRM_WORDS = frozenset(_squash(word) for word in vocab.RESEARCH_FIRM_WORDS)


def sells_reports(links: Sequence[str], publisher_domain: str | None) -> bool:
    """Whether the publisher's own links lead to report pages (a research firm's site).

    The report word must be a whole path segment: a news site's "/insulin-pump-market-report/"
    article is no report on sale, nor is its "/category/market-reports/" archive.
    """
    paths = (urlsplit(link).path.lower() for link in links if registrable_domain(link) == publisher_domain)
    return any(_REPORT_SEGMENT.search(path) and not _ARCHIVE_PATH.search(path) for path in paths)


def published_date(meta: dict[str, str], opening_texts: Sequence[str]) -> str | None:
    """ISO date the page was published: its metadata, else a byline ("Published: 12 February 2025")."""
    match = _DATE.search(meta.get("published", ""))
    if match:
        return "-".join(match.groups())
    for text in opening_texts:
        byline = _BYLINE.search(text)
        if byline:
            try:
                return date_parser.parse(byline.group(1), dayfirst=False).date().isoformat()
            except (ValueError, OverflowError):
                continue
    return None


def acronyms(texts: Sequence[str]) -> dict[str, str]:
    """Acronyms the page defines: "Contract Manufacturing Organizations (CMOs)" -> {"CMO": ...}.

    The expansion is the fewest words before the parenthesis that spell the acronym, first letter
    at a word start, in the manner of Schwartz and Hearst's abbreviation matcher.
    """
    found: dict[str, str] = {}
    for text in texts:
        for match in _ACRONYM.finditer(text):
            acronym = match.group(1).removesuffix("s")
            words = text[max(0, match.start() - 120) : match.start()].split()[-10:]
            if not words:
                continue
            expansion = next(
                (
                    " ".join(words[-n:])
                    for n in range(1, min(len(words), len(acronym) + 3) + 1)
                    if words[-n][0].lower() == acronym[0].lower() and _spells(acronym, " ".join(words[-n:]))
                ),
                None,
            )
            if expansion and acronym not in found:
                found[acronym] = expansion
    return found


def _spells(short: str, long: str) -> bool:
    """Whether the letters of ``short`` occur in ``long`` in order, the first at a word start."""
    s, index = len(short) - 1, len(long) - 1
    while s >= 0:
        char = short[s].lower()
        while index >= 0 and (long[index].lower() != char or (s == 0 and index > 0 and long[index - 1].isalnum())):
            index -= 1
        if index < 0:
            return False
        index, s = index - 1, s - 1
    return True


def title_segments(title: str | None) -> tuple[list[Segment], list[RegionMention]]:
    """Segments from a title's grammar: "By Type (a, b {c, d}), By Region (...)", or with colons between
    dimensions separated by semicolons: "By System: HVAC Control, Lighting Control; By Region: ..."."""
    segments, regions = grouped_segments(title, _TITLE_GROUP)
    for match in _TITLE_COLON_GROUP.finditer(title or ""):
        dimension = match.group("dim").strip().lower()
        items = [i.strip() for i in split_top_level(match.group("items"), ",") if i.strip()]
        if dimension in vocab.REGION_DIMENSIONS:
            regions.extend(RegionMention(item) for item in items)
        elif len(items) >= 2:  # "By Procedure: Follicular Unit Extraction (FUE) [Manual FUE, Robotic FUE], ..."
            segments.extend(s for item in items for s in segment_with_children(_singular(dimension), item, 2))
    return segments, regions


def prose_segments(text: str) -> tuple[list[Segment], list[RegionMention]]:
    """The same grammar in a sentence: "groups the market by container size (20 Feet, 40 Feet)". One item in
    brackets is a name's short form, not a list: "a study presented by Future Market Insights (FMI)"."""
    if not any(mark in text for mark in _GROUP_MARKS):  # most blocks: no bracket or dash opens a group
        return [], []
    text = _DASHED_GROUP.sub(lambda group: f"by {group['dim']} ({group['items']})", text) if "by " in text else text
    return grouped_segments(text, _PROSE_GROUP, least=2, in_prose=True)


def labelled_groups(text: str) -> list[Segment]:
    """ "Segments: Product Type (Rivets, Bolts); Material (Aluminum, Titanium); Application (...)": a segments
    label over groups, each a dimension with its items in brackets."""
    label, colon, rest = text.partition(":")
    if not colon or len(label.split()) > 3 or not _SEGMENTS_LABEL.search(label):
        return []
    segments, _ = grouped_segments(rest, _LABELLED_GROUP, least=2)
    return segments if len({s.dimension for s in segments}) >= 2 else []


def grouped_segments(
    title: str | None, group: re.Pattern, least: int = 1, in_prose: bool = False
) -> tuple[list[Segment], list[RegionMention]]:
    if not title:
        return [], []
    segments: list[Segment] = []
    regions: list[RegionMention] = []
    for match in _chained(title, group):
        body = _balanced(title, match.end("open") - 1)
        if body is None:
            continue
        dimension = match.group("dim").strip().lower()
        items = [i for i in _group_items(body) if i]
        if in_prose and len(items) >= 2 and items[-1][:1].islower():  # "(food grade, feed grade and technical grade)"
            items = split_last_and(items)  # while "(Field Crops, Fruits and Nuts)" may name one item
        elif len(items) == 1 and _TWO_NAMED_ITEMS.fullmatch(items[0]):  # "By Application (Residential and Commercial)"
            items = items[0].split(" and ")
        if len(items) < least:
            continue
        if dimension_header(dimension).kind == "region":  # "By Region (...)", "By Regional Outlook(...)"
            named = [region_with_countries(item) or (item, []) for item in items]
            regions.extend(RegionMention(name, tuple(countries)) for name, countries in named)
            continue
        dimension = _singular(dimension)
        for item in items:
            segments.extend(segment_with_children(dimension, item, least_children=1))
    return segments, regions


def _group_items(body: str) -> list[str]:
    """A group's items: "a, b", "Machine Learning; Natural Language Processing", "SMEs v/s Large Enterprise"."""
    return [item.strip() for part in split_top_level(body, ",;") for item in _VERSUS.split(part)]


def _chained(text: str, group: re.Pattern) -> Iterator[re.Match[str]]:
    """Each "by X (...)" group, and the groups it leads without a "by" of their own:
    "Segmented by Component (a, b), Application (c, d), and Geography (e, f)"."""
    for match in group.finditer(text):
        yield match
        following = match
        while (body := _balanced(text, following.end("open") - 1)) is not None:
            following = _NEXT_GROUP.match(text, following.end("open") + len(body) + 1)
            if following is None:
                break
            yield following


def _singular(dimension: str) -> str:
    """ "types" -> "type", "by type" -> "type" ("Segments covered: By Type (Conventional, Organic); ...")."""
    return singular(dimension.removeprefix("by "))


def _balanced(text: str, open_at: int) -> str | None:
    opening = text[open_at]
    closing = {"(": ")", "[": "]", "{": "}"}[opening]
    depth = 0
    for index in range(open_at, len(text)):
        if text[index] == opening:
            depth += 1
        elif text[index] == closing:
            depth -= 1
            if depth == 0:
                return text[open_at + 1 : index]
    return None
