"""CAGRs and sizes read with their sentence. Each case says why it exists."""

from dataclasses import replace

import pytest

from pipelines.parse import figures, parse_release
from pipelines.records import Cagr

FORECAST = (2025, 2032)

CAGR_CASES = [
    (
        "Mechanical recycling is expected to grow at 9.2 percent annually through 2034.",
        [(9.2, None, 2034, None)],
        "a rate in words, 'annually'",
    ),
    (
        "The market is expected to grow at a CAGR of 13.2% during the forecast period.",
        [(13.2, 2025, 2032, None)],
        "'during the forecast period' takes the page's forecast years",
    ),
    (
        "Market data indicates a CAGR of approximately 15% through 2025.",
        [(15.0, None, 2025, None)],
        "'through YEAR' gives an end year only",
    ),
    ("It will grow at 7.1% CAGR from 2024 to 2030.", [(7.1, 2024, 2030, None)], "percentage before the word CAGR"),
    (
        "Security Observability is the fastest-growing product segment, with a CAGR of 21.4% (2025-2032).",
        [(21.4, 2025, 2032, "segment:Security Observability")],
        "a subject ranked among the market's items is that item",
    ),
    (
        "Manufacturing will remain the largest end user, its spending rising at a CAGR of 41.5% over 2025-2031.",
        [(41.5, 2025, 2031, "segment:Manufacturing")],
        "'will remain the largest end user'",
    ),
    (
        "Cashew is expected to be the fastest-growing source, at a CAGR of 13.5% from 2025 to 2030.",
        [(13.5, 2025, 2030, "segment:Cashew")],
        "any kind of item a market is split into ranks its subject: 'source', 'format', 'product line'",
    ),
    (
        "The Polybutylene Succinate (PBS) application is the fastest-growing segment, with a CAGR of 13.9% to 2032.",
        [(13.9, None, 2032, "segment:Polybutylene Succinate (PBS)")],
        "the item's kind after its name is not part of it",
    ),
    (
        "Fastest-growing region | Asia Pacific, 19.0% CAGR (2025-2032)",
        [(19.0, 2025, 2032, "region:Asia Pacific")],
        "a row's cells part like clauses",
    ),
    (
        "Electric Cargo Bike Market Size to Reach US$ 2.14 Billion by 2032, Growing at a CAGR of 11.9%",
        [(11.9, 2025, 2032, None)],
        "a headline's target year, the forecast's end, dates the CAGR it leads to as the forecast",
    ),
    ("CAGR (2024 - 2029) | 9.00 %", [(9.0, 2024, 2029, None)], "snapshot row: years between CAGR and value"),
    (
        "Over FY25–FY32 it is projected to grow at a CAGR of 14.7%, reaching $10.18 billion by FY32.",
        [(14.7, 2025, 2032, None)],
        "the range opening the rate's clause and ending where the rate does is its years",
    ),
    (
        "Stouts grew 9.1% a year from 2020 to 2030, while cans are expected to grow at an 11.4% CAGR through 2030.",
        [(11.4, None, 2030, None)],
        "not the range of the clause before",
    ),
    (
        "Europe is projected to expand at a CAGR of 39.5% between 2025 and 2032.",
        [(39.5, 2025, 2032, "region:Europe")],
        "a region's CAGR is not the market's",
    ),
    (
        "The Sensor-based Controllers segment is expected to register a CAGR of 19.4% over 2025-2032.",
        [(19.4, 2025, 2032, "segment:Sensor-based Controllers")],
        "a segment's CAGR is not the market's",
    ),
    (
        "With plants in the U.S. and Europe, the market will grow at a CAGR of 6% from 2024 to 2030.",
        [(6.0, 2024, 2030, None)],
        "a region named in passing does not scope the figure",
    ),
    ("AI Market to grow at a CAGR of 29 by the end", [(29.0, None, None, None)], "a CAGR without its % sign"),
    (
        "North America wrote 58% of premiums, but the firm expects Asia Pacific to grow fastest, at a CAGR of 24.1%"
        " from 2024 to 2032.",
        [(24.1, 2024, 2032, "region:Asia Pacific")],
        "the region that is the subject of the figure's clause, not the one that opens the sentence",
    ),
    (
        "The market grew from USD 2.1 billion in 2024 and is expected to reach USD 9.4 billion by 2030, at a CAGR"
        " of 28.4%.",
        [(28.4, 2024, 2030, None)],
        "a CAGR without years spans the years of the sizes before it",
    ),
    (
        "Between 2019 and 2024 the market grew at a CAGR of 5.2%, held back by a post-pandemic slowdown in 2022 and"
        " 2023.",
        [(5.2, 2019, 2024, None)],
        "years in a later clause are that clause's, not the rate's",
    ),
    (
        "Sriracha has a CAGR of 8.1% expected over the forecast period, as supply issues that hit the category in"
        " 2022-2023 have eased.",
        [(8.1, 2025, 2032, None)],
        "so the forecast period the rate's own clause names gives its years",
    ),
    (
        "With a CAGR of 5.5%, the market is anticipated to reach USD 3.8 billion by 2023-2033.",
        [(5.5, 2023, 2033, None)],
        "a later clause about the market states the rate's years",
    ),
    ("Another firm puts the CAGR at 9% through 2030.", [], "a second source's figure is not this release's"),
    (
        "It is set to rise at a compound annual rate of 7.3% from 2025 to 2032.",
        [(7.3, 2025, 2032, None)],
        "'compound annual rate' without 'growth'",
    ),
    (
        "The market will reach USD 13.74 billion by 2031, expanding at a rate of 5.9% annually between 2025 and 2031.",
        [(5.9, 2025, 2031, None)],
        "'X% annually' is a compound rate",
    ),
    (
        "The market should hit USD 1,218.4 million by 2033, compounding at 12.6% a year over 2025-2033.",
        [(12.6, 2025, 2033, None)],
        "the market compounding at 'X% a year'",
    ),
    (
        "That implies compound annual growth of nearly 13% over 2025-2031.",
        [(13.0, 2025, 2031, None)],
        "'compound annual growth of X%' without 'rate'",
    ),
    (
        "It expects the market to reach $2.04 trillion by 2032, advancing at 8.11 % per year from 2025 to 2032.",
        [(8.11, 2025, 2032, None)],
        "the market advancing at 'X % per year'",
    ),
    (
        "Small fleets are the fastest-growing group, at 13.9% a year, as they move off paper logs.",
        [(13.9, None, None, None)],
        "the fastest-growing group's 'X% a year' (scoped to the listed item later)",
    ),
    (
        "Magnetometer sensors remain the default, while camera-based sensors are growing faster at 17.5% a year.",
        [(17.5, None, None, None)],
        "one 'growing faster at X% a year'",
    ),
    ("In Asia Pacific we expect 8.4% annual growth.", [(8.4, None, None, "region:Asia Pacific")], "'X% annual growth'"),
    ("About 7.5% a year over the forecast period.", [(7.5, 2025, 2032, None)], "'X% a year over the forecast period'"),
    ("Growth there is nearer 4% a year, the trade body says.", [], "growth's yearly rate, no verb of growing"),
    (
        "The market is set to grow from USD 1.84 billion in 2024 to USD 2.02 billion in 2025 and USD 3.97 billion by "
        "2032, a CAGR of 10.1%.",
        [(10.1, 2025, 2032, None)],
        "but not when a later amount runs on to the forecast's end",
    ),
    (
        "North America, the largest region, should compound at 16.2% through 2032.",
        [(16.2, None, 2032, "region:North America")],
        "'compound at X%'",
    ),
    ("Premium increases of 15% to 20% a year could slow sign-ups.", [], "another quantity's yearly rise"),
    ("Tests show degradation below 1% per year for modules.", [], "a yearly loss of something else"),
    ("Revenue grew 12% last year.", [], "a one-year growth rate is no CAGR"),
    ("Flavored water grew at a CAGR of 4.3% last year alone.", [], "nor when it is called a CAGR"),
    ("The bench segment grew at a CAGR of 3.9% in 2024 compared with 2023.", [], "nor one year against the last"),
    ("CAGR of 250%", [], "implausible values are misreads"),
    ("Revenue declined at a -2.1% CAGR during 2019-2023.", [], "a historical decline is no growth forecast"),
    ("The market contracted at a CAGR of 3.2% between 2019 and 2022.", [], "a verb of shrinking before the rate"),
    ("Sales moved at a CAGR of -1.5% over 2019-2023.", [], "a minus sign on the rate"),
    ("CAGR 2025-2032 - 7.1%", [(7.1, 2025, 2032, None)], "a dash between a label and its rate is no minus sign"),
    (
        "Sales grow from USD 4.34 billion (2025) to USD 7.78 billion (2030) at a CAGR of 12.4%.",
        [(12.4, 2025, 2030, None)],
        "the years of the amounts before the rate, each in brackets",
    ),
    (
        "Regionally, Asia Pacific, the largest market, is expected to post a CAGR of 14.1% through the period.",
        [(14.1, None, None, "region:Asia Pacific")],
        "'Regionally,' leads to the region's own clause",
    ),
    (
        "Tollerton expects Asia Pacific, led by Japan, Australia and New Zealand, to grow fastest, at a 14.6% CAGR.",
        [(14.6, None, None, "region:Asia Pacific")],
        "an apposition naming the region's countries parts the region from its verb",
    ),
]


@pytest.mark.parametrize("sentence, expected, why", CAGR_CASES, ids=[c[2] for c in CAGR_CASES])
def test_cagrs_in(sentence, expected, why):
    assert [(c.value_pct, c.start, c.end, c.scope) for c in figures.cagrs_in(sentence, FORECAST)] == expected


SIZE_CASES = [
    (
        "The market is projected to reach USD 2.30 Billion by 2030 from USD 1.45 Billion in 2023.",
        [(2.3, "billion", "USD", 2030), (1.45, "billion", "USD", 2023)],
        "forecast and base in one sentence",
    ),
    ("In 2024, the market was valued at USD 1.2 billion.", [(1.2, "billion", "USD", 2024)], "year before the amount"),
    (
        "Base year value, 2024 | £14.6bn",
        [(14.6, "billion", "GBP", 2024)],
        "a figures strip's base-year value names no market, yet is its size",
    ),
    (
        "With a CAGR of 5.5%, the market is anticipated to reach USD 3.8 billion by 2023–2033.",
        [(3.8, "billion", "USD", 2033)],
        "'by' a range: the range's end",
    ),
    (
        "$125+ Bn Next-Generation Data Storage Markets - Forecasts from 2025 to 2030: Growth Driven by AI",
        [(125.0, "billion", "USD", 2030)],
        "a headline's amount with no year of its own belongs to the end of the forecast it names",
    ),
    ("The market will grow by USD 48.8 million from 2022 to 2027.", [], "an increment is no size"),
    (
        "The incremental opportunity between FY24 and FY32 is estimated at US$ 628.3 Million.",
        [],
        "the increment as the clause's subject, far before its amount",
    ),
    (
        "The market is set to grow at 5.6% during 2025–2031, an absolute gain of US$ 2,170.4 million over the period.",
        [],
        "an absolute gain is an increment",
    ),
    ("Market growth 2024-2028 | USD 1.87 billion", [], "a snapshot's 'market growth' row is the increment"),
    (
        "Over the forecast period the market is expected to add roughly USD 7.7 billion in incremental revenue.",
        [],
        "an amount the market adds is no size",
    ),
    (
        "The market is put at USD 3.14 billion in 2024, rising to USD 8.87 billion in 2030, an increase of USD 5.73 "
        "billion.",
        [(3.14, "billion", "USD", 2024), (8.87, "billion", "USD", 2030)],
        "'an increase of' is the increment",
    ),
    (
        "The market reaches US$ 0.74 billion in 2033, roughly US$ 327 million of additional annual sales.",
        [(0.74, "billion", "USD", 2033)],
        "'of additional' sales are the increment",
    ),
    (
        "Revenue jumped in 2024, and the largest makers carry a combined order backlog of roughly US$ 14 billion.",
        [],
        "an order backlog is no size",
    ),
    (
        "Exports of herbal products, worth about USD 62 million in 2024, are outside the scope of this estimate.",
        [],
        "exports outside the estimate's scope",
    ),
    (
        "The ministry's roadmap target of JPY 100 billion for the market by 2030 is a policy goal.",
        [],
        "a policy target is no size",
    ),
    (
        "The market stood at USD 2.1 billion in 2024; output was about 1 million tonnes in 2024.",
        [(2.1, "billion", "USD", 2024)],
        "a volume in tonnes is no size",
    ),
    (
        "Market size 2024: USD 896.4 million; forecast 2033: USD 2.87 billion",
        [(896.4, "million", "USD", 2024), (2.87, "billion", "USD", 2033)],
        "a year labelling the amount after it is its year, not the next label's",
    ),
    (
        "The North America market was valued at USD 5.04 billion in 2024 and will be worth USD 9.18 billion by 2034.",
        [(5.04, "billion", "USD", 2024), (9.18, "billion", "USD", 2034)],
        "every amount of a sentence about a region is the region's (scope checked below)",
    ),
    (
        "Market Size (2023)USD 1.72 Billion | Market Size (2029)USD 6.14 Billion",
        [(1.72, "billion", "USD", 2023), (6.14, "billion", "USD", 2029)],
        "two snapshot pairs on one line: a size's year is never read across the pipe",
    ),
    (
        "By comparison, the wider nanocoatings category is worth roughly USD 14 billion.",
        [],
        "a wider market's size quoted for comparison is not this market's",
    ),
    ("Single user licence: USD 3,490 million discount price", [], "prices are no sizes"),
    ("Europe accounted for USD 11.6 billion in 2024.", [(11.6, "billion", "USD", 2024)], "'accounted for' an amount"),
    ("Europe held the largest share in 2024 at USD 208.3 million.", [(208.3, "million", "USD", 2024)], "a share held"),
    (
        "The CRO services market generated revenue of US$84.7bn (€78.1bn) in 2024 and will reach US$162.3bn "
        "(€149.6bn) by 2033.",
        [
            (84.7, "billion", "USD", 2024),
            (78.1, "billion", "EUR", 2024),
            (162.3, "billion", "USD", 2033),
            (149.6, "billion", "EUR", 2033),
        ],
        "a figure in two currencies takes the year after both; a market's own revenue is its size",
    ),
    (
        "The cassava starch market, valued at USD 5.71 billion (about ₦8.7 trillion) in 2024, is growing.",
        [(5.71, "billion", "USD", 2024), (8.7, "trillion", "NGN", 2024)],
        "the second currency 'about' the first, in naira",
    ),
    (
        "Global spending on ship-to-shore cranes will rise from USD 3.86 billion in 2024 to USD 5.71 billion by 2032.",
        [(3.86, "billion", "USD", 2024), (5.71, "billion", "USD", 2032)],
        "spending on the market's goods is its size",
    ),
    (
        "North America 2024 | USD 118.3 million",
        [(118.3, "million", "USD", 2024)],
        "a snapshot's region and year beside an amount",
    ),
    ("North America 2024: USD 201.7 Mn.", [(201.7, "million", "USD", 2024)], "or after a colon"),
    (
        "Europe led with USD 44.7 million in 2024, with Russia hosting most of the capacity.",
        [(44.7, "million", "USD", 2024)],
        "a region that led with an amount",
    ),
    (
        "Adults remain the core paying group, accounting for USD 4.71 billion in 2024.",
        [(4.71, "billion", "USD", 2024)],
        "a group accounting for an amount",
    ),
    (
        "The Cart-based segment still generated the most revenue, USD 1.52 billion in 2024.",
        [(1.52, "billion", "USD", 2024)],
        "a segment's revenue is no company's",
    ),
    (
        "In its base case, revenue reaches EUR 1.67 billion by 2034.",
        [(1.67, "billion", "EUR", 2034)],
        "'its' far from 'revenue' owns no company's revenue",
    ),
    (
        "Philips leads; its Personal Health segment reported sales of EUR 3.29 billion in 2024.",
        [],
        "a company's own segment reports the company's sales",
    ),
    (
        "Lonza is a leading player with a revenue of $5 billion.",
        [(5.0, "billion", "USD", None)],
        "outside a players section this reads as a size; release.py routes player paragraphs to revenues",
    ),
    (
        "Europe contributed USD 14.9 billion in 2024, led by Germany and Italy.",
        [(14.9, "billion", "USD", 2024)],
        "a region's contribution is its size",
    ),
    (
        "January 2025: Magirus received a framework order from a state fire service valued at EUR 38 million.",
        [],
        "a deal a company signed or won is no size",
    ),
    (
        "August 2023: Oshkosh completed its acquisition of the AeroTech business for about USD 800 million.",
        [],
        "nor an acquisition it completed, though it buys a business",
    ),
    (
        "June 2024: An Indian supplier agreed a USD 90 million deal to buy a European cable business.",
        [],
        "nor a deal it agreed",
    ),
    (
        "By 2030 we expect USD 1.21 billion (roughly USD 1,210 million), which is a CAGR of 8.6%.",
        [(1.21, "billion", "USD", 2030), (1210.0, "million", "USD", 2030)],
        "what a firm expects is a size, though the sentence says no 'market'",
    ),
    (
        "For the forecast's end we project €3.05 billion by 2032.",
        [(3.05, "billion", "EUR", 2032)],
        "and what it projects",
    ),
    (
        "Anti-fouling coatings alone were a 4.61 billion USD business in 2024.",
        [(4.61, "billion", "USD", 2024)],
        "an item's worth as a business is its size",
    ),
    (
        "In 2020 the market stood at USD 12.37 billion, and revenue grew 5.1% in 2024.",
        [(12.37, "billion", "USD", 2020)],
        "the year opening the sentence is its first amount's, not a later clause's",
    ),
    (
        "Hardware represented USD 9.87 billion in 2024, while software grows faster.",
        [(9.87, "billion", "USD", 2024)],
        "what an item represented is its size",
    ),
    (
        "French door models made up USD 2.97 billion of 2024 sales.",
        [(2.97, "billion", "USD", 2024)],
        "what an item made up is its size",
    ),
    (
        "Lincoln Electric, the category leader, reported net sales of USD 4.01 billion for fiscal 2024, of which "
        "consumables made up well over half.",
        [],
        "a category leader's sales are a company's",
    ),
    (
        "The study sizes the absolute dollar opportunity between 2024 and 2031 at USD 2.57 billion.",
        [],
        "an increment named well before its amount",
    ),
    (
        "Load-bearing studs captured USD 15.2 billion in 2024.",
        [(15.2, "billion", "USD", 2024)],
        "what an item captured",
    ),
    (
        "In 2019 the market stood at USD 1.18 billion; revenue fell 31% in 2020 as centres closed.",
        [(1.18, "billion", "USD", 2019)],
        "a year after a semicolon is another clause's",
    ),
    (
        "Rival consultancy Pemberhall Data estimates the 2024 market at USD 9.1 billion, using a broader definition.",
        [],
        "a rival consultancy's estimate",
    ),
    (
        '"Some observers are more cautious -- the Halvern Group sizes the market at USD 8.9 billion for 2024."',
        [],
        "an observer's estimate quoted by the analyst",
    ),
    (
        "Another analyst house, Bebek Data, pegs the 2024 market at a lower USD 11.3 billion.",
        [],
        "another analyst house's estimate, whatever its name",
    ),
    (
        "The firm values the market at TRY 402.6 billion, or USD 12.2 billion, in 2024.",
        [(402.6, "billion", "TRY", 2024), (12.2, "billion", "USD", 2024)],
        "one figure in two currencies after ', or': the year after both is both's",
    ),
]


@pytest.mark.parametrize("sentence, expected, why", SIZE_CASES, ids=[c[2] for c in SIZE_CASES])
def test_sizes_in(sentence, expected, why):
    assert [(s.value, s.unit, s.currency, s.year) for s in figures.sizes_in(sentence)] == expected


def test_forecast_period_is_the_range_tied_to_forecast():
    sentences = ["Segments by Product, 2020-2030", "This study forecasts revenue at global levels from 2024 to 2030."]
    assert figures.forecast_period(sentences) == (2024, 2030)


def test_merge_keeps_contradictions_and_drops_repeats():
    cagrs = figures.cagrs_in("CAGR of 20.3% over the Forecast Period 2022-2028. Growing at a CAGR of 20.3%.", None)
    cagrs += figures.cagrs_in("A CAGR of 24% is also quoted.", None)
    assert [(c.value_pct, c.start, c.end) for c in figures.merge_cagrs(cagrs)] == [
        (20.3, 2022, 2028),
        (24.0, None, None),
    ]


def test_the_overall_markets_rate_beside_a_segments_is_the_whole_markets():
    sentence = (
        "Within this, the Pantograph Chargers segment is projected to grow at a CAGR of 21.9%, outpacing the overall "
        "market’s 17.3% CAGR between 2025 and 2032."
    )
    cagrs = figures.cagrs_in(sentence, None)
    assert [(c.value_pct, c.scope) for c in cagrs] == [(21.9, "segment:Pantograph Chargers"), (17.3, None)]


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("21.3% — expected CAGR of Europe between 2025 and 2033, as cathode plants ramp up.", "region:Europe"),
        ("The CAGR for Asia Pacific is put at 9.4% over 2025-2033.", "region:Asia Pacific"),
        ("The CAGR of the Asia Pacific market will be 9.4% over 2025-2033.", "region:Asia Pacific"),
    ],
)
def test_a_cagr_of_a_region_is_the_regions(sentence, scope):
    assert [c.scope for c in figures.cagrs_in(sentence, None)] == [scope]


@pytest.mark.parametrize(
    ("sentence", "another"),
    [
        ("Another international consultancy estimates the market at a lower USD 121 million for 2024.", True),
        ("Rasa Market Lab, another Vilnius consultancy, puts the 2024 value at EUR 190 million.", True),
        ("An alternative figure circulated elsewhere places the 2024 market nearer KZT 310 billion.", True),
        ("An association official said its internal estimate for 2024 sales was closer to NPR 120 billion.", True),
        ("Other published estimates for 2024 range from $16 billion to $24 billion.", True),
        ("An independent estimate by Pellham Consulting pegs the market at USD 2.3 billion in 2025.", True),
        ("The market grew by another 12% in 2024 to USD 1.2 billion, the firm says.", False),
        ("A separate assessment by Kathmandu-based Sajha Agro Research suggests 6.1% annual growth.", True),
        ("An independent tally published by Greyfold Consulting put the 2023 figure closer to USD 2.5 billion.", True),
        ("The projection is more cautious than an estimate circulated earlier by Mwinilunga Research.", True),
        ("The forecast is a little higher than one published last year by Wadi Horizon Consulting.", True),
        ("A 2023 study by Coastline Freight Economics projected a 7.5% CAGR for the sector.", True),
        ("The 2025 study by Coastline Freight Economics projects a 7.5% CAGR for the sector.", False),
    ],
)
def test_a_figure_another_source_gives(sentence, another):
    assert figures.quotes_another_source(sentence) is another


@pytest.mark.parametrize(
    "sentence",
    [
        # the release's own firm, called "the firm", states the rate
        "The grids market will be worth USD 103.5 million in 2034, an expansion the firm puts at a 7.94% CAGR.",
        # a wider industry named after the figure is compared with, not sized
        "That implies a compound annual growth rate of 9.6%, well ahead of the wider protective-packaging industry.",
    ],
)
def test_a_figure_the_release_states_itself(sentence):
    assert [c.value_pct for c in figures.cagrs_in(sentence, None)] in ([7.94], [9.6])
    assert figures.quotes_another_source("For comparison, figures published by Dunmore put")  # a firm's credit


@pytest.mark.parametrize(
    ("market", "world"),
    [("Tanzania Solar Home Systems", True), ("Solar Home Systems", False), ("Solar Home Systems in Tanzania", False)],
)
def test_the_world_markets_figure_on_a_page_about_one_places_market(market, world):
    sentence = "Tanzania accounts for 6% of the global solar home systems market, valued at USD 2.3 billion in 2024."
    assert figures.sizes_the_world_market(sentence, market) is world


def test_a_segment_compounding_at_a_rate_over_a_range_states_a_cagr():
    from pipelines.parse import parse_release

    page = (
        "# Industrial Exoskeleton Market\n\nThe industrial exoskeleton market grows at a CAGR of 20.5% over "
        "2025–2031.\n\nBy Type: Passive Exoskeletons, Powered Exoskeletons\n\nThe Powered Exoskeletons segment is "
        "projected to reach $1.41 billion in 2031, compounding at 24.9% over 2025–2031."
    )
    assert [(c.value_pct, c.scope) for c in parse_release(page).cagrs] == [
        (20.5, None),
        (24.9, "segment:Powered Exoskeletons"),
    ]


def test_a_region_right_before_its_rates_verb_is_the_rates_subject():
    sentence = "We see Asia Pacific compounding at 7.6% through 2033 on hospital and metro-station construction."
    assert [(c.value_pct, c.scope) for c in figures.cagrs_in(sentence, None)] == [(7.6, "region:Asia Pacific")]


def test_a_rate_read_without_its_subject_that_a_scoped_rate_states_is_that_scopes():
    china = Cagr(26.4, 2025, 2032, "region:China")
    whole = Cagr(22.6, 2025, 2032, None)
    repeat = Cagr(26.4, 2025, 2032, None)  # "Fastest-growing country | China: 26.4% CAGR 2025–2032"
    assert figures.without_scoped_repeats([whole, china, repeat]) == (whole, china)
    # with no other rate for the whole market, the unscoped one may be the market's own: kept
    assert figures.without_scoped_repeats([china, repeat]) == (china, repeat)


def test_revenues_belong_to_the_player_the_paragraph_is_about():
    paragraph = "Catalent focuses on delivery. The firm reported revenue exceeding $3 billion, unlike Lonza."
    revenues = figures.revenues_in(paragraph, ["Lonza", "Catalent"])
    assert [(r.player, r.value, r.unit, r.currency) for r in revenues] == [("Catalent", 3.0, "billion", "USD")]


def test_a_revenue_belongs_to_the_player_its_sentence_names_before_it():
    paragraph = "The report names Lonza, Catalent and Samsung Biologics as leaders. Catalent had revenue of $4.3 bn."
    revenues = figures.revenues_in(paragraph, ["Lonza", "Catalent", "Samsung Biologics"])
    assert [(r.player, r.value) for r in revenues] == [("Catalent", 4.3)]


def test_a_revenue_belongs_to_the_player_named_last_before_it_even_without_its_legal_form():
    paragraph = (
        "Mitek Systems posted fiscal 2024 revenue of USD 172.1 million; Experian reported USD 7.1 billion in revenue."
    )
    revenues = figures.revenues_in(paragraph, ["Jumio Corporation", "Mitek Systems, Inc.", "Experian plc"])
    assert [(r.player, r.value) for r in revenues] == [("Mitek Systems, Inc.", 172.1), ("Experian plc", 7.1)]


def test_a_yearless_headline_repeat_of_a_dated_size_is_dropped():
    sizes = figures.sizes_in("Market Reaching USD 27.4 Billion") + figures.sizes_in(
        "The market will reach USD 27.4 billion in 2033."
    )
    assert [(s.value, s.year) for s in figures.merge_sizes(sizes)] == [(27.4, 2033)]


def test_an_addition_or_a_companys_grown_revenue_is_no_market_size():
    assert figures.sizes_in("The forecast implies the market adds about $8.2 billion of annual spend by 2032.") == []
    assert figures.sizes_in("MongoDB grew revenue 19% to $2.01 billion in fiscal 2025, as its market grew.") == []
    assert figures.is_company_revenue("MongoDB grew revenue 19% to $2.01 billion in fiscal 2025.")
    assert figures.is_company_revenue("Peloton, the category's best-known brand, reported revenue of USD 2.7 billion.")


def test_the_research_firms_estimate_of_revenue_is_the_markets_size():
    assert not figures.is_company_revenue("The firm puts 2025 revenue at US $1,640.2 million.")
    assert [(s.value, s.year) for s in figures.sizes_in("The firm puts 2025 revenue at US $1,640.2 million.")] == [
        (1640.2, 2025)
    ]
    assert figures.is_company_revenue("The firm reported revenue of USD 2.7 billion in 2024.")  # a company's own


def test_a_segment_named_after_a_size_written_with_thousands_separators_does_not_own_it():
    sizes = figures.sizes_in("Revenue in 2024 stood at USD 1,840 million, with wireless models taking most units.")
    assert [s.scope for s in figures.scope_to_segments(sizes, ["Wireless", "Wired"])] == [None]


def test_a_size_stated_with_no_year_is_dropped():
    sizes = figures.sizes_in("The bus market is worth roughly EUR 52 billion a year.")
    sizes += figures.sizes_in("The market was valued at EUR 24.6 billion in 2024.")
    assert [(s.value, s.year) for s in sizes] == [(52.0, None), (24.6, 2024)]
    assert [(s.value, s.year) for s in figures.merge_sizes(sizes)] == [(24.6, 2024)]


def test_a_segment_cagr_is_read_from_its_own_clause():
    sentence = (
        "By Source, soy-based products held the largest share, while pea-based products are projected to grow at"
        " the fastest CAGR of 15.9% over the forecast period."
    )
    cagrs = figures.cagrs_in(sentence, FORECAST)
    assert [c.scope for c in figures.scope_to_segments(cagrs, ["Soy", "Pea"])] == ["segment:Pea"]


def test_a_line_naming_no_subject_is_about_the_item_named_on_the_line_above():
    page = (
        "Halal Gelatin Market\n\nThe halal gelatin market was valued at USD 612.0 million in 2024.\n\n"
        "BY SOURCE\n\nBovine Hide\n\nThe largest source in 2024, tied to beef slaughter in Brazil.\n\n"
        "Fish\n\nThe fastest growing source, expected to advance at a CAGR of 9.4% over 2025-2032.\n\n"
        "Poultry\n\nChicken-skin gelatin, made in small volumes, mainly in Southeast Asia.\n\n"
        "TRENDS\n\nAir induction tips\n\nExpected to grow at a CAGR of 6.1% over 2025-2032.\n"
    )
    facts = parse_release(page.encode())
    assert [s.label for s in facts.segments] == ["Bovine Hide", "Fish", "Poultry"]
    # the line over the last figure names no listed item: it stays the market's
    assert [(c.value_pct, c.scope) for c in facts.cagrs] == [(9.4, "segment:Fish"), (6.1, None)]


@pytest.mark.parametrize(
    ("sections", "labels", "scoped"),
    [
        (  # bold labels, each over a line about it
            "<p><strong>Automotive Fasteners</strong></p><p>The largest application, at EUR 742 million in 2024.</p>"
            "<p><strong>Construction Hardware</strong></p><p>Anchors, structural bolts and scaffold fittings.</p>",
            ["Automotive Fasteners", "Construction Hardware"],
            ["segment:Automotive Fasteners"],
        ),
        (  # names run in before a full stop (a bracketed acronym in one) or a dash
            "<p>Customer-Owned Goods (COG) Laundering. Trusts that buy their own linen but outsource the washing.</p>"
            "<p>Care Homes — the fastest-growing end user, expected to grow at a CAGR of 6.8% over 2025–2030.</p>",
            ["Customer-Owned Goods (COG) Laundering", "Care Homes"],
            ["segment:Care Homes"],
        ),
    ],
)
def test_items_as_bold_labels_or_run_in_names_take_the_figures_said_of_them(sections, labels, scoped):
    page = f"<h1>Linen Market</h1><p>The market was valued at EUR 1.6 billion in 2024.</p><h2>By End Use</h2>{sections}"
    facts = parse_release(page.encode())
    assert [s.label for s in facts.segments] == labels
    assert [f.scope for f in (*facts.market_sizes, *facts.cagrs) if f.scope] == scoped


def test_a_cagr_without_years_takes_the_forecast_period():
    from pipelines.parse import parse_release

    page = (
        "# Shelf Label Market Forecast 2025-2032\n\nThe market will grow over the forecast period 2025-2032.\n\n"
        "Asia Pacific is the fastest-growing region at a 19.1% CAGR."
    )
    facts = parse_release(page)
    assert [(c.value_pct, c.start, c.end, c.scope) for c in facts.cagrs] == [(19.1, 2025, 2032, "region:Asia Pacific")]


def test_a_page_stating_no_forecast_period_takes_the_whole_markets_cagr_years_even_an_end_year_only():
    from pipelines.parse import parse_release

    page = (
        "# Fleet Telematics Market Outlook\n\nThe fleet telematics market is projected to grow at a CAGR of 14.2% "
        "through 2030.\n\nEurope is set to grow at a CAGR of 12.0% from 2025 to 2031."
    )
    facts = parse_release(page)
    assert (facts.forecast_start, facts.forecast_end) == (None, 2030)


@pytest.mark.parametrize(
    ("market", "currency"),
    [("Pakistan Motorcycle", "PKR"), ("Sri Lanka Tea Export", "LKR"), ("India Motorcycle", "INR")],
)
def test_a_rupee_written_rs_is_the_markets_own_countrys(market, currency):
    from pipelines.parse import parse_release

    page = (
        f"# {market} Market to Touch Rs 780 Billion by 2030\n\nThe {market.lower()} market stood at Rs 512 billion "
        "(about USD 1.84 billion) in 2024.\n\nMarket leader Shahrah Motors Ltd posted revenue of Rs 118 billion in "
        "FY2024.\n\nKey players include Shahrah Motors Ltd, Ravi Riders and Volta EV."
    )
    facts = parse_release(page)
    assert [(s.value, s.currency) for s in facts.market_sizes] == [(780, currency), (512, currency), (1.84, "USD")]
    assert [(r.player, r.currency) for r in facts.player_revenues] == [("Shahrah Motors Ltd", currency)]


@pytest.mark.parametrize(("market", "currency"), [("Senegal Cement", "XOF"), ("Cameroon Cement", "XAF")])
def test_a_cfa_franc_is_the_markets_own_regions(market, currency):
    from pipelines.parse import parse_release

    page = f"# {market} Market\n\nThe {market.lower()} market was worth FCFA 538.6 billion in 2024."
    assert [(s.value, s.currency) for s in parse_release(page).market_sizes] == [(538.6, currency)]


@pytest.mark.parametrize(("market", "currency"), [("Canada Maple Syrup", "CAD"), ("Nicaragua Farmed Shrimp", "NIO")])
def test_a_c_dollar_is_canadas_unless_the_market_is_nicaraguas(market, currency):
    from pipelines.parse import parse_release

    page = f"# {market} Market\n\nThe {market.lower()} market was worth C$ 9,840 million in 2024."
    assert [(s.value, s.currency) for s in parse_release(page).market_sizes] == [(9840, currency)]


@pytest.mark.parametrize(
    ("market", "currency"), [("Papua New Guinea Cocoa", "PGK"), ("Zambia Copper Cathode", "ZMW"), ("Peru Cocoa", None)]
)
def test_a_k_before_the_figure_is_the_markets_own_kina_or_kwacha(market, currency):
    from pipelines.parse import parse_release

    page = f"# {market} Market\n\nThe {market.lower()} market was worth K742 million in 2023."
    assert [(s.value, s.currency) for s in parse_release(page).market_sizes] == [(742, currency)]


@pytest.mark.parametrize(
    ("market", "written", "currency"),
    [
        ("Bolivia Quinoa", "Bs 1,652 million", "BOB"),
        ("Uganda Mobile Money", "Shs1,652 million", "UGX"),
        ("Kenya Dairy", "Sh 1,652 million", "KES"),
        ("Botswana Cold Chain", "P1,652 million", "BWP"),
        ("Philippines Coffee Shop", "P1,652 million", "PHP"),
        ("Peru Quinoa", "P1,652 million", None),
    ],
)
def test_a_boliviano_a_pula_or_a_shilling_is_the_markets_own(market, written, currency):
    from pipelines.parse import parse_release

    page = f"# {market} Market\n\nThe {market.lower()} market was worth {written} in 2023."
    assert [(s.value, s.currency) for s in parse_release(page).market_sizes] == [(1652, currency)]


def test_the_market_named_in_other_words_after_its_country_is_the_whole_market():
    from pipelines.parse import parse_release

    page = (
        "# Albania's pharmacy retail market to grow, analysts say\n\nThe Albania Pharmaceutical Retail Market "
        "reached ALL 38.6 billion in 2023, the study says."
    )
    assert [(s.value, s.scope) for s in parse_release(page).market_sizes] == [(38.6, None)]


def test_a_headline_naming_the_country_by_its_initials_sizes_the_whole_market():
    from pipelines.parse import parse_release

    page = (
        "# PNG cocoa market set to reach K1.26 billion by 2029\n\nThe Papua New Guinea Cocoa Market was worth "
        "K742 million in 2023, a new study says."
    )
    facts = parse_release(page)
    assert facts.market == "Papua New Guinea Cocoa"
    assert [(s.value, s.currency, s.scope) for s in facts.market_sizes] == [(1.26, "PGK", None), (742, "PGK", None)]


@pytest.mark.parametrize(
    ("market", "currency"),
    [("Australia Home Battery Storage", "AUD"), ("New Zealand Wool", "NZD"), ("Brazil Coffee", "USD")],
)
def test_a_bare_dollar_is_the_markets_own_countrys_dollar(market, currency):
    from pipelines.parse import parse_release

    page = (
        f"# {market} Market\n\nThe {market.lower()} market was worth $1.82 billion in 2025. It could reach "
        "$2.9 billion by 2030, about US$1.9 billion at today's rate: this sentence names US dollars too."
    )
    facts = parse_release(page)
    assert [(s.value, s.currency) for s in facts.market_sizes] == [(1.82, currency), (2.9, "USD"), (1.9, "USD")]


def test_an_faq_answer_states_a_size_together_with_its_question():
    from pipelines.parse import parse_release

    page = (
        "# Smart Irrigation Controllers Market\n\nThe smart irrigation controllers market grows quickly.\n\n"
        "## Frequently Asked Questions\n\n### How large will the smart irrigation controllers market be in 2033?\n\n"
        "Around USD 3.9 billion by 2033, according to the study.\n\n### Which segment leads the market?\n\n"
        "Weather-based controllers, with USD 0.8 billion in 2024.\n\n### What will it be worth?\n\n"
        "Close to USD 4.5 billion by the end of the decade."
    )
    facts = parse_release(page)
    assert [(s.value, s.unit, s.year, s.scope) for s in facts.market_sizes] == [(3.9, "billion", 2033, None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The forecast period runs from 2024 to 2031.", (2024, 2031)),
        ("The study uses 2024 as base year, 2025 to 2033 as forecast period.", (2025, 2033)),
        ("Historical data 2019-2023, forecast period 2024-2031.", (2024, 2031)),
        (
            "The market is forecast to increase by USD 4.86 billion between 2024 and 2029. For the historic "
            "(2019-2023) and forecast market size (2025-2029), request a sample.",
            (2025, 2029),
        ),
        ("It takes 2024 as base year, 2025 to 2033 as forecast period and 2019 to 2023 as history.", (2025, 2033)),
        ("The study covers the period 2025 to 2033 and uses 2024 as its base year.", (2025, 2033)),
        ("Base year: 2024. History covers 2019-2023.", None),
        ("Ten-year historical data (2015-2024) and forecasts to 2033.", None),
        ("Sriracha grows fastest over the forecast period, as supply issues that hit it in 2022-2023 ease.", None),
    ],
    ids=[
        "a range after 'forecast'",
        "a range just before 'forecast period'",
        "a range after wins over one before",
        "a range the page names as its forecast wins over one a verb leads to",
        "a range named 'as forecast period' wins over the next one",
        "the range that starts the year after the base year",
        "the history before the base year is no forecast",
        "a historical range just before 'forecasts' is no forecast",
        "a range in a later clause is that clause's",
    ],
)
def test_forecast_period_forms(sentence, expected):
    assert figures.forecast_period([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "labels", "scope"),
    [
        (
            "The firm expects ultrasonic heat meters to grow at a compound annual growth rate of 9.1% to 2033.",
            ["Mechanical Heat Meters", "Ultrasonic Heat Meters"],
            "segment:Ultrasonic Heat Meters",
        ),
        (
            "PEM electrolyzers are forecast to expand at a CAGR of 33.0% through 2030.",
            ["PEM Electrolyzer"],
            "segment:PEM Electrolyzer",
        ),
        (
            "Driven by residential demand, the market will grow at a CAGR of 5.2% through 2030.",
            ["Residential", "Commercial"],
            None,
        ),
        (
            "Cargo e-bikes are the fastest-growing application, with a CAGR of 14.2% to 2030.",
            ["Cargo"],
            "segment:Cargo",
        ),
        (
            "In the Clamp-on Ultrasonic Flow Meter Market, Portable meters are expected to grow at a CAGR of 9.7%.",
            ["Fixed", "Portable"],
            "segment:Portable",
        ),
        (
            "By product type, cocoa butter improvers are expected to grow at the highest CAGR of 8.8% to 2030.",
            ["Standard CBE", "Cocoa Butter Improvers (CBI)"],
            "segment:Cocoa Butter Improvers (CBI)",
        ),
        ("Others | 6.2% | CAGR of 5.4%", ["Footwear", "Others"], "segment:Others"),
        (
            "Elevated Systems, the largest design category, are expected to grow at a CAGR of 13.2%.",
            ["Elevated Systems", "Inter-Row Systems"],
            "segment:Elevated Systems",
        ),
        ("Others are expected to grow at a CAGR of 5.4%.", ["Footwear", "Others"], None),
        (
            "By organization size, SMEs are projected to post the faster CAGR of 14.2% through 2031.",
            ["Large Enterprises", "Small & Medium-sized Enterprises (SMEs)"],
            "segment:Small & Medium-sized Enterprises (SMEs)",
        ),
        (
            "Fintech and digital platforms are expected to post a CAGR of 11.8% between 2025 and 2034.",
            ["Card Networks", "Fintech & Digital Platforms"],
            "segment:Fintech & Digital Platforms",
        ),
        (
            "The solid-state radar segment is forecast to post a CAGR of 9.1% from 2024 to 2031.",
            ["Magnetron Radar", "Solid-State (Doppler) Radar", "Solid-State Sensors (Radar, Lidar)"],
            "segment:Solid-State (Doppler) Radar",
        ),
        (
            "Centrifugal units are projected to log a 5.9% CAGR through 2032.",
            ["Centrifugal Magnetic Drive Pumps", "Positive Displacement Magnetic Drive Pumps"],
            "segment:Centrifugal Magnetic Drive Pumps",
        ),
        (
            "Smart units are projected to log a 5.9% CAGR through 2032.",
            ["Smart Meters", "Smart Valves"],
            None,
        ),
    ],
    ids=[
        "a segment named after the firm's verb",
        "a plural of the label",
        "a clause about the market is the market's",
        "the market's own word inside a segment's subject",
        "the market named as the scene before the segment's clause",
        "a dimension as the scene, a listed label named without its short form",
        "a table's row of a generic item is that item's",
        "a rank and a dimension's word name no segment, the listed subject does",
        "a generic word in prose names no item",
        "a label named by its acronym",
        "prose says 'and' for a label's '&'",
        "prose leaves out the bracket inside a label, not the sub-items a label lists after its name",
        "'X units' are the one label of several words opening with X",
        "not where two labels open with X",
    ],
)
def test_scope_to_segments(sentence, labels, scope):
    cagrs = figures.cagrs_in(sentence, FORECAST)
    assert [c.scope for c in figures.scope_to_segments(cagrs, labels)] == [scope]


def test_a_regions_sentence_scopes_all_its_amounts():
    sentence = (
        "The North America market was valued at USD 5.04 billion in 2024 and will be worth USD 9.18 billion by 2034."
    )
    assert [s.scope for s in figures.sizes_in(sentence)] == ["region:North America", "region:North America"]


@pytest.mark.parametrize(
    ("subject", "scope"),
    [
        ("The U.S. radiopharmaceuticals market size was exhibited at ", "region:U.S."),
        ("India is expected to grow at a ", "region:India"),
        ("Demand is expected to grow at a ", None),
        ("The market is expected to grow at a ", None),
        ("Largest Region: North America (", "region:North America"),
        ("Fastest-growing Region: Asia Pacific, at a ", "region:Asia Pacific"),
        ("Asia Pacific held 46.8% of revenue in 2024, and India is projected to grow fastest (", "region:India"),
        ("Asia Pacific will grow at 9.1% CAGR, while the Europe market was worth ", "region:Europe"),
        ("South Korea alone accounted for ", "region:South Korea"),
        ("Largest region: Asia Pacific, with a 41% share and ", "region:Asia Pacific"),
        ("The Aerospace Fasteners market in the U.S. is estimated at ", "region:U.S."),
        ("Moreover, the U.S. concrete form market size is projected to grow, reaching a value of ", "region:U.S."),
        ("Meanwhile Western Australia is forecast to post the fastest growth, a CAGR of ", "region:Western Australia"),
        ("The U.S. Market is Estimated at ", "region:U.S."),
        ("In Japan, the market was worth ", "region:Japan"),
        ("IGBT Module Market, ", None),
    ],
    ids=[
        "a country's market",
        "a country as the subject",
        "no country",
        "the market itself",
        "a region labelled, the figure in parentheses",
        "a region labelled, the figure after a short lead-in",
        "the country of the figure's own clause, not an earlier region",
        "a contrasted clause's region",
        "a country 'alone' is still the subject",
        "a clause 'with' the figure describes the labelled region before it",
        "the market 'in' a country",
        "a connective before the country's market",
        "a connective with no comma before the region",
        "a headline in title case",
        "a country opening the sentence before the market",
        "no country inside a word ('gb' in 'IGBT')",
    ],
)
def test_a_country_scopes_its_figures_as_a_region_does(subject, scope):
    assert figures.scope_of(subject) == scope


def test_links_to_releases_about_other_markets_lend_no_figures():
    from pipelines.parse import parse_release

    page = (
        "# Continuous Glucose Monitoring Market to Reach USD 28.4 Billion by 2032\n\n"
        "The market is set to grow at a CAGR of 11.2% from 2025 to 2032.\n\n### More\n\n"
        "* [Insulin Pump Market to Reach USD 13.9 Billion by 2030, CAGR 8.7%](https://example.com/a)\n"
        "* [Previous: Diabetes Devices Market Valued at USD 32.5 Billion](https://example.com/b)\n"
        "* [Continuous Glucose Monitoring Market Report: 11.2% CAGR](https://example.com/c)\n\n"
        "Epoxy Resin Market - Expected to Reach USD 17.9 Billion by 2031: https://example.com/d\n\n"
        "Lancet Market – CAGR of 7.2% (2025-2032): https://example.com/e\n"
    )
    facts = parse_release(page)
    assert [c.value_pct for c in facts.cagrs] == [11.2]  # its own report's link is kept, and repeats nothing new
    assert [(s.value, s.year) for s in facts.market_sizes] == [(28.4, 2032)]


def test_a_paragraph_opening_on_a_firm_named_market_something_with_a_link_is_the_releases_own():
    from pipelines.parse import parse_release

    page = (
        "PRECISION FERMENTATION INGREDIENTS MARKET OUTLOOK\n\n"
        "LONDON, Feb. 11, 2025 /BizWire/ -- Ravensholt Market Intelligence today released its study. The precision "
        "fermentation ingredients market is expected to grow at a CAGR of 24.1% from 2025 to 2032. The report "
        "(report code RMI-FB-2517) is available at https://www.ravensholtmi.com/reports/precision-fermentation\n"
    )
    facts = parse_release(page)
    assert [c.value_pct for c in facts.cagrs] == [24.1]
    assert facts.report_id == "RMI-FB-2517"


@pytest.mark.parametrize(
    "follow_on, kept",
    [
        ("It put the market at USD 870 million in 2023 and forecasts a CAGR of 31.5% over 2023-2030.", False),
        ("The firm expects USD 870 million in 2023 and a CAGR of 31.5% over 2023-2030.", False),
        # the market as the subject: an estimate of no one named
        ("The market will be worth USD 870 million in 2030, a CAGR of 31.5% over 2023-2030.", True),
    ],
)
def test_a_second_firms_estimate_in_the_sentence_after_its_name_is_not_the_releases(follow_on, kept):
    from pipelines.parse import parse_release

    page = (
        "# Direct Lithium Extraction Market\n\nThe direct lithium extraction market was valued at USD 610 million "
        "in 2023 and will grow at a CAGR of 24.1% from 2024 to 2030, according to Halvard Research.\n\n"
        f"A second house, Kinloch Partners, is even more aggressive. {follow_on}\n\nKey players: Albemarle, Livent.\n"
    )
    facts = parse_release(page)
    assert [c.value_pct for c in facts.cagrs] == ([24.1, 31.5] if kept else [24.1])
    assert [s.value for s in facts.market_sizes] == ([610.0, 870.0] if kept else [610.0])


@pytest.mark.parametrize(
    "sentence, scope",
    [
        ("Teleflex Incorporated's surgical revenue grew at a CAGR of 4.1% from 2020 to 2024.", "player:Teleflex Inc."),
        (
            "Teleflex posted net sales of USD 3.0 billion, and its sales grew at a CAGR of 4.1% over 2020-2024.",
            "player:Teleflex Inc.",
        ),
        # the company speaks of the market: the market's rate
        ("Teleflex expects market revenue to grow at a CAGR of 4.1% from 2020 to 2024.", None),
        ("Sales of sutures grew at a CAGR of 4.1% from 2020 to 2024, Teleflex said.", None),  # opens with no player
    ],
)
def test_a_cagr_of_a_companys_own_revenue_is_the_players(sentence, scope):
    (cagr,) = figures.scope_to_players(figures.cagrs_in(sentence, None), ["Medtronic plc", "Teleflex Inc."])
    assert cagr.scope == scope


@pytest.mark.parametrize(
    "sentence, scope",
    [
        (
            "Central & Eastern Europe is forecast to post a CAGR of 8.4% over 2025-2030.",
            "region:Central & Eastern Europe",
        ),
        ("Kanto is expected to grow at a CAGR of 3.1% over 2025-2030.", "region:Kanto"),  # a region only the page names
        (
            "The UK & Ireland remains the most mature market, growing at a CAGR of 2.2% over 2025-2030.",
            "region:UK & Ireland",
        ),
        (  # an adjective before the region's name
            "Sales held up, while the coastal Kanto region is expected to grow fastest, at a 3.1% CAGR over 2025-2030.",
            "region:Kanto",
        ),
        ("Figure 5: Kanto accounted for a CAGR of 3.1% over 2025-2030.", "region:Kanto"),  # a caption's number
        (  # "the region" refers back to the place its sentence named before the clause
            "Per capita, however, UK & Ireland leads; the region is expected to grow at a CAGR of 3.1% over 2025-2030.",
            "region:UK & Ireland",
        ),
        ("Demand outside Kanto is expected to grow at a CAGR of 3.1% over 2025-2030.", None),  # not a preposition
        ("The market is forecast to post a CAGR of 5.1% over 2025-2030, led by Kanto.", None),  # named in passing
        ("Stationary units are forecast to grow at a CAGR of 6.0% over 2025-2030.", None),
    ],
)
def test_a_figure_whose_clause_opens_with_a_listed_region_is_that_regions(sentence, scope):
    found = figures.cagrs_in(sentence, None)
    (cagr,) = figures.scope_to_regions(found, ["UK & Ireland", "Kanto", "Central & Eastern Europe", "Europe"])
    assert cagr.scope == scope


@pytest.mark.parametrize(
    "sentence, scopes",
    [
        (
            "Domestic trips make up the bulk of the market: the domestic segment was worth USD 790.5 Bn in 2024, "
            "against USD 1.2 Tn for the market as a whole.",
            ["segment:Domestic", None],  # a word that describes markets, named as the segment it is
        ),
        (
            "Hair colour is the largest category, valued at USD 6.02 billion in 2024 against the market's "
            "USD 23.38 billion.",
            ["segment:Hair colour", None],  # the second amount is the whole market's
        ),
    ],
)
def test_each_amount_of_a_sentence_has_its_own_subject(sentence, scopes):
    found = figures.scope_to_segments(figures.sizes_in(sentence), ["Domestic", "International", "Hair colour"])
    assert [s.scope for s in found] == scopes


@pytest.mark.parametrize(
    "previous, sentence, scope",
    [
        (
            "Bulk explosives remain the backbone.",
            "The segment was worth US$ 2.1 Bn in 2024.",
            "segment:Bulk Explosives",
        ),
        (
            "",
            "Cement co-processing is the main route; the segment stood at EUR 285 million in 2024.",
            "segment:Cement Co-processing",
        ),
        ("The report covers bulk explosives.", "The market was worth US$ 2.1 Bn in 2024.", None),
        (  # after a colon, though the clause before speaks of the market; the longer of two names starting there
            "",
            "Bulk Explosives Packs form the growth engine of the market: the segment was worth US$ 2.1 Bn in 2024.",
            "segment:Bulk Explosives Packs",
        ),
        (
            "",
            "Packaged Explosives – cartridges; this class stood at US$ 0.4 Bn in 2024.",
            "segment:Packaged Explosives",
        ),
    ],
)
def test_the_segment_is_the_one_named_just_before(previous, sentence, scope):
    labels = ["Bulk Explosives", "Packaged Explosives", "Cement Co-processing", "Bulk Explosives Packs"]
    (size,) = figures.scope_to_segments(figures.sizes_in(sentence), labels, {sentence: previous}.get)
    assert size.scope == scope


def test_a_regional_markets_figures_about_its_own_region_are_the_whole_markets():
    from pipelines.parse import parse_release

    page = (
        "# Europe Heat Exchanger Market Report 2025-2031\n\n"
        "The Europe heat exchanger market was valued at USD 6.94 billion in 2024 and is projected to grow at a "
        "CAGR of 5.6% from 2025 to 2031. Germany is expected to grow at a CAGR of 6.1% over the same period.\n"
    )
    facts = parse_release(page)
    assert [(c.value_pct, c.scope) for c in facts.cagrs] == [(5.6, None), (6.1, "region:Germany")]
    assert [(s.value, s.scope) for s in facts.market_sizes] == [(6.94, None)]


def test_a_list_item_states_its_items_size_in_brackets():
    (size,) = figures.sizes_in("Activator Adjuvants (USD 2.47 billion in 2023)")
    assert (size.value, size.unit, size.currency, size.year) == (2.47, "billion", "USD", 2023)
    scoped = figures.scope_to_segments([size], ["Activator Adjuvants", "Utility Adjuvants"])
    assert [s.scope for s in scoped] == ["segment:Activator Adjuvants"]


def test_a_size_whose_clause_is_about_a_listed_segment_is_that_segments():
    sizes = figures.sizes_in("Stainless steel bottles generated USD 4.21 billion in 2024, the largest material.")
    market_wide = figures.sizes_in("The bottles market, led by stainless steel, was worth USD 9.1 billion in 2024.")
    scoped = figures.scope_to_segments([*sizes, *market_wide], ["Stainless Steel", "Plastic"])
    assert [(s.value, s.scope) for s in scoped] == [(4.21, "segment:Stainless Steel"), (9.1, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Frozen pizza remains the anchor category at USD 17.9 billion in 2024, while ready meals are small.",
        "Frozen pizza remained the flagship category and generated USD 17.9 billion in 2024.",
        "Frozen pizza remains the top application, representing USD 17.9 billion in 2024.",
    ],
    ids=["'remains the anchor category at'", "'remained the flagship category'", "'the top application, representing'"],
)
def test_the_anchor_category_is_its_subjects(sentence):
    assert [(s.value, s.year, s.scope) for s in figures.sizes_in(sentence)] == [(17.9, 2024, "segment:Frozen pizza")]


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("Pendle Ridge now sees the automotive lidar market reaching USD 3.4 billion by 2030.", True),
        ("The EV thermal management market will reach USD 15.9 billion by 2032.", False),
        ("The market will reach USD 15.9 billion by 2032.", False),
        ("Europe is the largest regional market, with sales of USD 3.8 billion in 2024.", False),
        ("The Europe market was worth USD 1.2 billion, the lidar market USD 3.4 billion.", False),
        ("The insulin market is worth USD 20 billion.", False),
        ("Among the other noteworthy geographic markets are Japan and Canada, forecast to grow at 4.9%.", False),
        ("The liquid cooling segment was worth USD 2.0 billion, and every new mid-market deal is a lease.", False),
        ("North America alone was a USD 4.5 billion market in 2024.", False),
    ],
    ids=[
        "another market named in a digest item",
        "this market under a shorter name",
        "the market, unnamed",
        "words that describe this market",
        "this market named too",
        "one word may be a description: left alone",
        "places, described as markets",
        "'mid-market' describes deals, it names no market",
        "an amount before 'market' names no market",
    ],
)
def test_about_another_market(sentence, other):
    assert figures.about_another_market(sentence, "Electric Vehicle Thermal Management System") is other


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("The global myopia control lenses market was worth USD 2.87 billion in 2024.", False),  # a plural, a hyphen
        ("The Egypt vegetable oil refining market reached USD 3.8 billion in 2024.", True),  # one word of three
    ],
)
def test_a_market_named_with_its_words_in_another_form_is_this_one(sentence, other):
    assert figures.about_another_market(sentence, "Myopia-control lens") is other
    assert figures.about_another_market(sentence.replace("myopia control lenses", "edible oil"), "Edible Oils") is (
        "vegetable" in sentence
    )


@pytest.mark.parametrize(
    ("forecast", "years", "why"),
    [
        ((2025, 2032), (2025, 2032), "from the base year's size to the period's end is the forecast period's rate"),
        ((2026, 2032), (2024, 2032), "a size two years before the period starts spans its own years"),
        (None, (2024, 2032), "no forecast period stated: the sizes' years"),
    ],
)
def test_a_rate_between_the_base_year_and_the_forecast_end(forecast, years, why):
    sentence = "It is rising from USD 348.6 million in 2024 to USD 1.07 billion by 2032 at a CAGR of 15.1%."
    assert [(c.start, c.end) for c in figures.cagrs_in(sentence, forecast)] == [years], why


def test_a_rate_with_inferred_years_gives_way_to_the_same_rate_with_stated_years():
    inferred = figures.cagrs_in(
        "From USD 4.31 billion in 2024 it will reach USD 41.7 billion by 2031, a CAGR of 38.2%.", None
    )
    stated = figures.cagrs_in("That is a CAGR of 38.2% over 2025-2031.", None)
    other = figures.cagrs_in("A CAGR of 36.0% from 2024 to 2031 is also cited.", None)
    assert [(c.start, c.end) for c in inferred] == [(2024, 2031)]
    merged = figures.merge_cagrs([*inferred, *stated, *other])
    assert [(c.value_pct, c.start, c.end) for c in merged] == [(38.2, 2025, 2031), (36.0, 2024, 2031)]


@pytest.mark.parametrize(
    ("sentence", "labels", "scope"),
    [
        (
            "The stick segment accounted for USD 6.08 billion in 2024, while the robotic segment is expected to "
            "grow at the fastest CAGR of 11.3% from 2025 to 2033.",
            ["Stick", "Robotic"],
            "segment:Robotic",
        ),
        (
            "The Neurovascular application is expected to record the highest CAGR of 8.9% over 2025-2032.",
            ["Cardiology", "Neurovascular"],
            "segment:Neurovascular",
        ),
        (
            "Steel bottles were the largest material category, while smart bottles are forecast to grow at a CAGR "
            "of 9.8% over 2025-2032.",
            ["Stainless Steel", "Smart Bottles"],
            "segment:Smart Bottles",
        ),
        (
            "The Polybutylene Succinate (PBS) application is the fastest-growing segment, with a CAGR of 13.9%.",
            ["Polybutylene Succinate (PBS)", "Polyurethanes"],
            "segment:Polybutylene Succinate (PBS)",
        ),
        (
            "The battery high-voltage harness segment will grow at a CAGR of 12.8% from 2025 to 2031.",
            ["Battery High-Voltage Harnesses"],
            "segment:Battery High-Voltage Harnesses",
        ),
        (
            "The SaaS segment will grow at a CAGR of 12.9% from 2024 to 2032.",
            ["Software as a Service (SaaS)"],
            "segment:Software as a Service (SaaS)",
        ),
    ],
    ids=[
        "the segment nearest the figure",
        "a segment named with its kind: 'the Neurovascular application'",
        "a category in an earlier, contrasted clause is not the figure's",
        "'fastest-growing segment' names none: the listed subject does",
        "a singular in prose, the listed plural",
        "an acronym in prose, the listed name",
    ],
)
def test_a_segments_figure_is_scoped_to_its_listed_label(sentence, labels, scope):
    cagrs = figures.scope_to_segments(figures.cagrs_in(sentence, FORECAST), labels)
    assert [c.scope for c in cagrs] == [scope]


def test_one_size_written_three_ways_is_one_size():
    sizes = [
        s
        for sentence in (
            "The market was valued at USD 2.3 Bn in 2024.",
            "In 2024 the market stood at $2,300 Mn.",
            "Revenue reached 2.3 billion USD in 2024.",
        )
        for s in figures.sizes_in(sentence)
    ]
    assert [(s.value, s.unit, s.year) for s in figures.merge_sizes(sizes)] == [(2.3, "billion", 2024)]


@pytest.mark.parametrize(
    ("sentences", "kept"),
    [
        (
            ("Quartz Countertops Market to Top USD 28.11 Bn by 2031.", "It will reach USD 28,112.7 million by 2031."),
            [(28112.7, "million")],
        ),
        (
            ("It will reach USD 28,112.7 million by 2031.", "The market will be worth about USD 28.1 billion by 2031."),
            [(28112.7, "million")],
        ),
        (
            ("It will reach USD 28,112.7 million by 2031.", "It may reach USD 28.3 billion by 2031 instead."),
            [(28112.7, "million"), (28.3, "billion")],
        ),
    ],
    ids=["a headline's rounding, then the exact size", "the exact size, then a rounding", "not a rounding of it"],
)
def test_a_size_rounded_in_a_larger_unit_is_the_exact_size(sentences, kept):
    sizes = [s for sentence in sentences for s in figures.sizes_in(sentence)]
    assert [(s.value, s.unit) for s in figures.merge_sizes(sizes)] == kept


def test_a_sentence_under_a_region_list_is_no_region_and_no_country():
    """A finding written as an item under a region ("Asia Pacific held more than half of ... additions.") or a
    copyright line under a dimension is no name, however the list reads it."""
    from pipelines.parse import parse_release

    page = (
        "<h1>Zirconia Beads Market to reach USD 2.1 billion by 2032</h1><h2>Regions covered</h2><ul>"
        "<li>North America<ul><li>U.S.</li><li>Canada</li>"
        "<li>Demand for beads in battery plants rose sharply in both countries last year.</li></ul></li>"
        "<li>Europe</li><li>Asia Pacific held more than half of global revenue in 2024 and is expected to record "
        "a CAGR of 7.1% during 2025-2032.</li></ul>"
    )
    facts = parse_release(page.encode())
    assert [(r.region, r.countries) for r in facts.regions] == [("North America", ("U.S.", "Canada")), ("Europe", ())]


def test_respectively_pairs_each_figure_with_its_place():
    sizes = figures.sizes_in(
        "China and the United States are projected to command large shares of the market by 2030, amounting to "
        "US$2.4 billion and US$1.8 billion, respectively."
    )
    assert [(s.value, s.year, s.scope) for s in sizes] == [
        (2.4, 2030, "region:China"),
        (1.8, 2030, "region:United States"),
    ]
    cagrs = figures.cagrs_in("The U.S. and Europe are expected to post CAGRs of 5.1% and 6.3%, respectively.", None)
    assert [(c.value_pct, c.scope) for c in cagrs] == [(5.1, "region:U.S."), (6.3, "region:Europe")]
    grown = figures.cagrs_in(
        "Among the other noteworthy geographic markets are Japan and Canada, forecast to grow at 4.9% and 5.6% "
        "respectively over the analysis period.",
        (2025, 2034),
    )
    assert [(c.value_pct, c.start, c.end, c.scope) for c in grown] == [
        (4.9, 2025, 2034, "region:Japan"),
        (5.6, 2025, 2034, "region:Canada"),
    ]
    assert figures.cagrs_in("Sales grew at 4% and 5% respectively in 2023 and 2024.", (2025, 2034)) == []


def test_a_contrasted_clause_and_a_table_cell_each_name_their_own_subject():
    sizes = figures.sizes_in(
        "In Japan, the market was worth ¥468.5 billion in 2024, while China's domestic market reached RMB 38.2 "
        "billion in 2024."
    )
    assert [(s.currency, s.scope) for s in sizes] == [("JPY", "region:Japan"), ("CNY", "region:China")]
    row = (
        "2024 | the Residential segment size in 2024: USD 2,388.8 Million | the Commercial segment size in 2024: "
        "USD 1,112.0 Million | The market size in 2024: USD 4,118.6 Million"
    )
    assert [s.scope for s in figures.sizes_in(row)] == ["segment:Residential", "segment:Commercial", None]
    cagr_row = "CAGR (2025-2032) | the Industrial segment CAGR (2025-2032): 9.5% | The market CAGR (2025-2032): 8.6%"
    assert [(c.value_pct, c.scope) for c in figures.cagrs_in(cagr_row, None)] == [
        (9.5, "segment:Industrial"),
        (8.6, None),
    ]


@pytest.mark.parametrize(
    ("previous", "sentence", "scope"),
    [
        (
            "In Europe, Germany, the United Kingdom and France are the largest contributors.",
            "The region is expected to expand at a CAGR of 10.7% through 2032.",
            "region:Europe",
        ),
        (
            "Asia Pacific accounted for 41% of revenue in 2024.",
            "The region is forecast to keep its lead, with the overall market registering a CAGR of 8.4% to 2031.",
            None,
        ),
        ("", "The region is expected to expand at a CAGR of 10.7% through 2032.", None),
        (
            "North America keeps the biggest slice, but the Middle East & Africa is drawing the most new franchises.",
            "The region is expected to expand at a CAGR of 10.7% through 2032.",
            "region:Middle East & Africa",
        ),
    ],
    ids=[
        "'the region' is the one the sentence before spoke of",
        "a clause about the market stays the market's",
        "no sentence before, no region",
        "of two regions before, 'the region' is the one named last",
    ],
)
def test_a_cagr_of_the_region_is_the_previous_sentences_region(previous, sentence, scope):
    assert [c.scope for c in figures.cagrs_in(sentence, FORECAST, previous)] == [scope]


def test_a_paragraph_with_a_players_revenue_still_gives_the_markets_sizes_from_its_other_sentences():
    from pipelines.parse import parse_release

    page = (
        "# Operating Room Integration Market\n\n"
        "The global Operating Room Integration Market was valued at USD 2.26 billion in 2024 and is projected to "
        "reach USD 4.71 billion by 2031, growing at a CAGR of 11.1% during 2025-2031. Among vendors, Stryker "
        "Corporation, which reported net sales of USD 22.6 billion in 2024, keeps the broadest installed base.\n\n"
        "## Key Players\n\n- Stryker Corporation\n- Olympus Corporation\n"
    )
    facts = parse_release(page)
    assert [(s.value, s.year) for s in facts.market_sizes] == [(2.26, 2024), (4.71, 2031)]
    assert [(r.player, r.value) for r in facts.player_revenues] == [("Stryker Corporation", 22.6)]


def test_its_market_after_a_sentence_on_a_listed_region_is_that_regions():
    from pipelines.parse import parse_release

    page = (
        "# UK Heat Pump Market\n\nThe UK heat pump market was worth GBP 1.62 billion in 2024.\n\n## Regions\n\n"
        "- Scotland\n- Wales\n- England\n\nScotland is the fastest-adopting nation. Its installation market was worth "
        "GBP 236 million in 2024.\n"
    )
    assert [(m.value, m.scope) for m in parse_release(page).market_sizes] == [(1.62, None), (236.0, "region:Scotland")]


def test_growing_from_a_years_size_to_anothers_states_the_rates_years_where_the_page_names_no_forecast_period():
    sentence = (
        "The market was USD 3.96 billion in 2024 and is projected to grow from USD 4.18 billion in 2025 to USD 6.37 "
        "billion by 2032, exhibiting a CAGR of 6.2% during the forecast period."
    )
    assert [(c.start, c.end) for c in figures.cagrs_in(sentence, None)] == [(2025, 2032)]


def test_an_exact_size_stated_again_after_it_replaced_its_rounded_form_is_still_one_size():
    rounded = figures.sizes_in("The market was valued at USD 4.89 billion in 2024.")
    exact = figures.sizes_in("Total | The market size in 2024: USD 4,893.0 Million")
    merged = figures.merge_sizes(rounded + exact + exact)  # two tables' "Total" rows
    assert [(s.value, s.unit, s.year) for s in merged] == [(4893.0, "million", 2024)]


def test_a_countrys_market_takes_its_whole_cagrs_years_as_the_forecast_period():
    from pipelines.parse import parse_release

    page = (
        "# India Two-Wheeler Tyre Market\n\n"
        "The India two-wheeler tyre market, estimated at INR 14,860 crore in 2024, is expected to reach INR 27,340 "
        "crore by 2032, expanding at a CAGR of 7.9% between 2025 and 2032.\n\n"
        "Radial tyres are projected to post a CAGR of 11.4% over the forecast period.\n"
    )
    facts = parse_release(page)
    assert (facts.forecast_start, facts.forecast_end) == (2025, 2032)
    assert [(c.value_pct, c.start, c.end, c.scope) for c in facts.cagrs] == [
        (7.9, 2025, 2032, None),
        (11.4, 2025, 2032, None),
    ]


def test_a_rate_written_right_before_cagr_is_its_value_not_a_range_after_it():
    sentence = "The 16.6% CAGR compares with a typical 9–11% for broader unified-communications software."
    assert [c.value_pct for c in figures.cagrs_in(sentence, (2025, 2030))] == [16.6]


def test_a_size_in_a_which_clause_is_the_region_the_clause_before_ends_on():
    sentence = (
        "The industry is set to add roughly USD 5.56 billion, with most of it coming from Asia Pacific, "
        "which alone accounted for USD 4.72 billion in 2024."
    )
    assert [(s.value, s.year, s.scope) for s in figures.sizes_in(sentence)] == [(4.72, 2024, "region:Asia Pacific")]


def test_a_year_keyed_figure_takes_its_keys_year():
    line = "2024 market: USD 1.29 billion · 2031 forecast: USD 2.01 billion · CAGR 2025-2031: 6.8%"
    assert [(s.value, s.year) for s in figures.sizes_in(line)] == [(1.29, 2024), (2.01, 2031)]


@pytest.mark.parametrize(
    ("sentence", "sizes"),
    [
        ("Revenue for fiscal 2024: EUR 186.5 million, up 27% year on year", []),
        ("Skarvik Aqua Technologies' revenue has grown at a CAGR of 31% to NOK 2.48 billion in 2024.", []),
        ("Europe's revenue reached USD 1.4 billion in 2024, the market's largest.", [(1.4, 2024)]),
        (
            "The merger is expected to add to earnings from 2026, excluding transaction costs of about EUR 9 million.",
            [],
        ),
        ("Aquilo expects annual cost synergies of EUR 12-15 million by the end of 2027.", []),
    ],
    ids=[
        "a fiscal year is a company's",
        "a company's possessive revenue",
        "a region's possessive revenue is the region's",
        "a deal's costs",
        "a deal's synergies",
    ],
)
def test_a_companys_own_figures_are_no_market_sizes(sentence, sizes):
    assert [(s.value, s.year) for s in figures.sizes_in(sentence)] == sizes


def test_a_countrys_market_named_with_a_long_name_scopes_its_size_but_a_dateline_does_not():
    us = "The U.S. blood pressure monitoring devices market size was valued at USD 842.6 million in 2024."
    assert [s.scope for s in figures.sizes_in(us)] == ["region:U.S."]
    dateline = "Kochi, India - The global spice oleoresins market was valued at USD 1.73 billion in 2024."
    assert [s.scope for s in figures.sizes_in(dateline)] == [None]


def test_a_size_set_off_by_commas_after_what_it_sizes_is_a_size():
    sentence = "Spherical designs still dominate, but toric designs, at USD 402.6 million in 2023, are gaining ground."
    assert [(s.value, s.year) for s in figures.sizes_in(sentence)] == [(402.6, 2023)]


def test_a_rate_given_in_value_and_in_volume_terms_is_two_cagrs():
    sentence = (
        "Over the 2026-2033 forecast period, the firm expects the market to grow at a CAGR of 5.2% in value terms "
        "and 3.9% in volume terms."
    )
    assert [(c.value_pct, c.start, c.end) for c in figures.cagrs_in(sentence, (2026, 2033))] == [
        (5.2, 2026, 2033),
        (3.9, 2026, 2033),
    ]


def test_a_cell_key_before_market_size_names_no_other_market():
    row = "2025 | Forecast Period: 2026–2034 | Market Size 2025: USD 4.93 Billion | CAGR: 6.54% | Pages: 218"
    assert not figures.about_another_market(row, "Cable Tray")


def test_a_table_rows_key_scopes_its_figure_to_that_listed_region():
    sizes = figures.sizes_in("Riyadh Province | Largest market; SAR 1.31 billion in 2024")
    scoped = figures.scope_to_regions(sizes, ["Riyadh Province", "Makkah Province"])
    assert [s.scope for s in scoped] == ["region:Riyadh Province"]


def test_a_segment_named_short_in_prose_is_the_one_listed_label_it_starts():
    cagrs = figures.cagrs_in("The all-terrain segment is expected to clock a 6.1% CAGR from 2025 to 2032.", None)
    labels = ["All-Terrain Cranes", "Crawler Cranes", "Lace Wigs (Full Lace, Lace Front)"]
    assert [c.scope for c in figures.scope_to_segments(cagrs, labels)] == ["segment:All-Terrain Cranes"]
    lace = figures.cagrs_in("The lace segment is expected to post a 7.1% CAGR over 2025-2032.", None)
    assert [c.scope for c in figures.scope_to_segments(lace, labels)] == ["segment:lace"]  # a label with sub-items


def test_an_outlook_that_runs_from_one_year_to_another_is_the_forecast_period():
    sentences = ["The firm's outlook runs from 2025 to 2034 and puts the market at USD 3.87 billion in 2034."]
    assert figures.forecast_period(sentences) == (2025, 2034)


def test_a_regions_own_revenue_is_the_regions_size():
    sentence = "Asia-Pacific is the fastest-growing region: its revenue of USD 131.8 million in 2024 is set to grow."
    assert [(s.value, s.scope) for s in figures.sizes_in(sentence)] == [(131.8, "region:Asia-Pacific")]
    assert figures.is_company_revenue("The company said its revenue of USD 41 million in 2024 grew.")


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Canada, the sport's largest market, accounted for USD 15,730 thousand of 2024 sales.", "region:Canada"),
        ("Mexico, the report notes, is set to expand at a 7.9% CAGR from 2025 to 2032.", "region:Mexico"),
    ],
    ids=["a description", "a reporting aside"],
)
def test_an_aside_after_a_named_place_leaves_it_the_subject(sentence, scope):
    found = figures.sizes_in(sentence) or figures.cagrs_in(sentence, (2025, 2032))
    assert [f.scope for f in found] == [scope]


def test_a_stat_boxs_historical_years_are_no_cagrs_years():
    box = "USD 451.3 million by 2032 · CAGR 7.8% · 2024 Base Year · Historical Data 2019-2023"
    assert [(c.start, c.end) for c in figures.cagrs_in(box, None)] == [(None, 2032)]  # "by 2032" only
    assert [(c.start, c.end) for c in figures.cagrs_in(box, (2025, 2032))] == [(2025, 2032)]  # its forecast's end


def test_a_dateline_names_where_the_release_was_issued_not_the_figures_place():
    sentence = "Dubai, United Arab Emirates, 24 June 2025 - The UAE market was valued at AED 96.4 billion in 2024."
    scoped = figures.scope_to_regions(figures.sizes_in(sentence), ["Dubai", "Abu Dhabi"])
    assert [s.scope for s in scoped] == [None]
    own = figures.scope_to_regions(figures.sizes_in("Dubai was worth AED 41.7 billion in 2024."), ["Dubai"])
    assert [s.scope for s in own] == ["region:Dubai"]


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("India, already the largest cutting centre, is forecast to post a 14.8% CAGR.", "region:India"),
        ("Japan, China and Australia underpin a 16.1% CAGR.", None),  # the first of several places
        ("Colombo — The market is expected to grow at a 7.2% CAGR.", None),  # a dateline
        ("The Colombo-based research firm expects a 7.2% CAGR.", None),  # where the firm sits
    ],
)
def test_a_country_listed_under_a_region_scopes_a_figure_its_clause_opens_with_alone(sentence, scope):
    scoped = figures.scope_to_regions(
        figures.cagrs_in(sentence, (2025, 2032)), ["Asia Pacific"], ["India", "Japan", "Colombo"]
    )
    assert [c.scope for c in scoped] == [scope]


@pytest.mark.parametrize(
    ("sentence", "before", "scope"),
    [
        ("We expect the Upland Region to expand at a CAGR of 5.6% between 2025 and 2032.", "", "region:Upland Region"),
        ("Qingmoor forecasts Coast to log a CAGR of 5.6% through 2032.", "", "region:Coast"),
        # referred back to after the figure: the sentence's own opening, else the one before it
        ("Coast is the fastest-growing; Narra Point forecasts a CAGR of 5.6% for the region.", "", "region:Coast"),
        ("Feed-in tariffs underpin a forecast CAGR of 5.6% for the province.", "Coast leads.", "region:Coast"),
        # referred back to later in the clause
        (
            "Growers near Carrow sell most, and the region is forecast to grow at a CAGR of 5.6%.",
            "Coast leads.",
            "region:Coast",
        ),
        ("The state market is expected to expand at a CAGR of 5.6%.", "Upland Region leads.", "region:Upland Region"),
        # a clause leaving out the subject its sentence opened with; "this region"; a list line's dash
        ("Coast — home to large plantations; forecast to grow at a CAGR of 5.6% to 2032.", "", "region:Coast"),
        ("Big plantations make this the fastest-growing region, with a CAGR of 5.6%.", "Coast leads.", "region:Coast"),
        ("— Coast is expected to post a CAGR of 5.6% through 2032.", "", "region:Coast"),
        # the market spoken of after the place: the whole market's
        (
            "With the region in the lead, the overall market is forecast to grow at a CAGR of 5.6%.",
            "Coast leads.",
            None,
        ),
    ],
)
def test_a_clause_naming_its_place_after_whoever_expects_it_or_by_referring_back_is_that_places(
    sentence, before, scope
):
    cagrs = figures.cagrs_in(sentence, (2025, 2032))
    scoped = figures.scope_to_regions(cagrs, ["Upland Region", "Coast"], sentence_before=lambda _: before)
    assert [c.scope for c in scoped] == [scope]


def test_a_listed_segment_described_as_a_segment_is_that_segments():
    cagrs = figures.cagrs_in("Cats are the faster-growing animal segment, at a CAGR of 9.7% through 2032.", None)
    assert [c.scope for c in figures.scope_to_segments(cagrs, ["Dogs", "Cats"])] == ["segment:Cats"]


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("But the study expects special palm oil to grow at a CAGR of 11.6%.", "segment:Special Palm Oil (SPO)"),
        ("This represents a compound annual growth rate of 6.4% over the forecast period.", None),
    ],
)  # fmt: skip
def test_a_label_named_later_in_its_clause_without_its_acronym_scopes_the_figure(sentence, scope):
    cagrs = figures.cagrs_in(sentence, (2025, 2030))
    assert [c.scope for c in figures.scope_to_segments(cagrs, ["Compound (NPK)", "Special Palm Oil (SPO)"])] == [scope]


def test_a_segment_named_with_the_is_its_listed_label():
    cagrs = figures.cagrs_in("The legumes segment is expected to post a 10.5% CAGR over 2025-2033.", None)
    assert [c.scope for c in figures.scope_to_segments(cagrs, ["Rice", "Legumes"])] == ["segment:Legumes"]


def test_the_country_by_a_shorter_name_sizes_the_whole_market():
    from pipelines.parse import parse_release

    page = (
        "# South Korea Pet Food Market Worth KRW 3.1 Trillion by 2029\n\nSEOUL, February 17, 2025: Korea's pet food "
        "market reached KRW 2.14 trillion in 2024, a new study says."
    )
    assert [(s.value, s.scope) for s in parse_release(page).market_sizes] == [(3.1, None), (2.14, None)]


def test_a_table_of_countries_value_cagrs_scopes_each_to_its_country():
    from pipelines.parse import parse_release

    page = (
        "<html><body><h1>Refined Glycerin Market</h1><p>The market will grow at a CAGR of 5.3% over 2025-2035.</p>"
        "<table><tr><th>Countries</th><th>Value CAGR (2025 to 2035)</th></tr><tr><td>India</td><td>7.9%</td></tr>"
        "<tr><td>Brazil</td><td>5.6%</td></tr></table></body></html>"
    )
    assert [(c.value_pct, c.scope) for c in parse_release(page).cagrs] == [
        (5.3, None),
        (7.9, "region:India"),
        (5.6, "region:Brazil"),
    ]


def test_a_countrys_figure_stays_its_own_when_the_markets_name_merely_holds_its_letters():
    from pipelines.parse import parse_release

    page = (
        "# Industrial Videoscope Market\n\nThe market will grow at a CAGR of 7.7% over 2025-2030.\n\n"
        "The industrial videoscope market in the U.S. is expected to grow at a CAGR of 7.1% from 2025 to 2030.\n"
    )
    assert [(c.value_pct, c.scope) for c in parse_release(page).cagrs] == [(7.7, None), (7.1, "region:U.S.")]


@pytest.mark.parametrize(
    ("sentence", "forecast", "years"),
    [
        (
            "Machine Vision Market Size Worth USD 21.94 Billion by 2032, Growing at 8.1% CAGR",
            (2025, 2032),
            (2025, 2032),
        ),
        ("Machine Vision Market Size Worth USD 21.94 Billion by 2032, Growing at 8.1% CAGR", None, (None, 2032)),
        (
            "Machine Vision Market Size Worth USD 21.94 Billion by 2032, Growing at 8.1% CAGR",
            (2024, 2030),
            (None, 2032),
        ),
        ("Through 2033, Asia Pacific is set to post a CAGR of 6.2%.", (2025, 2033), (None, 2033)),
    ],
    ids=[
        "the year a size is reached by, ending the forecast, dates the rate as the forecast",
        "no forecast known: the year alone",
        "a year ending no known forecast stays the rate's end alone",
        "a rate stated through a year, with no size, keeps that year alone",
    ],
)
def test_a_rate_after_a_size_reached_by_the_forecasts_end_spans_the_forecast(sentence, forecast, years):
    assert [(c.start, c.end) for c in figures.cagrs_in(sentence, forecast)] == [years]


def test_rates_are_read_again_against_a_forecast_only_a_rates_years_give():
    page = (
        "# Machine Vision Market Size Worth USD 21.94 Billion by 2032, Growing at 8.1% CAGR\n\n"
        "The global machine vision market, valued at USD 12.1 billion in 2024, is set to register a CAGR of 8.6% "
        "from 2025 to 2032.\n"
    )
    facts = parse_release(page)
    assert (facts.forecast_start, facts.forecast_end) == (2025, 2032)
    assert [(c.value_pct, c.start, c.end) for c in facts.cagrs] == [(8.1, 2025, 2032), (8.6, 2025, 2032)]


@pytest.mark.parametrize(
    ("sentence", "previous", "scope"),
    [
        ("The European market reached EUR 286.4 million in 2024, led by Germany and Spain.", "", "region:Europe"),
        (
            "The region's electric ferry market was worth USD 4.01 billion in 2024.",
            "Europe remains the centre of gravity.",
            "region:Europe",
        ),
        ("The electric ferry market was worth USD 7.42 billion in 2024.", "Europe remains the centre.", None),
        (
            "The European market, the historical centre of the trade, was valued at EUR 284 million in 2024.",
            "",
            "region:Europe",
        ),
        ("The study values the European market at USD 1.48 billion in 2024.", "", "region:Europe"),
        (
            "Closer to home, the study values the United Kingdom sheep milk products market at £186 million in 2024.",
            "",
            "region:United Kingdom",
        ),
        (
            "Regionally, Europe leads, with the Netherlands alone accounting for about €612 million in 2024.",
            "",
            "region:Netherlands",
        ),
        (
            "The regional market stood at USD 0.68 billion in 2024.",
            "Asia Pacific is the largest and fastest-moving region.",
            "region:Asia Pacific",
        ),
    ],
    ids=[
        "a region's adjective before 'market'",
        "the region's own market",
        "the market, after a region's sentence",
        "the adjective's market, an appositive before its verb",
        "the adjective's market as the object of 'values'",
        "a country's market as the object of 'values'",
        "'with X alone accounting for': the country's",
        "'the regional market' after the sentence naming the region",
    ],
)
def test_a_size_of_a_regions_market_named_by_its_adjective_or_as_the_regions(sentence, previous, scope):
    assert [s.scope for s in figures.sizes_in(sentence, previous)] == [scope]


@pytest.mark.parametrize(
    ("sentence", "heading", "scope"),
    [
        (
            "Expected to register a CAGR of 8.6%, with Australia's drilling a key niche.",
            "Asia Pacific — China",
            "region:Asia Pacific",
        ),
        ("The fastest-growing region, at 7.6% CAGR through 2031.", "Asia Pacific: China, Japan", "region:Asia Pacific"),
        ("Expected to register a CAGR of 8.6%.", "Why buy this report?", None),
    ],
    ids=["a card's sentence with no subject of its own", "'the fastest-growing region'", "under no region's heading"],
)
def test_a_rate_under_a_regions_heading_with_no_subject_of_its_own_is_the_regions(sentence, heading, scope):
    assert [c.scope for c in figures.cagrs_in(sentence, FORECAST, heading)] == [scope]


def test_a_concessive_aside_after_a_segment_leaves_it_the_subject():
    sentence = "Electric chippers, though still a small slice of the market, are forecast to post a CAGR of 9.8%."
    assert [
        c.scope for c in figures.scope_to_segments(figures.cagrs_in(sentence, FORECAST), ["Diesel", "Electric"])
    ] == ["segment:Electric"]


def test_a_region_heading_naming_its_countries_scopes_the_card_under_it():
    page = (
        "<h1>Handheld XRF Analyzers Market Report</h1><p>The handheld XRF analyzers market was valued at USD 1.2 "
        "billion in 2024 and is forecast to grow at a CAGR of 6.9% from 2025 to 2030.</p>"
        "<h3>Asia Pacific — China, Japan, India</h3><p>Expected to register a CAGR of 8.6%.</p>"
    )
    assert [(c.value_pct, c.scope) for c in parse_release(page).cagrs] == [(6.9, None), (8.6, "region:Asia Pacific")]


def test_the_region_a_sentence_refers_back_to_is_no_countrys_last_word():
    sentence = "The region is projected to grow at a 6.9% CAGR, the highest of all regions."
    previous = "Middle East & Africa: the countries covered are UAE, Saudi Arabia, South Africa and Israel."
    assert [c.scope for c in figures.cagrs_in(sentence, FORECAST, previous)] == ["region:Middle East & Africa"]


def test_a_size_restated_in_other_words_after_its_year_keeps_that_year():
    sentence = (
        "It is projected to reach USD 2.07 billion by 2033 — or about USD 2,070 million — registering a CAGR of "
        "7.3% from 2026 to 2033."
    )
    assert [(s.value, s.year) for s in figures.merge_sizes(figures.sizes_in(sentence))] == [(2.07, 2033)]


def test_a_rounding_half_up_in_a_larger_unit_is_the_same_size():
    sizes = figures.sizes_in("The market will reach US$ 71,250 Million by 2033, roughly US$ 71.3 billion.")
    assert [(s.value, s.unit) for s in figures.merge_sizes(sizes)] == [(71250.0, "million")]


def test_a_players_revenue_rate_after_the_group_it_is_one_of_is_the_players():
    sentence = (
        "Among manufacturers, Speedo International Ltd. grew its goggle revenue at a CAGR of 4.1% over 2019-2024."
    )
    (cagr,) = figures.scope_to_players(figures.cagrs_in(sentence, None), ["Speedo International Ltd.", "Arena"])
    assert cagr.scope == "player:Speedo International Ltd."


def test_markets_a_region_serves_name_no_other_market():
    sentence = (
        "Asia-Pacific held USD 2.91 billion in 2024, supported by bag manufacturing clusters in India and China "
        "that also serve export markets."
    )
    assert not figures.about_another_market(sentence, "Flexible Intermediate Bulk Container (FIBC)")


def test_a_fiscal_years_revenue_on_a_company_card_is_the_companys():
    assert figures.is_company_revenue("Mumbai, India. Lyophilised antivenom. FY2025 revenue: INR 1,840 crore.")
    assert not figures.is_company_revenue("Market size 2025: USD 1.2 billion in revenue.")


@pytest.mark.parametrize(
    ("sentence", "previous"),
    [
        ("The U.S. and Canada make up the region, which grows at 7.5% a year.", "North America"),
        ("Brazil and Mexico adopt tax stamps, driving the region's 8.6% CAGR.", "Latin America"),
        ("China and India lead a region expected to grow at 17.3% a year.", "Asia Pacific"),
    ],
    ids=["'the region, which grows at'", "'the region's' rate", "'a region expected to grow at'"],
)
def test_a_rate_said_of_the_region_in_passing_is_the_regions(sentence, previous):
    assert [c.scope for c in figures.cagrs_in(sentence, FORECAST, previous)] == [f"region:{previous}"]


def test_a_stat_strips_year_before_each_size_is_its_year():
    sentence = "Market size 2024 USD 3.42 Bn, Market size 2032 USD 6.05 Bn, CAGR 2025-2032 7.4%"
    assert [(s.value, s.year) for s in figures.sizes_in(sentence)] == [(3.42, 2024), (6.05, 2032)]


def test_a_clause_with_its_own_subject_scopes_its_figure():
    growing = "Clinics dominate; hospitals and cryobanks make up the rest, with cryobanks expanding at 16.1% a year."
    found = figures.scope_to_segments(figures.cagrs_in(growing, FORECAST), ["Clinics", "Hospitals", "Cryobanks"])
    assert [c.scope for c in found] == ["segment:Cryobanks"]
    regional = (
        "Regionally, the Central region accounted for PLN 1.63 billion in 2024, and the Western region is expected "
        "to grow fastest, at a CAGR of 7.1%."
    )
    regions = ["Central", "Western"]
    assert [c.scope for c in figures.scope_to_regions(figures.cagrs_in(regional, FORECAST), regions)] == [
        "region:Western"
    ]
    assert [s.scope for s in figures.scope_to_regions(figures.sizes_in(regional), regions)] == ["region:Central"]


def test_a_heading_of_a_regions_market_names_the_region_its_paragraph_speaks_of():
    page = (
        "<h1>Egg Freezing Services Market Report</h1><p>The egg freezing services market was valued at USD 2.6 "
        "billion in 2025 and is forecast to grow at a CAGR of 14.7% from 2026 to 2033.</p>"
        "<h3>Asia Pacific Egg Freezing Services Market Trends</h3>"
        "<p>China, Japan and India lead a region expected to grow at 17.3% a year.</p>"
    )
    assert [(c.value_pct, c.scope) for c in parse_release(page).cagrs] == [(14.7, None), (17.3, "region:Asia Pacific")]


@pytest.mark.parametrize(
    ("sentence", "previous", "scope"),
    [
        (
            "The UAE, Saudi Arabia and South Africa adopt stone paper, which explains the region's 8.1% CAGR.",
            "Middle East & Africa",
            "region:Middle East & Africa",
        ),
        (
            "Commercial real-estate growth and new cleanrooms push the region to a 7.0% CAGR.",
            "Asia Pacific",
            "region:Asia Pacific",
        ),
        (
            "The U.S. and Canada harvest it mainly for export to Asia; the region grows at 6.9% a year.",
            "North America",
            "region:North America",
        ),
    ],
    ids=["'South Africa' is no region before 'which'", "'push the region to'", "'the region' after a semicolon"],
)
def test_the_region_a_later_clause_speaks_of(sentence, previous, scope):
    assert [c.scope for c in figures.cagrs_in(sentence, FORECAST, previous)] == [scope]


def test_a_later_sentence_under_a_regions_heading_speaks_of_that_region():
    page = (
        "<h1>Reverse Vending Machines Market Report</h1><p>The reverse vending machines market was valued at USD "
        "498.6 million in 2024 and is forecast to grow at a CAGR of 8.3% from 2025 to 2034.</p><h3>Asia Pacific</h3>"
        "<p>Japan, South Korea and China are the main markets. The region is growing at 11.2% a year.</p>"
    )
    assert [(c.value_pct, c.scope) for c in parse_release(page).cagrs] == [(8.3, None), (11.2, "region:Asia Pacific")]


def test_a_run_in_regions_label_before_a_subjectless_sentence_gives_its_figures():
    sentence = "Worth USD 0.46 billion in 2024 and projected to grow at a CAGR of 7.0% between 2025 and 2031."
    assert [c.scope for c in figures.cagrs_in(sentence, FORECAST, "Asia Pacific.")] == ["region:Asia Pacific"]
    assert [s.scope for s in figures.sizes_in(sentence, "Asia Pacific.")] == ["region:Asia Pacific"]


@pytest.mark.parametrize(
    ("sentence", "previous", "scope"),
    [
        ("Expected CAGR: 11.1%.", "North America. The U.S. is adding capacity.", "region:North America"),
        ("CAGR of 7.8% expected.", "Asia Pacific. China and India lead fleet growth.", "region:Asia Pacific"),
        ("Brazil and Argentina drive the fastest growth, at a 6.4% CAGR.", "Latin America", "region:Latin America"),
        ("By type, plate & frame units are expected to grow at a CAGR of 7.1%.", "Europe", None),
    ],
    ids=[
        "a later sentence's bare rate under the heading",
        "a rate with no subject at all",
        "the region's own countries as the subject",
        "an item's rate under the region's heading stays the item's",
    ],
)
def test_a_rate_in_a_regions_section_with_no_subject_but_its_countries_is_the_regions(sentence, previous, scope):
    assert [c.scope for c in figures.cagrs_in(sentence, FORECAST, previous)] == [scope]


def test_a_company_cards_years_revenue_line_is_the_companys():
    assert figures.is_company_revenue("Zurich. 2024 revenues: USD 32.85 billion.")
    assert figures.is_company_revenue("2024 revenue of USD 1.03 billion, down sharply on price.")
    assert not figures.is_company_revenue("In 2024 revenue across the market reached USD 4.1 billion.")


def test_a_blocks_opening_region_label_is_the_region_its_later_sentences_speak_of():
    page = (
        "<h1>Tank Level Monitoring System Market Report</h1><p>The tank level monitoring system market was valued "
        "at USD 1.1 billion in 2024 and is forecast to grow at a CAGR of 8.2% from 2025 to 2033.</p>"
        "<p><b>Middle East &amp; Africa.</b> The study covers Saudi Arabia, the UAE and South Africa. The region "
        "is forecast to post a CAGR of 9.9% over 2025-2033.</p>"
        "<p><b>Europe</b> – Germany, France and the UK. Ashwood expects the region to grow at a CAGR of 6.6%.</p>"
    )
    assert [(c.value_pct, c.scope) for c in parse_release(page).cagrs] == [
        (8.2, None),
        (9.9, "region:Middle East & Africa"),
        (6.6, "region:Europe"),
    ]


def test_a_players_own_revenue_rate_outpacing_the_market_is_the_players():
    sentence = (
        "Safran Landing Systems has compounded its landing gear revenue at a CAGR of 7.1% between 2021 and 2025, "
        "outpacing the market."
    )
    (cagr,) = figures.scope_to_players(figures.cagrs_in(sentence, None), ["Safran Landing Systems", "Liebherr"])
    assert cagr.scope == "player:Safran Landing Systems"


@pytest.mark.parametrize(
    ("subject", "scope"),
    [
        ("Largest region: Upper Delta (", "region:Upper Delta"),
        ("Largest island group | Borneo (", "region:Borneo"),
        ("Fastest-growing region: Asia Pacific is expected to expand at a", "region:Asia Pacific"),
    ],
    ids=[
        "a stat line's largest region, of any kind of place",
        "a table row's largest island group",
        "a ranked place followed by a sentence is read as one",
    ],
)
def test_a_ranked_place_on_a_stat_line_is_the_figures_region(subject, scope):
    assert figures.scope_of(subject) == scope


def test_an_item_ranked_in_a_with_clause_scopes_the_figure_after_it():
    sentence = "Revenue should grow at a 7.1% CAGR over 2025-2030, with e-commerce the fastest channel at a 14.2% CAGR."
    assert [(c.value_pct, c.scope) for c in figures.cagrs_in(sentence, None)] == [
        (7.1, None),
        (14.2, "segment:e-commerce"),
    ]


def test_the_next_in_a_ranking_with_its_own_figure_is_that_figures_subject():
    sentence = "Sweden remains the anchor market at SEK 11.9 billion in 2024, followed by Denmark at DKK 3.6 billion."
    assert [(s.value, s.currency, s.scope) for s in figures.sizes_in(sentence)] == [
        (11.9, "SEK", "region:Sweden"),
        (3.6, "DKK", "region:Denmark"),
    ]


def test_the_region_a_later_clause_refers_back_to_is_the_sentences_opening_place():
    sentence = (
        "Eastern Macedonia and Thrace dominates output, hosting the quarries of Drama and Kavala; the region was "
        "worth USD 297.0 million in 2024."
    )
    (size,) = figures.scope_to_regions(figures.sizes_in(sentence), ["Eastern Macedonia and Thrace", "Attica"])
    assert size.scope == "region:Eastern Macedonia and Thrace"


def test_a_year_column_named_before_its_kind_of_size():
    from pipelines.parse.blocks import Block
    from pipelines.parse.tables import figure_tables

    rows = [Block("row", "Country | 2025 Revenue (USD Billion) | CAGR 2026-2035"), Block("row", "China | 3.05 | 8.2%")]
    (row,) = figure_tables(rows)[1:]
    assert [(s.value, s.year, s.scope) for s in figures.sizes_in(row.text)] == [(3.05, 2025, "region:China")]
    assert [(c.value_pct, c.scope) for c in figures.cagrs_in(row.text, None)] == [(8.2, "region:China")]


def test_a_region_described_as_a_fast_growing_consumer_market_speaks_of_this_market():
    sentence = (
        "Asia Pacific is projected to expand at a CAGR of 8.3% during the forecast period, with China both the "
        "largest producer and a fast-growing consumer market."
    )
    assert not figures.about_another_market(sentence, "Bee Pollen")


@pytest.mark.parametrize(
    ("paragraph", "shares"),
    [
        (
            "North America captured 38.5% of global revenue in 2024. Asia Pacific is forecast to expand at a 26.1% "
            "CAGR between 2025 and 2032.",
            {"North America": 38.5},
        ),
        ("Europe held a 31.0% share, while Asia Pacific grows at 9.1% a year.", {"Europe": 31.0}),
        (
            "North America held a 38% share. Europe, where France, the United Kingdom and Germany have sizeable "
            "Muslim communities, is the fastest-growing region at a 7.2% CAGR over 2025-2033.",
            {"North America": 38.0},
        ),
    ],
    ids=[
        "a share said as '% of global revenue'; a rate before 'CAGR' is none",
        "a rate 'a year' is no share",
        "a rate whose 'CAGR' falls past the region's window is no share either",
    ],
)
def test_region_shares_leave_growth_rates_out(paragraph, shares):
    assert figures.region_shares([paragraph], ["North America", "Europe", "Asia Pacific"]) == shares


@pytest.mark.parametrize(
    ("subject", "scope"),
    [
        ("Conventional powders dominate, yet Organic is the fastest-growing nature segment at ", "segment:Organic"),
        ("Hospitals dominated demand in 2024, yet home care settings are expected to advance at a ", None),
        ("Dogs account for most spending, but the fastest-growing animal segment is expected to grow at a ", None),
    ],
    ids=[
        "'yet' opens a clause of its own; a ranked item is the figure's",
        "the clause after 'yet' has its own subject",
        "a rank before one word naming the dimension names no segment",
    ],
)
def test_clauses_after_yet_and_ranks_before_a_dimensions_word(subject, scope):
    assert figures.scope_of(subject) == scope


def test_its_market_is_the_market_of_the_country_the_sentence_before_opens_with():
    previous = "Guatemala is the largest and fastest-growing country."
    sentence = "The study sizes its market at GTQ 8.9 billion in 2024."
    assert [(s.value, s.scope) for s in figures.sizes_in(sentence, previous)] == [(8.9, "region:Guatemala")]


def test_a_figures_segment_is_the_same_whatever_order_pythons_sets_take():
    """Labels as long as each other ("Rose Absolute", "Rose Concrete") are tried in the page's order, never in a
    set's, whose order changes with each interpreter's hash seed."""
    import os
    import subprocess
    import sys

    script = (
        "from pipelines.parse import figures\n"
        "s = 'Rose Absolute, extracted with solvents from rose concrete, grows fastest at a 7.9% CAGR.'\n"
        "labels = ['Rose Absolute', 'Rose Concrete', 'Rose Water', 'Rose Otto Oil', 'Rose Hip Oil']\n"
        "print(figures.scope_to_segments(figures.cagrs_in(s, None), labels)[0].scope)\n"
    )
    scopes = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout.strip()
        for seed in ("1", "2", "3", "4", "5", "6", "7", "8")
    }
    assert len(scopes) == 1 and scopes.pop().startswith("segment:Rose ")


def test_a_countrys_market_named_with_a_word_starting_in_a_digit_scopes_its_figures():
    sentence = (
        "The U.S. dental 3D printing market size was exhibited at USD 1.04 Bn in 2024 and is expected to grow at a "
        "CAGR of 11.4% from 2025 to 2034."
    )
    assert [(s.value, s.scope) for s in figures.sizes_in(sentence)] == [(1.04, "region:U.S.")]
    assert [(c.value_pct, c.scope) for c in figures.cagrs_in(sentence, (2025, 2034))] == [(11.4, "region:U.S.")]


def test_a_segment_named_with_an_adverb_is_no_adverb_before_its_subject():
    # "Still, Germany leads" or "Still the market grows" opens with the adverb; "Still Water" is a listed segment
    sentence = "Still Water is the overwhelming majority of the market, worth JOD 134.9 million in 2023."
    scoped = figures.scope_to_segments(figures.sizes_in(sentence), ["Still Water", "Sparkling Water"])
    assert [(s.value, s.scope) for s in scoped] == [(134.9, "segment:Still Water")]


def test_an_amount_with_no_currency_counting_things_is_no_size():
    sentence = (
        "The market was valued at 2.1 billion in 2024, when labs ran an estimated 11 million cell-free DNA tests."
    )
    assert [(s.value, s.unit) for s in figures.sizes_in(sentence)] == [(2.1, "billion")]
    assert figures.sizes_in("The tile industry generated USD 2.1 billion of exports in 2024.") == []


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("For the current year the market is projected at $6.77 billion.", 2025),
        ("The Up to 70cc segment alone was worth Rs 286 billion last year.", 2024),
        ("Lineage, Inc. booked US$ 5.34 billion in revenue last year.", None),  # a company's, not the market's
        ("The market was worth $3 billion last year and $4 billion this year.", None),  # two: which is which?
    ],
)
def test_a_size_dated_only_this_year_or_last_is_dated_by_the_pages_own_date(sentence, year):
    size = figures.MarketSize(1.0, "billion", "USD", None, None, sentence)
    size = replace(size, scope="segment:Up to 70cc") if "segment" in sentence else size
    assert figures.dated_by_publication(size, "2025-05-27").year == year
