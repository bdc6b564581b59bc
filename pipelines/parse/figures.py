"""Figures read from sentences: CAGRs, market sizes, player revenues, forecast periods.

Each figure is read together with its sentence, because the sentence decides what
the figure is about (its ``scope``) and which years it covers.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TypeVar

from pipelines.normalise.money import MILLIONS_PER_UNIT
from pipelines.parse import numbers
from pipelines.parse import vocabulary as vocab
from pipelines.parse.lists import (
    NUMBERED_CAPTION,
    PARENTHESISED,
    REGION_ANYWHERE,
    REGION_WORDS,
    countries_named_in,
    lies_in,
    names_one_country,
)
from pipelines.parse.screens import Screened
from pipelines.records import Cagr, MarketSize, PlayerRevenue

Figure = TypeVar("Figure", Cagr, MarketSize)
Amount = TypeVar("Amount", MarketSize, PlayerRevenue)

# "CAGR", "compound annual growth rate", "a compound annual rate of", "a rate of 5.9% annually",
# "compounding at 12.6% a year", "advancing at 8.11 % per year" (the market's growth, not "premiums rise 20% a
# year" or "degradation of 1% a year"),
# "Japan and Canada, forecast to grow at 4.9% and 5.6% respectively over the analysis period".
_CAGR = Screened(
    re.compile(
        r"\bCAGRs?(?:\b|(?=\d))"  # or "Asia Pacific CAGR10.7%", a scraped key glued to its value
        r"|compound(?:ed)? annual (?:growth )?rate|compound(?:ed)? annual growth\b|\bannual growth rate"
        # "8.4% annual growth", "About 7.5% a year over the forecast period"
        r"|(?:(?<=%)|(?<=percent)|(?<=per cent))\s+(?:annually|per annum|annual growth"
        r"|(?:a|per)\s+year(?=\s+(?:over|during|through)\s+the\s+forecast))\b"
        r"|\b(?:grow|expand|compound|advanc)\w*\s+(?:at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?"
        r"(?=\d{1,2}(?:\.\d+)?\s?(?:%|percent|per cent)\s+(?:a|per|each)\s+year\b)"
        r"|\bcompound(?:s|ing|ed)?\s+at\s+(?=\d{1,2}(?:\.\d+)?\s?(?:%|percent|per cent))"  # "should compound at 16.2%"
        # "the fastest-growing group, at 13.9% a year", "growing faster at 17.5% a year", "fastest-moving group, at"
        r"|\b(?:(?:fast|quick)(?:er|est)-(?:growing|moving)(?:\s+(?!at\b)[\w&-]+){0,3}?,?\s+at\s+"
        r"|(?:grow|expand)ing\s+(?:faster|fastest|quicker|quickest)\s+at\s+)"
        r"(?=\d{1,2}(?:\.\d+)?\s?(?:%|percent|per cent)\s+(?:a|per|each)\s+year\b)"
        r"|\b(?:grow|expand)\w*\s+at\s+(?=[\d.%\s,]+(?:and\s+[\d.%]+\s*)?,?\s*respectively\s+(?:over|during|through)\b)",
        re.I,
    ),
    needles=("cagr", "compound", "annual", "annum", r"(?:%|cent)\s+(?:a|per|each)\s+year", "respectively"),
)
_BARE_CAGR_NUMBER = re.compile(
    r"^\W{0,3}(?:of|at|about|around|approximately|nearly|over)?\s*(\d{1,2}(?:\.\d+)?)(?![\d.%])"
)
_FORECAST = re.compile(r"forecast", re.I)
_RANGE_NAMED_FORECAST = re.compile(rf"(?<!\d){numbers.YEAR}\s*(?:-|–|—|to)\s*{numbers.YEAR}\s+as\s+(?:the\s+)?$")
# "forecast period 2025-2032", "Forecast 2025-2031", "forecast market size (2025-2029)", "forecast years: 2025 to 2030".
# "The firm's outlook runs from 2025 to 2034", "outlook period 2025-2034".
_FORECAST_NAMING_RANGE = re.compile(
    r"\b(?:forecast(?:\s+(?:period|years?|market\s+size|horizon))?|outlook\s+(?:period|runs\s+from))"
    r"\s*[:(\[]?\s*(?:of\s+)?(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:19|20)?\d\d\b",
    re.I,
)
_BASE_YEAR = re.compile(
    rf"\bbase\s+year\D{{0,12}}({numbers.YEAR})|({numbers.YEAR})\s+as\s+(?:the\s+|its\s+)?base\s+year", re.I
)
_FORECAST_PERIOD_WORDS = re.compile(
    r"forecast(?:ed|ing)?\s+(?:period|years?|timeline|horizon|window)|(?:projection|analysis) period|the same period",
    re.I,
)
# The kinds of item a market is split into, as a ranking names them: "the fastest-growing source", "product line"
_ITEM_KINDS = "|".join(
    sorted(
        {word for word in vocab.SEGMENT_LABEL_WORDS if not word.endswith("s")}
        | {"segment", "sub-segment", "end[- ]use", "end[- ]user", "product\\s+line", "format", "outlet", "niche"},
        key=len,
        reverse=True,
    )
)
# "the PEM segment", "the Neurovascular application": a segment named with its kind.
_SEGMENT_SUBJECT = Screened(
    re.compile(
        r"\bthe\s+(\w(?:(?!\bthe\b)[\w\s\-&/,.']){1,60}?)\s+(?:segment|sub-segment|application|category)\b", re.I
    ),
    needles=("segment", "application", "category"),
)
# "Cargo e-bikes are the fastest-growing application", "Security Observability is the fastest-growing product
# segment": a subject ranked among the market's items is one of them.
_RANKED_SUBJECT = re.compile(
    r"^\s*(?i:the\s+)?(?P<name>[A-Z0-9][\w\s\-&/()'.]{0,60}?)"
    r"(?:\s+(?:segment|sub-segment|application|category|type|product))?\s+"
    r"(?:is|are|was|were|remain(?:s|ed)?|will\s+(?:be|remain)|(?:is|are)\s+(?:expected|projected|forecast|set|poised)\s+to"
    r"\s+(?:be|remain))\s+(?:the|a)\s+"
    r"(?:(?:fastest|largest|biggest|leading|dominant|quickest|most|anchor|flagship|top|primary|principal|main)[\w\s-]{0,30}?)\s*"
    rf"(?:{_ITEM_KINDS})s?\b"
)
# The next in a ranking, with its own figure: "Sweden leads at SEK 11.9 billion, followed by Denmark at DKK 3.6 billion"
_FOLLOWED_BY = re.compile(
    r",\s+followed\s+(?:closely\s+)?by\s+(?P<name>(?:the\s+)?[A-Z][\w\-&'’. ]{1,40}?)\s+(?:at|with)\s+$"
)
# A clause's subject that refers back to the place its sentence (or heading) names: "...; the region was worth
# USD 297.0 million", "the Land is expected to grow", "the prefecture is forecast to"
_PLACE_NOUN = (
    r"(?:region|area|province|state|prefecture|governorate|department|county|emirate|oblast|canton|district"
    r"|municipality|territory|voivodeship|Land)"
)
_REFERS_BACK = re.compile(
    rf"(?:(?:fastest[- ]growing|largest|biggest|smallest)\s+)?{_PLACE_NOUN}"
    r"(?:\s+(?:was|is|were|are|has|had|will|accounted|generated)\b|,\s+with\b)",
    re.I,
)
# The same place referred back to later in the clause, or after its figure: "..., and the region is forecast to
# grow at", "We expect the region to post", "the report sees the oblast growing at", "The state market is expected
# to", "a CAGR of 12.8% for the province"
_REFERRED_TO_LATER = re.compile(
    rf"\b(?:the|this)\s+{_PLACE_NOUN}(?:\s+market)?\s+(?:is|was|will|should|to|growing|expanding)\b", re.I
)
# Whoever expects the figure, before the subject they expect it of: "We expect", "Qingmoor forecasts", "The study sees"
_ONE_EXPECTS = re.compile(
    r"^\s*(?:we|(?:the\s+)?(?:report|study|analysis|firm)|[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+"
    r"(?:expects?|forecasts?|sees|projects?|anticipates?|predicts?)\s+(?=(?:the\s+)?[A-Z])"
)
# "... make this the fastest-growing region, with a forecast CAGR of": the place its paragraph or heading names
_THIS_PLACE = re.compile(rf"\bthis\s+(?:the\s+)?(?:[\w-]+\s+)?{_PLACE_NOUN}\b(?!\s+market)", re.I)
# A clause whose subject its sentence gave before ("Edo — home to large plantations; forecast to grow at")
_SUBJECT_LEFT_OUT = re.compile(r"^(?:is\s+)?(?:forecast|expected|projected|set|poised|likely)\s+to\s", re.I)
_FOR_THE_PLACE = re.compile(rf"^[^,;]{{0,12}}?\bfor\s+the\s+{_PLACE_NOUN}\b", re.I)
_SHARE_SAID = re.compile(
    r"share|%\s+of\s+(?:the\s+)?(?:global\s+|total\s+|overall\s+)?(?:revenue|market|sales|demand|spending)", re.I
)
_RATE_AFTER = re.compile(r"\s*(?:CAGR|compound|annual|a year|per year|per annum|y-o-y|year-on-year)", re.I)
# A stat line's ranked place, whatever its kind: "Largest region: Nile Delta (", "Largest island group | Java ("
_RANKED_PLACE = re.compile(
    r"^\s*(?:largest|biggest|leading|fastest[- ]growing)\s+(?:region|province|state|island\s+group|city|emirate"
    r"|country|area|zone|department|county|prefecture)(?:\s+\(\d{4}\))?\s*[:|]\s*"
    r"(?P<name>[A-Z][\w\-'’.]*(?:\s+(?:&\s+)?[A-Z][\w\-'’.]*){0,4})\s*[(,–—-]?\s*$",
    re.I,
)
# ", with e-commerce the fastest channel at a": an item ranked in a clause of its own, the figure its
_RANKED_AFTER_WITH = re.compile(
    r"\bwith\s+(?:the\s+)?(?P<name>[\w\-&/]+(?:\s[\w\-&/]+){0,3}?)\s+(?:as\s+)?the\s+"
    r"(?:fastest(?:[- ]growing)?|largest|biggest)\s+(?:[\w\-]+\s+)?"
    r"(?:segment|channel|application|category|type|product|end[- ]use|technology)s?\b[^,;]{0,20}$",
    re.I,
)
_REGION_SUBJECT = re.compile(
    rf"\s*(?:(?:and|while|whereas|but)\s+)?(?:in\s+)?(?:the\s+)?({vocab.REGION_NAMES_PATTERN})\b",
    re.I,
)
_REGION_BEFORE_VERB = Screened(
    # or right before the rate's own verb: "We see Asia Pacific compounding at 7.6%"
    re.compile(
        rf"\b({vocab.REGION_NAMES_PATTERN})(?:\s+(?:is|are|was|were|will|would|should|could|to|grew|grows|remains?)\b|\s+$)",
        re.I,
    ),
    needles=vocab.REGION_NAME_STARTS,
)
# A deal a company signed or won: "received a framework order from a state fire service valued at EUR 38 million".
_DEAL = Screened(
    re.compile(
        r"\b(?:signed|signs|received|receives|won|wins|secured|secures|awarded|completed|completes|closed|closes|agreed"
        r"|agrees)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,4}?(?:order|contract|agreement|deal|acquisition|sale|merger)\b",
        re.I,
    ),
    needles=("order", "contract", "agreement", "deal", "acquisition", "sale", "merger"),
)
# "market" as a noun: not "mid-market deals", "go-to-market plans", "market-leading" (adjectives).
_MARKET_WORD = Screened(
    re.compile(r"\b(?<!mid-)(?<!to-)(?<!up-)(?<!mass-)markets?\b(?!-(?:leading|based|driven|ready))", re.I),
    needles=("market",),
)
# "..., while pea-based products grow at", "...; Asia", "..., with cryobanks expanding at 16.1%": a clause of its own
_CONTRASTED_CLAUSE = re.compile(
    r",\s*(?:while|whereas|but|yet)\s+|;\s*|,\s*with\s+(?=[\w&/ -]{1,40}?\s(?:expanding|growing|rising|advancing)\s)"
    r"|,\s*and\s+(?=the\s+[\w&/ -]{1,40}?\s(?:region|segment)\s+(?:is|are|was|will)\b)"  # ", and the West region is"
    r"|:\s+(?=the\s+(?:segment|category)\s)",  # "A form the market's growth engine: the segment is forecast to"
    re.I,
)
# A place's name as a figure's subject gives it: up to three capitalised words, never "Market" ("The U.S. Market").
_PLACE_NAME = r"([A-Z][\w.]*(?:\s+(?!Markets?\b)[A-Z][\w.]*){0,2})"
# "the study values the United Kingdom sheep milk products market at": whoever sizes the place's market first
_VALUED_BY = r"(?:(?i:the\s+)?(?:[\w-]+\s+){0,2}?(?i:values|sizes|puts|pegs|places|estimates)\s+)"
_COUNTRY_SUBJECT = re.compile(
    rf"\s*(?i:(?:and|while|whereas|but)\s+)?{_VALUED_BY}?(?i:in\s+)?(?i:the\s+)?{_PLACE_NAME}(?:['’]s)?\s+"
    # "The U.S. blood pressure monitoring devices market", "The U.S. dental 3D printing market", not a dateline's
    # "India - The global ... market"
    r"(?:(?:(?!(?i:the|global|worldwide)\b)[A-Za-z0-9][\w-]*\s+){0,5}(?i:markets?)\b|"
    r"(?:(?:alone|itself)\s+)?(?:is|are|was|were|will|to|should|could|would|accounted|held|generated|remains?)\b)"
)
_IN_COUNTRY = re.compile(rf"\s*(?i:in)\s+(?i:the\s+)?{_PLACE_NAME}\s*")  # "In Japan, the market"
# "Moreover, the U.S. market", "Meanwhile Western Australia" (no comma before a capital)
_CONNECTIVE = re.compile(
    r"^\s*(?:moreover|furthermore|additionally|meanwhile|however|also|in addition|notably|likewise|similarly"
    r"|regionally|geographically|by region|region-wise|regionwise)(?:,\s*|\s+(?=(?-i:[A-Z])))",
    re.I,
)
_APPOSITION = re.compile(
    r",\s*(?:led by|including|such as|especially|chiefly|mainly|notably)\s+[^,;]*(?:,\s*(?:and\s+)?[A-Z][^,;]*)*,"
)
# "Electric chippers, though still a small slice of the market, are forecast to": an aside about the subject
_CONCESSIVE_ASIDE = re.compile(r",\s*(?:though|although|albeit)\b[^,;]{0,80},", re.I)
# An aside after a named subject: "Canada, the sport's largest market, accounted for", "Mexico, the report notes, is".
_ASIDE_AFTER_SUBJECT = re.compile(r"^(\s*[A-Z][\w.]{1,20}(?:\s[A-Z][\w.]{1,20})?),\s*the\s+[^,;]{1,40},")
_MARKET_IN_PLACE = re.compile(rf"\bmarkets?\s+in\s+(?:the\s+)?{_PLACE_NAME}\s+(?:is|was|are|were|will|stood|reached)\b")
_RESTATED = re.compile(
    r"(?:in|by)\s+(?:19|20)\d\d\s*(?:[—–(,]|--?)\s*or\s+(?:about|roughly|around|approximately|nearly|some)?", re.I
)
_OF_A_REGION = re.compile(rf"\s+(?:of|for|in)\s+(?:the\s+)?((?:{vocab.REGION_NAMES_PATTERN}))\b", re.I)
_THE_MARKETS_OWN = re.compile(r"\bthe\s+(?:overall\s+|total\s+|whole\s+|entire\s+|wider\s+)?market(?:'s|’s)\s*$", re.I)
_OUTPACING = re.compile(r"\s+(?:outpacing|outperforming|ahead of|faster than)\s+the\s+(?:overall\s+|wider\s+)?market\b")
_AMONG_A_GROUP = re.compile(r"^(?:Among|Of)\s+(?:the\s+)?[a-z][\w\s-]{0,30}?,\s+")  # "Among manufacturers, "
# "(approximately USD 5.02 billion)", "TRY 512.8 billion, or USD 15.6 billion, in 2024"
_TWIN_OPENING = re.compile(
    r"(?:\(|,\s*or\b)(?:\s*(?:approximately|approx\.|about|around|roughly|some|nearly|c\.|~|or))?", re.I
)
_CLAUSE_BREAK = re.compile(r"[,;:(]\s*|\s\|\s")  # a row's cells part like clauses: "Fastest-growing region | Asia"
_RELATIVE_CLAUSE = re.compile(r"\s*which\s", re.I)
_REGION_ENDING = re.compile(rf"\b({vocab.REGION_NAMES_PATTERN})\s*$", re.I)
_ATTRIBUTE_CLAUSE = re.compile(r"\s*with\s", re.I)  # "Asia Pacific, with a 41% share and USD 4.03 billion"
_PLACE_WITH_ITS_FIGURE = re.compile(
    rf"\s*with\s+(?:the\s+)?{_PLACE_NAME}\s+(?:alone\s+)?(?:accounting|generating|contributing|worth)\b"
)
_MAX_CAGR_DISTANCE = 60
# A figure's subject that is the region spoken of: "The region is expected to ...", "The U.S. and Canada make up the
# region, which grows at 7.5%", "driving the region's 8.6% CAGR", "push the region to a 7.0% CAGR", "lead a region
# expected to grow at 17.3%".
_ITS_MARKET = re.compile(r"\b(?:sizes|puts|values|estimates)\s+its\s+market\b", re.I)
_THE_REGION = re.compile(
    r"^\s*(?:the|this)\s+(?:fastest[- ]growing\s+|largest\s+)?region(?:al\s+market)?\b"
    r"|\bthe\s+region,?\s+which\s+(?:\w+\s+)?$"
    r"|\bthe\s+region(?:'s|’s)\s+$|\bthe\s+region\s+to\s+(?:a\s+|\w+\s+at\s+(?:a\s+)?)?$"
    r"|\b(?:a|the)\s+region\s+(?:expected|projected|forecast|set|poised)\s+to\s+(?:\w+\s+(?:at\s+)?)?$",
    re.I,
)
# A card's sentence with no subject of its own: "Expected to register a CAGR of 8.6%", "At 7.1% CAGR".
_NO_SUBJECT = re.compile(
    r"^\s*(?:(?:expected|projected|forecast|poised|set|anticipated|estimated|worth|valued)\b.*|at|)\s*$", re.I
)
# a short line that ends no sentence, or a run-in label ("*Asia Pacific.* Worth USD 0.46 billion in 2024 ...")
_IS_A_HEADING = re.compile(r"^[^.!?]{2,80}\.?$")
# A subject of only the region's countries and what they do: "Brazil and Argentina drive the fastest growth, at a"
_COUNTRIES_OF = re.compile(
    r"^(?:the\s+)?[A-Z][\w.'’ ,&-]{1,60}?\s+(?:drive|drives|lead|leads|grow|grows)\b(?![^,]*\bmarket)"
)
# "The region's electric ferry market was worth", "The regional market stood at" after the sentence naming it
_THE_REGIONS = re.compile(r"^\s*(?:the|this)\s+(?:region(?:'s|’s)\s|regional\s+market\b)", re.I)
# "The European market reached", "The study values the European market at"
_REGION_ADJECTIVE_MARKET = re.compile(
    rf"^\s*{_VALUED_BY}?(?:the\s+)?({'|'.join(vocab.REGION_ADJECTIVES)})\s+(?:[\w-]+\s+){{0,3}}?market\b",
    re.I,
)
# A snapshot's "North America 2024 | USD 118.3 million" ("North America 2024: USD 201.7 Mn."): a region's size in
# its year, no size word needed.
_REGION_YEAR_CELL = re.compile(rf"^(?:{vocab.REGION_NAMES_PATTERN})\s*\(?(?:19|20)\d\d\)?\s*[|:]", re.I)
# A list item stating its item's size in brackets: "Activator Adjuvants (USD 2.47 billion in 2023)".
_ITEM_WITH_ITS_SIZE = re.compile(r"^[^()]{2,60}\((?=[^()]*\d)[^()]*\b(?:19|20)\d\d\)$")
# An amount and its year set off by commas after what it sizes: "toric designs, at USD 402.6 million in 2023, are".
_SIZE_APPOSITIVE = re.compile(
    r",\s+at\s+\S{0,4}\s?[\d.,]+\s*(?:thousand|million|billion|trillion)\s+in\s+(?:19|20)\d\d,", re.I
)
# The same growth in a second measure: "5.2% in value terms and 3.9% in volume terms", "by value and 3.9% by volume".
_MEASURE = r"(?:in\s+(?:value|revenue|volume|unit)\s+terms|by\s+(?:value|revenue|volume))"
_OTHER_MEASURE = re.compile(rf"\s+{_MEASURE},?\s+and\s+(\d{{1,2}}(?:\.\d+)?)\s?%\s+{_MEASURE}")
# "Dubai, United Arab Emirates, 24 June 2025 - ", "DUBAI, UAE, June 24, 2025 /Wire/ -- ": where and when, not a subject.
_DATELINE = re.compile(r"^[A-Z][\w .'-]{1,30},[^.;]{0,60}?\b(?:19|20)\d\d\b[^.;]{0,20}?\s[-–—]{1,2}\s")
_LEADING_THE = re.compile(r"^the\s+", re.I)
_CELL = " | "  # how a table row's cells are parted in its text
_RESPECTIVELY = re.compile(r"\W{0,3}respectively\b", re.I)
_RUN_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)  # "China, Japan and the U.S."
_LEADING_ARTICLE = re.compile(r"^(?:the|in the|in)\s+", re.I)
# The subject of a sentence ends at its first verb.
_SUBJECT_END = re.compile(
    r"\b(?:is|are|was|were|will|has|have|had|grew|grows|rose|expected|projected|anticipated|forecast|set)\b", re.I
)
# A verb of shrinking leading to the rate ("contracted at a", "fell by an"), or a minus sign right before it.
_DECLINE_BEFORE = re.compile(
    r"\b(?:declin|contract|shr[ia]nk|fell|fall|decreas|dropp?)\w*\s+(?:at|by)\s+(?:an?\s+)?(?:\w+\s+){0,2}[-−–]?\s*$",
    re.I,
)
# A rate of one year, whatever it is called: "grew at a CAGR of 4.3% last year", "... of 6% year on year".
_ONE_YEAR_AFTER = re.compile(
    r"\W{0,3}(?:[\w-]+\s+){0,2}?(?:last year|this year|in the (?:past|last) (?:year|twelve months)"
    r"|year[- ](?:on|over)[- ]year|in (?:19|20)\d\d (?:compared (?:with|to)|versus|vs\.?|over) (?:19|20)\d\d)\b",
    re.I,
)
_HISTORY = re.compile(r"\bhistor(?:y|ic|ical)\b", re.I)
_MINUS_BEFORE = re.compile(r"(?:^|[\s(:])[-−]$")  # "-2.1%", not the dash of "2025-2032 - 7.1%"
_YEAR_IN_BRACKETS = re.compile(r"\((?:19|20)\d\d\)")
# "size 2024: USD 896.4 million", "2031 forecast: USD 2.01 billion"
# "Market size 2024: USD 896.4 million", and a stat strip's "Market size 2024 USD 3.42 Bn, Market size 2032 ..."
_YEAR_LABEL = re.compile(
    r"\b((?:19|20)\d\d)\)?(?:\s+[a-z]+){0,2}\s*[:=]\s*$|(?i:size|value|revenue)\s+(?:in\s+)?((?:19|20)\d\d)\s*$"
)
_BY_RANGE = re.compile(rf"\s*(?:by|through|till|until)\s+{numbers.YEAR}\s*[-–—]\s*({numbers.YEAR})\b", re.I)
_FORECAST_TO = re.compile(rf"\b(?i:forecasts?)\b[^.;|]{{0,40}}?\b(?i:to|through|till|until)\s+({numbers.YEAR})\b")
_ACRONYM_TAIL = re.compile(r"\s*\(([^()]*)\)\s*$")
_GENERIC_LABELS = frozenset({"others", "other", "all", "total"})
# "In the Clamp-on Ultrasonic Flow Meter Market, Portable meters are expected to grow", "By product type, cocoa
# butter improvers are expected to grow": the market or the dimension sets the scene for the subject.
_SCENE_SETTING = re.compile(
    r"^\s*(?:(?:in|within|across)\s+the\s+[^,]{0,80}?\bmarkets?"
    r"|(?:by|among|within|across|in terms of|on the basis of|based on)\s+[a-z][\w\- ]{0,30}"
    # "Regionally, Marmara accounted for", "Yet the Bajío corridor is expected", not the "Still Water" segment
    r"|(?:regionally|geographically|by region|yet|however|meanwhile|still|also)(?=\s*,|\s+(?-i:[a-z])))\s*,?\s+",
    re.I,
)
# "..., valued at USD 6.02 billion in 2024 against the market's USD 23.38 billion": the whole market's amount.
_THE_WHOLE = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|out\s+of|of)\s+(?:the\s+)?(?:overall\s+|total\s+|whole\s+|entire\s+)?"
    r"market(?:'s|’s)?\s*(?:[A-Z]{3}|US\$|[$€£¥])?\s*$",
    re.I,
)
# A segment's word, not a possessive or a leader: "the category's best-known brand reported revenue" and
# "Lincoln Electric, the category leader, reported net sales" are a company's.
# a cheap screen before reading an amount at a text's end: a figure or its scale word
_ENDS_IN_A_NUMBER = re.compile(rf"(?:\d|\b(?:{numbers.UNIT_WORDS}))\s*$", re.I)
_SEGMENT_WORD = re.compile(r"\b(?:segment|sub-segment|category)\b(?!['’]s|\s+leaders?\b)", re.I)
# "The fastest growing source, expected to ...", "Worth $201.6 Mn in 2024", "Forecast CAGR: 7.9%": a line naming
# no subject, about the item named above it
_ABOUT_ITS_ITEM = re.compile(
    r"(?:the\s+(?:[\w-]+\s+)?(?:largest|biggest|fastest|leading|dominant|smallest)\b"
    r"|(?:worth|valued|expected|forecast|projected|estimated|accounting|holding)\b)",
    re.I,
)
_THE_SEGMENT = re.compile(r"(?:this\s+|that\s+)?(?:segment|sub-segment|category|class)\b", re.I)  # article already gone
_COMPANY_REVENUE = Screened(
    re.compile(
        r"(?<!market )(?<!industry )\b(?:reported|posted|generated|recorded|earned|booked)\b"
        r"[^.;]*\b(?:revenues?|sales|turnover)\b"
        # "the firm puts 2025 revenue at ...": a research firm's estimate of the market's revenue
        r"|\b(?:the company|the firm|the group)\b(?!\s+(?:puts|estimates|expects|projects|forecasts|values|sees)\b)"
        r"[^.;]*\b(?:revenues?|sales|turnover)\b"
        r"|\bgrew\s+(?:its\s+)?(?:net\s+)?(?:revenues?|sales|turnover)\b"  # "MongoDB grew revenue 19% to $2.01 billion"
        # "its 2024 net sales", "its Personal Health segment reported", not "In its base case, revenue reaches"
        r"|\bits\s+(?:[\w-]+\s+){0,3}(?:revenues?|sales|turnover|segment|division|business)\b"
        # "Skarvik Aqua Technologies' revenue has grown ... to NOK 2.48 billion": a name's own revenue (see below)
        r"|\b(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:'s|’s|'|’)\s+(?:[\w-]+\s+)?(?:revenues?|turnover)\b"
        # "Revenue for fiscal 2024: EUR 186.5 million", "FY2025 revenue: USD 15.56 billion": a market has no fiscal year
        r"|\b(?:revenues?|sales|turnover)\s+(?:for|in)\s+(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d\d\b"
        r"|\bFY\s?(?:19|20)?\d\d\s+(?:net\s+)?(?:revenues?|sales|turnover)\b"
        # a company card's own line: "2024 revenues: USD 32.85 billion", "2024 revenue of USD 1.03 billion, down ...",
        # or a bracket after a name: "led by Neste Oyj (2024 revenue: EUR 20.6 billion)"
        r"|(?:^|(?<=\.\s)|(?<=\())(?:19|20)\d\d\s+(?:net\s+)?(?:revenues?|sales|turnover)\s*(?::|of\b)",
        re.I,
    ),
    needles=("revenue", "sales", "turnover", "segment", "division", "business"),
)


def forecast_period(sentences: Iterable[str]) -> tuple[int, int] | None:
    """The year range the page names as its forecast ("forecast period 2025-2032", "forecast market size
    (2025-2029)"), else the first range a sentence ties to the word "forecast": after it, or just before
    it ("2025 to 2033 as forecast period"). A range right after "forecast" beats one that a verb leads to
    ("is forecast to increase by USD 4.86 billion ... between 2024 and 2029")."""
    sentences = list(sentences)
    for sentence in sentences:
        for match in _FORECAST_NAMING_RANGE.finditer(sentence):
            start, end, _ = numbers.year_ranges(match.group())[0]
            return start, end
    for sentence in sentences:
        for match in _FORECAST.finditer(sentence):
            named = _RANGE_NAMED_FORECAST.search(sentence[: match.start()])  # "2025 to 2033 as forecast period"
            window = named.group() if named else sentence[match.start() : match.start() + 90]
            ranges = [r for r in numbers.year_ranges(window) if not _in_a_later_clause(window[: r[2]])]
            lead = sentence[max(0, match.start() - 60) : match.start()]
            # "historical data (2015-2024) and forecasts to 2033": the range before is the history
            before = [] if _HISTORY.search(lead) else numbers.year_ranges(lead[-25:])
            if ranges or before:
                start, end, _ = ranges[0] if ranges else before[-1]
                return start, end
    for sentence in sentences:  # "covers the period 2025 to 2033 and uses 2024 as its base year"
        base = _BASE_YEAR.search(sentence)
        if base is None:
            continue
        after_base = int(base.group(1) or base.group(2)) + 1
        for start, end, _ in numbers.year_ranges(sentence):
            if start == after_base:
                return start, end
    return None


def mentions_cagr(text: str) -> bool:
    """Whether the text may name a CAGR: a cheap screen before reading it sentence by sentence."""
    lowered = text.lower()
    if "cagr" in lowered or "annual" in lowered or "per annum" in lowered:
        return True
    # "compounding at 12.6% a year", "to grow at 4.9% and 5.6% respectively over the analysis period", "compounding
    # at 24.9% over 2025–2031"
    return _CAGR.search(text) is not None


def mentions_forecast(text: str) -> bool:
    lowered = text.lower()
    return "forecast" in lowered or "base year" in lowered or "outlook" in lowered


def cagrs_in(sentence: str, forecast: tuple[int, int] | None, previous: str = "") -> list[Cagr]:
    """Every CAGR a sentence states, with the years and subject it gives; "The region is expected to expand at
    a CAGR of 10.7%" is the region the ``previous`` sentence spoke of ("In Europe, Germany and France lead")."""
    mentions = list(_CAGR.finditer(sentence))
    if not mentions or quotes_another_source(sentence, of_its_figures=True):
        return []
    found = []
    percents = numbers.percentages(sentence)
    for index, mention in enumerate(mentions):
        window_end = mentions[index + 1].start() if index + 1 < len(mentions) else len(sentence)
        value_at = _cagr_value(sentence, mention, percents, window_end)
        if value_at is None:
            continue
        value, value_start, value_end = value_at
        if value <= 0 or value >= 100 or _is_a_decline(sentence, min(mention.start(), value_start), value_start):
            continue
        if _ONE_YEAR_AFTER.match(sentence, max(mention.end(), value_end)):  # "a CAGR of 4.3% last year alone"
            continue
        clause_start = max(mention.end(), value_end) if value_start > mention.start() else mention.end()
        start, end = _cagr_years(sentence, mention.start(), clause_start, window_end, forecast)
        subject = sentence[: min(mention.start(), value_start)]
        cell = subject.rpartition(_CELL)[2]
        subject = cell if cell.strip() else subject  # "... | The market CAGR (2025-2032): 8.6%": a cell's own subject
        run = [p for p in percents if value_start <= p[1] < window_end]
        run = run[: _respective_run(sentence, [(start_at, end_at) for _, start_at, end_at in run])]
        places = respective_places(subject, len(run)) if len(run) > 1 else None
        if places:  # "The U.S. and Europe are expected to post CAGRs of 5.1% and 6.3%, respectively"
            found.extend(
                Cagr(p[0], start, end, f"region:{place}", sentence) for p, place in zip(run, places, strict=True)
            )
        else:
            # "..., outpacing the overall market's 17.3% CAGR": the whole market's, whatever the sentence is about
            whole = subject.rstrip().endswith(("market's", "market’s")) and _THE_MARKETS_OWN.search(subject)
            scope = None if whole else scope_of(subject) or _region_referred_to(subject, previous)
            of_a_region = _OF_A_REGION.match(sentence, mention.end())  # "21.3% — expected CAGR of Europe"
            scope = f"region:{of_a_region.group(1)}" if of_a_region and not scope else scope
            found.append(Cagr(value, start, end, scope, sentence))
            measured = _OTHER_MEASURE.match(sentence, value_end)
            if measured:  # "a CAGR of 5.2% in value terms and 3.9% in volume terms": two rates, each stated
                found.append(Cagr(float(measured.group(1)), start, end, scope, sentence))
    return found


def _region_referred_to(subject: str, previous: str) -> str | None:
    """The region a subject refers back to: "The region ..." after a sentence naming it, or a card's "Expected to
    register a CAGR of 8.6%" under the region's heading ("Asia Pacific — China, Japan")."""
    own_market = _THE_REGIONS.match(subject)  # "The region's electric ferry market was worth"
    heading = _heading_region(previous)
    if heading and _NO_SUBJECT.match(subject):  # "Expected CAGR: 11.1%" under the region's heading
        return f"region:{heading}"
    named = countries_named_in(subject) if heading and _COUNTRIES_OF.match(subject) else []
    if named and all(lies_in(country, heading) for country in named):  # "Brazil and Argentina drive the fastest
        return f"region:{heading}"  # growth, at a 6.4% CAGR" under "Latin America"
    if previous and _ITS_MARKET.search(subject) and (country := _country_subject(previous)):
        return f"region:{country}"  # "Guatemala is the largest country. The study sizes its market at GTQ 8.9 billion"
    subject = _CONTRASTED_CLAUSE.split(subject)[-1]  # "The U.S. and Canada harvest ... for export; the region grows"
    if not previous or not _THE_REGION.search(subject) or _MARKET_WORD.search(subject) and not own_market:
        return None  # "The region keeps its lead, with the overall market registering a CAGR of" is the market's
    # the region named last: "North America keeps the biggest slice, but the Middle East & Africa is drawing ..."
    named = [m.group(0) for m in REGION_ANYWHERE.finditer(previous) if not _ends_a_countrys_name(m)]
    return f"region:{named[-1]}" if named else None


def _heading_region(previous: str) -> str | None:
    """The region a heading names, given as the sentence before a block's first ("Asia Pacific") or ahead of the
    sentence before a later one ("Asia Pacific. China and India lead ...")."""
    heading = REGION_WORDS.match(previous)
    if heading and (_IS_A_HEADING.match(previous) or previous.startswith(". ", heading.end())):
        return heading.group(0)
    return None


def _ends_a_countrys_name(region: re.Match[str]) -> bool:
    """ "Africa" in "South Africa", "Guinea" in "Papua New Guinea"... names a country, not the region."""
    before = region.string[: region.start()].split()
    return bool(before) and names_one_country(f"{before[-1]} {region.group(0)}")


def _respective_run(sentence: str, spans: Sequence[tuple[int, int]]) -> int:
    """How many figures, from the first on, a "respectively" closes ("US$2.4 billion and US$1.8 billion,
    respectively"), each after the last with only a comma or an "and" between: 0 when none does. ``spans``
    are the figures' (start, end) offsets in the sentence."""
    count = 1 if spans else 0
    while count < len(spans) and _RUN_JOINT.fullmatch(sentence[spans[count - 1][1] : spans[count][0]]):
        count += 1
    return count if count and _RESPECTIVELY.match(sentence, spans[count - 1][1]) else 0


def respective_places(text: str, count: int) -> list[str] | None:
    """The regions or countries a "respectively" pairs its figures with: the last ``count`` places the
    text names, in one run ("China and the United States", "Japan, Canada and Mexico"); None otherwise."""
    named = [(m.start(), m.end(), m.group(0)) for m in REGION_ANYWHERE.finditer(text)]
    for country in countries_named_in(text):
        at = text.rfind(country)
        if not any(start <= at < end for start, end, _ in named):
            named.append((at, at + len(country), country))
    places = sorted(named)[-count:]
    joined = all(_RUN_JOINT.fullmatch(text[a[1] : b[0]]) for a, b in itertools.pairwise(places))
    return [name for _, _, name in places] if len(places) == count and joined else None


def _is_a_decline(sentence: str, subject_end: int, value_start: int) -> bool:
    """ "declined at a -2.1% CAGR during 2019-2023", "a CAGR of -1.5%": a shrinking market's rate is no growth
    forecast."""
    return bool(_DECLINE_BEFORE.search(sentence, 0, subject_end) or _MINUS_BEFORE.search(sentence, 0, value_start))


def is_company_revenue(sentence: str) -> bool:
    """ "The company reported 2024 revenue of USD 4.03 billion": a player's figure, never the market's. "The
    Cart-based segment generated the most revenue" is a segment's."""
    found = _COMPANY_REVENUE.search(sentence)
    if (
        found
        and found.group("owner")
        and (REGION_ANYWHERE.search(found.group("owner")) or names_one_country(found.group("owner")))
    ):
        return False  # "Europe's revenue", "China's turnover": a place's
    if found and found.group(0).lower().startswith("its ") and REGION_ANYWHERE.match(sentence):
        return False  # "Asia-Pacific is the fastest-growing region: its revenue of USD 131.8 million"
    return bool(found) and not _SEGMENT_WORD.search(sentence, 0, found.start())


_ANOTHER_SOURCE = re.compile(rf"\banother\s+(?:[\w-]+\s+){{1,2}}(?:{'|'.join(vocab.OTHER_SOURCE_NOUNS)})\b")
# "A US consultancy recently put the 2024 world market at ...", "(a mining trade journal cited USD 1.1 Bn ...)": a
# source no name gives, stating a figure; "A new study puts ..." may be the release's own
_SOURCE_VERBS = (
    r"(?:puts?|pegs?|pegged|estimates?|estimated|cites?|cited|values?|valued|sizes?|sized|reckons?|reckoned)"
)
_A_SOURCE_STATES = re.compile(
    # "an expansion the firm puts at 7.94%" is the release's own firm
    rf"\ban?\s+(?:(?!(?:the|this|that|which|its)\s)[\w-]+\s+){{0,2}}(?:{'|'.join(vocab.UNNAMED_SOURCE_NOUNS)})\s+"
    r"(?:[a-z]+ly\s+)?(?:ha[sd]\s+)?"
    rf"{_SOURCE_VERBS}\b"
    # "the Amman newsletter Levant Energy Monitor puts ...": a publication, by its name
    rf"|\bthe\s+(?:[\w-]+\s+){{0,2}}(?:{'|'.join(vocab.PUBLICATION_NOUNS)})\s+(?:[\w&.'-]+\s+){{1,4}}{_SOURCE_VERBS}\b"
)
# "A 2023 study by Coastline Freight Economics projected a 7.5% CAGR", "A 2023 estimate by Seattle-based Fenmark
# Partners put": an earlier year's study, another source's
_AN_EARLIER_YEARS_STUDY = re.compile(
    r"\ban?\s+(?:19|20)\d{2}\s+(?:study|report|survey|note|analysis|estimate|forecast)\s+(?:by|from)\s"
)
_THE_WORLD_MARKET = re.compile(r"\b(?:global|worldwide|world)\s+((?:[\w-]+\s+){0,4}?)market\b", re.I)


def sizes_the_world_market(sentence: str, market: str) -> bool:
    """ "Tanzania accounts for 6% of the global solar home systems market, which the firm values at USD 2.3
    billion": on a page about one place's market, the world market of the same thing is another market."""
    world = _THE_WORLD_MARKET.search(sentence) if "lobal" in sentence or "orld" in sentence else None  # screened
    if world is None:
        return False
    wider, words = folded_name(world.group(1)), market.split()
    narrowed_by = next((words[:k] for k in range(1, len(words)) if folded_name(" ".join(words[k:])) == wider), [])
    place = " ".join(narrowed_by)
    return bool(place) and (REGION_WORDS.fullmatch(place) is not None or names_one_country(place))


def quotes_another_source(sentence: str, of_its_figures: bool = False) -> bool:
    """ "Another firm puts the CAGR at 9%", "By comparison, the wider category is worth USD 14 billion":
    a second source's figure, or a wider market's, is not this release's."""
    lowered = sentence.lower()
    return (
        any(cue in lowered for cue in vocab.OTHER_SOURCE_CUES)
        or _compares_another_market(lowered, of_its_figures)
        or "another " in lowered
        and _ANOTHER_SOURCE.search(lowered) is not None
        or _A_SOURCE_STATES.search(lowered) is not None
        or _AN_EARLIER_YEARS_STUDY.search(lowered) is not None
    )


def _compares_another_market(lowered: str, of_its_figures: bool) -> bool:
    """ "By comparison, the wider category is worth USD 14 billion"; read for its own figures, a wider market named
    after the last one is compared with, not sized: "a CAGR of 9.6%, well ahead of the wider packaging industry"."""
    if not any(cue in lowered for cue in vocab.OTHER_MARKET_CUES):
        return False
    last_figure = _LAST_DIGIT.search(lowered) if of_its_figures else None
    return last_figure is None or any(cue in lowered[: last_figure.end()] for cue in vocab.OTHER_MARKET_CUES)


_LAST_DIGIT = re.compile(r"\d(?=\D*$)")


def _cagr_value(sentence: str, mention: re.Match, percents, window_end: int) -> tuple[float, int, int] | None:
    """The rate a CAGR mention states: the one written right before it ("a 16.6% CAGR compares with a typical
    9-11%"), else the first after it, else one a few words before it."""
    before = [p for p in percents if 0 <= mention.start() - p[2] <= 25]
    if before and not sentence[before[-1][2] : mention.start()].strip():
        return before[-1]
    after = [p for p in percents if mention.end() <= p[1] < min(window_end, mention.end() + _MAX_CAGR_DISTANCE)]
    if after:
        return after[0]
    if before:
        return before[-1]
    bare = _BARE_CAGR_NUMBER.match(sentence[mention.end() : mention.end() + 25])
    if bare:
        offset = mention.end() + bare.start(1)
        return float(bare.group(1)), offset, mention.end() + bare.end(1)
    return None


def _cagr_years(
    sentence: str, mention_start: int, clause_start: int, clause_end: int, forecast: tuple[int, int] | None
) -> tuple[int | None, int | None]:
    clause = sentence[clause_start:clause_end]
    ranges = numbers.year_ranges(sentence[mention_start:clause_end])
    lead = sentence[clause_start : mention_start + ranges[0][2]] if ranges else ""
    if ranges and not _in_a_later_clause(lead) and not _HISTORY.search(lead):  # "· Historical Data 2019-2023"
        return ranges[0][0], ranges[0][1]
    if _FORECAST_PERIOD_WORDS.search(clause) and forecast:
        return forecast
    ends = numbers.end_years(clause)
    before = numbers.year_ranges(sentence[:mention_start])
    if ends:
        # "Over FY25–FY32 it is projected to grow at a CAGR of 14.7%, reaching $10.18 billion by FY32": a range that
        # opens the rate's own clause (not "... from 2025 to 2030, while cans grow at") and ends where the rate does
        opened = before and before[-1][1] == ends[0][0]
        if opened and not any(mark in sentence[before[-1][2] : mention_start] for mark in ",;"):
            return before[-1][0], before[-1][1]
        return None, ends[0][0]
    if before:
        return before[-1][0], before[-1][1]
    grown = _FROM_TO_YEARS.search(sentence, 0, mention_start)  # "to grow from USD 4.18 billion in 2025 to USD ..."
    if grown and not numbers.years(sentence[grown.end() : mention_start]):  # "... to X in 2025 and Y by 2032"
        return int(grown.group(1)), int(grown.group(2))
    # "grew from USD 2.1 billion in 2024 and is expected to reach USD 9.4 billion by 2030, at a CAGR of"
    span = sorted({year for year, _ in numbers.years(sentence[:mention_start])})
    ends = numbers.end_years(sentence[:mention_start]) or len(_YEAR_IN_BRACKETS.findall(sentence, 0, mention_start)) > 1
    if len(span) >= 2 and span[-1] - span[0] <= 30 and ends:  # "... by 2030", "USD 7.8 billion (2030)"
        # From the base year's size to the forecast's end: the rate of the page's forecast period.
        return forecast if forecast == (span[0] + 1, span[-1]) else (span[0], span[-1])
    if len(span) == 1 and ends:  # "Market to Reach US$ 2.14 Billion by 2032, Growing at a CAGR of 11.9%"
        # the year a size is reached by, when it ends the forecast, dates the rate no more than the forecast does
        sized = forecast and forecast[1] == span[0] and numbers.mentions_money(sentence[:mention_start])
        return forecast if sized else (None, span[0])
    return None, None


# "is projected to grow from USD 4.18 billion in 2025 to USD 6.37 billion by 2032": the rate's own years
_FROM_TO_YEARS = re.compile(
    rf"\bgrow\w*\s+from\s+[^,;]{{0,40}}?\bin\s+({numbers.YEAR})\s+to\s+[^,;]{{0,40}}?\b(?:by|in)\s+({numbers.YEAR})\b"
)


def _in_a_later_clause(before_range: str) -> bool:
    """ "a CAGR of 8.1% expected over the forecast period, as supply issues that hit the category in 2022-2023
    have eased": years after a comma and more than a few words are another clause's, unlike ", from 2025 to
    2032", ", over the forecast period 2025-2032" or ", the market is anticipated to reach USD 3.8 billion by
    2023-2033"."""
    _, comma, after = before_range.rpartition(",")
    return bool(comma) and len(after.split()) > 5 and not _MARKET_WORD.search(after)


def scope_of(subject: str) -> str | None:
    """What a figure is about, from the words before it: None means the whole market.

    A region (or country) counts only as the subject of the figure's own clause ("Europe is
    projected to ...", "Largest region: North America (USD ..."), not when it is mentioned in
    passing earlier in the sentence. Short trailing clauses (", at a") lead to the figure.
    """
    subject = _CONNECTIVE.sub("", subject)  # "Moreover, the U.S. market is projected to ..."
    subject = _APPOSITION.sub("", subject)  # "expects Asia Pacific, led by Japan and Australia, to grow fastest"
    subject = _ASIDE_AFTER_SUBJECT.sub(r"\1", subject)
    place = _RANKED_PLACE.match(subject)  # "Largest region: Nile Delta (EGP ...", "Largest island group | Java ("
    if place:
        return f"region:{place.group('name').strip()}"
    ranked_with = _RANKED_AFTER_WITH.search(subject)  # "..., with e-commerce the fastest channel at a"
    if ranked_with and not _MARKET_WORD.search(ranked_with.group("name")):
        return f"segment:{ranked_with.group('name').strip()}"
    own_clause = _CONTRASTED_CLAUSE.split(subject)[-1]  # "the largest material category, while smart bottles ..."
    ranked = _RANKED_SUBJECT.match(own_clause)
    if ranked and not _MARKET_WORD.search(ranked.group("name")):
        name = ranked.group("name").strip()
        return f"region:{name}" if _REGION_SUBJECT.fullmatch(name) else f"segment:{name}"
    named = [m.group(1).strip() for m in _SEGMENT_SUBJECT.finditer(own_clause) if not _describes_only(m.group(1))]
    if named:  # the segment nearest the figure: "the stick segment ..., while the robotic segment is expected"
        return f"segment:{named[-1]}"
    clauses = _CLAUSE_BREAK.split(subject)
    while len(clauses) > 1 and (len(clauses[-1].split()) <= 4 or _ATTRIBUTE_CLAUSE.match(clauses[-1])):
        named_with = _PLACE_WITH_ITS_FIGURE.match(clauses[-1])  # "Europe leads, with the Netherlands alone accounting"
        if named_with and names_one_country(named_with.group(1)):
            return f"region:{named_with.group(1)}"
        region = _REGION_SUBJECT.match(clauses[-1])
        if region is None and _RELATIVE_CLAUSE.match(clauses[-1]):  # "... from Asia Pacific, which alone accounted for"
            region = _REGION_ENDING.search(clauses[-2])
            region = None if region and _ends_a_countrys_name(region) else region  # "... and South Africa, which"
        if region is not None:  # "Fastest-growing region: Asia Pacific, at a CAGR of"
            return f"region:{region.group(1)}"
        clauses.pop()
    region = _REGION_SUBJECT.match(clauses[-1])
    if region is None:  # "... but the firm expects Asia Pacific to grow fastest, at a CAGR of"
        before_verb = [m for m in _REGION_BEFORE_VERB.finditer(clauses[-1]) if not _ends_a_countrys_name(m)]
        region = before_verb[-1] if before_verb else None
    country = _country_subject(clauses[-1]) if region is None else None
    if region is None and country is None:
        region = _REGION_SUBJECT.match(clauses[0])
        country = _country_subject(clauses[0]) if region is None else None
    if region is not None:
        return f"region:{region.group(1)}"
    adjective = _REGION_ADJECTIVE_MARKET.match(clauses[-1]) or _REGION_ADJECTIVE_MARKET.match(clauses[0])
    if adjective:  # "The European market reached EUR 286.4 million"
        return f"region:{vocab.REGION_ADJECTIVES[adjective.group(1).lower()]}"
    if country is None and (placed := _MARKET_IN_PLACE.search(subject)) and names_one_country(placed.group(1)):
        country = placed.group(1)  # "The Aerospace Fasteners market in the U.S. is estimated at"
    return f"region:{country}" if country else None


def _named_scope(name: str) -> str:
    """A figure's subject named bare, as the next in a ranking: "the UAE" is a region's, "Apparel" a segment's."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return f"region:{name}" if REGION_WORDS.fullmatch(name) or names_one_country(name) else f"segment:{name}"


def _describes_only(name: str) -> bool:
    """ "the fastest-growing segment", "the largest design category" name no segment: a rank, then at most
    the dimension's word."""
    words = [word for word in re.split(r"[\s-]+", name.lower()) if word]
    # "the fastest-growing nature segment": the rank, then a word naming the dimension, whatever it is
    named = [word for word in words[1:] if word not in vocab.MARKET_DESCRIPTORS]
    return (
        not words
        or words[0] in vocab.MARKET_DESCRIPTORS
        and (len(named) <= 1 or set(named) <= vocab.SEGMENT_LABEL_WORDS)
    )


def _country_subject(clause: str) -> str | None:
    """A country that is the subject of the clause: "The U.S. radiopharmaceuticals market was valued at",
    "India is expected to grow at". Pages scope a country's figure as they scope a region's."""
    match = _COUNTRY_SUBJECT.match(clause) or _IN_COUNTRY.fullmatch(clause)
    return match.group(1) if match and names_one_country(match.group(1)) else None


_COUNTED_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{'|'.join(vocab.COUNTED_NOUNS)})\b")


# The growth over the period as a clause's subject, however far before its amount.
_AN_INCREMENT = re.compile(
    r"\bincremental\s+(?:opportunity|revenue|growth|value|gain)\b|\babsolute\s+(?:dollar\s+)?(?:gain|growth)\b"
)


def sizes_in(sentence: str, previous: str = "") -> list[MarketSize]:
    """Market-size statements: an amount, its year, and what it is the size of; "The region was valued at ..." is
    the region the ``previous`` sentence (or heading) names."""
    amounts = numbers.money_amounts(sentence)
    if not amounts:
        return []
    lowered = sentence.lower()
    in_context = (
        any(word in lowered for word in vocab.SIZE_CONTEXT_WORDS)
        or _REGION_YEAR_CELL.match(sentence)
        or _ITEM_WITH_ITS_SIZE.match(sentence)
        or _SIZE_APPOSITIVE.search(sentence)
    )
    if not in_context or quotes_another_source(sentence, of_its_figures=True):
        return []
    if is_company_revenue(sentence) or _DEAL.search(sentence) and not _MARKET_WORD.search(sentence):
        return []  # "Magirus received a framework order from a state fire service valued at EUR 38 million"
    sizes = []
    for index, amount in enumerate(amounts):
        lead = lowered[max(0, amount.start - 45) : amount.start]
        if any(cue in lead for cue in vocab.NOT_SIZE_CUES):
            continue
        if _AN_INCREMENT.search(lowered, amounts[index - 1].end if index else 0, amount.start):
            continue  # "The incremental opportunity between FY24 and FY32 is estimated at US$ 628.3 Million"
        if lowered.startswith(vocab.NOT_SIZE_AFTER, amount.end + 1):  # "USD 7.7 billion in incremental revenue"
            continue
        if amount.currency is None and _COUNTED_AFTER.match(lowered, amount.end):  # "11 million cell-free DNA tests"
            continue
        # "US$84.7bn (€78.1bn) in 2024": one figure in two currencies, the year after both.
        twin = index + 1 < len(amounts) and _is_twin(sentence, amount, amounts[index + 1])
        after_start = amounts[index + 1].end if twin else amount.end
        following = index + 2 if twin else index + 1
        next_start = amounts[following].start if following < len(amounts) else len(sentence)
        cell_end = sentence.find(" | ", after_start)  # "Size (2023)USD 1.72 Billion | Size (2029)USD 6.14 Billion"
        next_start = min(next_start, cell_end) if cell_end >= 0 else next_start
        prev_end = amounts[index - 1].end if index else 0
        if (
            index
            and sizes
            and (_is_twin(sentence, amounts[index - 1], amount) or _restates(sentence, amount, prev_end))
        ):
            year = sizes[-1].year
        else:
            year = _year_for(sentence, after_start, next_start, prev_end, amount.start)
        # The sentence's subject scopes all its amounts: "The North America market was USD 5.04 billion
        # in 2024 and is expected to be worth USD 9.18 billion by 2034".
        # A contrasted clause or a row's cell has a subject of its own: "..., while China's domestic market reached".
        stretch = sentence[prev_end : amount.start]
        own_subject = not sizes or _CONTRASTED_CLAUSE.search(stretch) or _CELL in stretch or _THE_WHOLE.search(stretch)
        followed = _FOLLOWED_BY.search(stretch) if sizes else None  # "..., followed by Denmark at DKK 3.6 billion"
        if followed:
            scope = _named_scope(followed.group("name"))
        else:
            scope = (scope_of(stretch) or _region_referred_to(stretch, previous)) if own_subject else sizes[0].scope
        sizes.append(MarketSize(amount.value, amount.unit, amount.currency, year, scope, sentence))
    return _respective_sizes(sentence, amounts, sizes)


def _respective_sizes(sentence: str, amounts: Sequence[numbers.Money], sizes: list[MarketSize]) -> list[MarketSize]:
    """ "China and the United States ... amounting to US$2.4 billion and US$1.8 billion, respectively":
    each amount of the run is its place's, in the year stated for the first."""
    if len(sizes) != len(amounts):  # twins or skipped amounts: no one-to-one pairing to read
        return sizes
    spans = [(amount.start, amount.end) for amount in amounts]
    for first in range(len(amounts) - 1):
        run = sizes[first : first + _respective_run(sentence, spans[first:])]
        places = respective_places(sentence[: amounts[first].start], len(run)) if len(run) > 1 else None
        if places:
            year = next((s.year for s in run if s.year), None)
            paired = [
                replace(s, scope=f"region:{place}", year=s.year or year) for s, place in zip(run, places, strict=True)
            ]
            return sizes[:first] + paired + sizes[first + len(run) :]
    return sizes


def _is_twin(sentence: str, first: numbers.Money, second: numbers.Money) -> bool:
    """ "EUR 4.63 billion (approximately USD 5.02 billion)": one figure, given again in another currency."""
    return _TWIN_OPENING.fullmatch(sentence[first.end : second.start].strip()) is not None


def _restates(sentence: str, amount: numbers.Money, prev_end: int) -> bool:
    """ "USD 2.07 billion by 2033 — or about USD 2,070 million — ": the figure before and its year, in other words
    ("INR 31,800 crore, or roughly USD 3.8 billion, by 2033" states the year after both)."""
    return _RESTATED.fullmatch(sentence[prev_end : amount.start].strip()) is not None


def _year_for(sentence: str, after_start: int, after_end: int, before_start: int, before_end: int) -> int | None:
    labelled = _YEAR_LABEL.search(sentence, before_start, before_end)
    if labelled:  # "Market size 2024: USD 896.4 million; forecast 2033: USD 2.87 billion"
        return int(labelled.group(1) or labelled.group(2))
    by_range = _BY_RANGE.match(sentence, after_start, after_end)
    if by_range:  # "to reach USD 3.8 billion by 2023–2033": the range's end
        return int(by_range.group(1))
    opening = _OPENING_YEAR.match(sentence) if before_start == 0 else None
    if opening and not numbers.years(sentence[opening.end() : before_end]):
        return int(opening.group(1))  # "In 2020 the market stood at USD 4.76 billion, and it grew 4.4% in 2024"
    following = sentence[after_start:after_end].split(";")[0]  # "...; revenue fell 31% in 2020": another clause's
    after = [year for year, offset in numbers.years(following) if offset < 40]
    if after:
        return after[0]
    before = numbers.years(sentence[before_start:before_end])
    if before:
        return before[-1][0]
    forecast_to = _FORECAST_TO.search(sentence, after_start, after_end)
    return int(forecast_to.group(1)) if forecast_to else None  # "$125+ Bn X Markets - Forecasts from 2025 to 2030"


_REVENUE_WORD = re.compile(r"revenue|sales", re.I)
_OPENING_YEAR = re.compile(r"\s*(?:in|during|as of|at the end of)\s+((?:19|20)\d{2})\b(?![-–/]\d)", re.I)


def revenues_in(paragraph: str, player_names: Sequence[str]) -> list[PlayerRevenue]:
    """Revenue figures of the player a sentence names before its revenue, else of the one its paragraph is about
    (the first it names): after "The report names A, B and C as the leaders.", "B reported revenue of ..." is B's,
    while after "Catalent focuses on delivery.", "The firm reported revenue ..., unlike Lonza" is Catalent's."""
    subject = _first_named(paragraph, player_names)
    if subject is None:
        return []
    revenues = []
    for sentence in numbers.split_sentences(paragraph):
        revenue_word = _REVENUE_WORD.search(sentence)
        if not revenue_word:
            continue
        for amount in numbers.money_amounts(sentence):
            # "A posted revenue of USD 172.1 million; B reported USD 7.1 billion": each amount its own reporter's
            reporter = _last_named(sentence[: amount.start], player_names) or subject
            revenues.append(PlayerRevenue(reporter, amount.value, amount.unit, amount.currency, sentence))
    return revenues


def _first_named(text: str, player_names: Sequence[str]) -> str | None:
    """The player named first, by its full name or without its legal form ("Padma Beverages" for "Padma
    Beverages PLC")."""
    positions = _where_named(text, player_names, str.find)
    return min(positions)[1] if positions else None


def _last_named(text: str, player_names: Sequence[str]) -> str | None:
    positions = _where_named(text, player_names, str.rfind)
    return max(positions)[1] if positions else None


def _where_named(text: str, player_names: Sequence[str], find: Callable[[str, str], int]) -> list[tuple[int, str]]:
    return [
        (find(text, written), name)
        for name in player_names
        for written in dict.fromkeys((name, _without_legal_form(name)))
        if written and written in text
    ]


@lru_cache(maxsize=4096)
def _without_legal_form(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(",") in vocab.LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words).rstrip(",")


def region_shares(paragraphs: Iterable[str], regions: Sequence[str]) -> dict[str, float]:
    """Share of the market each listed region holds, from paragraphs that give shares.

    Each region takes the first percentage after its name, before the next region's
    name: "North America holds ... 40%, Asia-Pacific follows at 25%". A paragraph counts
    when it speaks of shares or gives percentages to two regions or more; CAGRs are not shares.
    """
    names = tuple(sorted(dict.fromkeys(r for r in regions if r), key=len, reverse=True))
    if not names:
        return {}
    mention = _any_of(names)
    shares: dict[str, float] = {}
    for paragraph in paragraphs:
        if "%" not in paragraph:
            continue
        found = list(mention.finditer(paragraph))
        stated: dict[str, float] = {}
        for index, match in enumerate(found):
            stop = found[index + 1].start() if index + 1 < len(found) else len(paragraph)
            window = paragraph[match.end() : min(stop, match.end() + 120)]
            # "at 8.6% CAGR", "a CAGR of 8.6%": a growth rate either way round, no share
            percents = [
                p
                for p in numbers.percentages(window)
                # what follows is read past the window's end: "... 7.2% CAGR" cut after its "%" is still a rate
                if not _CAGR.search(window[: p[1]]) and not _RATE_AFTER.match(paragraph, match.end() + p[2])
            ]
            if percents:
                stated.setdefault(match.group(1), percents[0][0])
        if len(stated) >= 2 or _SHARE_SAID.search(paragraph):  # "captured 38.5% of global revenue"
            for region, share in stated.items():
                shares.setdefault(region, share)
    return shares


@lru_cache(maxsize=256)
def _any_of(names: tuple[str, ...]) -> re.Pattern:
    # Pages list the same few regions: one pattern each set, compiled once.
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")


def scope_to_segments(
    found: Iterable[Figure],
    labels: Iterable[str],
    sentence_before: Callable[[str], str] = lambda _: "",
    line_over: Callable[[str], str] = lambda _: "",
) -> list[Figure]:
    """A CAGR or size whose clause is about a listed segment is that segment's, even without the word
    "segment": "EUV resists are expected to grow at a CAGR of 15.3%", "Outage detection sensors accounted
    for USD 318.5 million". A clause that speaks of the market ("the market will grow") is the market's,
    whatever segment it names on the way. "The segment was worth ..." is the one named just before, in the
    sentence or in the one ``sentence_before`` it."""
    labels = sorted(dict.fromkeys(label for label in labels if len(label) > 1), key=len)  # ties in page order
    named = [label for label in labels if label.lower() not in _GENERIC_LABELS]
    scoped = []
    for figure in found:
        clause = _figure_clause(figure)
        if _THE_WHOLE.search(clause):  # "..., against the market's USD 23.38 billion"
            scoped.append(figure)
            continue
        subject = _SUBJECT_END.split(_clause_opening(clause), 1)[0].strip()
        owner = next((label for label in reversed(labels) if _heads_a_row(subject, label)), None)
        owner = owner or next((label for label in reversed(named) if _opens_with_label(subject, label)), None)
        owner = owner or _label_of_its_kind(subject, named)
        if owner is None and _THE_SEGMENT.match(subject):
            before = figure.snippet[: figure.snippet.find(clause)] or sentence_before(figure.snippet)
            owner = _first_label_named(before, named)
        if owner is None and not _MARKET_WORD.search(clause) and _ABOUT_ITS_ITEM.match(clause):
            # "Fish" over "The fastest growing source, expected to advance at a CAGR of 9.4%": the item's own line, or
            # its name run in ("Linen Rental & Managed Service. The largest line of business, worth £682 million")
            said_of = {line_over(figure.snippet).lower(), sentence_before(figure.snippet).rstrip(".").lower()}
            owner = next((label for label in labels if label.lower() in said_of), None)
        if owner is None and not _MARKET_WORD.search(clause):  # "special palm oil" names "Special Palm Oil (SPO)",
            owner = next((label for label in reversed(named) if _names_label(clause, _spoken_in_full(label))), None)
        stated = _stated_segment(clause, named) if figure.scope is None else None
        if stated:  # "the domestic segment was worth": a listed label, though a word that describes markets
            figure = replace(figure, scope=f"segment:{stated}")
        elif figure.scope is None and owner and not _MARKET_WORD.search(subject):
            figure = replace(figure, scope=f"segment:{owner}")
        elif figure.scope and figure.scope.startswith("segment:"):
            listed = _listed_as(figure.scope[8:], labels)
            # "Cats are the faster-growing animal segment": the listed subject, not the segment's description
            described = owner and listed not in labels and not _starts_with_words(owner, listed)
            figure = replace(figure, scope=f"segment:{owner if described else listed}")
        scoped.append(figure)
    return scoped


def scope_to_regions(
    found: Iterable[Figure],
    regions: Iterable[str],
    countries: Iterable[str] = (),
    headings_over: Callable[[str], Sequence[str]] = lambda _: (),
    sentence_before: Callable[[str], str] = lambda _: "",
) -> list[Figure]:
    """A figure whose clause opens with a region the page lists is that region's, under the page's own name for
    it: "The UK & Ireland remains the most mature market, accounting for £1.1bn", "Kanto accounted for ¥138.2
    billion", and "Central & Eastern Europe is forecast to post a CAGR of 8.4%" (not "Eastern Europe"). A table
    row's key is its cells' subject: "Riyadh Province | Largest market; SAR 1.31 billion in 2024". A country listed
    under a region is one too when it alone opens the clause ("India, the largest cutting centre, is forecast to
    post a 14.8% CAGR"), not the first of several ("Japan, China and Australia underpin a 16.1% CAGR") nor a
    dateline ("Colombo — ..."). A clause that refers back to its place ("the prefecture is forecast to grow at") is
    the region its sentence opens with, else the one a heading ``headings_over`` its sentence names, as is a card's
    bare "CAGR 11.0% (2025–2030)"; "Its CAGR is expected to be" the one ``sentence_before`` it opens with."""
    names = sorted(dict.fromkeys(name for name in regions if len(name) > 2), key=len, reverse=True)
    alone = [name for name in dict.fromkeys(countries) if len(name) > 2 and name not in names]
    scoped = []
    for figure in found:
        clause = _figure_clause(figure)
        subject = _clause_opening(clause)
        said = _REFERS_BACK.match(subject)
        refers_back = said is not None and not _MARKET_WORD.search(subject) or _refers_back_later(figure, clause)
        if refers_back:  # "Eastern Macedonia and Thrace dominates output; the region was worth"
            subject = _clause_opening(figure.snippet)
        key, cell, _ = figure.snippet.partition(" | ")
        described = _PLACE_ADJECTIVE.sub("", subject, count=1)  # "the coastal Obalno-kraška region is expected"
        placed = _clause_opening(_PLACE_SCENE.sub("", clause, count=1))  # "In the western Chaco, Boquerón will be"
        expected = _clause_opening(_ONE_EXPECTS.sub("", clause, count=1))  # "We expect the Antofagasta Region to"
        region = (
            next(
                (
                    name
                    for name in names
                    if _opens_with_place(subject, name)
                    or _opens_with_place(described, name)
                    or _opens_with_place(placed, name)
                    or _opens_with_place(expected, name)
                ),
                None,
            )
            or next((name for name in names if cell and key == name), None)
            or next((name for name in alone if _opens_with_place(subject, name) and _stands_alone(subject, name)), None)
            or (_last_named_before(figure.snippet, clause, names) if refers_back else None)
            or next(
                (
                    name
                    for text in _places_referred_to(figure, subject, refers_back, headings_over, sentence_before)
                    for name in names
                    if _opens_with_place(text, name)
                ),
                None,
            )
        )
        # a figure scoped to a segment named like the region ("South | ... | 6.4%") is the region's
        if region and (
            figure.scope in (None, f"segment:{region}")
            or figure.scope.startswith("region:")
            and figure.scope[7:] in region
        ):
            figure = replace(figure, scope=f"region:{region}")
        scoped.append(figure)
    return scoped


def _last_named_before(sentence: str, clause: str, names: Sequence[str]) -> str | None:
    """The region a sentence names last before the clause that refers back to it: "Per capita, however, Berlin &
    Brandenburg leads; the region generated €96.3 million"."""
    before = sentence[: sentence.rfind(clause)] if clause and clause in sentence else ""
    # where each name ends, the longer first: "Europe" inside "Western Europe" is no name of its own
    found = [(at + len(name), len(name), name) for name in names if (at := before.rfind(name)) >= 0]
    return max(found)[2] if found else None


def _refers_back_later(figure: Figure, clause: str) -> bool:
    """Whether a clause names its place only by referring back to it, after its opening or after its figure, or
    leaves out the subject its sentence opened with; not when it goes on to speak of the market ("the region in the
    lead, the overall market is forecast to")."""
    later = _REFERRED_TO_LATER.search(clause) or _THIS_PLACE.search(clause)
    if later and not _MARKET_WORD.search(clause, later.end()):
        return True
    if _SUBJECT_LEFT_OUT.match(clause.lstrip()) and clause.strip() != figure.snippet[: len(clause)].strip():
        return True
    value_at = _value_at(figure)
    after = figure.snippet[value_at:].lstrip("0123456789.,% ") if value_at >= 0 else ""
    return _FOR_THE_PLACE.match(after) is not None


def _places_referred_to(
    figure: Figure,
    subject: str,
    refers_back: bool,
    headings_over: Callable[[str], Sequence[str]],
    sentence_before: Callable[[str], str],
) -> Sequence[str]:
    """Where a clause that names no place looks for it: for a clause referring back, the sentence before it, then
    the headings over it; the headings over a bare rate; the sentence before "Its CAGR"."""
    if refers_back:  # the paragraph's opening ("Western Cape leads. ... for the province"), else its heading
        return [_clause_opening(sentence_before(figure.snippet)), *headings_over(figure.snippet)]
    if _RATE_ALONE.match(subject):
        return headings_over(figure.snippet)
    return [_clause_opening(sentence_before(figure.snippet))] if _ITS_FIGURE.match(subject) else []


_RATE_ALONE = re.compile(
    r"^\s*(?:(?:expected|projected|forecast)\s+)?(?:cagr|growth(?:\s+rate)?)\s*(?:of|at|:)?\s*$", re.I
)
# "Its CAGR is expected to", "Its installation market was worth": the sentence before names whose
_ITS_FIGURE = re.compile(r"^\s*its\s+(?:(?!the\b)[\w-]+\s+)?(?:cagr|growth|sales|revenue|value|market)\b", re.I)
# A scene set before the subject: "In the western Chaco, Boquerón (Filadelfia, Loma Plata) will be the fastest"
_PLACE_SCENE = re.compile(r"^\s*(?:in|across|outside)\s+(?:the\s+)?(?-i:[a-z])[^,]{1,40},\s+(?=[A-Z])", re.I)
_ANOTHER_PLACE_OR_DATELINE = re.compile(r"^\s*(?:(?:,|and|&)\s+[A-Z]|[—–-]\s|\()")


def _stands_alone(subject: str, name: str) -> bool:
    return _ANOTHER_PLACE_OR_DATELINE.match(subject[len(name) :]) is None


_PLACE_ADJECTIVE = re.compile(r"^(?!(?:in|outside|across|beyond|excluding|except|than)\s)[a-z][a-z-]+\s+(?=[A-Z])")


def _opens_with_place(subject: str, name: str) -> bool:
    """ "Dubai is the largest emirate" opens with Dubai; a dateline ("DUBAI, UAE — The market", "Dubai, United Arab
    Emirates, 24 June 2025 - The UAE ... market") does not, nor does "The Seoul-based research firm expects"."""
    if not _starts_with_words(subject, name) or _DATELINE.match(subject) or subject[len(name) : len(name) + 1] == "-":
        return False
    return name.isupper() or not subject[: len(name)].isupper()


def scope_to_players(cagrs: Iterable[Cagr], player_names: Sequence[str]) -> list[Cagr]:
    """A CAGR of a company's own revenue is that player's: "Teleflex Incorporated's surgical revenue grew at a
    CAGR of 4.1%", "TOK posted net sales of JPY 201.4 billion, and its sales grew at a CAGR of 9.8%". The sentence
    opens with the player, speaks of revenue or sales and of no market."""
    scoped = []
    for cagr in cagrs:
        before = _figure_clause(cagr) if cagr.scope is None else ""
        player = _opening_player(cagr.snippet, player_names) if _REVENUE_WORD.search(before) else None
        if player and not _MARKET_WORD.search(_OUTPACING.sub("", cagr.snippet)):  # "..., outpacing the market"
            cagr = replace(cagr, scope=f"player:{player}")
        scoped.append(cagr)
    return scoped


def _opening_player(sentence: str, player_names: Sequence[str]) -> str | None:
    """The player a sentence opens with, named in full or by its first word ("Fuyao reported ..."), maybe after
    the group it is one of ("Among manufacturers, Speedo International Ltd. grew its revenue ...")."""
    opening = _AMONG_A_GROUP.sub("", sentence.lstrip("\"“' "))
    for name in player_names:
        first = name.split()[0].rstrip(",.") if name.strip() else ""
        if opening.startswith(name) or len(first) >= 4 and _starts_with_words(opening, first):
            return name
    return None


def _clause_opening(clause: str) -> str:
    """Where a clause's subject starts: after the scene it sets ("In the X market, ") and its article, and after a
    list line's dash ("— Germany is expected to"), and a caption's number ("Figure 5: East Asia accounted for")."""
    opening = _SCENE_SETTING.sub("", clause).lstrip().lstrip("—–•· ")
    caption = NUMBERED_CAPTION.match(opening)
    return _LEADING_ARTICLE.sub("", opening[caption.end() :] if caption else opening)


def _stated_segment(clause: str, labels: Sequence[str]) -> str | None:
    """The listed label of "the domestic segment was worth USD ", the figure's own subject (no other figure
    between them)."""
    said = [m for m in _SEGMENT_SUBJECT.finditer(clause) if not any(c.isdigit() for c in clause[m.end() :])]
    named = said[-1].group(1).strip().lower() if said else None
    return next((label for label in labels if _spoken(label).lower() == named), None)


def _first_label_named(text: str, labels: Sequence[str]) -> str | None:
    lowered = text.lower()
    at = [(lowered.find(_spoken(label).lower()), label) for label in labels if _names_label(text, _spoken(label))]
    # the longest name where two start: "Natural & Multifunctional Preservatives", not "Natural"
    return min(at, key=lambda found: (found[0], -len(found[1])))[1] if at else None


@lru_cache(maxsize=1024)  # a page's few labels, asked for each figure
def _spoken(label: str) -> str:
    """ "Cocoa Butter Improvers (CBI)" as prose names it: "cocoa butter improvers are expected to grow"."""
    return _ACRONYM_TAIL.sub("", label) or label


def _spoken_in_full(label: str) -> str:
    """A label as prose names it anywhere in a clause: "Compound (NPK)" only with its acronym, since "compound
    annual growth" names no segment."""
    spoken = _spoken(label)
    return spoken if len(spoken.split()) >= 2 else label


def _opens_with_label(subject: str, label: str) -> bool:
    """Whether a clause's subject is the label, as prose names it or by its acronym: "SMEs are projected to
    post a CAGR of 14.2%" is the listed "Small & Medium-sized Enterprises (SMEs)"'s."""
    return any(_starts_with_words(subject, name) for name in _names_of_label(label))


@lru_cache(maxsize=1024)  # a page's few labels, asked for each figure
def _names_of_label(label: str) -> tuple[str, ...]:
    acronym = _ACRONYM_TAIL.search(label)
    short = acronym.group(1) if acronym and " " not in acronym.group(1) else ""
    return (_spoken(label), short) if short else (_spoken(label),)


# "Centrifugal units generated USD 1.01 billion": a listed kind's first word before a word for its units
_KIND_OF_UNITS = re.compile(r"^([A-Za-z][\w-]*)\s+(?:units|devices|models|machines|systems|variants)\b")


def _label_of_its_kind(subject: str, labels: Sequence[str]) -> str | None:
    """ "Centrifugal units" are the one listed label of several words opening with "Centrifugal" ("Centrifugal
    Magnetic Drive Pumps")."""
    kind = _KIND_OF_UNITS.match(subject)
    first = kind.group(1).lower() if kind else None
    opening = [label for label in labels if len(label.split()) >= 2 and label.split()[0].lower() == first]
    return opening[0] if len(opening) == 1 else None


def _heads_a_row(subject: str, label: str) -> bool:
    """ "Others | 6.2% | 5.4%": a table's row is its first cell's, even an item as generic as "Others"."""
    return subject.startswith(label) and subject[len(label) :].startswith(_CELL)


def _listed_as(name: str, labels: Sequence[str]) -> str:
    """The listed label a segment is named by in prose: "battery high-voltage harness" is the listed
    "Battery High-Voltage Harnesses", "SaaS" the listed "Software as a Service (SaaS)", "solid-state radar" the
    listed "Solid-State (Doppler) Radar", "Cargo e-bikes" "Cargo", and "all-terrain" the one label it starts,
    "All-Terrain Cranes"; "the legumes" is "Legumes"."""
    name = _LEADING_THE.sub("", name)
    wanted = _folded_label(name)
    for label in labels:
        acronym = _ACRONYM_TAIL.search(label)
        if _folded_label(label) == wanted or acronym and _folded_label(acronym.group(1)) == wanted:
            return label
        if "(" in label and not label.endswith(")") and _folded_label(PARENTHESISED.sub("", label)) == wanted:
            return label
    # "Cargo e-bikes" is the listed "Cargo": the longest label the name starts with (labels run short to long).
    shorter = next((label for label in reversed(labels) if _starts_with_words(name, label)), None)
    lead = f"{name.lower()} "  # not "Lace Wigs (Full Lace, Lace Front)": the label with its sub-items
    longer = [label for label in labels if label.lower().startswith(lead) and "(" not in label[len(lead) :]]
    return shorter or (longer[0] if len(longer) == 1 else name)


def _folded_label(text: str) -> str:
    return folded_name(text).removesuffix("es").removesuffix("s")


_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")
_LOWER_WORD = re.compile(r"[a-z][a-z0-9-]*")


def folded_name(text: str) -> str:
    """A name with case, spaces and punctuation folded away: "Asia-Pacific" -> "asiapacific"."""
    return _NOT_ALPHANUMERIC.sub("", text.lower())


def _names_label(text: str, label: str) -> bool:
    """The label's words anywhere in the text, a plural "s" allowed: "PEM electrolyzers" names "PEM Electrolyzer"."""
    lowered, wanted = _prose_form(text), _prose_form(label)
    at = lowered.find(wanted)
    while at >= 0:
        if (at == 0 or not lowered[at - 1].isalnum()) and _starts_with_words(lowered[at:], wanted):
            return True
        at = lowered.find(wanted, at + 1)
    return False


@lru_cache(maxsize=256)  # one clause is asked about each of a page's labels in turn
def _prose_form(text: str) -> str:
    return _with_and(text.lower())


def _with_and(text: str) -> str:
    """Prose says "and" where a list writes "&"."""
    return text.replace(" & ", " and ") if " & " in text else text


def _figure_clause(figure: Figure) -> str:
    """The clause that states the figure: "..., while pea-based products are projected to grow at 15.9%"."""
    value_at = _value_at(figure)
    before = figure.snippet[:value_at] if value_at > 0 else figure.snippet
    return _CONCESSIVE_ASIDE.sub("", _CONTRASTED_CLAUSE.split(before)[-1])


def _value_at(figure: Figure) -> int:
    """Where the snippet states the figure's value; -1 when it writes it otherwise."""
    value = figure.value_pct if isinstance(figure, Cagr) else figure.value
    value_at = figure.snippet.find(f"{value:g}")
    return figure.snippet.find(f"{value:,g}") if value_at < 0 else value_at  # "USD 1,840 million"


def _starts_with_words(text: str, words: str) -> bool:
    """ "EUV resists are ..." starts with "EUV resists" and with "EUV resist" (a plural), not with "EUV res";
    "Software and services" with "Software & Services"."""
    if "&" in words or "&" in text:
        text, words = _with_and(text), _with_and(words)
    if text[: len(words)].lower() != words.lower():  # the prefix only: subjects run long, and this is asked often
        return False
    rest = text[len(words) :]
    rest = rest[2:] if rest[:2].lower() == "es" else rest[1:] if rest[:1].lower() == "s" else rest
    return not (rest[:1].isalnum() or rest[:1] == "_") or not (words[-1:].isalnum() or words[-1:] == "_")


def about_another_market(sentence: str, market: str) -> bool:
    """Whether the sentence speaks only of markets other than this one: "Pendle Ridge now sees the automotive
    lidar market reaching USD 3.4 billion" in a newsletter about EV thermal management. A market named
    with none of this market's distinctive words is another; "the market", a region's market ("the
    Europe market") and a name sharing a word with this one ("EV thermal management") are this one."""
    own = _distinctive_words(market)
    named = [_market_name_before(sentence[: m.start()]) for m in _MARKET_WORD.finditer(sentence)]
    others = [words for words in named if len(words) >= 2 and not (words & own or _mostly_the_same(words, own))]
    return bool(others) and len(others) == len(named)


def _market_name_before(text: str) -> set[str]:
    """The distinctive words of the name just before "market", regions and countries left out. An amount
    there names no market: "North America alone was a USD 4.5 billion market", nor does a table's cell before
    this one ("Forecast Period: 2026–2034 | Market Size 2025: ...")."""
    text = text.rpartition(" | ")[2]
    tail = text[-48:].rstrip()
    if _ENDS_IN_A_NUMBER.search(tail) and (amounts := numbers.money_amounts(tail)) and amounts[-1].end == len(tail):
        return set()
    words = text.split()[-5:]
    stops = [i for i, word in enumerate(words) if word.lower().strip(",;:()") in vocab.MARKET_NAME_STOPS]
    name = " ".join(words[stops[-1] + 1 :] if stops else words)
    if not name or name[-1] in ",;:." or _REGION_SUBJECT.fullmatch(name) or names_one_country(name):
        return set()
    return _distinctive_words(REGION_ANYWHERE.pattern.sub(" ", name))


def _distinctive_words(name: str) -> set[str]:
    words = _LOWER_WORD.findall(name.lower())
    return {
        w for w in words if w not in vocab.GENERIC_MARKET_WORDS and w not in vocab.MARKET_DESCRIPTORS and len(w) > 1
    }


def _mostly_the_same(named: set[str], own: set[str]) -> bool:
    """Half the named market's words at least are this one's, told apart only by a plural or a hyphen: "myopia
    control lenses" is the "Myopia-control lens" market; "vegetable oil refining" is no "edible oils"."""
    stems = {_stem(part) for word in own for part in (word, *word.split("-"))}
    return 2 * sum(_stem(word) in stems for word in named) >= len(named)


def _stem(word: str) -> str:
    return word.removesuffix("es").removesuffix("s")


def merge_cagrs(cagrs: Iterable[Cagr]) -> tuple[Cagr, ...]:
    """One entry per stated figure: a repeat with fewer years adds nothing."""
    kept: list[Cagr] = []
    for cagr in cagrs:
        same = [k for k in kept if k.value_pct == cagr.value_pct and k.scope == cagr.scope]
        if not same:
            kept.append(cagr)
            continue
        known = same[0]
        if _years_known(cagr) > _years_known(known) and _compatible(cagr, known):
            kept[kept.index(known)] = cagr
        elif not any(_compatible(cagr, k) for k in same):
            kept.append(cagr)
    return tuple(c for c in kept if not _an_inferred_twin(c, kept))


def _an_inferred_twin(cagr: Cagr, kept: list[Cagr]) -> bool:
    """ "from USD 4.31 billion in 2024 ... by 2031, at a CAGR of 38.2%" infers 2024-2031; where the page also
    states the same rate with its years ("a CAGR of 38.2% over 2025-2031"), the stated years are the rate's."""
    stated = [
        k
        for k in kept
        if k is not cagr and (k.value_pct, k.scope) == (cagr.value_pct, cagr.scope) and _states_its_years(k)
    ]
    return bool(stated) and not _states_its_years(cagr)


def _states_its_years(cagr: Cagr) -> bool:
    return any((start, end) == (cagr.start, cagr.end) for start, end, _ in numbers.year_ranges(cagr.snippet))


def _years_known(cagr: Cagr) -> int:
    return (cagr.start is not None) + (cagr.end is not None)


def _compatible(a: Cagr, b: Cagr) -> bool:
    return all(x is None or y is None or x == y for x, y in ((a.start, b.start), (a.end, b.end)))


def without_scoped_repeats(cagrs: Sequence[Cagr]) -> tuple[Cagr, ...]:
    """ "China: 26.4% CAGR 2025–2032" in a fact box beside "China is forecast to grow at a CAGR of 26.4%": a rate
    read without its subject that a scoped rate of the page states is that scope's, when the page gives the whole
    market a rate of its own."""
    scoped = {(c.value_pct, c.start, c.end) for c in cagrs if c.scope}
    repeats = [c for c in cagrs if c.scope is None and (c.value_pct, c.start, c.end) in scoped]
    whole_elsewhere = any(c.scope is None and c not in repeats for c in cagrs)
    return tuple(c for c in cagrs if not (whole_elsewhere and c in repeats))


# A year named by when the page was written: "For the current year the firm projects $6.77 billion", "from A$1.62
# billion last year"
_RELATIVE_YEAR = re.compile(r"\b(?:(?P<now>current|this)|(?P<before>last|previous|past))\s+year\b(?!\s+alone)", re.I)


def dated_by_publication(size: MarketSize, published: str | None) -> MarketSize:
    """A size whose year the sentence gives only as "this year" or "last year", dated by the page's own date; only
    a segment's, a region's or one the sentence calls the market's, since a year left so vague is more often a
    company's turnover or another source's figure."""
    about_the_market = size.scope is not None or _MARKET_WORD.search(size.snippet) is not None
    relative = list(_RELATIVE_YEAR.finditer(size.snippet)) if size.year is None and published else []
    if len(relative) != 1 or not about_the_market:
        return size
    return replace(size, year=int(published[:4]) - (1 if relative[0].group("before") else 0))


# How a table's row names the year of an amount its table leaves undated ("Region | USD million | Share")
BASE_YEAR = "the base year"


def dated_by_the_base_year(size: MarketSize, forecast: tuple[int, int] | None) -> MarketSize:
    """A table's undated amount, in the year before the page's forecast starts: the year a release's current
    figures are stated in."""
    if size.year is not None or forecast is None or f"size in {BASE_YEAR}:" not in size.snippet:
        return size
    return replace(size, year=forecast[0] - 1)


def merge_sizes(sizes: Iterable[MarketSize]) -> tuple[MarketSize, ...]:
    """One entry per amount, year and scope, the first way it is written ("USD 2.3 Bn" and "$2,300 Mn"
    are one size), or the exact way where another rounds it ("USD 33.6 Billion" in a headline, "USD 33,620.7
    million" in the text); a currency stated anywhere is kept. A size needs its year: an amount stated with none is
    a headline's rounded repeat, a growth increment, a wider industry's worth ("the £14bn horticulture
    industry") or a company's turnover far more often than this market's, and no series can place it."""
    kept: dict[tuple, MarketSize] = {}  # (amount in millions, year, scope) -> the size as first written
    for size in sizes:
        if size.year is None:
            continue
        key = (_in_millions(size), size.year, size.scope)
        rounded = next((k for k, known in kept.items() if _rounds_one_to_the_other(size, known)), None)
        finer = rounded and MILLIONS_PER_UNIT.get(size.unit, 1.0) < MILLIONS_PER_UNIT.get(kept[rounded].unit, 1.0)
        if finer and rounded[0] != key[0]:
            kept[rounded] = replace(size, currency=size.currency or kept[rounded].currency)  # the exact one
            continue
        # a size stated again after an exact one replaced its rounded form: the slot keeps the rounded one's key
        again = next((k for k, known in kept.items() if (_in_millions(known), known.year, known.scope) == key), None)
        key = rounded or again or key
        known = kept.get(key)
        if known is None:
            kept[key] = size
        elif known.currency is None and size.currency is not None:
            kept[key] = replace(known, currency=size.currency)
    return tuple(kept.values())


def _rounds_one_to_the_other(a: MarketSize, b: MarketSize) -> bool:
    """ "USD 18.64 Bn" and "USD 18,640.5 million" in the same year: one size, rounded to the digits it is
    written with in the larger unit."""
    if (a.year, a.scope) != (b.year, b.scope) or a.unit == b.unit:
        return False
    coarse, fine = (a, b) if MILLIONS_PER_UNIT.get(a.unit, 1.0) > MILLIONS_PER_UNIT.get(b.unit, 1.0) else (b, a)
    digits = len(repr(float(coarse.value)).partition(".")[2].rstrip("0"))
    # within half a last digit: "71,250 million" is "71.3 billion" rounded half up, as writers round
    return abs(_in_millions(fine) / MILLIONS_PER_UNIT.get(coarse.unit, 1.0) - coarse.value) <= 0.5 * 10**-digits + 1e-9


def _in_millions(size: MarketSize) -> float:
    return round(size.value * MILLIONS_PER_UNIT.get(size.unit, 1.0), 6)


_SHARED_CURRENCY_WORDS = [(re.compile(written), read, homes) for written, read, homes in vocab.SHARED_CURRENCY_WORDS]


def in_the_home_currency(amounts: Iterable[Amount], market: str) -> tuple[Amount, ...]:
    """Amounts in a currency several countries write alike, on a page about a country with its own: "Rs 512 billion"
    on "Pakistan Motorcycle Market" is PKR, not INR; "FCFA 310 billion" on a Cameroon market is XAF, not XOF."""
    homes = [
        (written, read, home)
        for written, read, home_by_country in _SHARED_CURRENCY_WORDS
        for country, home in home_by_country.items()
        if country in market
    ]
    return tuple(
        next(
            (
                replace(amount, currency=home)
                for written, read, home in homes
                if amount.currency == read and written.search(amount.snippet)
            ),
            amount,
        )
        for amount in amounts
    )
