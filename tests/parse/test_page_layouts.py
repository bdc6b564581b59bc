"""Whole layouts, read end to end from small pages: a country's market split into its own parts (counties, provinces,
governorates, island groups) with the towns each covers, scope blocks and tables, lists under numbered or bare
headings. Each case says why it exists."""

import pytest

from pipelines.parse import parse_release
from pipelines.parse.blocks import Block
from pipelines.parse.sections import by_dimension_statements, classify_header, dimension_name

OPENING = (
    "<html><head><title>Freshland Cider Market Report</title></head><body>"
    "<h1>Freshland Cider Market to Reach EUR 412 Million by 2031</h1>"
    "<p>The Freshland cider market was valued at EUR 288 million in 2024 and is expected to grow at a CAGR of "
    "5.3% between 2025 and 2031, according to Orchardline Research.</p>"
)


def _regions(body: str) -> list[tuple[str, tuple[str, ...]]]:
    release = parse_release(f"{OPENING}{body}</body></html>")
    return [(r.region, r.countries) for r in release.regions]


def _segments(body: str) -> list[tuple[str, str, str | None]]:
    release = parse_release(f"{OPENING}{body}</body></html>")
    return [(s.dimension, s.label, s.parent) for s in release.segments]


def test_a_table_of_planning_regions_gives_each_its_hubs():
    # "Planning region" is a kind of region with a qualifier; the second column lists its towns
    table = (
        "<h2>Where the cider is drunk</h2><table><tr><th>Planning region</th><th>Main hubs covered</th>"
        "<th>Share of 2024 value</th></tr><tr><td>Upland Region</td><td>Carrow, Dunmere</td><td>41%</td></tr>"
        "<tr><td>Coastal Region</td><td>Porthale, Westby, Ellin</td><td>59%</td></tr></table>"
    )
    assert _regions(table) == [
        ("Upland Region", ("Carrow", "Dunmere")),
        ("Coastal Region", ("Porthale", "Westby", "Ellin")),
    ]


def test_regions_told_in_prose_are_not_replaced_by_a_quotes_attribution_under_their_heading():
    body = (
        "<h2>Regional outlook</h2><p>Europe held 38% of 2024 revenue; Germany and Spain host most capacity. Asia "
        "Pacific, where China and Japan are the busiest markets, grows fastest.</p>"
        "<p>“We see consolidation before the end of the decade.”</p>"
        "<p>Dr. Lena Voss, Partner, Energy Practice, Orchardline Research</p>"
    )
    assert _regions(body) == [("Europe", ("Germany", "Spain")), ("Asia Pacific", ("China", "Japan"))]


@pytest.mark.parametrize("areas", ["Departments", "Regions included"])  # Tanzania's zones group its regions
def test_a_table_of_zones_gives_each_its_departments(areas):
    table = (
        f"<h2>Where demand sits</h2><table><tr><th>Zone</th><th>{areas}</th><th>2024 share</th></tr>"
        "<tr><td>Zona Occidental</td><td>Santa Ana, Sonsonate</td><td>16%</td></tr>"
        "<tr><td>Zona Central</td><td>San Salvador, La Libertad</td><td>84%</td></tr></table>"
    )
    assert _regions(table) == [
        ("Zona Occidental", ("Santa Ana", "Sonsonate")),
        ("Zona Central", ("San Salvador", "La Libertad")),
    ]


def test_a_ranked_table_of_zones_reads_the_areas_column_counted_past_its_rank():
    table = (
        "<h2>Where demand sits</h2><table><tr><th>Rank</th><th>Zone</th><th>Share of 2024 revenue</th>"
        "<th>Key states covered</th></tr><tr><td>1</td><td>North West</td><td>24.6%</td><td>Kano, Kaduna</td></tr>"
        "<tr><td>2</td><td>South West</td><td>19.8%</td><td>Lagos, Oyo, Ogun</td></tr></table>"
    )
    assert _regions(table) == [("North West", ("Kano", "Kaduna")), ("South West", ("Lagos", "Oyo", "Ogun"))]


def test_zones_of_a_shares_table_take_the_areas_a_sentence_names_in_brackets_after_each():
    body = (
        "<h2>Zones</h2><p>The report breaks the country into three zones. The Coastal Zone (Dar es Salaam, Tanga) "
        "holds 48 percent, followed by the Lake Zone (Mwanza, Geita) and the Central Zone (Dodoma, Singida).</p>"
        "<table><tr><th>Zone</th><th>Share of 2023 consumption</th></tr><tr><td>Coastal Zone</td><td>48%</td></tr>"
        "<tr><td>Lake Zone</td><td>32%</td></tr><tr><td>Central Zone</td><td>20%</td></tr></table>"
    )
    assert _regions(body) == [
        ("Coastal Zone", ("Dar es Salaam", "Tanga")),
        ("Lake Zone", ("Mwanza", "Geita")),
        ("Central Zone", ("Dodoma", "Singida")),
    ]


def test_a_table_of_provinces_reads_the_districts_column_and_leaves_the_notes():
    table = (
        "<h2>Provincial picture</h2><table><tr><th>Province</th><th>Districts</th><th>Notes</th></tr>"
        "<tr><td>Hill Province</td><td>Amberly, Tross</td><td>Orchards on the slopes</td></tr>"
        "<tr><td>River Province</td><td>Kell</td><td>Fastest growth</td></tr></table>"
    )
    assert _regions(table) == [("Hill Province", ("Amberly", "Tross")), ("River Province", ("Kell",))]


@pytest.mark.parametrize(
    "first, second",
    [
        ("Municipality", "Districts / hubs profiled"),  # the first cell's own word names areas too: never the column
        ("Province / Municipality", "Key areas"),  # two kinds of part: the first names the table
        ("Federal state", "Key cities / districts covered"),
        ("Department", "Cities & areas analysed"),
        ("District", "Key processing hubs"),  # a word naming the areas' trade
        ("Macro-region", "Wilayas / cities analysed"),
        ("Macroregion", "Voivodeships"),  # a region word with its prefix, unhyphenated
        ("District", "Main towns / mukims"),  # a second kind of area after the slash
        ("County", "Main charter bases covered"),  # the places a trade works from
        ("Department", "Main districts / plant locations"),  # two words after the slash
        ("Province", "Main markets"),
    ],
)
def test_header_cells_naming_a_part_and_its_areas(first, second):
    table = (
        f"<table><tr><th>{first}</th><th>{second}</th></tr><tr><td>Norrholm</td><td>Vik, Sandby</td></tr>"
        "<tr><td>Sorholm</td><td>Lund</td></tr></table>"
    )
    assert _regions(table) == [("Norrholm", ("Vik", "Sandby")), ("Sorholm", ("Lund",))]


def test_an_area_named_with_a_lower_case_joiner_stays_in_its_parts_list():
    table = (
        "<h2>County-level picture</h2><table><tr><th>County</th><th>Main charter bases covered</th></tr>"
        "<tr><td>Zorna County</td><td>Zorna, Biograd na Moru</td></tr><tr><td>Kvar County</td><td>Lom</td></tr></table>"
    )
    assert _regions(table) == [("Zorna County", ("Zorna", "Biograd na Moru")), ("Kvar County", ("Lom",))]


def test_items_giving_their_parts_after_a_dash_are_no_bare_list_of_countries():
    # the line over them says "country" ("the rest of the country"), as a "By Country" label does, but each item
    # gives its own towns: they are the country's parts
    items = (
        "<p>Geographically, the study covers three counties plus the rest of the country:</p><ul>"
        "<li>Harlow County – Bexby, Morrin</li><li>Tallis County – Orme, Fenn</li><li>Rest of Freshland</li></ul>"
    )
    assert _regions(items) == [
        ("Harlow County", ("Bexby", "Morrin")),
        ("Tallis County", ("Orme", "Fenn")),
        ("Rest of Freshland", ()),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Governorate coverage",
        "Province coverage",
        "Departmental Outlook",
        "Provincial view",
        "Province-level picture",
        "State by state",
        "Governorates and wilayats covered",  # the parts and the areas under them
        "County analysis",
        "Governorates",  # the kind of part alone
        "DEPARTMENTS AND PRODUCING MUNICIPALITIES",  # the parts and the areas under them, in a text page's capitals
        "Gouvernorats couverts / Governorates covered",  # a bilingual page's English after the slash
    ],
)
def test_labels_over_a_countrys_parts_head_regions(text):
    assert classify_header(Block("heading", text, 2)).kind == "region"


def test_a_long_line_over_the_counties_heads_labels_each_over_its_line_of_areas():
    body = (
        "<p>Demand sits on the coast. The brief reports deliveries for the following counties and the main areas "
        "within them:</p><p><b>Nordvik</b></p><p>Alby, Brenna, Holm</p><p><b>Sudvik</b></p><p>Skarn, Tove</p>"
    )
    assert _regions(body) == [("Nordvik", ("Alby", "Brenna", "Holm")), ("Sudvik", ("Skarn", "Tove"))]


def test_a_parts_label_glossed_with_its_compass_point_keeps_the_gloss_in_its_name():
    body = (
        "<h2>Regional distribution</h2><p><b>Yugozapaden (South-West)</b></p><p>Sofia City, Pernik, Kyustendil</p>"
        "<p><b>Severen Tsentralen (North-Central)</b></p><p>Ruse, Gabrovo</p>"
    )
    assert _regions(body) == [
        ("Yugozapaden (South-West)", ("Sofia City", "Pernik", "Kyustendil")),
        ("Severen Tsentralen (North-Central)", ("Ruse", "Gabrovo")),
    ]


def test_a_region_named_region_of_opens_its_own_line_and_labels_no_list():
    # "Region of Southern Freshland: a, b" is one region's line: read as a label, its towns would be the regions
    body = (
        "<p>Regionally, the report follows the three Freshland regions and the main ports that serve them:</p><ul>"
        "<li>Region of Southern Freshland: Esby, Fano</li><li>North Freshland Region: Hals, Skagby</li>"
        "<li>Capital Region of Freshland – Ronby</li></ul>"
    )
    assert _regions(body) == [
        ("Region of Southern Freshland", ("Esby", "Fano")),
        ("North Freshland Region", ("Hals", "Skagby")),
        ("Capital Region of Freshland", ("Ronby",)),
    ]


def test_sub_headings_under_a_regions_heading_are_its_parts_over_their_items():
    body = (
        "<h2>Island groups and regions</h2><h3>Lorran</h3><ul><li>Metro Lorran</li><li>East Lorran</li></ul>"
        "<h3>Vessa</h3><ul><li>Central Vessa</li></ul><h2>Competition</h2><p>Few firms compete.</p>"
    )
    assert _regions(body) == [("Lorran", ("Metro Lorran", "East Lorran")), ("Vessa", ("Central Vessa",))]


def test_sub_headings_naming_parts_by_their_kind_over_dotted_lines_of_towns():
    # "<h3>North Region</h3>" heads a section of its own (it names a region): under "Regional Outlook" and its
    # intro line it is one of the country's parts, and the "·" line under it its towns
    body = (
        "<h2>Regional Outlook</h2><p>Orchardline covers the country's two regions and their towns.</p>"
        "<h3>North Region</h3><p>Carrow · Dunmere · Ellin</p><p>Orchards and cideries.</p>"
        "<h3>South Region</h3><p>Porthale · Westby</p><p>Tourism drives demand.</p><h2>Competition</h2><p>Few.</p>"
    )
    assert _regions(body) == [
        ("North Region", ("Carrow", "Dunmere", "Ellin")),
        ("South Region", ("Porthale", "Westby")),
    ]


def test_lines_naming_a_parts_districts_under_each_part_give_its_areas():
    # "Districts: Colombo, ..." under "Western Province" lists that province's districts; it is no region
    # "Districts", and "Central Province" after it is the next part, not one of the districts
    body = (
        "<h2>Provincial Analysis</h2><p>The Upland Province accounted for EUR 90 million of sales in 2024.</p>"
        "<p>Upland Province</p><p>Districts: Carrow, Dunmere</p>"
        "<p>Coastal Province</p><p>Districts: Porthale, Westby, Ellin</p><h2>Competition</h2><p>Few.</p>"
    )
    assert _regions(body) == [
        ("Upland Province", ("Carrow", "Dunmere")),
        ("Coastal Province", ("Porthale", "Westby", "Ellin")),
    ]


def test_a_line_naming_the_country_over_items_each_giving_a_parts_areas():
    # "splits the country into its regions" is no "By Country" label over a bare list of countries: its items
    # each give a part and its areas after a colon, one of them a single area
    body = (
        "<h2>Regional Analysis</h2><p>The report splits the country into its regions and the capital:</p>"
        "<ul><li>Capital City</li><li>Upland Region: Carrow, Dunmere</li><li>Coastal Region: Porthale, Westby</li>"
        "<li>Lake Region: Ellin</li></ul><h2>Competition</h2><p>Few.</p>"
    )
    assert _regions(body) == [
        ("Capital City", ()),
        ("Upland Region", ("Carrow", "Dunmere")),
        ("Coastal Region", ("Porthale", "Westby")),
        ("Lake Region", ("Ellin",)),
    ]


def test_a_paragraph_ending_in_a_label_gives_the_players_of_the_line_below_not_its_own_words():
    # its own sentence ("... are scaling up quickly, but imports from Europe, India and Russia ...") names no players
    body = (
        "<h2>Competitive Landscape</h2><p>Domestic manufacturers are scaling up quickly in the free zones, but "
        "imported originator and branded generic products from Europe, India and Russia still account for most of "
        "the value. Companies covered:</p>"
        "<p>Carrow Cider Co | Dunmere Orchards | Westby Press Ltd</p><h2>About</h2><p>Few.</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [p.name for p in release.players] == ["Carrow Cider Co", "Dunmere Orchards", "Westby Press Ltd"]


def test_a_line_of_a_countrys_parts_each_with_its_towns_in_brackets():
    # no part is a region's name, yet a line of nothing but bracketed names under a region label lists the parts;
    # a town's "de los" is part of its name
    body = (
        "<p><strong>Regional Coverage (Provinces)</strong></p><p>Upland (Carrow, Villa de los Robles); Coast (Westby, "
        "Porthale); Lake District & Ellin (Ellin Este, Ellin Oeste).</p><h2>Competition</h2><p>Few.</p>"
    )
    assert _regions(body) == [
        ("Upland", ("Carrow", "Villa de los Robles")),
        ("Coast", ("Westby", "Porthale")),
        ("Lake District & Ellin", ("Ellin Este", "Ellin Oeste")),
    ]


def test_a_revenue_in_brackets_after_a_listed_name_is_no_cue_and_no_part_of_the_name():
    # "(2024 revenue: EUR 20.6 million)": its colon cues no run of names, and the bracket is the player's revenue
    body = (
        "<p>Key players include Carrow Cider, LLC, Dunmere Orchards, Inc. (2024 revenue: EUR 20.6 million), Westby "
        "Press Ltd and Ellin Farms.</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [p.name for p in release.players] == [
        "Carrow Cider, LLC",
        "Dunmere Orchards, Inc.",
        "Westby Press Ltd",
        "Ellin Farms",
    ]
    assert sorted(s.value for s in release.market_sizes) == [288.0, 412.0]


def test_a_by_line_of_dotted_items_lists_them_not_the_lines_under_it():
    # the items after "By Ownership:" are parted by middle dots; the numbered regions under "Where" are no owners
    body = (
        "<p><em>By Ownership:</em> Farmer-Owned · Developer-Owned · Community Schemes</p><p>Farmers lead.</p>"
        "<p><strong>Where</strong></p><ol><li>Europe — Germany, France</li><li>Asia-Pacific — Japan, China</li></ol>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [s.label for s in release.segments] == ["Farmer-Owned", "Developer-Owned", "Community Schemes"]
    assert [(r.region, r.countries) for r in release.regions] == [
        ("Europe", ("Germany", "France")),
        ("Asia-Pacific", ("Japan", "China")),
    ]


def test_a_regional_paragraph_naming_parts_with_their_areas_in_brackets_sentence_by_sentence():
    # under a region header, "Upland (Carrow, Dunmere) absorbed ..." and "Coast (Westby) is second" are the
    # country's parts; "North America (U.S., Canada)" would be a region and its countries, read as such
    body = (
        "<h2>2. Regional trends</h2><p>Demand is concentrated. Upland (Carrow, Dunmere) absorbed half of all sales in "
        "2024. The Coast (Westby, Porthale) is second, helped by tourism.</p><h2>Competition</h2><p>Few.</p>"
    )
    assert _regions(body) == [("Upland", ("Carrow", "Dunmere")), ("Coast", ("Westby", "Porthale"))]


def test_bold_lines_naming_parts_by_their_kind_under_a_regions_heading():
    # each bold "Upland Region" would head a section of its own: under "Regional outlook" it is one of the parts
    body = (
        "<h2>4. Regional outlook</h2><p>The market is reported for the country's two regions.</p>"
        "<p><strong>Upland Region</strong></p><p>Carrow, Dunmere, Ellin</p>"
        "<p><strong>Coastal Region</strong></p><p>Westby, Porthale</p><h2>Competition</h2><p>Few.</p>"
    )
    assert _regions(body) == [
        ("Upland Region", ("Carrow", "Dunmere", "Ellin")),
        ("Coastal Region", ("Westby", "Porthale")),
    ]


def test_a_line_introducing_the_parts_line_below_it_and_a_name_opening_on_slashes():
    body = (
        "<h2>3. Regional scope</h2><ul><li>Capacity is mapped by region and the towns hosting the cideries:</li></ul>"
        "<p>Upland (Carrow); //Karoo (Dunmere, Ellin); Coast (Westby, Porthale).</p><h2>Competition</h2><p>Few.</p>"
    )
    assert _regions(body) == [
        ("Upland", ("Carrow",)),
        ("//Karoo", ("Dunmere", "Ellin")),
        ("Coast", ("Westby", "Porthale")),
    ]


def test_a_line_counting_the_departments_it_analyses_heads_their_list():
    # "departments" alone may be a hospital's; "five departments" are the country's parts
    body = (
        "<h2>Where the cider is drunk</h2><p>Orchardline analysed two departments that account for most sales:</p>"
        "<ul><li>Upland (Carrow, Dunmere)</li><li>Coast (Westby, Porthale)</li></ul><h2>Competition</h2><p>Few.</p>"
    )
    assert _regions(body) == [("Upland", ("Carrow", "Dunmere")), ("Coast", ("Westby", "Porthale"))]


def test_bare_dimension_names_as_minor_headings_over_their_lists_are_segments():
    body = (
        "<h2>How the market is cut</h2><h4>Product</h4><ul><li>Dry Cider</li><li>Sweet Cider</li></ul>"
        "<h4>Distribution Channel</h4><ul><li>Supermarkets</li><li>Pubs</li></ul>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(s.dimension, s.label) for s in release.segments] == [
        ("type", "Dry Cider"),
        ("type", "Sweet Cider"),
        ("distribution channel", "Supermarkets"),
        ("distribution channel", "Pubs"),
    ]


def test_a_fact_box_by_the_numbers_is_no_dimension():
    assert dimension_name("BY THE NUMBERS") is None
    body = "<h3>BY THE NUMBERS</h3><ul><li>EUR 288 million: revenue, 2024</li><li>5.3% – CAGR, 2025-2031</li></ul>"
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert release.segments == ()
    assert [(c.value_pct, c.scope) for c in release.cagrs] == [(5.3, None)]


def test_a_glued_key_market_players_key_gives_the_players():
    page = (
        "Cold Store Sensors Market Size and Forecast 2025-2032\n\n"
        "Market Size 2024USD 1.2 BillionCAGR (2025-2032)9.0%\n"
        "Key Market PlayersFrostwick Systems Inc., Polarby Sensors GmbH, Kelvane Labs\n"
    )
    assert [p.name for p in parse_release(page).players] == [
        "Frostwick Systems Inc.",
        "Polarby Sensors GmbH",
        "Kelvane Labs",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "For context, Pellby Associates published a lower estimate, putting the market at EUR 250 million in 2024.",
        "An alternative estimate from an international data provider sizes the market at EUR 301 million in 2024.",
        "A US consultancy recently put the 2024 market at EUR 250 million.",
        "For reference, an industry body has cited a higher 2024 figure of EUR 450 million.",
        "Local analysts differ on the size of the opportunity: the Freshland newsletter Cider Monitor puts the 2024 "
        "figure at about EUR 240 million.",
        "Note: Our figures differ from some published estimates (a cider trade journal cited EUR 250 million for 2024) "
        "because we include exports.",
    ],
)
def test_another_sources_lower_or_alternative_estimate_is_not_this_releases_size(sentence):
    release = parse_release(f"{OPENING}<p>{sentence}</p></body></html>")
    assert sorted(s.value for s in release.market_sizes) == [288.0, 412.0]


def test_countries_covered_under_each_regions_heading_are_read_from_its_first_sentence():
    # "Countries covered:" labels the region's own line, not a list of regions; the sentence after it names the U.S.
    # in passing, and GCC is listed though it is no country
    body = (
        "<h2>Regional Insights</h2><h3>North America</h3><p>Countries covered: United States, Canada. Corn keeps the "
        "U.S. ahead.</p><h3>Middle East &amp; Africa</h3><p>Countries covered: GCC, South Africa.</p>"
    )
    assert _regions(body) == [
        ("North America", ("United States", "Canada")),
        ("Middle East & Africa", ("GCC", "South Africa")),
    ]


def test_a_dimensions_analysis_heading_over_a_line_introducing_its_list():
    body = (
        "<h2>Technology Analysis</h2><p>The market is divided by technology into the following categories:</p>"
        "<ul><li>Alkaline</li><li>PEM</li></ul>"
        "<h2>Capacity Analysis</h2><ul><li>Below 1 MW</li><li>Above 1 MW</li></ul>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(s.dimension, s.label) for s in release.segments] == [
        ("type", "Alkaline"),
        ("type", "PEM"),
        ("capacity", "Below 1 MW"),
        ("capacity", "Above 1 MW"),
    ]


def test_pipe_lines_of_a_scope_block_label_their_dimension_and_regions_joined_by_and_stay_one():
    page = (
        "# Freshland Cider Market Report\n\nThe Freshland cider market was valued at EUR 288 million in 2024.\n\n"
        "## Report Scope\n\nBy Product | Dry Cider, Sweet Cider\nBy End User | Pubs, Households\n"
        "By Geography | Europe (Germany, France, Italy, Spain, Netherlands, Poland), Asia Pacific (China, Japan, "
        "India, South Korea), Middle East and Africa (Saudi Arabia, South Africa)\n"
    )  # a line too long for a header, whose label cell says what it lists
    release = parse_release(page)
    assert [(s.dimension, s.label) for s in release.segments] == [
        ("type", "Dry Cider"),
        ("type", "Sweet Cider"),
        ("application", "Pubs"),
        ("application", "Households"),
    ]
    assert [(r.region, r.countries) for r in release.regions] == [
        ("Europe", ("Germany", "France", "Italy", "Spain", "Netherlands", "Poland")),
        ("Asia Pacific", ("China", "Japan", "India", "South Korea")),
        ("Middle East and Africa", ("Saudi Arabia", "South Africa")),
    ]


def test_a_reports_subtitle_naming_its_region_dimension_heads_no_regions():
    body = (
        "<p>By Product (Amylases, Proteases), By Source, By Application, By Region, And Segment Forecasts</p>"
        "<ul><li>Report ID: GFR-CH-20417</li><li>Number of Pages: 212</li></ul>"
        "<h2>Regional Insights</h2><h3>Europe</h3><p>Covers France, UK and Germany, home to most of the demand.</p>"
        "<h3>North America</h3><p>Covers US and Canada.</p>"
    )
    assert _regions(body) == [("Europe", ("France", "UK", "Germany")), ("North America", ("US", "Canada"))]


def test_a_scope_cell_of_regions_each_dashed_from_its_countries():
    row = (
        "<table><tr><td>Regional Scope</td><td>North America – United States, Canada · Europe – Germany, Norway · "
        "Rest of the World – Brazil, UAE</td></tr></table>"
    )
    assert _regions(row) == [
        ("North America", ("United States", "Canada")),
        ("Europe", ("Germany", "Norway")),
        ("Rest of the World", ("Brazil", "UAE")),
    ]


def test_numbered_by_headings_and_a_segment_metric_value_table():
    body = (
        "<h3>1. By Payload</h3><ul><li>Up to 5 kg</li><li>Above 5 kg</li></ul>"
        "<h3>2. By Application</h3><ul><li>Assembly</li><li>Welding</li></ul>"
        "<p>By Payload, the 5–10 kg class covers most welding cells and packaging lines.</p>"  # a finding, no list
        "<table><tr><th>Segment</th><th>Metric</th><th>Value</th></tr>"
        "<tr><td>Welding</td><td>CAGR, 2025–2031</td><td>7.1%</td></tr></table>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(s.dimension, s.label) for s in release.segments] == [
        ("type", "Up to 5 kg"),
        ("type", "Above 5 kg"),
        ("application", "Assembly"),
        ("application", "Welding"),
    ]
    assert ("segment:Welding", 7.1) in [(c.scope, c.value_pct) for c in release.cagrs]


def test_a_line_under_the_last_regions_list_adds_regions_it_gives_with_their_countries():
    body = (
        "<h2>Regional Analysis</h2><h3>Europe</h3><ul><li>Germany</li><li>Italy</li></ul>"
        "<h3>North America</h3><ul><li>U.S.</li><li>Canada</li></ul>"
        "<p>The report also covers Latin America (Brazil, Chile) and the Middle East &amp; Africa (UAE, Egypt).</p>"
    )
    assert _regions(body) == [
        ("Europe", ("Germany", "Italy")),
        ("North America", ("U.S.", "Canada")),
        ("Latin America", ("Brazil", "Chile")),
        ("Middle East & Africa", ("UAE", "Egypt")),
    ]


def test_dimensions_each_with_their_items_between_dashes():
    sentence = (
        "The firm breaks the market down by charger type — depot chargers, pantograph chargers and inductive "
        "chargers — and by crop type – leafy greens, herbs and tomatoes."
    )
    found = [(h.dimension, items) for h, items in by_dimension_statements([Block("para", sentence)])]
    assert found == [
        ("charger type", ["depot chargers", "pantograph chargers", "inductive chargers"]),
        ("crop type", ["leafy greens", "herbs", "tomatoes"]),
    ]


def test_news_items_under_the_players_heading_give_way_to_a_pipe_line_naming_the_companies():
    page = (
        "# Cold Store Sensors Market Report\n\nThe cold store sensors market was valued at USD 1.2 billion in 2024.\n\n"
        "Key Companies Profiled | Frostwick Systems; Polarby Sensors GmbH; Kelvane Labs Inc.\n\n"
        "## Competitive Landscape\n\n"
        "- Frostwick Systems commissioned a sensor plant at a logistics park near Lyon in February 2025.\n"
        "- Polarby Sensors GmbH signed a supply deal for 40 warehouses with a large grocery operator.\n"
    )
    assert [p.name for p in parse_release(page).players] == [
        "Frostwick Systems",
        "Polarby Sensors GmbH",
        "Kelvane Labs Inc.",
    ]


def test_a_plain_text_table_of_parts_set_in_columns_is_read_row_by_row():
    # hard-wrapped text around it: its rows reach the text's width, and are no wrapped lines to join
    prose = " ".join(["The observatory tracks rooftop solar installations across the country's governorates."] * 12)
    wrapped = "\n".join(prose[i : i + 78] for i in range(0, len(prose), 78))
    page = (
        "FRESHLAND SOLAR PV MARKET BRIEF\n\nThe Freshland solar PV market was valued at USD 610 million in 2024.\n\n"
        f"{wrapped}\n\n"
        "    Governorate                     Main areas covered              2024 share\n"
        "    ------------------------------  ------------------------------  ----------\n"
        "    Muscat Governorate              Seeb, Bawshar, Muttrah          27%\n"
        "    Dhofar Governorate              Salalah, Thumrait               16%\n"
        "    North Al Batinah Governorate    Sohar, Shinas                   21%\n\n"
        f"{wrapped}\n"
    )
    assert [(r.region, r.countries) for r in parse_release(page).regions] == [
        ("Muscat Governorate", ("Seeb", "Bawshar", "Muttrah")),
        ("Dhofar Governorate", ("Salalah", "Thumrait")),
        ("North Al Batinah Governorate", ("Sohar", "Shinas")),
    ]


def test_the_first_product_like_dimension_on_the_page_is_the_type_whatever_is_read_first():
    # "By Rotor Design: ..." is a line read as a statement, before the sections; the product list above it comes first
    body = (
        "<h3>Segments covered</h3><p><b>By Product:</b></p><ul><li>Benchtop Centrifuges</li><li>Floor-Standing "
        "Centrifuges</li></ul><p>By Rotor Design: Fixed-Angle Rotors, Swinging-Bucket Rotors, Vertical Rotors</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert {s.label: s.dimension for s in release.segments} == {
        "Benchtop Centrifuges": "type",
        "Floor-Standing Centrifuges": "type",
        "Fixed-Angle Rotors": "rotor design",
        "Swinging-Bucket Rotors": "rotor design",
        "Vertical Rotors": "rotor design",
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the "By technology:" line is read before the sections, yet stands below the component list
            "<p>By component:</p><ul><li>Transmitters</li><li>Receivers</li><li>Key Management Software</li></ul>"
            "<p>By technology: Discrete-Variable QKD, Continuous-Variable QKD, and Satellite QKD. The second suits "
            "telecom carriers because it reuses their coherent optics.</p>",
            {"Transmitters": "type", "Receivers": "type", "Key Management Software": "type",
             "Discrete-Variable QKD": "technology", "Continuous-Variable QKD": "technology",
             "Satellite QKD": "technology"},
        ),
        (  # "By solvent type –" opens a finding that lists no items; the scope table below lists them
            "<p><b>By solvent type</b> – Amine-based solvents accounted for a 68.4% share in 2024. Physical solvents "
            "make up the balance.</p><p><b>By capture process</b> – Post-combustion leads; pre-combustion and "
            "oxy-fuel combustion are covered.</p><table><tr><td>Segments</td><td>By Solvent Type: Amine-based "
            "Solvents, Physical Solvents<br>By Capture Process: Post-combustion, Pre-combustion, Oxy-fuel "
            "Combustion</td></tr></table>",
            {"Amine-based Solvents": "type", "Physical Solvents": "type", "Post-combustion": "capture process",
             "Pre-combustion": "capture process", "Oxy-fuel Combustion": "capture process"},
        ),
        (  # "By Product" heads a paragraph that lists no items; its items come in the scope table far below
            "<h3>By Product</h3><p>Feeder cameras held the largest share in 2024, while basic cameras are the entry "
            "point.</p><h3>By Pet Type</h3><p>Dogs lead, followed by cats and small animals.</p>"
            "<table><tr><td>Segments</td><td><p>Pet Type: Dogs, Cats, Small Animals</p>"
            "<p>Product: Feeder Cameras, Basic Cameras</p></td></tr></table>",
            {"Feeder Cameras": "type", "Basic Cameras": "type", "Dogs": "pet type", "Cats": "pet type",
             "Small Animals": "pet type"},
        ),
    ],
    ids=["a labelled line below a list", "a run-in label over a finding", "a heading over prose"],
)  # fmt: skip
def test_the_first_product_like_dimension_is_placed_where_the_page_first_names_it(body, expected):
    segments = parse_release(f"{OPENING}{body}</body></html>").segments
    assert {s.label: s.dimension for s in segments} == expected


def test_a_lower_case_outlook_heading_and_a_dimensions_plural_as_a_heading_head_their_items():
    body = (
        "<h3>Material outlook</h3><table><tr><th>Material</th><th>Share of 2023 revenue</th><th>CAGR 2025–2031</th>"
        "</tr><tr><td>PLA</td><td>61%</td><td>8.7%</td></tr><tr><td>PHA</td><td>39%</td><td>13.9%</td></tr></table>"
        "<h3>Applications</h3><p>Food Packaging; Bags &amp; Sacks; Mulch Film. Food packaging remains the largest.</p>"
        "<h3>Risks to the outlook</h3><ul><li>Resin supply is tight.</li><li>Prices are high.</li></ul>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(s.dimension, s.label) for s in release.segments] == [
        ("type", "PLA"),
        ("type", "PHA"),
        ("application", "Food Packaging"),
        ("application", "Bags & Sacks"),
        ("application", "Mulch Film"),
    ]
    assert [(c.value_pct, c.scope) for c in release.cagrs] == [(5.3, None), (8.7, "segment:PLA"), (13.9, "segment:PHA")]


def test_a_dimension_given_in_brackets_beside_one_stated_in_a_sentence_is_read_too():
    body = (
        "<p>It also analyses the market by drone type (fixed-wing, multirotor and hybrid VTOL), and by end-use "
        "industry, covering construction, agriculture and logistics.</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(s.dimension, s.label) for s in release.segments] == [
        ("application", "construction"),
        ("application", "agriculture"),
        ("application", "logistics"),
        ("type", "fixed-wing"),
        ("type", "multirotor"),
        ("type", "hybrid VTOL"),
    ]


def test_a_paragraph_ending_on_the_following_states_heads_the_states_with_their_towns():
    body = (
        "<h2>Ostmark the one to watch</h2><p>By federal state, Nordmark remains the largest market. But Ostmark is "
        "expected to grow fastest, at a CAGR of 10.3 percent. The study covers the following states and towns:</p>"
        "<ul><li>Nordmark: Alby, Brenna</li><li>Sudmark: Skarn, Tove</li><li>Ostmark</li></ul>"
        "<h2>Crowded field</h2><p>Competition is intense among Alby Heat GmbH and Tove Werk AG.</p>"
    )
    assert _regions(body) == [("Nordmark", ("Alby", "Brenna")), ("Sudmark", ("Skarn", "Tove")), ("Ostmark", ())]


def test_headings_each_over_a_line_of_towns_parted_by_middle_dots_are_the_parts():
    body = (
        "<h2>Regional view</h2><p>Nordmark accounts for 41% of national sales, and Sudmark grows fastest.</p>"
        "<h4>Nordmark</h4><p>Alby · Brenna · Holm</p><h4>Sudmark</h4><p>Skarn · Tove</p>"
    )
    assert _regions(body) == [("Nordmark", ("Alby", "Brenna", "Holm")), ("Sudmark", ("Skarn", "Tove"))]


@pytest.mark.parametrize(
    "page",
    [
        (  # a contents line's range holds history: the market's CAGR gives the forecast years
            "# Veterinary Telehealth Market Outlook\n\n"
            "We expect the veterinary telehealth market to be worth US$ 11.62 billion by 2034, a CAGR of 18.7% from "
            "2025 to 2034.\n\n## Inside the report\n\n- Executive summary\n- Market size and forecast, 2020–2034 "
            "(US$ million)\n"
        ),
        (  # a CAGR that states only its end says less than the title's range
            "# Veterinary Telehealth Market Provides Detailed Segmentation with Outlook for 2025 - 2034\n\n"
            "Market data points to a CAGR of approximately 18% through 2030 for the veterinary telehealth market.\n"
        ),
        (  # a contents line's range before the CAGR's years is history alone
            "# Veterinary Telehealth Market Outlook\n\n"
            "We expect the veterinary telehealth market to be worth US$ 11.62 billion by 2034, a CAGR of 18.7% from "
            "2025 to 2034.\n\n## Inside the report\n\n- Market sizing 2019–2024 and forecasts to 2034 for 26 "
            "countries\n"
        ),
    ],
    ids=["history in a contents line", "a CAGR's end only", "history alone in a contents line"],
)
def test_the_forecast_period_where_a_range_tells_less_than_another(page):
    facts = parse_release(page)
    assert (facts.forecast_start, facts.forecast_end) == (2025, 2034)


def _country_page(country: str, heading: str, paragraph: str) -> str:
    return (
        f"<html><head><title>{country} Cider Market Report</title></head><body>"
        f"<h1>{country} Cider Market to Reach EUR 412 Million by 2031</h1>"
        f"<p>The {country} cider market was valued at EUR 288 million in 2024 and is expected to grow at a CAGR of "
        "5.3% between 2025 and 2031, according to Orchardline Research. Cider demand keeps rising.</p>"
        f"<h2>{heading}</h2><p>{paragraph}</p><h2>Competition</h2><p>Few makers compete.</p></body></html>"
    )


@pytest.mark.parametrize(
    ("country", "heading", "paragraph", "parts"),
    [
        (  # the UK's nations as the subjects of their sentences, two of them after "while"
            "UK",
            "Across the four nations",
            "England accounted for 80% of sales in 2024. Scotland, home to many craft makers, is the fastest-growing "
            "nation, while Wales and Northern Ireland are expected to follow. Demand is steady everywhere.",
            ["England", "Scotland", "Wales", "Northern Ireland"],
        ),
        (  # ranked after the first, with their shares in brackets; a part named with an en dash
            "Japan",
            "2. Regional trends",
            "By region, Kanto accounted for 38% of value, followed by Kinki (17%) and Chubu (14%). Kyushu–Okinawa, "
            "where new orchards opened, is expected to grow fastest.",
            ["Kanto", "Kinki", "Chubu", "Kyushu–Okinawa"],
        ),
        (  # parts named after the country by their compass point are the country's; "Within India" is not one
            "India",
            "Regional insights",
            "Within India, North India held 39% of revenue. East India is the second-largest zone, while West India "
            "leads in premium cider. South India is forecast to grow fastest.",
            ["North India", "East India", "West India", "South India"],
        ),
        (  # a part told with its areas between dashes or in brackets keeps them; "the" is no part of a name
            "South Africa",
            "Provinces",
            "Gauteng — chiefly Johannesburg and Tshwane — accounts for 37% of sales, followed by the Western Cape "
            "(Cape Town, George). The Eastern Cape and Limpopo are smaller.",
            [
                ("Gauteng", ("Johannesburg", "Tshwane")),
                ("Western Cape", ("Cape Town", "George")),
                "Eastern Cape",
                "Limpopo",
            ],
        ),
        (  # a section's paragraphs read together; areas "within" a part, or it "analysed through" them
            "Indonesia",
            "Regional insights",
            "Java accounted for 62% of 2024 revenue. Within Java, the report covers Jakarta, West Java and Banten "
            "individually.</p><p>Sumatra — analysed through North Sumatra and Riau — is the second-largest island "
            "group. Sulawesi is smaller.",
            [("Java", ("Jakarta", "West Java", "Banten")), ("Sumatra", ("North Sumatra", "Riau")), "Sulawesi"],
        ),
        (  # under any heading, three of the country's own parts (ISO 3166-2) as subjects; "Demand" is none
            "Australia",
            "West leads growth",
            "New South Wales remains the biggest state market. Victoria, centred on Melbourne and Geelong, and "
            "Queensland follow.</p><p>Western Australia is expected to grow fastest. Demand is steady everywhere.",
            ["New South Wales", ("Victoria", ("Melbourne", "Geelong")), "Queensland", "Western Australia"],
        ),
        (  # a pronoun opening a sentence is no part, though the page writes it only as "it's"
            "Australia",
            "Regional picture",
            "New South Wales was the biggest market. South Australia is expected to grow fastest. It is where "
            "prices are highest, and it's where installers are busiest.",
            ["New South Wales", "South Australia"],
        ),
        (  # a key-findings bullet opening on the regional view; a share after "at" is no part of the name
            "UK",
            "Key findings",
            "Ultra-rapid chargers lead.</p><ul><li>By region, London accounted for 27% of revenue, followed by the "
            "South East at 15%; Scotland, Wales and Northern Ireland are smaller.</li></ul><p>Demand is steady.",
            ["London", "South East", "Scotland", "Wales", "Northern Ireland"],
        ),
        (  # a part "anchored by" its areas, one after "while", and "the remaining regions" between dashes
            "Japan",
            "Regional trends",
            "Kanto, anchored by Tokyo and Saitama, took 41% of spending. Kinki (Osaka, Nara) followed, while Kyushu, "
            "centred on Fukuoka, grows fastest. The remaining regions — Tohoku, Shikoku and Hokkaido — are small.",
            [
                ("Kanto", ("Tokyo", "Saitama")),
                ("Kinki", ("Osaka", "Nara")),
                ("Kyushu", ("Fukuoka",)),
                "Tohoku",
                "Shikoku",
                "Hokkaido",
            ],
        ),
        (  # a part "with" its areas, and one whose areas open with "the"
            "Fiji",
            "Divisional outlook",
            "The Northern Division, with Savusavu, Taveuni and Labasa, leads production. The Eastern Division, which "
            "covers the Lau Group, Lomaiviti and Kadavu, grows fastest. The report also covers the Western Division "
            "(Nadi, Lautoka) and the Central Division (Suva, Nausori).",
            [
                ("Northern Division", ("Savusavu", "Taveuni", "Labasa")),
                ("Eastern Division", ("Lau Group", "Lomaiviti", "Kadavu")),
                ("Western Division", ("Nadi", "Lautoka")),
                ("Central Division", ("Suva", "Nausori")),
            ],
        ),
        (  # beside parts told with their areas, the country's own departments as subjects; not an area again
            "Colombia",
            "Producing regions",
            "The Eje Cafetero, which takes in Caldas, Risaralda and Quindío, is the historic core. Antioquia is the "
            "largest department by volume. Huila and Tolima supply micro-lots, while the South, covering Nariño and "
            "Cauca, grows fastest. Caldas also leads in tourism.",
            [
                ("Eje Cafetero", ("Caldas", "Risaralda", "Quindío")),
                "Antioquia",
                "Huila",
                "Tolima",
                ("South", ("Nariño", "Cauca")),
            ],
        ),
        (  # a section's paragraphs read together; "the X Region" as an area; parts named like the told ones
            "Russia",
            "Moscow first",
            "The Central Federal District, including Moscow and the Moscow Region, took 41% of sales. The "
            "Northwestern Federal District (St. Petersburg and the Leningrad Region) is second.</p><p>The Volga "
            "Federal District, led by Tatarstan and the Samara Region, grows fastest. The Ural Federal District "
            "holds 9%, while the Far Eastern Federal District remains the smallest.",
            [
                ("Central Federal District", ("Moscow", "Moscow Region")),
                ("Northwestern Federal District", ("St. Petersburg", "Leningrad Region")),
                ("Volga Federal District", ("Tatarstan", "Samara Region")),
                "Ural Federal District",
                "Far Eastern Federal District",
            ],
        ),
        (  # a city named "The Hague" keeps its article; a name's acronym in brackets is no area
            "Netherlands",
            "Provinces",
            "South Holland (Rotterdam, The Hague) leads. North Holland (Amsterdam, Haarlem) follows. Lithium Iron "
            "Phosphate (LFP) packs dominate.",
            [("South Holland", ("Rotterdam", "The Hague")), ("North Holland", ("Amsterdam", "Haarlem"))],
        ),
        (  # under a heading that is no region's, sentences' subjects are anything
            "UK",
            "Who drinks it",
            "England accounted for 80% of sales in 2024. Scotland is the fastest-growing nation.",
            [],
        ),
    ],
)
def test_a_country_markets_parts_named_only_as_the_subjects_of_a_regional_paragraph(country, heading, paragraph, parts):
    release = parse_release(_country_page(country, heading, paragraph))
    assert [(r.region, r.countries) for r in release.regions] == [
        part if isinstance(part, tuple) else (part, ()) for part in parts
    ]


def test_a_players_sentence_above_the_pages_next_headings_names_the_players_not_the_headings():
    # three headings after the players' paragraph would read as company cards; the paragraph's run names them
    body = (
        "<h2>Competitive landscape</h2><p>The field is fragmented; the ten largest control a quarter. Prominent "
        "vendors include Alby Press GmbH, Tove Cider Works, Holm Orchards and Skarn Drinks AB.</p>"
        "<h3>What's inside the report</h3><ul><li>Sizing by country</li><li>Profiles of 40 makers</li></ul>"
        "<h3>About Orchardline Research</h3>"
        "<p>A research firm.</p><h3>Contact</h3><p>press@orchardline.example</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [p.name for p in release.players] == [
        "Alby Press GmbH",
        "Tove Cider Works",
        "Holm Orchards",
        "Skarn Drinks AB",
    ]


@pytest.mark.parametrize(
    "byline",
    [
        "<p>By Dale Hruska</p><p>Gazette business writer</p><p>Sep 8, 2024 Updated Sep 9, 2024</p>",
        "<p>Wednesday, 29 January 2025</p><p>By Dale Hruska, Windhoek</p><p>Home > Agriculture > Cider</p>",
    ],
    ids=["the date below", "the date above, a breadcrumb below"],
)
def test_an_authors_byline_beside_its_date_heads_no_dimension(byline):
    body = f"{byline}<p>Growers are buying more cider apples.</p><h3>By Style</h3><ul><li>Dry</li><li>Sweet</li></ul>"
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(s.dimension, s.label) for s in release.segments] == [("type", "Dry"), ("type", "Sweet")]


def test_a_players_list_above_the_sections_next_headings_names_the_players_not_the_headings():
    # the headings after the list would read as company cards; the list under the cue names the players
    body = (
        "<h2>Competitive Landscape</h2><p>The market is moderately consolidated; makers compete on price, taste and "
        "reach. Prominent companies profiled in the report include:</p>"
        "<ul><li>Alby Press GmbH</li><li>Tove Cider Works</li><li>Holm Orchards</li></ul>"
        "<h3>Recent Developments</h3><ul><li>January 2025 – A maker opened a plant.</li></ul>"
        "<h3>Purchase this report</h3><ul><li>Single User Licence: USD 4,250</li></ul>"
        "<h3>About Orchardline Research</h3><p>A research firm.</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [p.name for p in release.players] == ["Alby Press GmbH", "Tove Cider Works", "Holm Orchards"]


@pytest.mark.parametrize(
    "cards",
    [
        (  # each card's name over its line of facts
            "<h4>Alby Press GmbH</h4><p>HQ: Essen, Germany · Founded: 1998</p><h4>Tove Cider Works</h4>"
            "<p>HQ: Oslo, Norway · Founded: 1927</p><h4>Holm Orchards</h4><p>Osaka, Japan · est. 1951</p>"
        ),
        (  # each card one line, the name first; a lower-case brand among them
            "<p>Alby Press GmbH: Essen, Germany · est. 1998</p><p>Tove Cider Works HQ: Oslo, Norway · Founded: "
            "1927</p><p>holm Orchards: Osaka, Japan · est. 1951</p>"
        ),
    ],
    ids=["names over facts", "names before facts"],
)
def test_company_cards_name_the_players_not_their_head_offices(cards):
    body = (
        "<h2>Key companies</h2><p>Competition is moderate; the three largest hold 38% of sales. Alby Press GmbH "
        f"reported revenue of EUR 4.5 billion for 2024.</p>{cards}<h2>FAQ</h2><p>None.</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [p.name for p in release.players][:2] == ["Alby Press GmbH", "Tove Cider Works"]
    assert [p.name.lower() for p in release.players][2:] == ["holm orchards"]


@pytest.mark.parametrize(
    ("intro", "parts"),
    [
        (
            "The study maps production by department and municipality:",
            [("Upland", ("Carrow", "Dunmere")), ("Coast", ("Westby",)), ("Marsh", ("Ellin", "Holm"))],
        ),
        (  # the line goes on after naming them
            "The study groups the provinces into three regions: Upland, Coast and Marsh. Upland leads.",
            [("Upland", ("Carrow", "Dunmere")), ("Coast", ("Westby",)), ("Marsh", ("Ellin", "Holm"))],
        ),
        ("Our favourite stops on the cider trail:", []),  # a line that names no parts
    ],
)
def test_a_countrys_parts_each_a_line_with_its_areas_under_a_line_saying_what_they_are(intro, parts):
    body = (
        f"<h2>Where the orchards are</h2><p>{intro}</p><ul><li>Upland: Carrow, Dunmere</li><li>Coast – Westby</li>"
        "<li>Marsh: Ellin, Holm</li></ul><h2>Competition</h2><p>Few makers compete.</p>"
    )
    assert _regions(body) == parts


def test_a_countrys_parts_as_a_definition_lists_terms_over_their_areas():
    body = (
        "<h2>Regional outlook</h2><p>The study splits the country into three zones and tracks the key states within "
        "each:</p><dl><dt>Upland</dt><dd>Carrow, Dunmere</dd><dt>Coast</dt><dd>Westby, Holm</dd><dt>Marsh</dt>"
        "<dd>Ellin, Fenwick</dd></dl><h2>Competition</h2><p>Few makers compete.</p>"
    )
    assert _regions(body) == [
        ("Upland", ("Carrow", "Dunmere")),
        ("Coast", ("Westby", "Holm")),
        ("Marsh", ("Ellin", "Fenwick")),
    ]


def test_parts_named_by_their_compass_point_each_a_heading_over_a_bare_line_of_areas():
    # "Northern Vietnam" reads as Vietnam to the country table: with a compass point it is one of its parts
    body = (
        "<h2>Regional insights</h2><h3>Northern Vietnam</h3><p>Hanoi, Hai Phong, Bac Ninh</p>"
        "<h3>Southern Vietnam</h3><p>Ho Chi Minh City, Binh Duong</p><h2>Competition</h2><p>Few makers.</p>"
    )
    assert _regions(body) == [
        ("Northern Vietnam", ("Hanoi", "Hai Phong", "Bac Ninh")),
        ("Southern Vietnam", ("Ho Chi Minh City", "Binh Duong")),
    ]


def test_another_sources_figure_named_by_what_it_is_is_no_size_of_this_market():
    body = "<p>By way of comparison, a Zurich-based consultancy placed the 2024 market at EUR 250 million.</p>"
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert sorted(s.value for s in release.market_sizes) == [288.0, 412.0]


def test_a_divisions_heading_over_lines_of_parts_with_their_areas():
    body = (
        "<h2>Divisions covered</h2><ul><li>Upland Division: Carrow, Dunmere</li><li>Coast Division: Westby, Holm</li>"
        "</ul><h2>Competition</h2><p>Few makers compete.</p>"
    )
    assert _regions(body) == [("Upland Division", ("Carrow", "Dunmere")), ("Coast Division", ("Westby", "Holm"))]


@pytest.mark.parametrize(
    "listed",
    ["", "<p>By Resin: Polyester, Epoxy</p>"],  # the table alone lists them; a list naming them already, once
)
def test_a_figures_table_headed_by_its_dimension_lists_its_items_unless_a_list_does(listed):
    body = (
        f"{listed}<table><tr><th>Resin type</th><th>Share of 2024 value</th><th>CAGR 2025–2031</th></tr>"
        "<tr><td>Polyester</td><td>44%</td><td>6.3%</td></tr><tr><td>Epoxy</td><td>27%</td><td>5.2%</td></tr>"
        "<tr><td>Total</td><td>100%</td><td>5.3%</td></tr></table>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(s.dimension, s.label) for s in release.segments] == [("type", "Polyester"), ("type", "Epoxy")]
    assert {(c.value_pct, c.scope) for c in release.cagrs} >= {(6.3, "segment:Polyester"), (5.2, "segment:Epoxy")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The market added roughly EUR 30 million in 2024 alone.",
        "That is a CAGR of 5.3%, or an additional EUR 124 million in annual turnover by 2031.",
        "That works out to roughly EUR 124 million in new yearly spending by 2031.",
    ],
)
def test_a_growth_increment_is_no_size_of_the_market(sentence):
    release = parse_release(f"{OPENING}<p>{sentence}</p></body></html>")
    assert sorted(s.value for s in release.market_sizes) == [288.0, 412.0]


PLAYERS_IN_A_SENTENCE = [
    (
        "Carrow Cider Co, Dunmere Orchards, Westby Press Pty Ltd and Ellin Farms were identified as the leading "
        "suppliers.",
        "the names before what a study found them to be",
    ),
    (
        "Among the leading companies the report cites Carrow Cider Co, Dunmere Orchards, Westby Press Pty Ltd and "
        "Ellin Farms.",
        "the names after what they are and the study's verb",
    ),
    (
        "Leading brands profiled in the study include Carrow Cider Co, Dunmere Orchards, Westby Press Pty Ltd and "
        "Ellin Farms.",
        "brands named as the players",
    ),
    (
        "The main brands are owned by Carrow Cider Co, Dunmere Orchards, Westby Press Pty Ltd and Ellin Farms.",
        "the companies owning the brands",
    ),
    (
        "Profiles in the report cover Carrow Cider Co, Dunmere Orchards, Westby Press Pty Ltd and Ellin Farms.",
        "the names after the last cue, not the first",
    ),
    (
        "Leading installers profiled in the report include Carrow Cider Co, Dunmere Orchards, Westby Press Pty Ltd "
        "and Ellin Farms.",
        "installers, integrators, operators ... as what the players are",
    ),
    (
        "The report profiles: Carrow Cider Co; Dunmere Orchards; Westby Press Pty Ltd; Ellin Farms.",
        "the study's verb before a colon",
    ),
]


@pytest.mark.parametrize("sentence, why", PLAYERS_IN_A_SENTENCE, ids=[c[1] for c in PLAYERS_IN_A_SENTENCE])
def test_players_named_in_a_sentence(sentence, why):
    release = parse_release(f"{OPENING}<h2>Competition</h2><p>The field is crowded. {sentence}</p></body></html>")
    assert [p.name for p in release.players] == [
        "Carrow Cider Co",
        "Dunmere Orchards",
        "Westby Press Pty Ltd",
        "Ellin Farms",
    ]


def test_a_paragraph_ending_in_a_label_of_regions_lists_no_players_whatever_it_said_of_brands_before():
    body = (
        "<h2>Upland leads</h2><p>Upland is expected to grow fastest, thanks to new brands and modern presses. The "
        "report analyses three production regions:</p><ul><li>Upland (Carrow, Dunmere)</li><li>Coast (Westby, "
        "Porthale)</li><li>Lakes (Ellin)</li></ul><h2>About</h2><p>Few.</p>"
    )
    assert parse_release(f"{OPENING}{body}</body></html>").players == ()


@pytest.mark.parametrize(
    ("paragraph", "parts"),
    [
        (
            "The study breaks Japan into five regional blocks: Kanto, Kansai, Chubu, Kyushu & Okinawa, and Hokkaido & "
            "Tohoku. Kanto remains the largest.",
            [("Kanto", ()), ("Kansai", ()), ("Chubu", ()), ("Kyushu & Okinawa", ()), ("Hokkaido & Tohoku", ())],
        ),
        (  # two parts told with their areas, one "centred on" them
            "Kanto (Tokyo, Saitama) leads. Chubu, centred on Aichi, is second.",
            [("Kanto", ("Tokyo", "Saitama")), ("Chubu", ("Aichi",))],
        ),
        ("The study covers three themes: Safety, Cost and Staffing.", []),  # no places
    ],
)
def test_a_country_markets_parts_in_a_sentence_under_any_heading(paragraph, parts):
    release = parse_release(_country_page("Japan", "Kansai to outpace Kanto", paragraph))
    assert [(r.region, r.countries) for r in release.regions] == parts


@pytest.mark.parametrize(
    ("top", "publisher"),
    [
        ("WireLink Daily - Press Releases\nhttps://www.wirelinkdaily.com/releases/cider/", "wirelinkdaily.com"),
        ("CORBEL RESEARCH | corbel-research.com", "corbel-research.com"),
        ("cider-market-outlook-2025-2031.txt", "orchardline.com"),  # a file's name: the links tell the site
    ],
)  # fmt: skip
def test_a_text_pages_own_address_or_masthead_at_its_top_names_its_publisher(top, publisher):
    text = (
        f"{top}\n\nFreshland Cider Market to Reach EUR 412 Million by 2031\n\nThe Freshland cider market was valued "
        "at EUR 288 million in 2024. Order: https://www.orchardline.com/reports/cider\n"
        "Sample: https://www.orchardline.com/sample/cider\n"
    )
    assert parse_release(text).publisher == publisher


def test_a_figure_of_the_market_named_in_full_is_the_whole_markets_whatever_place_the_sentence_opens_on():
    page = (
        "<html><head><title>Qatar Cider Market</title></head><body><h1>Qatar Cider Market Outlook</h1>"
        "<p>Doha Insight estimates the Qatar Cider Market at QAR 288 million in 2024, growing at a CAGR of "
        "5.3% from 2025 to 2031.</p><h2>Regions</h2><ul><li>Doha</li><li>Al Rayyan</li></ul></body></html>"
    )
    assert [(s.value, s.scope) for s in parse_release(page).market_sizes] == [(288.0, None)]


def test_a_faq_answer_about_regions_does_not_make_the_price_list_below_it_regions():
    body = (
        "<h2>Regional insights</h2><p>North America, led by the United States and Canada, captured 48.6% of revenue, "
        "while Europe, covering Germany and France, was next.</p><h3>FAQ</h3><h4>Which region leads?</h4>"
        "<p>North America, with close to half of revenue.</p><h5>Buy this report</h5><ul>"
        "<li>Single User — $3,990</li><li>Multi User — $5,490</li><li>Enterprise — $7,250</li></ul>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(r.region, r.countries) for r in release.regions] == [
        ("North America", ("United States", "Canada")),
        ("Europe", ("Germany", "France")),
    ]


def test_an_items_sub_items_stated_in_a_sentence_of_their_own_are_its_children_not_a_dimension():
    body = (
        "<p>On the basis of component, the market is divided into software and services. Services are further "
        "broken down into teleconsultation, remote monitoring and teletriage; together, services contributed "
        "$523.4 million in 2024.</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(s.dimension, s.label, s.parent) for s in release.segments] == [
        ("type", "software", None),
        ("type", "services", None),
        ("type", "teleconsultation", "services"),
        ("type", "remote monitoring", "services"),
        ("type", "teletriage", "services"),
    ]


def test_a_line_of_players_also_profiled_continues_the_key_players_line_above_it():
    body = (
        "<h2>Competitive landscape</h2><p>Key Players: Carrow Cider Co, Dunmere Orchards</p>"
        "<p>Also Profiled: Westby Press Pty Ltd, Ellin Farms</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [p.name for p in release.players] == [
        "Carrow Cider Co",
        "Dunmere Orchards",
        "Westby Press Pty Ltd",
        "Ellin Farms",
    ]


def test_a_capitalised_player_noun_inside_a_list_of_items_cues_no_players():
    body = (
        "<p>Segmentation: By product, the market is divided into Platforms and Services; and by end user into "
        "Mobile Network Operators, MVNOs, Device OEMs and Enterprises.</p>"
        "<p>Key Players: Carrow Cider Co, Dunmere Orchards and Westby Press Pty Ltd</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [p.name for p in release.players] == ["Carrow Cider Co", "Dunmere Orchards", "Westby Press Pty Ltd"]


def test_a_figure_in_a_regions_table_row_is_the_regions_even_under_a_name_no_vocabulary_knows():
    body = (
        "<h2>Regional outlook</h2><table><tr><th>Region</th><th>Leading states</th><th>2025 revenue (US$ bn)</th>"
        "<th>CAGR 2026–2032</th></tr><tr><td>South</td><td>Texas, Florida</td><td>8.3</td><td>6.4%</td></tr>"
        "<tr><td>West</td><td>California, Arizona</td><td>5.6</td><td>6.1%</td></tr></table>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(c.value_pct, c.scope) for c in release.cagrs if c.scope] == [(6.4, "region:South"), (6.1, "region:West")]


def test_parts_of_a_continent_named_by_their_compass_point():
    body = (
        "<h2>Regional outlook</h2><p>Western Europe — Germany, France and Austria — held 44% of revenue. Southern "
        "Europe, spanning Italy, Spain and Portugal, grows fastest, at a 14.1% CAGR over 2025–2031, while Northern "
        "Europe, covering Sweden and Norway, is the most mature. Central & Eastern Europe (Poland, Czech Republic) "
        "follows.</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [r.region for r in release.regions] == [
        "Western Europe",
        "Southern Europe",
        "Northern Europe",
        "Central & Eastern Europe",
    ]
    assert [c.scope for c in release.cagrs] == [None, "region:Southern Europe"]


def test_a_part_of_a_listed_region_named_in_passing_is_no_region_of_the_list():
    body = (
        "<h2>Regional analysis</h2><ul><li>North America</li><li>Europe</li><li>Asia Pacific</li></ul>"
        "<p>Asia Pacific grows fastest, led by India and Southeast Asia, while demand in southern Europe lags.</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [r.region for r in release.regions] == ["North America", "Europe", "Asia Pacific"]


def test_one_region_after_a_coverage_label_then_its_countries_after_a_dash():
    body = "<p>Geographic coverage: Southeast Asia — Indonesia, Thailand, Vietnam, Rest of Southeast Asia</p>"
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(r.region, r.countries) for r in release.regions] == [
        ("Southeast Asia", ("Indonesia", "Thailand", "Vietnam", "Rest of Southeast Asia"))
    ]


def test_a_figure_of_a_countrys_market_by_its_peoples_word_is_that_countrys():
    body = "<p>The Australian market was worth EUR 48 million in 2024, as rebates spread across Victoria.</p>"
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(s.value, s.scope) for s in release.market_sizes if s.scope] == [(48.0, "region:Australia")]


def test_a_regional_labels_line_of_names_parted_by_semicolons_lists_the_regions():
    body = (
        "<p><b>PROVINCIAL COVERAGE</b></p><p>Gauteng; Western Cape; KwaZulu-Natal; Eastern Cape; Rest of South "
        "Africa</p><p><b>COMPANIES PROFILED</b></p><ul><li>Carrow Cider Co</li><li>Dunmere Orchards</li></ul>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [r.region for r in release.regions] == [
        "Gauteng",
        "Western Cape",
        "KwaZulu-Natal",
        "Eastern Cape",
        "Rest of South Africa",
    ]


def test_a_definition_lists_terms_over_lines_of_items_parted_by_semicolons_are_dimensions():
    body = (
        "<h3>The market at a glance</h3><dl><dt>Feed type</dt><dd>Grower Feed; Starter Feed; Broodstock Feed</dd>"
        "<dt>Feed grade</dt><dd>Standard Grade; Premium Grade; Organic Grade</dd></dl>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(s.dimension, s.label) for s in release.segments] == [
        ("type", "Grower Feed"),
        ("type", "Starter Feed"),
        ("type", "Broodstock Feed"),
        ("feed grade", "Standard Grade"),
        ("feed grade", "Premium Grade"),
        ("feed grade", "Organic Grade"),
    ]


def test_a_paragraph_of_names_that_are_profiled_gives_the_players():
    page = (
        "# Cold Plasma Market\n\nThe cold plasma market was valued at USD 1.9 billion in 2024 and is forecast to "
        "grow at a CAGR of 14.2% from 2025 to 2032.\n\nNordson Corporation, Henniker Plasma, Europlasma NV and "
        "Tantec A/S are profiled in the study. Most compete on throughput.\n"
    )
    assert [p.name for p in parse_release(page).players] == [
        "Nordson Corporation",
        "Henniker Plasma",
        "Europlasma NV",
        "Tantec A/S",
    ]


def test_dimension_lines_under_a_sentence_naming_them_with_an_items_children_stated_below():
    page = (
        "<html><head><title>Lithuania Data Center Market</title></head><body><h1>Lithuania Data Center Market</h1>"
        "<p>The Lithuania data center market was valued at USD 410 million in 2024 and is forecast to grow at a CAGR "
        "of 9.8% from 2025 to 2032.</p><h2>How the market is cut</h2>"
        "<p>The study splits the market by component, by data center type and by end user:</p><ul>"
        "<li><b>Component:</b> Hardware, Software, Services</li>"
        "<li><b>Services</b> are further divided into Consulting, Installation &amp; Integration, and Support</li>"
        "<li><b>Data center type:</b> Colocation, Hyperscale, Edge</li>"
        "<li><b>End user:</b> BFSI, Government, Healthcare</li></ul></body></html>"
    )
    assert [(s.dimension, s.label, s.parent) for s in parse_release(page).segments] == [
        ("type", "Hardware", None),
        ("type", "Software", None),
        ("type", "Services", None),
        ("type", "Consulting", "Services"),
        ("type", "Installation & Integration", "Services"),
        ("type", "Support", "Services"),
        ("data center type", "Colocation", None),
        ("data center type", "Hyperscale", None),
        ("data center type", "Edge", None),
        ("application", "BFSI", None),
        ("application", "Government", None),
        ("application", "Healthcare", None),
    ]


def test_a_definition_list_of_parts_over_their_areas_and_shares():
    # each term a part, each definition its areas with the part's share after a dash: no snapshot of key figures
    body = (
        "<h4>Regional outlook</h4><p>The report groups the country into the following areas:</p><dl>"
        "<dt>Seoul Capital Area</dt><dd>Seoul, Incheon, Gyeonggi-do — 49.6% of 2024 sales (KRW 3.42 trillion)</dd>"
        "<dt>Yeongnam</dt><dd>Busan, Daegu, Ulsan — 24.8%</dd><dt>Chungcheong</dt><dd>Daejeon, Sejong — 11.2%</dd>"
        "<dt>Honam</dt><dd>Gwangju, Jeollabuk-do, Jeollanam-do — 9.5%</dd></dl>"
    )
    assert _regions(body) == [
        ("Seoul Capital Area", ("Seoul", "Incheon", "Gyeonggi-do")),
        ("Yeongnam", ("Busan", "Daegu", "Ulsan")),
        ("Chungcheong", ("Daejeon", "Sejong")),
        ("Honam", ("Gwangju", "Jeollabuk-do", "Jeollanam-do")),
    ]


def test_an_accordion_of_parts_each_summary_over_its_areas():
    body = (
        "<h2>Regional breakdown</h2><p>Explore the seven geographical regions below:</p><div class='accordion'>"
        "<details open><summary>Marmara</summary><p>İstanbul, Bursa, Kocaeli — the largest clinic cluster.</p>"
        "</details><details><summary>Aegean</summary><p>İzmir, Muğla, Denizli</p></details>"
        "<details><summary>Central Anatolia</summary><p>Ankara, Konya, Eskişehir</p></details></div>"
    )
    assert _regions(body) == [
        ("Marmara", ("İstanbul", "Bursa", "Kocaeli")),
        ("Aegean", ("İzmir", "Muğla", "Denizli")),
        ("Central Anatolia", ("Ankara", "Konya", "Eskişehir")),
    ]


def test_a_table_of_macro_areas_over_their_regions():
    body = (
        "<h2>Sales by macro-area</h2><table><tr><th>Macro-area</th><th>Regions</th><th>Share of 2024 sales</th></tr>"
        "<tr><td>North-West</td><td>Lombardy, Piedmont, Liguria</td><td>34%</td></tr>"
        "<tr><td>Centre</td><td>Tuscany, Lazio, Marche</td><td>22%</td></tr>"
        "<tr><td>South and Islands</td><td>Campania, Puglia, Sicily</td><td>15%</td></tr></table>"
    )
    assert _regions(body) == [
        ("North-West", ("Lombardy", "Piedmont", "Liguria")),
        ("Centre", ("Tuscany", "Lazio", "Marche")),
        ("South and Islands", ("Campania", "Puglia", "Sicily")),
    ]


def test_a_countrys_macro_areas_listed_under_a_line_naming_them():
    body = (
        "<h2>North-West leads</h2><p>Nomisfera splits Italy into its four statistical macro-areas:</p><ul>"
        "<li><b>Nord-Ovest</b> (Lombardia, Piemonte, Liguria): the largest area;</li>"
        "<li><b>Nord-Est</b> (Veneto, Emilia-Romagna): home to several makers;</li>"
        "<li><b>Centro</b> (Lazio, Toscana, Marche): Rome's hotels;</li></ul>"
    )
    assert _regions(body) == [
        ("Nord-Ovest", ("Lombardia", "Piemonte", "Liguria")),
        ("Nord-Est", ("Veneto", "Emilia-Romagna")),
        ("Centro", ("Lazio", "Toscana", "Marche")),
    ]


def test_scraped_text_with_two_glued_dimensions_a_line():
    page = (
        "Smart Irrigation Market Report 2025-2032\n\nThe smart irrigation market was valued at USD 1.9 billion in "
        "2024.\n\nSegmentation\n"
        "By SystemWeather-Based, Sensor-Based    By ComponentControllers, Sensors, Flow Meters\n"
        "By End UserFarms, Golf Courses\n"
    )
    assert [(s.dimension, s.label) for s in parse_release(page).segments] == [
        ("type", "Weather-Based"),
        ("type", "Sensor-Based"),
        ("component", "Controllers"),
        ("component", "Sensors"),
        ("component", "Flow Meters"),
        ("application", "Farms"),
        ("application", "Golf Courses"),
    ]


def test_a_text_export_with_no_address_is_the_site_it_writes_out():
    page = (
        "# Veterinary Diagnostics Market to Reach USD 19.1 Billion by 2031\n\n"
        "The veterinary diagnostics market was valued at USD 11.1 billion in 2024, Brightmoor Research says.\n\n"
        "Media: press@brightmoor-research.com\n\n"
        "*About Brightmoor Research: Brightmoor Research (www.brightmoor-research.com) publishes market studies.*\n"
    )
    facts = parse_release(page)
    assert (facts.publisher, facts.research_firm) == ("brightmoor-research.com", "brightmoor-research.com")


def test_scraped_text_with_two_glued_pairs_a_line():
    page = (
        "Bio-based Adhesives Market Size, Share & Forecast Report 2025-2032\n\n"
        "Report Overview\n"
        "Market Size 2024USD 3.1 Bn        Market Size 2032USD 5.9 Bn\n"
        "CAGR8.4%        Forecast Period2025-2032\n"
        "Europe Share 202436.2%        Asia Pacific CAGR10.7%\n\n"
        "The global bio-based adhesives market was valued at USD 3.1 billion in 2024.\n\n"
        "Related Reports\n"
        "Precision Farming Software MarketSize 2024USD 11.7 Bn    CAGR13.1%\n"
    )
    assert [(c.value_pct, c.start, c.end, c.scope) for c in parse_release(page).cagrs] == [
        (8.4, 2025, 2032, None),
        (10.7, 2025, 2032, "region:Asia Pacific"),
    ]


@pytest.mark.parametrize(
    ("line", "dimension"),
    [
        ("<p>Host Organism</p>", "host organism"),
        ("<p><strong>Connectivity</strong></p>", "connectivity"),
        ("<p>Formulation</p>", "formulation"),
    ],
)
def test_a_dimension_named_by_a_devices_link_an_organism_or_a_form_heads_its_items(line, dimension):
    body = (
        f"<h2>Segmentation</h2><p>Cider Type</p><ul><li>Dry Cider</li><li>Sweet Cider</li></ul>"
        f"{line}<ul><li>Wild Yeast</li><li>Cultured Yeast</li></ul>"
    )
    assert [found for found in _segments(body) if found[0] != "type"] == [
        (dimension, "Wild Yeast", None),
        (dimension, "Cultured Yeast", None),
    ]


def test_a_by_label_over_a_finding_lists_nothing_and_leaves_the_scope_lists_below():
    body = (
        "<ul><li><b>By Type:</b> Dry cider accounts for most sales because pubs stock it everywhere, the report "
        "says.</li></ul><h3>Segmentation Scope</h3><p><b>Type</b></p><ul><li>Dry Cider</li><li>Sweet Cider</li></ul>"
    )
    assert _segments(body) == [("type", "Dry Cider", None), ("type", "Sweet Cider", None)]


def test_sub_headings_that_mostly_name_dimensions_head_their_lists_under_any_heading():
    body = (
        "<h2>2. How we cut the market</h2><p>Our model tracks three lenses:</p><h3>Component</h3><dl><dt>Presses</dt>"
        "<dd>Belt Presses; Rack Presses</dd><dt>Mills</dt><dd>—</dd></dl><p>Presses took EUR 4 million in 2024.</p>"
        "<h3>End User</h3><ul><li>Craft Cideries</li><li>Industrial Cideries</li></ul>"
        "<h2>Company profiles</h2><h3>Carrow Press Technology</h3><p>Founded 1921.</p><h3>Dunmere Mills Ltd</h3>"
        "<p>Founded 1950.</p><h3>Ellin Cider Co.</h3><p>Founded 1988.</p>"
    )
    found = _segments(body)
    assert ("type", "Belt Presses", None) in found and ("type", "Rack Presses", None) in found
    assert [label for dimension, label, _ in found if dimension == "application"] == [
        "Craft Cideries",
        "Industrial Cideries",
    ]
    assert not any("Technology" in label for _, label, _ in found)  # company cards named like a dimension head none


def test_segment_cards_name_their_items_over_their_figures_rows():
    card = "<p>{}</p>{}<table><tr><td>Share 2024</td><td>{}%</td></tr><tr><td>CAGR</td><td>6.1%</td></tr></table>"
    body = (
        "<h2>By Press Type</h2>"
        + card.format("Belt Presses", "<ul><li>Single Belt</li><li>Double Belt</li></ul>", 61)
        + "<p>The installed base is old.</p>"
        + card.format("Rack Presses", "", 39)
    )
    assert [(label, parent) for _, label, parent in _segments(body)] == [
        ("Belt Presses", None),
        ("Single Belt", "Belt Presses"),
        ("Double Belt", "Belt Presses"),
        ("Rack Presses", None),
    ]


def test_a_countrys_parts_each_a_line_over_a_note_of_its_own():
    # the lines alternate with paragraphs about each part; "6th of May City" is a town's name, ordinal and all
    body = (
        "<h2>Governorate insights</h2><p>The report tracks demand by governorate. The three largest are:</p>"
        "<p>Upland: Carrow, 6th of May City</p><p>Upland generated EUR 61 million in 2024, the most of any part.</p>"
        "<p>Coast: Westby, Holm</p><p>Gated housing and the new ring road sustain demand along the coast.</p>"
        "<p>Marsh: Ellin, Fenwick</p><p>Industrial parks around Ellin underpin a stable base load for makers.</p>"
        "<h2>Competition</h2><p>Few makers compete.</p>"
    )
    assert _regions(body) == [
        ("Upland", ("Carrow", "6th of May City")),
        ("Coast", ("Westby", "Holm")),
        ("Marsh", ("Ellin", "Fenwick")),
    ]


_PARTS_LISTED = (
    "<h2>Regions</h2><p>The study covers the country's parts by governorate:</p><ul><li>Upland: Carrow, Dunmere</li>"
    "<li>Coast: Westby, Porthale</li><li>Marsh: Ellin, Holm</li></ul>"
)


@pytest.mark.parametrize(
    "body",
    [
        f"{_PARTS_LISTED}<h3>Marsh (Ellin, Holm)</h3><p>Makers are moving in; the prefecture is forecast to grow at a "
        "CAGR of 7.9% over 2025-2031.</p>",
        f"{_PARTS_LISTED}<p>Marsh has the most tenant households; the Land is expected to grow at a CAGR of 7.9% from "
        "2025 to 2031.</p>",
        "<h2>Where the cider is drunk</h2><p>The report tracks demand by governorate. The three largest are:</p>"
        "<p>Upland: Carrow, Dunmere</p><p>Upland leads on volume, with the largest orchards.</p>"
        "<p>Coast: Westby, Porthale</p><p>Cafés along the coast drive demand.</p><p>Marsh: Ellin, Holm</p>"
        "<p>The fastest-growing governorate, with a projected CAGR of 7.9% (2025–2031).</p>",
        f"{_PARTS_LISTED}<div><h3>Marsh</h3><p>Ellin, Holm</p><p>CAGR 7.9% (2025–2031)</p></div>",
        f"{_PARTS_LISTED}<p>Marsh (Ellin, Holm) is the largest market. Its CAGR is expected to be 7.9% over "
        "2025-2031.</p>",
        f"{_PARTS_LISTED}<p>In the western hills, Marsh (Ellin, Holm) will be the fastest-growing department, with a "
        "CAGR of 7.9% from 2025 to 2031.</p>",
    ],
    ids=[
        "under the part's heading",
        "in the sentence opening on it",
        "under the part's line",
        "a card's bare rate under its heading and areas",
        "its CAGR after a sentence opening on it",
        "after a scene set before it",
    ],
)
def test_a_clause_referring_back_to_its_part_gives_the_part_its_cagr(body):
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [r.region for r in release.regions] == ["Upland", "Coast", "Marsh"]
    assert [(c.value_pct, c.scope) for c in release.cagrs] == [(5.3, None), (7.9, "region:Marsh")]


_PARTS_TABLE = (
    "<table><tr><th>State</th><th>Capacity (kt)</th><th>Share</th></tr><tr><td>Upland</td><td>14.9</td><td>37%</td>"
    "</tr><tr><td>Coast</td><td>5.9</td><td>15%</td></tr><tr><td>Marsh</td><td>3.9</td><td>10%</td></tr></table>"
)


@pytest.mark.parametrize(
    "section",
    [
        "<h3>Upland</h3><p>Cities covered: Carrow, Dunmere. Upland leads on volume.</p><h3>Coast</h3><p>Key cities: "
        "Westby, Porthale – the port trade.</p>",
        "<p>Upland</p><p>Main cities: Carrow, Dunmere</p><p>Upland leads on volume.</p><p>Coast</p><p>Main city: "
        "Westby, Porthale</p>",
        "<h4>Upland</h4><p>Carrow and Dunmere. Upland leads on volume.</p><h4>Coast</h4><p>Westby, Porthale — the port"
        " trade.</p>",
        "<ul><li>Upland (Carrow, Dunmere) – the biggest market.</li><li>Coast – Westby and Porthale, serving the port"
        " trade.</li></ul>",
        "<h3>Upland (Uplandia)</h3><p>Main centres: Carrow, Dunmere</p><p>Upland leads.</p><h3>Coast</h3><p>Main "
        "centres: Westby, Porthale</p>",
    ],
    ids=[
        "headings over labelled areas",
        "bare lines over labelled areas",
        "headings over notes opening on areas",
        "lines giving their areas",
        "a heading with its other name in brackets over its main centres",
    ],
)
def test_a_countrys_parts_in_a_table_take_the_areas_their_own_sections_give(section):
    # a table lists the parts bare; the sections above it give each its towns, in a shape no region header opens
    body = f"<h2>Where the cider is drunk</h2><p>Five states lead.</p>{section}{_PARTS_TABLE}"
    assert _regions(body) == [
        ("Upland", ("Carrow", "Dunmere")),
        ("Coast", ("Westby", "Porthale")),
        ("Marsh", ()),
    ]


def test_a_paragraph_on_the_parts_over_a_headerless_table_of_each_part_with_its_towns():
    # the paragraph names only some parts; the table under it lists them all, each with its towns
    body = (
        "<h2>Regional trends</h2><p>Upland accounted for about 34% of 2024 value, reflecting its orchards and its many "
        "cider houses; Marsh, where new growers have planted most, is the fastest-growing part of the country.</p>"
        "<table><tr><td>Upland</td><td>Carrow, Dunmere</td></tr><tr><td>Coast</td><td>Westby</td></tr>"
        "<tr><td>Marsh</td><td>Ellin, Holm</td></tr></table><h2>Competition</h2><p>Few makers compete.</p>"
    )
    assert _regions(body) == [
        ("Upland", ("Carrow", "Dunmere")),
        ("Coast", ("Westby",)),
        ("Marsh", ("Ellin", "Holm")),
    ]


def test_a_table_of_one_dimension_a_row_under_its_header_with_groups_over_their_items():
    body = (
        "<table><tr><th>Segment dimension</th><th>Items</th></tr><tr><td>Press type</td><td>Rack: Oak, Beech · "
        "Screw: Iron, Steel</td></tr><tr><td>Process</td><td>Cold; Warm</td></tr></table>"
    )
    assert _segments(body) == [
        ("type", "Rack", None),
        ("type", "Oak", "Rack"),
        ("type", "Beech", "Rack"),
        ("type", "Screw", None),
        ("type", "Iron", "Screw"),
        ("type", "Steel", "Screw"),
        ("process", "Cold", None),
        ("process", "Warm", None),
    ]


def test_a_cells_groups_parted_by_a_line_break_each_keep_their_items_in_a_headerless_table_of_by_labels():
    """A line break in a cell parts its groups as "·" parts their items: each group's items run up to the next
    group's label. "Indication" and "payer" name dimensions, so the rows are one table of dimensions (the first,
    "Component", is the contract's type)."""
    body = (
        "<h2>Market segmentation</h2><table><tr><th>By Component</th><td><b>Presses</b>: Rack Press · Screw Press"
        " · Belt Press<br><b>Tanks</b>: Steel Tanks · Oak Vats</td></tr><tr><th>By Indication</th><td>Still · "
        "Sparkling</td></tr><tr><th>By Payer</th><td>Retail · On-trade</td></tr></table>"
    )
    assert _segments(body) == [
        ("type", "Presses", None),
        ("type", "Rack Press", "Presses"),
        ("type", "Screw Press", "Presses"),
        ("type", "Belt Press", "Presses"),
        ("type", "Tanks", None),
        ("type", "Steel Tanks", "Tanks"),
        ("type", "Oak Vats", "Tanks"),
        ("indication", "Still", None),
        ("indication", "Sparkling", None),
        ("payer", "Retail", None),
        ("payer", "On-trade", None),
    ]


def test_a_table_of_dimensions_over_segments_and_sub_segments_drawn_with_blank_cells():
    body = (
        "<table><tr><th>Dimension</th><th>Segment</th><th>Sub-segment</th></tr>"
        "<tr><td>Press type</td><td>Rack</td><td>Oak Rack</td></tr><tr><td></td><td></td><td>Beech Rack</td></tr>"
        "<tr><td></td><td>Screw</td><td>—</td></tr><tr><td>Process</td><td>Cold</td><td>—</td></tr>"
        "<tr><td></td><td>Warm</td><td>—</td></tr></table>"
    )
    assert _segments(body) == [
        ("type", "Rack", None),
        ("type", "Oak Rack", "Rack"),
        ("type", "Beech Rack", "Rack"),
        ("type", "Screw", None),
        ("process", "Cold", None),
        ("process", "Warm", None),
    ]


def test_a_supplier_roster_names_the_players():
    body = (
        "<p>The supplier roster will be familiar to most buyers: Alby Press, Tove Cider Works, Holm Orchards and "
        "Westby Mills.</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [p.name for p in release.players] == ["Alby Press", "Tove Cider Works", "Holm Orchards", "Westby Mills"]


def test_a_divisional_outlook_heads_a_countrys_parts():
    body = (
        "<h2>Divisional Outlook</h2><ul><li>Upland Division: Carrow, Dunmere</li><li>Coast Division: Westby, Holm"
        "</li></ul><h2>Competition</h2><p>Few makers compete.</p>"
    )
    assert _regions(body) == [("Upland Division", ("Carrow", "Dunmere")), ("Coast Division", ("Westby", "Holm"))]


def test_part_lines_with_a_note_after_their_areas_or_a_note_alone():
    body = (
        "<h2>Where the apples grow</h2><p>The study covers four departments:</p><ul>"
        "<li>Upland – Carrow, Dunmere. Largest producing department, worth EUR 52.7 million in 2024.</li>"
        "<li>Coast – Westby, Porthale.</li><li>Marsh – Ellin. Processing plants and the main exporters.</li>"
        "<li>Fenland – expected to be the fastest-growing department, backed by new orchards.</li></ul>"
        "<h2>Competition</h2><p>Few makers compete.</p>"
    )
    assert _regions(body) == [
        ("Upland", ("Carrow", "Dunmere")),
        ("Coast", ("Westby", "Porthale")),
        ("Marsh", ("Ellin",)),
        ("Fenland", ()),
    ]


def test_figure_tables_in_a_row_are_each_read_with_their_own_header():
    # Nothing stands between the tables, yet each header row opens a table of its own: "Pack size" and "Region" head
    # lists of their own, never more "Type" items; a region's countries in brackets in its cell are its countries
    body = (
        "<h2>Segmentation</h2><table><tr><th>Type</th><th>Share 2024 (%)</th><th>CAGR 2025-2031 (%)</th></tr>"
        "<tr><td>Still</td><td>61.0</td><td>4.8</td></tr><tr><td>Sparkling</td><td>39.0</td><td>6.1</td></tr></table>"
        "<table><tr><th>Pack size</th><th>Share 2024 (%)</th><th>CAGR 2025-2031 (%)</th></tr>"
        "<tr><td>Rack</td><td>55.0</td><td>4.9</td></tr><tr><td>Screw</td><td>45.0</td><td>5.9</td></tr></table>"
        "<table><tr><th>Region</th><th>Share 2024 (%)</th><th>CAGR 2025-2031 (%)</th></tr>"
        "<tr><td>North America (United States, Canada)</td><td>58.0</td><td>5.0</td></tr>"
        "<tr><td>Europe (Germany, France)</td><td>42.0</td><td>5.7</td></tr></table>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(s.dimension, s.label) for s in release.segments] == [
        ("type", "Still"),
        ("type", "Sparkling"),
        ("pack size", "Rack"),
        ("pack size", "Screw"),
    ]
    assert [(r.region, r.countries) for r in release.regions] == [
        ("North America", ("United States", "Canada")),
        ("Europe", ("Germany", "France")),
    ]
    assert {(c.value_pct, c.scope) for c in release.cagrs} >= {(5.9, "segment:Screw"), (5.7, "region:Europe")}


def test_a_tables_caption_names_the_dimension_its_segment_header_leaves_out():
    body = (
        "<h2>Forecast tables</h2><table><caption>Table 1 – By Type</caption><tr><th>Segment</th><th>2025</th>"
        "<th>2031</th><th>CAGR</th></tr><tr><td>Still</td><td>150.0</td><td>201.0</td><td>5.0%</td></tr>"
        "<tr><td>Sparkling</td><td>140.0</td><td>198.0</td><td>5.9%</td></tr></table>"
        "<table><caption>Table 2 – By Application</caption><tr><th>Segment</th><th>2025</th><th>2031</th>"
        "<th>CAGR</th></tr><tr><td>Retail</td><td>190.0</td><td>260.0</td><td>5.4%</td></tr>"
        "<tr><td>Hospitality</td><td>100.0</td><td>139.0</td><td>5.6%</td></tr></table>"
    )
    assert _segments(body) == [
        ("type", "Still", None),
        ("type", "Sparkling", None),
        ("application", "Retail", None),
        ("application", "Hospitality", None),
    ]


def test_a_regions_adjective_names_the_region_whose_countries_a_sentence_lists():
    # without it, the European countries were North America's, the region the sentence before spoke of
    body = (
        "<h2>Regions</h2><p>North America is covered through the United States and Canada. The European chapter "
        "looks at Germany, Italy and France. Asia Pacific takes in China and Japan.</p>"
    )
    assert _regions(body) == [
        ("North America", ("United States", "Canada")),
        ("Europe", ("Germany", "Italy", "France")),
        ("Asia Pacific", ("China", "Japan")),
    ]


@pytest.mark.parametrize(
    "leaders",
    [
        "Alby Press Ltd., Tove Cider Works plc and Holm Orchards AG & Co. KG lead the market.",
        "Alby Press Ltd., Tove Cider Works plc and Holm Orchards AG & Co. KG together control most shelf space.",
    ],
)
def test_the_leaders_named_before_the_rest_of_the_players_come_first(leaders):
    rest = "The report also profiles Westby Mills Inc., Carrow Cider GmbH and Dunmere Fruit Ltd."
    body = f"<h2>Competition</h2><p>{leaders} {rest}</p>"
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [p.name for p in release.players] == [
        "Alby Press Ltd.",
        "Tove Cider Works plc",
        "Holm Orchards AG & Co. KG",
        "Westby Mills Inc.",
        "Carrow Cider GmbH",
        "Dunmere Fruit Ltd.",
    ]


def test_a_run_with_words_other_than_names_before_a_leading_verb_names_no_leaders():
    body = (
        "<h2>Competition</h2><p>Foreign groups such as Alby Press Ltd. and Tove Cider Works plc lead the premium "
        "end. The report also profiles Westby Mills Inc., Carrow Cider GmbH and Dunmere Fruit Ltd.</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [p.name for p in release.players] == ["Westby Mills Inc.", "Carrow Cider GmbH", "Dunmere Fruit Ltd."]


def test_a_parts_towns_named_in_passing_under_its_heading_or_in_its_own_paragraph():
    # the parts come from the table; their towns only from the paragraphs on them, in passing; a run of the parts
    # themselves ("Upland, Coast and Marsh lead") names no part's towns
    body = (
        "<h2>Regional outlook</h2><p>Upland, Coast and Marsh lead the country.</p><h3>Upland</h3>"
        "<p>Demand is concentrated in the orchards around Carrow, Dunmere and Holm Vale.</p><h3>Coast</h3>"
        "<p>The Westby and Porthale areas lead the cider-house trade.</p>"
        "<p>Marsh, home to Ellin, Fenby and Saltmarsh Cross, is the fastest-growing part.</p>"
        "<table><tr><th>Province</th><th>Share of 2024 value</th></tr><tr><td>Upland</td><td>41%</td></tr>"
        "<tr><td>Coast</td><td>33%</td></tr><tr><td>Marsh</td><td>26%</td></tr></table>"
    )
    assert _regions(body) == [
        ("Upland", ("Carrow", "Dunmere", "Holm Vale")),
        ("Coast", ("Westby", "Porthale")),
        ("Marsh", ("Ellin", "Fenby", "Saltmarsh Cross")),
    ]


def test_items_run_in_with_a_full_stop_each_opening_a_paragraph_of_its_own():
    body = (
        "<h2>Segmentation</h2><h4>By Press Type</h4><p>Rack Presses. Oak frames over cloth-wrapped cheeses, still "
        "common on farms.</p><p>Belt Presses. Continuous units in the larger cider houses.</p><p>Research &amp; Pilot "
        "Units. Small presses that universities use.</p><h4>By Sweetness</h4><p>Dry. Most of the volume.</p>"
        "<p>Medium Sweet. Sold mostly in supermarkets.</p>"
    )
    assert _segments(body) == [
        ("type", "Rack Presses", None),
        ("type", "Belt Presses", None),
        ("type", "Research & Pilot Units", None),
        ("sweetness", "Dry", None),
        ("sweetness", "Medium Sweet", None),
    ]


def test_a_titles_dimension_groups_parted_by_bars():
    page = (
        "<html><head><title>Cider Market by Press Type [Rack, Belt] | Sweetness [Dry, Sweet] – Forecast to 2031"
        "</title></head><body><h1>Cider Market by Press Type [Rack, Belt] | Sweetness [Dry, Sweet] – Forecast to "
        "2031</h1><p>The cider market was valued at EUR 288 million in 2024.</p></body></html>"
    )
    release = parse_release(page)
    assert [(s.dimension, s.label) for s in release.segments] == [  # the first product-like dimension is the "type"
        ("type", "Rack"),
        ("type", "Belt"),
        ("sweetness", "Dry"),
        ("sweetness", "Sweet"),
    ]


def test_a_second_tier_of_companies_in_a_later_sentence_joins_the_leaders():
    body = (
        "<h2>Competition</h2><p>The field splits into incumbents and insurgents. Among the global leaders are Alby "
        "Press Ltd., Tove Cider Works plc and Holm Orchards AG, each with a wide range. The challengers include "
        "Westby Mills Inc., Carrow Cider GmbH and Dunmere Fruit Ltd., along with regional makers. Challengers compete "
        "on price.</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [p.name for p in release.players] == [
        "Alby Press Ltd.",
        "Tove Cider Works plc",
        "Holm Orchards AG",
        "Westby Mills Inc.",
        "Carrow Cider GmbH",
        "Dunmere Fruit Ltd.",
    ]


@pytest.mark.parametrize(
    ("competition", "names"),
    [
        (  # the second tier's names tagged with their countries; a remark after it that runs a list of its own
            "The incumbents are Alby Press Ltd., Tove Cider Works plc and Holm Orchards AG. New entrants include "
            "Westby Mills Inc. (U.S.), Carrow Cider GmbH and Dunmere Fruit Ltd. (Ireland), which compete on price, "
            "flavour and packaging.",
            ["Alby Press Ltd.", "Tove Cider Works plc", "Holm Orchards AG", "Westby Mills Inc.", "Carrow Cider GmbH",
             "Dunmere Fruit Ltd."],
        ),
        (  # "it lists" cues the names; "lists A, B and C as the leading makers": what they are comes after them
            "On the incumbent side it lists Alby Press Ltd., Tove Cider Works plc and Holm Orchards AG. The report "
            "lists Westby Mills Inc., Carrow Cider GmbH and Ellin Fruit Ltd. as the leading new entrants.",
            ["Alby Press Ltd.", "Tove Cider Works plc", "Holm Orchards AG", "Westby Mills Inc.", "Carrow Cider GmbH",
             "Ellin Fruit Ltd."],
        ),
    ],
)  # fmt: skip
def test_incumbents_and_new_entrants_each_in_a_sentence_of_their_own(competition, names):
    release = parse_release(f"{OPENING}<h2>Competition</h2><p>{competition}</p></body></html>")
    assert [p.name for p in release.players] == names


def test_a_state_wise_outlook_names_each_state_over_a_paragraph_naming_its_towns():
    body = (
        "<h2>State-wise outlook</h2><p>Demand follows milk procurement. Our model splits the market across the states "
        "below.</p><dl><dt>Upland</dt><dd>The largest state market. Cooperatives around Carrow, Dunmere and Ellin "
        "keep adding capacity.</dd><dt>Coast</dt><dd>Private dairies in Porthale and Westby dominate.</dd></dl>"
    )
    assert _regions(body) == [("Upland", ("Carrow", "Dunmere", "Ellin")), ("Coast", ("Porthale", "Westby"))]


@pytest.mark.parametrize(
    "snapshot",
    [
        (  # plain text's typewriter dashes under a "snapshot" label
            "<p>STATE SNAPSHOT</p><p>The study profiles three leading states:</p><p>Upland -- The largest market, "
            "with demand in Carrow, Dunmere and Ellin.</p><p>Coast -- Growth in Porthale and Westby is fastest.</p>"
            "<p>Marsh -- small and shrinking.</p>"
        ),
        (  # list items, each a part's name and a dash before a remark
            "<h2>The regional map</h2><p>Capacity sits in a handful of states:</p><ul><li>Upland — the largest "
            "cluster, with complexes near Carrow, Dunmere and Ellin.</li><li>Coast — key sites around Porthale and "
            "Westby.</li><li>Marsh — a newer cluster, built mostly after 2016.</li></ul>"
        ),
    ],
)
def test_lines_each_opening_on_a_part_and_a_dash_name_the_parts_and_their_towns_in_passing(snapshot):
    assert _regions(snapshot) == [
        ("Upland", ("Carrow", "Dunmere", "Ellin")),
        ("Coast", ("Porthale", "Westby")),
        ("Marsh", ()),
    ]


def test_lines_each_a_part_a_colon_and_its_towns_before_a_remark_name_the_parts():
    body = (
        "<h2>Regional outlook</h2><p>Upland: Carrow, Dunmere and Ellin. Largest regional market.</p><p>Coast: Porthale"
        " and Westby. Strong uptake of rentals.</p><p>Marsh: Fenby and Holm. Fastest growth.</p>"
    )
    assert _regions(body) == [
        ("Upland", ("Carrow", "Dunmere", "Ellin")),
        ("Coast", ("Porthale", "Westby")),
        ("Marsh", ("Fenby", "Holm")),
    ]
    # a transcript's speakers open lines on a name and a colon too, each more than once
    transcript = (
        "<h2>And geographically?</h2><p>ML-O: Installation follows the yards in Korea and China.</p><p>Host: Finally,"
        " who is winning?</p><p>ML-O: The top five suppliers hold most of the market.</p>"
    )
    assert ("ML-O", ()) not in _regions(transcript)


def test_a_regions_label_over_parts_each_with_its_towns_after_a_dash():
    body = (
        "<h3>Inside the numbers</h3><p><b>Regions:</b> Central &ndash; Kampala, Wakiso, Mukono; Western &ndash; "
        "Mbarara, Fort Portal, Hoima; Northern &ndash; Gulu, Lira</p>"
    )
    assert _regions(body) == [
        ("Central", ("Kampala", "Wakiso", "Mukono")),
        ("Western", ("Mbarara", "Fort Portal", "Hoima")),
        ("Northern", ("Gulu", "Lira")),
    ]


def test_a_part_without_towns_among_parts_listed_with_theirs():
    body = (
        "<p>The report tracks demand in the following states and their leading cities:</p><ul>"
        "<li><b>Upland</b> — Carrow, Dunmere</li><li><b>Marsh</b></li><li><b>Coast</b> — Porthale, Westby</li>"
        "<li><b>Fenland</b> — Holm</li></ul>"
    )
    assert _regions(body) == [
        ("Upland", ("Carrow", "Dunmere")),
        ("Marsh", ()),
        ("Coast", ("Porthale", "Westby")),
        ("Fenland", ("Holm",)),
    ]


def test_a_state_wise_analysis_heads_the_states_with_their_towns():
    body = (
        "<h2>State-wise Analysis</h2><ul><li><b>Upland</b> – Carrow, Dunmere</li><li><b>Coast</b> – Porthale, "
        "Westby</li><li><b>Marsh</b> – Holm</li></ul>"
    )
    assert _regions(body) == [
        ("Upland", ("Carrow", "Dunmere")),
        ("Coast", ("Porthale", "Westby")),
        ("Marsh", ("Holm",)),
    ]


def test_a_table_of_country_groups_gives_each_its_countries():
    body = (
        "<h2>Regional view</h2><p>The study covers two country groups:</p><table><tr><th>Country group</th>"
        "<th>Countries analysed</th></tr><tr><td>Nordics</td><td>Sweden, Norway</td></tr><tr><td>British Isles</td>"
        "<td>United Kingdom, Ireland</td></tr></table>"
    )
    assert _regions(body) == [("Nordics", ("Sweden", "Norway")), ("British Isles", ("United Kingdom", "Ireland"))]


def test_a_by_paragraph_ending_on_a_colon_heads_what_its_last_sentence_says():
    # the labelled lines below are the study's structure, not the type's items
    body = (
        "<h2>Segments</h2><p>By type, the study distinguishes integrated units and split systems. The report uses "
        "the following structure:</p><ul><li>Type: Integrated Units; Split Systems</li><li>Application: Residential "
        "(Homes, Flats); Commercial</li></ul>"
    )
    assert _segments(body) == [
        ("type", "integrated units", None),
        ("type", "split systems", None),
        ("application", "Residential", None),
        ("application", "Homes", "Residential"),
        ("application", "Flats", "Residential"),
        ("application", "Commercial", None),
    ]


def test_a_grid_of_columns_each_a_bare_dimension_name_over_its_items():
    # div grids render as one short line each: the dimension names are told apart by their words alone
    body = (
        "<h2>Segment view</h2><div class='grid'><div><div>Type</div><div>Wet Scrubbers</div><div>Dry Scrubbers</div>"
        "</div><div><div>Application</div><div>Container Ships</div><div>Tankers</div><div>Bulk Carriers</div></div>"
        "</div>"
    )
    assert _segments(body) == [
        ("type", "Wet Scrubbers", None),
        ("type", "Dry Scrubbers", None),
        ("application", "Container Ships", None),
        ("application", "Tankers", None),
        ("application", "Bulk Carriers", None),
    ]


def test_a_subtitle_giving_a_dimensions_items_in_brackets_heads_nothing_below_it():
    # the report's facts listed under its subtitle are no rice types
    body = (
        "<p>By Rice Type (Premium Fragrant, Long-Grain White, Parboiled), Destination and Province</p>"
        "<ul><li>Report Code: MRD-KH-0093</li><li>Format: PDF, XLSX</li><li>Pages: 96</li></ul>"
    )
    assert _segments(body) == [
        ("type", "Premium Fragrant", None),
        ("type", "Long-Grain White", None),
        ("type", "Parboiled", None),
    ]


def test_sibling_headings_naming_a_commodity_head_their_lists():
    body = (
        "<h2>Segmentation</h2><h3>Tyre Type</h3><ul><li>Radial</li><li>Bias</li></ul>"
        "<h3>Commodity</h3><ul><li>Iron Ore</li><li>Coal</li><li>Gold</li></ul>"
    )
    assert _segments(body) == [
        ("type", "Radial", None),
        ("type", "Bias", None),
        ("commodity", "Iron Ore", None),
        ("commodity", "Coal", None),
        ("commodity", "Gold", None),
    ]


def test_a_short_sibling_heading_over_a_list_beside_dimension_headings_is_one_more_dimension():
    # "Varietal" is no dimension word, but it stands where "Price Tier" and "Distribution Channel" stand
    body = (
        "<h2>How the market is cut</h2><h3>Varietal</h3><ul><li>Malbec</li><li>Bonarda</li></ul>"
        "<h3>Price Tier</h3><ul><li>Premium</li><li>Icon</li></ul>"
        "<h3>Distribution Channel</h3><ul><li>On-trade</li><li>Off-trade</li></ul>"
        "<h2>Outlook</h2><h3>Risks</h3><ul><li>Frost</li><li>Inflation</li></ul>"
    )
    assert _segments(body) == [
        ("type", "Malbec", None),
        ("type", "Bonarda", None),
        ("price tier", "Premium", None),
        ("price tier", "Icon", None),
        ("distribution channel", "On-trade", None),
        ("distribution channel", "Off-trade", None),
    ]


def test_a_segment_analysis_headed_by_its_items_takes_the_dimensions_the_page_states():
    # no heading names a dimension: the scope row names them in order, and a paragraph names the second one
    body = (
        "<h2>Segment Insights</h2><h3>Proteins</h3><p>Proteins captured 47.3% of 2024 revenue. The group includes "
        "Whey Proteins and Egg Proteins.</p>"
        "<h3>Enzymes</h3><p>Enzymes held 26.8%.</p>"
        "<h3>Dairy Alternatives</h3><p>By application, dairy alternatives led with a 41.5% share.</p>"
        "<h3>Bakery &amp; Confectionery</h3><p>Industrial bakers took 15.2%.</p>"
        "<p>The study also splits the market by microbe into Yeast, Fungi and Algae.</p>"
        "<h2>Report Scope</h2><table><tr><td>Base year</td><td>2024</td></tr>"
        "<tr><td>Segments covered</td><td>Ingredient Type, Application, Microbe</td></tr></table>"
    )
    segments = parse_release(f"{OPENING}{body}</body></html>").segments
    assert {s.label: s.parent for s in segments if s.parent} == {
        "Whey Proteins": "Proteins",
        "Egg Proteins": "Proteins",
    }
    assert {s.label: s.dimension for s in segments} == {
        "Proteins": "type",
        "Whey Proteins": "type",
        "Egg Proteins": "type",
        "Enzymes": "type",
        "Dairy Alternatives": "application",
        "Bakery & Confectionery": "application",
        "Yeast": "microbe",
        "Fungi": "microbe",
        "Algae": "microbe",
    }


def test_plain_lines_naming_the_stated_dimensions_head_their_indented_lists():
    page = (
        "FLEET TELEMATICS\n\nThe South Africa fleet telematics market was worth R4.87bn in 2024.\n\n"
        "Sediba splits the market by solution, by end user and by deployment model:\n\n"
        "  Solution\n    - Vehicle Tracking\n    - Video Telematics\n"
        "  End user\n    - Mining\n    - Construction\n"
        "  Deployment\n    - Cloud\n    - On-premise\n"
    )
    assert [(s.dimension, s.label) for s in parse_release(page).segments] == [
        ("type", "Vehicle Tracking"),
        ("type", "Video Telematics"),
        ("application", "Mining"),
        ("application", "Construction"),
        ("deployment", "Cloud"),
        ("deployment", "On-premise"),
    ]


def test_a_dimensions_heading_right_over_item_headings_names_their_run():
    body = (
        "<h2>Segment Insights</h2><h4>By raw material</h4><h3>PBAT-Based Films</h3><p>PBAT blends hold 44.7%.</p>"
        "<h3>Starch Blends</h3><p>Starch compounds held 26.2%.</p><h4>By application</h4>"
        "<h3>Fruits &amp; Vegetables</h3><p>Growers consumed 62.4%.</p><h3>Turf</h3><p>Landscapers took 6.6%.</p>"
        "<h2>Scope</h2><table><tr><td>Base year</td><td>2024</td></tr>"
        "<tr><td>Segments covered</td><td>Raw material · Application</td></tr></table>"
    )
    assert [(s.dimension, s.label) for s in parse_release(f"{OPENING}{body}</body></html>").segments] == [
        ("type", "PBAT-Based Films"),
        ("type", "Starch Blends"),
        ("application", "Fruits & Vegetables"),
        ("application", "Turf"),
    ]


def test_item_headings_end_at_a_dimensions_own_heading_and_a_paragraph_of_their_own():
    body = (
        "<h2>Segment Insights</h2><p>The study splits the market by product type, power output and application.</p>"
        "<h3>Pallet Jacks</h3><p>Pallet jacks are the largest group, with a 46.5% share.</p>"
        "<h3>Counterbalanced Trucks</h3><p>Counterbalanced trucks held 22.3%.</p>"
        "<p>By power output the report tracks Below 10 kW, 10–30 kW and Above 30 kW systems.</p>"
        "<h3>Warehousing</h3><p>Distribution centres accounted for 57.8% of demand.</p>"
        "<h3>Cold Storage</h3><p>Cold stores held 11.6%.</p>"
        "<h2>Company Landscape</h2><p>The field is concentrated.</p>"
    )
    segments = parse_release(f"{OPENING}{body}</body></html>").segments
    assert [(s.dimension, s.label) for s in segments if s.dimension != "power output"] == [
        ("type", "Pallet Jacks"),
        ("type", "Counterbalanced Trucks"),
        ("application", "Warehousing"),
        ("application", "Cold Storage"),
    ]


def test_a_regions_table_in_pounds_written_as_m_gives_each_regions_size():
    body = (
        "<h2>Regional Outlook</h2><table><tr><th>Region</th><th>Countries analysed</th><th>2024 (£ m)</th></tr>"
        "<tr><td>Europe</td><td>United Kingdom, Italy</td><td>163.0</td></tr><tr><td>North America</td>"
        "<td>United States, Canada</td><td>148.5</td></tr></table>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(m.value, m.unit, m.currency, m.year, m.scope) for m in release.market_sizes][2:] == [
        (163.0, "million", "GBP", 2024, "region:Europe"),
        (148.5, "million", "GBP", 2024, "region:North America"),
    ]


def test_a_zone_wise_outlook_told_in_a_sentence_is_no_list_of_zones():
    body = (
        "<h2>Zone-wise outlook</h2><p>The report is organised around two zones, with the north growing faster, "
        "and the south holding its share.</p>"
    )
    assert _regions(body) == []


_TIER_NAMES = ["Alby Press Ltd.", "Tove Cider Works plc", "Holm Orchards AG", "Westby Mills Inc.", "Carrow Cider GmbH",
               "Dunmere Fruit Ltd."]  # fmt: skip


@pytest.mark.parametrize(
    "landscape",
    [
        (  # each tier a heading over a run of its names, after an introduction
            "<h3>Competitive Landscape</h3><p>The market is fragmented. Organised makers are grouped below.</p>"
            "<h4>Leaders</h4><p>Alby Press Ltd.; Tove Cider Works plc (Ireland)</p><h4>Challengers</h4>"
            "<p>Holm Orchards AG; Westby Mills Inc.</p><h4>Niche</h4><p>Carrow Cider GmbH; Dunmere Fruit Ltd.; and "
            "others</p><p>“Listed makers are buying small presses,” said an analyst.</p>"
        ),
        (  # a numbered tier, its name in brackets, over list items
            "<h3>Competitive Landscape</h3><p>Tier 1 (Leaders):</p><ul><li>Alby Press Ltd.</li><li>Tove Cider Works "
            "plc</li><li>Holm Orchards AG</li></ul><p>Tier 2 (Challengers):</p><ul><li>Westby Mills Inc.</li>"
            "<li>Carrow Cider GmbH</li><li>Dunmere Fruit Ltd.</li></ul>"
        ),
        (  # a table of tiers, the names parted by semicolons
            "<h3>Competitive Landscape</h3><p>We classify suppliers as follows:</p><table>"
            "<tr><td>Leaders</td><td>Alby Press Ltd.; Tove Cider Works plc; Holm Orchards AG</td></tr>"
            "<tr><td>Challengers</td><td>Westby Mills Inc.; Carrow Cider GmbH</td></tr>"
            "<tr><td>Niche players</td><td>Dunmere Fruit Ltd.; and others</td></tr></table>"
        ),
        (  # each tier's name run in ahead of its names, as a bold label does
            "<h3>Competitive Landscape</h3><ul><li><b>Leaders</b> Alby Press Ltd.; Tove Cider Works plc</li>"
            "<li><b>Challengers</b> Holm Orchards AG; Westby Mills Inc.</li><li>Niche &amp; emerging: Carrow Cider "
            "GmbH, Dunmere Fruit Ltd. and others</li></ul>"
        ),
    ],
)
def test_a_competitive_landscape_told_in_tiers_names_every_tiers_companies(landscape):
    release = parse_release(f"{OPENING}{landscape}</body></html>")
    assert [p.name for p in release.players] == _TIER_NAMES


def test_regions_countries_in_clauses_that_leave_the_verb_out():
    body = (
        "<h2>Regions</h2><p>The study spans North America, Europe, Asia Pacific and the Rest of the World. North "
        "America is analysed through the U.S. and Canada; Europe through Germany, Italy and France; Asia Pacific "
        "through Japan and China; and the Rest of the World through Brazil and Israel. Asia Pacific is already the "
        "largest region.</p>"
    )
    assert _regions(body) == [
        ("North America", ("U.S.", "Canada")),
        ("Europe", ("Germany", "Italy", "France")),
        ("Asia Pacific", ("Japan", "China")),
        ("Rest of the World", ("Brazil", "Israel")),
    ]


def test_a_parts_table_whose_money_column_states_its_own_year_and_unit():
    body = (
        "<h2>By province</h2><table><tr><th>Province</th><th>Revenue FY24 (EUR million)</th><th>Share</th></tr>"
        "<tr><td>Upland</td><td>118.1</td><td>41%</td></tr><tr><td>Coast</td><td>95.0</td><td>33%</td></tr></table>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert {(s.value, s.unit, s.currency, s.year, s.scope) for s in release.market_sizes if s.scope} == {
        (118.1, "million", "EUR", 2024, "region:Upland"),
        (95.0, "million", "EUR", 2024, "region:Coast"),
    }


@pytest.mark.parametrize(
    ("lead", "header", "year"),
    [
        # no year anywhere near the table: the page's base year, the one before its 2025-2031 forecast
        ("", "Revenue, MAD billion", 2024),
        ("<p>Revenue by province, 2023</p>", "MAD billion", 2023),  # a short lead dates its table
        ("", "Plants | Output value (MAD billion)", 2024),  # a money column beside columns of other counts
    ],
)
def test_a_parts_table_whose_money_column_states_no_year_is_dated_by_its_lead_or_the_base_year(lead, header, year):
    counts = "<td>31</td>" if "Plants" in header else ""
    body = (
        f"<h2>By province</h2>{lead}<table><tr><th>Province</th><th>{header.replace(' | ', '</th><th>')}</th>"
        f"</tr><tr><td>Upland</td>{counts}<td>8.6</td></tr><tr><td>Coast</td>{counts}<td>4.1</td></tr></table>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert {(s.value, s.unit, s.currency, s.year, s.scope) for s in release.market_sizes if s.scope} == {
        (8.6, "billion", "MAD", year, "region:Upland"),
        (4.1, "billion", "MAD", year, "region:Coast"),
    }


def test_a_profile_of_places_over_a_table_names_no_players():
    body = (
        "<h2>By province</h2><p>The report profiles the following provinces and their key towns:</p><table>"
        "<tr><th>Province</th><th>Key towns covered</th></tr><tr><td>Upland</td><td>Carrow, Dunmere</td></tr>"
        "<tr><td>Coast</td><td>Westby</td></tr></table><h2>Competition</h2><p>The report profiles Alby Press Ltd., "
        "Tove Cider Works plc and Holm Orchards AG.</p>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [p.name for p in release.players] == ["Alby Press Ltd.", "Tove Cider Works plc", "Holm Orchards AG"]


def test_a_regions_own_lines_beat_the_few_its_opening_paragraph_names_in_brackets():
    body = (
        "<h2>Regional Outlook</h2><p>Europe leads. North America (U.S. and Canada) follows. Latin America (Brazil "
        "and Mexico) and the Middle East &amp; Africa (Saudi Arabia and the UAE) are emerging.</p><ul>"
        "<li>North America: U.S., Canada</li><li>Europe: Germany, France</li><li>Asia Pacific: China, Japan</li>"
        "<li>Latin America: Brazil, Mexico</li><li>Middle East &amp; Africa: Saudi Arabia, UAE</li></ul>"
    )
    assert _regions(body) == [
        ("North America", ("U.S.", "Canada")),
        ("Europe", ("Germany", "France")),
        ("Asia Pacific", ("China", "Japan")),
        ("Latin America", ("Brazil", "Mexico")),
        ("Middle East & Africa", ("Saudi Arabia", "UAE")),
    ]


def test_a_sentence_naming_the_dimensions_once_over_a_line_for_each():
    # "by press type, pack size and channel:" names each line's dimension with one "by"; the lines are dimensions,
    # not items with sub-items under the first
    body = (
        "<h3>How the market breaks down</h3><p>The report splits revenue by press type, pack size and channel:</p>"
        "<ul><li>Press type: Rack; Belt; Screw</li><li>Pack size: Can; Bottle; Keg</li>"
        "<li>Channel: Retail; Hospitality</li></ul>"
    )
    assert _segments(body) == [
        ("type", "Rack", None),
        ("type", "Belt", None),
        ("type", "Screw", None),
        ("pack size", "Can", None),
        ("pack size", "Bottle", None),
        ("pack size", "Keg", None),
        ("channel", "Retail", None),
        ("channel", "Hospitality", None),
    ]


def test_a_feeds_story_told_in_list_items_keeps_its_regions_line_and_its_players_run():
    # an aggregator renders the whole story as list items: one item runs the regions parted by "·", one the players,
    # and the items after them are a quote and other stories' headlines
    body = (
        "<h2>Regional coverage</h2><ul><li>Europe (Germany, Sweden) · North America (United States, Canada) · "
        "Rest of the World</li></ul><h2>Key companies</h2><ul><li>Husqvarna AB (Sweden), Robert Bosch GmbH "
        '(Germany), Honda Motor Co., Ltd. (Japan), and others.</li><li>"Wire-free navigation changes everything," '
        "said an analyst.</li><li>Alderwick Wire · 1 hr ago Garden Tractor Market Expected to Grow at 3.8%</li>"
        "<li>ReleaseGrid · 2 hrs ago Agricultural Robots Market Set to Reach $38.7 Bn by 2033</li></ul>"
    )
    release = parse_release(f"{OPENING}{body}</body></html>")
    assert [(r.region, r.countries) for r in release.regions] == [
        ("Europe", ("Germany", "Sweden")),
        ("North America", ("United States", "Canada")),
        ("Rest of the World", ()),
    ]
    assert [p.name for p in release.players] == ["Husqvarna AB", "Robert Bosch GmbH", "Honda Motor Co., Ltd."]


def test_a_japanese_wire_copy_in_plain_text_marks_sections_lists_and_labels_its_own_way():
    # "■ Key findings" between blank lines heads a section, "・" opens an item with no space after it, and
    # "[By Crop]" labels the list indented under it; "Hinoki Market Research:" before the headline is the firm
    page = (
        "Hinoki Market Research: Japan Plant Factory Market to Grow to ¥312.5 Billion by FY2032\n\n"
        "■ Key findings\n\n"
        " ・The market reached ¥168.2 billion in FY2024.\n"
        " ・CAGR (FY2025-FY2032): 8.1%\n\n"
        "■ Segmentation\n\n"
        " [By Type]\n   - Artificial Light\n   - Solar Light\n\n"
        " [By Crop]\n   - Lettuce\n   - Strawberries\n"
    )
    release = parse_release(page)
    assert release.market == "Japan Plant Factory"
    assert [(s.value, s.year) for s in release.market_sizes] == [(312.5, 2032), (168.2, 2024)]
    assert [c.value_pct for c in release.cagrs] == [8.1]
    assert [(s.dimension, s.label) for s in release.segments] == [
        ("type", "Artificial Light"),
        ("type", "Solar Light"),
        ("crop", "Lettuce"),
        ("crop", "Strawberries"),
    ]


@pytest.mark.parametrize(
    "heading",
    ["4. Cantons", "Province by province"],  # a numbered heading; an area's word said twice
)
def test_a_parts_heading_over_items_naming_each_part_its_towns_and_a_remark(heading):
    # the sentence after each part's towns remarks on it; "St. Ives" keeps its abbreviation's full stop
    body = (
        f"<h2>{heading}</h2><p>Most of the trade sits in two places.</p><ul>"
        "<li>Upland – Carrow, St. Ives, Dunmere. Home to the largest presses; EUR 41.0 million in 2024.</li>"
        "<li>Coast – Porthale, Westby. Expected to grow fastest.</li><li>Marsh – Ellin.</li></ul>"
    )
    assert _regions(body) == [
        ("Upland", ("Carrow", "St. Ives", "Dunmere")),
        ("Coast", ("Porthale", "Westby")),
        ("Marsh", ("Ellin",)),
    ]


def test_regional_tabs_each_over_its_countries_in_scope():
    # a scraped page's tabs keep their widget's word ("Tab: Europe"); each tab's first line lists its countries
    body = (
        "<h2>Regional view</h2><h3>Tab: Europe</h3><p>Countries in scope: Germany, Denmark, France</p>"
        "<p>EUR 2.31 billion in 2024; Denmark leads per head.</p><h3>Tab: North America</h3>"
        "<p>Countries in scope: United States, Canada</p><p>Food processors lead demand.</p>"
        "<h3>Tab: Latin America</h3><p>Countries in scope: Brazil, Chile</p>"
        "<p>Early-stage, mainly sugar and dairy processing.</p>"
    )
    assert _regions(body) == [
        ("Europe", ("Germany", "Denmark", "France")),
        ("North America", ("United States", "Canada")),
        ("Latin America", ("Brazil", "Chile")),
    ]


def test_tables_each_captioned_by_its_dimension_list_items_down_the_first_column_and_sub_items_beside():
    table = "<table><caption>By {dim}</caption><tr><th>Segment</th><th>Sub-segments</th></tr>{rows}</table>"
    body = "<h2>Segmentation covered in the report</h2><p>The study breaks the market down as follows:</p>" + "".join(
        [
            table.format(
                dim="Type", rows="<tr><td>Panoramic</td><td>Fixed · Sliding</td></tr><tr><td>Pop-up</td><td>—</td></tr>"
            ),
            table.format(
                dim="Material",
                rows="<tr><td>Glass</td><td>Tempered · Laminated</td></tr><tr><td>Fabric</td><td>—</td></tr>",
            ),
        ]
    )
    assert _segments(body) == [
        ("type", "Panoramic", None),
        ("type", "Fixed", "Panoramic"),
        ("type", "Sliding", "Panoramic"),
        ("type", "Pop-up", None),
        ("material", "Glass", None),
        ("material", "Tempered", "Glass"),
        ("material", "Laminated", "Glass"),
        ("material", "Fabric", None),
    ]


def test_a_paragraphs_later_sentences_each_opening_on_a_part_name_its_towns_in_passing():
    # the parts come bare from a table; a paragraph tells them one sentence each, after an opening sentence
    body = (
        "<h2>Regions</h2><p>Regional differences remain pronounced. Upland is by far the largest market; the clusters "
        "around Carrow, Dunmere and Ellin supply half of all cider. Coast follows, with Porthale and Westby as "
        "centres of production. In Marsh, a new rule favours small presses.</p>"
        "<table><tr><th>Province</th><th>Share</th></tr><tr><td>Upland</td><td>41%</td></tr>"
        "<tr><td>Coast</td><td>33%</td></tr><tr><td>Marsh</td><td>26%</td></tr></table>"
    )
    assert _regions(body) == [
        ("Upland", ("Carrow", "Dunmere", "Ellin")),
        ("Coast", ("Porthale", "Westby")),
        ("Marsh", ()),
    ]


def test_an_item_opening_a_sentence_with_its_parts_in_a_dashed_aside():
    # the first product-like dimension is the contract's "type"
    body = (
        "<h2>Segments</h2><p>We segment the market by component into hardware, software and services. "
        "Hardware—made up of radio units, distributed units and centralized units—generated EUR 204 million in "
        "2024.</p>"
    )
    assert _segments(body) == [
        ("type", "hardware", None),
        ("type", "radio units", "hardware"),
        ("type", "distributed units", "hardware"),
        ("type", "centralized units", "hardware"),
        ("type", "software", None),
        ("type", "services", None),
    ]


def test_a_parts_line_whose_note_names_its_towns_in_passing():
    # the parts come bare from a table; each part's own line names its towns only inside its note
    body = (
        "<h2>Provinces</h2><ul><li>Upland — the largest market, worth EUR 41 million in 2024, anchored by estates "
        "around Carrow and Dunmere.</li><li>Coast — the second market, led by Porthale, Westby and Ellin.</li>"
        "<li>Marsh — small and shrinking.</li></ul>"
        "<table><tr><th>Province</th><th>Share</th></tr><tr><td>Upland</td><td>41%</td></tr>"
        "<tr><td>Coast</td><td>33%</td></tr><tr><td>Marsh</td><td>26%</td></tr></table>"
    )
    assert _regions(body) == [
        ("Upland", ("Carrow", "Dunmere")),
        ("Coast", ("Porthale", "Westby", "Ellin")),
        ("Marsh", ()),
    ]


def test_list_items_giving_their_sub_items_after_a_dash():
    body = (
        "<h2>Segmentation</h2><p>By product type:</p><ul><li>Fresh &amp; Chilled</li>"
        "<li>Frozen Seafood — Whole Frozen Fish; Frozen Fillets</li><li>Canned Seafood — Canned Tuna, Canned "
        "Sardines</li></ul>"
    )
    assert _segments(body) == [
        ("type", "Fresh & Chilled", None),
        ("type", "Frozen Seafood", None),
        ("type", "Whole Frozen Fish", "Frozen Seafood"),
        ("type", "Frozen Fillets", "Frozen Seafood"),
        ("type", "Canned Seafood", None),
        ("type", "Canned Tuna", "Canned Seafood"),
        ("type", "Canned Sardines", "Canned Seafood"),
    ]
