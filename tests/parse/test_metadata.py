"""Market names, publishers, ids, dates and title grammar. Each case says why it exists."""

import pytest

from pipelines.parse import metadata
from pipelines.parse.decode import decode
from pipelines.records import ParseFailure, Segment

MARKET_CASES = [
    (
        "Australia's Caravan and Motorhome Market to Reach AUD 6.02 Billion by 2030",
        "Australia Caravan and Motorhome",
        "a place's possessive names the place's market",
    ),
    (
        "Southeast Asia's data centre colocation market seen more than doubling by 2031",
        "Southeast Asia data centre colocation",
        "a part of a region's possessive too",
    ),
    ("Mother's Day Gifts Market to Reach USD 4.1 Billion", "Mother's Day Gifts", "another possessive stays"),
    (
        "Digest #212 — Returnable Transport Packaging Market Heads for $14.2 Billion by 2034",
        "Returnable Transport Packaging",
        "a newsletter's issue before a dash",
    ),
    ("Penrose Gate Market Data  |  Insights  |  Automotive Retail", None, "a firm's name ending 'Market Data'"),
    ("SAIGON MARKET LEDGER", None, "a publication's masthead"),
    ("TI  - Neonatal Incubators Market Size, Share & Industry Analysis", "Neonatal Incubators", "a record's field tag"),
    ("News bulletin: Silanes Market Latest Updates & Outlook 2030", "Silanes", "prefix before a colon"),
    ("Global Web 3.0 Market Size to Reach USD 81.5 Billion in 2030", "Web 3.0", "'Global' dropped"),
    ("Healthcare CMO Market Provides Detailed Segmentation", "Healthcare CMO", "title verb after Market"),
    ('Global "Silanes Market" Research Report', "Silanes", "quoted market name"),
    ("Our new studio opens on Friday", None, "no market at all"),
    ("Notes on Kelderwick's new market report, plus what it misses", None, "a firm's new market report names none"),
    ("Home > Energy > Vanadium Electrolyte Market Insights", "Vanadium Electrolyte", "a breadcrumb's last step"),
    ("Board index > Industry & Trade > Market reports & numbers", None, "a breadcrumb's step called 'Market ...'"),
    ("BENGAL RESEARCH BUREAU - Market Research | Consulting | Data", None, "a firm's site offering market research"),
    ("Smart Meters Market Research Report 2025", "Smart Meters", "a market's research report"),
    ("Channel: Industry / market-talk", None, "'market' in a hyphenated word is no market"),
    ("Our latest study sizes the modular cleanroom market at USD 9.84 billion", "modular cleanroom", "prose lead"),
    ("Sablecourt Research — Smart Parking Sensor Market 2025-2032", "Smart Parking Sensor", "a firm's name, a dash"),
    (
        "Flow Meter Industry Watch: Clamp-on Flow Meter Market Outlook",
        "Clamp-on Flow Meter",
        "'Market' before 'Industry'",
    ),
    ("News, market numbers and product notes", None, "a list's comma before 'market'"),
    ("Mortar & Market Materials Equipment Sustainability", None, "a site's name joined by '&' before 'Market'"),
    ("MATERIALS · MARKET OUTLOOK", None, "a section kicker's dot before 'Market'"),
    (
        "Global Artificial Intelligence in Accounting Market [2023-2030] | Size, Growth",
        "Artificial Intelligence in Accounting",
        "'in' inside a name",
    ),
    ("Study Sees Rapid Growth Ahead for Solid-State Battery Market", "Solid-State Battery", "a lead-in before 'for'"),
    ("Investment Opportunities in the Global Biochar Market", "Biochar", "a lead-in before 'in the'"),
    (
        "A new study from Quistwood Analytics sizes the global Electric Vehicle Thermal Management System market at",
        "Electric Vehicle Thermal Management System",
        "a long lead-in before 'the global'",
    ),
    (
        "Why Is the Methane-Reducing Feed Additives Market Growing at 12.6% CAGR?",
        "Methane-Reducing Feed Additives",
        "a headline asked as a question",
    ),
    ("What's Driving the Growth of the Biochar Market?", "Biochar", "a question's words before the last 'the'"),
    (
        "We will also still be found every week at our stall at the Saturday farmers market on Main Street",
        None,
        "a market stall named after a long lead-in, not in capitals",
    ),
    ("Ellerby Analytics' Sustainable Aviation Fuel Market report", "Sustainable Aviation Fuel", "a firm's possessive"),
    ("Saltcote Research's new numbers on the electric boat market landed", "electric boat", "prose before 'the'"),
    ("Women's Health Market to Grow at 6% CAGR", "Women's Health", "a possessive inside a market's name"),
    ("How the market breaks down", None, "an article is no name's last word"),
    ("Source: Fenbrook Market Intelligence", None, "a firm's name holding 'Market' names no market"),
    ("Data Center Accelerator Global Market Report 2022", "Data Center Accelerator", "'Global' after the name"),
    ("Two forecasts, one fuel: reading the latest numbers", None, "'forecasts' alone names nothing"),
    (
        "Glacierra Opens Tennessee Plant as Cold Plunge Tub Market Heads Toward USD 1.9 Billion",
        "Cold Plunge Tub",
        "a company's news before 'as'",
    ),
    ("Software as a Service Market to Reach USD 908 Billion", "Software as a Service", "'as a' inside a name"),
    ("Vantrell Launches Aurelis 300 Cryo-EM Platform as Market Grows at 12.1% CAGR", None, "no name after 'as'"),
    (
        "According to Thrimby Agri Insights, the global robotic milking systems market is projected to grow",
        "robotic milking systems",
        "a lower-case name a long lead-in calls global",
    ),
    ("Europe remained the largest regional market in 2024", None, "descriptors name no market"),
    ("A growing market", None, "an article and a descriptor name none"),
    ("1/7 Global Vinyl Record Market 2025–2033: our new report is out", "Vinyl Record", "a thread's post counter"),
    ("Bramcote Insights Releases Zinc Oxide Market Report 2025-2033", "Zinc Oxide", "a firm's verb before the name"),
    (
        "Reposting: Heliant Research says EV charging station market hits $118 billion by 2034",
        "EV charging station",
        "'says' after the firm",
    ),
    (
        "TL;DR — Quillfeather Research has put out its new agricultural drones market study",
        "agricultural drones",
        "the firm's 'its new' before a lower-case name",
    ),
    (
        "New Study Puts Industrial Safety Light Curtains Market at USD 1.2 Billion",
        "Industrial Safety Light Curtains",
        "puts",
    ),
    ("Annovis Releases Data As Alzheimer’s Therapeutics Market Grows", "Alzheimer’s Therapeutics", "a capital 'As'"),
    (
        "With recent research from Orrin Analytics suggesting that the global drone market will double",
        "drone",
        "a sentence's words before 'the global'",
    ),
    ("SBC Medical Group Expands in the Booming Cosmetic Healthcare Market", "Cosmetic Healthcare", "headline praise"),
    (
        "HomeFood & BeveragesNutraceuticalsBee Pollen Market Size, Share and Forecast to 2032",
        "Bee Pollen",
        "a text copy's breadcrumb, its links' words glued",
    ),
    (
        "Vardar automotive aftermarket to grow 6.2% a year to 2031, says Ohrid Data",
        "Vardar automotive aftermarket",
        "a market whose own name ends in 'aftermarket'",
    ),
    ("It offers an in-depth analysis of the current market trends", None, "'current' ends no market's name"),
    ("It provides valuable insights into market dynamics", None, "a preposition ends no market's name"),
    (
        "Benchmark Advisory Releases 2024 Global Business Services Industry Report",
        "Business Services",
        "a firm's verb, the edition's year and 'Global' lead into the name",
    ),
    (
        "Streaming Analytics Forecast Report 2025: A $7.75+ Billion Market by 2030",
        "Streaming Analytics",
        "a wire's 'X Forecast Report': an amount before 'Market' names no market",
    ),
    (
        "Portland research firm sees mass timber market more than doubling by 2030",
        "mass timber",
        "what a firm 'sees' is the market, not the firm",
    ),
    ("Pharma Ops Brief, 2200 Market St, Suite 410, Philadelphia", None, "a street's name is no market"),
    ("eVTOL Aircraft Market to Reach USD 29.40 Billion by 2034", "eVTOL Aircraft", "a name may open in lower case"),
    ("San Francisco, March 11 — The global eVTOL aircraft market grew", "eVTOL aircraft", "a dateline goes"),
    ("Every summer a few market reports land in my inbox", None, "'market reports' in prose are reports"),
    (
        "A reader sent me the new release from Kaveri Market Research over the weekend",
        None,
        "a firm's name before more of the sentence is no market",
    ),
    ("Smart Glass Market Research Report, 2025-2032", "Smart Glass", "a market's research report is the market's"),
    ("HYDROGEN STATIONS: FORECASTER SEES MARKET HITTING USD 6.7 BILLION", None, "what it sees names nothing"),
    (
        "Press release says aquaponics market hits USD 1.46 billion by 2030",
        "aquaponics",
        "what a release 'says' names the market",
    ),
    (
        "Insurance Claims Management Software Market Set to Double",
        "Insurance Claims Management Software",
        "'Claims' in a name is no verb",
    ),
    ("Bulletin No. 47 – New study sizes seed tape market at €1.4 billion", "seed tape", "what a study sizes"),
    ("A report by Penhallow Research, the Cornwall-based market analysts, puts", None, "analysts are no market"),
]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Fenmarsh values the global functional mushroom market at USD 11.27 billion."], "functional mushroom"),
        (
            [
                "Lab owners love it.",
                "So the dental 3D printing market grew.",
                "How big is the dental 3D printing market?",
            ],
            "dental 3D printing",
        ),
        (
            ["I read the report on the dental 3D printing market.", "The dental 3D printing market grew."],
            "dental 3D printing",
        ),
        (["The market for mushrooms grew.", "The overall market grew, and the overall market will grow."], None),
        (["We sold at the farmers market."], None),  # named once and not called global: a passing mention
        (  # named once, but sized right after its name
            [
                "Saskatoon-based Northbeam Analytics pegs the Saskatchewan on-farm grain storage market at $1.12 "
                "billion."
            ],
            "Saskatchewan on-farm grain storage",
        ),
        (  # a dotted country abbreviation opens the name
            ["Brightwater estimates the U.S. craft beer market was worth $28.9 billion in 2024."],
            "U.S. craft beer",
        ),
    ],
)
def test_a_market_named_in_prose(sentences, expected):
    assert metadata.market_named_in_prose(sentences) == expected


@pytest.mark.parametrize("title, expected, why", MARKET_CASES, ids=[c[2] for c in MARKET_CASES])
def test_market_name(title, expected, why):
    assert metadata.market_name(title, []) == expected


def test_a_sentence_case_headlines_words_before_the_market_the_opening_names_are_no_part_of_its_name():
    title = "Screw caps tighten their grip as wine closures market heads for EUR 6.71 billion"
    opening = ["The wine closures market was valued at EUR 4.82 billion in 2024."]
    assert metadata.market_name(title, opening) == "wine closures"
    assert metadata.market_name("Platform as a Service Market to Grow", ["The PaaS market grew."]) == (
        "Platform as a Service"
    )


@pytest.mark.parametrize(
    ("title", "opening", "expected"),
    [
        (
            "Battery-Electric Fleets Push Underground Mining Equipment Market Toward $38.90 Bn by 2031",
            "The underground mining equipment market was valued at $24.9 Bn in 2024.",
            "underground mining equipment",
        ),
        (  # no verb before it: the headline's words are the name's
            "Industrial Enzymes Market to Reach USD 9.1 Billion",
            "The enzymes market was valued at USD 6.2 billion in 2024.",
            "Industrial Enzymes",
        ),
    ],
)
def test_a_title_case_headlines_words_up_to_its_verb_are_no_part_of_the_name_the_opening_gives(
    title, opening, expected
):
    assert metadata.market_name(title, [opening]) == expected


def test_a_market_research_firm_is_no_market_and_a_clause_before_the_names_article_no_part_of_it():
    opening = [
        "According to a study by the Hamburg market research firm Kestrel & Maas, published on Tuesday, the Germany "
        "Bicycle Leasing Market reached a volume of EUR 3.42 billion in 2024."
    ]
    assert metadata.market_name("Company bike leasing set to double by 2030", opening) == "Germany Bicycle Leasing"


def test_a_blog_on_a_hosting_platform_is_a_publisher_of_its_own():
    canonical = {"canonical": "https://flowmeter-industry-watch.blogspot.com/2025/03/clamp-on.html"}
    assert metadata.publisher(canonical, None, []) == "flowmeter-industry-watch.blogspot.com"
    assert metadata.publisher({"canonical": "https://www.example.co.uk/a"}, None, []) == "example.co.uk"


def test_publisher_prefers_canonical_then_majority_of_links():
    links = [
        "https://www.example-research.com/a?utm_source=x",
        "https://twitter.com/x",
        "https://example-research.com/b",
        "https://cdn.other.net/img.png",
    ]
    assert metadata.publisher({}, None, links) == "example-research.com"
    assert metadata.publisher({"canonical": "https://news.wire.co.uk/item/1"}, None, links) == "wire.co.uk"


def test_report_id_from_publisher_links_only():
    links = [
        "https://firm.com/enquiry/request-sample/1990958?utm_id=x",
        "https://firm.com/purchase/1990958",
        "https://other.com/reports/4035/x",
    ]
    assert metadata.report_id(links, {"firm.com"}, []) == "1990958"
    assert metadata.report_id([], {"firm.com"}, ["Report ID: 58213"]) == "58213"


def test_a_report_series_names_the_market_after_the_global_market_for():
    title = "Pectin Global Strategic Business Report 2025: Market to Reach $1.9 Billion by 2030"
    opening = ["The global market for Pectin was valued at US$1.3 Billion in 2024.", "The U.S. market is worth more."]
    assert metadata.market_name(title, opening) == "Pectin"


def test_a_reports_id_in_brackets_after_the_word_report_states_the_id():
    texts = ["The full 198-page report (ID: SRP-EB-7782) is priced at USD 4,850 for a single user."]
    assert metadata.report_id([], {"firm.com"}, texts) == "SRP-EB-7782"


def test_a_report_code_key_over_its_value_states_the_id():
    links = ["https://www.brisendale.com/request-sample/5512"]
    texts = ["Forecast period", "2025–2033", "Report code", "BRI-DT-5512"]
    assert metadata.report_id(links, {"brisendale.com"}, texts) == "BRI-DT-5512"


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("https://www.ostrandermi.com/reports/data-center-liquid-cooling-market-60812.html", "60812"),
        ("https://www.halvorsenresearch.com/sample/10457?utm_source=lpw", "10457"),
        ("https://www.tidemark.com/checkout/TH-2291", "TH-2291"),
        ("https://www.tidemark.com/news/2024/TH-2291", None),
        ("https://www.snsinsider.com/reports/construction-sealants-market-2004", "2004"),
        ("https://www.wire.com/news/hydrogen-tank-market-2030", None),
        ("https://www.varnholt.com/talk-to-us?report=VHIRT40318&type=sample", "VHIRT40318"),
        ("https://www.stenhaven.com/sample-request?report=SHR-H2E-5120&src=wire", "SHR-H2E-5120"),
        ("https://www.norrbeck.com/request-sample?rpt=IR81234&utm_source=wire", "IR81234"),
        ("https://www.castlebay.com/download-sample/18854?utm_source=ein", "18854"),
        ("https://www.kellingfordmr.com/sample/self-healing-concrete-market/KMR-1392?utm_source=g", "KMR-1392"),
        ("https://oxenbridgedata.io/checkout?sku=ODX-DP-7742&utm_source=site", "ODX-DP-7742"),
        (
            "https://www.copperbeech.com/market-reports/pet-grooming-products-market-CBI1187.html?utm_source=x",
            "CBI1187",
        ),
    ],
    ids=[
        "an id before .html",
        "a sample link",
        "a lettered code in a shop link",
        "a lettered code elsewhere is none",
        "a report page numbered like a year no forecast names",
        "a forecast year ending a news slug is none",
        "a code with a digit in a middle part",
        "a code in an 'rpt' query parameter",
        "a download-sample link",
        "a code in a 'report' query parameter",
        "a lettered code after a sample link's slug",
        "a shop's stock-keeping code",
        "letters glued to the digits after the market's slug",
    ],
)
def test_report_id_link_forms(link, expected):
    assert metadata.report_id([link], set(), []) == expected


def test_a_report_link_naming_the_market_by_its_acronym_or_expansion_is_its_own():
    link = "https://www.tollcross.com/report/electronic-logging-device-market?rid=TCA-7731&utm_source=notes"
    assert metadata.report_id([link], set(), [], "ELD") is None  # as far as the name goes, another market's
    assert metadata.report_id([link], set(), [], "ELD", ["ELD", "electronic logging device"]) == "TCA-7731"


FIRM_CASES = [
    ("Brightwater Market Research", "brightwatermr.com", True, "first word, then initials"),
    ("Halvorsen Strategic Research", "halvorsenresearch.com", True, "first word, a middle word left out"),
    ("Ostrander Market Intelligence", "ostrandermi.com", True, "initials of two words"),
    ("Wexcombe Research", "wexcomberesearch.com", True, "the whole name"),
    ("Global Market Insights", "global.com", False, "a short first word alone is too weak"),
    ("Halvorsen Strategic Research", "halvorsenmedia.com", False, "other words than the name's"),
    ("Larchwyn Market Analysis & Research", "larchwynmarc.com", True, "initials of a name read only in part"),
    ("Voss & Ridley Market Intelligence", "vossridley.com", True, "two names joined by '&'"),
    ("Brightwater Market Research", "brightwaterxyz.com", False, "letters that are no initials"),
    ("Alföld Market Research", "alfoldmarketresearch.hu", True, "an accented letter as the domain spells it"),
    ("Tessellate Market Intelligence", "tessellate-intel.com", True, "the last word cut short"),
    ("Tessellate Market Intelligence", "tessellate-in.com", False, "two letters are too short a cut"),
    ("Vassilakis & Brandt Market Intelligence", "vbmi-research.eu", True, "every word's initial, then a word"),
    ("Vassilakis & Brandt Market Intelligence", "vbmiresearch.eu", False, "initials glued to more letters"),
    ("Saigon Meridian Research", "smresearch.vn", True, "the first words' initials, then the last word"),
    ("Halvorsen & Quill Analytics", "hq-analytics.co.uk", True, "two initials, a hyphen, then the last word"),
    ("Saigon Meridian Research", "smr.vn", False, "initials alone are too short"),
    ("Consultora Litoral Datos", "litoraldatos.com.ar", True, "a firm's kind before its name, left out"),
    ("Consultora Datos", "datos.com.ar", False, "not when the name is one word without it"),
    ("Moselkamm Marktanalyse", "moselkamm-analyse.de", True, "a compound word cut to its head"),
    ("Moselkamm Marktanalyse", "moselkamm-lyse.de", False, "four letters are too short a head"),
    ("Castelverdi Ricerche", "castelverdiresearch.it", True, "its firm word in another language"),
    ("Castelverdi Ricerche", "castelverdimedia.it", False, "another word than a firm word"),
]


@pytest.mark.parametrize("name, domain, same, why", FIRM_CASES, ids=[c[3] for c in FIRM_CASES])
def test_firm_names_and_their_domains(name, domain, same, why):
    assert metadata.same_firm(name, domain) is same


def test_a_news_archive_is_no_report_shop():
    links = ["https://news.com/category/market-reports/", "https://news.com/2024/10/08/story/"]
    assert not metadata.sells_reports(links, "news.com")
    assert metadata.sells_reports(["https://firm.com/reports/4471/x"], "firm.com")
    assert metadata.sells_reports(["https://firm.com/industry-analysis/x-market/sample?utm_source=cta"], "firm.com")


def test_title_grammar_with_nested_sub_segments():
    title = (
        "Smart Irrigation Market Size, Share & Analysis, By Type (Weather-based, Sensor-based {Soil Moisture, "
        "Rain/Freeze}), By Region (North America, Europe), and Regional Forecast, 2025-2032"
    )
    segments, regions = metadata.title_segments(title)
    assert segments == [
        Segment("type", "Weather-based"),
        Segment("type", "Sensor-based"),
        Segment("type", "Soil Moisture", "Sensor-based"),
        Segment("type", "Rain/Freeze", "Sensor-based"),
    ]
    assert [r.region for r in regions] == ["North America", "Europe"]


@pytest.mark.parametrize(
    "meta, texts, expected",
    [
        ({"published": "2025-03-14T09:00:00Z"}, [], "2025-03-14"),
        ({}, ["Published: 12 February 2025 | Report ID: 1"], "2025-02-12"),
        ({}, ["Posted March 3, 2024"], "2024-03-03"),
        ({}, ["No date here"], None),
    ],
)
def test_published_date(meta, texts, expected):
    assert metadata.published_date(meta, texts) == expected


DECODE_CASES = [
    (b"", "empty", "an empty body"),
    (b"   \n\t", "empty", "white space only"),
    (b"%PDF-1.7 binary", "binary", "a PDF"),
    (bytes(range(256)) * 4, "undecodable", "bytes that fit no text encoding"),
    (b"\x01\x02\x03\x04" * 100, "binary", "control bytes that decode but are no text"),
]


@pytest.mark.parametrize("body, reason_start, why", DECODE_CASES, ids=[c[2] for c in DECODE_CASES])
def test_decode_refuses_what_is_not_text(body, reason_start, why):
    outcome = decode(body)
    assert isinstance(outcome, ParseFailure) and outcome.reason.startswith(reason_start)


def test_decode_folds_cyrillic_lookalikes_inside_latin_words():
    assert decode("Linear Accelerators \u041c\u0430rk\u0435t size".encode("utf-8")) == "Linear Accelerators Market size"
    assert (
        decode("\u041c\u043e\u0441\u043a\u0432\u0430".encode("utf-8")) == "\u041c\u043e\u0441\u043a\u0432\u0430"
    )  # a Russian word stays


def test_decode_folds_greek_lookalikes_in_the_case_they_are_written():
    assert decode("Asia \u03a1acific, \u0395urope and \u0399ndia".encode("utf-8")) == "Asia Pacific, Europe and India"


def test_decode_repairs_utf8_read_as_cp1252_and_saved_again():
    page = (
        "<p>Nestl\u00c3\u00a9 leads the Cr\u00c3\u00a8me segment \u00e2\u20ac\u201c "
        "Europe alone held \u00e2\u201a\u00ac6.12 billion.</p>"
    )
    assert "Nestlé leads the Crème segment – Europe alone held €6.12 billion." in decode(page.encode("utf-8"))


def test_decode_drops_characters_that_show_nothing():
    page = "<h1>Electro\u00adchromic Gl\u200bass Market</h1>"
    assert "Electrochromic Glass Market" in decode(page.encode("utf-8"))


def test_decode_uses_the_declared_charset():
    page = '<html><head><meta charset="windows-1252"></head><body>Caf\xe9 prices</body></html>'.encode("cp1252")
    assert "Café prices" in decode(page)


ACRONYM_CASES = [
    (
        "Healthcare Contract Manufacturing Organizations (CMOs) provide",
        {"CMO": "Contract Manufacturing Organizations"},
        "plural acronym, fewest words that spell it",
    ),
    (
        "the Global Polymethyl Methacrylate (PMMA) Microspheres market",
        {"PMMA": "Polymethyl Methacrylate"},
        "letters inside words count, the first at a word start",
    ),
    (
        "Contract Development & Manufacturing Organization (CDMO)",
        {"CDMO": "Contract Development & Manufacturing Organization"},
        "an ampersand between the words",
    ),
    ("revenue in 2024 (USD Million)", {}, "a unit in parentheses is no acronym"),
    ("demand in Asia (EU) grew", {}, "letters that the words before do not spell"),
]


@pytest.mark.parametrize("text, expected, why", ACRONYM_CASES, ids=[c[2] for c in ACRONYM_CASES])
def test_acronyms_defined_on_the_page(text, expected, why):
    assert metadata.acronyms([text]) == expected


def test_a_firm_credited_after_where_it_is_based_is_credited_before_an_analyst_quoted_at_another():
    texts = [
        "A report published last week by Copenhagen-based Ostvald Market Research puts the market at USD 2.87 billion.",
        "Not everyone agrees. Kristoffer Maalund, an analyst at Lenswright Partners, sees slower growth.",
    ]
    assert metadata.research_firm("opticsdispatch.com", False, texts, "Myopia Control Lens") == (
        "Ostvald Market Research"
    )


def test_the_publisher_is_the_firm_a_sentence_credits():
    texts = ["The market is projected to reach USD 7.19 billion by 2033, according to Quayside Market Data."]
    assert metadata.research_firm("quaysidemarketdata.com", False, texts, "Sodium-Ion Battery") == (
        "quaysidemarketdata.com"
    )


def test_a_site_credited_by_its_own_name_is_its_firm_not_another_site_it_loads_or_a_firm_a_rival_cue_announces():
    # "Harwick Bay Labs" has no firm word; a tag manager's host spells its initials; "Lindgate Mobility Advisors"
    # opens the sentence after one announcing other figures
    texts = [
        "According to a new study from Harwick Bay Labs, the market was valued at USD 9.52 billion in 2024.",
        "For context, some of the figures circulating in the trade press are lower. Lindgate Mobility Advisors has "
        "put the 2024 market at USD 7.9 billion.",
    ]
    links = ["https://tags.hbl-analytics.net/gtm.js?id=HBL-77Q2", "https://www.harwickbaylabs.com/contact"]
    assert metadata.research_firm("harwickbaylabs.com", False, texts, "Automotive Sunroof", None, links) == (
        "harwickbaylabs.com"
    )


def test_title_grammar_with_colons_and_semicolons_between_dimensions():
    title = (
        "Building Automation System Market Report By System: HVAC Control, Lighting Control; "
        "By Region: North America, Europe, LAMEA — Global Forecast 2025-2033"
    )
    segments, regions = metadata.title_segments(title)
    assert [(s.dimension, s.label) for s in segments] == [("system", "HVAC Control"), ("system", "Lighting Control")]
    assert [r.region for r in regions] == ["North America", "Europe", "LAMEA"]


@pytest.mark.parametrize(
    ("links", "texts", "expected"),
    [
        (["https://firm.com/report/2291"], ["Request a sample of the report (Report ID: HCR-2291)."], "HCR-2291"),
        ([], ["Source: Pemberton Lusk Research, report PLR-AG-0417"], "PLR-AG-0417"),
        (["https://firm.com/reports/biochar-market/PLR-AG-0417"], [], "PLR-AG-0417"),
        ([], ["Report ID: Details on request"], None),
        ([], ["Ashdown Mercer Research · London · Ref: AMR/HC/2291"], "AMR/HC/2291"),
        ([], ["NEW YORK, Mar 04, 2025 — Report ID (SKU): BCI80412"], "BCI80412"),
        (["https://firm.com/reports/rtp-market/request-sample?rid=PA-FS-0962&utm_source=x"], [], "PA-FS-0962"),
        (["https://firm.com/reports/solid-state-battery-market-CMR-EN-3390?utm_source=x"], [], "CMR-EN-3390"),
        ([], ["Please refer to the appendix: 2024 figures"], None),
        (["https://firm.com/request-sample/2041?src=gtg"], [], "2041"),
        (["https://firm.com/reports/2041/"], [], None),
        (["https://firm.com/request-sample/padel-equipment-market/7712?utm_source=x"], [], "7712"),
        ([], ["Report Code | WDP-1187-MT"], "WDP-1187-MT"),
        (["https://firm.com/store/beard-care-market-lms-4418/sample"], ["Report Code: | LMS-CG-4418"], "LMS-CG-4418"),
    ],
    ids=[
        "a stated report id wins over the number in a link",
        "a code the text calls a report",
        "a lettered code ending a report link",
        "words after 'Report ID' are no id",
        "a reference with slashes",
        "a label with a bracketed note",
        "a lettered id in a query",
        "a lettered id of three parts after the market's slug",
        "'refer' is no reference label",
        "a sample link's number is its id, even one that reads as a year",
        "a year in a report path is a date",
        "a number after the market's slug folder",
        "a code may end in letters after its number",
        "a Markdown table's bold key keeps its colon before the cell bar",
    ],
)
def test_report_id_sources(links, texts, expected):
    assert metadata.report_id(links, {"firm.com"}, texts) == expected


def test_a_firm_a_sentence_credits_wins_over_a_sites_report_section():
    texts = ["A new market assessment by Brennock Research values the market at USD 48.2 billion in 2024."]
    assert metadata.research_firm("medtechdispatch.net", True, texts, "Point-of-Care Diagnostics") == (
        "Brennock Research"
    )


def test_a_newsletter_names_its_market_after_its_intro():
    from pipelines.parse import parse_release

    intro = "\n\n".join(f"Intro paragraph number {n} of this issue, about nothing in particular." for n in range(7))
    page = f"# The Numbers Behind the Home Battery Boom\n\n{intro}\n\n" + (
        "The global residential energy storage market was worth USD 11.6 billion in 2024, a CAGR of 16.3% to 2032."
    )
    assert parse_release(page).market == "residential energy storage"


def test_a_text_page_opening_with_its_sites_menu_is_read_from_its_headline():
    from pipelines.parse import parse_release

    menu = "\n".join(["Wirebrook PR", "Home", "News", "Industries", "Releases", "Submit", "Pricing", "Login", "Search"])
    page = (
        f"{menu}\n\nFood & Beverage\nRetail\n\nOat Milk Market Worth USD 9.12 Billion by 2031, Says Duncombe Vale\n\n"
        "LONDON -- The global oat milk market was valued at USD 3.94 billion in 2024, rising at a CAGR of 12.7% "
        "during 2025-2031.\n"
    )
    facts = parse_release(page)
    assert (facts.market, facts.title) == (
        "Oat Milk",
        "Oat Milk Market Worth USD 9.12 Billion by 2031, Says Duncombe Vale",
    )
    assert [c.value_pct for c in facts.cagrs] == [12.7]


def test_a_full_players_list_later_on_the_page_completes_a_summary_boxs_few():
    from pipelines.parse import parse_release

    page = (
        "# Robotic Lawn Mower Market to Reach USD 9.1 Billion by 2032\n\n"
        "The market will grow at a CAGR of 11.2% from 2025 to 2032.\n\n"
        "**Key players**\n\nHusqvarna Group, Robert Bosch GmbH, Honda Motor Co., Ltd.\n\n"
        "## Competitive landscape\n\nThe report profiles the following companies:\n\n"
        "- Husqvarna Group\n- Robert Bosch GmbH\n- Honda Motor Co., Ltd.\n- STIGA S.p.A.\n- Positec Tool Corporation\n"
    )
    names = [p.name for p in parse_release(page).players]
    assert names == [
        "Husqvarna Group",
        "Robert Bosch GmbH",
        "Honda Motor Co., Ltd.",
        "STIGA S.p.A.",
        "Positec Tool Corporation",
    ]


def test_a_finding_under_a_dimension_heading_is_no_segment():
    from pipelines.parse import parse_release

    page = (
        "# Industrial Enzymes Market to Reach USD 11.2 Billion by 2030\n\n"
        "The market will grow at a CAGR of 6.1% from 2024 to 2030.\n\n## Market by Type\n\n"
        "- Carbohydrases held the largest share of the market at 44.8% of revenue in 2023\n"
        "- Proteases\n- Lipases\n"
    )
    assert [s.label for s in parse_release(page).segments] == ["Proteases", "Lipases"]


@pytest.mark.parametrize(
    ("links", "texts", "expected"),
    [
        (
            [],
            ["FALMOUTH -- ... according to a new report by Trevanion Marsh Consultants.", "www.trevanionmarsh.co.uk"],
            "trevanionmarsh.co.uk",
        ),
        (
            ["https://click.brief.com/ls/click?upn=1&amp;redirect=https%3A%2F%2Fwww.moorcastledata.com%2Fr%2F8812"],
            ["Figures from Moorcastle Data Partners."],
            "moorcastledata.com",
        ),
        ([], ["The figures come from Moorcastle Data Partners."], "Moorcastle Data Partners"),
        (
            ["https://www.ashgrovedatalabs.com/reports/reefer-telematics-market?utm_source=x"],
            ["Ashgrove Data Labs has published its latest analysis.", "the Ashgrove website"],
            "ashgrovedatalabs.com",
        ),
        (
            ["https://twitter.com/intent/tweet?url=x", "https://www.trevaniondatalabs.com/?ref=wire"],
            ["The market report released by Trevanion Data Labs (https://www.trevaniondatalabs.com/?ref=wire)."],
            "trevaniondatalabs.com",
        ),
        (["https://www.basf.com/"], ["Key players: BASF SE, Dow Inc."], None),
        (
            ["https://www.aldermoorenergy.com/reports/wind-turbine-gearbox?utm_source=wire"],
            [
                "Aldermoor Energy Insight sizes the market at USD 8.73 billion.",
                "Brightwater Energy Partners puts the 2025 market at USD 7.9 billion.",
            ],
            "aldermoorenergy.com",
        ),
        (
            ["https://www.nandadeviinsights.com/reports/ayurvedic-products"],
            ["The market grows, according to a report released today by Pune-based Nandadevi Insights."],
            "nandadeviinsights.com",
        ),
    ],
    ids=[
        "a firm's site written out in the text, unlinked",
        "a firm's site behind a click tracker's redirect",
        "a firm with no site on the page keeps its name",
        "a firm without a firm word: the other site whose report page the page links to",
        "a firm without a firm word: the site of a name a credit cue leads to",
        "a player's site, credited by nothing, is no firm",
        "a firm named but never linked gives way to the firm whose report the page links",
        "where a firm is based is no part of its name",
    ],
)
def test_a_credited_firm_is_given_as_the_site_the_page_names(links, texts, expected):
    from pipelines.parse.blocks import build_document

    page_links = build_document(" ".join(f'<a href="{link}">x</a>' for link in links)).links
    assert metadata.research_firm("newsdesk.org", False, texts, "Reefer Telematics", links=page_links) == expected


@pytest.mark.parametrize(
    ("texts", "market", "expected"),
    [
        (
            ["Reports on the ICT industry have been offered by Market Research Future, a firm"],
            "ML",
            "Market Research Future",
        ),
        (["Machine Learning Market Research Report- Forecast till 2023"], "Machine Learning", None),
        (
            ["Global Artificial Intelligence in Accounting Market [2023-2030]"],
            "Artificial Intelligence in Accounting",
            None,
        ),
        ([decode("according to a new report by MarketsandMarkets™. The growing")], "Composite AI", "MarketsandMarkets"),
        (["Language services, as reported by IMARC Group in its study"], "Language Services", "IMARC Group"),
        (["Speech and Voice Recognition Market Insights"], "Speech and Voice Recognition", None),
        (["Key Market Insights", "Regional Insights", "Our Research"], "Surgical Smoke Evacuation", None),
        (["Consultancy Kestrelford Analytics sizes the market"], "Flow Battery", "Kestrelford Analytics"),
        (["Reports Insights assists its clients"], "Ceramic Sand", "Reports Insights"),
        (
            [
                "Dental Consumables Market Size Was Valued At US$ 41.2 Bn, Reveals The Latest Report Of "
                "Intellimarkt Research."
            ],
            "Dental Consumables",
            "Intellimarkt Research",
        ),
        (
            ["The study by Mokoro Data Consult puts the market at BWP 9.4 billion."],
            "Diamond Cutting",
            "Mokoro Data Consult",
        ),
        (
            ["Observatory Report No. 7 · Prepared for the chamber by Andina Quant Consultores."],
            "Lithium Carbonate",
            "Andina Quant Consultores",
        ),
        (["A new study by Ormeland Études puts the market at EUR 1.2 billion."], "Organic Wine", "Ormeland Études"),
        (["Kirisame Soken expects the market to double by FY2030."], "Nursing Care Robot", "Kirisame Soken"),
    ],
    ids=[
        "a firm whose name ends in no firm word",
        "the market's own 'Market Research Report' is no firm",
        "the market's name ending in a firm word ('Intelligence') is no firm",
        "a trade mark sign does not glue to the name",
        "a 'Group' the vocabulary knows",
        "a firm word alone names no firm",
        "a section's heading names no firm",
        "a firm word before a name says what the firm is",
        "two firm words are a name",
        "a Title Case headline's words around the name are no part of it",
        "a firm's 'Consult' ends its name",
        "a Spanish-speaking firm's 'Consultores' ends its name",
        "a French firm's 'Études' ends its name",
        "a Japanese institute's 'Soken' ends its name",
    ],
)
def test_firm_names_the_word_pattern_would_miss_or_misread(texts, market, expected):
    assert metadata.research_firm("wire.example.com", False, texts, market) == expected


@pytest.mark.parametrize(
    ("text", "domain", "firm"),
    [
        (
            "Heat Pump Market to Reach €10.5 Billion, Says Lindqvist & Partner",
            "lindqvist-partner.de",
            "lindqvist-partner.de",
        ),
        (
            "The study by Brennholt Marktforschung sees the market at EUR 9.1 billion.",
            "brennholt-mf.de",
            "brennholt-mf.de",
        ),
        ("Rules in the revised Personal Data Protection Law keep workloads local.", "marketdesk.rs", None),
        ("The largest operator is Srbija Data Centar d.o.o. in Belgrade.", "marketdesk.rs", None),
        (
            "A report by Guatemala City consultancy Quetzal Datos sees the market at Q19.6 billion.",
            "gtreview.com.gt",
            "Quetzal Datos",
        ),
        (
            "The forecast was released Monday by Kisaragi Research Institute.",
            "sangyo-review.jp",
            "Kisaragi Research Institute",
        ),
    ],
    ids=[
        "a partner firm's own site",
        "a German firm's own site",
        "a law's name",
        "an operator's name",
        "a Spanish-speaking firm's 'Datos'",
        "a research institute",
    ],
)
def test_firms_named_by_more_words_and_names_that_go_on(text, domain, firm):
    assert metadata.research_firm(domain, False, [text], "Heat Pump") == firm


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The Federation estimates the market at USD 1.2 billion in 2024.", "pbmc.org.pk"),
        ("According to this brief, sales reached USD 1.2 billion in 2024.", "pbmc.org.pk"),
        ("Sales reached USD 1.2 billion in 2024, the paper reported.", None),  # no study of its own is spoken of
        ("By our reckoning the market was worth USD 1.2 billion in 2024, and we expect it to double.", "pbmc.org.pk"),
    ],
)
def test_a_bodys_own_study_crediting_no_firm_is_the_sites(text, firm):
    assert metadata.research_firm("pbmc.org.pk", False, [text], "Pakistan Cement") == firm


def test_a_department_in_a_job_title_is_no_firm():
    texts = [
        "According to a new report by Ditchling Labs, the market grows.",
        '"Owners take a life-cycle view," said Marcus Delaney, Director of Building Materials Research at Ditchling '
        "Labs.",
    ]
    assert metadata.research_firm("newsdovecote.net", False, texts, "Terrazzo Flooring") is None
    texts[1] = texts[1].replace("Director of ", "")  # the same words, no title before them: a firm's name
    assert metadata.research_firm("newsdovecote.net", False, texts, "Terrazzo Flooring") == (
        "Building Materials Research"
    )


def test_a_sites_desk_named_like_a_firm_is_not_the_site_crediting_itself():
    texts = ["Tidereach Biz Markets Desk · 17 March 2025", "according to a report released by Orlanmere Analytics."]
    assert metadata.research_firm("tidereachbiz.com", True, texts, "Marine Fenders") == "Orlanmere Analytics"


def test_a_titles_regional_outlook_group_is_regions_with_countries_in_square_brackets():
    """ "By Regional Outlook(Europe, America[United States, Canada])": regions, never a segment dimension."""
    title = "Ceramic Sand Market Size By Regional Outlook(Europe, America[United States, Canada]), Forecast 2021-2025"
    segments, regions = metadata.title_segments(title)
    assert segments == []
    assert [(r.region, r.countries) for r in regions] == [("Europe", ()), ("America", ("United States", "Canada"))]


def test_groups_a_by_group_leads_name_their_own_dimensions():
    """ "Segmented by Component (a, b), Application (c, d), and Geography (e, f)": one "by" for three groups."""
    segments, regions = metadata.prose_segments(
        "The report is Segmented by Component (Emitters, Filters), Application (Field Crops, Fruits and Nuts), and "
        "Geography (North America, Europe)."
    )
    assert segments == [
        Segment("component", "Emitters"),
        Segment("component", "Filters"),
        Segment("application", "Field Crops"),
        Segment("application", "Fruits and Nuts"),
    ]
    assert [r.region for r in regions] == ["North America", "Europe"]
    title_segments, _ = metadata.title_segments("X Market, By Type (a, b), By Application (c, d), Forecast 2032")
    assert [s.dimension for s in title_segments] == ["type", "type", "application", "application"]


def test_a_segments_label_over_groups_of_dimensions_with_their_items():
    line = (
        "Segments: Product Type (Rivets, Bolts, Other Product Types); Material (Aluminum, Titanium); "
        "Application (Commercial Aircraft, Business & General Aviation)."
    )
    assert [(s.dimension, s.label) for s in metadata.labelled_groups(line)] == [
        ("product type", "Rivets"),
        ("product type", "Bolts"),
        ("product type", "Other Product Types"),
        ("material", "Aluminum"),
        ("material", "Titanium"),
        ("application", "Commercial Aircraft"),
        ("application", "Business & General Aviation"),
    ]
    assert metadata.labelled_groups("Contact: Maeve Colclough (press), Dublin (office)") == []


def test_a_report_link_whose_slug_names_another_market_gives_no_id():
    links = [
        "https://news.com/markets/agricultural-robots-market-4471288?utm_source=sidebar",
        "https://news.com/markets/precision-irrigation-market-4471655",
    ]
    assert metadata.report_id(links, set(), [], "Agricultural Drones") is None
    own = "https://news.com/markets/agricultural-drones-market-4471902"
    assert metadata.report_id([*links, own], set(), [], "Agricultural Drones") == "4471902"
    automation = "https://firm.com/Market-Reports/process-automation-instrumentation-market-1289.html"
    assert metadata.report_id([automation], set(), [], "Oil & Gas Automation & Instrumentation") == "1289"


def test_groups_after_a_by_group_joined_by_and_alone():
    segments, _ = metadata.prose_segments(
        "The firm segments the market by type (Fixed Wing, Rotary Wing), component (Hardware, Software) and "
        "application (Crop Spraying, Field Mapping)."
    )
    assert [(s.dimension, s.label) for s in segments][-2:] == [
        ("application", "Crop Spraying"),
        ("application", "Field Mapping"),
    ]


def test_a_groups_items_parted_by_semicolons_or_versus():
    segments, _ = metadata.prose_segments(
        "Australia AI as a Service Market By Technology (Machine Learning; Natural Language Processing; Others), "
        "By Organization Size (SMEs v/s Large Enterprise)"
    )
    assert [(s.dimension, s.label) for s in segments] == [
        ("technology", "Machine Learning"),
        ("technology", "Natural Language Processing"),
        ("technology", "Others"),
        ("organization size", "SMEs"),
        ("organization size", "Large Enterprise"),
    ]


def test_a_prose_groups_last_and_closes_its_list_unless_and_joins_words_inside_its_items():
    segments, _ = metadata.prose_segments(
        "The study covers the market by type (food grade, pharmaceutical grade and industrial grade) and by "
        "end user (retail and e-commerce, healthcare and pharmacy, food and grocery)."
    )
    assert [(s.dimension, s.label) for s in segments] == [
        ("type", "food grade"),
        ("type", "pharmaceutical grade"),
        ("type", "industrial grade"),
        ("end user", "retail and e-commerce"),
        ("end user", "healthcare and pharmacy"),
        ("end user", "food and grocery"),
    ]


def test_a_firm_named_with_an_ampersand_is_credited_as_the_site_it_links():
    texts = [
        "The market will reach USD 31.79 billion by 2032, according to a new report from Voss & Ridley Market "
        "Intelligence."
    ]
    links = ["https://www.vossridley.com/reports/cgm-market?utm_source=wire"]
    assert metadata.research_firm("carewire.com", False, texts, "CGM Devices", links=links) == "vossridley.com"


def test_a_second_firms_estimate_is_no_figure_of_the_release():
    from pipelines.parse import parse_release

    page = (
        "<html><body><h1>Vertical Farming Market to Reach USD 33.1 Billion by 2032</h1>"
        "<p>The vertical farming market was valued at USD 7.42 billion in 2024 and will grow at a CAGR of 20.6% "
        "over 2025-2032, according to Peverell Brook Research.</p><p>Not every forecaster agrees. "
        "Halloran Street Analytics puts the market at GBP 4.6 billion in 2023, with a CAGR of 24% "
        "between 2023 and 2030.</p>"
        "<p>Peverell Brook Research expects Asia-Pacific to grow at a CAGR of 22.8% over 2025-2032.</p></body></html>"
    )
    release = parse_release(page.encode())
    assert (release.forecast_start, release.forecast_end) == (2025, 2032)
    assert [(c.value_pct, c.scope) for c in release.cagrs] == [(20.6, None), (22.8, "region:Asia-Pacific")]
    assert [(s.value, s.year) for s in release.market_sizes] == [(33.1, 2032), (7.42, 2024)]


def test_a_sentence_naming_only_another_firm_is_a_second_opinion():
    from pipelines.parse.metadata import names_another_firm

    own = ("peverellbrook.co.uk",)
    assert names_another_firm("Halloran Street Analytics puts it at GBP 4.6 billion.", own, "news.co.uk", "Farming")
    assert names_another_firm("Another shop, Orwell Metrics, is more bullish, at 16.1%.", own, "news.co.uk", "Farming")
    assert not names_another_firm("Peverell Brook Research puts it at USD 7 billion.", own, "news.co.uk", "Farming")
    assert not names_another_firm("The market is worth USD 7 billion.", own, "news.co.uk", "Farming")
    assert names_another_firm("Norvale Data had the market at a 6.1% CAGR.", own, "news.co.uk", "Farming")


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("By way of comparison, a Zurich-based engineering consultancy placed the 2024 market at USD 3.9 billion.", 1),
        ("Our estimate sits above that of one widely quoted US syndicator, at US$ 1.61 billion.", 1),
        ("A Korean securities house has published a more conservative forecast of USD 6.2 billion for 2035.", 1),
        ("Estimates differ: the industry body Heating Forum places 2024 value at PLN 8.9 billion.", 1),
        ("Researchers at Kelvane Group published a lower $1.9 billion figure for 2024.", 1),
        ("It is higher than the US$ 0.94 billion estimate for 2023 put out by Lyndale Partners.", 1),
        ("A separate view from Harlan Associates sizes the 2024 market at USD 21.3 billion.", 1),
        ("Some estimates, such as Fermata's US$ 8 billion call for 2030, now look cautious.", 1),
        ("Our estimate differs from that of other publishers, which put it at USD 540 million.", 1),
        ("Our forecast is more conservative than some: one industry consortium pegs 2030 at USD 21 Bn.", 1),
        ("Not every observer is as optimistic: one shipping consultancy places 2024 closer to USD 2.5 billion.", 1),
        ("The market will grow at 9.1% on the 2024 base, a slightly different figure from the 8.9%.", 0),  # its own
        ("A new report by Halvorsen Insights values the market at USD 5.2 billion.", 0),  # the page's own, no contrast
        ("The market grew faster than a year earlier, to USD 5.2 billion.", 0),  # a contrast, but with no other source
        ("A Zurich-based consultancy, Halvorsen Insights, values the market at USD 5.2 billion.", 0),
        ("An industry-wide estimate by the farmers' council puts 2024 feed spending at USD 2.3 billion.", 1),
        ("A new estimate by Halvorsen Insights puts the market at USD 5.2 billion.", 0),  # the page's own study
        ("Ours is higher than the PKR 80 billion figure circulated last year by a Karachi brokerage.", 1),
        ("Larchmont Building Data, for instance, sizes the 2024 market at USD 19.9 billion.", 1),
        ("Consultora Istmo Agronegocios, for example, valued the 2024 market at USD 760 million.", 1),
        ("For reference, the agronomy consultancy Agrivista puts 2024 closer to €540 million.", 1),
        ("The market is higher than the consultancy expected, at USD 5.2 billion.", 0),  # no source named
    ],
)
def test_a_figure_set_against_another_source_named_by_what_it_is_is_a_second_opinion(sentence, second):
    assert metadata.quotes_another_estimate(sentence) is bool(second)


def test_a_wire_tag_before_the_firm_and_the_portals_own_name_in_its_disclaimer():
    texts = [
        "5/20/2025 2:07:11 AM | (GMP- Crestmoor Data Partners)",
        "According to a fresh study from Crestmoor Data Partners, the market was USD 528.4 Million in 2024.",
        'Legal Disclaimer: Gulf Markets Portal provides the information "as is" without warranty of any kind.',
    ]
    assert metadata.own_firms(None, texts, "Date Syrup") == ("Crestmoor Data Partners",)  # not "GMP- Crestmoor ..."
    links = ["https://gulfmarketsportal.com/", "https://www.crestmoordata.com/reports/date-syrup-market"]
    firm = metadata.research_firm("gulfmarketsportal.com", False, texts, "Date Syrup", links=links)
    assert firm == "crestmoordata.com"  # the portal names itself, but as no firm of figures


def test_a_credit_may_say_what_the_firm_is_before_its_name():
    text = "The market will grow 5.1% a year, according to a new study by consultancy Tresswell & Hart Consulting."
    firm = metadata.research_firm("trademonthly.com", True, [text], "Molded Fiber Packaging")
    assert firm == "Tresswell & Hart Consulting"


def test_dashes_may_enclose_a_groups_items_in_prose():
    text = "It groups the sector by technology – hydroponics, aeroponics and aquaponics – and by crop – herbs, kale."
    segments, _ = metadata.prose_segments(text)
    assert [(s.dimension, s.label) for s in segments] == [
        ("technology", "hydroponics"),
        ("technology", "aeroponics"),
        ("technology", "aquaponics"),
        ("crop", "herbs"),
        ("crop", "kale"),
    ]


@pytest.mark.parametrize(
    ("header", "links", "expected"),
    [
        (
            "Publisher: Nordhaven Analytics Published: 2025-05-06 Pages: 198",
            ["https://analystcounter.com/publisher/nordhaven-analytics"],
            "Nordhaven Analytics",
        ),
        ("Publisher: Penrose Quay Analytics · Pages: 203", ["https://penrosequay.com/research/x"], "penrosequay.com"),
        ("Publisher | Westmarch Data Partners", [], "Westmarch Data Partners"),
        ("Publisher: | Lockridge Market Studies", [], "Lockridge Market Studies"),
        ("Publisher: Research Pantry", [], "researchpantry.net"),
    ],
    ids=[
        "a store's header: the name ends where the next key starts; the store's own page on it is no firm's site",
        "a firm whose site the store links is that site",
        "a table row",
        "a Markdown table's bold key",
        "the store naming itself credits no other firm",
    ],
)
def test_a_report_stores_publisher_is_the_firm_that_wrote_the_report(header, links, expected):
    texts = [header, "The market was valued at USD 4.81 billion in 2024."]
    firm = metadata.research_firm(
        "researchpantry.net", True, texts, "Mining Truck Tires", metadata.store_publisher(texts), links
    )
    assert firm == expected


@pytest.mark.parametrize(
    ("page", "players"),
    [
        (
            "# Press-On Nails Market\n\nThe market grew at a CAGR of 8.2% over 2025-2032.\n\n"
            "Brands in the report 👑 Kiss Products, Inc., Olive & June, Static Nails\n",
            ["Kiss Products, Inc.", "Olive & June", "Static Nails"],
        ),
        (
            "# Natural Deodorant Market\n\nThe market grew at a CAGR of 7.3% over 2025-2033.\n\n"
            "The competitive set we profile: Native (Procter & Gamble), Weleda AG, Megababe, and Ethique.\n",
            ["Native (Procter & Gamble)", "Weleda AG", "Megababe", "Ethique"],
        ),
    ],
    ids=["a players label run into its names", "a competitive set"],
)
def test_players_a_post_names_in_one_line(page, players):
    from pipelines.parse import parse_release

    assert [p.name for p in parse_release(page).players] == players


def test_a_text_pages_headline_is_the_first_line_that_names_a_market():
    from pipelines.parse import parse_release

    chatter = "".join(f"Stridemetrics Research\n\n{hour}:30\n\n" for hour in range(10, 16))
    page = (
        f"ChannelStacks archive\n\n{chatter}Tomorrow-ish: our Smart Insole Market report drops.\n\n"
        "Smart Insole Market 2025-2034\n\nSize 2024: USD 214.7 Mn\n\nCAGR (2025-2034): 14.9%\n"
    )
    facts = parse_release(page)
    assert (facts.market, facts.title) == ("Smart Insole", "Smart Insole Market 2025-2034")


def test_groups_named_by_their_by_lead_keep_only_the_dimension():
    groups = metadata.labelled_groups(
        "Segments covered: By Type (Conventional, Organic); By Application (Bakery, Feed)"
    )
    assert [(s.dimension, s.label) for s in groups] == [
        ("type", "Conventional"),
        ("type", "Organic"),
        ("application", "Bakery"),
        ("application", "Feed"),
    ]


def test_a_groups_dimension_ending_in_is_stays_whole():
    groups = metadata.labelled_groups("Segments covered: By Sensing Axis (1-Axis, 2-Axis); By Device (IMU, INS)")
    assert {s.dimension for s in groups} == {"sensing axis", "device"}


def test_a_firm_credited_after_its_figures_is_the_research_firm():
    texts = [
        "The agave syrup market, valued at USD 164.8 Million in 2024, will post a CAGR of 6.43%, Tolmarsh Insights "
        "said in its latest report.",
        "Prominent companies include Becle and Sisana Sweeteners.",
    ]
    links = ["https://pressthicket.com/leads/sample?rid=AGS-20931", "https://pressthicket.com/leads/buy?rid=AGS-20931"]
    firm = metadata.research_firm("pressthicket.com", True, texts, "Agave Syrup", None, links)
    assert firm == "Tolmarsh Insights"


def test_a_firm_named_first_is_a_second_opinion_when_the_page_names_its_credited_site_otherwise():
    texts = [
        "Lyndcrest Data has released a new study on the airless packaging market.",
        "Merrow Tanner Advisory, which uses a narrower definition, puts 2024 sales at USD 5.7 billion.",
    ]
    own = metadata.own_firms("lyndcrestdata.com", texts, "Airless Packaging", "prtallyboard.com")
    assert own == ("lyndcrestdata.com", "Lyndcrest Data")
    assert metadata.names_another_firm(texts[1], own, "prtallyboard.com", "Airless Packaging")
    # a firm named by the words of its site's name stays the page's own
    texts = ["Visit www.corvashintel.com", "Corvash Market Intelligence sees a 6.1% CAGR."]
    assert metadata.own_firms("corvashintel.com", texts, "Braces", "newsgablewire.com") == (
        "corvashintel.com",
        "Corvash Market Intelligence",
    )


def test_a_firm_first_named_against_the_pages_figures_is_no_own_firm():
    texts = [
        "Hydrogen Fuel Cell Forklifts Market Report, 2025-2032",
        "Tellmark Consulting has floated a more cautious 15.2% annual growth rate; our model differs.",
    ]
    own = metadata.own_firms("orrinbayresearch.com", texts, "Hydrogen Fuel Cell Forklifts", "orrinbayresearch.com")
    assert own == ("orrinbayresearch.com",)
    # the page's own firm may compare its figure with another's and stay the page's own
    texts = ["Orrinbay Research expects a higher 18.5% CAGR than others."]
    own = metadata.own_firms("orrinbayresearch.com", texts, "Hydrogen Fuel Cell Forklifts", "orrinbayresearch.com")
    assert own == ("orrinbayresearch.com", "Orrinbay Research")


def test_a_credit_line_names_the_firm_not_a_market():
    opening = [
        "Source: Larchmere Market Insights",
        "The global percussion instruments market was valued at USD 2.31 bn.",
    ]
    assert metadata.market_name("Weekly Digest #37: Percussion Instruments Headed for USD 3.21 Billion", opening) == (
        "percussion instruments"
    )


def test_a_report_code_in_a_links_code_parameter_is_the_report_id():
    links = ["https://larchmontgate.com/reports/tofu-market/sample?code=LGR-FB-5530&utm_source=x"]
    assert metadata.report_id(links, {"larchmontgate.com"}, [], "Tofu") == "LGR-FB-5530"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boston, MA • April 29, 2025 • Report #CVI-LS-5520 • 6 min read", "CVI-LS-5520"),
        ("The study, catalogued as STASA-MR-07, finds that the market grew.", "STASA-MR-07"),
        ("Study ND-LOG-0931 · 212 pages", "ND-LOG-0931"),  # a study named by its code
        ("Dental · Brief RF-DN-25-064 · 19 August 2025", "RF-DN-25-064"),  # a brief's, in groups of digits
        ("REPORT · MV-SC-1190 · 2025-10-03", "MV-SC-1190"),  # parted from its word by a dot
        ("Animal Health · Report TR/AH/0912 · 172 pages", "TR/AH/0912"),  # parted by slashes
        ("The report AB-12 covers both.", None),  # two digits name no report
        ("Published 4 June 2025 · Reference CVI-EN-2291", "CVI-EN-2291"),  # a byline's reference
        ("2025-07-21 | Research note QHD-NE-250721 | New Energy Team", "QHD-NE-250721"),  # a note's
        ("2025.09.02 Mobility No. SVR-2509-AUT14", "SVR-2509-AUT14"),  # numbered, ending in letters and digits
        ("Sector Brief No. KATE/SB/2026/07", "KATE/SB/2026/07"),  # a brief's number, parted by slashes
        ("Its report, coded AA-MD-0618, frames the forecast window as 2025 to 2030.", "AA-MD-0618"),  # coded as
    ],
)
def test_a_report_id_after_a_hash_a_catalogue_entry_or_the_word_study_or_brief(text, expected):
    assert metadata.report_id([], set(), [text], "Rooftop Solar PV") == expected


def test_an_adverts_number_in_a_link_is_no_report_id():
    links = [
        "https://ads.corriereimpresa.it/click?id=88213",
        "https://corriereimpresa.it/banner/click?id=77120",
        "https://partners.corriereimpresa.it/redirect?id=771&pos=rail",  # an ad slot's redirect
        "https://corriereimpresa.it/share/email?id=889214",  # a story's, in its share and comment links
        "https://corriereimpresa.it/comments/889214",
        "https://corriereimpresa.it/print/889214/",  # its print view, its abuse form, a wire's outbound redirect
        "https://corriereimpresa.it/report-abuse/?id=889214",
        "https://corriereimpresa.it/out/889214/sample?dest=firm",
    ]
    assert metadata.report_id(links, {"corriereimpresa.it"}, [], "Coffee Machine") is None


def test_a_links_report_code_keeps_its_number_after_the_year():
    links = ["https://www.ebersfeld-analytik.de/en/shop/?id=EA-MB-2025-047&utm_source=reportpage"]
    assert metadata.report_id(links, {"ebersfeld-analytik.de"}, [], "Cold Forging Machine") == "EA-MB-2025-047"


def test_a_kickers_dotted_code_is_the_report_id():
    texts = ["Market Report · Code BI-HC-0925-114 · 3 September 2025 · 148 pp."]
    assert metadata.report_id([], set(), texts, "Healthcare Linen Services") == "BI-HC-0925-114"


def test_a_report_id_glued_to_the_next_key_ends_where_that_key_starts():
    texts = ["Report ID: VA-MD-6614Published Date: 28 May 2025Pages: 212"]
    assert metadata.report_id([], set(), texts, "Ophthalmic Viscoelastic Devices") == "VA-MD-6614"


@pytest.mark.parametrize(
    ("texts", "links", "firm"),
    [
        (
            ["Top Key Players: Apex Horizon Consulting has released its Global Scaffolding Market report."],
            ["https://prwirefountain.com/redirect/sample/AHC-SCF-6604"],
            "Apex Horizon Consulting",
        ),
        (
            ["The market will grow at a CAGR of 7.0%, as per a report by Deccan Market Foresight."],
            ["https://www.deccanforesight.in/reports/ready-to-eat-popcorn-market?ref=mpulse"],
            "deccanforesight.in",
        ),
    ],
    ids=["a firm that has released its report", "a foresight firm, linked"],
)
def test_the_firm_a_wire_page_credits_is_the_research_firm(texts, links, firm):
    assert metadata.research_firm("prwirefountain.com", True, texts, "Scaffolding", None, links) == firm


def test_a_titles_group_of_two_named_items_joined_by_and_is_two_items():
    segments, _ = metadata.title_segments(
        "Asphalt Shingles Market, By Type (Strip Shingles, Luxury Shingles), By Application (Residential and "
        "Commercial), and Regional Forecast, 2025-2032"
    )
    assert [(s.dimension, s.label) for s in segments][2:] == [
        ("application", "Residential"),
        ("application", "Commercial"),
    ]


def test_a_study_of_a_market_named_once_names_the_pages_market():
    sentences = ["Gullrock Maritime Research has published its annual study of the navigation buoys market."]
    assert metadata.market_named_in_prose(sentences) == "navigation buoys"


def test_a_news_site_named_like_a_firm_carries_the_figures_of_the_firm_it_credits():
    texts = [
        "KABUTOCHO REPORT Markets Industry Tech Policy",  # the masthead over the site's sections
        "The market was valued at ¥68.4 billion in fiscal 2024, according to a report published on Monday by the "
        "Tsukimi Research Institute.",
    ]
    firm = metadata.research_firm("kabutochoreport.jp", False, texts, "Nursing Care Robot")
    assert firm == "Tsukimi Research Institute"


def test_a_second_opinion_from_a_firm_called_an_insight_is_another_firms_but_a_segment_insight_is_none():
    own = ["Grindle Court Research"]
    other = "Tarrock Industrial Insight pegs growth at 4.9% a year."
    assert metadata.names_another_firm(other, own, "grindlecourtresearch.com", "Weighbridge")
    heading = "Segment Insight: IoT Modules are projected to grow at a CAGR of 27.4% between 2025 and 2031."
    assert not metadata.names_another_firm(heading, own, "grindlecourtresearch.com", "eSIM")


def test_a_release_distributed_by_a_site_is_not_credited_to_it():
    texts = [
        "Tallinn, 3 May 2025 — Press release distributed by Harbour Markets Digest",
        "The Baltic linen market was worth EUR 96 million in 2024, according to a new report by Vooremaa Research.",
    ]
    assert metadata.research_firm("harbourmarketsdigest.ee", False, texts, "Baltic Linen") == "Vooremaa Research"


def test_a_firm_credited_for_a_comparison_is_not_the_research_firm():
    texts = [
        "The textile auxiliaries market reached USD 28.4 billion in 2024.",
        "For comparison, figures published by Dunmore Chemical Research put 2024 demand at USD 31.0 billion.",
    ]
    assert metadata.research_firm("ellesmoorresearch.com", True, texts, "Textile Auxiliaries") == (
        "ellesmoorresearch.com"
    )


def test_a_firm_named_for_its_economics_gives_a_second_opinion():
    sentence = (
        "Growers commissioned a study from Tel Aviv consultancy Sharon Vale Economics putting 2025 sales at about "
        "NIS 1.1 billion."
    )
    own = ("carmelridge.co.il", "Carmelridge Research")
    assert metadata.names_another_firm(sentence, own, "yarkonnews.co.il", "Israel Medical Cannabis")


@pytest.mark.parametrize(
    "headline, expected",
    [
        (
            "Cross-Border B2B Payments to Hit US$ 56.1 Trillion by 2030, Ostrander Partners Projects",
            "Cross-Border B2B Payments",
        ),
        ("Global Heat Pump Installations Set to Reach USD 88 Billion by 2031", "Heat Pump Installations"),
        ("Studio Opening Night to Reach Full House", None),  # no amount: nothing forecast
        ("our team is set to reach $1 million in donations", None),  # no name in title case, nor named again
        ("Molded pulp packaging to reach US$ 7.9 billion by 2031 – Quintara", "Molded pulp packaging"),  # named again
        ("Seed tape robotics: a US$ 41.7 million market by 2030", "Seed tape robotics"),  # what its market will be
        ("Our view: a US$ 41.7 million market by 2030", None),  # named nowhere else
        ("Seed tape robotics: Quillfeather sees a $41.7M market by 2030", "Seed tape robotics"),  # the firm first
        ("Seed tape robotics to be a £41.7m market by 2030, says Quillfeather", "Seed tape robotics"),  # to be one
        ("Seed tape robotics will become a £41.7m market by 2030", "Seed tape robotics"),
    ],
)
def test_a_forecast_headline_without_the_word_market_names_its_subject(headline, expected):
    sentences = [
        "Global demand for molded pulp packaging will climb from US$ 5.12 billion in 2024.",
        "A niche category, seed tape robotics generated US$ 18.9 million in 2024.",
    ]
    assert metadata.market_in_a_forecast_headline(headline, sentences) == expected


def test_a_release_whose_headline_and_text_never_say_market_is_read_by_its_headline():
    from pipelines.parse import parse_release

    page = (
        "<html><head><title>Newsroom</title></head><body><h1>Cold Plunge Tubs to Top USD 2.4 Billion by 2031</h1>"
        "<p>Sales of cold plunge tubs reached USD 1.1 billion in 2024 and should top USD 2.4 billion by 2031, a CAGR "
        "of 11.8% from 2025 to 2031, Tarnmoor Research said.</p></body></html>"
    )
    release = parse_release(page)
    assert (release.market, [c.value_pct for c in release.cagrs]) == ("Cold Plunge Tubs", [11.8])


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Published: 28/04/2025 | Product code: PXR-2291-EN | 188 pages", "PXR-2291-EN"),
        ("Published 3 June 2025 · Ref. QR-LOG-0912 · 164 pages", "QR-LOG-0912"),
        ("09.09.2025 Study ref. SSP/FMCG/2025/031", "SSP/FMCG/2025/031"),
        ("Report Code: FB 7734", "FB 7734"),  # a series and its number, apart
        ("Posted: 12 Sep 2025 | Release ID: 1739842216 | By Newsdesk", None),  # a wire's own number, no report's
    ],
)
def test_report_ids_stated_under_other_names(line, expected):
    assert metadata.report_id([], set(), [line]) == expected


def test_a_site_estimating_under_its_own_name_is_the_research_firm():
    texts = [
        "Caracas-based Analítica Caribe estimates that the Venezuela Packaged Food Market was worth USD 7.4 billion."
    ]
    assert metadata.research_firm("analiticacaribe.com.ve", False, texts, "Venezuela Packaged Food") == (
        "analiticacaribe.com.ve"
    )
    ampersand = ["Europe's heat pump market is set to reach EUR 6.9 billion by 2030, Lindqvist & Roux forecasts."]
    assert metadata.research_firm("lindqvist-roux.eu", False, ampersand, "Heat Pump") == "lindqvist-roux.eu"
    quoted = ["Rival consultancy Delta Fiets Monitor puts 2024 sales closer to EUR 2.4 billion, it said."]
    assert metadata.research_firm("zakenpost.nl", False, quoted, "Netherlands E-Bike") is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Packaged coconut water market in India to hit ₹71.3 billion by FY2031", "India Packaged coconut water"),
        ("Cold chain market in the United Arab Emirates grows", "United Arab Emirates Cold chain"),
        ("Drone market in Focus: a new study", "Drone"),  # no place
    ],
)
def test_a_market_in_a_place_is_that_places_market(title, expected):
    assert metadata.market_name(title, []) == expected


COUNTRYS_NAME_CASES = [
    (
        "German industrial wastewater treatment equipment",
        ["The Germany Industrial Wastewater Treatment Equipment Market reached EUR 4.82 billion in 2024."],
        "Germany Industrial Wastewater Treatment Equipment",
        "the headline's people word, the opening's country",
    ),
    (
        "Greek olive oil",
        ["Athens, 3 March 2025", "The Greece Olive Oil market is worth EUR 1.9 billion."],
        "Greece Olive Oil",
        "the country's name in a later sentence",
    ),
    (
        "Philippine frozen food",
        ["According to Tala Market Insights, the Philippines Frozen Food Market was worth PHP 112.4 billion."],
        "Philippines Frozen Food",
        "the opening's country after a firm named with 'Market' in it",
    ),
    ("German beer", ["The Austria beer market is worth EUR 2 billion."], "German beer", "another country: kept"),
    ("Smart glass", ["The Smart Glass market grew."], "Smart glass", "no people word: kept"),
]


@pytest.mark.parametrize("name, sentences, expected, why", COUNTRYS_NAME_CASES, ids=[c[3] for c in COUNTRYS_NAME_CASES])
def test_a_market_of_one_country_goes_by_the_countrys_name(name, sentences, expected, why):
    assert metadata.in_the_countrys_name(name, sentences) == expected


def test_a_headlines_market_as_the_body_names_it_further_down():
    title = "Kasumi Research Surveys the AC Servo Motor Market: Demand to Reach ¥1.34 Trillion by FY2032"
    body = ["March 3, 2025", "Kasumi Research has compiled its outlook.", "Overview", "Shipments fell 4.8%.",
            "The global AC servo motor market reached ¥812,400 million in FY2024."]  # fmt: skip
    assert metadata.as_the_body_names_it("Kasumi Research Surveys the AC Servo Motor", title, body) == "AC servo motor"
    # a name the body gives, not one from the headline, stays as it is
    assert metadata.as_the_body_names_it("Heat Pump", "Heat pumps sell", ["The pump market grew."]) == "Heat Pump"


def test_a_headline_that_names_only_the_markets_place_gives_way_to_the_bodys_full_name():
    title = "Care robots: Hoshino sees Japan market tripling to ¥389 billion by FY2034"
    body = ["NAGOYA – Japan’s care robot market will roughly triple.", "The firm puts the Japan care robot market at"]
    assert metadata.as_the_body_names_it("Japan", title, body) == "Japan care robot"
    # a people's word in the headline: the body's name for the market that starts with their country's
    body = ["Australians buy batteries.", "In its Australia Home Battery Storage Market Outlook 2026–2030, the firm "
            "values the Australia home battery storage market at A$2.9 billion."]  # fmt: skip
    assert metadata.as_the_body_names_it("Australian", "Australian market to hit A$6.2bn", body) == (
        "Australia home battery storage"
    )
    # a name that only starts with a country keeps its own words
    body = ["The Bangladesh LPG (liquefied petroleum gas) market grew."]
    assert metadata.as_the_body_names_it("Bangladesh LPG", "Bangladesh LPG market grows", body) == "Bangladesh LPG"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Pages | 148", "Code | OA-FT-2506"], "OA-FT-2506"),
        (["Reference OMB-HPC-25-041", "Date 06/03/2025"], "OMB-HPC-25-041"),
        (["Code of conduct", "Reference price | USD 4,250"], None),  # no code after the key
    ],
)
def test_a_fact_boxs_bare_code_or_reference_key_states_the_id(texts, expected):
    assert metadata.report_id([], set(), texts) == expected


@pytest.mark.parametrize(
    ("texts", "domain", "firm"),
    [
        (  # the site's own study, by its name, beats a firm named only for its other estimate
            [
                "Incalytics' latest study sizes the Peru mining equipment rental market at PEN 2,180 million.",
                "A 2024 estimate by Lima consultancy Quipu Datos put the market at PEN 1,900 million.",
            ],
            "incalytics.pe",
            "incalytics.pe",
        ),
        (  # a firm whose figure another's is set against is no firm of this page's
            ["The estimate is well above the RMB 11 billion put forward by Baiqian Consulting, which counts cells."],
            "qhdataworks.com.cn",
            None,
        ),
        (  # other houses' figures, introduced as such, credit no firm with this page's
            [
                "Other research houses are less bullish: a 2024 note by consultancy Andes Digital Advisory valued "
                "the market at USD 1.6 billion."
            ],
            "veltmarkresearch.com",
            None,
        ),
        (
            [
                "The halal cosmetics market was worth IDR 38 trillion in 2024 (LKPN estimate).",
                "Note: an estimate by a private consultancy, Garuda Consumer Insight, places the 2024 market higher.",
            ],
            "kajianpasar-nusantara.or.id",
            None,
        ),
        (  # the sentence before, comparing another market, says nothing of the firm the next one credits
            [
                "Demand is rising faster than the wider technical-textiles business. According to a new study by "
                "Vessington Research, the market will reach USD 4.1 billion by 2030."
            ],
            "textilewatchdaily.com",
            "Vessington Research",
        ),
    ],
)
def test_a_firm_named_only_for_another_estimate_is_not_the_research_firm(texts, domain, firm):
    assert metadata.research_firm(domain, False, texts, "Mining Equipment Rental") == firm


def test_a_headlines_acronym_market_as_the_body_spells_it_out():
    title = "HEMS market forecast to hit USD 7.9 Bn by 2031 (press release repost)"
    body = ["The global Home Energy Management Systems market stood at USD 3.46 Bn in 2024."]
    assert metadata.as_the_body_names_it("HEMS", title, body) == "Home Energy Management Systems"
    assert metadata.as_the_body_names_it("HEMS", title, ["The global smart home market grew."]) == "HEMS"


def test_a_headlines_market_opening_on_an_acronym_as_the_body_spells_it_out():
    title = "PNG coffee market set to reach K1.26 billion by 2029"
    body = ["A new study says the Papua New Guinea Coffee Market was worth K742 million in 2023."]
    assert metadata.as_the_body_names_it("PNG coffee", title, body) == "Papua New Guinea Coffee"
    assert metadata.as_the_body_names_it("PNG coffee", title, ["The PNG tea market grew."]) == "PNG coffee"


def test_a_firm_whose_forecast_the_page_sets_its_own_against_is_no_research_firm_of_its():
    texts = [
        "Stavecross Insights, a market research firm, estimates global agricultural drone revenue reached $3,215 "
        "million in 2024.",
        "That outlook is noticeably more bullish than a forecast issued last autumn by AgriScope Partners, which "
        "projected about 19% annual growth.",
    ]
    assert metadata.research_firm("fieldgraintimes.com", False, texts, "Agricultural Drones") == "Stavecross Insights"
