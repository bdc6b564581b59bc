"""Headers, segment lists, regions, players and tables. Each case says why it exists."""

import pytest

from pipelines.parse import figures, parse_release
from pipelines.parse.blocks import Block
from pipelines.parse.lists import list_items
from pipelines.parse.players import names_a_company, names_after_cue, player_items, split_names, without_country_tag
from pipelines.parse.regions import (
    inline_regions,
    names_regions_with_countries,
    parts_with_their_areas,
    region_items,
    region_with_countries,
    regions_in_prose,
    regions_named_in_sentences,
    stated_regions,
    unlabelled_region_list,
    with_countries_under_their_headings,
)
from pipelines.parse.sections import (
    Header,
    by_dimension_statements,
    classify_header,
    dimension_name,
    enumerated_in_prose,
    labelled_dimension_lists,
    outlook_headings,
    ranked_segments,
    run_in_dimension_labels,
    sections,
    segment_items,
    segment_with_children,
    segmentation_lists,
    stated_children,
    with_stated_children,
)
from pipelines.parse.tables import figure_tables, market_columns, table_lists
from pipelines.records import RegionMention, Segment


def _labelled_lists(blocks: list[Block]) -> list[list[Segment]]:
    """The lists labelled lines give, without the places they stand."""
    return [segments for _, segments in labelled_dimension_lists(blocks)]


def _stated_lists(text: str) -> list[tuple[str | None, list[str]]]:
    """The dimension and items of each list one paragraph states."""
    return [(h.dimension, items) for h, items in by_dimension_statements([Block("para", text)])]


HEADER_CASES = [
    (Block("para", "Product split:"), ("segment", "product"), "a plain-text line naming a dimension's split"),
    (Block("para", "Revenue split: 60% services"), None, "a split with its figures heads no list"),
    (
        Block("heading", "(2) By base spirit", 3),
        ("segment", "base spirit"),
        "a heading numbered in brackets, as Japanese releases number them",
    ),
    (Block("heading", "Company Landscape", 3), ("players", None), "the landscape of companies heads the players"),
    (Block("heading", "Who's who", 2), ("players", None), "a news brief's heading over its companies"),
    (Block("label", "Who’s named"), ("players", None), "the same with a curly apostrophe"),
    (
        Block("para", "Silanes Market by Product, 2020-2030, (USD Million) (Kilotons)"),
        ("segment", "product"),
        "bulletin header line",
    ),
    (
        Block("label", "The Healthcare CMO Market Analysis by types is segmented into:"),
        ("segment", "type"),
        "plural dimension",
    ),
    (
        Block("label", "The Hospital Disinfection Robots Market by application covers:"),
        ("segment", "application"),
        "verb after the dimension",
    ),
    (Block("heading", "By End User", 3), ("segment", "end user"), "two-word dimension"),
    (Block("para", "By Geography"), ("region", None), "geography means regions"),
    (Block("label", "Regional Scope"), ("region", None), "any short region label"),
    (Block("label", "Healthcare CMO Major Market Players"), ("players", None), "players cue"),
    (
        Block(
            "para", "The market is expected to reach USD 2 billion by 2030, driven by demand from hospitals and labs."
        ),
        None,
        "a sentence is no header",
    ),
    (Block("item", "By Type", 1), ("segment", "type"), "a bare 'By X' item heads the nested list under it"),
    (Block("item", "Tapered Implants", 1), None, "any other list item is a member"),
    (
        Block("heading", "Material Outlook (Revenue, USD Million, 2019 - 2033)", 3),
        ("segment", "material"),
        "'<Dimension> Outlook' headings, one per dimension",
    ),
    (Block("heading", "Market Outlook", 2), None, "the market's outlook is no dimension"),
    (Block("heading", "Suppliers", 3), ("players", None), "a bare player noun heads the players"),
    (Block("heading", "Companies Mentioned", 2), ("players", None), "a reseller's 'Companies Mentioned'"),
    (Block("heading", "Who writes the cover", 2), None, "a heading without player words heads nothing"),
    (Block("para", "Largest region"), None, "a card naming one region's rank heads no list"),
    (Block("heading", "Key exporters", 2), ("players", None), "a country market's exporters are its players"),
    (Block("heading", "Segment Insights", 2), None, "'Segment' names no dimension"),
    (Block("para", "By Autonomous Community"), ("region", "autonomous community"), "a country's parts"),
    (
        Block(
            "para", "Segmented by Material (Acrylic, Silicone, Epoxy), Curing Method, End-Use Industry and Geography"
        ),
        None,
        "a subtitle naming the dimensions, one with its items, heads no list",
    ),
    (
        Block("para", "Industrial Cheese Makers | Artisanal & Farmstead Producers"),
        None,
        "a line of cells naming kinds of producers lists them, it heads no players",
    ),
    (
        Block("para", "Faster ablation workflows and 3D mapping upgrades drive spending by cardiac centers worldwide"),
        None,
        "'by' in a subtitle's prose names no dimension",
    ),
    (Block("para", "Segments - by Service"), ("segment", "service"), "'Segments - by X'"),
    (Block("para", "Country coverage in the report:"), ("region", None), "a country coverage label heads regions"),
    (
        Block("heading", "Veterinary Vaccines Market Companies", 2),
        ("players", None),
        "a heading ending in a player noun",
    ),
    (
        Block("item", "Service Model Outlook (Revenue, USD Billion; 2019-2032)", 1),
        ("segment", "service model"),
        "an 'X Outlook' item heads the nested list under it",
    ),
    (Block("item", "Regional Outlook (Revenue, USD Billion; 2019-2032)", 1), ("region", None), "regional outlook"),
    (
        Block("item", "By Product (Revenue, USD Million, 2018 - 2030)", 1),
        ("segment", "product"),
        "a 'By X' item with units",
    ),
    (Block("para", "Region", linked=True), None, "a navigation link opens no section"),
    (Block("heading", "Companies named in the study", 3), ("players", None), "a heading starting with a player noun"),
    (Block("label", "Organisations profiled"), ("players", None), "a header noun and a participle"),
    (Block("para", "Operators profiled:"), ("players", None), "a sector's operators, as a header"),
    (Block("heading", "Key players, by home region", 2), ("players", None), "players grouped by region"),
    (
        Block("para", "In terms of Region, the X Market Players available by Region are:"),
        ("region", None),
        "a long line about regions",
    ),
    (Block("para", "By Company"), ("players", None), "'By Company' over one company a line"),
    (Block("heading", "Market Size by Year", 3), None, "a table of sizes by year lists no dimension"),
    (Block("para", "By Service Provider"), ("segment", "service provider"), "a provider type is a dimension"),
    (Block("item", "By Industry", 1), ("segment", "industry"), "'By Industry' heads the industries under it"),
    (Block("row", "By Modality"), ("segment", "modality"), "a table's caption row over its items"),
    (Block("row", "By Modality | MRI, CT"), None, "a row of cells heads nothing"),
    (
        Block("para", "The report lists the following as the leading companies in the market:"),
        ("players", None),
        "a longer line introducing the companies",
    ),
    (
        Block("para", "Pricing trends by type, with raw material (epichlorohydrin, amines) cost analysis"),
        None,
        "'by type' followed by prose is a phrase, not a header",
    ),
    (Block("heading", "Key Players", 2, linked=True), ("players", None), "a heading that links to itself still does"),
    (
        Block("para", "Smart Water Meters Market Research Report by Quillford Insights"),
        None,
        "'by' a firm credits the report, it names no dimension",
    ),
    (Block("para", "Pharmaceutical Companies"), None, "a kind of company on a line of its own is an end user's item"),
    (Block("label", "Pharmaceutical Companies"), ("players", None), "the same as a label heads players"),
    (Block("para", "Key Companies"), ("players", None), "a qualifier makes a line a players header"),
    (Block("para", "Bargaining Power of Suppliers"), None, "a five-forces heading names a force, not the firms"),
    (Block("heading", "Power of Suppliers", 3), None, "a force as a heading"),
    (Block("label", "By Province/Territory:"), ("region", "province/territory"), "two kinds of a country's parts"),
    (Block("label", "By area:"), ("region", "area"), "areas, a country's parts"),
    (
        Block("para", "Segments Covered: Product, Application, End User, Region Companies Profiled12"),
        None,
        "another key's line with a glued players key after its list",
    ),
    (Block("heading", "Who’s who: companies profiled", 2), ("players", None), "a players phrase after a colon"),
    (Block("label", "By application area:"), ("segment", "application area"), "a qualified area is no place"),
    (Block("heading", "Product categories", 2), ("segment", "product category"), "a product's kinds as a heading"),
    (Block("label", "Wrenford Insights"), None, "a firm named 'Insights' over its address names no dimension"),
    (Block("heading", "Recent Insights", 2), None, "nor does a sidebar's 'Recent Insights'"),
    (Block("heading", "Battery Format Insights", 2), ("segment", "battery format"), "a format is a dimension"),
    (
        Block("para", "Market sizing, segment forecasts, state-level analysis and vendor landscape"),
        None,
        "what a report covers, its vendors one topic of several",
    ),
]


@pytest.mark.parametrize("block, expected, why", HEADER_CASES, ids=[c[2] for c in HEADER_CASES])
def test_classify_header(block, expected, why):
    header = classify_header(block)
    assert ((header.kind, header.dimension) if header else None) == expected


NAME_CASES = [
    (
        "TeleTails, Mars Incorporated (Linnaeus / VCA), Chewy, Inc.",
        ["TeleTails", "Mars Incorporated (Linnaeus / VCA)", "Chewy, Inc."],
        "a slash in parentheses parts the brands of one name",
    ),
    (
        "PayU (Prosus N.V.), Ant Group Co., Ltd. and Amazon Pay (Amazon.com, Inc.)",
        ["PayU (Prosus N.V.)", "Ant Group Co., Ltd.", "Amazon Pay (Amazon.com, Inc.)"],
        "commas in parentheses and a suffix followed by 'and' and the next name",
    ),
    (
        "Sustane Natural Fertilizer, Inc., Midwestern BioAg and Perfect Blend, LLC are expanding",
        ["Sustane Natural Fertilizer, Inc.", "Midwestern BioAg", "Perfect Blend, LLC"],
        "a suffix followed by the rest of the sentence",
    ),
    (
        "SZ DJI Technology Co., Ltd. | XAG Co., Ltd. | Trimble Inc.",
        ["SZ DJI Technology Co., Ltd.", "XAG Co., Ltd.", "Trimble Inc."],
        "pipes between names",
    ),
    (
        "Gelest, Inc., Shin-Etsu Chemical Co. Ltd., Silar (Entegris) and Others…",
        ["Gelest, Inc.", "Shin-Etsu Chemical Co. Ltd.", "Silar (Entegris)"],
        "legal suffix after a comma; 'and Others' tail",
    ),
    ("Vitro, S.A.B. de C.V., AGC Inc.", ["Vitro, S.A.B. de C.V.", "AGC Inc."], "multi-part suffix"),
    (
        "MilliporeSigma and Nippon Shokubai Co., Ltd.",
        ["MilliporeSigma", "Nippon Shokubai Co., Ltd."],
        "final 'and' splits",
    ),
    (
        "Air Products and Chemicals, Inc., Linde plc",
        ["Air Products and Chemicals, Inc.", "Linde plc"],
        "an 'and' inside a name mid-run stays",
    ),
    (
        "Soken Chemical & Engineering Co,Ltd, Kobo Products Inc.",
        ["Soken Chemical & Engineering Co,Ltd", "Kobo Products Inc."],
        "separator kept as written; abbreviation dot kept",
    ),
    ("Lonza, Catalent, and Tecomet.", ["Lonza", "Catalent", "Tecomet"], "sentence-final period dropped"),
    ("Ombrea, TotalEnergies SE and iSun.", ["Ombrea", "TotalEnergies SE", "iSun"], "a last name with an inner capital"),
    ("SAP SE, Infor and o9 Solutions", ["SAP SE", "Infor", "o9 Solutions"], "or a digit after its first letter"),
    ("Membratec B.V. and Østerby Energy A/S", ["Membratec B.V.", "Østerby Energy A/S"], "or an accented capital"),
    (
        "Zhongtong Bus Holding Co., Ltd., AB Volvo, Daimler Truck AG",
        ["Zhongtong Bus Holding Co., Ltd.", "AB Volvo", "Daimler Truck AG"],
        "a legal form written before a name opens it",
    ),
    (
        "Nestle S.A. / Conagra Brands, Inc. / Dr. August Oetker KG",
        ["Nestle S.A.", "Conagra Brands, Inc.", "Dr. August Oetker KG"],
        "spaced slashes between names",
    ),
    (
        "Flint Group; Sun Chemical (DIC Corporation); Environmental Inks and Coatings Corp.",
        ["Flint Group", "Sun Chemical (DIC Corporation)", "Environmental Inks and Coatings Corp."],
        "a run parted by semicolons ends with no 'and': the last name keeps its own",
    ),
    (
        "Nilfisk, Minuteman International and Brain Corp, whose autonomy software runs inside rivals' robots",
        ["Nilfisk", "Minuteman International", "Brain Corp"],
        "a clause after the last comma is no name; the name before it closes the run",
    ),
    (
        "Avoterra de Michoacán, S.A.P.I. de C.V., Grupo Frío, S.A. de C.V. and Acciona Agua, S.A.U. (Acciona)",
        ["Avoterra de Michoacán, S.A.P.I. de C.V.", "Grupo Frío, S.A. de C.V.", "Acciona Agua, S.A.U. (Acciona)"],
        "a legal form of several words after a comma is its name's, the longest first, and 'and' after it parts two",
    ),
    (
        "Eurovanille, Synergy Flavors (Carbery Group) and Tharakan and Company (India).",
        ["Eurovanille", "Synergy Flavors (Carbery Group)", "Tharakan and Company (India)"],
        "'and Company' ends one name, the 'and' before it parts two",
    ),
    (
        "Hot Spring Spas, Bullfrog International, LC and Jacuzzi Group",
        ["Hot Spring Spas", "Bullfrog International, LC", "Jacuzzi Group"],
        "'LC' is a legal form, kept with its name",
    ),
    (
        "Omnicell, Becton, Dickinson and Company, Capsa Healthcare and Yuyama",
        ["Omnicell", "Becton, Dickinson and Company", "Capsa Healthcare", "Yuyama"],
        "a name known to hold a comma of its own",
    ),
    (
        "Perry Baromedical Corporation (US), ETC BioMedical Systems (US), Hearmec Co., Ltd. (Japan) and Oxy LLC (US).",
        [
            "Perry Baromedical Corporation (US)",
            "ETC BioMedical Systems (US)",
            "Hearmec Co., Ltd. (Japan)",
            "Oxy LLC (US)",
        ],
        "'ETC' opening a name is no 'etc.' tail; a tag after a legal form stays with it, and 'and' parts the next",
    ),
]


@pytest.mark.parametrize("run, expected, why", NAME_CASES, ids=[c[2] for c in NAME_CASES])
def test_split_names(run, expected, why):
    assert split_names(run) == expected


COUNTRY_TAG_CASES = [
    ("Vertiv Holdings Co (US)", "Vertiv Holdings Co", "a country code tag is not part of the name"),
    ("Wolfspeed, Inc. (U.S.)", "Wolfspeed, Inc.", "a dotted code, after a legal suffix"),
    ("SK siltron Co., Ltd. (South Korea)", "SK siltron Co., Ltd.", "a two-word country name"),
    ("Silar (Entegris)", "Silar (Entegris)", "a parent company in parentheses is kept, as stated"),
    ("Saint Gobain Glass (SGG)", "Saint Gobain Glass (SGG)", "an acronym in parentheses is kept"),
    (
        "CIMC (China International Marine Containers)",
        "CIMC (China International Marine Containers)",
        "an expansion that merely contains a country name is kept",
    ),
    ("Lonza", "Lonza", "no parentheses, nothing to do"),
    ("Tenneco Inc. (Northville, U.S.)", "Tenneco Inc.", "a head office's city and country"),
    ("Medtronic plc (NYSE: MDT)", "Medtronic plc", "a stock ticker"),
    ("Venus Medtech (Hangzhou) Inc. (HKEX: 2500)", "Venus Medtech (Hangzhou) Inc.", "a ticker after a bracketed city"),
]


@pytest.mark.parametrize("name, expected, why", COUNTRY_TAG_CASES, ids=[c[2] for c in COUNTRY_TAG_CASES])
def test_without_country_tag(name, expected, why):
    assert without_country_tag(name) == expected


def test_regions_from_labels_items_and_parentheses():
    header = Block("label", "By Region")
    body = [
        Block("label", "North America:"),
        Block("item", "United States", 1),
        Block("item", "Canada", 1),
        Block("item", "Europe (Germany, U.K., Rest of Europe)", 1),
        Block("para", "Asia Pacific"),
        Block("para", "North America leads the market thanks to a long list of reasons that make this a paragraph."),
    ]
    assert [(r.region, list(r.countries)) for r in region_items(header, body)] == [
        ("North America", ["United States", "Canada"]),
        ("Europe", ["Germany", "U.K.", "Rest of Europe"]),
        ("Asia Pacific", []),
    ]


def test_nested_list_items_keep_their_parents():
    body = [
        Block("item", "Advanced Wound Dressings", 2),
        Block("item", "Foam Dressings", 3),
        Block("item", "Film Dressings", 3),
        Block("item", "Traditional Wound Care", 2),
    ]
    assert segment_items(Block("item", "By Product", 1), body, "product") == [
        Segment("product", "Advanced Wound Dressings"),
        Segment("product", "Foam Dressings", "Advanced Wound Dressings"),
        Segment("product", "Film Dressings", "Advanced Wound Dressings"),
        Segment("product", "Traditional Wound Care"),
    ]


@pytest.mark.parametrize(
    ("text", "labels"),
    [  # a run of names, then a sentence about one of them
        (
            "Oat, Almond, Coconut, Soy, Others. The oat segment is forecast to record a CAGR of 13.4%.",
            ["Oat", "Almond", "Coconut", "Soy", "Others"],
        ),
        ("Plain, Flavored", ["Plain", "Flavored"]),  # a dimension's only line: two names are a list
        # a sentence whose clauses read like a run is no list
        ("By technology, the market is divided into HEPA, activated carbon, ionic filters and others. HEPA led.", []),
        ("Dominated by plain cups, flavoured lines grow faster", []),  # two clauses are no two names
    ],
)
def test_a_paragraph_under_a_dimensions_heading_lists_its_items(text, labels):
    segments = segment_items(Block("heading", "By Type", 3), [Block("para", text)], "type")
    assert [s.label for s in segments if s.label != text] == labels


def test_a_plain_text_label_line_over_its_items_line_lists_them():
    lines = [
        Block("para", "Unit type:"),
        Block("para", "Climate-controlled Units / Standard Units / Container Storage"),
        Block("para", "Unit size:"),
        Block("para", "Small (<50 sq ft), Medium (50-150 sq ft), Large (>150 sq ft)"),
        Block("para", "Operators profiled:"),  # no dimension: its lines are no segments
        Block("para", "Shurgard Self Storage Ltd, Safestore Holdings plc"),
    ]
    assert _labelled_lists(lines) == [
        [
            Segment("unit type", "Climate-controlled Units"),
            Segment("unit type", "Standard Units"),
            Segment("unit type", "Container Storage"),
        ],
        [
            Segment("unit size", "Small (<50 sq ft)"),
            Segment("unit size", "Medium (50-150 sq ft)"),
            Segment("unit size", "Large (>150 sq ft)"),
        ],
    ]


def test_a_source_line_crediting_a_firm_and_its_report_lists_no_sources():
    lines = [
        Block("para", "Source: Orbisphere Analytics · Report ref. OA-EN-5521"),
        Block("para", "Source: Angkor Insight Partners, “Cement Market Outlook 2025–2030”"),
        Block("para", "Source: Animal, Plant, Synthetic"),
    ]
    assert _labelled_lists(lines) == [
        [Segment("source", "Animal"), Segment("source", "Plant"), Segment("source", "Synthetic")]
    ]


def test_a_rankings_label_lists_no_items():
    lines = [
        Block("item", "Fastest-growing product type: split-system HPWH, CAGR of 15.3% (2025-2031)", 1),
        Block("item", "Largest end user: Residential", 1),
        Block("item", "End User: Residential, Commercial", 1),
    ]
    assert _labelled_lists(lines) == [[Segment("end user", "Residential"), Segment("end user", "Commercial")]]


def test_a_rows_item_may_give_its_sub_items_after_a_dash():
    lines = [Block("row", "By End User | OEM; Aftermarket (MRO) – Overhaul & Repair, Replacement Slides")]
    assert _labelled_lists(lines) == [
        [
            Segment("end user", "OEM"),
            Segment("end user", "Aftermarket (MRO)"),
            Segment("end user", "Overhaul & Repair", "Aftermarket (MRO)"),
            Segment("end user", "Replacement Slides", "Aftermarket (MRO)"),
        ]
    ]


def test_a_by_line_may_part_its_dimension_from_the_items_with_a_dash():
    lines = [
        Block("para", "By Base Oil — Mineral Oil; Synthetic Oil; Bio-based Oil"),
        Block("para", "By End User – General Contractors, Owners & Developers and Specialty Contractors."),
    ]
    assert _labelled_lists(lines) == [
        [
            Segment("base oil", "Mineral Oil"),
            Segment("base oil", "Synthetic Oil"),
            Segment("base oil", "Bio-based Oil"),
        ],
        [
            Segment("end user", "General Contractors"),
            Segment("end user", "Owners & Developers"),
            Segment("end user", "Specialty Contractors"),
        ],
    ]


def test_regions_written_inline_after_a_label():
    header = Block("heading", "Regional Insights", 2)
    body = [Block("para", "Regions analysed: North America, Europe, and Latin America.")]
    assert [r.region for r in region_items(header, body)] == ["North America", "Europe", "Latin America"]
    line = Block("para", "Regions covered: Europe (Germany, UK), North America (U.S., Canada) and Rest of the World.")
    assert inline_regions([line]) == [
        RegionMention("Europe", ("Germany", "UK")),
        RegionMention("North America", ("U.S.", "Canada")),
        RegionMention("Rest of the World"),
    ]
    dashed = Block("para", "Country coverage — North America: US, Canada · Europe: Germany, UK · Asia Pacific: Japan")
    assert inline_regions([dashed]) == [
        RegionMention("North America", ("US", "Canada")),
        RegionMention("Europe", ("Germany", "UK")),
        RegionMention("Asia Pacific", ("Japan",)),
    ]


def test_lists_laid_out_as_tables():
    blocks = [
        Block("row", "Segment | Sub-segments"),
        Block("row", "Technology | Air Source, Ground Source · Hybrid"),
        Block("row", "By End Use | Residential and Commercial"),
        Block("para", "Between the tables."),
        Block("row", "Region | Countries covered"),
        Block("row", "Europe | Germany, France, Rest of Europe"),
        Block("para", "Between the tables."),
        Block("row", "Company | Headquarters"),
        Block("row", "Sonova Holding AG | Stäfa, Switzerland"),
        Block("row", "Demant A/S | Smørum, Denmark"),
    ]
    found = table_lists(blocks)
    assert found.segments == [
        [Segment("technology", "Air Source"), Segment("technology", "Ground Source"), Segment("technology", "Hybrid")],
        [Segment("end use", "Residential"), Segment("end use", "Commercial")],
    ]
    assert [(r.region, r.countries) for r in found.regions] == [("Europe", ("Germany", "France", "Rest of Europe"))]
    assert [p.name for p in found.players] == ["Sonova Holding AG", "Demant A/S"]


def test_dimension_named_by_a_label_before_its_items():
    blocks = [
        Block("para", "Propulsion Type: Battery Electric Bus (BEB), Fuel Cell Electric Bus (FCEB)"),
        Block("row", "Motor Type | Hub Motor · Mid-drive Motor"),
        Block("para", "Contact: sales@example.com, +1 555 0100"),
        Block("para", "Stage Segment Analysis: Single-Stage, Two-Stage and Multi-Stage"),
        Block("row", "Segments Covered | By Form | Blanket, Particle, Panel"),
    ]
    assert _labelled_lists(blocks) == [
        [
            Segment("propulsion type", "Battery Electric Bus (BEB)"),
            Segment("propulsion type", "Fuel Cell Electric Bus (FCEB)"),
        ],
        [Segment("motor type", "Hub Motor"), Segment("motor type", "Mid-drive Motor")],
        [Segment("stage", "Single-Stage"), Segment("stage", "Two-Stage"), Segment("stage", "Multi-Stage")],
        [Segment("form", "Blanket"), Segment("form", "Particle"), Segment("form", "Panel")],
    ]


def test_the_header_row_of_a_table_of_figures_by_segment_and_a_row_of_report_details_list_no_segments():
    rows = [
        Block("row", "Resin type | 2024 share | CAGR 2025–2032"),
        Block("row", "Service | Revenue (USD Billion) | CAGR 2025-2030"),
        Block("row", "Category | Healthcare / Nutraceuticals | No. of Pages | 190"),
        Block("para", "06-02-2025 · Source: Corvanta Intelligence · 1,204 views"),
        Block("row", "Motor Type | Hub Motor | Mid-drive Motor"),
    ]
    assert _labelled_lists(rows) == [[Segment("motor type", "Hub Motor"), Segment("motor type", "Mid-drive Motor")]]


def test_players_one_name_per_line_after_an_intro():
    header = Block("heading", "Companies Mentioned", 2)
    body = [
        Block("para", "Nel ASA"),
        Block("para", "thyssenkrupp nucera AG & Co. KGaA"),
        Block("para", "LONGi Hydrogen Technology Co., Ltd."),
        Block("para", "McPhy Energy S.A."),
        Block("para", "Companies listed are those profiled or mentioned by the firm; this site is a reseller of it."),
    ]
    assert [p.name for p in player_items(header, body)] == [
        "Nel ASA",
        "thyssenkrupp nucera AG & Co. KGaA",
        "LONGi Hydrogen Technology Co., Ltd.",
        "McPhy Energy S.A.",
    ]


def test_players_in_a_list_after_an_intro_paragraph():
    header = Block("heading", "Key Companies Profiled", 2)
    body = [Block("para", "The landscape is split between incumbents and start-ups."), Block("item", "Rachio, Inc.", 1)]
    assert [p.name for p in player_items(header, body)] == ["Rachio, Inc."]


def test_dimension_names_over_lists_under_a_segmentation_label():
    blocks = [
        Block("label", "Segmentation"),
        Block("para", "Type"),
        Block("item", "Refrigerated Warehousing", 1),
        Block("item", "Public", 2),
        Block("para", "Temperature Range"),
        Block("item", "Chilled", 1),
        Block("para", "The warehousing segment grows fastest, as operators replace ageing stores with new ones."),
        Block("label", "Geographies covered"),
        Block("para", "Europe"),
        Block("item", "Germany", 1),
    ]
    assert segmentation_lists(blocks) == [
        [Segment("type", "Refrigerated Warehousing"), Segment("type", "Public", "Refrigerated Warehousing")],
        [Segment("temperature range", "Chilled")],
    ]


def test_an_item_header_section_ends_at_its_next_sibling():
    blocks = [
        Block("item", "By Region", 1),
        Block("item", "Europe", 2),
        Block("item", "Germany", 3),
        Block("item", "Company Profiles", 1),
    ]
    (header, _, body), *_ = list(sections(blocks))
    assert header.kind == "region" and [b.text for b in body] == ["Europe", "Germany"]


def test_by_lines_that_are_bylines_state_no_dimension():
    blocks = [Block("para", "By Marisol Eady, Insurance Correspondent · 9 September 2024 · 4 min read")]
    assert list(by_dimension_statements(blocks)) == []


def test_a_price_list_is_no_dimension():
    blocks = [Block("para", "Single User: USD 5,250 · Multi User: USD 6,900 · Corporate: USD 8,750")]
    assert _labelled_lists(blocks) == []


def test_players_as_a_bare_line_of_names_under_their_header():
    header = Block("label", "Key companies profiled")
    body = [Block("para", "Straumann Holding AG; Osstem Implant Co., Ltd.; Bicon, LLC")]
    assert [p.name for p in player_items(header, body)] == [
        "Straumann Holding AG",
        "Osstem Implant Co., Ltd.",
        "Bicon, LLC",
    ]


def test_a_page_listing_a_company_twice_names_it_once_as_first_written():
    from pipelines.parse import parse_release

    page = (
        "# Flexible Packaging Films Market\n\nThe market will grow at a CAGR of 5.1% from 2025 to 2032.\n\n"
        "## Key Players\n\n- Amcor plc\n- Merck KGaA\n- Chr. Hansen Holding A/S\n- Amcor PLC\n"
        "- Merck & Co., Inc.\n- Chr. Hansen Holding A/S\n"
    )
    assert [p.name for p in parse_release(page).players] == [
        "Amcor plc",
        "Merck KGaA",
        "Chr. Hansen Holding A/S",
        "Merck & Co., Inc.",
    ]


def test_players_in_a_run_of_names_broken_over_lines():
    header = Block("para", "Key Players Covered")
    body = [
        Block("para", "Itron Inc., Landis+Gyr Group AG, Badger Meter, Inc.,"),
        Block("para", "Neptune Technology Group Inc., Arad Group, Apator S.A."),
        Block("para", "Purchase Full Report: https://example.com/checkout/QFI-2417"),
    ]
    assert [p.name for p in player_items(header, body)] == [
        "Itron Inc.",
        "Landis+Gyr Group AG",
        "Badger Meter, Inc.",
        "Neptune Technology Group Inc.",
        "Arad Group",
        "Apator S.A.",
    ]


def test_sub_headings_under_a_dimensions_heading_are_its_items_and_deeper_ones_their_sub_items():
    blocks = [
        Block("heading", "By Application", 3),
        Block("heading", "Residential", 4),
        Block("para", "Multi-family housing, student accommodation and single-family homes."),
        Block("heading", "Commercial", 4),
        Block("para", "The fastest-moving application, comprising three sub-segments:"),
        Block("heading", "Offices", 5),
        Block("heading", "Retail", 5),
        Block("heading", "Institutional", 4),
        Block("heading", "Regional view", 2),
        Block("para", "Europe: Austria, Germany"),
    ]
    (header, opener, body), *_ = sections(blocks)
    assert segment_items(opener, body, header.dimension) == [
        Segment("application", "Residential"),
        Segment("application", "Commercial"),
        Segment("application", "Offices", "Commercial"),
        Segment("application", "Retail", "Commercial"),
        Segment("application", "Institutional"),
    ]


def test_a_line_of_regions_each_with_its_countries_in_brackets_under_a_region_header():
    body = [
        Block(
            "para",
            "North America (U.S. and Canada), Europe (Germany, Russia and Rest of Europe), Latin America (Brazil, "
            "Mexico) and Middle East & Africa (GCC, South Africa)",
        ),
        Block("para", "Asia-Pacific Held USD 29.8 Billion In 2024 Due To Build-Out In China And India."),
    ]
    assert [
        (r.region, list(r.countries)) for r in region_items(Block("heading", "Regional Analysis Covers:"), body)
    ] == [
        ("North America", ["U.S.", "Canada"]),
        ("Europe", ["Germany", "Russia", "Rest of Europe"]),
        ("Latin America", ["Brazil", "Mexico"]),
        ("Middle East & Africa", ["GCC", "South Africa"]),
    ]


def test_a_line_of_countries_under_a_regions_heading_may_end_with_and_and_a_full_stop():
    body = [Block("heading", "South America", 3), Block("para", "Brazil, Chile and Argentina.")]
    assert [(r.region, list(r.countries)) for r in region_items(Block("heading", "Regional picture", 2), body)] == [
        ("South America", ["Brazil", "Chile", "Argentina"])
    ]


def test_rows_of_a_company_table_name_no_dimension():
    rows = [
        Block("row", "Company | Headquarters | Notable product"),
        Block("row", "HydroPoint Data Systems | Petaluma, California, US | Commercial water management"),
        Block("row", "Orbit Irrigation Products | Bountiful, Utah, US | Consumer smart timers"),
        Block("para", "Battery Capacity: Below 50 kWh, 50-100 kWh"),
    ]
    assert _labelled_lists(rows) == [
        [Segment("battery capacity", "Below 50 kWh"), Segment("battery capacity", "50-100 kWh")]
    ]


def test_a_paragraph_about_another_region_names_no_countries_of_the_region_above_it():
    body = [
        Block("para", "Asia Pacific: Japan, Australia"),
        Block("label", "Rest of the World"),
        Block(
            "para",
            "Europe still consumes more than half of global volume, but capacity in the US Southeast is "
            "narrowing the gap as new plants open.",
        ),
    ]
    assert [(r.region, list(r.countries)) for r in region_items(Block("heading", "Regional view", 2), body)] == [
        ("Asia Pacific", ["Japan", "Australia"]),
        ("Rest of the World", []),
    ]


def test_region_labels_over_lines_of_countries():
    body = [
        Block("label", "North America"),
        Block("para", "U.S., Canada"),
        Block("label", "Middle East & Africa"),
        Block("para", "GCC, South Africa, Rest of Middle East & Africa"),
    ]
    assert [(r.region, r.countries) for r in region_items(Block("label", "Geographies covered"), body)] == [
        ("North America", ("U.S.", "Canada")),
        ("Middle East & Africa", ("GCC", "South Africa", "Rest of Middle East & Africa")),
    ]


def test_regions_named_in_the_paragraph_under_a_region_heading():
    body = [
        Block(
            "para",
            "North America held the largest share in 2024. Regionally, the study covers North America (U.S., Canada),"
            " Europe (Germany, France) and Asia Pacific.",
        )
    ]
    assert [(r.region, r.countries) for r in region_items(Block("label", "Regional outlook"), body)] == [
        ("North America", ("U.S.", "Canada")),
        ("Europe", ("Germany", "France")),
        ("Asia Pacific", ()),
    ]


@pytest.mark.parametrize(
    "item, expected",
    [
        ("Europe – Germany, Netherlands, France", ("Europe", ("Germany", "Netherlands", "France"))),
        ("North America; Europe; Asia Pacific", None),
        ("Europe: Germany • Netherlands • Spain", ("Europe", ("Germany", "Netherlands", "Spain"))),
        ("Europe (Germany, UK): growing steadily from a small base", ("Europe", ("Germany", "UK"))),
        ("North America (United States, Canada and Mexico)", ("North America", ("United States", "Canada", "Mexico"))),
        ("Asia-Pacific - China, India, Rest of APAC", ("Asia-Pacific", ("China", "India", "Rest of APAC"))),
        ("North America (United States, Mexico & Canada)", ("North America", ("United States", "Mexico", "Canada"))),
        ("South America (Brazil, Trinidad & Tobago, etc.)", ("South America", ("Brazil", "Trinidad & Tobago"))),
        ("South America - Brazil", ("South America", ("Brazil",))),
        ("North America: U.S.", ("North America", ("U.S.",))),
        ("Latin America — Brazil", ("Latin America", ("Brazil",))),
    ],
    ids=[
        "a dash between a region and its countries",
        "semicolons between regions",
        "bullets between countries",
        "a comment after the countries",
        "'and' before the last country",
        "a hyphen between spaces, a hyphen inside the region's name",
        "an ampersand between two countries",
        "one country's ampersand, and an 'etc.' that names none",
        "one country after a dash",
        "one country after a colon",
        "one country after an em dash",
    ],
)
def test_region_item_forms(item, expected):
    regions = region_items(Block("label", "Regional scope"), [Block("para", item)])
    if expected:
        assert [(r.region, r.countries) for r in regions] == [expected]
    else:
        assert [r.region for r in regions] == ["North America", "Europe", "Asia Pacific"]


@pytest.mark.parametrize(
    ("regions", "expected"),
    [
        ([RegionMention("North America", ("U.S.", "Canada")), RegionMention("Europe", ("UK",))], True),
        ([RegionMention("North America"), RegionMention("Europe")], False),
        ([RegionMention("Media contact", ("Phone number",)), RegionMention("Europe", ("UK",))], False),
    ],
    ids=[
        "regions with their countries: a fuller list than a flat 'Regional scope' line",
        "a flat list adds no countries",
        "a contact block after a region heading is no region",
    ],
)
def test_names_regions_with_countries(regions, expected):
    assert names_regions_with_countries(regions) is expected


def test_a_comparison_table_keeps_this_markets_column():
    rows = [
        Block("row", "Metric | Sodium-Ion Battery Market | Lithium-Ion Battery Market"),
        Block("row", "Market size, 2024 | USD 1.21 billion | USD 68.7 billion"),
        Block("para", "Figures for lithium-ion come from another report."),
        Block("row", "Study Period | 2019 - 2029 | base year 2023"),
    ]
    assert [b.text for b in market_columns(rows, "Sodium-Ion Battery")] == [
        "Metric | Sodium-Ion Battery Market | Lithium-Ion Battery Market",
        "Market size, 2024 | USD 1.21 billion",
        "Figures for lithium-ion come from another report.",
        "Study Period | 2019 - 2029 | base year 2023",  # a table that compares no markets is left alone
    ]


def test_a_comma_run_under_a_dimension_header_is_its_list():
    header = Block("heading", "Medical Tubing Market by Product, 2020-2030 (USD Million)", 3)
    body = [
        Block("para", "Single-lumen Tubing, Multi-lumen Tubing, Co-extruded Tubing, Braided Tubing, Balloon Tubing")
    ]
    assert [s.label for s in segment_items(header, body, "product")] == [
        "Single-lumen Tubing",
        "Multi-lumen Tubing",
        "Co-extruded Tubing",
        "Braided Tubing",
        "Balloon Tubing",
    ]


def test_a_by_finding_is_no_list():
    finding = "By Source, soy-based products held the largest share, at 43.1% of revenue, while pea grew fastest."
    assert list(by_dimension_statements([Block("item", finding, 1)])) == []


def test_regions_in_pipe_separated_cells():
    body = [Block("para", "North America (U.S., Canada) | Europe (Germany, UK) | Latin America (Brazil, Argentina)")]
    assert [(r.region, r.countries) for r in region_items(Block("label", "REGIONS AND COUNTRIES"), body)] == [
        ("North America", ("U.S.", "Canada")),
        ("Europe", ("Germany", "UK")),
        ("Latin America", ("Brazil", "Argentina")),
    ]


@pytest.mark.parametrize(
    ("item", "least", "expected"),
    [
        (
            "Fixed-bottom (Monopile, Jacket)",
            2,
            [("Fixed-bottom", None), ("Monopile", "Fixed-bottom"), ("Jacket", "Fixed-bottom")],
        ),
        ("Polyvinyl Chloride (PVC)", 2, [("Polyvinyl Chloride (PVC)", None)]),
        ("Hardware [Sensors]", 1, [("Hardware", None), ("Sensors", "Hardware")]),
        ("Offline (58%)", 2, [("Offline", None)]),
        ("Activator Adjuvants (USD 2.47 billion in 2023)", 2, [("Activator Adjuvants", None)]),
        ("5N (99.999%)", 2, [("5N (99.999%)", None)]),
        ("Class A (above 25 million passengers)", 2, [("Class A (above 25 million passengers)", None)]),
        (
            "Ovens [Convection, Steam Ovens {Combi-Steam, High-Humidity}]",
            2,
            [
                ("Ovens", None),
                ("Convection", "Ovens"),
                ("Steam Ovens", "Ovens"),
                ("Combi-Steam", "Steam Ovens"),
                ("High-Humidity", "Steam Ovens"),
            ],
        ),
    ],
    ids=[
        "bracketed sub-segments under their parent",
        "an acronym in brackets is part of a list item's label",
        "in a title, one bracketed item is a sub-segment",
        "an item's share in brackets is no part of its label",
        "nor is its size",
        "a grade's purity is",
        "and so is a count that is no money",
        "a sub-segment's own sub-segments, three deep",
    ],
)
def test_segment_with_children(item, least, expected):
    segments = segment_with_children("type", item, least_children=least)
    assert [(s.label, s.parent) for s in segments] == expected


def test_a_country_scope_row_of_regions_and_their_countries():
    row = Block("row", "Country scope | North America: U.S., Canada; Europe: Germany, UK; Middle East: UAE")
    assert [(r.region, r.countries) for r in inline_regions([row])] == [
        ("North America", ("U.S.", "Canada")),
        ("Europe", ("Germany", "UK")),
        ("Middle East", ("UAE",)),
    ]


def test_a_comma_run_of_names_under_a_players_label():
    body = [Block("para", "Husqvarna Group, Robert Bosch GmbH, Honda Motor Co., Ltd., STIGA S.p.A.")]
    assert [p.name for p in player_items(Block("para", "Key players"), body)] == [
        "Husqvarna Group",
        "Robert Bosch GmbH",
        "Honda Motor Co., Ltd.",
        "STIGA S.p.A.",
    ]


def test_region_items_under_a_paragraph_of_shares():
    body = [
        Block(
            "para",
            "In 2023, revenue was split across the main regions as follows: North America 34.1%, Europe 27.5%, "
            "Asia Pacific 29.9%, with the rest elsewhere.",
        ),
        Block("item", "North America: U.S., Canada", 1),
        Block("item", "Europe: Germany, UK", 1),
    ]
    assert [(r.region, r.countries) for r in region_items(Block("heading", "Regional outlook", 2), body)] == [
        ("North America", ("U.S.", "Canada")),
        ("Europe", ("Germany", "UK")),
    ]


def test_a_figures_table_reads_its_headers_into_each_row():
    rows = [
        Block("row", "Region | 2024 Share (%) | CAGR 2025-2032 (%)"),
        Block("row", "North America | 41.2 | 8.6"),
        Block("row", "Segment | Sub-segments"),
    ]
    assert [b.text for b in figure_tables(rows)] == [
        "Region | 2024 Share (%) | CAGR 2025-2032 (%)",
        "North America | 2024 Share: 41.2% | CAGR 2025-2032: 8.6%",
        "Segment | Sub-segments",  # a row of another width is no data row of that table
    ]


def test_a_figures_table_under_a_dimension_heading_lists_that_dimensions_items():
    blocks = [
        Block("heading", "By Product Type", 3),
        Block("row", "Segment | Share 2024 | CAGR 2025-2032"),
        Block("row", "Footwear | 18.9% | 8.1%"),
        Block("row", "Others | 6.2% | 5.4%"),
        Block("heading", "Regions", 2),
        Block("row", "Region | Countries covered | Share 2024"),
        Block("row", "Europe | Germany, France | 24.2%"),
    ]
    read = figure_tables(blocks)
    assert read[6].text == "Europe | Germany, France | Share 2024: 24.2%"  # only figures take their header's name
    assert table_lists(read).segments == []  # its rows are no dimensions
    assert table_lists(read).regions == [RegionMention("Europe", ("Germany", "France"))]
    (header, opener, body), _ = list(sections(read))
    assert segment_items(opener, body, header.dimension) == [
        Segment("product type", "Footwear"),
        Segment("product type", "Others"),
    ]


def test_a_comment_after_a_listed_name_is_no_part_of_it():
    body = [
        Block("item", "GT's Living Foods, still the category leader in U.S. retail", 1),
        Block("item", "Vitro, S.A.B. de C.V.", 1),
    ]
    assert [p.name for p in player_items(Block("heading", "Companies to watch", 2), body)] == [
        "GT's Living Foods",
        "Vitro, S.A.B. de C.V.",
    ]


def test_slash_separated_lists_after_a_label():
    blocks = [Block("para", "By robot type:Single-arm/Dual-arm/Mobile manipulators")]
    assert _labelled_lists(blocks) == [
        [
            Segment("robot type", "Single-arm"),
            Segment("robot type", "Dual-arm"),
            Segment("robot type", "Mobile manipulators"),
        ]
    ]
    regions = inline_regions([Block("para", "By region:Europe/North America/China")])
    assert [r.region for r in regions] == ["Europe", "North America", "China"]


def test_a_regional_labels_sentence_is_read_as_prose_not_as_a_list_of_its_clauses():
    line = Block(
        "para",
        "Geography: Europe was the largest region at USD 88.4 million in 2025 (Germany, UK, France, Spain), "
        "followed by North America (US) and Asia Pacific (Japan, China, South Korea).",
    )
    assert inline_regions([line]) == []  # not "followed by North America (US)" as a region of a list
    page = f"# Recycled Carbon Fiber Market\n\nThe market grows at a CAGR of 9.1% over 2025-2032.\n\n{line.text}\n"
    assert [(r.region, r.countries) for r in parse_release(page).regions] == [
        ("Europe", ("Germany", "UK", "France", "Spain")),
        ("North America", ("US",)),
        ("Asia Pacific", ("Japan", "China", "South Korea")),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On the basis of source, the market is divided into animal-based, plant-based and others.",
            ("source", ["animal-based", "plant-based", "others"]),
        ),
        (
            "Based on resin type, the market is segmented into epoxy, polyurethane, cyanoacrylate and others.",
            ("resin type", ["epoxy", "polyurethane", "cyanoacrylate", "others"]),
        ),
        (
            "In terms of construction type, the study separates elemental construction, modular buildings and kiosks.",
            ("construction type", ["elemental construction", "modular buildings", "kiosks"]),
        ),
        (
            "By enterprise size: Large Enterprises, Small and Medium-sized Enterprises (SMEs)",
            None,
        ),
        (
            "By connectivity, the market covers Wi-Fi, Zigbee and Bluetooth, and Wi-Fi remains the default for retail.",
            ("connectivity", ["Wi-Fi", "Zigbee", "Bluetooth"]),
        ),
        (
            "By type, the market is made up of thin-film membranes and cellulose acetate membranes.",
            ("type", ["thin-film membranes", "cellulose acetate membranes"]),
        ),
        (
            "On the end-user side, it distinguishes commercial growers, vertical farms and hobbyists; the vertical "
            "farms segment grows fastest.",
            ("end-user", ["commercial growers", "vertical farms", "hobbyists"]),
        ),
        (
            "By type, the report divides the market into organic nutrients and synthetic nutrients.",
            ("type", ["organic nutrients", "synthetic nutrients"]),
        ),
        (
            "By application, demand is split between residential, commercial and industrial users.",
            ("application", ["residential", "commercial", "industrial"]),
        ),
        (
            "The study splits the market by product type into counterbalance forklifts and warehouse forklifts, the "
            "latter including reach trucks and order pickers.",
            ("product type", ["counterbalance forklifts", "warehouse forklifts"]),
        ),
        (
            "Based on the crop type, the market is categorised into cereals & grains, fruits & vegetables and others.",
            ("crop type", ["cereals & grains", "fruits & vegetables", "others"]),
        ),
        (
            "On the basis of source, the market is segregated into soy, pea, wheat and others.",
            ("source", ["soy", "pea", "wheat", "others"]),
        ),
        (
            "By vertical, the market is categorised into BFSI; Manufacturing; IT/ITeS; Government & Public Sector; "
            "and Others.",
            ("vertical", ["BFSI", "Manufacturing", "IT/ITeS", "Government & Public Sector", "Others"]),
        ),
        (
            "By deployment, the market is split into cloud and on-premise; cloud leads.",
            ("deployment", ["cloud", "on-premise"]),
        ),
        (
            "The market is categorised into smart treadmills, connected bikes, and others by type.",
            ("type", ["smart treadmills", "connected bikes", "others"]),
        ),
        (
            "On the basis of coverage area, the market is segmented into below 250 sq. ft., 250 to 500 sq. ft., and "
            "above 500 sq. ft. Mid-size units sell most.",
            ("coverage area", ["below 250 sq. ft", "250 to 500 sq. ft", "above 500 sq. ft"]),
        ),
        (
            "By material, natural rubber, EPDM and polyurethane foam are analyzed.",
            ("material", ["natural rubber", "EPDM", "polyurethane foam"]),
        ),
        (
            "By production process, solid-state fermentation and submerged fermentation are assessed separately.",
            ("production process", ["solid-state fermentation", "submerged fermentation"]),
        ),
        (
            "The application landscape spans fashion & apparel, footwear and packaging.",
            ("application", ["fashion & apparel", "footwear", "packaging"]),
        ),
        (
            "By composition, the study breaks the market down into facestock, adhesive and liner.",
            ("composition", ["facestock", "adhesive", "liner"]),
        ),
        (
            "The end-user base consists of government and law enforcement agencies, forensic laboratories and "
            "private investigation firms, with government buyers the largest.",
            (
                "end-user",
                ["government and law enforcement agencies", "forensic laboratories", "private investigation firms"],
            ),
        ),
        (
            "Flat-bottom silos, hopper-bottom silos and silo bags make up the product types covered in the study.",
            ("product type", ["Flat-bottom silos", "hopper-bottom silos", "silo bags"]),
        ),
        (
            "On the basis of product, the study covers bowling balls, pins and accessories such as bags, shoes and "
            "gloves. Pins wear out.",
            ("product", ["bowling balls", "pins", "accessories (bags, shoes, gloves)"]),
        ),
        (
            "In its study, the firm groups products into standard fans, decorative fans and high-speed fans.",
            ("product", ["standard fans", "decorative fans", "high-speed fans"]),
        ),
        (
            "By drug class, the report groups products into anti-inflammatory agents, artificial tears and others.",
            ("drug class", ["anti-inflammatory agents", "artificial tears", "others"]),
        ),
        (
            "Applications are grouped as smartphones & tablets, automotive ADAS, industrial robotics, and wearables.",
            ("application", ["smartphones & tablets", "automotive ADAS", "industrial robotics", "wearables"]),
        ),
        (
            "By application, the market is analysed across cement & lime, ceramics & tiles, refractories and others.",
            ("application", ["cement & lime", "ceramics & tiles", "refractories", "others"]),
        ),
        (
            "By Technology: Open Loop (USD 2.14 Billion, 2024), Closed Loop, Hybrid (26% share)",
            ("technology", ["Open Loop", "Closed Loop", "Hybrid"]),
        ),
        (
            "Sales are split, by distribution channel, between hospital pharmacies, retail pharmacies and online "
            "pharmacies; online grows fastest.",
            ("distribution channel", ["hospital pharmacies", "retail pharmacies", "online pharmacies"]),
        ),
        (
            "By power rating, the report separates up to 3 MW, 3-6 MW and above 6 MW units.",
            ("power rating", ["up to 3 MW", "3-6 MW", "above 6 MW"]),
        ),
        (
            "By end use, manufacturing, retail and airports are each tracked separately.",
            ("end use", ["manufacturing", "retail", "airports"]),
        ),
        (
            "It also cuts the numbers by instrument, into electric guitar, acoustic guitar and bass guitar.",
            ("instrument", ["electric guitar", "acoustic guitar", "bass guitar"]),
        ),
        (
            "By power source, the report separates battery-powered, corded electric and propane/gas machines.",
            ("power source", ["battery-powered", "corded electric", "propane/gas"]),
        ),
        (
            "On the basis of service provider, the market is segmented into DIY and professional contractors.",
            ("service provider", ["DIY", "professional contractors"]),
        ),
        (
            "By Type: Hydraulic Dock Levelers (Hinged Lip, Telescopic Lip), Mechanical Dock Levelers, Edge-of-Dock "
            "Levelers",
            (
                "type",
                [
                    "Hydraulic Dock Levelers (Hinged Lip, Telescopic Lip)",
                    "Mechanical Dock Levelers",
                    "Edge-of-Dock Levelers",
                ],
            ),
        ),
        (
            "By Capacity: Up to 30,000 lbs, 30,000–45,000 lbs, Above 45,000 lbs",
            ("capacity", ["Up to 30,000 lbs", "30,000–45,000 lbs", "Above 45,000 lbs"]),
        ),
        (
            "By Diameter, machines are grouped as Small (below 5 m), Medium (5-10 m) and Large (above 10 m).",
            ("diameter", ["Small (below 5 m)", "Medium (5-10 m)", "Large (above 10 m)"]),
        ),
        (
            "By Application, demand is split among Metro & Rail Tunnels, Road Tunnels and Hydropower & Mining.",
            ("application", ["Metro & Rail Tunnels", "Road Tunnels", "Hydropower & Mining"]),
        ),
        (
            "By end use, market is categorised in Household, Religious Places and Commercial.",
            ("end use", ["Household", "Religious Places", "Commercial"]),
        ),
        (
            "By Type - On basis of type, market is segmented into Soft Armor, Hard Armor and Accessories.",
            ("type", ["Soft Armor", "Hard Armor", "Accessories"]),
        ),
        (
            "By fleet size, we separate small fleets, medium fleets and large fleets.",
            ("fleet size", ["small fleets", "medium fleets", "large fleets"]),
        ),
        (
            "Product-wise, the study covers alcohol-based wipes and quaternary ammonium wipes across hospitals and "
            "households.",
            ("product", ["alcohol-based wipes", "quaternary ammonium wipes"]),
        ),
        (
            "The report also sizes demand by weapon discipline: foil, épée and sabre. Foil is the entry weapon.",
            ("weapon discipline", ["foil", "épée", "sabre"]),
        ),
        (
            "It also tracks the market by combustion technology, covering three designs: catalytic and hybrid.",
            ("combustion technology", ["catalytic", "hybrid"]),
        ),
        (
            "By end user, the market is divided into two segments, residential and commercial.",
            ("end user", ["residential", "commercial"]),
        ),
        (
            "Trend Analysis Report, by Motor Type, by Propulsion : Global Opportunity Analysis and Industry Forecast",
            None,
        ),
        (
            "On the application side the report covers dietary supplements, cosmetics & personal care and drugs.",
            ("application", ["dietary supplements", "cosmetics & personal care", "drugs"]),
        ),
        (
            "Sales are split among specialty hearth retailers, home-improvement chains and online stores.",
            ("distribution channel", ["specialty hearth retailers", "home-improvement chains", "online stores"]),
        ),
        (
            "The market reaches buyers through specialty fencing retailers, online stores and direct-to-club sales.",
            ("distribution channel", ["specialty fencing retailers", "online stores", "direct-to-club sales"]),
        ),
        (
            "By force rating, the study groups machines into below 10 tons, 10 to 25 tons and above 25 tons.",
            ("force rating", ["below 10 tons", "10 to 25 tons", "above 25 tons"]),
        ),
        (
            "By product type, Marshgate's study separates permanent barriers, demountable barriers and sandbags.",
            ("product type", ["permanent barriers", "demountable barriers", "sandbags"]),
        ),
        (
            "By power source, the study separates electric, gas-powered, PTO-driven and manual log splitters.",
            ("power source", ["electric", "gas-powered", "PTO-driven", "manual"]),
        ),
        (
            "By operation mode, the study distinguishes automatic, semi-automatic and manual equipment.",
            ("operation mode", ["automatic", "semi-automatic", "manual"]),
        ),
        (
            "By pool type, the study distinguishes in-ground and above-ground pools.",
            ("pool type", ["in-ground", "above-ground"]),
        ),
        (
            "By end user, the study follows Banks, Retailers and Government Agencies.",
            ("end user", ["Banks", "Retailers", "Government Agencies"]),
        ),
        (
            "On the farm side, adoption follows the spread of drip and micro-sprinkler networks.",
            None,
        ),
        (
            "By connectivity, the report compares Cellular, LoRaWAN, Wi-Fi and Satellite.",
            ("connectivity", ["Cellular", "LoRaWAN", "Wi-Fi", "Satellite"]),
        ),
        (
            "By form, the report distinguishes Seeds, Flour and Flakes, the last of which is the form bakers use.",
            ("form", ["Seeds", "Flour", "Flakes"]),
        ),
        (
            "By deployment, the study separates cloud and on-premise, and the gap between them keeps widening.",
            ("deployment", ["cloud", "on-premise"]),
        ),
        (
            "By product, the study separates Strip Lashes and Magnetic Lashes, and within strip lashes it further "
            "distinguishes Full Strip from Accent Strip.",
            ("product", ["Strip Lashes", "Magnetic Lashes"]),
        ),
        (
            "By operating type, the report compares Conventional Hydrants with Smart Hydrants, the latter fitted "
            "with sensors.",
            ("operating type", ["Conventional Hydrants", "Smart Hydrants"]),
        ),
        (
            "By technology, the report splits the market into Analog Load Cell and Digital Load Cell types.",
            ("technology", ["Analog Load Cell", "Digital Load Cell"]),
        ),
        (
            "By deployment, the study separates cloud and on-premise installations.",
            ("deployment", ["cloud", "on-premise"]),
        ),
        (
            "By sales channel, the report distinguishes direct sales to wineries from distributor sales.",
            ("sales channel", ["direct sales to wineries", "distributor sales"]),
        ),
        (
            "By nature, the analysts split conventional from organic.",
            ("nature", ["conventional", "organic"]),
        ),
        (
            "By enterprise size, the analysis distinguishes Large Enterprises from Small and Medium-sized "
            "Enterprises (SMEs). Large Enterprises generate most of the spending.",
            ("enterprise size", ["Large Enterprises", "Small and Medium-sized Enterprises (SMEs)"]),
        ),
        (
            "By installation, the study distinguishes fixed-bottom from floating projects.",
            ("installation", ["fixed-bottom", "floating"]),
        ),
        (
            "Feedstock coverage spans crop residues, energy crops and sewage sludge.",
            ("feedstock", ["crop residues", "energy crops", "sewage sludge"]),
        ),
        (
            "Meters are sold to utilities, while the end-user split is residential, commercial and industrial.",
            ("end-user", ["residential", "commercial", "industrial"]),
        ),
        (
            "Communication technology is split between RF mesh, power-line communication (PLC) and cellular.",
            ("communication technology", ["RF mesh", "power-line communication (PLC)", "cellular"]),
        ),
        ("Country coverage includes Brazil, Argentina and Mexico, where rules require recorders.", None),
        ("Our coverage spans China, Japan, India and South Korea.", None),
        (
            "Distribution channels analysed include pharmacies, supermarkets and e-commerce; e-commerce grows fastest.",
            ("distribution channel", ["pharmacies", "supermarkets", "e-commerce"]),
        ),
        (
            "Sales rose, and end users are dental laboratories, dental clinics and research institutes.",
            ("end user", ["dental laboratories", "dental clinics", "research institutes"]),
        ),
        ("Aerosol systems are the installed-base leader, compact, cheap and easy to fit.", None),
        ("The installer base is fragmented, but a dozen engineering, procurement and construction firms lead.", None),
        (
            "By micronutrient, demand is shared between iron, zinc, manganese and copper.",
            ("micronutrient", ["iron", "zinc", "manganese", "copper"]),
        ),
        (
            "The market is split by lavatory type between standard lavatories, accessible lavatories designed for"
            " passengers with reduced mobility, and space-saving lavatories that free up room.",
            ("lavatory type", ["standard lavatories", "accessible lavatories", "space-saving lavatories"]),
        ),
        (
            "Feed uses are smaller but stable, helped by yeast cell wall products that reduce antibiotic use.",
            None,
        ),
        (
            "The study separates, by mode of application, soil application, foliar spray and fertigation.",
            ("mode of application", ["soil application", "foliar spray", "fertigation"]),
        ),
        (
            "Looking at feeder design, the study distinguishes bowl feeders, which orient parts on a track, linear"
            " feeders, which convey them in a line, and hopper feeders, which store bulk parts; it notes more.",
            ("feeder design", ["bowl feeders", "linear feeders", "hopper feeders"]),
        ),
        (
            "By channel, the report covers traditional markets, modern retail, whose chains run over 40,000 outlets,"
            " and online, where apps have turned tempeh into an impulse order.",
            ("channel", ["traditional markets", "modern retail", "online"]),
        ),
        (
            "On the basis of drive type, Ornsby covers electromagnetic feeders, which remain the most installed,"
            " piezoelectric feeders, which are quiet, and hybrid feeders, the smallest group but the fastest.",
            ("drive type", ["electromagnetic feeders", "piezoelectric feeders", "hybrid feeders"]),
        ),
        (
            "By application, the report examines automotive, food processing, and packaging, identifying automotive as"
            " the application with the largest volume.",
            ("application", ["automotive", "food processing", "packaging"]),
        ),
        (
            "Turning to material, the study separates stainless steel, cast iron and fluoropolymer-lined pumps.",
            ("material", ["stainless steel", "cast iron", "fluoropolymer-lined pumps"]),
        ),
    ],
    ids=[
        "'on the basis of'",
        "'based on ... segmented into'",
        "'in terms of ... separates'",
        "a colon line is no prose statement",
        "the list ends where a remark about one item starts",
        "'made up of'",
        "'on the X side'",
        "'divides the market into'",
        "'split between'",
        "'splits the market by X into', up to a remark on the latter",
        "the dimension's article is no part of its name",
        "'segregated into'",
        "items parted by semicolons, up to '; and'",
        "a semicolon after the list ends it",
        "the dimension after its list",
        "an abbreviation's period does not end the sentence",
        "the list before a passive verb",
        "the list before a passive verb and an adverb",
        "'the X landscape spans'",
        "'breaks the market down into'",
        "'the X base consists of', a last 'and' between two phrases after an item named with 'and'",
        "the list before the dimension it makes up",
        "examples after 'such as' are the last item's sub-items",
        "'groups products into': the dimension is what it groups",
        "after 'By X,' the list is X's",
        "'applications are grouped as': the passive form",
        "'is analysed across'",
        "items with their figures in brackets",
        "'split, by X, between'",
        "ranges of a size before the noun they share",
        "the list before 'are each tracked'",
        "'cuts the numbers by X, into'",
        "adjectives before the plural noun they share",
        "nouns before the last item's own noun",
        "an item's sub-items in brackets do not count to its length",
        "ranges each with its unit share none",
        "'grouped as'",
        "'split among'",
        "'categorised in', no article before the market",
        "a dash after 'By X', 'on basis of' without its article",
        "'we separate': a verb's plain form after a pronoun",
        "'X-wise', the list up to where it is set 'across' another",
        "'by X:' inside a sentence, the list after the colon",
        "'by X, covering three designs:' the list after the colon",
        "'into two segments, A and B': the count names no item",
        "a title's 'by Propulsion : Global Opportunity Analysis' lists nothing",
        "'On the X side' with no comma before the report's verb",
        "'sales are split among': the channels sold through",
        "'reaches buyers through': the channels sold through",
        "'groups machines into': the object grouped before 'into'",
        "a possessive subject before the verb",
        "a shared noun of two words after describing words",
        "a shared noun with no plural",
        "compounds describe as adjectives do",
        "'the study follows'",
        "'adoption follows' lists nothing",
        "'the report compares'",
        "'the last of which' remarks on the last item",
        "', and the gap ... keeps' remarks on the items",
        "', and within X' goes on to an item's sub-items",
        "'compares A with B' lists two",
        "a kinds word after the last item is no part of it",
        "a generic head after the last item is no part of it",
        "'distinguishes A from B' lists two",
        "'split A from B' lists two",
        "'distinguishes A from B and C': the second of two holds its own 'and'",
        "'distinguishes a from b projects': the noun they share is no part of either",
        "'X coverage spans'",
        "'while the X split is', a clause of its own",
        "'X technology is split between': the dimension's own noun as the subject",
        "a coverage of countries lists no segments",
        "nor does 'our coverage'",
        "'X channels analysed include': the dimension's plural as the subject",
        "', and end users are': a clause of its own",
        "with no 'analysed' or 'covered', only applications or end users are listed so",
        "a base that 'is' lists no items unless named by a dimension's word",
        "'shared between' splits a market",
        "what an item's words after its short name say of it is no part of it",
        "a finding's long clause is no item, though it ends on a modifier",
        "the dimension between commas after the verb",
        "each item's aside between commas is dropped, and the last item's ends the list",
        "an aside may hold a thousands comma",
        "an appositive after the last item remarks on it",
        "', identifying' remarks on the list",
        "'Turning to X,' opens a list as 'In terms of X,' does",
    ],
)
def test_lists_stated_in_prose(sentence, expected):
    found = [(header.dimension, items) for header, items in by_dimension_statements([Block("para", sentence)])]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # counted before a dashed run, then before a colon
            "The study covers three components — hardware, software and services — and three applications: "
            "pesticide spraying, fertilizer application and seeding & sowing.",
            [("component", ["hardware", "software", "services"]),
             ("application", ["pesticide spraying", "fertilizer application", "seeding & sowing"])],
        ),
        (  # the counting noun names nothing: the word before it does
            "Three technology groups are covered – ultrasonic meters, diaphragm meters and thermal mass meters.",
            [("technology", ["ultrasonic meters", "diaphragm meters", "thermal mass meters"])],
        ),
        (  # nor here: the subject does
            "Payload capacity is tracked in three bands (below 10 L, 10–30 L and above 30 L).",
            [("payload capacity", ["below 10 L", "10–30 L", "above 30 L"])],
        ),
        (  # a plural dimension word whose singular is one ("industries" for "industry")
            "Five end-user industries are covered: Life Sciences, Automotive, Aerospace & Defense, Food & Beverage, "
            "and Electronics Manufacturing.",
            [("end-user industry", ["Life Sciences", "Automotive", "Aerospace & Defense", "Food & Beverage",
                                    "Electronics Manufacturing"])],
        ),
        (  # counted alone, then each item the subject of a sentence of its own, its parts after "which include"
            "The analysts split products into two types. Aligner Systems, which include Comprehensive Systems, "
            "Moderate Systems and Mild-Case Systems, generate the bulk of revenue. Retainers, which patients wear "
            "after treatment, are a smaller line.",
            [("type", ["Aligner Systems (Comprehensive Systems, Moderate Systems, Mild-Case Systems)", "Retainers"])],
        ),
        (  # two items one sentence's subjects; a subject in capitals up to its first lower-case word
            "The report describes three system types. Open-loop scrubbers still make up most of the base. Closed-Loop "
            "Units and Hybrid Units follow.",
            [("system type", ["Open-loop", "Closed-Loop Units", "Hybrid Units"])],
        ),
        (  # a sentence opening on "The" names no item, and two items are not the three counted
            "The report describes three system types. Open-loop scrubbers still make up most of the base. The rest "
            "are newer.",
            [],
        ),
        (  # an item's sub-items joined by "and" in its brackets: one item, counted once
            "Five equipment types are covered: Pasteurisers (Plate and Tubular), Separators & Clarifiers, "
            "Homogenisers, Evaporators & Dryers, and Membrane Filtration Systems.",
            [("equipment type", ["Pasteurisers (Plate and Tubular)", "Separators & Clarifiers", "Homogenisers",
                                 "Evaporators & Dryers", "Membrane Filtration Systems"])],
        ),
        ("The firm runs three plants (Lyon, Paris and Nice).", []),  # plants are no dimension
        ("The study covers three components: hardware and software.", []),  # two items are not the three counted
    ],
)  # fmt: skip
def test_lists_counted_before_their_items(sentence, expected):
    assert [(h.dimension, items) for h, items in by_dimension_statements([Block("para", sentence)])] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The applications examined comprise container ships, bulk carriers and tankers, of which container ships "
            "generated the largest share.",
            ("application", ["container ships", "bulk carriers", "tankers"]),
        ),
        (
            "Northfield's analysts segment the market by service type into teleconsultation and tele-triage.",
            ("service type", ["teleconsultation", "tele-triage"]),
        ),
        (  # a count after "By X,": the dimension named before names the list
            "By product, two families are covered: weather-based controllers and sensor-based controllers.",
            ("product", ["weather-based controllers", "sensor-based controllers"]),
        ),
        (
            "The report also classifies spending by technology, distinguishing machine learning and deep learning.",
            ("technology", ["machine learning", "deep learning"]),
        ),
        (  # the agent of a passive split before "into"
            "By technology, the market has been divided by Brightwater's analysts into three technologies: alkaline, "
            "solid oxide and AEM.",
            ("technology", ["alkaline", "solid oxide", "AEM"]),
        ),
        (
            "By payload, the categories are up to 5 kg, 5–10 kg and above 10 kg.",
            ("payload", ["up to 5 kg", "5–10 kg", "above 10 kg"]),
        ),
        ("The section provides details by competitor, including company overview and financials.", None),
        (
            "Demand by end use is spread across food & beverage, chemicals and pulp & paper.",
            ("end use", ["food & beverage", "chemicals", "pulp & paper"]),
        ),
        (
            "Demand is analysed by application across dairy, meat & poultry and fish.",
            ("application", ["dairy", "meat & poultry", "fish"]),
        ),
        (
            "Three technologies are distinguished in the report — alkaline, PEM and AEM.",
            ("technology", ["alkaline", "PEM", "AEM"]),
        ),
        (
            "By animal type, the report classifies demand into companion animals and livestock.",
            ("animal type", ["companion animals", "livestock"]),
        ),
        (
            "Applications span food & beverages, pharmaceuticals and cosmetics.",
            ("application", ["food & beverages", "pharmaceuticals", "cosmetics"]),
        ),
        (  # a relative clause after the dimension
            "The study looks at the market first by product, which comprises nonwoven, woven and knitted.",
            ("product", ["nonwoven", "woven", "knitted"]),
        ),
        ("Demand is led by Northland, which covers Carrow, Dunmere and Westby.", None),  # a place's clause
        (
            "By system type, the market falls into conventional systems and hybrid systems.",
            ("system type", ["conventional systems", "hybrid systems"]),
        ),
        (  # a run-in label names the dimension the sentence lists
            "Substrate type insights: The study covers straw-based, sawdust-based and coir-based substrates.",
            ("substrate type", ["straw-based", "sawdust-based", "coir-based"]),
        ),
        (  # a run-in label over a statement of its own
            "Species insights: By mushroom species, the report looks at button, oyster and shiitake.",
            ("mushroom species", ["button", "oyster", "shiitake"]),
        ),
        ("Regional insights: The study covers Europe, Asia and the Americas.", None),  # regions, read as regions
        (  # the dimension before the study's own noun
            "The product segmentation is organised around foam, hydrogel and film, with foam the largest.",
            ("product", ["foam", "hydrogel", "film"]),
        ),
        (
            "Audleyfen's device analysis is made up of BTE, RIC and ITE, with RIC devices the largest.",
            ("device", ["BTE", "RIC", "ITE"]),
        ),
        ("The regional analysis covers Europe, Asia and the Americas.", None),
        (
            "Quaybright's component view consists of solutions and services, and solutions accounted for most.",
            ("component", ["solutions", "services"]),
        ),
        (
            "Where spices end up is the subject of the application chapter, which consists of bakery, sauces and tea.",
            ("application", ["bakery", "sauces", "tea"]),
        ),
        (
            "The end-user analysis sorts buyers into shippers, forwarders and carriers.",
            ("end-user", ["shippers", "forwarders", "carriers"]),
        ),
        (  # a finding after the list, its subject of a few words
            "By airframe, the study consists of multi-rotor, fixed-wing and hybrid, and multi-rotor craft made up "
            "USD 2.21 billion of the total.",
            ("airframe", ["multi-rotor", "fixed-wing", "hybrid"]),
        ),
        (  # a counted list whose items carry acronyms in brackets
            "The analysis distinguishes three technologies: traction, machine-room-less (MRL) and hydraulic.",
            ("technology", ["traction", "machine-room-less (MRL)", "hydraulic"]),
        ),
        (  # the dimension as the subject, another clause after the list
            "Route of administration falls into oral, topical and injectable, and the analysis of channel goes on.",
            ("route of administration", ["oral", "topical", "injectable"]),
        ),
    ],
)
def test_lists_stated_with_a_participle_an_agent_or_a_plain_verb(sentence, expected):
    found = [(h.dimension, items) for h, items in by_dimension_statements([Block("para", sentence)])]
    assert found == ([expected] if expected else [])


def test_a_list_after_a_leading_adverb_and_one_ending_where_the_next_dimension_starts():
    text = (
        "By enterprise size it is split between large enterprises and small & medium-sized enterprises, and by end "
        "use between manufacturing and retail. Finally, by end user, it covers refineries, utilities and steelmakers."
    )
    assert _stated_lists(text) == [
        ("enterprise size", ["large enterprises", "small & medium-sized enterprises"]),
        ("end use", ["manufacturing", "retail"]),
        ("end user", ["refineries", "utilities", "steelmakers"]),
    ]


def test_a_statement_cut_inside_its_regions_brackets_gives_way_to_the_regions_read_whole():
    page = (
        "# Peritoneal Dialysis Market\n\nThe peritoneal dialysis market grows at a CAGR of 8% over 2025-2032.\n\n"
        "Region-wise, the market is analyzed across North America (U.S., Canada, and Mexico), Europe (Germany, "
        "France, UK, and rest of Europe), and LAMEA (Brazil, South Africa, and rest of LAMEA)."
    )
    assert [(r.region, r.countries) for r in parse_release(page).regions] == [
        ("North America", ("U.S.", "Canada", "Mexico")),
        ("Europe", ("Germany", "France", "UK")),
        ("LAMEA", ("Brazil", "South Africa")),
    ]


def test_dimensions_with_their_items_in_brackets_after_a_colon():
    sentence = (
        "We look at the market through three lenses: construction type (hardwall, softwall and rigid-wall), end "
        "user (hospitals and labs), and cleanliness class (ISO 5, ISO 7 and ISO 8)."
    )
    assert [(h.dimension, items) for h, items in by_dimension_statements([Block("para", sentence)])] == [
        ("construction type", ["hardwall", "softwall", "rigid-wall"]),
        ("end user", ["hospitals", "labs"]),
        ("cleanliness class", ["ISO 5", "ISO 7", "ISO 8"]),
    ]
    remark = "Two firms lead: one in hardwall (Terra and Abtech), the other in softwall (Clean Air), says the note."
    assert list(by_dimension_statements([Block("para", remark)])) == []  # more than dimensions after the colon


@pytest.mark.parametrize(
    ("later_sentence", "children"),
    [
        (
            "Thermal is further classified into incineration, gasification and pyrolysis.",
            ["incineration", "gasification", "pyrolysis"],
        ),
        (
            "The thermal segment is further sub-divided into incineration and gasification.",
            ["incineration", "gasification"],
        ),
        (
            "Thermal is further divided into hard and semi-hard cheese and fresh and soft cheese.",
            ["hard and semi-hard cheese", "fresh and soft cheese"],
        ),
        ("The market is further segmented into small and large plants.", []),
        (
            "It grows, with the thermal segment further broken into incineration and gasification.",
            ["incineration", "gasification"],
        ),
        (
            "Within thermal, the report further separates incineration, gasification and pyrolysis.",
            ["incineration", "gasification", "pyrolysis"],
        ),
        (
            "Biological leads; within thermal, incineration and gasification are tracked separately.",
            ["incineration", "gasification"],
        ),
        ("The report further divides Thermal into Incineration and Gasification.", ["Incineration", "Gasification"]),
        (
            "Biological leads. Thermal, comprising Incineration, Gasification and Pyrolysis, is the fastest growing.",
            ["Incineration", "Gasification", "Pyrolysis"],
        ),
        ("Thermal, such as Incineration and Gasification, is smaller.", ["Incineration", "Gasification"]),
        ("Thermal, comprising plants of every size, is smaller.", []),
    ],
    ids=[
        "an item 'is further classified into'",
        "'the X segment is sub-divided into'",
        "two items, each named with 'and', end on the same noun",
        "not an item of the list",
        "', with the X segment further broken into'",
        "'within X, the report separates'",
        "'within X, A and B are tracked'",
        "'the report further divides X into'",
        "'X, comprising A, B and C, is'",
        "'X, such as A and B, is'",
        "an aside naming no items",
    ],
)
def test_a_later_sentence_gives_a_stated_item_its_children(later_sentence, children):
    listed = [Segment("type", "thermal"), Segment("type", "biological")]
    blocks = [Block("para", "By technology, the market is divided into thermal and biological. " + later_sentence)]
    assert with_stated_children(listed, stated_children(blocks)) == [
        Segment("type", "thermal"),
        *(Segment("type", child, "thermal") for child in children),
        Segment("type", "biological"),
    ]


def test_each_clause_and_each_by_into_run_of_a_sentence_states_its_own_list():
    sentences = [
        "By application, the market is split into seawater desalination and wastewater reuse, while by end user it is "
        "divided into municipal, industrial and residential customers.",
        "It also breaks the market down by battery type into lithium-ion and lead-acid, and by end use into retail, "
        "manufacturing, and logistics.",
    ]
    found = [(h.dimension, items) for h, items in by_dimension_statements([Block("para", s) for s in sentences])]
    assert found == [
        ("application", ["seawater desalination", "wastewater reuse"]),
        ("end user", ["municipal", "industrial", "residential"]),
        ("battery type", ["lithium-ion", "lead-acid"]),
        ("end use", ["retail", "manufacturing", "logistics"]),
    ]


def test_bare_dimension_names_over_their_items_head_them():
    """A list whose top items are "Type", "End-user" and "Geography", each over its own numbered items."""
    blocks = [
        Block("para", "This report covers market segmentation by"),
        Block("item", "Type", 1),
        Block("item", "Managed", 2),
        Block("item", "Unmanaged", 2),
        Block("item", "End-user", 1),
        Block("item", "Manufacturing", 2),
        Block("item", "Geography", 1),
        Block("item", "APAC", 2),
        Block("item", "Europe", 2),
    ]
    assert [(h.kind, h.dimension, [b.text for b in body]) for h, _, body in sections(blocks)] == [
        ("segment", "type", ["Managed", "Unmanaged"]),
        ("segment", "end-user", ["Manufacturing"]),
        ("region", None, ["APAC", "Europe"]),
    ]
    services = [Block("item", "Services", 1), Block("item", "Managed services", 2), Block("item", "Hardware", 1)]
    assert list(sections(services)) == []  # "Services" over its kinds is one more item


def test_plain_texts_dimension_labels_over_their_lists_head_them():
    """A mail's text part: "Type:" and "Source:" lines, each over the items listed under it."""
    blocks = [
        Block("para", "Type:"),
        Block("item", "Coagulants & Flocculants", 1),
        Block("item", "Scale Inhibitors", 1),
        Block("para", "Source:"),
        Block("item", "Synthetic", 1),
        Block("item", "Bio-based", 1),
        Block("para", "Regions:"),
        Block("item", "North America - US, Canada", 1),
    ]
    assert [(h.kind, h.dimension, [b.text for b in body]) for h, _, body in sections(blocks)] == [
        ("segment", "type", ["Coagulants & Flocculants", "Scale Inhibitors"]),
        ("segment", "source", ["Synthetic", "Bio-based"]),
        ("region", None, ["North America - US, Canada"]),
    ]
    alone = [Block("para", "Source:"), Block("item", "Synthetic", 1), Block("para", "Note:"), Block("item", "X", 1)]
    assert list(sections(alone)) == []  # no typical dimension ("Type", "Application") among them: a page's notes


def test_a_label_of_no_dimension_word_right_after_a_dimensions_items_is_the_next_dimension():
    blocks = [
        Block("para", "Type:"),
        Block("item", "Anti-fouling Coatings", 1),
        Block("para", "Resin:"),
        Block("item", "Epoxy", 1),
        Block("item", "Alkyd", 1),
    ]
    assert [(h.dimension, [b.text for b in body]) for h, _, body in sections(blocks)] == [
        ("type", ["Anti-fouling Coatings"]),
        ("resin", ["Epoxy", "Alkyd"]),
    ]
    apart = [blocks[0], blocks[1], Block("para", "Why it matters"), *blocks[2:], Block("para", "Application:")]
    assert [h.dimension for h, _, _ in sections(apart + [Block("item", "Ships", 1)])] == ["type", "application"]


def test_a_by_label_over_a_sentence_stating_the_list_is_read_as_the_sentence():
    line = "By Fragrance: On the basis of fragrance, market is bifurcated into Floral, Woody and Herbal."
    assert _labelled_lists([Block("para", line)]) == []
    assert [(h.dimension, items) for h, items in by_dimension_statements([Block("para", line)])] == [
        ("fragrance", ["Floral", "Woody", "Herbal"])
    ]


def test_a_sentence_under_a_dimensions_label_lists_its_run_after_the_verb():
    body = [Block("para", "Based on grade, market is bifurcated into Premium, Standard and Industrial.")]
    assert [s.label for s in segment_items(Block("label", "By Grade"), body, "grade")] == [
        "Premium",
        "Standard",
        "Industrial",
    ]


def test_a_by_dimension_line_ending_on_a_dash_heads_the_list_under_it():
    assert classify_header(Block("para", "By application -")) == Header("segment", "application")


def test_an_item_naming_its_sub_items_after_a_colon_is_their_parent():
    header = Block("label", "By Component:")
    body = [
        Block("item", "Hardware: Tags, Readers & Sensors, Gateways", 1),
        Block("item", "Software", 1),
        Block("item", "Services: Consulting, implementation, and maintenance services", 1),
    ]
    assert [(s.label, s.parent) for s in segment_items(header, body, "component")] == [
        ("Hardware", None),
        ("Tags", "Hardware"),
        ("Readers & Sensors", "Hardware"),
        ("Gateways", "Hardware"),
        ("Software", None),
        ("Services", None),  # a description's words, not names: no sub-items
    ]
    assert _labelled_lists([header, *body]) == []  # "Services: ..." under "By Component:" is no dimension


def test_a_breakup_heading_names_its_dimension():
    assert classify_header(Block("heading", "Breakup by End Use Industry:")) == Header("segment", "end use industry")


def test_one_word_before_and_shares_the_noun_after_it():
    body = [Block("para", "Large Enterprises, Small and Medium-sized Enterprises (SMEs), Public Sector")]
    labels = [s.label for s in segment_items(Block("heading", "By Enterprise Size", 3), body, "enterprise size")]
    assert labels == ["Large Enterprises", "Small and Medium-sized Enterprises (SMEs)", "Public Sector"]


def test_a_list_of_regions_under_a_heading_that_does_not_say_so():
    blocks = [
        Block("heading", "Where the growth is", 2),
        Block("item", "Europe", 1),
        Block("item", "Germany", 2),
        Block("item", "North America", 1),
        Block("item", "Canada", 2),
        Block("item", "Asia Pacific", 1),
    ]
    assert [(r.region, r.countries) for r in unlabelled_region_list(blocks)] == [
        ("Europe", ("Germany",)),
        ("North America", ("Canada",)),
        ("Asia Pacific", ()),
    ]


def test_a_players_list_ends_at_its_and_others_item():
    # the label between them goes from the run; the points after "and others." are the report's selling points
    body = [
        Block("item", "Roquette Frères S.A.", 1),
        Block("item", "Kerry Group plc", 1),
        Block("item", "and others.", 1),
        Block("label", "Why buy this report?"),
        Block("item", "Price trend analysis by grade and region", 1),
    ]
    names = [p.name for p in player_items(Block("para", "The report profiles the following companies:"), body)]
    assert names == ["Roquette Frères S.A.", "Kerry Group plc"]


def test_names_over_descriptions_and_after_dashes():
    body = [
        Block("label", "Yara International ASA"),
        Block("para", "Norway · world's largest ammonia trader"),
        Block("label", "CF Industries Holdings, Inc."),
        Block("para", "U.S. · low-carbon ammonia"),
        Block("label", "Topsoe A/S"),
        Block("para", "Denmark · ammonia synthesis technology"),
    ]
    assert [p.name for p in player_items(Block("heading", "Companies Profiled", 2), body)] == [
        "Yara International ASA",
        "CF Industries Holdings, Inc.",
        "Topsoe A/S",
    ]
    dashed = [
        Block("item", "Intuitive Surgical, Inc. – maker of the da Vinci platforms", 1),
        Block("item", "Stryker", 1),
    ]
    assert [p.name for p in player_items(Block("heading", "Key Players", 2), dashed)] == [
        "Intuitive Surgical, Inc.",
        "Stryker",
    ]


def test_a_semicolon_list_after_a_dimension_label_is_the_whole_section():
    header = Block("para", "By End Use: Consumer Electronics; Fashion & Garment; Others")
    body = [Block("para", "Key companies profiled: Affirm Holdings, Inc.; Klarna Bank AB (publ); Zip Co Limited")]
    labels = [s.label for s in segment_items(header, body, "end use")]
    assert labels == ["Consumer Electronics", "Fashion & Garment", "Others"]


def test_countries_listed_with_no_region_over_them_name_no_region():
    countries = [Block("item", name, 1) for name in ("Germany", "France", "Rest of Europe")]
    assert region_items(Block("label", "By Country"), countries) == []
    regions = [Block("item", name, 1) for name in ("Europe", "Germany", "France")]
    assert region_items(Block("label", "By Country"), regions) == [RegionMention("Europe", ("Germany", "France"))]


def test_several_dimensions_segmented_in_one_sentence():
    sentence = (
        "The market is segmented by type into fruit juices, vegetable juices and mixed blends; by packaging into "
        "PET bottles and glass bottles; and by region into North America, Europe and Asia-Pacific. By type, the "
        "mixed blends segment grows fastest."
    )
    found = [
        (header.kind, header.dimension, items) for header, items in by_dimension_statements([Block("para", sentence)])
    ]
    assert found == [
        ("segment", "type", ["fruit juices", "vegetable juices", "mixed blends"]),
        ("segment", "packaging", ["PET bottles", "glass bottles"]),
        ("region", None, ["North America", "Europe", "Asia-Pacific"]),
    ]


def test_a_bold_line_after_plain_name_lines_ends_the_players():
    body = [
        *(Block("para", name) for name in ("Olin Corporation", "Huntsman Corporation", "Evonik Industries AG")),
        Block("label", "Recent Developments"),
        Block("para", "In March 2025, a producer commissioned a new amine hardener line in Antwerp."),
    ]
    names = [p.name for p in player_items(Block("heading", "Top Companies Profiled", 2), body)]
    assert names == ["Olin Corporation", "Huntsman Corporation", "Evonik Industries AG"]


def test_regions_named_only_in_sentences_with_their_countries():
    blocks = [
        Block("heading", "Regional insights", 2),
        Block(
            "para",
            "North America is the biggest market, with the U.S. and Canada accounting for 38% of sales. "
            "Asia Pacific, led by Japan, South Korea and China, grows fastest; South Asia lags.",
        ),
        Block("para", "In North America, Mexico adds capacity."),
    ]
    assert regions_named_in_sentences(blocks) == [
        RegionMention("North America", ("U.S.", "Canada", "Mexico")),
        RegionMention("Asia Pacific", ("Japan", "South Korea", "China")),
    ]
    assert regions_named_in_sentences(blocks[2:]) == []  # one region named in passing is no regional view


def test_a_segment_table_row_of_three_cells_holds_a_parent_and_its_child():
    rows = [
        Block("row", "Segmentation | Segment | Sub-segment"),
        Block("row", "By End User | Enterprises | Large Enterprises"),
        Block("row", "By End User | Enterprises | SMEs"),
        Block("row", "By End User | Home Users"),
    ]
    assert [s for listed in table_lists(rows).segments for s in listed] == [
        Segment("end user", "Enterprises"),
        Segment("end user", "Large Enterprises", "Enterprises"),
        Segment("end user", "SMEs", "Enterprises"),
        Segment("end user", "Home Users"),
    ]


def test_a_cell_of_dimension_lines_lists_each_dimension():
    row = Block(
        "row",
        "Segments covered | By Source: · Nut-based · Soy-based · By Product: · Mozzarella · Cheddar · "
        "By End Use: Retail, Foodservice · By Region: · North America · Europe",
    )
    assert _labelled_lists([row]) == [
        [Segment("source", "Nut-based"), Segment("source", "Soy-based")],
        [Segment("product", "Mozzarella"), Segment("product", "Cheddar")],
        [Segment("end use", "Retail"), Segment("end use", "Foodservice")],
    ]


def test_a_cell_parting_its_dimensions_by_semicolons_lists_each_dimension():
    row = Block(
        "row",
        "Segments Covered | By Type: Steam Humidifiers, Evaporative Humidifiers; By Application: Textile Mills, "
        "Printing & Paper, Data Centers",
    )
    assert _labelled_lists([row]) == [
        [Segment("type", "Steam Humidifiers"), Segment("type", "Evaporative Humidifiers")],
        [
            Segment("application", "Textile Mills"),
            Segment("application", "Printing & Paper"),
            Segment("application", "Data Centers"),
        ],
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Segmentation: Product Type — Rotating Drums, Rake-Based Boxes · Connectivity — App-Connected, Non-Connected",
        "Segmentation: Product Type: Rotating Drums, Rake-Based Boxes; Connectivity: App-Connected, Non-Connected",
    ],
)
def test_a_segmentation_line_of_named_dimensions_lists_each_dimension(line):
    # one paragraph, not a table's row: each dimension named before a dash or a colon, parted by dots or semicolons
    assert _labelled_lists([Block("para", line)]) == [
        [Segment("product type", "Rotating Drums"), Segment("product type", "Rake-Based Boxes")],
        [Segment("connectivity", "App-Connected"), Segment("connectivity", "Non-Connected")],
    ]


def test_a_scope_cells_item_keeps_its_sub_items_in_brackets():
    row = Block("row", "Segments Covered | By Material | Synthetic (Polyurethane, Vinyl), Wood, Artificial Turf")
    assert _labelled_lists([row]) == [
        [
            Segment("material", "Synthetic"),
            Segment("material", "Polyurethane", "Synthetic"),
            Segment("material", "Vinyl", "Synthetic"),
            Segment("material", "Wood"),
            Segment("material", "Artificial Turf"),
        ],
    ]


def test_a_line_of_items_with_their_figures_in_brackets_lists_the_items():
    line = Block("para", "By Technology: Open Loop (USD 2.14 Billion, 2024), Closed Loop, Hybrid (26% share)")
    assert _labelled_lists([line]) == [
        [Segment("technology", "Open Loop"), Segment("technology", "Closed Loop"), Segment("technology", "Hybrid")],
    ]


def test_a_plain_text_line_of_a_dimension_and_its_items_parted_by_a_bar():
    line = Block("para", "By Operation | Coin-Operated, Card/App-Operated, Non-Vended")
    assert _labelled_lists([line]) == [
        [
            Segment("operation", "Coin-Operated"),
            Segment("operation", "Card/App-Operated"),
            Segment("operation", "Non-Vended"),
        ],
    ]


def test_a_line_of_players_parted_by_bars():
    body = [Block("para", "Alliance Laundry Systems LLC | Miele & Cie. KG | Jensen-Group NV | EDRO Corporation")]
    names = [p.name for p in player_items(Block("label", "KEY MARKET PLAYERS"), body)]
    assert names == ["Alliance Laundry Systems LLC", "Miele & Cie. KG", "Jensen-Group NV", "EDRO Corporation"]


def test_spanned_scope_rows_of_dimensions_with_their_items_one_a_line():
    rows = [
        Block("row", "Segments covered | By Type · Continuous Rubber Tracks · Segmented Rubber Tracks"),
        Block("row", "Segments covered | By Sales Channel · OEM · Aftermarket"),
    ]
    assert _labelled_lists(rows) == [
        [Segment("type", "Continuous Rubber Tracks"), Segment("type", "Segmented Rubber Tracks")],
        [Segment("sales channel", "OEM"), Segment("sales channel", "Aftermarket")],
    ]


def test_a_byline_with_a_date_lists_no_dimension():
    byline = Block("para", "By Dana Ocampo | 29 January 2025 | Market Reports")
    assert _labelled_lists([byline]) == []


def test_spanned_rows_of_regions_with_their_countries():
    rows = [
        Block("row", "Regional scope | North America: U.S., Canada"),
        Block("row", "Regional scope | Europe: Germany, France"),
        Block("row", "Regional scope | Middle East & Africa: Saudi Arabia, South Africa"),
        Block("row", "Key companies | Bridgestone Corporation · Continental AG"),
    ]
    assert inline_regions(rows) == [
        RegionMention("North America", ("U.S.", "Canada")),
        RegionMention("Europe", ("Germany", "France")),
        RegionMention("Middle East & Africa", ("Saudi Arabia", "South Africa")),
    ]


def test_a_numbering_column_is_no_part_of_a_players_table():
    rows = [
        Block("row", "# | Company | Country"),
        Block("row", "1 | Continental AG | Germany"),
        Block("row", "2 | Valeo SA | France"),
    ]
    assert [p.name for p in table_lists(rows).players] == ["Continental AG", "Valeo SA"]


def test_a_semicolon_line_of_two_items_under_a_dimension_label_is_its_list():
    header = Block("label", "By Component")
    body = [Block("para", "Solutions; Services (Professional Services, Managed Services)")]
    assert segment_items(header, body, "component") == [
        Segment("component", "Solutions"),
        Segment("component", "Services"),
        Segment("component", "Professional Services", "Services"),
        Segment("component", "Managed Services", "Services"),
    ]


def test_names_over_descriptions_after_an_intro_line():
    body = [
        Block("para", "Pellucid Arc profiles nine key players. Our one-line summary of each:"),
        Block("label", "ACI Worldwide, Inc."),
        Block("para", "Runs real-time hubs for more than a dozen schemes."),
        Block("label", "Fiserv, Inc."),
        Block("para", "Sells FedNow and RTP connectivity to U.S. community banks."),
        Block("label", "Visa Inc."),
        Block("para", "Pushes Visa Direct for card-based real-time payouts."),
    ]
    names = [p.name for p in player_items(Block("heading", "Vendors to watch", 2), body)]
    assert names == ["ACI Worldwide, Inc.", "Fiserv, Inc.", "Visa Inc."]


def test_profiles_after_a_remark_on_the_field_name_the_players():
    header = Block("heading", "Competitive Landscape", 2)
    remark = Block("para", "The market is moderately consolidated. Danish makers dominate the premium end.")
    carded = [
        remark,
        Block("label", "Kamstrup A/S"),
        Block("para", "Danish metering specialist; ultrasonic heat meters."),
        Block("label", "Diehl Metering GmbH"),
        Block("para", "Broad portfolio from mechanical to ultrasonic meters."),
        Block("label", "Nordlys Metering ApS"),
        Block("para", "Danish challenger selling LoRaWAN meters to utilities."),
        Block("para", "Also covered: Apator S.A., Sensaqua Technologies S.r.l. and others."),
    ]
    assert [p.name for p in player_items(header, carded)] == [
        "Kamstrup A/S",
        "Diehl Metering GmbH",
        "Nordlys Metering ApS",
        "Apator S.A.",
        "Sensaqua Technologies S.r.l.",
    ]
    dashed = [
        remark,
        Block("para", "SCHOTT AG — German specialty-glass company supplying ceramic glazing."),
        Block("para", "Vetrofiamma S.p.A. — Italian maker of large fire-rated facade units."),
        Block("para", "Pyroquartz Glass Industries Ltd. — UK processor of laminated glass."),
        Block("para", "The full report also benchmarks numerous regional processors."),
        Block("para", "“Each plant closure moves volume to the leaders,” says the lead analyst."),
    ]
    assert [p.name for p in player_items(header, dashed)] == [
        "SCHOTT AG",
        "Vetrofiamma S.p.A.",
        "Pyroquartz Glass Industries Ltd.",
    ]


@pytest.mark.parametrize("remarked", [False, True], ids=["profiles alone", "after a remark"])
def test_profiles_opening_with_the_companys_name_name_the_players(remarked):
    remark = Block("para", "The installer base is highly fragmented. Below are the groups we profile in depth.")
    profiles = [
        Block("para", "Thermashield Group plc is a listed contractor delivering insulation upgrades."),
        Block("para", "Hartwell Thermodynamics, Inc. (U.S.) focuses on packaged 1–5 MW units for food plants."),
        Block("para", "Vaporline Process Solutions (Danforth Group plc) integrates heat pumps into evaporators."),
        Block("para", "Aerolyte Hydrogen Corp., Fjordlift AS and others are also covered."),
    ]
    body = [remark, *profiles] if remarked else profiles
    assert [p.name for p in player_items(Block("heading", "Company Landscape", 2), body)] == [
        "Thermashield Group plc",
        "Hartwell Thermodynamics, Inc. (U.S.)",  # the country tag goes later, with every name's
        "Vaporline Process Solutions (Danforth Group plc)",
        "Aerolyte Hydrogen Corp.",
        "Fjordlift AS",
    ]


def test_name_lines_each_over_a_line_about_the_company_name_the_players():
    body = [
        Block("para", "Rousselot B.V. (Darling Ingredients Inc.)"),
        Block("para", "Global gelatin and collagen leader with certified bovine and fish lines."),
        Block("para", "Halavet Gelatin Sdn. Bhd. (Malaysia)"),
        Block("para", "Dedicated halal producer supplying capsule makers across ASEAN."),
        Block("para", "Karnaphuli Biotech Ltd."),
        Block("para", "Bangladesh-based bovine bone gelatin and ossein producer."),
    ]
    assert [p.name for p in player_items(Block("label", "COMPETITIVE LANDSCAPE"), body)] == [
        "Rousselot B.V. (Darling Ingredients Inc.)",
        "Halavet Gelatin Sdn. Bhd. (Malaysia)",
        "Karnaphuli Biotech Ltd.",
    ]


def test_a_count_of_the_companies_profiled_heads_no_players():
    # the report's coverage line had headed the price box below it: "Single User License: $3,850" as a player
    assert classify_header(Block("para", "Companies profiled: 7 (plus 15 in market share analysis)")) is None
    assert classify_header(Block("para", "Companies profiled:")) == Header("players")


def test_parts_headed_over_paragraphs_naming_their_towns_in_passing_then_a_list_of_all():
    page = (
        "<h1>Canada Heat Pump Market</h1><p>The market was valued at CAD 2.86 billion in 2024.</p>"
        "<h2>Provincial Analysis</h2><h3>Ontario</h3><p>Ontario is the largest provincial market. Demand is strongest"
        " around Toronto, Ottawa and Hamilton.</p><h3>Quebec</h3><p>The province, including Montreal, Laval and"
        " Gatineau, grows fastest.</p><h2>Regional scope</h2><ul><li>Ontario</li><li>Quebec</li><li>Manitoba</li></ul>"
    )
    assert [(r.region, r.countries) for r in parse_release(page.encode()).regions] == [
        ("Ontario", ("Toronto", "Ottawa", "Hamilton")),
        ("Quebec", ("Montreal", "Laval", "Gatineau")),
        ("Manitoba", ()),
    ]


def test_a_parts_paragraph_naming_two_runs_of_towns_in_one_sentence_gives_both_but_not_a_later_run_after_of():
    page = (
        "<h1>Brazil Solar Market</h1><p>The market was valued at BRL 38.7 billion in 2024.</p><h2>State outlook</h2>"
        "<h3>Minas Gerais</h3><p>Farms sit around Montes Claros and Janaúba, while Belo Horizonte and Uberlândia "
        "concentrate rooftops, as do plants with use of Cotesia and Metarhizium.</p><h3>São Paulo</h3><p>Rooftops "
        "spread to inland hubs such as Campinas and Ribeirão Preto.</p>"
    )
    assert [(r.region, r.countries) for r in parse_release(page.encode()).regions] == [
        ("Minas Gerais", ("Montes Claros", "Janaúba", "Belo Horizonte", "Uberlândia")),
        ("São Paulo", ("Campinas", "Ribeirão Preto")),
    ]


def test_a_countrys_own_parts_each_opening_a_line_with_a_remark_under_any_heading():
    page = (
        "<h1>Nigeria Solar Home Systems Market</h1><p>The market was valued at US$ 610 million in 2024.</p>"
        "<h2>Lagos leads, Kano fastest</h2><p>Lagos: Still the biggest state market. Demand is concentrated in Ikeja,"
        " Lekki and Ikorodu.</p><p>Kano: Set to grow fastest. Traders in Sabon Gari and Wudil are heavy users.</p>"
        "<p>Rivers: In Port Harcourt and Obio-Akpor, frequent outages keep demand high.</p>"
    )
    assert [(r.region, r.countries) for r in parse_release(page.encode()).regions] == [
        ("Lagos", ("Ikeja", "Lekki", "Ikorodu")),
        ("Kano", ("Sabon Gari", "Wudil")),
        ("Rivers", ("Port Harcourt", "Obio-Akpor")),  # a sentence's opening "In" is no part of a town's name
    ]


def test_a_paragraph_whose_last_sentence_opens_by_a_dimension_heads_the_list_below():
    block = Block("para", "We split it three ways. By body type we have:")
    assert classify_header(block) == Header("segment", "body type")


@pytest.mark.parametrize(
    ("item", "children"),
    [
        (
            "behind-the-ear devices (comprising standard BTE and receiver-in-canal models)",
            ["standard BTE", "receiver-in-canal models"],
        ),
        ("mineral wool (glass wool and stone wool)", ["glass wool", "stone wool"]),
        ("Energy (Oil and Gas)", []),  # one name of one word each side: one item, not two
    ],
)
def test_an_items_brackets_part_two_sub_items_by_and(item, children):
    found = segment_with_children("type", item, least_children=2)
    assert [s.label for s in found[1:]] == children


def test_a_remark_between_a_list_and_its_by_names_no_dimension():
    sentence = (
        "Anti-aging Actives are further divided into Peptides, Retinoids and Botanical Extracts, the last of these"
        " being the category most affected by traceability requirements."
    )
    assert list(by_dimension_statements([Block("para", sentence)])) == []


def test_a_product_item_naming_a_kind_of_maker_heads_no_players():
    # "Beverage Makers" in a list of products had headed its sub-items as companies
    assert classify_header(Block("item", "Beverage Makers", 1)) is None
    assert classify_header(Block("item", "Companies profiled", 1)) == Header("players")


def test_a_segments_cell_of_named_lines_and_a_regions_cell_of_region_lines():
    segments = Block("row", "Segments covered | Product: · Stick · Handheld · Battery Type: · Lithium-ion · Others")
    assert _labelled_lists([segments]) == [
        [Segment("product", "Stick"), Segment("product", "Handheld")],
        [Segment("battery type", "Lithium-ion"), Segment("battery type", "Others")],
    ]
    regions = Block(
        "row", "Regional scope | North America: U.S. · Canada · Europe: Germany · UK · Middle East & Africa:"
    )
    assert inline_regions([regions]) == [
        RegionMention("North America", ("U.S.", "Canada")),
        RegionMention("Europe", ("Germany", "UK")),
        RegionMention("Middle East & Africa"),
    ]


def test_companies_as_sub_headings_under_a_players_heading():
    blocks = [
        Block("heading", "Key Companies", 3),
        *(Block("heading", name, 4) for name in ("Amedisys, Inc.", "LHC Group (Optum)", "ResMed Inc.")),
        Block("para", "Each company profile covers its home health revenue."),
        Block("heading", "About Sablecrest", 3),
    ]
    (header, opener, body), *_ = list(sections(blocks))
    assert [p.name for p in player_items(opener, body)] == ["Amedisys, Inc.", "LHC Group (Optum)", "ResMed Inc."]


def test_a_url_or_a_line_of_metadata_lists_no_dimension():
    lines = [
        Block("para", "URL Source: https://www.retortlanenews.com/markets/2025/03/succinic-acid/"),
        Block("para", "Category: Real Estate & Home Improvement | Release ID: DPW-51884 | Home: example"),
        Block("para", "Industry: Satellite, Telecommunications, Technology, Networks"),  # a wire's tags
    ]
    assert _labelled_lists(lines) == []


def test_a_price_after_a_colon_names_no_players():
    body = [
        Block("para", "Husqvarna Group, Robert Bosch GmbH, Honda Motor Co., Ltd., STIGA S.p.A."),
        Block("para", "Download free sample Buy now: USD 4,250"),
    ]
    names = [p.name for p in player_items(Block("para", "Key players"), body)]
    assert names == ["Husqvarna Group", "Robert Bosch GmbH", "Honda Motor Co., Ltd.", "STIGA S.p.A."]


def test_a_run_of_names_followed_by_a_sentence_about_one_of_them():
    body = [
        Block(
            "para",
            "NuScale Power Corporation, Holtec International, TerraPower LLC, X-Energy Reactor Company, LLC and "
            "BWX Technologies, Inc. BWX Technologies, Inc. reported 2024 revenue of USD 2.70 billion.",
        )
    ]
    names = [p.name for p in player_items(Block("label", "Key companies"), body)]
    assert names == [
        "NuScale Power Corporation",
        "Holtec International",
        "TerraPower LLC",
        "X-Energy Reactor Company, LLC",
        "BWX Technologies, Inc.",
    ]


def test_countries_named_under_a_regions_own_sub_heading_are_its_countries():
    blocks = [
        Block("heading", "Asia Pacific: Dominant Region with 38.2% Market Share", 3),
        Block("para", "China is the biggest single market, while South Korea has the highest penetration."),
        Block("heading", "Europe", 3),
        Block("para", "Germany, the UK and France lead European demand."),
        Block("heading", "Outlook", 3),
        Block("para", "Japan is no region's country here."),
    ]
    found = [RegionMention("Asia Pacific", (), 38.2), RegionMention("Europe"), RegionMention("Latin America")]
    assert with_countries_under_their_headings(found, blocks) == [
        RegionMention("Asia Pacific", ("China", "South Korea"), 38.2),
        RegionMention("Europe", ("Germany", "UK", "France")),
        RegionMention("Latin America"),
    ]


def test_segmentation_by_lines_with_a_colon_dash_and_ranked_region_lines():
    lines = [Block("para", "Segmentation by Application: Smart Metering, Asset Tracking, Others")]
    assert _labelled_lists(lines) == [
        [
            Segment("application", "Smart Metering"),
            Segment("application", "Asset Tracking"),
            Segment("application", "Others"),
        ]
    ]
    regions = [
        Block("para", "Dominating Region: North America"),
        Block("para", "Fastest-Growing Region: Asia-Pacific, registering a CAGR of 14.7%"),
        Block(
            "para",
            "Regions and countries studied for shipments, revenue and share: Middle East and Africa (South Africa, "
            "Egypt), North America (United States, Canada)",
        ),
    ]
    assert inline_regions(regions) == [
        RegionMention("Middle East and Africa", ("South Africa", "Egypt")),
        RegionMention("North America", ("United States", "Canada")),
    ]


def test_a_region_label_over_a_paragraph_reads_the_regions_run_in_it():
    line = Block(
        "para",
        "Regional Analysis: The report evaluates North America (U.S., Canada), Europe (Germany, U.K.), "
        "Latin America (Brazil, Chile) and Middle East & Africa (GCC Countries, South Africa). North America leads.",
    )
    assert inline_regions([line]) == [
        RegionMention("North America", ("U.S.", "Canada")),
        RegionMention("Europe", ("Germany", "U.K.")),
        RegionMention("Latin America", ("Brazil", "Chile")),
        RegionMention("Middle East & Africa", ("GCC Countries", "South Africa")),
    ]


def test_a_bold_line_after_a_players_list_heads_another_list():
    body = [
        Block("item", "Mars, Incorporated", 1),
        Block("item", "Petlab Co.", 1),
        Block("label", "Report Highlights:"),
        Block("item", "Forecast Period: 2025-2033", 1),
        Block("item", "Base Year: 2024", 1),
    ]
    assert [p.name for p in player_items(Block("label", "Key Players:"), body)] == ["Mars, Incorporated", "Petlab Co."]


def test_a_players_label_over_a_sentence_names_no_one_and_the_cue_after_it_names_them():
    line = (
        "Competitive landscape: The market is fragmented, with regional composters holding strong positions. "
        "Companies profiled include Hollandse Substraat B.V., Cranmere Compost Ltd. and Kinoko Baichi K.K."
    )
    assert names_after_cue(line) == ["Hollandse Substraat B.V.", "Cranmere Compost Ltd.", "Kinoko Baichi K.K."]


def test_a_numbered_list_of_players_written_on_one_line():
    from pipelines.parse.players import names_after_cue

    line = "Top Key Players: 1. The Kraft Heinz Company 2. Nestlé S.A. 3. Thrive Life, LLC 4. Moon Cheese"
    assert names_after_cue(line) == ["The Kraft Heinz Company", "Nestlé S.A.", "Thrive Life, LLC", "Moon Cheese"]
    line = "The study profiles eight suppliers: (1) Luminar Technologies, (2) Hesai Group, (3) Valeo and (4) Ouster."
    assert names_after_cue(line) == ["Luminar Technologies", "Hesai Group", "Valeo", "Ouster"]


def test_names_after_a_cue_parted_by_middle_dots_with_no_comma():
    from pipelines.parse.players import names_after_cue

    line = "Key Companies Profiled: Fanatec (Corsair Gaming) · Logitech International S.A. · Simucube · Playseat"
    assert names_after_cue(line) == ["Fanatec (Corsair Gaming)", "Logitech International S.A.", "Simucube", "Playseat"]


def test_a_company_named_contact_is_a_list_item_while_a_contact_line_ends_the_list():
    body = [
        Block("item", "Ormat Technologies Inc.", 1),
        Block("item", "Contact Energy Ltd.", 1),
        Block("item", "Fuji Electric Co., Ltd.", 1),
        Block("item", "Contact us: sales@example.com", 1),
    ]
    names = [p.name for p in player_items(Block("heading", "Major Companies", 3), body)]
    assert names == ["Ormat Technologies Inc.", "Contact Energy Ltd.", "Fuji Electric Co., Ltd."]


def test_a_sentence_introducing_the_regions_is_none_and_latam_is_a_region():
    body = [
        Block("para", "The report breaks the market down as follows:"),
        Block("label", "Europe"),
        Block("para", "Germany · France"),
        Block("label", "LATAM"),
        Block("para", "Brazil · Colombia"),
    ]
    assert [(r.region, list(r.countries)) for r in region_items(Block("heading", "Regions", 2), body)] == [
        ("Europe", ["Germany", "France"]),
        ("LATAM", ["Brazil", "Colombia"]),
    ]


def test_a_plain_text_region_part_ends_at_the_next_title_in_capitals_and_gives_no_regions_for_shares():
    from pipelines.parse import parse_release

    page = (
        "The global luxury watch market was worth EUR 41.8 billion in 2024, a CAGR of 6.2% over 2025-2031.\n\n"
        "Regional coverage of the report:\n  Europe | Asia Pacific | North America | Middle East\n\n"
        "Share of 2024 revenue (%): Europe 36.4 | Asia Pacific 33.0 | North America 22.7 | Middle East 6.1\n\n"
        "SEGMENTS ANALYSED\n- By Type: Mechanical, Automatic, Quartz\n- By End User: Men, Women, Unisex\n\n"
        "BRANDS AND GROUPS PROFILED\nRolex SA; The Swatch Group Ltd; Patek Philippe SA; Chopard\n"
    )
    release = parse_release(page.encode())
    assert [(r.region, r.countries) for r in release.regions] == [
        ("Europe", ()),
        ("Asia Pacific", ()),
        ("North America", ()),
        ("Middle East", ()),
    ]
    assert [p.name for p in release.players] == ["Rolex SA", "The Swatch Group Ltd", "Patek Philippe SA", "Chopard"]


def test_a_sentence_goes_on_after_the_last_name_at_a_lower_case_word_that_is_no_part_of_a_name():
    from pipelines.parse.players import names_after_cue

    sentence = "Insurtech MGAs such as Coalition, Inc. and At-Bay use continuous monitoring to price risk."
    assert names_after_cue(sentence) == ["Coalition, Inc.", "At-Bay"]
    sentence = "Key players include GSK, Bank of America and Haleon plc in the lead."
    assert names_after_cue(sentence) == ["GSK", "Bank of America", "Haleon plc"]
    sentence = "Big names include Novonesis, dsm-firmenich, Lallemand and Biochem S.r.l., the report says."
    assert names_after_cue(sentence) == ["Novonesis", "dsm-firmenich", "Lallemand", "Biochem S.r.l."]
    sentence = "Suppliers are expanding in regions like Asia-Pacific and Latin America, where demand grows."
    assert names_after_cue(sentence) == []


def test_a_snapshot_row_listing_more_players_beats_a_landscape_naming_two_in_passing():
    from pipelines.parse import parse_release

    page = (
        "<html><body><h1>Cyber Insurance Market</h1><p>The market will grow at a CAGR of 20.1% over 2025-2033.</p>"
        "<table><tr><td>Key Companies</td><td>Chubb Limited, AXA XL, Beazley plc, Coalition, Inc., At-Bay</td></tr>"
        "</table><h2>Competitive Landscape</h2><p>The market is moderately concentrated. Insurtech MGAs such as "
        "Coalition, Inc. and At-Bay use continuous external monitoring to price risk.</p></body></html>"
    )
    names = [p.name for p in parse_release(page.encode()).players]
    assert names == ["Chubb Limited", "AXA XL", "Beazley plc", "Coalition, Inc.", "At-Bay"]


def test_names_before_what_they_are_are_players_while_places_are_not():
    from pipelines.parse.players import names_after_cue

    sentence = "Deere & Company, Trimble Inc. and AGCO Corporation are among the vendors profiled."
    assert names_after_cue(sentence) == ["Deere & Company", "Trimble Inc.", "AGCO Corporation"]
    sentence = "The study names KION Group AG, Hangcha Group Co., Ltd. and Jungheinrich AG as the leading makers."
    assert names_after_cue(sentence) == ["KION Group AG", "Hangcha Group Co., Ltd.", "Jungheinrich AG"]
    assert names_after_cue("China, India and Brazil are the largest producers.") == []
    assert names_after_cue("North America, Europe and Japan remain the leading producers.") == []


def test_a_headlines_key_player_noun_cues_names_without_a_colon():
    from pipelines.parse.players import names_after_cue

    title = "Conversational Systems Market Growing at a CAGR 30.8% | Key Player Google, Microsoft, AWS, IBM, Oracle"
    assert names_after_cue(title) == ["Google", "Microsoft", "AWS", "IBM", "Oracle"]
    assert names_after_cue("The key players focus on mergers, acquisitions, and partnerships.") == []


def test_a_headlines_list_of_topics_names_no_players_and_a_firms_short_form_no_segment():
    from pipelines.parse.metadata import prose_segments
    from pipelines.parse.players import names_after_cue

    title = "Text to Speech Market Share 2021: Global Trends, Key Players, Industry Analysis Report to 2027"
    assert names_after_cue(title) == []
    assert prose_segments("a study presented by Future Market Insights (FMI), the market")[0] == []
    assert [s.label for s in prose_segments("splits the market by container size (20 Feet, 40 Feet)")[0]] == [
        "20 Feet",
        "40 Feet",
    ]


def test_any_by_dimension_line_lists_its_items_but_regions_are_no_segments():
    lines = [
        Block("para", "By Film Thickness: Below 15 Micron | 15-25 Micron | Above 25 Micron"),
        Block("para", "By Region: North America, Europe, Asia Pacific"),
    ]
    assert _labelled_lists(lines) == [
        [
            Segment("film thickness", "Below 15 Micron"),
            Segment("film thickness", "15-25 Micron"),
            Segment("film thickness", "Above 25 Micron"),
        ]
    ]


def test_abbreviations_inside_a_company_name_end_no_sentence():
    body = [Block("para", "BASF SE, Kingfa Sci. & Tech. Co., Ltd., BioBag International AS, RKW SE")]
    names = [p.name for p in player_items(Block("label", "Key Companies"), body)]
    assert names == ["BASF SE", "Kingfa Sci. & Tech. Co., Ltd.", "BioBag International AS", "RKW SE"]


@pytest.mark.parametrize(
    "lead, line, expected",
    [
        ("Their estimate:", "2024: $2.38 billion", (2.38, "billion", 2024, None)),  # a bullet keyed by its year
        ("Market value (USD billion)", "2030F – 3.1", (3.1, "billion", 2030, None)),  # the unit stated in the lead
        (
            "Asia-Pacific market size:",
            "2025 (base year): USD 412 million",
            (412.0, "million", 2025, "region:Asia-Pacific"),
        ),
        ("Milestones:", "2024: $2.38 billion", None),  # no lead about sizes: a year's event, not a size
        ("Market outlook:", "2023: Acme raised $40 million", None),  # the amount is no year's value
    ],
)
def test_year_keyed_lines_under_a_lead_about_sizes_read_as_sizes(lead, line, expected):
    read = figure_tables([Block("para", lead), Block("item", line, 1)])
    sizes = [(s.value, s.unit, s.year, s.scope) for s in figures.sizes_in(read[1].text)]
    assert sizes == ([expected] if expected else [])


def test_tables_of_sizes_by_year_read_as_sizes():
    blocks = [
        Block("heading", "Market Size by Region, 2024-2032 (USD Billion)", 3),
        Block("row", "Region | 2024 | 2032 | CAGR (2025-2032)"),
        Block("row", "Europe | 0.46 | 0.83 | 7.5%"),
        Block("row", "Total | 1.24 | 2.41 | 9.1%"),
        Block("heading", "Market Size by Year", 3),
        Block("row", "Year | Market Size (USD Million) | Status"),
        Block("row", "2020 | 82.1 | Actual"),
        Block("row", "2026 | XX.X | Forecast"),
    ]
    assert [b.text for b in figure_tables(blocks)][2:] == [
        "Europe | Europe market size in 2024: USD 0.46 Billion | Europe market size in 2032: USD 0.83 Billion"
        " | CAGR (2025-2032): 7.5%",
        "Total | The market size in 2024: USD 1.24 Billion | The market size in 2032: USD 2.41 Billion"
        " | CAGR (2025-2032): 9.1%",
        "Market Size by Year",
        "Year | Market Size (USD Million) | Status",
        "Market size in 2020: USD 82.1 Million",
        "2026 | XX.X | Forecast",
    ]
    sizes = [s for b in figure_tables(blocks) for s in figures.sizes_in(b.text)]
    assert [(s.value, s.unit, s.year, s.scope) for s in sizes][:3] == [
        (0.46, "billion", 2024, "region:Europe"),
        (0.83, "billion", 2032, "region:Europe"),
        (1.24, "billion", 2024, None),
    ]


@pytest.mark.parametrize(
    "run, expected",
    [
        ("Healthcare, Food and Beverage, and Logistics", ["Healthcare", "Food and Beverage", "Logistics"]),
        ("Healthcare, Food and Beverage", ["Healthcare", "Food", "Beverage"]),
    ],
    ids=[
        "a comma before the closing 'and' keeps every 'and' before it inside a name",
        "without it the last 'and' closes the list",
    ],
)
def test_a_serial_comma_keeps_the_and_inside_the_items_before_it(run, expected):
    assert list_items(run) == expected


def test_list_tails_and_placeholder_players_name_nothing():
    from pipelines.parse.lists import inline_list, list_items

    assert list_items("Graphene Film, Hybrid Graphene-Carbon Film etc.") == [
        "Graphene Film",
        "Hybrid Graphene-Carbon Film",
    ]
    assert list_items("Gas Pipelines, Water Pipelines and more") == ["Gas Pipelines", "Water Pipelines"]
    assert inline_list("By Type: Graphene Film,Hybrid Film etc.") == ["Graphene Film", "Hybrid Film"]  # after a label
    # A thousands comma parts no items; a comma after a unit's digit ("m2,150") does.
    assert list_items("Small (<500 kg/day), Mid-size (500–1,000 kg/day), Large (>1,000 kg/day)") == [
        "Small (<500 kg/day)",
        "Mid-size (500–1,000 kg/day)",
        "Large (>1,000 kg/day)",
    ]
    assert list_items("Below 150 W/m2,150-220 W/m2") == ["Below 150 W/m2", "150-220 W/m2"]
    assert [
        names_a_company(n) for n in ("Other Prominent Players", "Emerging Start-ups", "Leading Regional Vendors")
    ] == [
        False,
        False,
        False,
    ]
    assert names_a_company("Allflex Livestock Intelligence") and names_a_company("Key Tronic Corporation")
    assert not names_a_company("other regional processors")  # a run's tail in lower case
    assert names_a_company("Other World Computing, Inc.")  # a name that opens on the word
    assert classify_header(Block("heading", "About Corvello Market Insights", 2)) is None


def test_countries_on_a_regions_own_line_fill_a_bare_list_of_regions():
    """ "By Region: Europe, Asia Pacific" over nested "Europe: Germany, UK" lines: each line is its region's."""
    blocks = [
        Block("item", "By Region: Europe, Asia Pacific", 1),
        Block("item", "Europe: Germany, UK, Rest of Europe", 2),
        Block("item", "Asia Pacific: China, Japan", 2),
        Block("item", "Lithuania: Vilnius, Kaunas", 2),  # a country's own line is no region's
    ]
    found = [RegionMention("Europe"), RegionMention("Asia Pacific")]
    assert with_countries_under_their_headings(found, blocks) == [
        RegionMention("Europe", ("Germany", "UK", "Rest of Europe")),
        RegionMention("Asia Pacific", ("China", "Japan")),
    ]


def test_region_headings_over_paragraphs_each_give_their_countries():
    """A regional analysis written as prose under each region's heading (or CAPS label in text files):
    every region counts, with the countries its own paragraphs name; "Key countries:" is no region."""
    body = [
        Block("heading", "Asia Pacific", 3),
        Block("para", "The region held 44% of revenue. China leads, while Japan and India follow."),
        Block("label", "EUROPE"),
        Block("para", "Key countries: Germany, Poland."),
        Block("para", "Spain and Ireland are smaller markets."),
        Block("heading", "Middle East & Africa", 3),
        Block("para", "Saudi Arabia and the UAE lead."),
    ]
    assert [(r.region, r.countries) for r in region_items(Block("heading", "Regional Analysis", 2), body)] == [
        ("Asia Pacific", ("China", "Japan", "India")),
        ("EUROPE", ("Germany", "Poland", "Spain", "Ireland")),
        ("Middle East & Africa", ("Saudi Arabia", "UAE")),
    ]


def test_a_heading_over_countries_after_regions_headings_is_a_group_of_countries_but_not_two_regions_joined():
    body = [
        Block("heading", "Western Europe", 3),
        Block("para", "Germany leads, followed by the Netherlands and Belgium. France is growing."),
        Block("heading", "Nordics", 3),
        Block("para", "Denmark pioneered the category; Sweden, Norway and Finland are catching up."),
        Block("heading", "North America and Japan", 3),
        Block("para", "The U.S. and Japan rely on pharmacy sales."),
    ]
    assert [(r.region, r.countries) for r in region_items(Block("heading", "Regional Outlook", 2), body)] == [
        ("Western Europe", ("Germany", "Netherlands", "Belgium", "France")),
        ("Nordics", ("Denmark", "Sweden", "Norway", "Finland")),
    ]


def test_a_total_row_of_a_table_of_sizes_by_region_is_no_region():
    rows = [
        Block("row", "Region | 2024 | 2032"),
        Block("row", "North America | 0.29 | 0.52"),
        Block("row", "Total | 1.10 | 2.05"),
    ]
    assert table_lists(rows).regions == [RegionMention("North America")]


def test_a_by_region_line_with_countries_beats_a_table_of_sizes_by_region():
    """A table of sizes by region lists the regions bare; the "By Region:" line names their countries."""
    from pipelines.parse import parse_release

    page = (
        "<h1>Kelp Biostimulant Market to Reach USD 1.9 Billion by 2032</h1>"
        "<p>The market is set to grow at a CAGR of 8.1% from 2025 to 2032.</p>"
        "<h3>Market Size by Region (USD Billion)</h3><table>"
        "<tr><th>Region</th><th>2024</th><th>2032</th></tr>"
        "<tr><td>Europe</td><td>0.41</td><td>0.77</td></tr><tr><td>Asia Pacific</td><td>0.30</td><td>0.61</td></tr>"
        "<tr><td>Total</td><td>0.71</td><td>1.38</td></tr></table>"
        "<p><b>By Region:</b> Europe (Spain, Italy), Asia Pacific (India, China)</p>"
    )
    regions = parse_release(page).regions
    assert [(r.region, r.countries) for r in regions] == [
        ("Europe", ("Spain", "Italy")),
        ("Asia Pacific", ("India", "China")),
    ]


def test_a_question_line_ends_a_list_of_items():
    """ "Why this report?" heads the report's selling points, not more items of the list above it."""
    header, header_block, body = next(
        sections(
            [
                Block("para", "Glass Coatings Market By Application"),
                Block("item", "Commercial Buildings", 1),
                Block("item", "Residential Buildings", 1),
                Block("para", "Why this report?"),
                Block("item", "Pricing analysis by coating chemistry", 1),
            ]
        )
    )
    assert [s.label for s in segment_items(header_block, body, header.dimension)] == [
        "Commercial Buildings",
        "Residential Buildings",
    ]


def test_under_a_segmentation_heading_any_short_label_names_a_dimension():
    # "Length" and "Battery chemistry" are no dimension words, but the heading says these lines are segments;
    # a region's countries, the players and the report's formats are still no segment lists.
    blocks = [
        Block("heading", "How the study segments the market", 3),
        Block("item", "Battery chemistry: Lithium-ion (LFP, NMC), Lead-acid, Others", 1),
        Block("para", "Length: Less than 9 m, 9-14 m, Above 14 m"),
        Block("para", "North America: United States, Canada"),
        Block("para", "Key players: Alder Corp, Brimley AG"),
        Block("para", "Format: PDF, Excel"),
        Block("para", "The report was written over six months by a team of analysts."),
        Block("para", "Contact: Maya Okonjo, Senior Press Manager"),
        Block("heading", "Delivery", 3),
        Block("para", "Shelf life: Ambient, Chilled"),
    ]
    assert _labelled_lists(blocks) == [
        [
            Segment("battery chemistry", "Lithium-ion"),
            Segment("battery chemistry", "LFP", "Lithium-ion"),
            Segment("battery chemistry", "NMC", "Lithium-ion"),
            Segment("battery chemistry", "Lead-acid"),
            Segment("battery chemistry", "Others"),
        ],
        [Segment("length", "Less than 9 m"), Segment("length", "9-14 m"), Segment("length", "Above 14 m")],
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The study covers alkaline electrolysis, proton exchange membrane (PEM) electrolysis and solid oxide "
            "electrolysis. Alkaline systems dominate.",
            ["alkaline electrolysis", "proton exchange membrane (PEM) electrolysis", "solid oxide electrolysis"],
        ),
        (
            "Plants are classified as small-scale, medium-scale and large-scale, with thresholds at 100 and 1,000 t.",
            ["small-scale", "medium-scale", "large-scale"],
        ),
        ("Projects are grouped into Below 1 MW, 1-10 MW and Above 10 MW.", ["Below 1 MW", "1-10 MW", "Above 10 MW"]),
        (
            "Demand comes from Ammonia Production, Refining and Mobility.",
            ["Ammonia Production", "Refining", "Mobility"],
        ),
        ("Plants are classified as small, medium and large, at 14% and 2024 shares.", []),
        ("Hardware includes sensors, gateways and controllers.", []),
        ("Hardware held the largest share, driven by components such as sensors and gateways.", []),
    ],
    ids=[
        "the study's enumeration",
        "a passive one, its trailing clause cut",
        "classes named with numbers",
        "where demand comes from",
        "a share or a year is a figure, not an item",
        "a segment's parts",
        "an example",
    ],
)
def test_a_dimensions_items_enumerated_in_a_paragraph(paragraph, expected):
    assert enumerated_in_prose(paragraph) == expected
    header, body = Block("heading", "By Technology", 3), [Block("para", paragraph)]
    assert [s.label for s in segment_items(header, body, "technology")] == expected


def test_bare_dimension_headings_over_sentences_under_a_segment_analysis_heading():
    blocks = [
        Block("heading", "Segment Analysis", 2),
        Block("heading", "Plant Capacity", 3),
        Block("para", "Plants are classified as small-scale and large-scale, with thresholds at 100 t a day."),
        Block("heading", "Competitive Landscape", 3),
        Block("para", "Companies profiled include Yara, BASF and CF Industries."),
    ]
    assert segmentation_lists(blocks) == [
        [Segment("plant capacity", "small-scale"), Segment("plant capacity", "large-scale")]
    ]


def test_year_columns_stating_their_unit_and_a_total_row_that_is_no_segment():
    # "2024 (USD Billion)" is a year's column as much as "2024"; the "Total" row names no region, no segment.
    blocks = [
        Block("row", "Region | 2024 (USD Billion) | 2031F (USD Billion) | CAGR 2025-2031"),
        Block("row", "Europe | 3.67 | 4.91 | 4.2%"),
        Block("row", "Total | 15.82 | 23.47 | 5.8%"),
        Block("para", "Source: Ormsby Lisle Research estimates, 2025"),
    ]
    read = figure_tables(blocks)
    sizes = [(s.value, s.year, s.scope) for b in read for s in figures.sizes_in(b.text)]
    assert sizes == [
        (3.67, 2024, "region:Europe"),
        (4.91, 2031, "region:Europe"),
        (15.82, 2024, None),
        (23.47, 2031, None),
    ]
    found = table_lists(read)
    assert (found.segments, [r.region for r in found.regions]) == ([], ["Europe"])
    assert _labelled_lists(read) == []  # a citation's year is no segment


def test_items_after_a_list_items_dimension_header_in_a_flat_list():
    # "1. By Type" then "- Stick Electrodes": exports put the header and its items side by side.
    blocks = [
        Block("item", "By Type", 1),
        Block("item", "Stick Electrodes", 1),
        Block("item", "Solid Wires", 1),
        Block("item", "By Welding Technique", 1),
        Block("item", "Arc Welding", 1),
        Block("item", "Laser Beam Welding", 1),
    ]
    assert [(h.dimension, [b.text for b in body]) for h, _, body in sections(blocks)] == [
        ("type", ["Stick Electrodes", "Solid Wires"]),
        ("welding technique", ["Arc Welding", "Laser Beam Welding"]),
    ]


def test_a_toggles_players_item_heads_the_names_nested_under_it_only():
    toggled = [
        Block("item", "Companies profiled", 1),
        Block("item", "Garmin Ltd.", 2),
        Block("item", "Fi (Barking Labs, Inc.)", 2),
        Block("item", "Whistle (Mars, Incorporated)", 2),
    ]
    assert [(h.kind, [b.text for b in body]) for h, _, body in sections(toggled)] == [
        ("players", ["Garmin Ltd.", "Fi (Barking Labs, Inc.)", "Whistle (Mars, Incorporated)"])
    ]
    # An end-user item that names companies is one more item of its list, not a players header.
    flat = [
        Block("item", "By End User", 1),
        Block("item", "Hospitals", 1),
        Block("item", "Biotechnology Companies", 1),
        Block("item", "Research Institutes", 1),
    ]
    assert [(h.kind, [b.text for b in body]) for h, _, body in sections(flat)] == [
        ("segment", ["Hospitals", "Biotechnology Companies", "Research Institutes"])
    ]


def test_items_that_each_open_a_paragraph_of_their_own():
    # "● Silicone Sealants:" (copied as "l Silicone Sealants:") over a paragraph, then the next item.
    from pipelines.parse.blocks import build_document

    page = (
        "#### By Resin Type\n\nl **Silicone Sealants:**\\\nSilicone sealants are flexible in cold weather.\n\n"
        "l **Polyurethane Sealants:**\\\nThey bond well under heavy loads.\n\n### Regional Insights\n\n"
        "l **Asia-Pacific:**\\\nThe region grows fastest, led by construction in China and India.\n\n"
        "l **Latin America and Middle East & Africa:**\\\nThese regions adopt modern techniques.\n"
    )
    blocks = build_document(page).blocks
    found = {h.kind: (b, body) for h, b, body in sections(blocks)}
    header, body = found["segment"]
    assert [s.label for s in segment_items(header, body, "resin type")] == [
        "Silicone Sealants",
        "Polyurethane Sealants",
    ]
    header, body = found["region"]
    assert region_items(header, body) == [
        RegionMention("Asia-Pacific", ("China", "India")),
        RegionMention("Latin America"),
        RegionMention("Middle East & Africa"),
    ]


def test_a_line_of_items_parted_by_bars_under_a_dimensions_heading():
    body = [Block("para", "Cart-based | Compact (Laptop-style) | Handheld")]
    labels = [s.label for s in segment_items(Block("heading", "By Type", 3), body, "type")]
    assert labels == ["Cart-based", "Compact (Laptop-style)", "Handheld"]


def test_a_run_of_names_under_a_players_heading_may_hold_one_lower_case_name():
    body = [
        Block(
            "para",
            "3M Company, tesa SE, Nitto Denko Corporation, Avery Dennison Corporation, Lintec Corporation, "
            "Scapa Group (Mativ), Intertape Polymer Group Inc., Shurtape Technologies, LLC and Berry Global Inc.",
        )
    ]
    names = [p.name for p in player_items(Block("heading", "Key Players", 2), body)]
    assert names[:3] == ["3M Company", "tesa SE", "Nitto Denko Corporation"] and len(names) == 9
    prose = [Block("para", "Demand grows, prices fall, margins shrink, and buyers wait for the next cycle.")]
    assert player_items(Block("heading", "Key Players", 2), prose) == []


def test_a_findings_heading_opens_no_dimension():
    assert classify_header(Block("heading", "Key Market Insights", 2)) is None
    assert classify_header(Block("heading", "Material Insights", 2)) == Header("segment", "material")


def test_regions_listed_with_their_shares_are_named_without_them():
    """ "Regional split (2024): Europe 38%, North America 29%": the share is no part of the region's name."""
    line = Block("item", "Regional split (2024): Europe 38%, North America 29%, Asia Pacific 24%, Rest of World 9%.")
    assert [r.region for r in inline_regions([line])] == ["Europe", "North America", "Asia Pacific", "Rest of World"]


def test_a_countrys_article_is_no_part_of_its_name_in_a_regions_list():
    assert region_with_countries("Europe (Germany, the U.K., the Netherlands, The Hague Group)") == (
        "Europe",
        ["Germany", "U.K.", "Netherlands", "The Hague Group"],
    )


def test_a_region_named_with_and_after_a_bracket_and_the_stays_one():
    sentence = "North America (United States, Canada), Asia-Pacific (Japan) and the Middle East and Africa"
    assert list_items(sentence) == [
        "North America (United States, Canada)",
        "Asia-Pacific (Japan)",
        "Middle East and Africa",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North America -- U.S., Canada", ("North America", ["U.S.", "Canada"])),
        ("LAMEA -- Brazil", ("LAMEA", ["Brazil"])),
        ("Europe – Germany, France", ("Europe", ["Germany", "France"])),
        ("Coast City: Westby, Holm (roasting and café demand)", ("Coast City", ["Westby", "Holm"])),
        (
            "Asia-Pacific: Asia-Pacific, led by China, Japan, and India, is expected to grow fastest on rapid "
            "industrialization, urbanization and rising vehicle output.",
            ("Asia-Pacific", ["China", "Japan", "India"]),
        ),
    ],
    ids=[
        "a double hyphen parts a region from its countries",
        "and from its one country",
        "as an en dash does",
        "a remark in lower-case brackets after the list is no country",
        "a description after the colon gives the countries it names, not its clauses",
    ],
)
def test_a_region_and_its_countries_parted_by_a_dash(text, expected):
    assert region_with_countries(text) == expected


def test_rows_pairing_regions_with_their_countries_under_a_regions_label_are_regions():
    """An e-mail's "Regions covered" over a table without a header row: "North America | U.S., Canada"; a row of a
    region's share ("Europe | 31%") names no countries and is no such row."""
    body = [
        Block("row", "North America | U.S., Canada"),
        Block("row", "Europe | Netherlands, Germany, Denmark"),
        Block("row", "Latin America | Chile, Brazil"),
        Block("para", "Hardware still made up 58% of 2024 revenue, but the report argues software will overtake it."),
    ]
    assert [(r.region, r.countries) for r in region_items(Block("para", "Regions covered"), body)] == [
        ("North America", ("U.S.", "Canada")),
        ("Europe", ("Netherlands", "Germany", "Denmark")),
        ("Latin America", ("Chile", "Brazil")),
    ]
    assert region_with_countries("Europe | 31%") is None


def test_a_region_row_amid_a_key_value_table_heads_no_table_of_regions():
    rows = [
        Block("row", "Report Coverage | Details"),
        Block("row", "Regional analysis | APAC, North America, Europe"),
        Block("row", "Performing market contribution | APAC at 44%"),
        Block("row", "Key companies profiled | ABB Ltd., Belden Inc."),
    ]
    assert table_lists(rows).regions == []
    regions_table = [Block("row", "Region | Countries"), Block("row", "Europe | Germany, France")]
    assert table_lists(regions_table).regions == [RegionMention("Europe", ("Germany", "France"))]


def test_a_cued_run_naming_more_players_beats_the_shorter_list_after_it():
    body = [
        Block(
            "para",
            "The report includes key vendors in the market such as ABB Ltd., Belden Inc., Moxa Inc., and Siemens AG.",
        ),
        Block("label", "Key vendor offerings"),
        Block("item", "ABB Ltd. - The company offers switches.", 1),
        Block("item", "Siemens AG - The company offers routers.", 1),
    ]
    names = [p.name for p in player_items(Block("heading", "Vendor Landscape", 2), body)]
    assert names == ["ABB Ltd.", "Belden Inc.", "Moxa Inc.", "Siemens AG"]


def test_a_table_without_a_header_row_whose_rows_open_with_dimensions():
    """A scope table drawn with rowspans: "Component | Filters", "Application | Fruits and Nuts" (one item per
    row, "and" or not), "Geography | Europe | Spain, Italy" (a region beside its countries)."""
    rows = [
        Block("row", "Component | Emitters/Drippers"),
        Block("row", "Component | Filters"),
        Block("row", "Application | Field Crops"),
        Block("row", "Application | Fruits and Nuts"),
        Block("row", "Geography | Europe | Spain, Italy, Rest of Europe"),
    ]
    found = table_lists(rows)
    assert [s for listed in found.segments for s in listed] == [
        Segment("component", "Emitters/Drippers"),
        Segment("component", "Filters"),
        Segment("application", "Field Crops"),
        Segment("application", "Fruits and Nuts"),
    ]
    assert found.regions == [RegionMention("Europe", ("Spain", "Italy", "Rest of Europe"))]
    snapshot = [Block("row", "Study Period | 2019 - 2030"), Block("row", "Market Size (2025) | USD 7.46 Billion")]
    assert table_lists(snapshot).segments == []


@pytest.mark.parametrize("header_row", [[], ["Company | Headquarters"]])
def test_a_cue_over_rows_of_names_and_countries_lists_the_names(header_row):
    rows = [*header_row, "Corrigan Ceilings Corporation | United States", "Rautavaara Acoustics Oy | Finland"]
    body = [Block("para", "Specialists compete on design. Major participants assessed:")]
    body += [Block("row", row) for row in rows]
    assert [p.name for p in player_items(Block("heading", "Competitive Landscape", 2), body)] == [
        "Corrigan Ceilings Corporation",
        "Rautavaara Acoustics Oy",
    ]


def test_a_header_less_scope_table_whose_items_name_their_ratings_still_lists_them():
    rows = [
        Block("row", "By Charger Type | AC Slow Chargers (7 kW) · DC Fast Chargers (50–100 kW)"),
        Block("row", "By Connector Type | NACS · CHAdeMO"),
    ]
    found = [(s.dimension, s.label) for listed in table_lists(rows).segments for s in listed]
    assert found == [
        ("charger type", "AC Slow Chargers (7 kW)"),
        ("charger type", "DC Fast Chargers (50–100 kW)"),
        ("connector type", "NACS"),
        ("connector type", "CHAdeMO"),
    ]
    shares = [Block("row", "By Region | Europe 41%"), Block("row", "By Type | Dry 2024")]
    assert table_lists(shares).segments == []


def test_a_scope_rows_dimension_lists_items_parted_by_semicolons():
    rows = [
        Block("row", "Segmentation | By Material: Expanded Polystyrene (EPS); Polyurethane Foam; Others"),
        Block("row", "Unit | Value (USD Billion) and Volume (Million Square Feet)"),
    ]
    assert _labelled_lists(rows) == [
        [
            Segment("material", "Expanded Polystyrene (EPS)"),
            Segment("material", "Polyurethane Foam"),
            Segment("material", "Others"),
        ]
    ]  # a unit of measure names no dimension


def test_a_heading_naming_several_dimensions_is_a_title_not_a_section():
    heading = Block("heading", "ICF Market Size, Share & Analysis, By Material, By Block Type, Forecast 2032", 1)
    assert classify_header(heading) is None
    subtitle = Block("para", "Global Industry Analysis by Reactor Type, Capacity, End Use and Region — Forecast 2025")
    assert classify_header(subtitle) is None


def test_item_headings_under_a_dimensions_heading_are_its_items_though_one_names_a_dimension_word():
    """Under "Segmentation Analysis", "<h3>By Application</h3>" heads its items' "<h4>" headings: "Dairy Products"
    is one of them, not a dimension of its own, though "products" names dimensions."""
    page = (
        "<html><body><h1>Aseptic Filling Machines Market</h1><p>The market was valued at USD 6.4 billion in 2024.</p>"
        "<h2>Segmentation Analysis</h2><h3>By Application</h3><h4>Pharmaceuticals</h4><p>Vials and syringes.</p>"
        "<h4>Dairy Products</h4><p>UHT milk and cream.</p><h4>Liquid Food</h4><p>Soups and sauces.</p>"
        "<h3>By Automation Level</h3><h4>Fully Automatic</h4><p>Most lines.</p><h4>Semi-Automatic</h4><p>Small "
        "plants.</p></body></html>"
    )
    assert [(s.dimension, s.label) for s in parse_release(page).segments] == [
        ("application", "Pharmaceuticals"),
        ("application", "Dairy Products"),
        ("application", "Liquid Food"),
        ("type", "Fully Automatic"),  # the page's first product-like dimension: its type
        ("type", "Semi-Automatic"),
    ]


def test_an_item_named_before_its_description_is_the_name():
    body = [
        Block("item", "Epoxy: These adhesives offer excellent mechanical strength and chemical resistance.", 1),
        Block("item", "Hardware: Sensors, Gateways and Controllers", 1),
        Block("item", "Others", 1),
    ]
    assert [(s.label, s.parent) for s in segment_items(Block("label", "By Resin Type:"), body, "resin type")] == [
        ("Epoxy", None),
        ("Hardware", None),  # a name over names: its sub-items
        ("Sensors", "Hardware"),
        ("Gateways", "Hardware"),
        ("Controllers", "Hardware"),
        ("Others", None),
    ]


def test_an_items_dashed_sub_items_after_an_acronym_a_digit_or_a_cue_but_not_a_dimensions_line():
    body = [
        Block("item", "High-Temperature Superconducting (HTS) Wire – 1G BSCCO; 2G REBCO", 1),
        Block("item", "Packaging – PET Bottles; 5-Gallon Bottles", 1),
        Block("item", "Shampoos — including Anti-dandruff Shampoos and Clarifying Shampoos", 1),
    ]
    assert [(s.label, s.parent) for s in segment_items(Block("label", "By Conductor:"), body, "conductor")] == [
        ("High-Temperature Superconducting (HTS) Wire", None),
        ("1G BSCCO", "High-Temperature Superconducting (HTS) Wire"),
        ("2G REBCO", "High-Temperature Superconducting (HTS) Wire"),
        ("Packaging – PET Bottles; 5-Gallon Bottles", None),
        ("Shampoos", None),
        ("Anti-dandruff Shampoos", "Shampoos"),
        ("Clarifying Shampoos", "Shampoos"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    ["Coverage includes GPS, RFID and Bluetooth. GPS grows fastest.", "Segments are GPS, RFID and Bluetooth."],
)
def test_words_saying_a_list_follows_are_no_part_of_its_first_item(paragraph):
    items = segment_items(Block("label", "By Technology"), [Block("para", paragraph)], "technology")
    assert [s.label for s in items] == ["GPS", "RFID", "Bluetooth"]


def test_an_item_named_before_a_dash_and_a_note_is_the_name_but_a_code_and_its_words_are_one():
    body = [
        Block("item", "Tomatoes — C$1.52 billion in 2024", 1),
        Block("item", "Soybean - roughly half of product use; seed and in-furrow treatment.", 1),
        Block("item", "Tier 1 – Pico Solar Lanterns", 1),
        Block("item", "Premium — ¥4,000 to ¥8,000", 1),
        Block("item", "Frozen Seafood — Whole Frozen Fish; Frozen Fillets", 1),
    ]
    assert [(s.label, s.parent) for s in segment_items(Block("label", "By Crop:"), body, "crop")] == [
        ("Tomatoes", None),
        ("Soybean", None),
        ("Tier 1 – Pico Solar Lanterns", None),
        ("Premium", None),
        ("Frozen Seafood", None),
        ("Whole Frozen Fish", "Frozen Seafood"),
        ("Frozen Fillets", "Frozen Seafood"),
    ]


def test_a_labelled_line_after_a_lists_bullets_is_no_bullet():
    header = Block("para", "Architectural Glass Coatings Market By Application")
    body = [
        Block("item", "Commercial Buildings", 1),
        Block("item", "Residential Buildings", 1),
        Block("para", "Regions analysed: North America, Europe, Asia Pacific, Latin America"),
    ]
    assert [s.label for s in segment_items(header, body, "application")] == [
        "Commercial Buildings",
        "Residential Buildings",
    ]  # while a plain line after bullets may head bullets of its own ("Companion Animal Vaccines" / "Canine ...")


def test_regions_from_a_countries_analysed_line_and_from_one_table_cell():
    line = Block(
        "para", "Countries analysed: North America (US, Canada); Europe (Germany, UK); Middle East & Africa (UAE)."
    )
    assert [(r.region, r.countries) for r in inline_regions([line])] == [
        ("North America", ("US", "Canada")),
        ("Europe", ("Germany", "UK")),
        ("Middle East & Africa", ("UAE",)),
    ]
    rows = [
        Block("row", "Segment | Sub-segments"),
        Block("row", "By Application | Consumer Electronics, Automotive"),
        Block("row", "By Region | Asia Pacific (China, Japan), North America (United States, Canada), Europe"),
    ]
    assert [(r.region, r.countries) for r in table_lists(rows).regions] == [
        ("Asia Pacific", ("China", "Japan")),
        ("North America", ("United States", "Canada")),
        ("Europe", ()),
    ]


def test_plain_text_pipe_lines_of_years_read_as_a_table_of_sizes():
    lines = [
        Block("para", "Year | Period type | Market Value (USD Billion)"),
        Block("para", "2019 | Historical | 33.6"),
        Block("para", "2033 | Forecast | 68.7"),
    ]
    assert [b.text for b in figure_tables(lines)][1:] == [
        "Market size in 2019: USD 33.6 Billion",
        "Market size in 2033: USD 68.7 Billion",
    ]


def test_a_table_whose_header_names_no_item_column_lists_its_rows():
    header = Block("label", "MARKET BY PRODUCT, 2021-2030 (KILOTONS)")
    body = [
        Block("row", "2021 | 2024 | 2030"),
        Block("row", "HFA-134a | 9.8 | 9.6 | 6.1"),
        Block("row", "HFA-152a | 0.1 | 0.3 | 3.4"),
    ]
    assert [s.label for s in segment_items(header, body, "product")] == ["HFA-134a", "HFA-152a"]


def test_a_table_of_years_by_item_lists_its_columns_as_items():
    header = Block("heading", "Market by Application, 2021-2032 (USD Million)", 2)
    body = [
        Block("row", "Year | Residential | Commercial | Total"),
        Block("row", "2021 | 2,051.8 | 889.1 | 2,940.9"),
        Block("row", "2024 | 2,388.8 | 1,112.0 | 3,500.8"),
    ]
    assert [s.label for s in segment_items(header, body, "application")] == ["Residential", "Commercial"]
    (row,) = [b.text for b in figure_tables([header, *body]) if b.text.startswith("2024")]
    assert row == (
        "2024 | the Residential segment size in 2024: USD 2,388.8 Million | the Commercial segment size in 2024: "
        "USD 1,112.0 Million | The market size in 2024: USD 3,500.8 Million"
    )


def test_bylines_and_citations_name_no_dimension():
    blocks = [
        Block("para", "By Harnwood Newsdesk · Published: 14 March 2025 · 5 min read"),
        Block("para", "Source: Brockhallow Data analysis, supplier interviews, utility tender databases."),
        Block("item", "estimated. Source: Brambleworth Insights analysis of company filings, distributor interviews"),
        Block("para", "Source: Microbials, Biochemicals, Semiochemicals"),
    ]
    assert _labelled_lists(blocks) == [
        [Segment("source", "Microbials"), Segment("source", "Biochemicals"), Segment("source", "Semiochemicals")]
    ]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("By Components", "component"),
        ("By Number of Groups", "number of groups"),
        ("End Users", "end user"),
        ("2. By End-Use Industry", "end-use industry"),  # an outline's number is no part of the name
        ("(iii) By Material Used", "material used"),
    ],
)
def test_dimension_names_are_singular_in_their_head_word(raw, name):
    assert dimension_name(raw) == name


def test_a_numbered_by_line_lists_its_dimensions_items():
    lines = [Block("heading", "3. By Material Used: Composite Self-Lubricating, Metallic Self-Lubricating", 4)]
    assert _labelled_lists(lines) == [
        [Segment("material used", "Composite Self-Lubricating"), Segment("material used", "Metallic Self-Lubricating")]
    ]


def test_players_a_footer_cue_does_not_outrun_the_sections_run_of_names():
    body = [
        Block("para", "Medtronic plc, Johnson & Johnson, AT&T Inc., Abbott Laboratories and Masimo Corporation."),
        Block("label", "About Oldcastle Reade Research"),
        Block(
            "para", "© 2025 Oldcastle Reade. Trademarks — including Libre, CareLink and eICU — belong to their owners."
        ),
    ]
    assert [p.name for p in player_items(Block("heading", "Key Players", 2), body)] == [
        "Medtronic plc",
        "Johnson & Johnson",
        "AT&T Inc.",
        "Abbott Laboratories",
        "Masimo Corporation",
    ]


def test_players_one_a_line_end_at_the_next_sections_title():
    lines = ["Americold Realty Trust", "Lineage, Inc.", "A.P. Moller - Maersk", "NewCold", "Recent Developments"]
    body = [Block("para", line) for line in lines]
    assert [p.name for p in player_items(Block("para", "Key Companies Profiled"), body)] == lines[:-1]


@pytest.mark.parametrize(
    ("run", "names"),
    [
        (
            "Kureha Corporation (Japan), Halopolymer, OJSC (Russia), Juhua Co., Ltd.",
            ["Kureha Corporation (Japan)", "Halopolymer, OJSC (Russia)", "Juhua Co., Ltd."],
        ),
        (
            "Figo Pet Insurance LLC and Embrace Pet Insurance Agency, LLC.",
            ["Figo Pet Insurance LLC", "Embrace Pet Insurance Agency, LLC."],
        ),
    ],
    ids=["a legal form the company-name library knows", "a legal form ending the sentence"],
)
def test_legal_forms_after_a_comma_stay_with_their_company(run, names):
    assert split_names(run) == names


def test_an_outlook_heading_opened_by_the_markets_name_names_its_dimension():
    blocks = [
        Block("heading", "Surgical Stapling Devices Product Outlook (Revenue, USD Million, 2019 - 2032)", 3),
        Block("heading", "Surgical Stapling Devices Market Size & Outlook 2025-2032", 2),
    ]
    read = outlook_headings(blocks, "Surgical Stapling Devices")
    assert read[0].text == "Product Outlook (Revenue, USD Million, 2019 - 2032)"
    assert classify_header(read[0]) == Header("segment", "product")
    assert read[1] == blocks[1]  # "Size & Outlook" names no dimension


def test_several_by_lines_in_one_paragraph_and_a_linked_call_to_action():
    lines = [
        Block("para", "Request a Free Sample: Buy Now, Speak to Analyst", linked=True),
        Block("para", "By Type: GPU, ASIC, FPGA; By Processing: Inference, Training; By Region: North America, Europe"),
    ]
    assert _labelled_lists(lines) == [
        [Segment("type", "GPU"), Segment("type", "ASIC"), Segment("type", "FPGA")],
        [Segment("processing", "Inference"), Segment("processing", "Training")],
    ]


def test_players_the_competitive_landscape_features_before_a_sentence_about_vendors():
    from pipelines.parse.players import names_after_cue

    text = (
        "The competitive landscape features Abbott Laboratories, Dexcom, Inc., Medtronic plc and Sinocare Inc., "
        "among others. Vendors are competing on sensor wear time, calibration-free accuracy and pump integration."
    )
    assert names_after_cue(text) == ["Abbott Laboratories", "Dexcom, Inc.", "Medtronic plc", "Sinocare Inc."]


def test_the_longest_cued_run_of_names_is_the_players_when_no_section_lists_them():
    from pipelines.parse import parse_release

    post = (
        "# Vector databases, by the numbers\n\n"
        "The global vector database market will reach USD 8.71 billion by 2030, a CAGR of 24.3%.\n\n"
        "The incumbents noticed: Postgres got pgvector, MongoDB and Elastic shipped search, vendors raised money.\n\n"
        "The companies the report profiles: Pinecone Systems, Inc., Zilliz, Weaviate B.V., Qdrant Solutions GmbH "
        "and Chroma.\n"
    )
    names = [p.name for p in parse_release(post).players]
    assert names == ["Pinecone Systems, Inc.", "Zilliz", "Weaviate B.V.", "Qdrant Solutions GmbH", "Chroma"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Within conductor types, Copper leads, followed by Aluminum and Copper-Clad Aluminum. Aluminum is the "
            "fastest-moving material.",
            [("conductor type", "Copper"), ("conductor type", "Aluminum"), ("conductor type", "Copper-Clad Aluminum")],
        ),
        (
            "Across applications, the Battery Pack segment leads, followed by Inverter & Motor, Onboard Charger and "
            "Thermal Management.",
            [
                ("application", "Battery Pack"),
                ("application", "Inverter & Motor"),
                ("application", "Onboard Charger"),
                ("application", "Thermal Management"),
            ],
        ),
        (
            "By vehicle type, Passenger Cars absorb most of the volume, while Light Commercial Vehicles and Heavy "
            "Commercial Vehicles are growing from a small base.",
            [
                ("vehicle type", "Passenger Cars"),
                ("vehicle type", "Light Commercial Vehicles"),
                ("vehicle type", "Heavy Commercial Vehicles"),
            ],
        ),
        (
            "By application, municipal sewer lines took the largest share, ahead of drinking water mains and storm "
            "drains.",
            [
                ("application", "municipal sewer lines"),
                ("application", "drinking water mains"),
                ("application", "storm drains"),
            ],
        ),
        (
            "By application, ski resorts dwarf everything else, followed by snow parks and event venues.",
            [("application", "ski resorts"), ("application", "snow parks"), ("application", "event venues")],
        ),
        (
            "On the application side, vaccines lead, while biologics, insulin and injectable generics are growing "
            "faster.",
            [
                ("application", "vaccines"),
                ("application", "biologics"),
                ("application", "insulin"),
                ("application", "injectable generics"),
            ],
        ),
        (
            "Type I vials remain the largest product category, ahead of Type II vials and Type III vials.",
            [("product", "Type I vials"), ("product", "Type II vials"), ("product", "Type III vials")],
        ),
        ("In terms of revenue, North America leads, followed by Europe and Asia Pacific.", []),
        ("Among players, Bosch leads, followed by Denso and Continental.", []),
        (
            "By product, integrated ELD units still lead on revenue, ahead of plug-in devices and tablet solutions.",
            [("product", "integrated ELD units"), ("product", "plug-in devices"), ("product", "tablet solutions")],
        ),
        (
            "By deployment, cloud already outsells on-premise by roughly four to one.",
            [("deployment", "cloud"), ("deployment", "on-premise")],
        ),
        (
            "By end use, long-haul trucking dominates, with local delivery and buses & coaches making up the rest.",
            [("end use", "long-haul trucking"), ("end use", "local delivery"), ("end use", "buses & coaches")],
        ),
        (
            "Segment-wise, ablative lasers dominate with 46% share, followed by non-ablative lasers and picosecond "
            "lasers.",
            [("type", "ablative lasers"), ("type", "non-ablative lasers"), ("type", "picosecond lasers")],
        ),
        (
            "And by application, hair removal still leads, ahead of skin resurfacing and tattoo removal.",
            [("application", "hair removal"), ("application", "skin resurfacing"), ("application", "tattoo removal")],
        ),
        (
            "By product, earplugs already outsell earmuffs, with band-style protectors a distant third.",
            [("product", "earplugs"), ("product", "earmuffs"), ("product", "band-style protectors")],
        ),
        (
            "By channel, retail already outsells institutional distribution, while e-commerce is closing the gap.",
            [("channel", "retail"), ("channel", "institutional distribution"), ("channel", "e-commerce")],
        ),
        (
            "By deployment, on-street parking is still larger than off-street parking, though garages adopt faster.",
            [("deployment", "on-street parking"), ("deployment", "off-street parking")],
        ),
        (
            "On the application side, Facial Make-up leads, followed by Eye Make-up, with Nail Products and Hair "
            "Color Products accounting for the balance.",
            [
                ("application", "Facial Make-up"),
                ("application", "Eye Make-up"),
                ("application", "Nail Products"),
                ("application", "Hair Color Products"),
            ],
        ),
        (
            "By end use, Retail leads, followed by Manufacturing and, some distance behind, Automotive; Healthcare, "
            "Food and Beverage, and Logistics Providers make up the rest of the demand.",
            [
                ("end use", "Retail"),
                ("end use", "Manufacturing"),
                ("end use", "Automotive"),
                ("end use", "Healthcare"),
                ("end use", "Food and Beverage"),
                ("end use", "Logistics Providers"),
            ],
        ),
        (
            "By species, Salmonids lead, followed by Trout, then Marine Fish such as Sea Bass and Sea Bream, then "
            "Tilapia, with Carp the smallest category.",
            [
                ("species", "Salmonids"),
                ("species", "Trout"),
                ("species", "Marine Fish"),
                ("species", "Sea Bass"),
                ("species", "Sea Bream"),
                ("species", "Tilapia"),
                ("species", "Carp"),
            ],
        ),
        (
            "By type, software leads, followed by services (implementation, training, support).",
            [("type", "software"), ("type", "services (implementation, training, support)")],
        ),
    ],
    ids=[
        "the leader, then those following it",
        "a leader named with the word segment",
        "the leader, then those growing while it leads",
        "the leader, then those it is ahead of",
        "a leader that dwarfs the rest",
        "'on the X side', the leader, then those growing faster, a run of them",
        "the largest of a dimension, then those it is ahead of",
        "a ranking of regions names no segments",
        "nor one of companies",
        "an adverb before the leader's verb",
        "the leader outsells the other",
        "the leader, then those making up the rest",
        "'Segment-wise' ranks the page's types",
        "a ranking opening on 'And'",
        "the leader outsells the next, a third trailing",
        "the leader outsells the next, while a third gains",
        "one larger than the other",
        "the leader, the next, then those accounting for the balance",
        "an aside between two followers; after a semicolon the rest, its list with a serial comma",
        "told step by step, one step with its examples, the last 'the smallest category'",
        "an item's glosses in brackets are part of its name",
    ],
)
def test_a_ranking_in_prose_names_a_dimensions_items(text, expected):
    assert [(s.dimension, s.label) for s in ranked_segments(text)] == expected


def test_a_segmented_title_under_a_wires_masthead_gives_the_segments():
    from pipelines.parse import parse_release

    page = (
        "HAZARD ZONE DISPATCH | Process Safety News\n\n"
        "Explosion-Proof Motors Market: By Motor Type (AC Motors {Induction, Synchronous}, DC Motors); By End User "
        "(Oil & Gas, Mining) - Global Forecast 2024-2031\n\n"
        "The global explosion-proof motors market was valued at USD 6.87 billion in 2023.\n\n"
        "By Mounting: Foot-mounted, Flange-mounted\n"
    )
    assert [(s.dimension, s.label, s.parent) for s in parse_release(page).segments] == [
        ("type", "AC Motors", None),
        ("type", "Induction", "AC Motors"),
        ("type", "Synchronous", "AC Motors"),
        ("type", "DC Motors", None),
        ("application", "Oil & Gas", None),
        ("application", "Mining", None),
        ("mounting", "Foot-mounted", None),
        ("mounting", "Flange-mounted", None),
    ]


def test_a_ranking_gives_the_dimension_no_list_gives():
    from pipelines.parse import parse_release

    page = (
        "# Wine Closures Market\n\nThe wine closures market was valued at EUR 4.82 billion in 2024.\n\n"
        "Among closure types, screw caps held the largest share, followed by natural corks and glass stoppers.\n\n"
        "On the basis of application, still wine, sparkling wine and fortified wine are analysed.\n\n"
        "By application, still wine leads, followed by sparkling wine.\n"
    )
    assert [(s.dimension, s.label) for s in parse_release(page).segments] == [
        ("application", "still wine"),
        ("application", "sparkling wine"),
        ("application", "fortified wine"),
        ("type", "screw caps"),
        ("type", "natural corks"),
        ("type", "glass stoppers"),
    ]


def test_a_link_closes_a_segmentation_runs_label_lines():
    """Under "Segmentation Overview", "Get the free sample: https://..." ends the "Label: a, b" lines, so that a
    "Disclaimer: figures are quoted ...; ... not verified them." after it names no dimension."""
    blocks = [
        Block("label", "Segmentation Overview"),
        Block("para", "Coating Method: Electrostatic Spray, Fluidized Bed Dipping"),
        Block("para", "Get the free sample: https://www.example.com/request-sample/11826"),
        Block("para", "Disclaimer: figures are quoted from the press summary; the blog has not verified them."),
    ]
    assert _labelled_lists(blocks) == [
        [Segment("coating method", "Electrostatic Spray"), Segment("coating method", "Fluidized Bed Dipping")]
    ]


def test_a_numbered_segment_header_with_its_units_in_brackets_lists_the_lines_below():
    """A bulletin's "Segment 1 - By Product [value: USD Million; volume: Kilotons]" over one item a line: the units
    are no items."""
    header = Block("para", "Segment 1 - By Product [value: USD Million; volume: Kilotons]")
    body = [Block("para", "Wrapper Foils"), Block("para", "Containers"), Block("para", "Blisters")]
    assert classify_header(header).dimension == "product"
    assert [s.label for s in segment_items(header, body, "product")] == ["Wrapper Foils", "Containers", "Blisters"]


def test_a_regions_list_that_goes_on_below_its_first_country():
    """ "Middle East & Africa: Turkey," then "Saudi" / "Arabia," / "UAE" one a line, as bulletins break them."""
    body = [
        Block("para", "Middle East & Africa: Turkey,"),
        Block("para", "Saudi"),
        Block("para", "Arabia,"),
        Block("para", "UAE"),
    ]
    assert [(r.region, r.countries) for r in region_items(Block("para", "Regional Analysis"), body)] == [
        ("Middle East & Africa", ("Turkey", "Saudi", "Arabia", "UAE"))
    ]


def test_players_grouped_under_short_labels_are_all_read():
    header = Block("heading", "Key players, by home region", 2)
    body = [
        Block("label", "North America"),
        Block("item", "Vitro, S.A.B. de C.V.", 1),
        Block("item", "Corning Incorporated", 1),
        Block("label", "Asia Pacific"),
        Block("item", "AGC Inc.", 1),
        Block("label", "Recent developments"),  # a title after lists: the names end
        Block("item", "Fuyao opened a plant in Ohio.", 1),
    ]
    assert [p.name for p in player_items(header, body)] == ["Vitro, S.A.B. de C.V.", "Corning Incorporated", "AGC Inc."]


def test_a_delivery_dimension_is_never_the_type_the_first_product_like_one_is():
    from pipelines.parse import parse_release

    page = (
        "# Payroll Software Market\n\nThe payroll software market will grow at a CAGR of 9.1% from 2025 to 2032.\n\n"
        "## By Deployment Mode\n\n- Cloud\n- On-premise\n\n## By Component\n\n- Software\n- Services\n\n"
        "## By End User\n\n- Banks\n- Retailers\n"
    )
    dimensions = {s.label: s.dimension for s in parse_release(page).segments}
    assert dimensions == {
        "Cloud": "deployment mode",
        "On-premise": "deployment mode",
        "Software": "type",
        "Services": "type",
        "Banks": "application",
        "Retailers": "application",
    }


def test_a_segments_row_of_dimensions_each_with_its_items_in_brackets():
    row = Block(
        "row",
        "Segments | Resin Type (Acrylic, Polyester, Others), Application (Packaging, Publication), "
        "Region (Europe, Asia Pacific)",
    )
    assert _labelled_lists([row]) == [
        [Segment("resin type", "Acrylic"), Segment("resin type", "Polyester"), Segment("resin type", "Others")],
        [Segment("application", "Packaging"), Segment("application", "Publication")],
    ]


def test_a_grid_of_names_with_no_header_row_lists_every_name():
    grid = [
        Block("row", "Hexagon AB | FARO Technologies, Inc. | Carl Zeiss AG"),
        Block("row", "Nikon Metrology NV | Creaform (AMETEK) | Artec 3D"),
    ]
    names = [p.name for p in player_items(Block("heading", "Key Companies Profiled", 2), grid)]
    assert names == [
        "Hexagon AB",
        "FARO Technologies, Inc.",
        "Carl Zeiss AG",
        "Nikon Metrology NV",
        "Creaform (AMETEK)",
        "Artec 3D",
    ]


def test_a_cells_items_parted_by_semicolons_keep_their_slashes():
    from pipelines.parse.lists import cell_items

    assert cell_items("Professional Studios; Cosmetic/Permanent Makeup; Home/DIY") == [
        "Professional Studios",
        "Cosmetic/Permanent Makeup",
        "Home/DIY",
    ]
    assert cell_items("Single-arm/Dual-arm/Mobile") == ["Single-arm", "Dual-arm", "Mobile"]
    assert cell_items("United States / Canada") == ["United States", "Canada"]  # one slash between two countries
    assert cell_items("Food / Beverage") == ["Food / Beverage"]  # and one between two words of an item


def test_big_names_in_a_sentence_are_the_players():
    from pipelines.parse import parse_release

    page = (
        "# Why cities line old pipes\n\nThe pipe relining market was worth USD 4.6 billion in 2024.\n\n"
        "## Who's doing the work\n\nBig names in the space include Per Aarsleff, Trelleborg and Nu Flow Technologies,"
        " according to the report's competitive section.\n"
    )
    assert [p.name for p in parse_release(page).players] == ["Per Aarsleff", "Trelleborg", "Nu Flow Technologies"]


def test_the_size_of_the_buyer_is_no_product_type():
    from pipelines.parse import parse_release

    page = (
        "# Hotel Property Management Systems Market\n\n## By Deployment\n\n- Cloud\n- On-premises\n\n"
        "## By Property Size\n\n- Small hotels\n- Large hotels\n"
    )
    dimensions = [s.dimension for s in parse_release(page).segments]
    assert dimensions == ["deployment", "deployment", "property size", "property size"]


def test_the_buyers_age_group_is_no_product_type():
    from pipelines.parse import parse_release

    page = (
        "# Clear Aligners Market\n\n## By Age Group\n\n- Adults\n- Teens\n\n## By Material\n\n- Polyurethane\n- Glass\n"
    )
    dimensions = [s.dimension for s in parse_release(page).segments]
    assert dimensions == ["age group", "age group", "type", "type"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Type: Pumpers/Engines accounted for the largest share of 2024 revenue, at USD 2.91 billion. Rescue "
            "Vehicles and Water Tenders make up the remainder; Rescue Vehicles grow fastest.",
            [("type", "Pumpers/Engines"), ("type", "Rescue Vehicles"), ("type", "Water Tenders")],
        ),
        (
            "By Product: Computer-Aided Engineering (CAE) led the market with a 38.6% share. The other product "
            "categories covered are IC Physical Design & Verification, Semiconductor IP (SIP), and Services.",
            [
                ("product", "Computer-Aided Engineering (CAE)"),
                ("product", "IC Physical Design & Verification"),
                ("product", "Semiconductor IP (SIP)"),
                ("product", "Services"),
            ],
        ),
        (
            "By Deployment: On-premise deployment accounted for the larger share in 2024. Cloud-based deployment is "
            "the faster-growing option.",
            [("deployment", "On-premise"), ("deployment", "Cloud-based")],
        ),
        (
            "By End Use: Consumer Electronics was the leading end use in 2024. The report also covers Automotive, "
            "Healthcare, and Industrial end uses, with automotive growing fastest.",
            [
                ("end use", "Consumer Electronics"),
                ("end use", "Automotive"),
                ("end use", "Healthcare"),
                ("end use", "Industrial"),
            ],
        ),
        (
            "By Propulsion: Diesel remains the leading propulsion type. Electric and Hybrid vehicles are the other "
            "categories assessed.",
            [("propulsion", "Diesel"), ("propulsion", "Electric"), ("propulsion", "Hybrid")],
        ),
    ],
    ids=[
        "the leader, then those making up the remainder",
        "the leader, then 'the other categories covered are'",
        "the leader, then the one growing faster",
        "the leader, then those the report also covers, the dimension's word dropped",
        "the leader, then 'are the other categories assessed', their shared noun dropped",
    ],
)
def test_a_segmental_analysis_paragraph_names_its_leader_and_the_rest(line, expected):
    found = _labelled_lists([Block("para", line)])
    assert [(s.dimension, s.label) for group in found for s in group] == expected


def test_a_blocks_prose_lists_come_in_the_order_it_states_them():
    block = Block(
        "para",
        "The report groups products into seating, desks and storage. By material, demand is split between wood and "
        "metal.",
    )
    assert [header.dimension for header, _ in by_dimension_statements([block])] == ["product", "material"]


def test_the_competitive_field_names_the_players():
    from pipelines.parse import parse_release

    page = (
        "# School Furniture Market\n\nThe school furniture market was worth USD 6.1 billion in 2024.\n\n"
        "The competitive field includes Virco Mfg. Corporation, Steelcase Inc. and Hertz Furniture, the report says."
        "\n"
    )
    players = [p.name for p in parse_release(page).players]
    assert players == ["Virco Mfg. Corporation", "Steelcase Inc.", "Hertz Furniture"]


def test_a_players_section_in_plain_text_ends_at_the_next_title_in_capitals():
    from pipelines.parse import parse_release

    page = (
        "MARINE SCRUBBER SYSTEMS MARKET\n\nThe marine scrubber systems market was worth USD 5.2 billion in 2024.\n\n"
        "KEY PLAYERS\n\nAlfa Laval AB, Valmet Oyj, Clean Marine AS and Others.\n\nRECENT DEVELOPMENTS\n\n"
        "* Feb 2025 - A Nordic supplier booked an order for 14 hybrid units.\n"
        "* Nov 2024 - A Japanese group delivered its 200th scrubber tower.\n"
    )
    assert [p.name for p in parse_release(page).players] == ["Alfa Laval AB", "Valmet Oyj", "Clean Marine AS"]


def test_an_end_use_vertical_is_the_application():
    from pipelines.parse import parse_release

    page = (
        "# Edge AI Chips Market\n\n## By Device\n\n- Cameras\n- Drones\n\n"
        "## By End-Use Vertical\n\n- Retail\n- Healthcare\n"
    )
    assert [(s.dimension, s.label) for s in parse_release(page).segments] == [
        ("type", "Cameras"),
        ("type", "Drones"),
        ("application", "Retail"),
        ("application", "Healthcare"),
    ]


def test_a_region_named_with_and_keeps_its_countries_after_another_regions_brackets():
    from pipelines.parse.lists import list_items

    run = "South America (Brazil, Argentina) and Middle East and Africa (Nigeria, Kenya, Egypt)"
    assert list_items(run) == ["South America (Brazil, Argentina)", "Middle East and Africa (Nigeria, Kenya, Egypt)"]


def test_an_end_user_industry_written_with_a_hyphen_stands_in_for_the_application():
    from pipelines.parse import parse_release

    page = (
        "# Stretch Wrapping Machine Market\n\nThe market will grow at a CAGR of 6.1% from 2025 to 2033.\n\n"
        "By Machine Type: Automatic, Semi-automatic, Manual\n\nBy End-User Industry: Food & Beverage, Chemicals\n"
    )
    assert {(s.dimension, s.label) for s in parse_release(page).segments} == {
        ("type", "Automatic"),
        ("type", "Semi-automatic"),
        ("type", "Manual"),
        ("application", "Food & Beverage"),
        ("application", "Chemicals"),
    }


def test_a_sentence_naming_all_the_players_beats_the_first_five_a_table_of_contents_profiles():
    from pipelines.parse import parse_release

    names = ["Guru Corporation", "Usher Agro Ltd.", "Jasoriya Rice Mill", "Agrilectric Power", "Pioneer Carbon"]
    more = ["Astrra Chemicals", "KRBL Limited", "Brisil Technologies"]
    page = (
        "# Rice Husk Ash Market\n\nThe market will grow at a CAGR of 6.1% from 2025 to 2033.\n\n"
        f"Key players operating in the market includes {', '.join(names + more)} etc.\n\n"
        "## Table of Content\n\n9. Company Profiles\n" + "".join(f"   9.{i} {n}\n" for i, n in enumerate(names, 1))
    )
    assert [p.name for p in parse_release(page).players] == names + more


def test_a_cells_list_parted_by_dots_keeps_the_slashes_inside_its_items():
    row = Block("row", "By Capacity | Below 50 L/day · 50–150 L/day · Above 150 L/day")
    assert [[s.label for s in found] for found in _labelled_lists([row])] == [
        ["Below 50 L/day", "50–150 L/day", "Above 150 L/day"]
    ]


def test_regions_each_with_its_countries_in_brackets_across_the_sentences_of_a_regional_outlook():
    line = (
        "Regional Outlook: North America (U.S., Canada and Mexico) shows rising adoption among coffee drinkers. "
        "Europe (UK, Germany and Rest of Europe) is a replacement-driven market. Latin America (Brazil, Argentina) "
        "and Middle East & Africa (GCC Countries, South Africa) round out the market."
    )
    assert [(r.region, r.countries) for r in inline_regions([Block("para", line)])] == [
        ("North America", ("U.S.", "Canada", "Mexico")),
        ("Europe", ("UK", "Germany", "Rest of Europe")),
        ("Latin America", ("Brazil", "Argentina")),
        ("Middle East & Africa", ("GCC Countries", "South Africa")),
    ]


def test_dimension_subheadings_under_a_segment_analysis_heading_head_their_sections():
    blocks = [
        Block("heading", "Segment Analysis", 2),
        Block("heading", "Product Type", 3),
        Block("para", "The powered dental chairs segment accounted for USD 1.31 billion in 2024."),
        Block("item", "Powered Dental Chairs", 1),
        Block("item", "Mobile Dental Chairs", 1),
        Block("heading", "Application", 3),
        Block("para", "Examination, Surgery and Orthodontics are the applications analysed; Examination leads."),
        Block("heading", "End User", 3),
        Block("para", "Dental Clinics dominate, followed by Hospitals and Academic & Research Institutes."),
        Block("heading", "Regional Analysis", 2),
    ]
    read = [(h.dimension, [s.label for s in segment_items(b, body, h.dimension)]) for h, b, body in sections(blocks)]
    assert read[:3] == [
        ("product type", ["Powered Dental Chairs", "Mobile Dental Chairs"]),
        ("application", ["Examination", "Surgery", "Orthodontics"]),
        ("end user", ["Dental Clinics", "Hospitals", "Academic & Research Institutes"]),
    ]


def test_a_paragraph_run_in_after_a_dimensions_name_and_a_period_opens_its_section():
    blocks = [
        Block("para", "Product. Ceiling lifts, worth USD 1.02 billion in 2024, lead the market."),
        Block("item", "Ceiling Lifts", 1),
        Block("item", "Mobile Lifts", 1),
        Block("para", "Arjo. The company is based in Malmö."),
    ]
    read = run_in_dimension_labels(blocks)
    assert [(b.kind, b.text) for b in read[:2]] == [
        ("label", "By Product"),
        ("para", "Ceiling lifts, worth USD 1.02 billion in 2024, lead the market."),
    ]
    assert read[-1] == blocks[-1]  # a company's name is no dimension
    assert [(h.dimension, [b.text for b in body]) for h, _, body in sections(read)][0][0] == "product"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "# Japan Vending Machine Market\n\nThe market will grow at a CAGR of 3.1% from 2025 to 2033.\n\n"
            "| Segment | Items |\n|---|---|\n| By Type | Beverage; Food |\n"
            "| By Region | Kanto; Kansai; Rest of Japan |\n",
            [("Kanto", ()), ("Kansai", ()), ("Rest of Japan", ())],
        ),
        (
            "# Canada Modular Housing Market\n\nThe market will grow at a CAGR of 7.2% from 2025 to 2033.\n\n"
            "By Region\n\n- Ontario\n- Quebec\n- British Columbia\n",
            [("Ontario", ()), ("Quebec", ()), ("British Columbia", ())],
        ),
        (
            "# GCC District Cooling Market\n\nThe market will grow at a CAGR of 6.0% from 2025 to 2032.\n\n"
            "By Country: Saudi Arabia, UAE, Qatar, Kuwait\n",
            [("GCC", ("Saudi Arabia", "UAE", "Qatar", "Kuwait"))],
        ),
    ],
    ids=["parts of one country in a scope row", "parts of one country as a list", "an area's member countries"],
)
def test_a_market_named_after_one_country_or_area_lists_its_parts_or_members(page, expected):
    from pipelines.parse import parse_release

    assert [(r.region, r.countries) for r in parse_release(page).regions] == expected


def test_a_by_dimension_line_among_a_lists_items_opens_its_own_section():
    blocks = [
        Block("para", "By Application:"),
        Block("item", "Recreational", 1),
        Block("item", "Fishing", 1),
        Block("item", "By Material: Rotomolded Polyethylene, Thermoformed Plastic, Wood", 1),
    ]
    read = [(h.dimension, [s.label for s in segment_items(b, body, h.dimension)]) for h, b, body in sections(blocks)]
    assert read == [
        ("application", ["Recreational", "Fishing"]),
        ("material", ["Rotomolded Polyethylene", "Thermoformed Plastic", "Wood"]),
    ]


def test_a_call_to_action_wedged_between_two_runs_of_players_does_not_cut_the_list():
    body = [
        Block("para", "Key players operating in the Kimchi Market include:"),
        Block("item", "Daesang Corporation - Company Profile", 1),
        Block("item", "Pulmuone Co., Ltd.", 1),
        Block("label", "Buy Now Kimchi Market Report: Enterprise License"),
        Block("item", "Sinto Gourmet", 1),
        Block("item", "Lucky Foods LLC", 1),
        Block("para", "Need a custom cut? Our analysts can add country-level data for 30 markets. Contact us today."),
        Block("item", "2025 Wick & Wax Analytics. All rights reserved.", 1),
    ]
    names = [p.name for p in player_items(Block("heading", "Top Players", 2), body)]
    assert names == ["Daesang Corporation", "Pulmuone Co., Ltd.", "Sinto Gourmet", "Lucky Foods LLC"]


def test_company_cards_name_the_players_whatever_their_descriptions_list():
    body = [
        Block("heading", "Clariant AG (Switzerland)", 3),
        Block("para", "Its Safewing range covers Type I, II and IV aircraft de-icing fluids."),
        Block("heading", "Kilfrost Ltd", 3),
        Block("para", "Based in Haltwhistle, UK."),
        Block("heading", "Dow Inc.", 3),
        Block("para", "Midland, Michigan."),
    ]
    names = [p.name for p in player_items(Block("heading", "Company Profiles", 2), body)]
    assert names == ["Clariant AG (Switzerland)", "Kilfrost Ltd", "Dow Inc."]
    branded = [*body, Block("heading", "uvex safety group (Germany)", 3), Block("heading", "SHOWA Group", 3)]
    assert len(player_items(Block("heading", "Company Profiles", 2), branded)) == 5  # a lower-case brand among them


def test_a_region_tables_countries_column_gives_each_regions_countries_wherever_it_stands():
    rows = [
        Block("row", "Region | 2024 | 2033 | CAGR 2025-2033 | Countries"),
        Block("row", "North America | 1,021.4 | 2,164.0 | 8.7% | United States, Canada"),
        Block("row", "Europe | 968.2 | 1,951.6 | 8.1% | UK, Belgium"),
    ]
    assert [(r.region, r.countries) for r in table_lists(rows).regions] == [
        ("North America", ("United States", "Canada")),
        ("Europe", ("UK", "Belgium")),
    ]


def test_the_companies_a_news_brief_names_as_leaders_are_its_players():
    from pipelines.parse.players import leaders_named

    assert leaders_named("In Europe, Kärcher and Nilfisk lead the field, the report says.") == ["Kärcher", "Nilfisk"]
    assert leaders_named("Otis, Schindler and KONE dominate new installations.") == ["Otis", "Schindler", "KONE"]
    assert leaders_named("Deoleo and Sovena are named as the largest bottlers.") == ["Deoleo", "Sovena"]
    assert leaders_named("Lindt & Sprüngli and Ferrero are named as the category leaders.") == [
        "Lindt & Sprüngli",
        "Ferrero",
    ]
    assert leaders_named("Demand in Asia is led by China.") == []


def test_a_year_column_marked_as_an_estimate_is_still_a_year():
    rows = [
        Block("row", "Product (USD million) | 2023 | 2024* | 2030 | CAGR 2025-2030"),
        Block("row", "Beakers & Flasks | 1,344.1 | 1,412.6 | 1,903.9 | 5.1%"),
    ]
    sizes = [(s.value, s.year, s.scope) for b in figure_tables(rows) for s in figures.sizes_in(b.text)]
    assert (1412.6, 2024, "segment:Beakers & Flasks") in sizes


def test_a_two_level_headers_unit_spans_the_year_columns_of_its_second_row():
    rows = [
        Block("row", "Application | Revenue (USD Million) | CAGR (2025-2032)"),
        Block("row", "Application | 2024 | 2028 | 2032 | CAGR (2025-2032)"),
        Block("row", "Contact Sports | 1,842.7 | 2,470.0 | 3,311.0 | 7.6%"),
    ]
    sizes = [(s.value, s.year, s.scope) for b in figure_tables(rows) for s in figures.sizes_in(b.text)]
    assert sizes == [
        (1842.7, 2024, "segment:Contact Sports"),
        (2470.0, 2028, "segment:Contact Sports"),
        (3311.0, 2032, "segment:Contact Sports"),
    ]


def test_a_table_captions_unit_and_a_header_of_years_over_the_markets_own_figures():
    from pipelines.parse.blocks import build_document

    page = (
        "<table><caption>Table 1. Wood veneer market by type. All figures in EUR billion.</caption>"
        "<tr><th>Type</th><th>2024</th><th>2031</th></tr><tr><td>Natural Veneer</td><td>17.13</td><td>22.96</td></tr>"
        "</table>"
    )
    blocks = figure_tables(build_document(page).blocks)
    sizes = [(s.value, s.unit, s.currency, s.year, s.scope) for b in blocks for s in figures.sizes_in(b.text)]
    assert sizes == [
        (17.13, "billion", "EUR", 2024, "segment:Natural Veneer"),
        (22.96, "billion", "EUR", 2031, "segment:Natural Veneer"),
    ]
    snapshot_rows = [
        Block("para", "Market snapshot (USD Million)"),
        Block("row", "2024 | 2025 | 2033 | CAGR 2025-2033"),
        Block("row", "1,742.5 | 1,851.0 | 2,978.4 | 6.1%"),
    ]
    sizes = [(s.value, s.year, s.scope) for b in figure_tables(snapshot_rows) for s in figures.sizes_in(b.text)]
    assert sizes == [(1742.5, 2024, None), (1851.0, 2025, None), (2978.4, 2033, None)]


def test_a_list_of_tables_captions_lists_no_items():
    caption = Block("para", "Table 9: Mining Truck Tires Market, by Rim Size, 2019-2031 (USD Million)")
    following = Block("para", "Table 40: Company Financial Snapshot, 2022-2024 (USD Million)")
    assert classify_header(caption) == Header("segment", "rim size")
    assert segment_items(caption, [following], "rim size") == []


def test_a_dimension_written_in_capitals_heads_a_plain_text_list():
    assert classify_header(Block("item", "BY CORE TYPE", 1)) == Header("segment", "core type")


def test_a_bracketed_acronym_etc_is_a_names_not_the_runs_end():
    run = "Vari-Lite (Signify), Electronic Theatre Controls, Inc. (ETC), Claypaky S.p.A. (ARRI) and Ayrton SAS"
    assert split_names(run) == [
        "Vari-Lite (Signify)",
        "Electronic Theatre Controls, Inc. (ETC)",
        "Claypaky S.p.A. (ARRI)",
        "Ayrton SAS",
    ]


def test_a_line_over_region_bullets_ends_a_dimensions_list():
    from pipelines.parse.lists import leading_items

    body = [
        Block("item", "Residential", 1),
        Block("item", "Hospitality", 1),
        Block("para", "Where"),
        Block("item", "Asia Pacific: Japan, China", 1),
    ]
    assert [b.text for b in leading_items(body)] == ["Residential", "Hospitality"]


def test_a_line_of_items_parted_by_bars_keeps_an_items_bracketed_commas():
    from pipelines.parse.lists import inline_list

    line = "By Application: Sports & Fitness | Medical (Diabetic Foot Monitoring, Post-Operative Rehab) | Safety"
    assert inline_list(line) == [
        "Sports & Fitness",
        "Medical (Diabetic Foot Monitoring, Post-Operative Rehab)",
        "Safety",
    ]


def test_labelled_lists_run_together_in_one_paragraph_each_give_their_dimension():
    text = (
        "North America generated USD 1.52 billion in 2024. Segmentation covered — By Type: Monitoring Systems; "
        "Electrodes & Accessories; Software. By Source: Insourced Monitoring; Outsourced Monitoring (Remote, Onsite)."
    )
    lists = [(header.dimension, items) for header, items in by_dimension_statements([Block("para", text)])]
    assert lists == [
        ("type", ["Monitoring Systems", "Electrodes & Accessories", "Software"]),
        ("source", ["Insourced Monitoring", "Outsourced Monitoring (Remote, Onsite)"]),
    ]


def test_a_basis_statement_ending_in_a_colon_heads_the_list_below_it():
    header = Block("label", "In terms of Product Type, the Grain Dryers market is segmented into:")
    assert classify_header(header) == Header("segment", "product type")
    covered = Block("para", "In terms of application, the report covers:")  # a verb of coverage heads it too
    assert classify_header(covered) == Header("segment", "application")
    follows = Block("para", "Merapi Insight breaks the market down by product type as follows:")
    assert classify_header(follows) == Header("segment", "product type")
    statement = "In terms of Connectivity, the market is segmented into: USB, Bluetooth, USB + Bluetooth."
    assert [items for _, items in by_dimension_statements([Block("para", statement)])] == [
        ["USB", "Bluetooth", "USB + Bluetooth"]
    ]


def test_an_aside_between_the_cue_and_its_names_is_skipped():
    sentence = "The study profiles, among others, Geotab Inc. (Canada), Samsara Inc. (U.S.) and FleetWerk Systems AG."
    assert names_after_cue(sentence) == ["Geotab Inc. (Canada)", "Samsara Inc. (U.S.)", "FleetWerk Systems AG"]


def test_a_players_header_over_a_sentence_naming_them_takes_the_names_after_its_cue():
    body = [Block("para", "The report profiles EverZinc, Zochem LLC, Silox S.A., US Zinc and others.")]
    assert [p.name for p in player_items(Block("heading", "Key Players:", 3), body)] == [
        "EverZinc",
        "Zochem LLC",
        "Silox S.A.",
        "US Zinc",
    ]


def test_a_dimension_ending_in_is_or_us_stays_whole():
    assert dimension_name("By Sensing Axis") == "sensing axis"
    assert dimension_name("By Status") == "status"


def test_a_regions_countries_parted_by_semicolons():
    assert region_with_countries("North America: United States; Canada; Mexico") == (
        "North America",
        ["United States", "Canada", "Mexico"],
    )


def test_a_country_markets_parts_listed_as_regions_covered_are_its_regions():
    from pipelines.parse import parse_release

    page = (
        "# Mexico Auto Parts Market\n\nThe Mexico auto parts market was valued at USD 112.4 billion in 2024 and "
        "will grow at a CAGR of 5.9% over 2025-2032.\n\n| Report scope | |\n|---|---|\n"
        "| Regions covered | Northern Mexico, Bajío, Central Mexico, Southeast Mexico |\n"
    )
    regions = parse_release(page).regions
    assert [(r.region, r.countries) for r in regions] == [
        ("Northern Mexico", ()),
        ("Bajío", ()),
        ("Central Mexico", ()),
        ("Southeast Mexico", ()),
    ]


def test_a_two_column_table_of_countries_cagrs_reads_each_row_as_its_countrys_cagr():
    from pipelines.parse import parse_release

    page = (
        "<h1>Baby Car Seat Market</h1><p>The market will grow at a CAGR of 5.9% from 2025 to 2035.</p>"
        "<table><tr><th>Countries</th><th>CAGR (2025 to 2035)</th></tr><tr><td>United States</td><td>4.8%</td></tr>"
        "</table>"
    )
    assert [(c.value_pct, c.scope) for c in parse_release(page).cagrs] == [(5.9, None), (4.8, "region:United States")]
    pairs = [Block("row", "Growth rate | CAGR of 27.61%"), Block("row", "Report ID | 2291")]
    assert figure_tables(pairs) == pairs  # a key and its value, no header over figures


def test_a_line_labelled_with_the_markets_name_lists_no_dimension():
    title = Block("heading", "Equestrian Equipment Market: Global Size, Segments and Forecast 2025-2031", 1)
    assert dimension_name("Equestrian Equipment Market") is None
    assert _labelled_lists([title]) == []


@pytest.mark.parametrize(
    ("listing", "regions"),
    [
        (
            "## Regional analysis\n\nThe study breaks the French market down by administrative region:\n\n"
            "- Île-de-France\n- Occitanie\n- Grand Est\n- Rest of France\n",
            ["Île-de-France", "Occitanie", "Grand Est", "Rest of France"],
        ),
        (
            "## Provinces\n\nThe report sizes the market for each of the following provinces:\n\n"
            "| Province | Notes |\n|---|---|\n| Riyadh Province | Largest market |\n| Eastern Province | Fastest |\n",
            ["Riyadh Province", "Eastern Province"],
        ),
    ],
    ids=["a regional analysis's items after an intro", "a provinces table's first column"],
)
def test_a_country_markets_parts_are_its_regions_however_listed(listing, regions):
    from pipelines.parse import parse_release

    page = f"# France Organic Baby Food Market\n\nThe market will grow at a CAGR of 6.1% over 2025-2032.\n\n{listing}"
    page = page.replace("France Organic", "Saudi Arabia Organic") if "Province" in listing else page
    assert [(r.region, r.countries) for r in parse_release(page).regions] == [(name, ()) for name in regions]


def test_a_heading_of_industry_leaders_heads_the_players():
    assert classify_header(Block("heading", "Veterinary Ultrasound Industry Leaders")) == Header("players")


def test_a_titles_short_item_is_the_fuller_name_its_section_lists_in_its_place():
    from pipelines.parse import parse_release

    page = (
        "# Surgical Gloves Market by Product (Powder-free, Powdered), Material (Latex, Nitrile) - Forecast 2024-2030"
        "\n\nThe market will grow at a CAGR of 6.7% during 2024-2030.\n\n**By Product**\n\n"
        "- Powder-free Surgical Gloves\n- Powdered Surgical Gloves\n\n**By Material**\n\n- Latex\n- Nitrile\n\n"
        "**By Application**\n\n- Food & Beverages (Bakery; Dairy)\n- Personal Care\n"
    )
    segments = [(s.dimension, s.label) for s in parse_release(page).segments]
    assert segments[:4] == [
        ("type", "Powder-free Surgical Gloves"),
        ("type", "Powdered Surgical Gloves"),
        ("material", "Latex"),
        ("material", "Nitrile"),
    ]


def test_a_title_item_with_its_sub_items_in_brackets_is_no_fuller_name():
    from pipelines.parse import parse_release

    page = (
        "# Citrus Fiber Market, by Application (Food & Beverages, Personal Care, Feed), 2025-2030\n\n"
        "The market will grow at a CAGR of 6.7% during 2025-2030.\n\n"
        "- **By Application:** Food & Beverages (Bakery; Dairy); Personal Care; Feed\n"
    )
    labels = [s.label for s in parse_release(page).segments]
    assert labels[:3] == ["Food & Beverages", "Personal Care", "Feed"]


def test_items_parted_by_bullets_on_one_line_are_items():
    from pipelines.parse import parse_release

    page = (
        "# Car Wash Equipment Market\n\nThe market will grow at a CAGR of 6.0% from 2025 to 2032.\n\n"
        "### By Technology\n\nTouchless • Soft-touch (Friction) • Hybrid\n"
    )
    assert [s.label for s in parse_release(page).segments] == ["Touchless", "Soft-touch (Friction)", "Hybrid"]


def test_a_wire_tag_label_with_a_space_before_its_colon_names_no_dimension():
    found = _labelled_lists([Block("para", "Industry : Energy, Environment")])
    assert found == []


def test_a_dimension_named_alone_after_a_semicolon_ends_the_list_before_it():
    from pipelines.parse import parse_release

    page = (
        "# Hair Transplant Services Market; By Procedure: Follicular Unit Extraction (FUE) [Manual FUE, Robotic FUE],"
        " FUT; By Service Provider: Clinics, Hospitals; By Region; Forecast 2025-2030\n\n"
        "The market will grow at a CAGR of 6.7% during 2025-2030.\n"
    )
    assert [(s.label, s.parent) for s in parse_release(page).segments] == [
        ("Follicular Unit Extraction (FUE)", None),
        ("Manual FUE", "Follicular Unit Extraction (FUE)"),
        ("Robotic FUE", "Follicular Unit Extraction (FUE)"),
        ("FUT", None),
        ("Clinics", None),
        ("Hospitals", None),
    ]


def test_clauses_opening_with_regions_are_no_run_of_regions_but_name_them():
    from pipelines.parse import parse_release

    page = (
        "AGAVE SYRUP MARKET\n\nThe agave syrup market will post a CAGR of 6.43% between 2025 and 2032.\n\n"
        "North America held more than 38% share in 2024, Europe follows on the back of clean-label bakery "
        "reformulation, and Asia Pacific is expected to rise at a CAGR of 8.9% from 2025 to 2032 as cafe chains "
        "add plant-based sweetener options.\n"
    )
    assert [r.region for r in parse_release(page).regions] == ["North America", "Europe", "Asia Pacific"]


def test_a_mexican_companys_legal_form_stays_with_its_name():
    names = split_names("Becle, S.A.B. de C.V., Industrializadora Integral del Agave, S.A. de C.V., Sisana")
    assert names == ["Becle, S.A.B. de C.V.", "Industrializadora Integral del Agave, S.A. de C.V.", "Sisana"]


def test_names_after_what_they_are_and_as_are_players():
    from pipelines.parse import parse_release

    page = (
        "# Stair Lifts Market\n\nThe market will grow at a CAGR of 5.1% through 2030.\n\n## Who makes them?\n\n"
        "The report names the key players as Stannah, Handicare (Savaria), Acorn Stairlifts and Otolift. "
        "Get three quotes.\n"
    )
    players = [p.name for p in parse_release(page).players]
    assert players == ["Stannah", "Handicare (Savaria)", "Acorn Stairlifts", "Otolift"]


def test_a_tables_dash_for_none_is_no_country():
    from pipelines.parse import parse_release

    page = (
        "# Surgical Headlights Market\n\nThe market will grow at a CAGR of 6.2% over 2025-2033.\n\n## By Region\n\n"
        "| Region | Countries |\n|---|---|\n| North America | US, Canada |\n| Latin America | – |\n"
    )
    assert [(r.region, r.countries) for r in parse_release(page).regions] == [
        ("North America", ("US", "Canada")),
        ("Latin America", ()),
    ]


def test_a_byline_whose_dates_run_together_names_no_dimension():
    assert classify_header(Block("para", "By Kezia Morland, RN October 7, 2025January 3, 2026")) is None


def test_a_list_of_dimensions_run_in_before_a_list_of_regions_is_no_region():
    blocks = [
        Block("item", "By Frame Material", 1),
        Block("item", "Metal", 2),
        Block("item", "Acetate", 2),
        Block("item", "North America: U.S., Canada", 1),
        Block("item", "Europe: Italy, Germany", 1),
        Block("item", "Asia Pacific: China, Japan", 1),
    ]
    assert [(r.region, r.countries) for r in unlabelled_region_list(blocks)] == [
        ("North America", ("U.S.", "Canada")),
        ("Europe", ("Italy", "Germany")),
        ("Asia Pacific", ("China", "Japan")),
    ]


def test_regions_each_headed_over_its_countries_are_read_under_any_heading():
    blocks = [Block("heading", "Where the dumplings are eaten", 2)]
    for region, countries in (
        ("Asia Pacific", ["China", "Japan"]),
        ("Europe", ["Poland"]),
        ("Latin America", ["Brazil"]),
    ):
        blocks += [Block("heading", region, 3), *(Block("item", c, 1) for c in countries)]
    assert [(r.region, r.countries) for r in unlabelled_region_list(blocks)] == [
        ("Asia Pacific", ("China", "Japan")),
        ("Europe", ("Poland",)),
        ("Latin America", ("Brazil",)),
    ]


def test_region_cards_each_a_heading_over_a_line_of_countries_and_a_note():
    blocks = [Block("heading", "Where growth comes from", 2)]
    for region, line, note in (
        ("North America", "U.S. · Canada", "$3.37 billion in 2024; the largest region."),
        ("Europe", "UK · Germany · Netherlands", "Discounters' own-label lines lead."),
        ("Asia Pacific", "China · Japan", "Fastest growth, at a 17.0% CAGR."),
    ):
        blocks += [Block("heading", region, 4), Block("para", line), Block("para", note)]
    blocks.append(Block("heading", "Companies to watch", 2))
    assert [(r.region, r.countries) for r in unlabelled_region_list(blocks)] == [
        ("North America", ("U.S", "Canada")),
        ("Europe", ("UK", "Germany", "Netherlands")),
        ("Asia Pacific", ("China", "Japan")),
    ]
    # a note straight under a region's heading ends the run there, and the two cards after it are too few
    blocks[2:4] = [Block("para", "$3.37 billion in 2024; the largest region.")]
    assert unlabelled_region_list(blocks) == []


def test_a_line_of_regions_with_countries_in_braces_is_read_like_brackets():
    page = (
        "# Ultrasonic Cleaning Equipment Market\n\nThe market will grow at a CAGR of 6.2% over 2025-2030.\n\n"
        "## By Geography\n\nNorth America {U.S., Canada}, Europe {Germany, Italy}, LAMEA {Brazil, South Africa, GCC}\n"
    )
    assert [(r.region, r.countries) for r in parse_release(page).regions] == [
        ("North America", ("U.S.", "Canada")),
        ("Europe", ("Germany", "Italy")),
        ("LAMEA", ("Brazil", "South Africa", "GCC")),
    ]


def test_a_digests_one_liners_about_other_markets_are_no_part_of_the_release():
    page = (
        "# Percussion Instruments Market\n\nThe market will grow at a CAGR of 4.2% during 2025-2032.\n\n"
        "## Also this week (one-liners)\n\n- **DJ Controllers:** A 7.8% CAGR through 2030, say analysts.\n"
    )
    assert [c.value_pct for c in parse_release(page).cagrs] == [4.2]


def test_a_you_might_also_like_box_is_no_part_of_the_release():
    page = (
        "# Tofu Market\n\nThe market will grow at a CAGR of 6.3% during 2025-2030.\n\n**You might also like**\n\n"
        "- [Tempeh Roundup](https://x.example/tempeh) - the tempeh segment tops USD 0.6 billion in 2025\n"
    )
    assert parse_release(page).market_sizes == ()


def test_an_items_sub_items_do_not_count_toward_its_length_but_dimensions_with_items_stay_out():
    line = (
        "Product: Surface Warming Systems (Forced-Air Warming, Conductive Warming Blankets & Pads), "
        "Patient Warming Accessories, Warming Cabinets"
    )
    [found] = _labelled_lists([Block("para", line)])
    assert [(s.label, s.parent) for s in found][:3] == [
        ("Surface Warming Systems", None),
        ("Forced-Air Warming", "Surface Warming Systems"),
        ("Conductive Warming Blankets & Pads", "Surface Warming Systems"),
    ]
    dimensions = "Segments: Product Type (Rivets, Bolts, Screws, Nuts, Pins, Other Product Types); Material (Aluminum)"
    assert _labelled_lists([Block("para", dimensions)]) == []


def test_a_grades_percentage_is_part_of_its_item_but_a_share_is_not():
    page = (
        "# Metal Alkoxides Market\n\nThe market will grow at a CAGR of 6.2% over 2025-2030.\n\n"
        "**By Purity:** Standard Grade, High Purity (≥99.99%)\n\n"
        "**By Form:** Liquid, Powder (41.2%)\n"
    )
    labels = {s.label for s in parse_release(page).segments}
    assert labels == {"Standard Grade", "High Purity (≥99.99%)", "Liquid", "Powder"}  # the share is no part of it


def test_bare_dimension_names_each_over_its_list_are_dimensions_without_a_segmentation_header():
    page = (
        "# Bathroom Vanities Market\n\nThe market will grow at a CAGR of 5.6% through 2031.\n\n"
        "## How the report cuts the market\n\n*Product Type*\n- Freestanding\n- Corner\n\n"
        "*Material*\n- Solid Wood\n- Metal\n\n## Our take\n\nSteady.\n"
    )
    segments = [(s.dimension, s.label) for s in parse_release(page).segments]
    assert segments == [("type", "Freestanding"), ("type", "Corner"), ("material", "Solid Wood"), ("material", "Metal")]


def test_a_plain_text_segmentation_line_heads_the_bare_dimensions_under_it():
    page = (
        "UKULELE MARKET\n\nThe ukulele market will grow at a CAGR of 5.1% during 2025-2029.\n\n"
        "Market Segmentation\n Type\n   1.1 Soprano\n   1.2 Tenor\n Distribution Channel\n   2.1 Offline\n"
        "   2.2 Online\n"
    )
    segments = [(s.dimension, s.label) for s in parse_release(page).segments]
    assert segments == [
        ("type", "Soprano"),
        ("type", "Tenor"),
        ("distribution channel", "Offline"),
        ("distribution channel", "Online"),
    ]


def test_by_format_heads_a_dimension_but_a_reports_format_line_does_not():
    assert classify_header(Block("label", "By Format")) == Header("segment", "format")
    assert _labelled_lists([Block("para", "Format: PDF, Excel")]) == []


def test_a_list_item_with_its_units_heads_its_dimensions_items():
    page = (
        "# Cooling Towers Market\n\nThe market will grow at a CAGR of 4.9% from 2025 to 2031.\n\n## Segmentation\n\n"
        "- **Type** (Revenue, US$ Million, 2019 - 2031)\n  - Evaporative\n    - Open Circuit\n  - Dry\n"
        "- **Regional** (Revenue, US$ Million, 2019 - 2031)\n  - North America\n    - U.S.\n  - Europe\n"
        "    - Germany\n\n## Contact\n\nTamsworth Market Data LLC · 1200 Smith Street, Houston\n"
    )
    facts = parse_release(page)
    assert [(s.dimension, s.label, s.parent) for s in facts.segments] == [
        ("type", "Evaporative", None),
        ("type", "Open Circuit", "Evaporative"),
        ("type", "Dry", None),
    ]
    assert [(r.region, r.countries) for r in facts.regions] == [("North America", ("U.S.",)), ("Europe", ("Germany",))]


def test_a_firms_contact_line_under_a_segmentation_header_is_no_dimension():
    blocks = [
        Block("heading", "Segmentation", 2),
        Block("para", "Contact"),
        Block("para", "Tamsworth Market Data LLC, 1200 Smith Street, Houston"),
    ]
    assert segmentation_lists(blocks) == []


def test_a_titles_item_takes_its_sections_name_with_a_qualifier_in_brackets():
    page = (
        "# Indoor Air Quality Monitors Market By Pollutant (Particulate Matter, VOCs)\n\n"
        "The market will grow at a CAGR of 7.1% over 2025-2032.\n\n**By Pollutant**\n\n"
        "* Particulate Matter (PM2.5/PM10)\n* VOCs\n"
    )
    assert [s.label for s in parse_release(page).segments] == ["Particulate Matter (PM2.5/PM10)", "VOCs"]


def test_a_snapshots_keys_after_a_plain_text_list_of_companies_name_no_company():
    page = (
        "FERTILITY TESTING DEVICES MARKET\n\nThe market will grow at a CAGR of 8.5% between 2025 and 2032.\n\n"
        "Key Companies\nInito\nGeratherm Medical AG (Germany)\n\nReport Snapshot\nBase Year2024\n"
        "Market Size in 2024USD 612.4 Mn\n"
    )
    assert [p.name for p in parse_release(page).players] == ["Inito", "Geratherm Medical AG"]


def test_a_text_tables_country_column_after_a_name_is_a_country_tag():
    assert without_country_tag("Sateba: France") == "Sateba"
    assert without_country_tag("Progress Rail (Caterpillar Inc.): United States") == "Progress Rail (Caterpillar Inc.)"


def test_a_regional_highlights_section_of_wrapped_findings_lists_no_regions():
    page = (
        "# Silicon Carbide Market\n\nThe market will grow at a CAGR of 21.5% over 2025-2034.\n\n"
        "## Segment and Regional Highlights\n\nAsia-Pacific generated USD 1.86 billion in\n\n"
        "2024, led by Chinese EV makers\n\n## By Region\n\n- North America\n- Europe\n- Asia-Pacific\n"
    )
    assert [r.region for r in parse_release(page).regions] == ["North America", "Europe", "Asia-Pacific"]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("Flavor-wise, the study tracks five groups: mint, fruit and coffee.", ["mint", "fruit", "coffee"]),
        (
            "By distribution channel, sales are tracked across supermarkets, specialty stores and online.",
            ["supermarkets", "specialty stores", "online"],
        ),
    ],
    ids=["a count of the items before a colon", "tracked across"],
)
def test_items_stated_in_a_sentence_after_how_many_or_tracked_across(sentence, labels):
    [(header, items)] = list(by_dimension_statements([Block("para", sentence)]))
    assert header.kind == "segment" and items == labels


def test_a_price_analysis_by_a_dimension_heads_no_list():
    assert classify_header(Block("para", "Price Trend Analysis by Grade")) is None
    assert classify_header(Block("heading", "By Technique Analysis")) == Header("segment", "technique")


def test_a_grades_percentage_stays_but_a_findings_share_goes():
    page = (
        "# Petroleum Coke Market\n\nThe market will grow at a CAGR of 3.8% over 2025-2031.\n\n**By Sulfur Content**\n\n"
        "- Below 3% Sulfur\n- Above 3% Sulfur\n\n**By Installation**\n\n- Rear-facing\n- ISOFIX Holds 63.5% Share\n"
    )
    labels = [s.label for s in parse_release(page).segments]
    assert labels == ["Below 3% Sulfur", "Above 3% Sulfur", "Rear-facing"]


@pytest.mark.parametrize(
    "listing",
    [
        "**By Service**\n- Hard Services\n- Soft Services\n\n**By Emirate**\n- Dubai\n- Abu Dhabi\n- Sharjah\n",
        "## Provinces\n\n| Province | Notes |\n|---|---|\n| Dubai | Largest; new towers |\n"
        "| Abu Dhabi | Social infrastructure |\n| Sharjah | Industrial parks |\n",
    ],
    ids=["a list by emirate", "a table of provinces with notes"],
)
def test_a_country_markets_parts_are_each_a_region(listing):
    page = f"# UAE Facility Management Market\n\nThe market will grow at a CAGR of 6.6% over 2025-2033.\n\n{listing}"
    assert "Dubai" not in [s.label for s in parse_release(page).segments]
    assert [(r.region, r.countries) for r in parse_release(page).regions] == [
        ("Dubai", ()),
        ("Abu Dhabi", ()),
        ("Sharjah", ()),
    ]


def test_a_scope_cells_dimensions_on_lines_of_their_own_with_dashed_sub_items():
    cell = (
        "By Technique · Static Cold Storage · Machine Perfusion · – Hypothermic · – Normothermic · "
        "By Organ Type · Kidney · Liver"
    )
    assert [
        [(s.label, s.parent) for s in found] for found in _labelled_lists([Block("row", f"Segmentation | {cell}")])
    ] == [
        [
            ("Static Cold Storage", None),
            ("Machine Perfusion", None),
            ("Hypothermic", "Machine Perfusion"),
            ("Normothermic", "Machine Perfusion"),
        ],
        [("Kidney", None), ("Liver", None)],
    ]


def test_the_dimensions_a_region_is_broken_down_by_are_none_of_its_countries():
    line = "North America (By Solution, By Technique, By Country) – U.S., Canada"
    assert region_with_countries(line) == ("North America", ["U.S.", "Canada"])


def test_notes_beside_a_region_in_a_table_are_no_countries():
    page = (
        "# Saudi Arabia Cinema Market\n\nThe market will grow at a CAGR of 11.2% over 2025-2033.\n\n## Regions\n\n"
        "| Region | Countries |\n|---|---|\n| Makkah Province | Jeddah waterfront and Makkah city projects |\n"
        "| Eastern Province | Dammam |\n"
    )
    assert [(r.region, r.countries) for r in parse_release(page).regions] == [
        ("Makkah Province", ()),
        ("Eastern Province", ("Dammam",)),
    ]


def test_a_run_of_names_above_recent_developments_is_the_players_list():
    header = Block("label", "COMPETITIVE LANDSCAPE")
    body = [
        Block("para", "Key companies profiled in the report: Hagedorn NC GmbH, Nitro Química, Eurenco (France)."),
        Block("para", "Recent developments:"),
        Block("item", "Q2 2025: a leading European producer commissioned a new line for wetted collodion chips.", 1),
        Block("item", "Q1 2025: two producers announced a joint export logistics venture.", 1),
    ]
    assert [p.name for p in player_items(header, body)] == ["Hagedorn NC GmbH", "Nitro Química", "Eurenco (France)"]


def test_topics_a_report_covers_are_no_dimension_but_a_theme_is():
    topics = (
        "The market is being pulled forward by electric vehicle production, grid storage tenders and cell safety "
        "rules. Cell-level monitoring chips, wireless BMS architectures and cloud-based state-of-health analytics are "
        "the main technology themes covered."
    )
    assert list(by_dimension_statements([Block("para", topics)])) == []
    assert dimension_name("By Theme") == "theme"


def test_a_findings_parts_are_no_items():
    page = (
        "<html><body><h1>Bridge Bearings Market</h1><p>The market will grow at a CAGR of 5.1% over 2025-2032.</p>"
        "<p><b>Material.</b> Steel leads, ahead of Elastomer/Neoprene and PTFE Sliding Materials.</p></body></html>"
    )
    labels = [s.label for s in parse_release(page).segments]
    assert "Steel leads" not in labels and "ahead of Elastomer/Neoprene" not in labels


def test_a_scope_rows_full_list_beats_an_faqs_short_one_written_without_parents():
    page = (
        "<html><body><h1>Commercial Coffee Grinder Market</h1><p>The market will grow at a CAGR of 5.9% over "
        "2025-2032.</p><table><tr><td>Companies covered:</td><td>Mahlkönig (Hemro Group), Ditting (Hemro Group), "
        "Mazzer Luigi S.p.A., Compak Grinders, Baratza LLC</td></tr></table>"
        "<p><b>Which are the key players?</b><br>Mahlkönig, Ditting and Mazzer Luigi S.p.A.</p></body></html>"
    )
    assert [p.name for p in parse_release(page).players] == [
        "Mahlkönig (Hemro Group)",
        "Ditting (Hemro Group)",
        "Mazzer Luigi S.p.A.",
        "Compak Grinders",
        "Baratza LLC",
    ]


def test_countries_a_paragraph_runs_after_a_listed_region_are_its_own():
    found = [RegionMention(r) for r in ("Europe", "North America", "Asia Pacific", "Latin America")]
    blocks = [
        Block("heading", "Regional analysis", 2),
        Block(
            "para",
            "Europe was worth EUR 0.42 billion in 2023; Germany, France and Belgium are covered. In North America "
            "the report looks at the U.S. and Canada. Latin America (Brazil, Argentina) keeps growing.",
        ),
        Block("para", "Asia Pacific accounted for USD 241.5 million. The report covers China, Japan and Australia."),
        Block("para", "For Europe the study also covers Spain and India."),
        Block("para", "Latin America grows fastest, driven by fruit exports from Peru, Ecuador and Chile."),
        Block("para", "Asia Pacific demand is led by China."),
    ]
    assert with_countries_under_their_headings(found, blocks) == [
        RegionMention("Europe", ("Germany", "France", "Belgium")),  # India lies in no part of Europe: Spain alone
        RegionMention("North America", ("U.S.", "Canada")),
        RegionMention("Asia Pacific", ("China", "Japan", "Australia")),  # the sentence after the region's own
        RegionMention("Latin America", ("Brazil", "Argentina")),
    ]
    # countries named in passing, or one alone, are no list of the region's
    assert with_countries_under_their_headings(found, blocks[-2:]) == found


def test_a_firm_named_like_a_regions_acronym_names_no_region():
    blocks = [
        Block(
            "para",
            "According to Pinecrest Row Research, North America held 41% of sales, ahead of Europe and Asia Pacific.",
        )
    ]
    assert [r.region for r in regions_named_in_sentences(blocks)] == ["North America", "Europe", "Asia Pacific"]


def test_a_text_tables_rows_of_a_region_and_its_countries():
    body = [
        Block("para", "North America | US | Canada | Mexico"),
        Block("para", "Rest of World | Brazil | Israel | South Africa"),
    ]
    assert region_items(Block("label", "GEOGRAPHY"), body) == [
        RegionMention("North America", ("US", "Canada", "Mexico")),
        RegionMention("Rest of World", ("Brazil", "Israel", "South Africa")),
    ]
    figures_row = [Block("para", "North America | Share: 28.8% | CAGR 2025–2033: 9.1%")]
    assert all(not r.countries for r in region_items(Block("label", "Regions"), figures_row))


def test_players_written_as_lines_of_cells():
    body = [
        Block("para", "Weller (Apex Tool Group) | Hakko Corporation | JBC Soldering S.L."),
        Block("para", "Pillarhouse International Ltd | Nordson Corporation"),
    ]
    names = [p.name for p in player_items(Block("label", "COMPANIES PROFILED"), body)]
    assert names == [
        "Weller (Apex Tool Group)",
        "Hakko Corporation",
        "JBC Soldering S.L.",
        "Pillarhouse International Ltd",
        "Nordson Corporation",
    ]


def test_a_line_of_a_reports_facts_names_no_players():
    body = [
        Block("para", "Demand is rising among cheese makers across the region today."),
        Block("para", "Report Code: EFA-FD-3081 · 186 pages · Base year 2024 · Forecast period 2025–2033"),
    ]
    assert player_items(Block("heading", "Competitive Landscape", 2), body) == []


def test_regions_named_in_sentences_with_their_groups_and_the_countries_the_next_sentence_covers():
    blocks = [
        Block("para", "Europe comprises UK, Germany, France and Rest of Europe; trawler fleets in Asia are renewed."),
        Block(
            "para",
            "Asia Pacific is expected to register a CAGR of 8.9%. China, Japan, India and Rest of Asia Pacific are "
            "analysed. China is also a big single country market, with Vietnam close behind.",
        ),
        Block("para", "Middle East & Africa (GCC Countries, South Africa) is smaller."),
    ]
    assert regions_named_in_sentences(blocks) == [
        RegionMention("Europe", ("UK", "Germany", "France", "Rest of Europe")),  # "Rest of" makes no region
        # the sentence after a region's covers its countries, but not one naming them in passing
        RegionMention("Asia Pacific", ("China", "Japan", "India", "Rest of Asia Pacific")),
        RegionMention("Middle East & Africa", ("GCC Countries", "South Africa")),  # a member group, after its region
    ]  # and "Asia" in passing beside "Asia Pacific" is no region of its own


def test_where_a_firm_works_is_no_run_of_the_markets_regions():
    about = Block(
        "para",
        "Crescentgate Research is a Dubai-based market intelligence company specialising in food and consumer goods "
        "across the GCC, Africa and Asia.",
    )
    assert regions_in_prose([about]) == []
    listed = Block(
        "para", "The study splits the market into North America, Europe, Asia Pacific and the Rest of the World."
    )
    assert [r.region for r in regions_in_prose([about, listed])] == [
        "North America",
        "Europe",
        "Asia Pacific",
        "Rest of the World",
    ]


def test_a_players_run_of_long_legal_names_is_read_whole():
    body = [
        Block(
            "para",
            "Saint-Gobain Abrasives (Compagnie de Saint-Gobain S.A.), 3M Company, Tyrolit Schleifmittelwerke "
            "Swarovski AG & Co K.G., Klingspor AG, Krebs & Riedel Schleifscheibenfabrik GmbH & Co. KG",
        ),
        Block("para", "The report spans 190 pages with 120 data tables."),
    ]
    names = [p.name for p in player_items(Block("heading", "Key Players", 2), body)]
    assert names == [
        "Saint-Gobain Abrasives (Compagnie de Saint-Gobain S.A.)",
        "3M Company",
        "Tyrolit Schleifmittelwerke Swarovski AG & Co K.G.",
        "Klingspor AG",
        "Krebs & Riedel Schleifscheibenfabrik GmbH & Co. KG",
    ]


def test_an_acronym_before_the_words_it_stands_for_is_one_name():
    body = [Block("item", "MIR - Medical International Research", 1), Block("item", "ABB Ltd. - offers drives", 1)]
    names = [p.name for p in player_items(Block("heading", "Key Players", 2), body)]
    assert names == ["MIR - Medical International Research", "ABB Ltd."]


def test_a_scope_rows_regions_each_with_its_countries_in_brackets_or_after_a_colon():
    bracketed = Block(
        "row",
        "Regions and countries | North America (United States, Canada); Europe (Germany, France, Rest of Europe)",
    )
    assert inline_regions([bracketed]) == [
        RegionMention("North America", ("United States", "Canada")),
        RegionMention("Europe", ("Germany", "France", "Rest of Europe")),
    ]
    barred = Block("row", "Regions & Countries | North America: US, Canada | Europe: Germany, UK, Nordics")
    assert inline_regions([barred]) == [
        RegionMention("North America", ("US", "Canada")),
        RegionMention("Europe", ("Germany", "UK", "Nordics")),
    ]


def test_a_scope_row_listing_more_of_each_region_beats_the_regions_paragraphs():
    page = (
        "<h1>Cell Counters Market Report</h1><p>The cell counters market was valued at USD 4.27 billion in 2024.</p>"
        "<h2>Regional Insights</h2><h3>Europe</h3><p>Germany and France lead European demand.</p>"
        "<h3>Asia-Pacific</h3><p>China and Japan lead the region.</p>"
        "<table><tr><td>Regions and countries</td><td>Europe (Germany, France, Rest of Europe); Asia-Pacific "
        "(China, Japan, Rest of Asia-Pacific)</td></tr></table>"
    )
    assert [(r.region, r.countries) for r in parse_release(page).regions] == [
        ("Europe", ("Germany", "France", "Rest of Europe")),
        ("Asia-Pacific", ("China", "Japan", "Rest of Asia-Pacific")),
    ]


def test_a_by_region_line_of_a_countrys_parts_names_each_part_a_region():
    assert stated_regions(["North India", "West India", "East & Northeast India"]) == [
        RegionMention("North India"),
        RegionMention("West India"),
        RegionMention("East & Northeast India"),
    ]
    assert stated_regions(["North America (U.S., Canada)", "Europe"]) == [
        RegionMention("North America", ("U.S.", "Canada")),
        RegionMention("Europe"),
    ]


def test_a_line_of_dimensions_with_bracketed_items_lists_each_but_a_line_of_regions_none():
    line = Block("para", "Product (Electric, Gasoline); Seating Capacity (2-Seater, 4-Seater & Above)")
    assert [(h.dimension, items) for h, items in by_dimension_statements([line])] == [
        ("product", ["Electric", "Gasoline"]),
        ("seating capacity", ["2-Seater", "4-Seater & Above"]),
    ]
    regions = Block("para", "North America (U.S., Canada); Europe (UK, Germany)")
    assert list(by_dimension_statements([regions])) == []


def test_a_countrys_parts_on_their_dimensions_own_line_are_its_regions_not_the_next_line():
    page = (
        "<h1>UK Craft Gin Market to Reach GBP 2.1 Billion by 2030</h1><p>The UK craft gin market was valued at "
        "GBP 1.36 billion in 2024.</p><p>By Nation: England; Scotland; Wales; Northern Ireland</p>"
        "<p>Leading companies: Diageo plc, Pernod Ricard UK Ltd, William Grant &amp; Sons Ltd</p>"
    )
    facts = parse_release(page)
    assert [r.region for r in facts.regions] == ["England", "Scotland", "Wales", "Northern Ireland"]
    assert [p.name for p in facts.players] == ["Diageo plc", "Pernod Ricard UK Ltd", "William Grant & Sons Ltd"]


def test_a_sentence_ending_on_a_colon_over_a_list_names_the_players_a_snapshot_row_names_some_of():
    page = (
        "<h1>Antifouling Coatings Market Report</h1><p>The antifouling coatings market is estimated at USD 8.41 "
        "billion in 2025.</p><table><tr><td>Study Period</td><td>2019 - 2030</td></tr><tr><td>Major Players</td>"
        "<td>AkzoNobel N.V. · Jotun A/S · Hempel A/S</td></tr></table><h2>Industry Overview</h2><p>The market is "
        "moderately consolidated; the majors in the snapshot hold half of it. Top companies covered in the report "
        "include:</p><ul><li>AkzoNobel N.V.</li><li>Jotun A/S</li><li>Hempel A/S</li>"
        "<li>Kansai Paint Co., Ltd.</li></ul>"
    )
    assert [p.name for p in parse_release(page).players] == [
        "AkzoNobel N.V.",
        "Jotun A/S",
        "Hempel A/S",
        "Kansai Paint Co., Ltd.",
    ]


def test_a_linked_item_under_the_players_is_a_call_to_action():
    body = [
        Block("para", "Procter & Gamble Co., Unilever PLC, Colgate-Palmolive Company, Kao Corporation"),
        Block("item", "View the full report description | Get a free sample", 1, linked=True),
    ]
    names = [p.name for p in player_items(Block("heading", "Key Companies Profiled", 2), body)]
    assert names == ["Procter & Gamble Co.", "Unilever PLC", "Colgate-Palmolive Company", "Kao Corporation"]


def test_a_nested_item_running_several_countries_under_a_region_lists_each():
    body = [
        Block("item", "North America", 1),
        Block("item", "U.S., Canada", 2),
        Block("item", "Europe", 1),
        Block("item", "Germany, UK, France", 2),
    ]
    assert region_items(Block("heading", "Regional Analysis", 2), body) == [
        RegionMention("North America", ("U.S.", "Canada")),
        RegionMention("Europe", ("Germany", "UK", "France")),
    ]


def test_a_region_heading_naming_its_countries_after_a_dash_gives_them():
    found = [RegionMention("Europe"), RegionMention("North America")]
    blocks = [
        Block("heading", "Europe – Germany, UK, Rest of Europe", 4),
        Block("para", "Europe led with USD 214.6 million in 2024."),
        Block("heading", "North America – US, Canada", 4),
        Block("para", "The US and Mexico are the largest country markets."),
    ]
    assert with_countries_under_their_headings(found, blocks) == [
        RegionMention("Europe", ("Germany", "UK", "Rest of Europe")),
        RegionMention("North America", ("US", "Canada")),  # the heading's list, not the paragraph's mentions
    ]


def test_a_comma_run_with_an_items_sub_items_in_brackets_under_a_dimension_line():
    body = [
        Block(
            "para",
            "Commercial Buildings, Transportation Hubs (Metro Stations, Airports, Railway Stations), Stadiums & Arenas",
        )
    ]
    segments = segment_items(Block("para", "By Application"), body, "application")
    assert [(s.label, s.parent) for s in segments] == [
        ("Commercial Buildings", None),
        ("Transportation Hubs", None),
        ("Metro Stations", "Transportation Hubs"),
        ("Airports", "Transportation Hubs"),
        ("Railway Stations", "Transportation Hubs"),
        ("Stadiums & Arenas", None),
    ]


def test_a_regions_own_line_before_another_regions_paragraph_leaves_that_paragraph_read():
    found = [RegionMention("Europe"), RegionMention("North America")]
    blocks = [
        Block("item", "Europe: Germany, UK"),
        Block("para", "In North America the report looks at the U.S. and Canada."),
    ]
    assert with_countries_under_their_headings(found, blocks) == [
        RegionMention("Europe", ("Germany", "UK")),
        RegionMention("North America", ("U.S.", "Canada")),
    ]


def test_a_cue_is_a_lower_case_word_so_a_firm_named_covers_is_no_cue():
    body = [
        Block(
            "para",
            "The competitive section profiles Latham Group, Inc., Coverstar (Latham), Daisy Pool Covers (Australia), "
            "GLI Pool Products and Aquatic Technologies. Latham Group, Inc. reported sales of USD 508.5 million.",
        )
    ]
    names = [p.name for p in player_items(Block("heading", "Key companies", 2), body)]
    assert names == ["Latham Group, Inc.", "Coverstar (Latham)", "Daisy Pool Covers (Australia)", "GLI Pool Products",
                     "Aquatic Technologies"]  # fmt: skip


def test_a_cued_run_in_a_sentence_naming_no_players_beats_the_next_sentences_mention():
    body = [
        Block(
            "para",
            "Feldmark Analytics profiles FLSmidth A/S, thyssenkrupp Polysius GmbH, SACMI Imola S.C., Keller HCW GmbH, "
            "Nabertherm GmbH, Harrop Industries, Inc., ONEJOON GmbH and Metso Oyj. "
            "FLSmidth A/S, the largest supplier to cement producers, reported revenue of DKK 20.4 billion.",
        )
    ]
    names = [p.name for p in player_items(Block("heading", "Key companies", 2), body)]
    assert names == ["FLSmidth A/S", "thyssenkrupp Polysius GmbH", "SACMI Imola S.C.", "Keller HCW GmbH",
                     "Nabertherm GmbH", "Harrop Industries, Inc.", "ONEJOON GmbH", "Metso Oyj"]  # fmt: skip


def test_a_clause_after_a_players_run_ends_it_however_many_commas_it_has():
    run = "Clio, Smokeball, Actionstep and Centerbase, assessing each on breadth, pricing, integrations and funding."
    assert split_names(run) == ["Clio", "Smokeball", "Actionstep", "Centerbase"]


def test_a_bracketed_parent_closes_a_name_before_the_last_and_of_a_semicolon_run():
    run = "Cargill, Incorporated; Kemin Industries, Inc.; Biomin (dsm-firmenich) and Addcon GmbH."
    assert split_names(run) == ["Cargill, Incorporated", "Kemin Industries, Inc.", "Biomin (dsm-firmenich)",
                                "Addcon GmbH"]  # fmt: skip


def test_a_long_name_with_its_parent_in_brackets_is_a_name():
    run = "Amul (GCMMF), Mother Dairy Fruit & Vegetable Pvt. Ltd. (National Dairy Development Board), Parag Milk Foods"
    assert split_names(run)[1] == "Mother Dairy Fruit & Vegetable Pvt. Ltd. (National Dairy Development Board)"


def test_sub_items_stated_with_further_after_the_verb_or_counted_in_parts():
    blocks = [
        Block(
            "para",
            "The commercial category is broken down further into office and retail, and hospitality, "
            "because hotel refurbishments specify it differently.",
        ),  # fmt: skip
        Block("para", "Cutting equipment is itself analysed in three parts: slicers, dicers and band saws."),
    ]
    assert stated_children(blocks) == {
        "commercial": ["office and retail", "hospitality"],
        "cutting equipment": ["slicers", "dicers", "band saws"],
    }


def test_sub_items_of_an_item_told_in_more_detail():
    blocks = [
        Block(
            "para",
            "Collars are examined in further detail by format, namely leather, nylon and silicone, since each"
            " sells at its own price.",
        ),
        Block("para", "Within Nonwoven the analysts track three routes separately, namely Spunbond and Meltblown."),
        Block(
            "para",
            "Under Companion Animals it models Dogs and Cats individually, while Livestock breaks down as "
            "Cattle, Poultry and Sheep.",
        ),
        Block("para", "Filtration is analysed at a finer grain, separating Reverse Osmosis and Nanofiltration."),
        Block("para", "Exports are examined in detail by the customs office."),  # no list follows
    ]
    assert stated_children(blocks) == {
        "collars": ["leather", "nylon", "silicone"],
        "nonwoven": ["Spunbond", "Meltblown"],
        "companion animals": ["Dogs", "Cats"],
        "livestock": ["Cattle", "Poultry", "Sheep"],
        "filtration": ["Reverse Osmosis", "Nanofiltration"],
    }


def test_sub_items_told_with_an_adverb_a_plural_verb_or_a_clause_leaving_its_verb_out():
    blocks = [
        Block(
            "para", "Chronic wounds break down into foot ulcers and leg ulcers, and acute wounds into burns and cuts."
        ),
        Block("para", "Treats are in turn split into chews, jerky and biscuits, a category where small brands launch."),
        Block(
            "para",
            "Within Acrylic, the report separately tracks Pure Acrylic and Vinyl-Acrylic, the second of which"
            " is the cheaper.",
        ),
        Block("para", "The antimicrobial group itself covers silver, iodine and honey."),
    ]
    assert stated_children(blocks) == {
        "chronic wounds": ["foot ulcers", "leg ulcers"],
        "acute wounds": ["burns", "cuts"],
        "treats": ["chews", "jerky", "biscuits"],
        "acrylic": ["Pure Acrylic", "Vinyl-Acrylic"],
        "antimicrobial group": ["silver", "iodine", "honey"],
    }


def test_a_segmentation_line_of_by_dimension_runs_parted_by_dashes():
    text = (
        "Segments: By Product - Patio Awnings, Window Awnings; By Operation - Manual, Motorized; By Fabric - PVC, Vinyl"
    )
    lists = _labelled_lists([Block("para", text)])
    assert [[(s.dimension, s.label) for s in found] for found in lists] == [
        [("product", "Patio Awnings"), ("product", "Window Awnings")],
        [("operation", "Manual"), ("operation", "Motorized")],
        [("fabric", "PVC"), ("fabric", "Vinyl")],
    ]


def test_by_language_heads_a_dimension_though_language_alone_labels_a_reports_metadata():
    assert classify_header(Block("para", "By Language:")) == Header("segment", "language")
    assert dimension_name("By Lens") == "lens"
    # a field's name ending in "-ics" is no plural either
    assert [dimension_name(f"By {name}") for name in ("Logistics", "Diagnostics", "Types")] == [
        "logistics",
        "diagnostics",
        "type",
    ]


def test_a_plain_text_outlook_line_over_its_list_heads_it():
    assert classify_header(Block("para", "Wire Diameter Outlook (Revenue, USD Million, 2019 - 2032)")) == Header(
        "segment", "wire diameter"
    )


def test_regions_each_a_paragraph_opening_on_its_name_with_the_countries_covered():
    body = [
        Block("para", "North America: The study covers U.S., Canada and Mexico. Beef packers keep investing."),
        Block("para", "South America: Brazil and Argentina are covered; exporters are upgrading plants."),
        Block("para", "Middle East & Africa: The study covers Saudi Arabia, Turkey and South Africa."),
    ]
    assert region_items(Block("heading", "Regional Analysis", 2), body) == [
        RegionMention("North America", ("U.S.", "Canada", "Mexico")),
        RegionMention("South America", ("Brazil", "Argentina")),
        RegionMention("Middle East & Africa", ("Saudi Arabia", "Turkey", "South Africa")),
    ]


def test_a_regions_line_whose_sentence_says_which_countries_are_covered():
    text = "North America: the study covers United States and Canada. The US is the largest national market."
    assert region_with_countries(text) == ("North America", ["United States", "Canada"])
    assert region_with_countries("Europe: Germany, France") == ("Europe", ["Germany", "France"])


def test_an_faqs_heading_line_ends_a_plain_text_list_of_regions():
    body = [
        Block("item", "Latin America (Brazil, Mexico)", 1),
        Block("item", "MEA (Saudi Arabia, Israel)", 1),
        Block("para", "Frequently Asked Questions About This Report"),
    ]
    assert region_items(Block("para", "Regional Outlook (Revenue, USD Million, 2019 - 2032)"), body) == [
        RegionMention("Latin America", ("Brazil", "Mexico")),
        RegionMention("MEA", ("Saudi Arabia", "Israel")),
    ]


def test_company_insights_head_the_players_and_a_short_by_finding_heads_nothing():
    assert classify_header(Block("heading", "Key Company Insights", 2)) == Header("players")
    finding = Block("para", "By application, food leads, followed by nutraceuticals, pharmaceuticals and cosmetics.")
    assert classify_header(finding) is None


def test_a_dimension_line_ranking_its_items_lists_them():
    text = "Application: Professional arenas lead, followed by community & municipal rinks, and training facilities."
    assert [[s.label for s in found] for found in _labelled_lists([Block("para", text)])] == [
        ["Professional arenas", "community & municipal rinks", "training facilities"]
    ]


def test_a_regions_heading_naming_two_countries_joined_by_and():
    assert region_with_countries("North America: U.S. and Canada") == ("North America", ["U.S.", "Canada"])


def test_a_countrys_departments_each_a_region_a_grouped_one_with_its_own_areas():
    page = (
        "<h1>Colombia Hass Avocado Market</h1><p>The Colombia Hass avocado market was valued at COP 3.2 trillion "
        "in 2024.</p><h3>By Department</h3><ul><li>Antioquia</li><li>Eje Cafetero (Caldas, Risaralda, Quindío)</li>"
        "<li>Tolima</li></ul>"
    )
    assert parse_release(page).regions == (
        RegionMention("Antioquia"),
        RegionMention("Eje Cafetero", ("Caldas", "Risaralda", "Quindío")),
        RegionMention("Tolima"),
    )


def test_a_long_name_with_nested_brackets_counts_only_its_own_words():
    from pipelines.parse.lists import words_outside_brackets

    assert words_outside_brackets("Holographic Labels (Void Labels, Serialized (QR-Linked) Labels)") == 2


def test_a_scope_row_naming_more_players_than_six_company_cards_lists_them():
    carded = ["Alpha Corp", "Beta Inc.", "Gamma plc", "Delta AG", "Epsilon Ltd.", "Zeta SA"]
    cards = "".join(f"<h4>{name}</h4><p>Maker of secure labels.</p>" for name in carded)
    page = (
        "<h1>Security Labels Market</h1><p>The security labels market was worth USD 3.4 billion in 2024.</p>"
        f"<table><tr><td>Companies covered</td><td>{', '.join(carded)}, 3M Company, Avery Dennison Corporation"
        f"</td></tr></table><h2>Leading Companies</h2>{cards}"
    )
    assert [p.name for p in parse_release(page).players] == [*carded, "3M Company", "Avery Dennison Corporation"]


def test_sub_items_an_item_is_itself_broken_into_or_within_it_the_study_tracks():
    blocks = [
        Block("para", "ATM Services are themselves broken into ATM Replenishment and First-Line Maintenance."),
        Block("para", "Within hive sensors it tracks Acoustic Sensors and Bee Counters as separate lines."),
        Block(
            "para",
            "By product, it separates A and B, and within strip lashes it distinguishes Full Strip from Accent Strip.",
        ),
    ]
    assert stated_children(blocks) == {
        "atm services": ["ATM Replenishment", "First-Line Maintenance"],
        "hive sensors": ["Acoustic Sensors", "Bee Counters"],
        "strip lashes": ["Full Strip", "Accent Strip"],
    }


def test_countries_a_regions_paragraph_names_before_its_list_are_listed_once():
    body = [
        Block("heading", "Asia-Pacific", 3),
        Block("para", "Asia-Pacific grows fastest as stroke-care networks expand in China and India."),
        Block("item", "Japan", 1),
        Block("item", "China", 1),
        Block("item", "India", 1),
    ]
    assert region_items(Block("heading", "Regional Analysis", 2), body) == [
        RegionMention("Asia-Pacific", ("China", "India", "Japan"))
    ]


def test_an_earlier_cues_run_of_names_when_the_last_cue_leads_to_no_names():
    from pipelines.parse.players import names_after_cue

    sentence = (
        "Key companies profiled include The Brink's Company, Loomis AB and Sectran Security Inc., with the profiles "
        "covering fleet size, route density and recent contract wins."
    )
    assert names_after_cue(sentence) == ["The Brink's Company", "Loomis AB", "Sectran Security Inc."]
    listed = "The research lists the major players, for example Akzo Nobel N.V., Hempel A/S and PPG Industries, Inc."
    assert names_after_cue(listed) == ["Akzo Nobel N.V.", "Hempel A/S", "PPG Industries, Inc."]


def test_sub_items_of_an_item_named_by_its_kind_and_a_generic_noun():
    segments = [Segment("type", "Single-Vitamin Gummies"), Segment("type", "Multivitamin Gummies")]
    stated = stated_children(
        [Block("para", "The single-vitamin group is further broken out into Vitamin D, Vitamin C and Biotin.")]
    )
    assert [(s.label, s.parent) for s in with_stated_children(segments, stated)] == [
        ("Single-Vitamin Gummies", None),
        ("Vitamin D", "Single-Vitamin Gummies"),
        ("Vitamin C", "Single-Vitamin Gummies"),
        ("Biotin", "Single-Vitamin Gummies"),
        ("Multivitamin Gummies", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "By organization size, the analysis distinguishes large enterprises from small and medium-sized "
            "enterprises (SMEs).",
            ("organization size", ["large enterprises", "small and medium-sized enterprises (SMEs)"]),
        ),
        (
            "By end user, the research follows utilities, telecommunications and healthcare.",
            ("end user", ["utilities", "telecommunications", "healthcare"]),
        ),
        (
            "By packaging, the report sizes cartridges, sausages (foil packs) and pails & drums.",
            ("packaging", ["cartridges", "sausages (foil packs)", "pails & drums"]),
        ),
        (
            "By capacity, the study sizes chambers of up to 500 litres, 500-1,000 litres and above 1,000 litres.",
            ("capacity", ["up to 500 litres", "500-1,000 litres", "above 1,000 litres"]),
        ),
        (
            "By end user, the study separates household and commercial buyers, the latter including cafes.",
            ("end user", ["household", "commercial"]),
        ),
        (
            "Based on the end user, the market is segmented into commercial farms, greenhouse operators and home & "
            "garden users.",
            ("end user", ["commercial farms", "greenhouse operators", "home & garden users"]),
        ),
        (
            "By offering, the study divides the market into software, hardware and services, and breaks hardware "
            "down into kiosks and badge printers.",
            ("offering", ["software", "hardware", "services"]),
        ),
        (
            "By end user, the study covers contract research organizations and clinical and diagnostic laboratories.",
            ("end user", ["contract research organizations", "clinical and diagnostic laboratories"]),
        ),
        (
            "The study divides products into behind-the-ear devices (comprising standard BTE and receiver-in-canal"
            " models), in-the-ear devices, and canal devices, the last covering in-the-canal and completely-in-canal"
            " styles.",
            (
                "product",
                [
                    "behind-the-ear devices (comprising standard BTE and receiver-in-canal models)",
                    "in-the-ear devices",
                    "canal devices",
                ],
            ),
        ),
    ],
    ids=[
        "'small and medium-sized enterprises' is one item",
        "'the research follows'",
        "'the report sizes'",
        "the first range's noun is no part of its name",
        "buyers that describing words share",
        "users after named nouns are the last item's own",
        "', and breaks X down into' goes on to an item's sub-items",
        "a lone describing word between two 'and's shares the last item's noun",
        "', the last covering ...' remarks on the last item",
    ],
)
def test_more_lists_stated_in_prose(sentence, expected):
    found = [(header.dimension, items) for header, items in by_dimension_statements([Block("para", sentence)])]
    assert found == [expected]


def test_sub_items_one_distinguished_from_the_other_or_an_item_broken_down():
    blocks = [
        Block(
            "para",
            "Within walk-in chambers it further distinguishes modular walk-in rooms from drive-in rooms, the latter "
            "being used for whole-vehicle soak tests.",
        ),
        Block(
            "para",
            "The study splits the market into software and hardware, and breaks hardware down into kiosks, "
            "badge printers and ID scanners.",
        ),
    ]
    assert stated_children(blocks) == {
        "walk-in chambers": ["modular walk-in rooms", "drive-in rooms"],
        "hardware": ["kiosks", "badge printers", "ID scanners"],
    }


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            [("South Korea", 0), ("Japan", 0), ("North America (United States, Canada)", 0), ("Rest of World", 0)],
            [("South Korea", ()), ("Japan", ()), ("North America", ("United States", "Canada")), ("Rest of World", ())],
        ),
        (
            [("Northeast", 0), ("New York", 1), ("Ohio Valley", 0), ("Ohio", 1)],
            [("Northeast", ("New York",)), ("Ohio Valley", ("Ohio",))],
        ),
        (
            [("Marmara (Istanbul, Bursa)", 0), ("Aegean (Izmir)", 0), ("Black Sea", 0), ("Eastern Anatolia", 0)],
            [("Marmara", ("Istanbul", "Bursa")), ("Aegean", ("Izmir",)), ("Black Sea", ()), ("Eastern Anatolia", ())],
        ),
        (
            [("Java – Banten, West Java", 0), ("Sumatra – Riau, Lampung", 0), ("Kalimantan", 0)],
            [("Java", ("Banten", "West Java")), ("Sumatra", ("Riau", "Lampung")), ("Kalimantan", ())],
        ),
        (
            [("Middle East & Africa: UAE, Saudi", 0), ("Arabia, Oman, Egypt", 0)],
            [("Middle East & Africa", ("UAE", "Saudi", "Arabia, Oman, Egypt"))],
        ),
    ],
    ids=[
        "a list opening on a country lists peers: Japan lies in no South Korea",
        "items nested under a peer are its parts",
        "a bare item after items bracketing their parts is a region",
        "a bare item after items giving their parts after a dash is a region",
        "a line going on after a region's countries is no region",
    ],
)
def test_a_list_of_regions_whose_items_are_peers(items, expected):
    body = [Block("item", text, level) for text, level in items]
    found = region_items(Block("label", "By Region:"), body)
    assert [(r.region, r.countries) for r in found] == expected


def test_region_paragraphs_opening_on_the_regions_name_and_a_period_or_a_dash():
    body = [
        Block("para", "North America. The study covers the United States and Canada, where space programmes grow."),
        Block("para", "Europe. Germany, France and Italy are the countries covered in Europe; Germany leads."),
        Block("para", "Asia Pacific — the region grows fastest. The study covers China, Japan and India."),
    ]
    assert [(r.region, r.countries) for r in region_items(Block("heading", "Regional outlook", 2), body)] == [
        ("North America", ("United States", "Canada")),
        ("Europe", ("Germany", "France", "Italy")),
        ("Asia Pacific", ("China", "Japan", "India")),
    ]


def test_a_total_row_named_after_the_markets_area_is_the_whole_market():
    page = (
        "# Baltic Linen Market to Reach EUR 140 Million by 2030\n\n"
        "The Baltic linen market was worth EUR 96 million in 2024.\n\n## Market size by country\n\n"
        "| Country | 2024 (EUR million) | CAGR 2025–2030 |\n|---|---|---|\n"
        "| Lithuania | 51 | 6.1% |\n| Latvia | 27 | 5.2% |\n| Estonia | 18 | 5.9% |\n"
        "| **Baltic total** | **96** | **5.8%** |\n"
    )
    release = parse_release(page)
    assert [(c.value_pct, c.scope) for c in release.cagrs][-1] == (5.8, None)
    assert (release.forecast_start, release.forecast_end) == (2025, 2030)
    assert "Baltic total" not in [r.region for r in release.regions]


def test_a_key_figures_rows_global_market_value_is_the_whole_markets():
    page = (
        "# Marine Hybrid Propulsion Market\n\nThe marine hybrid propulsion market is set to grow.\n\n"
        "| Key figures (USD billion) | 2024 | 2025 | 2032 |\n|---|---|---|---|\n"
        "| Global market value | 4.71 | 5.16 | 9.93 |\n"
    )
    assert [(m.value, m.year, m.scope) for m in parse_release(page).market_sizes] == [
        (4.71, 2024, None),
        (5.16, 2025, None),
        (9.93, 2032, None),
    ]


def test_a_scope_tables_bare_row_between_rows_of_dimensions_is_a_dimension():
    rows = [
        Block("row", "Report Attribute | Details"),
        Block("row", "Forecast period | 2024–2030"),
        Block("row", "Product | Mortuary Cabinets, Walk-in Cold Rooms"),
        Block("row", "Temperature | Positive Temperature, Negative Temperature"),
        Block("row", "Report coverage | Revenue forecast, company ranking, competitive landscape"),
    ]
    assert [[(s.dimension, s.label) for s in found] for found in _labelled_lists(rows)] == [
        [("product", "Mortuary Cabinets"), ("product", "Walk-in Cold Rooms")],
        [("temperature", "Positive Temperature"), ("temperature", "Negative Temperature")],
    ]


def test_a_ranking_within_an_item_names_no_dimension_it():
    text = "Within it, Size 312 cells alone generated USD 274.9 million in 2023, followed by Size 13 and Size 10."
    assert ranked_segments(text) == []


def test_a_finding_line_under_a_dimension_label_is_no_list():
    page = (
        "# Snow Plow Attachments Market\n\nThe snow plow attachments market was worth USD 1.1 billion in 2024.\n\n"
        "By Vehicle Type: Pickup trucks account for most installations, followed by UTVs & ATVs and heavy-duty "
        "trucks.\n\n| Report Attribute | Details |\n|---|---|\n| By Vehicle Type | Pickup Trucks, UTVs & ATVs, "
        "Heavy-duty Trucks |\n"
    )
    assert [s.label for s in parse_release(page).segments] == ["Pickup Trucks", "UTVs & ATVs", "Heavy-duty Trucks"]


def test_company_cards_written_as_a_name_a_dash_and_a_description():
    body = [
        Block(
            "para", "Corvane Cells, Inc. — St. Louis, Missouri. FY2024 net sales of USD 2.1 billion; sells zinc cells."
        ),
        Block("para", "Ellwang Microbattery GmbH — Ellwangen. Power brand; restructuring completed in 2024."),
        Block("para", "Durant Inc. (Hathaway Holdings Inc.) — Activ range of zinc-air cells."),
    ]
    assert [p.name for p in player_items(Block("heading", "Company Profiles", 2), body)] == [
        "Corvane Cells, Inc.",
        "Ellwang Microbattery GmbH",
        "Durant Inc. (Hathaway Holdings Inc.)",
    ]


def test_a_rows_years_parted_by_slashes_each_pair_with_the_amount_in_their_place():
    rows = [Block("row", "Market Size 2024 / 2025 / 2035 | USD 17.93 Bn / USD 18.66 Bn / USD 27.41 Bn")]
    assert [b.text for b in figure_tables(rows)] == [
        "Market Size in 2024: USD 17.93 Bn | Market Size in 2025: USD 18.66 Bn | Market Size in 2035: USD 27.41 Bn"
    ]


def test_company_cards_as_headings_over_lists_of_their_lines():
    body = [
        Block("heading", "Corvane Health Technologies Inc.", 3),
        Block("item", "2024 revenue: USD 19.67 billion", 1),
        Block("item", "Lunar and Prodigy platforms", 1),
        Block("heading", "Holbeck, Inc.", 3),
        Block("item", "FY2024 revenue: USD 4.03 billion", 1),
        Block("heading", "Echoline S.p.A.", 3),
        Block("item", "Private company", 1),
    ]
    names = [p.name for p in player_items(Block("heading", "Leading Companies", 2), body)]
    assert names == ["Corvane Health Technologies Inc.", "Holbeck, Inc.", "Echoline S.p.A."]


def test_company_cards_end_at_a_higher_heading_below_a_players_line():
    body = [
        Block("heading", "GEA Group AG", 3),
        Block("para", "Düsseldorf, Germany · est. 1881"),
        Block("heading", "Oilon Oy", 3),
        Block("para", "Lahti, Finland · est. 1961"),
        Block("heading", "Heaten AS", 3),
        Block("para", "Bergen, Norway · est. 2016"),
        Block("heading", "5 Contents", 2),
        Block("item", "Executive summary", 1),
        Block("heading", "6 Questions we are often asked", 2),
    ]
    names = [p.name for p in player_items(Block("para", "Ten suppliers are profiled in depth:"), body)]
    assert names == ["GEA Group AG", "Oilon Oy", "Heaten AS"]


def test_a_players_line_whose_run_starts_at_its_cue_gives_the_names_after_it():
    body = [
        Block(
            "para",
            "The study profiles leading companies, including Aryzta AG, Grupo Bimbo, Europastry S.A., Lantmännen "
            "Unibake, General Mills Inc., Conagra Brands, Vandemoortele NV, Flowers Foods, Dawn Foods and Others...",
        )
    ]
    names = [p.name for p in player_items(Block("heading", "Competitive Landscape", 2), body)]
    assert names == [
        "Aryzta AG", "Grupo Bimbo", "Europastry S.A.", "Lantmännen Unibake", "General Mills Inc.", "Conagra Brands",
        "Vandemoortele NV", "Flowers Foods", "Dawn Foods",
    ]  # fmt: skip


def test_company_cards_as_lines_of_a_name_and_its_dotted_parts():
    body = [
        Block("para", "Kestel Robotics Corporation · HQ: Oshino, Japan · FY2024 revenue: JPY 797.1 billion"),
        Block("para", "Arnhem Weld Ltd. · HQ: Zurich, Switzerland · Arc cells"),
        Block("para", "Comau Saldatura S.p.A. · HQ: Turin, Italy · Body-in-white cells"),
    ]
    assert [p.name for p in player_items(Block("heading", "Company Profiles", 2), body)] == [
        "Kestel Robotics Corporation",
        "Arnhem Weld Ltd.",
        "Comau Saldatura S.p.A.",
    ]


def test_the_regions_a_scope_tables_one_segmentation_cell_lists_under_by_region():
    row = Block(
        "row",
        "Segmentation | By Product · Laminated · Tempered · By Region · North America (U.S., Canada) · "
        "Europe (Germany, UK, Rest of Europe) · Middle East & Africa (GCC Countries, South Africa)",
    )
    assert [(r.region, r.countries) for r in inline_regions([row])] == [
        ("North America", ("U.S.", "Canada")),
        ("Europe", ("Germany", "UK", "Rest of Europe")),
        ("Middle East & Africa", ("GCC Countries", "South Africa")),
    ]


def test_a_scope_row_naming_more_regions_than_the_sections_headings_gives_them_all():
    page = (
        "<html><body><h1>Frozen Waffles Market</h1><p>The frozen waffles market was worth EUR 6.2 billion in 2024."
        "</p><h2>Regional Insights</h2><h3>Europe</h3><p>Belgium and the Netherlands lead production.</p>"
        "<h3>South America and Middle East &amp; Africa</h3><p>Brazil is an emerging base.</p>"
        "<table><tr><th>Report Attribute</th><th>Details</th></tr><tr><td>Regions</td><td>Europe (Belgium, "
        "Netherlands, Poland), South America (Brazil, Argentina), Middle East &amp; Africa (UAE, Egypt)</td></tr>"
        "</table></body></html>"
    )
    assert [(r.region, r.countries) for r in parse_release(page).regions] == [
        ("Europe", ("Belgium", "Netherlands", "Poland")),
        ("South America", ("Brazil", "Argentina")),
        ("Middle East & Africa", ("UAE", "Egypt")),
    ]


@pytest.mark.parametrize(
    ("text", "dimension"),
    [("By Market:", "market"), ("By End Market:", "end market")],
    ids=["'By Market' over 'Domestic', 'Export'", "'By End Market'"],
)
def test_the_markets_sold_to_are_a_dimension(text, dimension):
    assert classify_header(Block("label", text)) == Header("segment", dimension)


def test_a_regions_one_part_among_lines_of_regions_and_their_parts():
    body = [
        Block("item", "București-Ilfov: Bucharest", 1),
        Block("item", "Nord-Vest: Cluj-Napoca, Oradea", 1),
        Block("item", "Vest: Timișoara, Arad", 1),
        Block("item", "Rest of Romania", 1),
    ]
    assert [(r.region, r.countries) for r in region_items(Block("label", "By Region"), body)] == [
        ("București-Ilfov", ("Bucharest",)),
        ("Nord-Vest", ("Cluj-Napoca", "Oradea")),
        ("Vest", ("Timișoara", "Arad")),
        ("Rest of Romania", ()),
    ]


def test_clauses_that_leave_out_the_verb_the_first_clause_gave():
    sentence = (
        "By type, the study covers tractor tugs and conventional tugs; by power rating, below 3,000 hp and above "
        "5,000 hp; and by application, escort towing and salvage & firefighting."
    )
    found = [(header.dimension, items) for header, items in by_dimension_statements([Block("para", sentence)])]
    assert found == [
        ("type", ["tractor tugs", "conventional tugs"]),
        ("power rating", ["below 3,000 hp", "above 5,000 hp"]),
        ("application", ["escort towing", "salvage & firefighting"]),
    ]


def test_a_countrys_parts_under_by_province_each_with_its_areas():
    page = (
        "<html><body><h1>Ireland Student Housing Market</h1><p>The Ireland student housing market was worth EUR 1.46"
        " billion in 2025.</p><h2>By Province</h2><ul><li><strong>Leinster</strong> – Dublin, Kildare, Louth</li>"
        "<li><strong>Ulster (ROI)</strong> – Donegal, Monaghan</li><li>Connacht – Galway</li></ul></body></html>"
    )
    assert [(r.region, r.countries) for r in parse_release(page).regions] == [
        ("Leinster", ("Dublin", "Kildare", "Louth")),
        ("Ulster (ROI)", ("Donegal", "Monaghan")),
        ("Connacht", ("Galway",)),
    ]


def test_a_named_regions_own_line_labels_no_list_of_regions():
    body = [
        Block("item", "Tanga Region: Korogwe, Muheza, Handeni", 1),
        Block("item", "Morogoro Region: Kilosa, Mvomero", 1),
        Block("item", "Kilimanjaro Region: Same, Mwanga", 1),
        Block("item", "Pwani Region – Bagamoyo", 1),
    ]
    assert [(r.region, r.countries) for r in region_items(Block("heading", "By Region", 2), body)] == [
        ("Tanga Region", ("Korogwe", "Muheza", "Handeni")),
        ("Morogoro Region", ("Kilosa", "Mvomero")),
        ("Kilimanjaro Region", ("Same", "Mwanga")),
        ("Pwani Region", ("Bagamoyo",)),
    ]


def test_a_countrys_districts_are_its_regions():
    assert classify_header(Block("heading", "By District", 2)) == Header("region", "district")


@pytest.mark.parametrize(
    "header",
    ["Region (kraj) | Main glassmaking towns", "Sub-region | Countries covered", "Member country | States covered"],
    ids=["a local word for 'region' in brackets", "sub-regions", "an area's member countries"],
)
def test_tables_of_regions_and_their_parts(header):
    rows = [Block("row", header), Block("row", "Liberec | Jablonec, Nový Bor"), Block("row", "Zlín | Vizovice")]
    assert [(r.region, r.countries) for r in table_lists(rows).regions] == [
        ("Liberec", ("Jablonec", "Nový Bor")),
        ("Zlín", ("Vizovice",)),
    ]


def test_a_cells_nested_list_of_regions_over_their_countries_flattened():
    rows = [
        Block("row", "By Type | Standard Cable Ties · Releasable Cable Ties"),
        Block("row", "By Material | Nylon · Stainless Steel"),
        Block(
            "row",
            "By Geography | North America · United States · Canada · Europe · Germany · Rest of Europe · "
            "Middle East and Africa · Saudi Arabia · South Africa",
        ),
    ]
    assert [(r.region, r.countries) for r in table_lists(rows).regions] == [
        ("North America", ("United States", "Canada")),
        ("Europe", ("Germany", "Rest of Europe")),
        ("Middle East and Africa", ("Saudi Arabia", "South Africa")),
    ]


def test_a_related_box_of_other_datasets_states_other_markets_figures():
    page = (
        "# Checkweighers Market\n\nThe checkweighers market was worth USD 1.84 billion in 2024 and is expected to "
        "grow at a CAGR of 6.1% over 2025-2030.\n\n## Other datasets from Lowenmark Data\n\n| Dataset | Headline |\n"
        "|---|---|\n| [Case Packers](https://lowenmark.example/reports/case-packers-market) | 4.8% CAGR, 2025–2030 |\n"
    )
    assert [c.value_pct for c in parse_release(page).cagrs] == [6.1]


def test_the_markets_sold_to_on_a_labelled_line():
    found = _labelled_lists([Block("para", "By Market: Domestic consumption · Exports")])
    assert [[(s.dimension, s.label) for s in listed] for listed in found] == [
        [("market", "Domestic consumption"), ("market", "Exports")]
    ]


def test_countries_under_by_country_each_bracketing_its_islands():
    body = [
        Block("item", "Fiji (Viti Levu, Vanua Levu)", 1),
        Block("item", "Vanuatu (Pentecost, Tanna)", 1),
        Block("item", "Rest of Pacific Islands (Solomon Islands, Papua New Guinea)", 1),
    ]
    assert [(r.region, r.countries) for r in region_items(Block("heading", "By Country", 2), body)] == [
        ("Fiji", ("Viti Levu", "Vanua Levu")),
        ("Vanuatu", ("Pentecost", "Tanna")),
        ("Rest of Pacific Islands", ("Solomon Islands", "Papua New Guinea")),
    ]


def test_a_shared_mass_noun_after_describing_words():
    sentence = "By coating, the report distinguishes galvanized, Galfan-coated and PVC-coated wire."
    found = [(header.dimension, items) for header, items in by_dimension_statements([Block("para", sentence)])]
    assert found == [("coating", ["galvanized", "Galfan-coated", "PVC-coated"])]


def test_a_plain_text_pages_capitals_heading_with_a_gloss_and_its_dotted_leader_lines():
    page = (
        "BAKERY RELEASE AGENTS MARKET\n\nThe bakery release agents market was worth USD 912.4 million in 2024 and is "
        "expected to reach USD 1.29 billion by 2030, growing at a CAGR of 5.9% over 2025-2030 as industrial bread\n"
        "lines keep growing across Europe, while Asia Pacific is projected to advance at a 6.7% CAGR between 2025 and\n"
        "2030 as packaged bread consumption rises in China and India, the report's authors write in their summary\n"
        "of the study, which covers five regions and twenty countries in detail and profiles the leading suppliers\n"
        "in each of them, from oil blends to emulsions, and from small craft bakeries to the largest plants today\n"
        "with their own demand for release agents and the equipment that sprays them on trays, pans and belts\n"
        "in the course of a normal production day, which the study also sizes in a separate chapter for readers\n"
        "who want to compare the two markets side by side over the same forecast period and the same regions\n\n"
        "REGIONAL BREAKDOWN (five regions)\n"
        "  North America ........ U.S., Canada, Mexico\n"
        "  Europe ............... Germany, U.K., France, Italy, Poland, Rest of Europe\n"
        "  Asia Pacific ......... China, Japan, India, Australia, Rest of Asia Pacific\n"
        "  Middle East & Africa . Saudi Arabia, South Africa\n"
    )
    release = parse_release(page.encode(), url="https://www.bakersbench.example/release.txt")
    assert [(r.region, len(r.countries), r.share_pct) for r in release.regions] == [
        ("North America", 3, None),
        ("Europe", 6, None),
        ("Asia Pacific", 5, None),
        ("Middle East & Africa", 2, None),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (  # "correspondent" in an item's brackets makes no byline of the sentence
            "By payment method, the market is segmented into bank transfers (SWIFT and correspondent banking), "
            "card-based payments and digital wallets.",
            [
                (
                    "payment method",
                    ["bank transfers (SWIFT and correspondent banking)", "card-based payments", "digital wallets"],
                )
            ],
        ),
        (  # semicolons part the items, so an item's own commas part nothing
            "By product, the market is segmented into meat, poultry & seafood; dairy products; oils, fats & waxes; "
            "and confectionery.",
            [("product", ["meat, poultry & seafood", "dairy products", "oils, fats & waxes", "confectionery"])],
        ),
        (  # a clause leaving out the verb keeps no preposition on its first item
            "By product, the market is segmented into gasketed PHEs and brazed PHEs; by material, into stainless "
            "steel, titanium and nickel alloys; and by end user, into marine and power generation.",
            [
                ("product", ["gasketed PHEs", "brazed PHEs"]),
                ("material", ["stainless steel", "titanium", "nickel alloys"]),
                ("end user", ["marine", "power generation"]),
            ],
        ),
    ],
)
def test_lists_stated_in_a_sentence_with_brackets_semicolons_or_a_verb_left_out(sentence, expected):
    found = [(h.dimension, items) for h, items in by_dimension_statements([Block("para", sentence)])]
    assert [found_list for found_list in found if found_list in expected] == expected
    assert not [items for _, items in found if items[0].startswith("into ")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "By container size, the market is split into 20 Feet, 40 Feet and 45 Feet.",
            ["20 Feet", "40 Feet", "45 Feet"],
        ),
        ("By flavour, the market is split into five groups: mint, fruit and coffee.", ["mint", "fruit", "coffee"]),
    ],
)
def test_a_count_before_a_colon_is_no_item_but_a_size_is(sentence, expected):
    assert [items for _, items in by_dimension_statements([Block("para", sentence)])] == [expected]


def test_a_byline_still_reads_as_one_when_its_date_ends_the_line():
    byline = "By Ingrid Halvorsen, Lead Analyst – Transport Equipment · 5 November 2025"
    assert list(by_dimension_statements([Block("para", byline)])) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Nordhaven names Baltic Datacenter Group, Telivo Eesti AS and Kratt Cloud OÜ among the key players.",
            ["Baltic Datacenter Group", "Telivo Eesti AS", "Kratt Cloud OÜ"],
        ),
        (
            "The report names Qorvane Instruments, Atomion GmbH and Helios Quantum Devices as the leading vendors.",
            ["Qorvane Instruments", "Atomion GmbH", "Helios Quantum Devices"],
        ),
        (
            "Leading suppliers in 2024 were Tatra Therm, Kovoterm and EcoVapor Slovakia.",
            ["Tatra Therm", "Kovoterm", "EcoVapor Slovakia"],
        ),
    ],
)
def test_players_named_beside_what_they_are(sentence, expected):
    assert names_after_cue(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Prominent vendors were identified as Quantix Silicon, Helion Microsystems Inc., Neuralane and Arcfield.",
            ["Quantix Silicon", "Helion Microsystems Inc.", "Neuralane", "Arcfield"],
        ),
        ("Key players include Shahrah Motors Ltd and Ravi Riders.", ["Shahrah Motors Ltd", "Ravi Riders"]),
        ("Key players include Pakistan and India.", []),
        (
            "The report profiles Solarna Tehnika d.o.o., Inverta GmbH and Voltaris S.p.A. Kvarner Energetika, the "
            "only listed company among them, booked EUR 41 million.",
            ["Solarna Tehnika d.o.o.", "Inverta GmbH", "Voltaris S.p.A."],
        ),
        ("The market includes Shahrah Motors Ltd and Ravi Riders.", []),
    ],
    ids=[
        "players identified as",
        "two players need no comma when the sentence calls them players",
        "two places are no players",
        "a dotted legal form ends the last name and its sentence",
        "two names in a sentence that calls them nothing",
    ],
)
def test_players_named_after_more_cues(sentence, expected):
    assert names_after_cue(sentence) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (
            "Volume is concentrated. The organised market is led by Meghna Aqua Ltd, Padma Beverages PLC, Crystalline "
            "Bangla Ltd and Sylhet Springs Ltd.",
            ["Meghna Aqua Ltd", "Padma Beverages PLC", "Crystalline Bangla Ltd", "Sylhet Springs Ltd."],
        ),
        ("Growth is led by Dhaka, Chattogram, Sylhet and Khulna.", []),
        (
            "Prominent growers and processors include Southern Kelp Co., Reefline Marine Pty Ltd, Tasman Algae Farms "
            "and Kinara Seaweeds.",
            ["Southern Kelp Co.", "Reefline Marine Pty Ltd", "Tasman Algae Farms", "Kinara Seaweeds"],
        ),
    ],
    ids=[
        "names that each end in a legal form are companies whatever the sentence calls them",
        "places after the same cue are none",
        "growers are players",
    ],
)
def test_players_a_page_names_only_in_prose(paragraph, expected):
    page = f"# Bottled Water Market\n\nThe bottled water market grows at a CAGR of 12% over 2025-2030.\n\n{paragraph}"
    assert [p.name for p in parse_release(page).players] == expected


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "We profile ClearArc Dental, Orthiq Systems, Dentaform AG and Smilecraft Labs.",
            ["ClearArc Dental", "Orthiq Systems", "Dentaform AG", "Smilecraft Labs"],
        ),
        (
            "NatureWorks LLC, BASF SE, Danimer Scientific and Futamura Group are profiled.",
            ["NatureWorks LLC", "BASF SE", "Danimer Scientific", "Futamura Group"],
        ),
        (
            "BayWa r.e. AG, Tatravagónka a.s., Sokpol Sp. z o.o. and Spotzero by Milton",
            ["BayWa r.e. AG", "Tatravagónka a.s.", "Sokpol Sp. z o.o.", "Spotzero by Milton"],
        ),
        (
            "The competitive landscape section benchmarks Yara International ASA, ICL Group Ltd., Haifa Group and "
            "Coromandel International Limited on product breadth, capacity and regional reach.",
            ["Yara International ASA", "ICL Group Ltd.", "Haifa Group", "Coromandel International Limited"],
        ),
    ],
)
def test_a_companies_section_run_drops_its_sentences_words_around_the_names(sentence, names):
    body = [Block("para", sentence)]
    assert [p.name for p in player_items(Block("heading", "Companies", 2), body)] == names


@pytest.mark.parametrize(
    ("paragraph", "parts"),
    [
        (  # a clause after the part's name, dashes around its areas, and brackets whose last two "and" joins
            "Kanto, which takes in Tokyo, Kanagawa and Saitama, was the largest regional market in FY24. Chubu — "
            "Aichi and Shizuoka in particular — is home to the car makers. The South (Paraná and Rio Grande do Sul) "
            "follows.",
            [("Kanto", ("Tokyo", "Kanagawa", "Saitama")), ("Chubu", ("Aichi", "Shizuoka")),
             ("South", ("Paraná", "Rio Grande do Sul"))],
        ),
        (  # "comprising" names the areas too, and the parts ranked after them by name alone are parts as well
            "The Seoul Capital Area, comprising Seoul, Incheon and Gyeonggi, held half of all chargers. Yeongnam — "
            "Busan, Ulsan and Daegu — grows fastest. Chungcheong, Honam and Jeju Island make up the remainder.",
            [("Seoul Capital Area", ("Seoul", "Incheon", "Gyeonggi")), ("Yeongnam", ("Busan", "Ulsan", "Daegu")),
             ("Chungcheong", ()), ("Honam", ()), ("Jeju Island", ())],
        ),
        (  # "where" its areas do something
            "Kanto, covering Tokyo and Chiba, took 36% of spending. Kyushu, where Fukuoka and Kumamoto have subsidy "
            "schemes, is expected to grow fastest.",
            [("Kanto", ("Tokyo", "Chiba")), ("Kyushu", ("Fukuoka", "Kumamoto"))],
        ),
        (  # between dashes after a word that says so: "covering", "chiefly"
            "Bohemia – covering Prague, Kladno and Plzeň Region – took two-thirds. Moravia – chiefly Brno and Zlín – "
            "grows faster.",
            [("Bohemia", ("Prague", "Kladno", "Plzeň Region")), ("Moravia", ("Brno", "Zlín"))],
        ),
        (  # one sentence naming parts is a run of them, read as a list elsewhere
            "Kanto (Tokyo, Saitama) and Kansai (Osaka, Kyoto) lead, while demand elsewhere is flat.",
            [],
        ),
        (  # regions with their countries are read as such
            "North America, which includes the U.S. and Canada, leads. Europe (Germany, France) follows.",
            [],
        ),
    ],
)  # fmt: skip
def test_a_countrys_parts_told_in_sentences_with_their_areas(paragraph, parts):
    assert [(r.region, r.countries) for r in parts_with_their_areas(paragraph)] == parts


def test_a_one_country_markets_parts_told_under_a_heading_that_names_no_regions():
    page = (
        "<html><head><title>Korea EV Charging Market</title></head><body>"
        "<h1>Korea EV Charging Market to Reach KRW 4.8 Trillion by 2030</h1>"
        "<p>The Korea EV charging market was valued at KRW 1.9 trillion in 2024 and is projected to reach KRW 4.8 "
        "trillion by 2030, a CAGR of 16.7% over 2025-2030.</p>"
        "<h2>Capital area dominates, Yeongnam grows fastest</h2>"
        "<p>The Seoul Capital Area, comprising Seoul, Incheon and Gyeonggi, held just under half of installed "
        "chargers. Yeongnam — Busan, Ulsan and Daegu — is expected to see the fastest growth. Chungcheong and Honam "
        "make up the remainder.</p></body></html>"
    )
    assert [(r.region, r.countries) for r in parse_release(page).regions] == [
        ("Seoul Capital Area", ("Seoul", "Incheon", "Gyeonggi")),
        ("Yeongnam", ("Busan", "Ulsan", "Daegu")),
        ("Chungcheong", ()),
        ("Honam", ()),
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            ["Land | Leading cities | Share of 2024 volume",
             "North Rhine-Westphalia | Cologne, Düsseldorf, Münster | 24.0%", "Bavaria | Munich, Nuremberg | 19.5%"],
            [("North Rhine-Westphalia", ("Cologne", "Düsseldorf", "Münster")), ("Bavaria", ("Munich", "Nuremberg"))],
        ),
        (
            ["Zone | Key States / UTs | FY2025 Share", "North India | Uttar Pradesh, Delhi NCR, Punjab | 29.4%"],
            [("North India", ("Uttar Pradesh", "Delhi NCR", "Punjab"))],
        ),
        (  # Armenia's provinces, by their own word
            ["Marz | Cities and towns covered", "Ararat | Artashat, Masis, Vedi", "Tavush | Ijevan, Berd"],
            [("Ararat", ("Artashat", "Masis", "Vedi")), ("Tavush", ("Ijevan", "Berd"))],
        ),
    ],
    ids=["German states", "Indian zones", "Armenian marzer"],
)  # fmt: skip
def test_a_table_of_a_countrys_parts_headed_by_a_local_word_lists_them_with_their_cities(rows, expected):
    assert table_lists([Block("row", row) for row in rows]).regions == [RegionMention(*r) for r in expected]


def test_a_countrys_parts_each_headed_over_a_paragraph_that_opens_on_their_areas():
    header = Block("heading", "Regional outlook", 2)
    body = [
        Block("para", "The study splits the country into the five macro-regions."),
        Block("heading", "Center-West", 3),
        Block("para", "Mato Grosso, Goiás and the Distrito Federal together held 39.5% of 2024 revenue."),
        Block("heading", "South", 3),
        Block("para", "Paraná and Santa Catarina: smaller properties and early adoption."),
        Block("heading", "Southeast", 3),
        Block("para", "The Southeast, which takes in São Paulo and Minas Gerais, is driven by sugarcane."),
        Block("heading", "North", 3),
        Block("para", "Still a small base, but growing fast in pasture."),
    ]
    assert [(r.region, r.countries) for r in region_items(header, body)] == [
        ("Center-West", ("Mato Grosso", "Goiás", "Distrito Federal")),
        ("South", ("Paraná", "Santa Catarina")),
        ("Southeast", ("São Paulo", "Minas Gerais")),
        ("North", ()),
    ]
    trends = [Block("heading", "Key Trends", 3), Block("para", "Germany, France and Italy lead the region.")]
    assert [r.region for r in region_items(header, trends * 2)] != ["Key Trends", "Key Trends"]  # countries: none


def test_a_report_titles_run_of_dimensions_lists_no_items():
    line = "By Product, By Group Count, By End Use, By Sales Channel, By Region, and Segment Forecasts"
    assert list(by_dimension_statements([Block("para", line)])) == []
    assert list(by_dimension_statements([Block("para", "By Product, Espresso, Capsule and Filter")])) == [
        (Header("segment", "product"), ["Espresso", "Capsule", "Filter"])
    ]


def test_provinces_ranked_by_a_measure_are_a_countrys_parts_not_a_dimensions_items():
    paragraph = (
        "Regionally, the study looks at the five largest provinces by e-bike spending: North Holland (Amsterdam, "
        "Haarlem), South Holland (Rotterdam, The Hague), Utrecht (Utrecht, Amersfoort) and Gelderland (Arnhem)."
    )
    assert list(by_dimension_statements([Block("para", paragraph)])) == []
    page = (
        "<html><body><h1>Dutch e-bike market heading for €3.4 billion</h1><p>The market will grow at a CAGR of 6.6% "
        f"over 2025-2031.</p><h2>Randstad leads, Brabant catches up</h2><p>{paragraph}</p></body></html>"
    )
    assert [(r.region, r.countries) for r in parse_release(page).regions] == [
        ("North Holland", ("Amsterdam", "Haarlem")),
        ("South Holland", ("Rotterdam", "The Hague")),
        ("Utrecht", ("Utrecht", "Amersfoort")),
        ("Gelderland", ("Arnhem",)),
    ]


@pytest.mark.parametrize("dot", ["·", "•"])
def test_a_countrys_parts_each_a_heading_over_a_line_of_areas_parted_by_dots(dot):
    header = Block("heading", "Regional Analysis", 2)
    body = [
        Block("para", "North Island accounts for roughly 68% of installations. The South Island grows faster."),
        Block("heading", "North Island", 4),
        Block("para", f"Auckland {dot} Waikato {dot} Bay of Plenty"),
        Block("heading", "South Island", 4),
        Block("para", f"Canterbury {dot} Otago"),
    ]
    assert [(r.region, r.countries) for r in region_items(header, body)] == [
        ("North Island", ("Auckland", "Waikato", "Bay of Plenty")),
        ("South Island", ("Canterbury", "Otago")),
    ]


def test_a_dimensions_name_holds_no_verb_nor_its_lists_first_item():
    sentence = "By orbit it is split into GEO, MEO and LEO; by frequency band into C-band, Ku-band and Ka-band."
    assert list(by_dimension_statements([Block("para", sentence)])) == [
        (Header("segment", "orbit"), ["GEO", "MEO", "LEO"]),
        (Header("segment", "frequency band"), ["C-band", "Ku-band", "Ka-band"]),
    ]


def test_regions_told_in_words_beside_those_with_bracketed_countries():
    paragraph = (
        "North America held 46.3% of revenue, with the U.S. and Canada both benefiting from mature budgets. Europe "
        "(Germany, UK, France) is the second-largest region, where the UK leads. Asia Pacific (China, India) grows "
        "fastest. Latin America, chiefly Brazil and Mexico, and the Middle East & Africa, led by Saudi Arabia and the "
        "UAE, complete the regional picture."
    )
    found = region_items(Block("heading", "Regional Outlook", 2), [Block("para", paragraph)])
    assert [(r.region, r.countries) for r in found] == [
        ("North America", ("U.S.", "Canada")),
        ("Europe", ("Germany", "UK", "France")),
        ("Asia Pacific", ("China", "India")),
        ("Latin America", ("Brazil", "Mexico")),
        ("Middle East & Africa", ("Saudi Arabia", "UAE")),
    ]


def test_a_label_over_the_reports_facts_after_the_players_paragraph_lists_no_players():
    header = Block("heading", "Competitive landscape", 2)
    body = [
        Block("para", "Prominent companies profiled include Clarabyte Foods, Helix Harvest Inc. and Lactora Labs."),
        Block("label", "Report at a glance"),
        Block("item", "Base year 2024; forecast 2025–2033", 1),
        Block("item", "246 pages, 118 exhibits", 1),
    ]
    assert [p.name for p in player_items(header, body)] == ["Clarabyte Foods", "Helix Harvest Inc.", "Lactora Labs"]


def test_a_region_list_ends_at_the_pages_next_part():
    header = Block("label", "Regional Analysis:")
    body = [
        Block("item", "North America:", 1),
        Block("item", "United States", 2),
        Block("item", "Europe:", 1),
        Block("item", "Germany", 2),
        Block("label", "Research Methodology"),
        Block("para", "The study combines primary interviews with forge operators, tooling suppliers and OEMs."),
        Block("label", "Contact Us:"),
        Block("para", "Gildenmoor Reports"),
    ]
    assert [(r.region, r.countries) for r in region_items(header, body)] == [
        ("North America", ("United States",)),
        ("Europe", ("Germany",)),
    ]


def test_a_table_pricing_the_reports_licences_lists_no_dimensions():
    rows = [
        Block("heading", "Licence Options", 2),
        Block("row", "Single User | Five User | Enterprise"),
        Block("row", "US$ 4,150 | US$ 5,250 | US$ 7,450"),
        Block("row", "PDF only | PDF + Excel | PDF + Excel + 20 analyst hours"),
    ]
    assert _labelled_lists(rows) == []
    scope = [Block("row", "Market Size 2024 | USD 1.2 Bn"), Block("row", "By End User | Hospitals, Clinics")]
    assert [[s.label for s in found] for found in _labelled_lists(scope)] == [["Hospitals", "Clinics"]]


@pytest.mark.parametrize(
    ("item", "labels"),
    [
        ("Self-Polishing Copolymer (SPC)", [("Self-Polishing Copolymer (SPC)", None)]),  # its acronym
        ("Printed Boards (PCBs)", [("Printed Boards (PCBs)", None)]),  # a plural acronym
        ("Foul Release (Silicone)", [("Foul Release", None), ("Silicone", "Foul Release")]),  # a sub-item
    ],
)
def test_a_single_bracketed_acronym_is_part_of_the_label(item, labels):
    assert [(s.label, s.parent) for s in segment_with_children("type", item, 1)] == labels


def test_a_region_named_in_passing_beside_its_hyphenated_fuller_name_is_none_of_its_own():
    blocks = [
        Block("para", "Kimchi exports to Asia keep rising. North America (U.S., Canada) leads."),
        Block("para", "Asia-Pacific (South Korea, China, Japan) grows fastest."),
    ]
    assert [r.region for r in regions_named_in_sentences(blocks)] == ["North America", "Asia-Pacific"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (  # a lower-case brand with its legal form reads as a name among the run
            "Brands covered include Tesla, Inc., Sungrow Power Co., Ltd., BYD, sonnen GmbH and Redback Technologies. "
            "Chinese manufacturers have gained share.",
            ["Tesla, Inc.", "Sungrow Power Co., Ltd.", "BYD", "sonnen GmbH", "Redback Technologies"],
        ),
        (  # one company named after its country among the others is no place
            "The report lists Doorvia Technologies, Kavach Smart Homes, Zentrix Locks and Orvano Hardware India among "
            "the key players.",
            ["Doorvia Technologies", "Kavach Smart Homes", "Zentrix Locks", "Orvano Hardware India"],
        ),
    ],
)
def test_names_in_a_players_sentence(sentence, names):
    assert names_after_cue(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the second dimension's clause leaves the verb out after ", and by"
            "By application, we cover agriculture, golf courses and residential lawns, and by connectivity, Wi-Fi, "
            "cellular and LoRa.",
            [("application", ["agriculture", "golf courses", "residential lawns"]),
             ("connectivity", ["Wi-Fi", "cellular", "LoRa"])],
        ),
        (  # "including" after a dashed first dimension
            "The report splits the market by offering — hardware, software and services — and by application, "
            "including yield monitoring, field mapping and crop scouting.",
            [("offering", ["hardware", "software", "services"]),
             ("application", ["yield monitoring", "field mapping", "crop scouting"])],
        ),
        (  # "by end use between ..." is no dimension named before a comma
            "By enterprise size it is split between large enterprises and SMEs, and by end use between manufacturing, "
            "retail and healthcare.",
            [("enterprise size", ["large enterprises", "SMEs"]),
             ("end use", ["manufacturing", "retail", "healthcare"])],
        ),
    ],
)  # fmt: skip
def test_a_second_dimension_stated_after_the_first_in_one_sentence(sentence, expected):
    assert [(h.dimension, items) for h, items in by_dimension_statements([Block("para", sentence)])] == expected


def test_a_regions_short_name_in_brackets_is_no_country_of_it():
    assert region_with_countries("Middle East and Africa (MEA)") is None
    assert region_with_countries("Rest of the World (RoW)") is None
    assert region_with_countries("Middle East and Africa (GCC, South Africa)") == (
        "Middle East and Africa",
        ["GCC", "South Africa"],
    )


def test_a_statement_ending_in_a_colon_lists_nothing_itself():
    """ "analysed across the following regions and countries:" heads the list below; its own words are no items."""
    text = "Region-wise, the Air Purifiers Market is analysed across the following regions and countries:"
    assert list(by_dimension_statements([Block("para", text)])) == []


def test_a_countries_lead_with_nothing_after_it_adds_no_country():
    body = [Block("item", "Europe (Germany, France)", 1), Block("item", "Countries:", 1)]
    assert [(r.region, list(r.countries)) for r in region_items(Block("heading", "By Region"), body)] == [
        ("Europe", ["Germany", "France"])
    ]


def test_a_market_separated_by_a_dimension_into_items_is_a_list():
    text = (
        "It further separates the industry by process into hydrometallurgical, pyrometallurgical and direct "
        "recycling, and by end use into electric vehicles, consumer electronics and industrial."
    )
    assert _stated_lists(text) == [
        ("process", ["hydrometallurgical", "pyrometallurgical", "direct recycling"]),
        ("end use", ["electric vehicles", "consumer electronics", "industrial"]),
    ]


def test_each_clause_of_a_sentence_can_give_an_item_its_children():
    text = (
        "Non-residential is further broken down into commercial, industrial and institutional, while "
        "infrastructure is split into transportation, energy & utilities, and water & wastewater."
    )
    assert stated_children([Block("para", text)]) == {
        "non-residential": ["commercial", "industrial", "institutional"],
        "infrastructure": ["transportation", "energy & utilities", "water & wastewater"],
    }


def test_names_before_are_profiled_are_the_players():
    text = (
        "Nordson Corporation, Henniker Plasma, relyon plasma GmbH, Tantec A/S, P2i Ltd. and US Medical "
        "Innovations LLC are profiled in the study. Most compete on throughput."
    )
    assert names_after_cue(text) == [
        "Nordson Corporation",
        "Henniker Plasma",
        "relyon plasma GmbH",
        "Tantec A/S",
        "P2i Ltd.",
        "US Medical Innovations LLC",
    ]


@pytest.mark.parametrize("verb", ["divide", "classify", "categorise", "separate"])
def test_we_verb_the_market_by_a_dimension_into_items(verb):
    text = f"We {verb} the market by solution into direct-to-chip cooling, immersion cooling and rear-door units."
    assert _stated_lists(text) == [("solution", ["direct-to-chip cooling", "immersion cooling", "rear-door units"])]


def test_dashed_dimension_lines_under_a_segmentation_sentence():
    blocks = [
        Block("para", "Coral Coast Research segments the market as follows:"),
        Block("para", "Product type – Still Water; Sparkling Water; Flavoured & Functional Water."),
        Block("para", "Packaging – PET Bottles; Glass Bottles; Cans."),
        Block("para", "Suva – the capital – takes most of the chilled volume."),
    ]
    assert [[(s.dimension, s.label) for s in found] for found in _labelled_lists(blocks)] == [
        [
            ("product type", "Still Water"),
            ("product type", "Sparkling Water"),
            ("product type", "Flavoured & Functional Water"),
        ],
        [("packaging", "PET Bottles"), ("packaging", "Glass Bottles"), ("packaging", "Cans")],
    ]
    # elsewhere a dashed line labels its items only by a dimension's own word ("Packaging" is one): not "Suva", nor
    # "Highlights"
    elsewhere = [*blocks[1:], Block("para", "Highlights – Still Water; Glass Bottles; Cans.")]
    assert [[s.label for s in found] for found in _labelled_lists(elsewhere)] == [
        ["Still Water", "Sparkling Water", "Flavoured & Functional Water"],
        ["PET Bottles", "Glass Bottles", "Cans"],
    ]
    lines = [
        Block("para", "Application — Memory; CPU/GPU & AI Accelerators; RF Devices"),
        Block("para", "Production technique – Electric Chillers; Absorption Chillers"),
    ]
    assert [[(s.dimension, s.label) for s in found] for found in _labelled_lists(lines)] == [
        [("application", "Memory"), ("application", "CPU/GPU & AI Accelerators"), ("application", "RF Devices")],
        [("production technique", "Electric Chillers"), ("production technique", "Absorption Chillers")],
    ]


def test_a_run_of_names_over_the_reports_details_is_the_players_list():
    body = [
        Block("para", "CJ CheilJedang, Ottogi, Pulmuone, Daesang and Nongshim. CJ CheilJedang remains the leader."),
        Block("item", "Published February 2025", 1),
        Block("item", "Pages 142", 1),
        Block("item", "Price USD 3,900 (Single User)", 1),
    ]
    assert [p.name for p in player_items(Block("heading", "Major companies", 4), body)] == [
        "CJ CheilJedang",
        "Ottogi",
        "Pulmuone",
        "Daesang",
        "Nongshim",
    ]


def test_a_sentence_naming_operators_heads_no_players():
    assert (
        classify_header(Block("para", "Overnight depot charging remains the dominant model for city operators."))
        is None
    )


def test_segmented_on_the_basis_of_a_dimension_into_items():
    text = "The market has been segmented on the basis of product into insulin glargine, insulin aspart and others."
    assert _stated_lists(text) == [("product", ["insulin glargine", "insulin aspart", "others"])]


def test_a_survey_outlines_rows_list_no_segments():
    rows = [
        Block(
            "row", "Survey method | Face-to-face and online interviews by our analysts, supplemented by desk research"
        ),
        Block("row", "Format / page | PDF, 186 pages (Japanese), English edition"),
        Block("row", "Sales channel | Direct sales, Rental & leasing"),
    ]
    assert [[s.label for s in found] for found in _labelled_lists(rows)] == [["Direct sales", "Rental & leasing"]]


@pytest.mark.parametrize(
    "line",
    ["Licence Options", "Single User LicenceUSD 3,950        Multi User LicenceUSD 5,450"],
    ids=["a pricing box's heading", "its prices glued to their licences"],
)
def test_a_price_boxs_lines_name_no_company(line):
    assert not names_a_company(line)


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the dimension's noun after the list it names
            "On the demand side, the report sorts consumption into Residential and Commercial end users.",
            [("end user", ["Residential", "Commercial"])],
        ),
        (
            "The report sorts revenue into OEM and Aftermarket sales channels.",
            [("sales channel", ["OEM", "Aftermarket"])],
        ),
        (  # the dimension named in the sentence before the list, which "plus" goes on
            "End-use industry is the last lens. The study covers Construction Machinery, Agricultural Machinery and "
            "Mining Equipment, plus Industrial Manufacturing and Marine.",
            [
                (
                    "end-use industry",
                    [
                        "Construction Machinery",
                        "Agricultural Machinery",
                        "Mining Equipment",
                        "Industrial Manufacturing",
                        "Marine",
                    ],
                )
            ],
        ),
        (
            "Chemistry is the second lens the analysts use. Phosphate-Based products remain on sale in few places.",
            [],
        ),
    ],
    ids=["sorted into, the noun after", "sales channels after the list", "a lens, then its list", "a lens, no list"],
)
def test_a_dimension_named_after_its_list_or_in_the_sentence_before(text, expected):
    assert _stated_lists(text) == expected


def test_a_lists_last_items_joined_by_as_well_as_or_plus():
    assert list_items("Powder, Liquid and Gel, as well as Unit-Dose Formats") == [
        "Powder",
        "Liquid",
        "Gel",
        "Unit-Dose Formats",
    ]
    assert list_items("Convenience Stores and Online Retail plus Janitorial Supply Distributors") == [
        "Convenience Stores",
        "Online Retail",
        "Janitorial Supply Distributors",
    ]
    assert list_items("Surplus Stores, Outlets") == ["Surplus Stores", "Outlets"]  # "plus" inside a word joins nothing


def test_sub_items_in_brackets_parted_by_semicolons():
    assert segment_with_children("application", "Irrigation (Drip & Sprinkler-linked; Flood/Furrow)", 2) == [
        Segment("application", "Irrigation"),
        Segment("application", "Drip & Sprinkler-linked", "Irrigation"),
        Segment("application", "Flood/Furrow", "Irrigation"),
    ]


def test_a_legal_form_of_lower_case_words_ends_a_sentences_last_name():
    # "z" would otherwise read as the sentence going on after the name; a clause after a name still ends it
    sentence = "The report profiles Logstor (Kingspan Group), Nordvarme Rør A/S and Kraków Thermoline Sp. z o.o."
    assert names_after_cue(sentence) == [
        "Logstor (Kingspan Group)",
        "Nordvarme Rør A/S",
        "Kraków Thermoline Sp. z o.o.",
    ]
    sentence = "The field is led by Linfox Pty Ltd, Qube Holdings Limited, with Brindabella Freight Pty Ltd growing."
    assert not any(name.startswith("with ") for name in names_after_cue(sentence))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dimension named at the end, by the study's own noun
        ("Dogs, cats and ferrets make up the animal-type view.", [("animal-type", ["Dogs", "cats", "ferrets"])]),
        (
            "Retail, foodservice and processing form the application split.",
            [("application", ["Retail", "foodservice", "processing"])],
        ),
        ("Line fit and retrofit make up the fit dimension.", [("fit", ["Line fit", "retrofit"])]),
        (
            "Clinics, stores and online retail complete the picture as distribution channels.",
            [("distribution channel", ["Clinics", "stores", "online retail"])],
        ),
        (
            "Staple fiber and filament yarn – the latter split into POY and FDY – are the product types examined.",
            [("product type", ["Staple fiber", "filament yarn (POY, FDY)"])],
        ),
        # a list told as a range, the dimension named before it
        (
            "The seat-class breakdown extends from first class through business class and premium economy to economy.",
            [("seat-class", ["first class", "business class", "premium economy", "economy"])],
        ),
        (
            "Among end users, the study runs from BFSI through IT & telecom and healthcare to media & entertainment, "
            "the last of which buys least.",
            [("end user", ["BFSI", "IT & telecom", "healthcare", "media & entertainment"])],
        ),
        (  # divided by a dimension among its items
            "Demand is divided by end user among Public Transit Agencies, Private Fleet Operators and School Bus "
            "Operators. Transit agencies dominate.",
            [("end user", ["Public Transit Agencies", "Private Fleet Operators", "School Bus Operators"])],
        ),
        (  # an item's sub-items after "namely", up to the list's next item
            "By distribution channel, sales divide between Online, namely Brand Websites and Marketplaces, and "
            "Offline.",
            [("distribution channel", ["Online (Brand Websites, Marketplaces)", "Offline"])],
        ),
        (  # a dimension's items after "namely"
            "Demand is also measured by end user, namely Shippers & Manufacturers, Third-Party Logistics Providers, "
            "and Carriers & Airlines.",
            [("end user", ["Shippers & Manufacturers", "Third-Party Logistics Providers", "Carriers & Airlines"])],
        ),
        (  # an item's own parts, by a dimension of their own, are no list of the page's
            "Electric Vehicles, the largest application, are modelled by vehicle class, namely Two-Wheelers and Buses.",
            [],
        ),
        (  # a counted list after "namely"
            "Three mounting types are considered, namely clamp-on, inline and insertion.",
            [("mounting type", ["clamp-on", "inline", "insertion"])],
        ),
        (  # the dimension's own list after "namely": no item's sub-items
            "The study segments the market by end use — Housing, Infrastructure — and by sales channel, namely "
            "Dealers & Retailers and Direct Institutional Sales.",
            [
                ("end use", ["Housing", "Infrastructure"]),
                ("sales channel", ["Dealers & Retailers", "Direct Institutional Sales"]),
            ],
        ),
        (  # from the first item to a list of the rest, then a sentence about one
            "The application split runs from Liquid Milk to Cheese & Paneer, Butter & Ghee, Milk Powder, and Ice "
            "Cream & Frozen Desserts. Liquid milk still accounts for most installed capacity.",
            [
                (
                    "application",
                    ["Liquid Milk", "Cheese & Paneer", "Butter & Ghee", "Milk Powder", "Ice Cream & Frozen Desserts"],
                )
            ],
        ),
        (  # the first item's sub-items after "including"
            "The application split runs from Commercial use, including Agriculture and Delivery & Logistics, to "
            "Recreational use and Government & Public Safety.",
            [
                (
                    "application",
                    [
                        "Commercial use (Agriculture, Delivery & Logistics)",
                        "Recreational use",
                        "Government & Public Safety",
                    ],
                )
            ],
        ),
        (
            "Capacity is broken down as up to 1 MW, 1–10 MW and above 10 MW.",
            [("capacity", ["up to 1 MW", "1–10 MW", "above 10 MW"])],
        ),
        (
            "Voltmere's product taxonomy comprises stacks and containerised systems.",
            [("product", ["stacks", "containerised systems"])],
        ),
        # sub-items in an aside that says so, bracketed under their item
        (
            "Stents, catheters and accessories – chiefly guidewires and sheaths – form the product-type view.",
            [("product-type", ["Stents", "catheters", "accessories (guidewires, sheaths)"])],
        ),
        (
            "By commodity, the study comprises metal ores, chiefly copper and gold; coal; and industrial minerals.",
            [("commodity", ["metal ores (copper, gold)", "coal", "industrial minerals"])],
        ),
        (
            "Its product view covers glued panels and fastened panels, the latter chiefly dowel panels and nail "
            "panels, both of which avoid glue.",
            [("product", ["glued panels", "fastened panels (dowel panels, nail panels)"])],
        ),
        (
            "Transport modes considered are Road Freight, which the report breaks into Full Truckload and Parcel, "
            "together with Ocean Freight and Rail Freight.",
            [("transport mode", ["Road Freight (Full Truckload, Parcel)", "Ocean Freight", "Rail Freight"])],
        ),
        (
            "Products fall into Bucket Teeth, Adapters and Shrouds, and the report further divides Shrouds into Lip "
            "Shrouds and Wing Shrouds.",
            [("product", ["Bucket Teeth", "Adapters", "Shrouds"])],
        ),
        (
            "End users in the study are Oil and Gas, Utilities, and Public Safety Agencies.",
            [("end user", ["Oil and Gas", "Utilities", "Public Safety Agencies"])],
        ),
        (
            "The analysis also covers packaging formats, namely Stand-Up Pouches, Flat Pouches and Sachets, and Bags.",
            [("packaging format", ["Stand-Up Pouches", "Flat Pouches and Sachets", "Bags"])],
        ),
        # a dashed list with no such word stays the dashed dimension's own
        (
            "It groups the sector by technology – hydroponics and aeroponics – and by crop – herbs and tomatoes.",
            [("technology", ["hydroponics", "aeroponics"]), ("crop", ["herbs", "tomatoes"])],
        ),
    ],
)
def test_lists_told_in_prose_by_their_view_their_range_or_with_sub_items_in_an_aside(text, expected):
    assert _stated_lists(text) == expected


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("By supply: On-site (Electrolysis; Reforming) / Off-site", ["On-site (Electrolysis; Reforming)", "Off-site"]),
        ("By Pressure: 350 bar / 700 bar", ["350 bar", "700 bar"]),
        # not the slashes inside an item's brackets
        ("Animal Type: Companion (Canine / Feline) / Equine", ["Companion (Canine / Feline)", "Equine"]),
        # where bars part the items, a spaced slash joins two words of one
        ("By Type: Chiller | Inflatable / Portable Tubs | Barrel", ["Chiller", "Inflatable / Portable Tubs", "Barrel"]),
    ],
)  # fmt: skip
def test_spaced_slashes_part_a_lines_items_where_nothing_else_does(line, items):
    from pipelines.parse.lists import inline_list

    assert inline_list(line) == items
