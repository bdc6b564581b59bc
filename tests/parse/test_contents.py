"""A report's table of contents, read for the segments, regions and companies its chapters list."""

from pipelines.parse import parse_release
from pipelines.parse.blocks import Block, build_document
from pipelines.parse.contents import read_contents
from pipelines.records import Player, RegionMention, Segment

STORE_PAGE = """<html><body>
<h1>Asphalt Rejuvenators Market - Global Forecast 2025-2033</h1>
<p>Oakenshaw Market Intelligence values the global asphalt rejuvenators market at USD 512.8 million in 2024 and
expects a CAGR of 5.8% over 2025-2033.</p>
<h2>Table of Contents</h2>
<p>1 Executive Summary</p>
<p>4 Asphalt Rejuvenators Market, by Type</p>
<ul><li>4.1 Bio-based Rejuvenators<ul><li>4.1.1 Tall Oil-based</li></ul></li><li>4.2 Petroleum-based</li></ul>
<p>7 Asphalt Rejuvenators Market, by Region</p>
<ul><li>7.1 North America</li></ul><p>7.1.1 US</p><ul><li>7.1.2 Canada</li><li>7.2 Europe<ul><li>7.2.1 Germany</li>
</ul></li></ul>
<p>9 Company Profiles</p>
<ul><li>9.1 Ingevity Corporation<ul><li>9.1.1 Company Overview</li></ul></li><li>9.2 Arkema S.A.</li></ul>
<h2>List of Tables</h2>
<p>Table 3: Global Asphalt Rejuvenators Market, by Type, 2020-2033 (USD Million)</p>
</body></html>"""


def test_the_contents_go_apart_from_the_release():
    document = build_document(STORE_PAGE)
    assert "9.2 Arkema S.A." not in [b.text for b in document.blocks]
    assert document.contents[0].text == "1 Executive Summary"


def test_chapters_by_a_dimension_list_its_segments_regions_list_their_countries_profiles_name_the_companies():
    contents = read_contents(build_document(STORE_PAGE).contents)
    assert contents.segment_lists == [
        [
            Segment("type", "Bio-based Rejuvenators"),
            Segment("type", "Tall Oil-based", "Bio-based Rejuvenators"),
            Segment("type", "Petroleum-based"),
        ]
    ]
    assert contents.regions == [RegionMention("North America", ("US", "Canada")), RegionMention("Europe", ("Germany",))]
    assert contents.players == [Player("Ingevity Corporation"), Player("Arkema S.A.")]  # not "Company Overview"


def test_unnumbered_contents_take_their_depth_from_the_lists_nesting():
    blocks = [
        Block("item", "Market, By Deployment", 1),
        Block("item", "Cloud", 2),
        Block("item", "On-premise", 2),
        Block("item", "Competitive Landscape", 1),
        Block("item", "Market Share Analysis, 2024", 2),
    ]
    assert read_contents(blocks).segment_lists == [
        [Segment("deployment", "Cloud"), Segment("deployment", "On-premise")]
    ]


def test_a_store_page_listing_them_only_in_its_contents_gives_them_and_one_listing_them_keeps_its_own():
    facts = parse_release(STORE_PAGE)
    assert [s.label for s in facts.segments] == ["Bio-based Rejuvenators", "Tall Oil-based", "Petroleum-based"]
    assert [(r.region, r.countries) for r in facts.regions] == [
        ("North America", ("US", "Canada")),
        ("Europe", ("Germany",)),
    ]
    assert [p.name for p in facts.players] == ["Ingevity Corporation", "Arkema S.A."]

    listed = STORE_PAGE.replace(
        "<h2>Table of Contents</h2>", "<p>By Type: Cold-mix Agents, Warm-mix Agents</p><h2>Table of Contents</h2>"
    )
    assert [s.label for s in parse_release(listed).segments] == ["Cold-mix Agents", "Warm-mix Agents"]


def test_an_excerpt_of_the_contents_with_an_analysis_by_its_dimension_and_profiles_with_a_remark():
    page = STORE_PAGE.replace("<h2>Table of Contents</h2>", "<h2>Table of Contents (excerpt)</h2>")
    page = page.replace(
        "<li>4.2 Petroleum-based</li>", "<li>4.2 Petroleum-based</li><li>4.3 Attractiveness, by Type</li>"
    )
    page = page.replace("<p>9 Company Profiles</p>", "<p>9 Company Profiles (Overview, Financials, Strategy)</p>")
    contents = read_contents(build_document(page).contents)
    assert [s.label for s in contents.segment_lists[0]] == [
        "Bio-based Rejuvenators",
        "Tall Oil-based",
        "Petroleum-based",
    ]
    assert contents.players == [Player("Ingevity Corporation"), Player("Arkema S.A.")]
