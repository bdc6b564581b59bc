"""Pages to blocks: what is kept, what is dropped, and how it is labelled."""

import pytest

from pipelines.parse.blocks import build_document


def kinds_and_texts(page: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in build_document(page).blocks]


def test_boilerplate_containers_are_dropped():
    page = (
        "<html><head><title>x</title></head><body><nav>Home | Reports</nav>"
        "<div class='cookie-banner'>We use cookies</div><h1>Biochar Market</h1><p>Body text.</p>"
        "<aside class='related-reports'>Other Market CAGR 9%</aside><footer>Call +1 555</footer></body></html>"
    )
    assert kinds_and_texts(page) == [("heading", "Biochar Market"), ("para", "Body text.")]


def test_a_form_wrapping_the_whole_page_is_the_page_but_a_small_form_is_boilerplate():
    # ASP.NET puts every page inside one <form>; a search or newsletter form is chrome
    page = (
        "<html><body><form id='aspnetForm'><input type='hidden' name='__VIEWSTATE' value='x'/>"
        "<h1>Textile Recycling Market: Valued at US$ 7.92 Billion in 2024</h1>"
        "<p>The textile recycling market is forecast to grow at a CAGR of 5.9 percent from 2025 to 2031.</p>"
        "<p>By material, the study considers cotton, polyester and wool.</p></form>"
        "<div><form><input name='q'/><p>Subscribe to our newsletter</p></form></div></body></html>"
    )
    assert kinds_and_texts(page) == [
        ("heading", "Textile Recycling Market: Valued at US$ 7.92 Billion in 2024"),
        ("para", "The textile recycling market is forecast to grow at a CAGR of 5.9 percent from 2025 to 2031."),
        ("para", "By material, the study considers cotton, polyester and wool."),
    ]


def test_a_storys_own_fact_box_is_kept_though_an_aside_and_its_sidebars_are_not():
    page = (
        "<html><body><article><h1>Cold chain telematics spend to double</h1><p>Body text.</p>"
        "<aside class='factbox'><h3>Report scope at a glance</h3><p><b>By Component:</b> Hardware; Software</p></aside>"
        "<aside class='recirc'><h4>More from the author</h4><ul><li>Drinks are a 7 billion bet</li></ul></aside>"
        "</article><aside><h3>At a glance</h3><p>Other Market: 9%</p></aside></body></html>"
    )
    assert kinds_and_texts(page) == [
        ("heading", "Cold chain telematics spend to double"),
        ("para", "Body text."),
        ("heading", "Report scope at a glance"),
        ("para", "By Component: Hardware; Software"),
    ]


def test_a_fact_box_inside_the_pages_main_content_is_the_storys_own():
    page = (
        "<html><body><main><h1>Cold chain telematics spend to double</h1><p>Body text.</p>"
        "<aside class='factbox'><h3>The report at a glance</h3><p><b>By Component:</b> Hardware; Software</p>"
        "</aside></main><aside><h3>The report at a glance</h3><p>Other Market: 9%</p></aside></body></html>"
    )
    assert kinds_and_texts(page)[2:] == [
        ("heading", "The report at a glance"),
        ("para", "By Component: Hardware; Software"),
    ]


def test_a_fact_box_marked_so_is_the_storys_own_whatever_its_heading():
    page = (
        "<html><body><article><h1>Depots, not highways</h1><p>Body text.</p><aside class='factbox'><h3>What the "
        "report covers</h3><p><b>By Component:</b> Hardware; Software</p></aside><aside class='rail'><h3>Most read"
        "</h3><p>Other Market: 9%</p></aside></article></body></html>"
    )
    assert kinds_and_texts(page)[2:] == [
        ("heading", "What the report covers"),
        ("para", "By Component: Hardware; Software"),
    ]


def test_a_small_note_glued_to_a_cells_name_is_read_in_brackets():
    page = (
        "<table><tr><th>Region</th><th>Share</th></tr><tr><td>North America<small class='countries'>United States, "
        "Canada</small></td><td>31.4</td></tr><tr><td>Europe <small>(2024)</small></td><td>27.9</td></tr></table>"
    )
    assert [text for _, text in kinds_and_texts(page)] == [
        "Region | Share",
        "North America (United States, Canada) | 31.4",
        "Europe (2024) | 27.9",
    ]


def test_definition_terms_label_their_definitions():
    page = "<html><body><dl><dt>Key companies profiled</dt><dd>Lonza; Catalent</dd></dl></body></html>"
    assert kinds_and_texts(page) == [("label", "Key companies profiled"), ("para", "Lonza; Catalent")]


def test_markdown_related_box_is_dropped_until_the_next_heading():
    page = (
        "# Biochar Market\n\nBody.\n\n## You May Also Like\n\n- Peat Market: CAGR 3%\n- Soil Market\n\n"
        "## Contact\n\nMail us.\n"
    )
    assert kinds_and_texts(page) == [
        ("heading", "Biochar Market"),
        ("para", "Body."),
        ("heading", "Contact"),
        ("para", "Mail us."),
    ]


def test_a_longer_line_introducing_other_titles_drops_them():
    page = (
        "The SiC market grew.\n\nOther titles in our power electronics series:\n\n"
        "- GaN Power Device Market, USD 4.3 billion by 2032\n- IGBT Module Market, 7.2% CAGR\n\nContact us.\n"
    )
    assert [text for _, text in kinds_and_texts(page)] == ["The SiC market grew.", "Contact us."]


def test_a_plain_text_box_of_other_stories_is_dropped_with_their_headlines_and_links():
    page = (
        "WATCH NEWS\n\nThe luxury watch market grew.\n\nALSO ON WATCH NEWS\n"
        "> Auction report: independent makers set records in Geneva\n  https://watch.example/auctions?ref=also\n"
        "> Smartwatch Market to reach EUR 98 billion by 2030\n  https://watch.example/smartwatch?ref=also\n\n"
        "Subscribe to our letter.\n"
    )
    texts = [text for _, text in kinds_and_texts(page)]
    assert texts == ["WATCH NEWS", "The luxury watch market grew.", "Subscribe to our letter."]


def test_front_matter_card_keeps_its_item_and_ignores_related_items():
    page = (
        "---\ntitle: Biochar Market to grow at 11% CAGR\nexcerpt: Valued at USD 1 billion.\n"
        "webUrl: https://news.example.com/a\nrelated:\n  - title: Peat Market at 3% CAGR\n---\n"
    )
    document = build_document(page)
    assert [b.text for b in document.blocks] == ["Biochar Market to grow at 11% CAGR", "Valued at USD 1 billion."]
    assert document.meta["canonical"] == "https://news.example.com/a"


def test_a_list_inside_a_table_cell_keeps_its_items_apart():
    page = (
        "<html><body><table><tr><th>Segment</th><th>Sub-segments</th></tr>"
        "<tr><td>Technology</td><td><ul><li>Alkaline</li><li>PEM</li></ul></td></tr></table></body></html>"
    )
    assert kinds_and_texts(page) == [("row", "Segment | Sub-segments"), ("row", "Technology | Alkaline · PEM")]


def test_text_after_a_dropped_tag_stays():
    page = "<html><body><p>Before <script>var x = 1;</script>after the script.</p></body></html>"
    assert kinds_and_texts(page) == [("para", "Before after the script.")]


def test_markup_with_an_xml_declaration_and_no_elements():
    assert kinds_and_texts('<?xml version="1.0" encoding="utf-8"?><html><body><p>Grüße</p></body></html>') == [
        ("para", "Grüße")
    ]
    assert kinds_and_texts("<!-- nothing but a comment -->") == []


def test_plain_text_capitals_are_headings_and_rules_are_dropped():
    page = "REPORT SNAPSHOT\n\n=====================\n\nType ........ Fixed Wing; Rotary Wing\n"
    assert kinds_and_texts(page) == [("label", "REPORT SNAPSHOT"), ("para", "Type: Fixed Wing; Rotary Wing")]


def test_a_leader_cut_to_one_dot_by_the_longest_label_still_joins_label_and_value():
    page = "North America ........ United States, Canada\nMiddle East & Africa . UAE, Saudi Arabia\n"
    assert [text for _, text in kinds_and_texts(page)] == [
        "North America: United States, Canada",
        "Middle East & Africa: UAE, Saudi Arabia",
    ]


def test_a_leader_of_two_or_three_dots_joins_label_and_value():
    page = "Upland Province ... Carrow, Dunmere\nCoast Province .. Westby, Holm\nMarsh City ........ Ellin\n"
    assert [text for _, text in kinds_and_texts(page)] == [
        "Upland Province: Carrow, Dunmere",
        "Coast Province: Westby, Holm",
        "Marsh City: Ellin",
    ]


def test_a_truncated_title_keeps_its_dots():
    assert kinds_and_texts("# Market to grow at a CAGR of 22....") == [
        ("heading", "Market to grow at a CAGR of 22....")
    ]


def test_a_cell_spanning_rows_is_repeated_in_each_row():
    page = (
        "<html><body><table><tr><th>Segmentation</th><th>Sub-Segment</th></tr>"
        "<tr><td rowspan='2'>By Type</td><td>PLA</td></tr><tr><td>PHA</td></tr>"
        "<tr><td>By Region</td><td>Europe (Germany, Italy)</td></tr></table></body></html>"
    )
    assert [text for _, text in kinds_and_texts(page)] == [
        "Segmentation | Sub-Segment",
        "By Type | PLA",
        "By Type | PHA",
        "By Region | Europe (Germany, Italy)",
    ]


def test_emoji_state_nothing():
    page = "<html><body><p>🔹 By Component: Displays | Batteries</p><p>3️⃣ 📈 CAGR: 16.4% (2025–2032)</p></body></html>"
    assert [text for _, text in kinds_and_texts(page)] == [
        "By Component: Displays | Batteries",
        "CAGR: 16.4% (2025–2032)",
    ]


def test_hard_wrapped_plain_text_is_joined_into_sentences():
    lines = [
        "Subject: Biochar Market to Reach USD 2,062.4 Million by 2031",
        "",
        "The global biochar market was worth USD 712.4 million in 2024 and is",
        "forecast to reach USD 2,062.4 million by 2031, according to Pemberton",
        "Lusk Research. That is a CAGR of 16.4% over 2025-2031, the firm says.",
        "",
        "Our take: biochar used to be a soil-improvement product sold in small",
        "bags to organic growers. The growth now comes from carbon removal buyers",
        "",
        "By Technology: Pyrolysis, Gasification, Hydrothermal Carbonization, Others",
        "By Feedstock: Woody Biomass, Agricultural Waste, Animal Manure, Others",
        "Companies profiled: Airex Energy Inc., Carbofex Oy, Exomad Green, Pacific",
        "Biochar Benefit Corporation and Wakefield BioChar, among the listed ones.",
    ]
    texts = [text for _, text in kinds_and_texts("\n".join(lines))]
    assert texts[1].startswith("The global biochar market was worth USD 712.4 million in 2024 and is forecast")
    assert "By Technology: Pyrolysis, Gasification, Hydrothermal Carbonization, Others" in texts
    assert "By Feedstock: Woody Biomass, Agricultural Waste, Animal Manure, Others" in texts


def test_lines_each_a_name_with_its_items_in_brackets_stay_lines_in_wrapped_text():
    lines = [
        "The global drone delivery services market was valued at USD 846.1 million in",
        "2024 and is expected to reach USD 7,480.9 million by 2032, growing at a CAGR",
        "of 31.4% over 2025-2032, according to a new report by Pinnacleview Research,",
        "which tracks fleets, operators and regulators across thirty-five countries.",
        "",
        "North America (United States, Canada and Mexico)",
        "Europe (Germany, UK, France, Ireland, Switzerland and Nordic countries)",
        "Asia-Pacific (China, Japan, India, Australia and Singapore)",
        "South America (Brazil, Chile and Colombia)",
    ]
    texts = [text for _, text in kinds_and_texts("\n".join(lines))]
    assert texts[1:] == lines[5:]


def test_a_wrapped_line_opening_on_a_bracketed_label_goes_on():
    lines = [
        "The global e-bike motor market was valued at 11.6 billion USD in 2024 and is",
        "projected to reach 19.85 billion USD by 2030, expanding at a CAGR of 9.4% in",
        "the forecast period 2025-2030, according to a new report by Voskuijl Research",
        "Partners (Report ID: VRP-2210). Hub motors still ship in larger volumes because",
        "they are cheaper and simpler to fit on city bikes, which the report expects to",
        "change as buyers of trekking, mountain and cargo bikes trade up to mid-drives.",
        "Europe remains the largest market, with Germany and the Netherlands alone taking",
        "over a third of global motor value, and the report sees that share holding up.",
        "",
        "Market Size (2024): 11.6 billion USD",
    ]
    texts = [text for _, text in kinds_and_texts("\n".join(lines))]
    assert len(texts) == 2 and "Voskuijl Research Partners (Report ID: VRP-2210)." in texts[0]
    assert texts[1] == "Market Size (2024): 11.6 billion USD"


def test_text_wrapped_wider_than_usual_is_joined_when_most_long_lines_reach_the_width():
    """Some writers wrap at 130 columns; short paragraphs of two or three lines leave most lines near it."""
    paragraph = [
        "Bowling centres that reinvented themselves as food-and-games venues are buying again. A study by "
        "Corbridge Vale Research values the",
        "global bowling equipment market at USD 612.8 million in 2024 and expects it to climb to USD 884.5 million "
        "by 2030, with a",
        "compound annual growth rate of 6.3% over 2025-2030.",
        "",
    ]
    texts = [text for _, text in kinds_and_texts("\n".join(paragraph * 4))]
    assert texts[0].startswith("Bowling centres that reinvented themselves as food-and-games venues are buying again.")
    assert "Vale Research values the global bowling equipment market at USD 612.8 million" in texts[0]
    assert texts[0].endswith("with a compound annual growth rate of 6.3% over 2025-2030.")


def test_a_box_of_rows_closed_by_a_dashed_line_is_no_heading():
    """Plain text draws a box's top and bottom with dashes: the bottom line is a rule, not a heading's underline."""
    box = [
        "REPORT SNAPSHOT",
        "------------------------------",
        "Study Period            | 2019 - 2031",
        "Base Year               | 2024",
        "------------------------------",
    ]
    assert kinds_and_texts("\n".join(box)) == [
        ("heading", "REPORT SNAPSHOT"),
        ("para", "Study Period | 2019 - 2031"),
        ("para", "Base Year | 2024"),
    ]


def test_wrapped_text_breaking_mid_sentence_at_130_columns_and_a_line_of_names_left_open_on_a_bar():
    sentence = (
        "Labour shortages in housekeeping, stricter infection-control rules for healthcare textiles and the shift "
        "of hotel groups toward outsourced central laundries are the main forces behind the order books of washer "
        "makers, the study says, and it expects them to hold. "
    )
    words, lines, line = (sentence * 4).split(), [], ""
    for word in words:  # wrapped at 128 columns
        if len(line) + len(word) + 1 > 128:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines += [line, "", "Short line.", "", "KEY MARKET PLAYERS"]
    lines += ["Alliance Laundry Systems LLC | Electrolux Professional AB | Girbau S.A. |", "Dexter Laundry | EDRO Corp"]
    texts = [text for _, text in kinds_and_texts("\n".join(lines))]
    assert texts[0] == (sentence * 4).strip()
    assert (
        texts[-1]
        == "Alliance Laundry Systems LLC | Electrolux Professional AB | Girbau S.A. | Dexter Laundry | EDRO Corp"
    )


def test_a_title_in_capitals_wrapped_at_the_width_is_one_line():
    prose = (
        "Upgrades to efficiency classes inside hazardous zones are the single biggest driver of new orders, the report"
    )
    lines = [
        "EXPLOSION-PROOF MOTORS MARKET: BY MOTOR TYPE (AC MOTORS, DC MOTORS); BY PROTECTION TYPE (FLAMEPROOF,",
        "INCREASED SAFETY); BY END USER (OIL & GAS, MINING) - GLOBAL FORECAST 2024-2031",
        "",
        *[prose] * 8,
        "says.",
        "",
        "BY GEOGRAPHY",
        "NORTH AMERICA, EUROPE",
    ]
    texts = [text for _, text in kinds_and_texts("\n".join(lines))]
    assert texts[0].endswith(
        "(FLAMEPROOF, INCREASED SAFETY); BY END USER (OIL & GAS, MINING) - GLOBAL FORECAST 2024-2031"
    )
    assert texts[-2:] == ["BY GEOGRAPHY", "NORTH AMERICA, EUROPE"]


def test_plain_text_columns_of_figures_aligned_with_spaces_are_a_table():
    page = (
        "MARKET BY PRODUCT (KILOTONS)\n"
        "                        2021      2024      2030\n"
        "  HFA-134a              9.8       9.6       6.1\n"
        "  HFO-1234ze(E)         0.0       0.1       1.2\n\n"
        "Two  spaces  inside a sentence  make no table.\n"
    )
    assert kinds_and_texts(page) == [
        ("label", "MARKET BY PRODUCT (KILOTONS)"),
        ("row", "2021 | 2024 | 2030"),
        ("row", "HFA-134a | 9.8 | 9.6 | 6.1"),
        ("row", "HFO-1234ze(E) | 0.0 | 0.1 | 1.2"),
        ("para", "Two spaces inside a sentence make no table."),
    ]


def test_plain_text_lines_of_cells_parted_by_bars_alone_are_a_table_but_key_value_pairs_and_list_items_are_not():
    page = (
        "Company                        | HQ              | Focus\n"
        "Raiz Forte Ltda. (Grupo Sul)| Rio Verde, GO   | Biostimulants\n"
        "Cerrado Biocontrol S.A.        | Cuiaba, MT      | Bioinsecticides, kits\n\n"
        "Base year | 2024\nPages | 164\nUnits | BRL billion\n\n"
        "- By Form: Liquid | Dry | Gel\n- By Crop: Soy | Corn | Cane\n- By Use: Seed | Soil | Leaf\n"
    )
    assert kinds_and_texts(page) == [
        ("row", "Company | HQ | Focus"),
        ("row", "Raiz Forte Ltda. (Grupo Sul) | Rio Verde, GO | Biostimulants"),
        ("row", "Cerrado Biocontrol S.A. | Cuiaba, MT | Bioinsecticides, kits"),
        ("para", "Base year | 2024"),
        ("para", "Pages | 164"),
        ("para", "Units | BRL billion"),
        ("item", "By Form: Liquid | Dry | Gel"),
        ("item", "By Crop: Soy | Corn | Cane"),
        ("item", "By Use: Seed | Soil | Leaf"),
    ]


def test_preformatted_lines_and_their_dash_items():
    page = (
        "<html><body><pre>SEGMENTS\n- Crumb Rubber\n  - Fine Powder\nReport ID ........ BMR-ENV-7750</pre>"
        "</body></html>"
    )
    assert [(b.kind, b.text, b.level) for b in build_document(page).blocks] == [
        ("para", "SEGMENTS", 0),
        ("item", "Crumb Rubber", 1),
        ("item", "Fine Powder", 2),
        ("para", "Report ID: BMR-ENV-7750", 0),
    ]


def test_a_related_line_is_dropped_and_full_width_text_is_read():
    from pipelines.parse.decode import decode

    page = decode(
        "<p>Related briefs: Bioreactors Market (CAGR 15.6%)</p><p>Market size：USD ５．６４ billion（2032）</p>"
    )
    assert [text for _, text in kinds_and_texts(page)] == ["Market size:USD 5.64 billion(2032)"]


def test_a_word_hyphenated_across_wrapped_lines_is_joined():
    page = "\n".join(
        [
            "Outsourced packaging houses keep adding capacity across the region, and",
            "the report expects the pace to hold through the end of the decade, as",
            "customers ask for more advanced packages with every product generation.",
            "Among the suppliers it profiles, Amkor Technology, Inc. and ASE Group",
            "lead the field by revenue, while the smaller suppliers specialise. Amkor",
            "is building a new plant in Vietnam, and ASE is expanding test lines in",
            "Malaysia and in Taiwan. The report also names JCET Group, Huatian Tech-",
            "nology and ChipMOS Technologies as suppliers that are growing quickly.",
        ]
    )
    texts = [text for _, text in kinds_and_texts(page)]
    assert len(texts) == 1 and "Huatian Technology and ChipMOS" in texts[0]
    written_elsewhere = page.replace("Huatian Tech-\nnology", "Anti-\nfouling") + "\n\nBy Type: Anti-fouling, Other"
    assert "Anti-fouling and ChipMOS" in kinds_and_texts(written_elsewhere)[0][1]  # keeps the page's own hyphen


def test_blocks_that_are_links_are_marked_as_such():
    page = (
        "* [Insulin Pump Market to Reach USD 13.9 Billion by 2030](https://example.com/a)\n"
        "* [Smart Shopping Carts: 24.3% CAGR and What It Means for Grocers](https://example.com/b) · Nov 5, 2024\n"
        "* The [full report](https://example.com/c) covers 14 countries and 40 companies.\n"
        "* [Floating Solar Market Report, 2025-2032](https://example.com/d) - USD 11.3 billion by 2032\n"
    )
    assert [b.linked for b in build_document(page).blocks] == [True, True, False, True]


def test_markdown_definition_lists_read_like_html_ones():
    page = (
        "**Geographies covered**\n\nNorth America\n:   U.S., Canada\n\nEurope\n\n:   Germany, France\n\n"
        "Yara International ASA\n:   Norway · ammonia & fertiliser\n"
    )
    assert kinds_and_texts(page) == [
        ("label", "Geographies covered"),
        ("label", "North America"),
        ("para", "U.S., Canada"),
        ("label", "Europe"),
        ("para", "Germany, France"),
        ("label", "Yara International ASA"),
        ("para", "Norway · ammonia & fertiliser"),
    ]


def test_inline_bullets_in_a_markdown_table_cell_separate_items():
    page = "| Segment | Sub-segments |\n| --- | --- |\n| Capacity | * Below 500 kW * 500 kW to 2 MW + Steel |\n"
    assert kinds_and_texts(page)[1] == ("row", "Capacity | Below 500 kW · 500 kW to 2 MW · Steel")


def test_a_group_cell_whose_span_was_lost_is_carried_down():
    markdown = (
        "| Segmentation | Sub-Segment |\n| --- | --- |\n| By Type | PLA |\n| PHA |\n| | PBS |\n| By Region | Europe |\n"
    )
    html = (
        "<html><body><table><tr><td>By Type</td><td>PLA</td></tr><tr><td>PHA</td></tr>"
        "<tr><td>Report ID</td><td>TQ-1</td></tr><tr><td>Pages</td></tr></table></body></html>"
    )
    assert [text for _, text in kinds_and_texts(markdown)] == [
        "Segmentation | Sub-Segment",
        "By Type | PLA",
        "By Type | PHA",
        "By Type | PBS",
        "By Region | Europe",
    ]
    # Only a group cell ("By Type", a region) spans: a key's missing value is just missing.
    expected = ["By Type | PLA", "By Type | PHA", "Report ID | TQ-1", "Pages"]
    assert [text for _, text in kinds_and_texts(html)] == expected


def test_lines_starting_with_a_bullet_character_are_list_items():
    page = "### Key players\n\n• Toray Industries, Inc.\n• Teijin Limited\n\n● SGL Carbon SE\n\nA • in prose stays.\n"
    assert kinds_and_texts(page) == [
        ("heading", "Key players"),
        ("item", "Toray Industries, Inc."),
        ("item", "Teijin Limited"),
        ("item", "SGL Carbon SE"),
        ("para", "A • in prose stays."),
    ]
    wire = "COMPANIES PROFILED\n\n-- Novo Nordisk A/S\n-- Sanofi S.A.\n\n--Not a bullet, no space.\n"
    assert kinds_and_texts(wire) == [
        ("label", "COMPANIES PROFILED"),
        ("item", "Novo Nordisk A/S"),
        ("item", "Sanofi S.A."),
        ("para", "--Not a bullet, no space."),
    ]


def test_a_blog_posts_front_matter_names_its_canonical_url_and_date():
    page = (
        "---\ntitle: Zero Trust Security Market 2025-2034\npublished: true\n"
        "canonical_url: https://dev.to/ravi/zero-trust-4hk2\npublished_at: 2025-01-28 10:15 +0000\n---\n\nBody.\n"
    )
    meta = build_document(page).meta
    assert (meta["canonical"], meta["published"]) == ("https://dev.to/ravi/zero-trust-4hk2", "2025-01-28 10:15 +0000")


def test_hard_wrapped_markdown_is_measured_by_its_text_not_its_link_targets():
    link = "[Quistwood Analytics](https://www.quistwood.com/report/ev-thermal-management-system-market/QWA-AU-1580)"
    lines = [
        f"A new study from {link}",
        "sizes the global **Electric Vehicle Thermal Management System market** at **USD 4.72 billion in 2024**, to",
        "**USD 15.9 billion by 2032**. That is a **CAGR of 16.4% over 2025-2032**, faster than EV unit growth itself,",
        "because content per vehicle keeps climbing as automakers move to integrated heat-pump modules and 800-volt",
        "platforms.",
        "",
        "- **Heat pumps are the growth engine.** Quistwood expects Heat Pumps to grow at a 19.8% CAGR, as cold-climate",
        "  range complaints push them from option to standard fit, a change that suppliers have been expecting.",
        "- **Battery cooling is the biggest bucket.** Battery Thermal Management took about 46% of 2024 revenue today.",
        "- **China sets the price.** Asia Pacific accounted for roughly 57% of demand last year, and Chinese suppliers",
        "  are quoting integrated modules at 20-25% below European tier-1s, which squeezes the margins of the others.",
    ]
    blocks = build_document("\n".join(lines)).blocks
    assert [b.kind for b in blocks] == ["para", "item", "item", "item"]
    assert blocks[0].text.startswith("A new study from Quistwood Analytics sizes")  # wrapped at the link's width
    assert blocks[0].text.endswith("800-volt platforms.")  # a line starting in bold continues the paragraph
    assert blocks[1].text.endswith("from option to standard fit, a change that suppliers have been expecting.")


def test_a_wrapped_line_ending_in_a_comma_continues():
    filler = "This line is here so that the page reads as text wrapped near eighty characters wide."
    lines = [filler] * 8 + ["", "Companies profiled: Valeo SA, Hanon Systems, MAHLE GmbH,", "Gentherm Incorporated."]
    assert kinds_and_texts("\n".join(lines))[-1] == (
        "para",
        "Companies profiled: Valeo SA, Hanon Systems, MAHLE GmbH, Gentherm Incorporated.",
    )


def test_a_line_of_cells_wrapped_inside_a_bracket_continues():
    filler = "This line is here so that the page reads as text wrapped near eighty characters wide."
    lines = [filler] * 8 + [
        "",
        "North America (US, Canada) | Europe (UK, Germany) | Asia-Pacific (China, Japan,",
        "India) | MEA",
    ]
    assert kinds_and_texts("\n".join(lines))[-1] == (
        "para",
        "North America (US, Canada) | Europe (UK, Germany) | Asia-Pacific (China, Japan, India) | MEA",
    )


def test_a_readers_also_viewed_box_is_dropped():
    page = "# Epoxy Curing Agents Market\n\nBody.\n\n**Readers Also Viewed**\n\nEpoxy Resin Market to 2031\n"
    assert kinds_and_texts(page) == [("heading", "Epoxy Curing Agents Market"), ("para", "Body.")]


def test_cells_spanning_columns_and_rows_keep_their_places():
    page = (
        "<html><body><table><tr><th>Segmentation</th><th>Segment</th><th>Sub-segment</th></tr>"
        "<tr><td rowspan='3'>By End User</td><td rowspan='2'>Enterprises</td><td>Large Enterprises</td></tr>"
        "<tr><td>SMEs</td></tr><tr><td colspan='2'>Home Users</td></tr>"
        "<tr><td>By Vertical</td><td colspan='2'>BFSI</td></tr></table></body></html>"
    )
    assert [text for _, text in kinds_and_texts(page)] == [
        "Segmentation | Segment | Sub-segment",
        "By End User | Enterprises | Large Enterprises",
        "By End User | Enterprises | SMEs",
        "By End User | Home Users",
        "By Vertical | BFSI",
    ]


def test_a_short_bold_lead_before_a_list_is_its_label():
    page = (
        "<html><body><p><b>Type</b> Windshield HUD, Combiner HUD, AR-HUD</p>"
        "<p><b>ABB Ltd.</b> offers drives, motors and robots.</p><p><b>Note</b> prices vary</p>"
        "<p><b>By Type</b>: Network, Endpoint</p></body></html>"
    )
    assert [text for _, text in kinds_and_texts(page)] == [
        "Type: Windshield HUD, Combiner HUD, AR-HUD",
        "ABB Ltd. offers drives, motors and robots.",
        "Note prices vary",
        "By Type: Network, Endpoint",
    ]


def test_labels_and_inline_bullets_inside_one_markdown_cell():
    page = (
        "| Report Attribute | Details |\n|---|---|\n"
        "| Segments covered | **Product:** * Stick * Handheld **Battery Type:** * Lithium-ion * Others |\n"
    )
    assert kinds_and_texts(page)[1] == (
        "row",
        "Segments covered | Product: · Stick · Handheld · Battery Type: · Lithium-ion · Others",
    )


def test_page_furniture_of_text_pasted_from_a_pdf_is_dropped():
    footer = "Brackley Stone Research | Private 5G Network Market Press Release | June 2025"
    running = "Brackley Stone Research                                PRESS RELEASE"
    filler = [f"Line {n} of a paragraph wrapped near eighty characters, as a PDF's text is." for n in range(8)]
    page = "\n".join(
        [
            f"\f{running}",
            *filler,
            "",
            "The study covers North America (United States, Canada), Latin America (Brazil,",
            "",
            footer,
            "www.brackleystone.com                                Page 1 of 2",
            f"\f{running}",
            "------------------------------------------------------------------",
            "",
            "Mexico) and the Middle East.",
            "",
            footer,
            "www.brackleystone.com                                Page 2 of 2",
        ]
    )
    assert [text for _, text in kinds_and_texts(page)][-1] == (
        "The study covers North America (United States, Canada), Latin America (Brazil, Mexico) and the Middle East."
    )


def test_a_table_of_contents_is_dropped_until_the_next_heading():
    page = (
        "# Private 5G Network Market\n\n### Table of Contents\n\n1. Introduction, 2019-2031\n"
        "2. Country Outlook, 2024-2028 (CAGR %, 27.5-46.0)\n\n### Report Segmentation\n\nBy Technology\n"
    )
    assert [text for _, text in kinds_and_texts(page)] == [
        "Private 5G Network Market",
        "Report Segmentation",
        "By Technology",
    ]


def test_a_segmentation_heading_below_a_table_of_contents_ends_it():
    # the segments' own index under a lower heading had been dropped as a chapter, with every item it lists
    page = (
        "<h2>Table of Contents</h2><ol><li>Market by Capacity</li></ol><h3>List of Tables</h3>"
        "<ul><li>Table 1 Market by Capacity</li></ul><h3>Segments covered in this report</h3>"
        "<ul><li>By Capacity: Below 25 kW; Above 50 kW</li></ul>"
    )
    assert [text for _, text in kinds_and_texts(page)] == [
        "Segments covered in this report",
        "By Capacity: Below 25 kW; Above 50 kW",
    ]


def test_plain_text_dots_indented_under_a_dash_item_are_items_too():
    page = (
        "MARKET SEGMENTATION\n\n(1) By product type\n"
        "    - Transfer Assist Robots\n        . Wearable Type\n        . Non-Wearable Type\n"
        "    - Bathing Support Robots\n\nThe study ends here. It runs to 120 pages.\n"
    )
    assert kinds_and_texts(page)[2:6] == [
        ("item", "Transfer Assist Robots"),
        ("item", "Wearable Type"),
        ("item", "Non-Wearable Type"),
        ("item", "Bathing Support Robots"),
    ]


def test_a_forum_threads_comments_in_layout_tables_are_the_page():
    # each comment a small box marked "comment" in a table of its own: together they are most of the page
    quoted = (
        "Submitter here, quoting the release: the global sensor market was valued at USD 1.38 billion in 2024 and is"
        " expected to reach USD 4.87 billion by 2030, growing at a CAGR of 23.4% over 2025-2030, says the firm. The"
        " release also says Asia Pacific accounted for USD 0.81 billion of revenue in 2024, led by China."
    )
    reply = "For scale: the whole microcontroller market is far larger, so this is a niche for now, in my view."
    thread = "".join(
        f'<tr><td><table><tr><td class="ind"></td><td class="default"><span class="comhead">user{n}</span>'
        f'<div class="comment"><div class="commtext">{text}</div></div></td></tr></table></td></tr>'
        for n, text in enumerate([quoted, reply])
    )
    page = f"<html><body><table><tr><td>Sensor Market to Reach $4.87B</td></tr>{thread}</table></body></html>"
    texts = [text for _, text in kinds_and_texts(page)]
    assert quoted in texts  # a long comment's cell holds prose: its own block
    assert any(text.endswith(reply) for text in texts)  # a short one stays in its row, after its author


def test_an_interviews_speaker_names_go_from_their_turns():
    page = (
        "<p>FB&U: Let's start with the headline. How big is this market today?</p>"
        "<p>Okonjo: We put the global market at US$ 1,184 Million in 2024, up from last year.</p>"
        "<p>FB&U: Another study we saw came in lower. Why the gap in the numbers?</p>"
        "<p>Okonjo: Scope, mostly. We count only the complete vehicle, chassis plus body.</p>"
        "<p>FB&U: Who are the companies to watch in this market?</p>"
        "<p>Okonjo: In the report we profile Battle Motors, Inc. and BYD Company Limited, among others.</p>"
        "<p>HQ: Farmington, Connecticut · Founded: 1853</p>"
    )
    texts = [text for _, text in kinds_and_texts(page)]
    assert texts[3:] == [
        "Scope, mostly. We count only the complete vehicle, chassis plus body.",
        "Who are the companies to watch in this market?",
        "In the report we profile Battle Motors, Inc. and BYD Company Limited, among others.",
        "HQ: Farmington, Connecticut · Founded: 1853",  # a card's key, no speaker: it says no sentence
    ]


def test_a_reader_tools_export_header_gives_the_pages_title_url_and_date():
    page = (
        "Title: Bio-based Succinic Acid Market to Reach USD 412.7 Million by 2032\n\n"
        "URL Source: https://www.retortlanenews.com/markets/2025/03/succinic/\n\n"
        "Published Time: 2025-03-12T08:40:00+00:00\n\nMarkdown Content:\n# Headline\n\nBody.\n"
    )
    document = build_document(page)
    assert document.meta == {
        "title": "Bio-based Succinic Acid Market to Reach USD 412.7 Million by 2032",
        "canonical": "https://www.retortlanenews.com/markets/2025/03/succinic/",
        "published": "2025-03-12T08:40:00+00:00",
    }
    assert [b.text for b in document.blocks] == ["Headline", "Body."]


def test_a_marked_container_holding_the_post_itself_is_kept():
    post = "<p>" + "The clamp-on ultrasonic flow meter market was valued at USD 1.18 billion in 2024. " * 4 + "</p>"
    page = (
        "<html><body><div class='widget Header'><h1>Flow Meter Industry Watch</h1></div>"
        f"<div class='widget Blog'><h3>Clamp-on Ultrasonic Flow Meter Market</h3>{post}</div>"
        "<div class='widget PopularPosts'><p>Coriolis Market hits USD 4 billion</p></div>"
        "<article class='newsletter-post'><p>Substack keeps its post in a newsletter-post article.</p></article>"
        "</body></html>"
    )
    texts = [text for _, text in kinds_and_texts(page)]
    assert texts[:2] == ["Flow Meter Industry Watch", "Clamp-on Ultrasonic Flow Meter Market"]
    assert "Coriolis Market hits USD 4 billion" not in texts
    assert texts[-1] == "Substack keeps its post in a newsletter-post article."


def test_a_colon_and_a_dash_are_one_colon():
    assert kinds_and_texts("**Segmentation by Type:-** Indoor, Outdoor, Mini-PCIe")[0][1] == (
        "Segmentation by Type: Indoor, Outdoor, Mini-PCIe"
    )


def test_a_toggle_keeps_its_summary_and_list_apart():
    page = (
        "<details>\n<summary>Market size &amp; growth</summary>\n\n- Market size 2024: USD 612.4 million\n"
        "- CAGR 2025-2030: 9.6%\n\n</details>\n"
    )
    assert kinds_and_texts(page) == [
        ("label", "Market size & growth"),  # a summary labels its details, as a term its definition
        ("item", "Market size 2024: USD 612.4 million"),
        ("item", "CAGR 2025-2030: 9.6%"),
    ]


def test_pipe_rows_without_a_separator_line_are_a_table():
    page = (
        "Regional view:\n\n| Region | Countries covered | 2024 Share |\n"
        "| North America | U.S., Canada | 61.5% |\n| MEA | UAE |\n"
    )
    assert kinds_and_texts(page) == [
        ("para", "Regional view:"),
        ("row", "Region | Countries covered | 2024 Share"),
        ("row", "North America | U.S., Canada | 61.5%"),
        ("row", "MEA | UAE"),
    ]


def test_a_data_table_is_never_boilerplate_whatever_its_class():
    page = (
        "<html><body><table class='tr-share'><tr><th>Region</th><th>CAGR (%)</th></tr>"
        "<tr><td>Europe</td><td>6.1</td></tr></table><div class='share-buttons'>Share on X</div></body></html>"
    )
    assert [text for _, text in kinds_and_texts(page)] == ["Region | CAGR (%)", "Europe | 6.1"]


def test_an_ad_slots_label_is_no_text():
    page = "<html><body><p>Europe: UK, Germany</p><p>Advertisement</p><p>Middle East &amp; Africa</p></body></html>"
    assert [text for _, text in kinds_and_texts(page)] == ["Europe: UK, Germany", "Middle East & Africa"]


def test_a_table_with_one_column_per_dimension_reads_column_by_column():
    page = (
        "<html><body><table><tr><th>By Type</th><th>By Nature</th></tr>"
        "<tr><td>Whole Bulb</td><td>Organic</td></tr><tr><td>Powder</td><td></td></tr></table></body></html>"
    )
    assert kinds_and_texts(page) == [("para", "By Type: Whole Bulb; Powder"), ("para", "By Nature: Organic")]


def test_a_non_breaking_hyphen_is_a_plain_one():
    page = "<ul><li>Ready&#8209;to&#8209;Drink</li><li>Loose\u2010leaf</li></ul>"
    assert [text for _, text in kinds_and_texts(page)] == ["Ready-to-Drink", "Loose-leaf"]


def test_a_scraped_snapshots_keys_glued_to_their_values_are_parted():
    page = (
        "Report Overview\n\nLargest RegionNorth America\n\nSegments CoveredBy Product, By End User\n\nPayPal Holdings\n"
    )
    assert [text for _, text in kinds_and_texts(page)][1:] == [
        "Largest Region: North America",
        "Segments Covered: By Product, By End User",
        "PayPal Holdings",
    ]


def test_a_copied_page_that_states_its_own_address():
    page = "PRTrellis\n\nPermalink: https://www.prtrellis.com/pr/healthcare/guidewire-226410\n\nBody.\n"
    assert build_document(page).meta["canonical"] == "https://www.prtrellis.com/pr/healthcare/guidewire-226410"
    quoted = "> **Canonical URL:** https://www.pressgarnet.com/news/2025/11/04/pg-640377.html\n\nBody.\n"
    assert build_document(quoted).meta["canonical"] == "https://www.pressgarnet.com/news/2025/11/04/pg-640377.html"
    for key in ("webUrl", "Note URL (canonical)"):
        note = f"aNotepad\n{key}: https://anotepad.com/notes/k3f8q2ma\n\nBody.\n"
        assert build_document(note).meta["canonical"] == "https://anotepad.com/notes/k3f8q2ma"
    export = "# #intel\n\n**Workspace:** Harvest · **Channel URL:** https://harvest.slack.com/archives/C04QX\n\nBody.\n"
    assert build_document(export).meta["canonical"] == "https://harvest.slack.com/archives/C04QX"
    card = "# Home sauna\n\n**Card URL:** https://trello.com/c/Xp4Lm2Qa/187-home-sauna\n\nBody.\n"
    assert build_document(card).meta["canonical"] == "https://trello.com/c/Xp4Lm2Qa/187-home-sauna"
    wire = "Originally published on TinderLine News: https://www.tinderlinenews.com/releases/2025/06/17/x\n\nBody.\n"
    assert build_document(wire).meta["canonical"] == "https://www.tinderlinenews.com/releases/2025/06/17/x"


def test_a_layout_table_of_an_email_holds_blocks_not_rows():
    page = (
        "<html><body><table role='presentation'><tr><td><h2>Reefer telematics to reach $2.16B</h2>"
        "<p>The market grows at 14.1% CAGR.</p></td></tr><tr><td><table><tr><td><ul><li>Hardware</li>"
        "<li>Services</li></ul></td></tr></table></td></tr></table></body></html>"
    )
    assert kinds_and_texts(page) == [
        ("heading", "Reefer telematics to reach $2.16B"),
        ("para", "The market grows at 14.1% CAGR."),
        ("item", "Hardware"),
        ("item", "Services"),
    ]


def test_word_html_bullets_written_as_text_are_list_items():
    page = (
        "<html><body><p class=MsoListParagraph>·\u00a0\u00a0\u00a0 Natural Gas Pipelines</p>"
        "<p class=MsoListParagraph>o\u00a0\u00a0\nGathering Lines</p><p>o is a letter here</p></body></html>"
    )
    assert kinds_and_texts(page) == [
        ("item", "Natural Gas Pipelines"),
        ("item", "Gathering Lines"),
        ("para", "o is a letter here"),
    ]


def test_a_preformatted_document_is_read_as_a_text_page():
    """An archive's <pre> holding a scanned handout: wrapped lines join into sentences, "o" bullets are
    items, and indentation that only laid the page out does not make code blocks."""
    prose = (
        "The global ship hull air lubrication systems market was valued at\n"
        "USD 611.3 million in 2024 and is expected to grow at a CAGR of 7.9%\n"
        "from 2025 to 2032, reaching USD 1,121.6 million by 2032, according\n"
        "to a new report. Air lubrication pumps a carpet of small bubbles or\n"
        "a thin air layer along the flat bottom of a hull, cutting the drag\n"
        "and, on the right ship, fuel burn by four to eight per cent in all.\n"
    )
    page = (
        "<html><body><h1>Ship Hull Air Lubrication Systems Market</h1><pre>\n"
        "          TREVANION MARSH CONSULTANTS LTD\n\n"
        f"{prose}\n{prose}\nBy Installation\n  o  Newbuild\n  o  Retrofit\n</pre></body></html>"
    )
    blocks = [(b.kind, b.text) for b in build_document(page).blocks]
    assert blocks[1] == ("label", "TREVANION MARSH CONSULTANTS LTD")  # capitals head a plain-text page
    assert blocks[2][1].startswith("The global ship hull air lubrication systems market was valued at USD 611.3")
    assert "according to a new report. Air lubrication" in blocks[2][1]
    assert blocks[-2:] == [("item", "Newbuild"), ("item", "Retrofit")]


def test_a_click_trackers_link_also_gives_the_address_it_leads_to():
    page = '<p><a href="https://click.brief.com/c?u=1&amp;redirect=https%3A%2F%2Ffirm.com%2Fsample%2F8812">x</a></p>'
    assert build_document(page).links[-1] == "https://firm.com/sample/8812"


def test_a_firms_previous_release_below_this_one_is_not_read():
    page = (
        "<html><body><h1>Cabin Air Filter Market</h1><p>Body.</p><h2>Previous release from this firm</h2>"
        "<p>The brake fluid market was valued at EUR 2.19 billion in 2024.</p><h2>Contact</h2><p>Mail us.</p>"
        "</body></html>"
    )
    assert kinds_and_texts(page) == [
        ("heading", "Cabin Air Filter Market"),
        ("para", "Body."),
        ("heading", "Contact"),
        ("para", "Mail us."),
    ]


def test_wrapped_text_with_one_overlong_template_line_is_still_unwrapped():
    """A Liquid/HTML footer line never wrapped, and links that show only their text, do not hide the width
    every other line was wrapped at."""
    wrapped = [
        "Cold stores are short of space, and the operators who run them are turning in growing numbers to",
        "pallet shuttles: battery-powered carriers that run along rails inside deep rack lanes and bring",
        "pallets to the front. A new study from [Brantley Cove](https://www.brantleycove.com/reports/pallet-x?a=1)",
        "puts the global pallet shuttle system market at USD 1.86 billion in 2024 and sees it reaching USD 4.31",
        "billion by 2032. Over the 2025-2032 forecast window the firm expects the market to expand at a CAGR of",
        "12.1%, as food retailers and third-party logistics firms automate their frozen storage at a fast pace.",
        "Orders for new shuttle lanes rose 9% year on year in 2024, the report says, after a soft 2023 in which",
        "several projects were delayed, and the order books of the largest integrators are full well into 2026.",
        "",
        '<small>Tags: {% for tag in page.tags %}<a href="/tags/{{ tag }}/">#{{ tag }}</a> {% endfor %} · '
        "[RSS](/feed.xml) · [About this feed](/about/) · [Contact the newsroom](/contact/) · all rights kept</small>",
    ]
    texts = [text for _, text in kinds_and_texts("\n".join(wrapped))]
    assert "sees it reaching USD 4.31 billion by 2032. Over the 2025-2032 forecast window" in texts[0]


def test_a_server_template_of_a_page_is_read_as_html_not_as_indented_markdown_code():
    page = (
        "<?php require_once('header.php'); ?>\n\t<div class='row'>\n\t\t<h1>Ceramic Sand Market</h1>\n"
        "\t\t\t<p><b>Key Companies</b><br>\n\t\t\t\tSCR-Sibelco<br>\n\t\t\t\tSaint Gobain<br></p>\n\t</div>\n"
    )
    assert kinds_and_texts(page) == [
        ("heading", "Ceramic Sand Market"),
        ("label", "Key Companies"),
        ("para", "SCR-Sibelco"),
        ("para", "Saint Gobain"),
    ]


def test_hard_wrapped_text_is_unwrapped_whatever_its_lines_of_bare_addresses():
    """Bare addresses run as long as they must and never set the width the text was wrapped at."""
    url = "https://www.newsplinthwire.com/releases/2025/09/architectural-glass-coatings-market-set-to-reach-usd-5"
    lines = [
        f"Permalink: {url}",
        "The Global Architectural Glass Coatings Market is projected to reach USD 5.51 Billion by 2032 from",
        "USD 3.12 Billion in 2024, at a CAGR of 7.4% from 2025 to 2032, finds a new report by a research firm.",
        "",
        f"Full report: {url}/full-report-and-table-of-contents",
        "",
        "Energy codes are tightening across North America and Europe, and the cheapest way for a building to",
        "meet them is better glass. Low-E Coatings are expected to record a CAGR of 8.2% through the forecast",
        "period, outpacing solar control and self-cleaning products, as glass makers add coating capacity.",
        "",
        f"Sample: {url}/request-sample?utm_source=newsplinth&utm_medium=pr&utm_campaign=sep25",
        f"More: {url}/related?utm_source=txt&utm_medium=related&utm_campaign=sep25",
    ]
    texts = [b.text for b in build_document("\n".join(lines)).blocks]
    assert "projected to reach USD 5.51 Billion by 2032 from USD 3.12" in texts[1]
    assert texts[3].startswith("Energy codes") and texts[3].endswith("add coating capacity.")


def test_a_custom_element_holding_headings_and_lists_keeps_them_apart():
    # An AMP accordion: each section's heading and list items must not run together into one line.
    page = (
        "<html><body><amp-accordion><section><h4>By Fit</h4><div><ul><li>Line-Fit</li><li>Retrofit</li>"
        "</ul></div></section></amp-accordion><p>Priced at <my-price>USD 4,250</my-price> a licence.</p></body></html>"
    )
    blocks = build_document(page).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "By Fit"),
        ("item", "Line-Fit"),
        ("item", "Retrofit"),
        ("para", "Priced at USD 4,250 a licence."),
    ]


def test_an_outlines_numbers_give_its_depth():
    # Flattened numbering ("1.1", "1.1.1") is the only sign of nesting; "2.5 billion" opens no entry.
    page = (
        "<ol><li>By Type</li><li>1.1 Hardware</li><li>1.1.1 Axle Counters</li></ol><p>2.5 Billion units shipped.</p>"
        "<ul><li>2.4 GHz Dongle</li></ul>"
    )
    assert [(b.kind, b.text, b.level) for b in build_document(page).blocks] == [
        ("item", "By Type", 1),
        ("item", "Hardware", 2),
        ("item", "Axle Counters", 3),
        ("para", "2.5 Billion units shipped.", 0),
        ("item", "2.4 GHz Dongle", 1),  # a number with its unit
    ]


def test_a_wrapped_text_never_joins_an_outline_entry_to_the_line_before():
    prose = "The study tracks rail signalling demand across regions, suppliers and network types, in detail.\n"
    outline = (
        "4. By Region\n"
        "   4.3 Asia Pacific (China, India, Japan, South Korea, Australia, Rest of Asia Pacific, and Oceania)\n"
        "   4.4 Rest of the World (Brazil, Saudi Arabia, South Africa)\n"
    )
    texts = [b.text for b in build_document(prose * 9 + "\n" + outline).blocks]
    assert texts[-2:] == [
        "Asia Pacific (China, India, Japan, South Korea, Australia, Rest of Asia Pacific, and Oceania)",
        "Rest of the World (Brazil, Saudi Arabia, South Africa)",
    ]


def test_list_marks_escaped_by_a_word_processors_export_still_open_list_items():
    page = (
        "**Market Segmentation:**\n\n1\\. By Type\n\n\\- Stick Electrodes\n\n\\- Solid Wires\n\n"
        "Price: 5\\.0 \\- 6\\.0\n"
    )
    assert [(b.kind, b.text) for b in build_document(page).blocks] == [
        ("label", "Market Segmentation:"),
        ("item", "By Type"),
        ("item", "Stick Electrodes"),
        ("item", "Solid Wires"),
        ("para", "Price: 5.0 - 6.0"),
    ]


def test_wrapped_text_is_unwrapped_inside_a_quote_and_despite_long_unwrapped_list_items():
    wrapped = [
        "The quoted release below comes from the firm's own newsletter, and we reprint it whole",
        "because the figures matter to every brewer that reads this digest each and every week.",
    ] * 4
    lines = [
        *wrapped,
        "- A list item the writer left on one line, as writers of wrapped text often do, because it is a list item.",
        "- Another list item left unwrapped, long enough to run well past the width the paragraphs are wrapped at.",
        "",
        "> Key companies profiled: Heineken N.V., Anheuser-Busch InBev SA/NV, Carlsberg A/S, Asahi Group",
        "> Holdings, Ltd., Suntory Holdings Limited, Athletic Brewing Company, and BrewDog plc, all of them.",
    ]
    texts = [text for _, text in kinds_and_texts("\n".join(lines))]
    assert texts[-1] == (
        "Key companies profiled: Heineken N.V., Anheuser-Busch InBev SA/NV, Carlsberg A/S, Asahi Group "
        "Holdings, Ltd., Suntory Holdings Limited, Athletic Brewing Company, and BrewDog plc, all of them."
    )
    assert "we reprint it whole because the figures matter" in texts[0]


def test_chips_side_by_side_are_items_and_the_one_before_them_their_label():
    page = (
        '<div><span class="font-medium">Asia Pacific</span><span class="chip">Australia</span>'
        '<span class="chip">Japan</span></div>'
        '<div><span class="chip">U.S.</span> <span class="chip">Canada</span></div>'
        "<p><b>Re</b><b>port</b> by <i>Kestrel</i><i>Research</i></p>"
    )
    assert [b.text for b in build_document(page).blocks] == [
        "Asia Pacific: Australia, Japan",
        "U.S., Canada",
        "Report by KestrelResearch",  # unmarked inline tags are text, however they split it
    ]


def test_a_bold_lead_and_a_dash_before_a_list_read_as_its_label():
    page = "<ul><li><b>By Crane Type</b> – Hammerhead, Flat-top, Luffing Jib</li></ul>"
    assert [b.text for b in build_document(page).blocks] == ["By Crane Type: Hammerhead, Flat-top, Luffing Jib"]
    page = "<ul><li><strong>North America</strong> — U.S., Canada</li></ul>"
    assert [b.text for b in build_document(page).blocks] == ["North America: U.S., Canada"]  # the dash goes
    from pipelines.parse.lists import inline_list

    assert inline_list("By Crane Type: – Hammerhead, Flat-top, Luffing Jib") == [
        "Hammerhead",
        "Flat-top",
        "Luffing Jib",
    ]


def test_a_hyphen_or_an_asterisk_opening_a_line_of_html_text_opens_a_list_item():
    """ "<p>By Tank Type:<br>- Type I<br>- Type II</p>": the items are "Type I", never "- Type I"."""
    page = "<p>By Tank Type:<br>- Type I<br>* Type II<br>Type III tanks held USD 0.71 billion - the most.</p>"
    assert [(b.kind, b.text) for b in build_document(page).blocks] == [
        ("para", "By Tank Type:"),
        ("item", "Type I"),
        ("item", "Type II"),
        ("para", "Type III tanks held USD 0.71 billion - the most."),
    ]


def test_a_one_column_table_of_bulleted_cells_is_a_list_nested_by_its_second_bullet():
    """E-mail layouts draw a list as a table with one bulleted cell a row; "–" under "•" marks a sub-item."""
    page = (
        "<p><b>By Component</b></p><table>"
        "<tr><td>&bull; Hardware</td></tr><tr><td>&ndash; Gateways</td></tr><tr><td>&ndash; Sensors</td></tr>"
        "<tr><td>&bull; Services</td></tr></table>"
        "<table><tr><td>Share of hardware</td></tr><tr><td>Most of the revenue</td></tr></table>"
    )
    assert [(b.kind, b.text, b.level) for b in build_document(page).blocks] == [
        ("label", "By Component", 0),
        ("item", "Hardware", 1),
        ("item", "Gateways", 2),
        ("item", "Sensors", 2),
        ("item", "Services", 1),
        ("row", "Share of hardware", 0),
        ("row", "Most of the revenue", 0),
    ]


def test_a_words_o_bullet_before_a_capital_or_bold_opens_a_list_item():
    """A Word list pasted into Markdown: "o **Epoxy:** These adhesives ...", "o North America"."""
    text = "**By Resin Type:**\n\no **Epoxy:** These adhesives bond panels.\n\no North America\n"
    assert [(b.kind, b.text) for b in build_document(text).blocks] == [
        ("label", "By Resin Type:"),
        ("item", "Epoxy: These adhesives bond panels."),
        ("item", "North America"),
    ]


def test_an_images_alt_sentence_with_figures_is_text_and_a_charts_caption_is_not():
    page = (
        "# Benchmark Report\n\n![The global business services market is forecast to grow at a CAGR of 21% from 2023 "
        "to 2032.](https://cdn.example.com/a.jpg)\n\n![Bar chart: market share by product, 2024 — shoes, boots, "
        "sandals and clogs](https://cdn.example.com/b.png)\n"
    )
    assert kinds_and_texts(page) == [
        ("heading", "Benchmark Report"),
        ("para", "The global business services market is forecast to grow at a CAGR of 21% from 2023 to 2032."),
    ]


def test_a_definition_list_of_figures_reads_as_rows_and_one_of_names_as_labels():
    html = (
        "<html><body><h1>Bio-based Polyurethane Market</h1><dl>"
        "<dt>Market size value in 2025</dt><dd>USD 811.6 million</dd>"
        "<dt>Growth rate</dt><dd>CAGR of 9.1% from 2025 to 2032</dd>"
        "<dt>Largest region</dt><dd>Asia Pacific</dd></dl>"
        "<dl><dt>Europe</dt><dd>Germany, France</dd><dt>Asia Pacific</dt><dd>China, Japan</dd></dl></body></html>"
    )
    blocks = [(b.kind, b.text) for b in build_document(html).blocks]
    assert blocks[1:4] == [
        ("row", "Market size value in 2025 | USD 811.6 million"),
        ("row", "Growth rate | CAGR of 9.1% from 2025 to 2032"),
        ("row", "Largest region | Asia Pacific"),
    ]
    assert blocks[4] == ("label", "Europe")


def test_a_clipped_notes_properties_table_states_the_pages_address():
    note = (
        "| Property | Value |\n|---|---|\n"
        "| Source | https://www.nutrawire.com/news/2025/05/28/collagen?utm_source=clipper |\n"
        "| Date | 2025-05-28 |\n\n# Collagen Peptides Market to Reach USD 2.07 Billion\n"
    )
    assert (
        build_document(note).meta["canonical"]
        == "https://www.nutrawire.com/news/2025/05/28/collagen?utm_source=clipper"
    )


def test_a_page_builders_content_widgets_are_content_and_its_posts_widget_is_not():
    """Elementor wraps every heading and list in "elementor-widget" containers: the class names the element's kind,
    not a sidebar's widget. Its list of other posts stays boilerplate."""
    page = (
        "<html><body><h1>Electrostatic Precipitator Market</h1>"
        '<div class="elementor-element elementor-widget elementor-widget-heading">'
        '<div class="elementor-widget-container">'
        "<h3>By Type</h3></div></div>"
        '<div class="elementor-element elementor-widget elementor-widget-icon-list">'
        '<div class="elementor-widget-container">'
        "<ul><li><span>Dry Electrostatic Precipitator</span></li><li><span>Wet Electrostatic Precipitator</span></li>"
        "</ul></div></div>"
        '<div class="elementor-element elementor-widget elementor-widget-posts"><h5>Baghouse Filter Market worth '
        "USD 12.3 Billion by 2032</h5></div></body></html>"
    )
    assert kinds_and_texts(page) == [
        ("heading", "Electrostatic Precipitator Market"),
        ("heading", "By Type"),
        ("item", "Dry Electrostatic Precipitator"),
        ("item", "Wet Electrostatic Precipitator"),
    ]


def test_a_stat_card_reads_as_a_row_of_its_label_and_its_figure():
    """ "<div class=stat><div>USD 4.62 Bn</div><div>Market size, 2024</div></div>" and an e-mail's label over its
    figure in a two-row table: one row each, label first. Two words with no figure are no card."""
    page = (
        '<div class="stats"><div class="stat"><div>USD 4.62 Bn</div><div>Market size, 2024</div></div>'
        '<div class="stat"><div>11.9%</div><div>CAGR, 2025–2034</div></div></div>'
        '<table role="presentation"><tr><td>Report code</td></tr><tr><td>QB-LS-2147</td></tr></table>'
        "<div><p>Request a sample</p><p>Contact us</p></div>"
    )
    assert kinds_and_texts(page) == [
        ("row", "Market size, 2024 | USD 4.62 Bn"),
        ("row", "CAGR, 2025–2034 | 11.9%"),
        ("row", "Report code | QB-LS-2147"),
        ("para", "Request a sample"),
        ("para", "Contact us"),
    ]


def test_a_figures_strips_list_items_are_stat_cards_too():
    # a bold figure glued to its label in a list item: never "£14.6bnBase year value, 2024"
    page = (
        '<ul class="strip"><li><b>£14.6bn</b><span>Base year value, 2024</span></li>'
        "<li><b>8.6%</b><span>CAGR, 2025–30</span></li></ul><ul><li><b>Loft</b> insulation</li></ul>"
    )
    assert kinds_and_texts(page) == [
        ("row", "Base year value, 2024 | £14.6bn"),
        ("row", "CAGR, 2025–30 | 8.6%"),
        ("item", "Loft insulation"),
    ]


def test_paragraphs_numbered_as_text_are_items_and_lettered_ones_their_sub_items():
    page = (
        "<p>By Cargo</p><p>1. Dry Bulk</p><p>a) Coal</p><p>b) Iron Ore</p><p>2. Break Bulk</p>"
        "<p>Dry bulk leads.</p><p>1. A lone numbered line is no list.</p><p>2024. Not a number that counts.</p>"
    )
    assert kinds_and_texts(page) == [
        ("para", "By Cargo"),
        ("item", "Dry Bulk"),
        ("item", "Coal"),
        ("item", "Iron Ore"),
        ("item", "Break Bulk"),
        ("para", "Dry bulk leads."),
        ("para", "1. A lone numbered line is no list."),
        ("para", "2024. Not a number that counts."),
    ]
    assert [b.level for b in build_document(page).blocks if b.kind == "item"] == [1, 2, 2, 1]


def test_a_cards_minor_heading_over_its_figure_alone_is_a_row():
    page = (
        '<div class="card"><h5>Market Size 2024</h5><p>US$ 1,126.7 Million</p><p>Revenue from trucks</p></div>'
        '<div class="card"><h5>Largest Region</h5><p>North America, worth US$ 512.4 Million in 2024.</p></div>'
        "<h2>Outlook</h2><p>18.5%</p>"
    )
    assert kinds_and_texts(page) == [
        ("row", "Market Size 2024 | US$ 1,126.7 Million"),
        ("para", "Revenue from trucks"),
        ("heading", "Largest Region"),
        ("para", "North America, worth US$ 512.4 Million in 2024."),
        ("heading", "Outlook"),
        ("para", "18.5%"),
    ]


def test_a_stat_tile_whose_value_is_no_figure_is_told_by_its_class():
    page = (
        '<div class="tile"><span class="stat-value">North America</span>'
        '<span class="stat-label">Largest Region</span></div>'
        '<div class="tile"><span class="stat-value">2019–2023</span>'
        '<span class="stat-label">Historical Data</span></div>'
    )
    assert kinds_and_texts(page) == [
        ("row", "Largest Region | North America"),
        ("row", "Historical Data | 2019–2023"),
    ]


def test_an_e_mails_presentation_table_of_keys_and_lists_is_data_and_a_grid_of_names_is_layout():
    page = (
        '<table role="presentation"><tr><td>Product Type</td><td>Kits &amp; Reagents, Instruments, Services</td></tr>'
        "<tr><td>Expression System</td><td>E. coli Systems, Wheat Germ Systems</td></tr></table>"
        '<table role="presentation"><tr><td>Thermo Fisher Scientific Inc.</td><td>Promega Corporation</td></tr>'
        "<tr><td>Merck KGaA</td><td>Bioneer Corporation</td></tr></table>"
    )
    assert kinds_and_texts(page) == [
        ("row", "Product Type | Kits & Reagents, Instruments, Services"),
        ("row", "Expression System | E. coli Systems, Wheat Germ Systems"),
        ("para", "Thermo Fisher Scientific Inc."),
        ("para", "Promega Corporation"),
        ("para", "Merck KGaA"),
        ("para", "Bioneer Corporation"),
    ]


def test_a_word_list_paragraph_is_an_item_at_its_level_without_its_number():
    page = (
        "<p class=MsoNormal><b>Companies covered</b></p>"
        "<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo4'><span style='mso-list:Ignore'>1.<span>"
        "&nbsp;&nbsp; </span></span>EnviTec Biogas AG</p>"
        "<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>o<span>&nbsp;"
        "</span></span>Gathering Lines</p>"
    )
    assert [(b.kind, b.text, b.level) for b in build_document(page).blocks] == [
        ("label", "Companies covered", 0),
        ("item", "EnviTec Biogas AG", 1),
        ("item", "Gathering Lines", 2),
    ]


def test_a_tab_panel_is_headed_with_the_name_of_the_tab_that_controls_it():
    page = (
        '<h2>Segmentation</h2><div role="tablist"><button role="tab" aria-controls="p-product">By Product</button>'
        '<button role="tab" id="t-user">By End User</button></div>'
        '<div role="tabpanel" id="p-product"><button>Scanners</button><button>Software</button></div>'
        '<div role="tabpanel" aria-labelledby="t-user" hidden>Hospitals, Laboratories, Universities</div>'
        '<section role="tabpanel">An unnamed panel.</section>'
    )
    assert kinds_and_texts(page) == [
        ("heading", "Segmentation"),
        ("label", "By Product"),
        ("para", "Scanners, Software"),
        ("label", "By End User"),
        ("para", "Hospitals, Laboratories, Universities"),
        ("para", "An unnamed panel."),
    ]


def test_a_tab_linking_to_its_panel_by_fragment_heads_it():
    page = (
        '<h2>Segmentation Analysis</h2><ul role="tablist"><li><a role="tab" href="#tab-material">By Material</a></li>'
        '<li><a role="tab" data-bs-target="#tab-use">By Application</a></li></ul>'
        '<div role="tabpanel" id="tab-material"><ul><li>Mineral Fiber</li><li>Metal</li></ul></div>'
        '<div role="tabpanel" id="tab-use"><p>Offices, Hospitals</p></div>'
    )
    assert kinds_and_texts(page) == [
        ("heading", "Segmentation Analysis"),
        ("label", "By Material"),
        ("item", "Mineral Fiber"),
        ("item", "Metal"),
        ("label", "By Application"),
        ("para", "Offices, Hospitals"),
    ]


def test_a_company_in_capitals_with_its_legal_form_is_no_heading():
    text = "Key Players\n\nAmano Enzyme Inc.\n\nBASF SE\n\nKerry Group plc\n\nMARKET OUTLOOK\n"
    assert kinds_and_texts(text) == [
        ("para", "Key Players"),
        ("para", "Amano Enzyme Inc."),
        ("para", "BASF SE"),
        ("para", "Kerry Group plc"),
        ("label", "MARKET OUTLOOK"),
    ]


def test_a_web_archives_copy_is_the_original_sites_page():
    page = (
        '<html><head><link rel="canonical" href="https://web.archive.org/web/20240602113045/'
        'https://www.ceilingjournal.com/news/panels/"></head><body><h1>Acoustic Panels Market</h1>'
        '<p><a href="https://web.archive.org/web/20240602113045/https://www.halsworth.com/reports/panels-4417">'
        'Report</a> and <a href="https://web.archive.org/web/2024im_/https://www.ceilingjournal.com/logo.png">'
        "logo</a></p></body></html>"
    )
    document = build_document(page)
    assert document.meta["canonical"] == "https://www.ceilingjournal.com/news/panels/"
    assert "https://www.halsworth.com/reports/panels-4417" in document.links
    assert not any("archive.org" in link for link in document.links)


def test_an_outlines_entries_may_end_with_a_legal_forms_period():
    document = build_document("<h3>12. Company Profiles</h3><p>12.1 Gelest, Inc.<br>12.2 Dow Inc.<br>12.3 Silar</p>")
    assert [(b.kind, b.text) for b in document.blocks[1:]] == [
        ("item", "Gelest, Inc."),
        ("item", "Dow Inc."),
        ("item", "Silar"),
    ]


def test_a_pandoc_simple_table_is_read_as_a_table():
    page = (
        "# Bioinks Market\n\n  Region               Countries covered\n  -------------------- ---------------------\n"
        "  North America        U.S., Canada\n  Rest of the World    Brazil, Israel\n\nAfter the table.\n"
    )
    assert kinds_and_texts(page)[1:] == [
        ("row", "Region | Countries covered"),
        ("row", "North America | U.S., Canada"),
        ("row", "Rest of the World | Brazil, Israel"),
        ("para", "After the table."),
    ]


def test_a_text_table_keeps_a_header_left_of_its_rule_and_drops_subtotal_rules():
    page = (
        "SIZE BY TYPE\n\nType                 2024    CAGR 2025-2032\n-------------------  -------  --------------\n"
        "20 ft Containers        9.42           15.4%\n                     -------\nTotal                  28.86"
        "           16.7%\n"
    )
    assert kinds_and_texts(page)[1:] == [
        ("row", "Type | 2024 | CAGR 2025-2032"),
        ("row", "20 ft Containers | 9.42 | 15.4%"),
        ("row", "Total | 28.86 | 16.7%"),
    ]


def test_pandoc_fences_attributes_spans_and_grid_borders_go():
    page = (
        "::: {.article-body}\n# Bioinks Market {#bioinks .entry-title}\n\n[Markets desk]{.byline} · May 6\n\n"
        'Figures from [Kelvedon](https://www.kelvedonbio.com/){rel="nofollow"}.\n\n'
        "+----------+--------+\n| Metric   | Detail |\n+==========+========+\n| CAGR     | 15.6%  |\n"
        "+----------+--------+\n:::\n"
    )
    assert kinds_and_texts(page) == [
        ("heading", "Bioinks Market"),
        ("para", "Markets desk · May 6"),
        ("para", "Figures from Kelvedon."),
        ("row", "Metric | Detail"),
        ("row", "CAGR | 15.6%"),
    ]


def test_an_ascii_table_reads_its_header_wrapped_over_two_lines_and_one_row_per_line():
    page = (
        "SIZE BY REGION\n\n+---------------+------------+-----------+\n| Region        | 2024 (USD  | CAGR      |\n"
        "|               | billion)   | 2025-2032 |\n+---------------+------------+-----------+\n"
        "| Europe        |    4.6     |   8.6%    |\n| North America |    2.4     |   7.2%    |\n"
        "+---------------+------------+-----------+\n| Total         |    7.0     |   8.1%    |\n"
        "+---------------+------------+-----------+\n"
    )
    assert kinds_and_texts(page)[1:] == [
        ("row", "Region | 2024 (USD billion) | CAGR 2025-2032"),
        ("row", "Europe | 4.6 | 8.6%"),
        ("row", "North America | 2.4 | 7.2%"),
        ("row", "Total | 7.0 | 8.1%"),
    ]


def test_a_grid_boxed_only_around_its_rows_has_no_header():
    page = "+---------+-------+\n| Base year | 2024 |\n| CAGR    | 9.1%  |\n+---------+-------+\n"
    assert kinds_and_texts(page) == [("row", "Base year | 2024"), ("row", "CAGR | 9.1%")]


@pytest.mark.parametrize(
    "page",
    [
        "  By Component\n    o Solutions\n        o All-in-One Modules\n    o Services\n    o 20 ft Containers\n",
        "By Component\n  (a) Solutions\n        (i)  All-in-One Modules\n  (b) Services\n  (c) 20 ft Containers\n",
        "By Component\n  •  Solutions\n       –  All-in-One Modules\n  •  Services\n  •  20 ft Containers\n",
    ],
    ids=["'o' marks, after a line indented as they are", "lettered and roman marks", "bullets and dashes"],
)
def test_plain_texts_list_marks_make_lists_nested_as_indented(page):
    blocks = build_document(page).blocks
    assert [(b.kind, b.text, b.level) for b in blocks[1:]] == [
        ("item", "Solutions", 1),
        ("item", "All-in-One Modules", 2),
        ("item", "Services", 1),
        ("item", "20 ft Containers", 1),
    ]


def test_short_lines_indented_under_a_label_are_its_list():
    page = (
        "Segmentation covered\n\nType:\n    Coagulants & Flocculants\n    Scale Inhibitors\n\n"
        "Contact:\n    Jane Okafor, Editor, The Reefer Letter, Bristol.\n"
    )
    assert kinds_and_texts(page)[1:] == [
        ("para", "Type:"),
        ("item", "Coagulants & Flocculants"),
        ("item", "Scale Inhibitors"),
        ("para", "Contact:"),
        ("para", "Jane Okafor, Editor, The Reefer Letter, Bristol."),  # one line, a sentence: no list
    ]


def test_company_names_indented_under_a_label_are_its_list_though_a_legal_form_ends_them_on_a_period():
    page = (
        "Companies profiled:\n  Akzo Nobel N.V.\n  Nippon Paint Marine Coatings Co., Ltd. (Nippon Paint Holdings)\n"
        "  Kansai Paint Co., Ltd.\n"
    )
    assert [text for kind, text in kinds_and_texts(page) if kind == "item"] == [
        "Akzo Nobel N.V.",
        "Nippon Paint Marine Coatings Co., Ltd. (Nippon Paint Holdings)",
        "Kansai Paint Co., Ltd.",
    ]


def test_a_label_too_long_for_a_dot_leader_is_joined_to_its_value_all_the_same():
    page = (
        "Regions:\n  Asia Pacific ........ China, Japan\n  Middle East & Africa  UAE, Saudi Arabia\n"
        "  North America .. U.S., Canada\n"
    )
    assert kinds_and_texts(page)[1:] == [
        ("item", "Asia Pacific: China, Japan"),
        ("item", "Middle East & Africa: UAE, Saudi Arabia"),
        ("item", "North America: U.S., Canada"),
    ]


def test_marked_items_indented_four_under_a_label_are_its_list_not_its_paragraph():
    page = "  By Motor Type:\n    + Hub Motor\n    + Mid-Drive Motor\n      + Torque-sensing\n\nMore text.\n"
    blocks = build_document(page).blocks
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        ("para", "By Motor Type:", 0),
        ("item", "Hub Motor", 1),
        ("item", "Mid-Drive Motor", 1),
        ("item", "Torque-sensing", 2),
        ("para", "More text.", 0),
    ]
    nested = "- By Type:\n  - Hardware\n  - Software\n"  # CommonMark reads it already: left as written
    assert [(b.kind, b.level) for b in build_document(nested).blocks] == [("item", 1), ("item", 2), ("item", 2)]


def test_names_set_in_two_columns_under_a_label_are_one_item_each():
    page = (
        "  Key players covered in the report:\n\n"
        "    Bafang Electric                    Shimano Inc.\n"
        "    Robert Bosch GmbH                  Yamaha Motor Co., Ltd.\n\n"
        "  A free sample is available on request.\n"
    )
    assert kinds_and_texts(page)[1:] == [
        ("item", "Bafang Electric"),
        ("item", "Shimano Inc."),
        ("item", "Robert Bosch GmbH"),
        ("item", "Yamaha Motor Co., Ltd."),
        ("para", "A free sample is available on request."),
    ]


def test_a_tilde_opens_a_plain_text_list_item():
    page = "By Connectivity:\n  ~ Wi-Fi\n  ~ LoRaWAN / Zigbee\n"
    assert kinds_and_texts(page)[1:] == [("item", "Wi-Fi"), ("item", "LoRaWAN / Zigbee")]


def test_a_text_list_item_left_open_goes_on_to_its_indented_next_line():
    page = "REGIONS\n\n    o Europe (Germany, UK,\n      Ireland)\n    o Asia Pacific\n"
    assert kinds_and_texts(page)[1:] == [("item", "Europe (Germany, UK, Ireland)"), ("item", "Asia Pacific")]


def test_a_table_drawn_in_a_fenced_block_reads_as_a_table():
    page = (
        "Market size by year\n\n```\n+------+----------------------+\n| Year | Market size (USD Mn) |\n"
        "+------+----------------------+\n| 2023 |        412.6         |\n| 2030 |      1,218.4         |\n"
        "+------+----------------------+\n```\n"
    )
    assert kinds_and_texts(page)[1:] == [
        ("row", "Year | Market size (USD Mn)"),
        ("row", "2023 | 412.6"),
        ("row", "2030 | 1,218.4"),
    ]


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        (
            "# Starter Cultures\n\nThe market grows.\n\n**Comments**\n\n*cheesemaker*: Cultures are cheap.\n\n"
            "*DairyEconomist*: our own model has the market at $1.4bn in 2025.\n",
            ["Starter Cultures", "The market grows."],
        ),
        (
            "# Starter Cultures\n\nThe market grows.\n\n## 3 comments\n\nOur model says $1.4bn.\n\n"
            "## About us\n\nA firm.\n",
            ["Starter Cultures", "The market grows.", "About us", "A firm."],
        ),
    ],
    ids=["after a label, to the end", "under a heading, to the next heading"],
)
def test_readers_comments_go(page, kept):
    assert [text for _, text in kinds_and_texts(page)] == kept


def test_an_obsidian_callouts_title_reads_as_its_header():
    page = "# Rail Grinding Machines Market\n\n> [!abstract]- Regions and countries\n> - **Europe**: Germany, UK\n"
    assert kinds_and_texts(page)[1] == ("para", "Regions and countries")


def test_a_box_of_a_firms_other_briefs_goes():
    page = (
        "WIRE ROPE MARKET\n\nThe market grew at a CAGR of 3.9% during 2025-2033.\n\n"
        "OTHER PIRRWICK BRIEFS (separate reports)\n\n"
        "* Synthetic Fiber Rope Market ..... US$ 2.61 Bn (2024), CAGR 5.8%\n"
    )
    assert [text for _, text in kinds_and_texts(page)] == [
        "WIRE ROPE MARKET",
        "The market grew at a CAGR of 3.9% during 2025-2033.",
    ]


def test_a_linked_h1_is_the_sites_name_and_the_posts_market_h2_its_title():
    page = (
        "<html><body><h1><a href='https://briefs.example.com/'>Sundale Hollow Market Briefs</a></h1>"
        "<h2>Other briefs</h2><h2>Garage Door Openers Market: USD 8.97 Billion by 2032</h2>"
        "<p>The market was valued at USD 5.86 billion in 2024.</p></body></html>"
    )
    assert build_document(page).title == "Garage Door Openers Market: USD 8.97 Billion by 2032"


def test_a_notion_toggle_over_indented_content_is_its_heading():
    page = (
        "# Rice Protein Market\n\n"
        "▸ Regional coverage\n\n"
        "    - North America: United States, Canada\n"
        "    - Europe: Germany, France\n\n"
        "▸ Related pages (other Hobbleford reports)\n\n"
        "    - Pea Protein Isolate Market — USD 1.86 billion in 2024, 9.4% CAGR\n"
    )
    assert kinds_and_texts(page) == [
        ("heading", "Rice Protein Market"),
        ("heading", "Regional coverage"),
        ("item", "North America: United States, Canada"),
        ("item", "Europe: Germany, France"),
    ]


def test_a_social_posts_emoji_after_a_short_label_stands_for_a_colon():
    page = "<p>Brands in the report 👑 Kiss Products, Inc., Olive &amp; June</p><p>✅ Market grows</p>"
    assert [text for _, text in kinds_and_texts(page)] == [
        "Brands in the report: Kiss Products, Inc., Olive & June",
        "Market grows",
    ]


def test_a_plain_text_table_of_regions_joins_each_region_to_its_countries():
    page = (
        "GEOGRAPHIC COVERAGE\n\nNorth America              United States, Mexico\n"
        "Europe                     Norway, United Kingdom\n\n"
        "Asia-Pacific                       Europe\nChina, Japan                       Germany, France\n"
    )
    texts = [text for _, text in kinds_and_texts(page)]
    assert texts[1:3] == ["North America: United States, Mexico", "Europe: Norway, United Kingdom"]
    assert not any(text.startswith("Asia-Pacific:") for text in texts)  # two regions side by side


def test_a_markdown_table_drawing_spans_as_blank_cells_repeats_the_cells_above():
    page = (
        "| Dimension | Segment | Sub-segment |\n|---|---|---|\n| Service type | Berthing | Annual Contracts |\n"
        "| | | Transit Berths |\n| | Refit & Repair | — |\n| Vessel size | Under 24 m | — |\n"
    )
    assert kinds_and_texts(page) == [
        ("row", "Dimension | Segment | Sub-segment"),
        ("row", "Service type | Berthing | Annual Contracts"),
        ("row", "Service type | Berthing | Transit Berths"),
        ("row", "Service type | Refit & Repair | —"),
        ("row", "Vessel size | Under 24 m | —"),
    ]


def test_a_hard_wrapped_text_tables_wrapped_cell_goes_on_in_its_row_and_the_next_row_stays_apart():
    prose = (
        "The Canadian plant-based protein market was valued at CAD 4.12 billion in\n"
        "2024 and is expected to grow at a compound annual growth rate of 9.1% over\n"
        "the forecast period, according to a new study from the Prairie Foods Institute\n"
        "that surveyed processors, retailers and food-service operators across the\n"
        "country during the first half of the year, with interviews in every province\n"
        "and territory and a review of import and export records for pea, canola and\n"
        "soy protein ingredients sold into the food and beverage industries, as well as\n"
        "the pet food and animal nutrition sectors where demand has been growing fast.\n\n"
    )
    table = (
        "Region               Provinces / territories\n"
        "-------------------  -------------------------------------------\n"
        "Western Canada       British Columbia, Alberta, Saskatchewan,\n"
        "                     Manitoba\n"
        "Atlantic Canada      Nova Scotia, New Brunswick, Prince Edward\n"
        "                     Island, Newfoundland and Labrador\n"
        "The North            Yukon, Northwest Territories, Nunavut\n"
    )
    rows = [text for kind, text in kinds_and_texts(prose + table) if kind == "row"]
    assert rows == [
        "Region | Provinces / territories",
        "Western Canada | British Columbia, Alberta, Saskatchewan, Manitoba",
        "Atlantic Canada | Nova Scotia, New Brunswick, Prince Edward Island, Newfoundland and Labrador",
        "The North | Yukon, Northwest Territories, Nunavut",
    ]


def test_a_definition_lists_terms_over_several_definitions_head_lists_but_kinds_of_company_head_names():
    page = (
        "<html><body><dl><dt>End user</dt><dd>Women</dd><dd>Men</dd><dt>Channel</dt><dd>Retail<ul><li>Pharmacies"
        "</li></ul></dd><dd>Online</dd></dl><dl><dt>Regional suppliers</dt><dd>Alby Press</dd><dd>Holm Mills</dd>"
        "</dl></body></html>"
    )
    assert [(b.kind, b.text, b.level) for b in build_document(page).blocks] == [
        ("label", "End user", 0),
        ("item", "Women", 1),
        ("item", "Men", 1),
        ("label", "Channel", 0),
        ("item", "Retail", 1),
        ("item", "Pharmacies", 2),
        ("item", "Online", 1),
        ("label", "Regional suppliers", 0),
        ("para", "Alby Press", 0),
        ("para", "Holm Mills", 0),
    ]


def test_a_report_pages_box_headed_at_a_glance_is_kept_but_not_its_more_snapshots_box():
    page = (
        "<html><body><div><aside><h3>At a Glance</h3><p>Report ID: BMI-LS-6150</p></aside>"
        "<p>The market grows.</p><aside><h3>More snapshots from Tidal Notes</h3><p>Shore Power: 9.6% CAGR</p>"
        "</aside></div></body></html>"
    )
    assert [text for _, text in kinds_and_texts(page)] == ["At a Glance", "Report ID: BMI-LS-6150", "The market grows."]


def test_a_wrapped_line_left_open_on_a_bracket_goes_on_past_its_colon():
    page = (
        "# Horse Trailers Market\n\n"
        "The global horse trailers market was valued at USD 1,186.3 million in 2024 and is projected to reach\n"
        "USD 1,784.9 million by 2033, registering a compound annual growth rate (CAGR) of 4.6% over the\n"
        "forecast period 2025 to 2033, according to a new report from Selwynne & Lowe Analytics (Report Code:\n"
        "SLA-AT-0932).\n\n"
        "The study attributes the growth to the spread of amateur show-jumping and endurance events, higher\n"
        "spending on horse welfare during transport, and a steady shift from steel to aluminium frames.\n\n"
        "Asia Pacific is the fastest-growing region and is expected to expand at a CAGR of 5.9% through 2033,\n"
        "helped by a growing racing industry in Australia and new equestrian centres in China and Japan, while\n"
        "North America remains the largest region thanks to its dense network of shows and rodeo events.\n"
    )
    texts = [text for _, text in kinds_and_texts(page)]
    assert texts[1].endswith("(Report Code: SLA-AT-0932).")


def test_two_key_value_pairs_side_by_side_in_a_text_snapshot_are_two_lines():
    page = "KEY FACTS\nValue (2033) | EUR 5.02 bn      CAGR 2025-2033 | 4.96 %\nBase year | 2024\n"
    texts = [text for _, text in kinds_and_texts(page)]
    assert "Value (2033) | EUR 5.02 bn" in texts and "CAGR 2025-2033 | 4.96 %" in texts


def test_a_numbered_line_in_capitals_over_text_is_a_heading_but_a_lists_item_in_capitals_stays_an_item():
    page = (
        "03. SCAFFOLDING MARKET REGIONAL OUTLOOK\nNorth America (United States, Canada)\n\n"
        "1. Knauf Insulation GmbH\n\n2. ROCKWOOL A/S\n"
    )
    assert kinds_and_texts(page)[:2] == [
        ("heading", "SCAFFOLDING MARKET REGIONAL OUTLOOK"),
        ("para", "North America (United States, Canada)"),
    ]
    assert [kind for kind, _ in kinds_and_texts(page)[2:]] == ["item", "item"]


def test_a_menu_entry_named_like_a_related_box_heads_no_box():
    page = (
        "Skarth Newswire\nHome\nLatest Releases\nIndustries\n\n"
        "Fuel Additives Market to Reach USD 9.82 Billion by 2031\n\n"
        "The global fuel additives market was valued at USD 7.31 billion in 2024.\n"
    )
    texts = [text for _, text in kinds_and_texts(page)]
    assert "The global fuel additives market was valued at USD 7.31 billion in 2024." in texts


def test_a_link_to_the_reports_contents_heads_no_box():
    page = (
        "Geosynthetics Market to Touch USD 27.84 Billion by 2032\n\n"
        "Full Table of Contents @: https://example-insights.com/reports/6218/geosynthetics-market/\n\n"
        "Who Leads the Geosynthetics Market\n\n"
        "Companies profiled in the Geosynthetics Market report include TenCate, Solmax and NAUE.\n"
    )
    texts = [text for _, text in kinds_and_texts(page)]
    assert "Companies profiled in the Geosynthetics Market report include TenCate, Solmax and NAUE." in texts


def test_a_text_tables_row_running_on_over_bar_led_lines_is_one_row():
    page = (
        "SEGMENTATION\n\n"
        "By Product          | Soldering Stations | Soldering Irons\n"
        "                    | Reflow Ovens\n"
        "By End-Use Industry | Consumer Electronics | Automotive\n"
        "                 | Medical Devices | Others\n"
    )
    assert [text for _, text in kinds_and_texts(page)][1:] == [
        "By Product | Soldering Stations | Soldering Irons | Reflow Ovens",
        "By End-Use Industry | Consumer Electronics | Automotive | Medical Devices | Others",
    ]
    table = "| Region | Share |\n|---|---|\n| Europe | 18.2% |\n"
    assert [text for _, text in kinds_and_texts(table)] == ["Region | Share", "Europe | 18.2%"]  # rows stay rows


def test_a_by_key_glued_to_its_items_in_a_cell_or_a_line_is_parted_by_a_colon():
    page = "<table><tr><td>By Draw WeightBelow 150 lbs, Above 175 lbs</td></tr></table><p>By TypeRecurve, Compound</p>"
    assert [text for _, text in kinds_and_texts(page)] == [
        "By Draw Weight: Below 150 lbs, Above 175 lbs",
        "By Type: Recurve, Compound",
    ]
    assert [text for _, text in kinds_and_texts("<p>By Region North America</p>")] == ["By Region North America"]


def test_a_look_alike_letter_written_as_an_entity_is_folded_once_decoded():
    page = "<p>The Natural Bars segment is anticipated to witness a C&#1040;GR of 6.8&#37; from 2025 to 2032.</p>"
    assert [text for _, text in kinds_and_texts(page)] == [
        "The Natural Bars segment is anticipated to witness a CAGR of 6.8% from 2025 to 2032."
    ]


def test_a_plain_text_heading_over_indented_lines_heads_their_list_but_a_run_going_on_or_code_does_not():
    page = (
        "Type Outlook (Revenue, USD Million, 2019 - 2032)\n"
        "  Gold Bonding Wire\n  Copper Bonding Wire\n  Silver Bonding Wire\n\n"
        "COMPANIES COVERED\n"
        "  Stratasys Ltd., 3D Systems Corporation,\n  Formlabs Inc., Carbon, Inc.,\n  SprintRay Inc.\n"
    )
    assert kinds_and_texts(page) == [
        ("para", "Type Outlook (Revenue, USD Million, 2019 - 2032)"),
        ("item", "Gold Bonding Wire"),
        ("item", "Copper Bonding Wire"),
        ("item", "Silver Bonding Wire"),
        ("label", "COMPANIES COVERED"),
        ("para", "Stratasys Ltd., 3D Systems Corporation,"),  # a run going on over lines, read as one by its section
        ("para", "Formlabs Inc., Carbon, Inc.,"),
        ("para", "SprintRay Inc."),
    ]
    code = (
        "export default function Report() {\n  const [tab, setTab] = useState('a');\n  const [f, setF] = useState(0);\n"
    )
    assert all(kind == "para" for kind, _ in kinds_and_texts(code))


def test_a_key_companies_profiled_key_glued_to_its_names_is_parted_by_a_colon():
    page = "<p>Key companies profiledHeraeus Holding GmbH; Tanaka Kikinzoku Kogyo K.K.</p>"
    assert [text for _, text in kinds_and_texts(page)] == [
        "Key companies profiled: Heraeus Holding GmbH; Tanaka Kikinzoku Kogyo K.K."
    ]


def test_a_cards_glued_name_and_lines_are_parted():
    page = (
        "<html><body><h2>Company Profiles</h2>"
        "<div class='co'><b>Kestel Robotics Corporation</b><span>HQ: Oshino, Japan</span>"
        "<span>FY2024 revenue: JPY 797.1 billion</span></div>"
        "<div class='co'><b>Arnhem Weld Ltd.</b><span>HQ: Zurich, Switzerland</span><span>Arc cells</span></div>"
        "<p><span>Base Year</span><span>2024</span></p></body></html>"
    )
    assert kinds_and_texts(page)[1:] == [
        ("para", "Kestel Robotics Corporation · HQ: Oshino, Japan · FY2024 revenue: JPY 797.1 billion"),
        ("para", "Arnhem Weld Ltd. · HQ: Zurich, Switzerland · Arc cells"),
        ("para", "Base Year2024"),  # two glued spans are a key and its value, read as such further on
    ]


def test_a_cards_bold_name_glued_to_its_line_or_its_fine_print_is_parted():
    page = (
        "<html><body><h2>Companies</h2><div class='co'><b>Coolit Pumps Inc.</b>Calgary, Canada · est. 2001</div>"
        "<div class='co'><strong>Ecovale LLC</strong><small>HQ: Green Island, USA · Founded: 2007</small></div>"
        "<p><b>Note</b>s follow.</p></body></html>"
    )
    assert kinds_and_texts(page)[1:] == [
        ("para", "Coolit Pumps Inc.: Calgary, Canada · est. 2001"),
        ("para", "Ecovale LLC · HQ: Green Island, USA · Founded: 2007"),
        ("para", "Notes follow."),  # a bold part of a word glues on in lower case
    ]


def test_tabs_linking_to_other_pages_are_a_menu_that_opens_no_related_box():
    # "Table of Contents" among the tabs would otherwise head a box and drop the release's lines naming a market
    page = (
        '<html><body><h1>Cider Market Worth $4 Billion by 2032</h1><div role="tablist">'
        '<button role="tab">Press Release</button><a role="tab" href="/toc">Table of Contents</a>'
        '<a role="tab" href="/method">Methodology</a></div><p>The cider market was valued at $2 billion.</p>'
        "<p>Growth will be front-loaded.</p></body></html>"
    )
    assert kinds_and_texts(page) == [
        ("heading", "Cider Market Worth $4 Billion by 2032"),
        ("para", "Press Release"),
        ("para", "The cider market was valued at $2 billion."),
        ("para", "Growth will be front-loaded."),
    ]


def test_a_text_snapshots_regions_glued_to_their_countries_two_a_line_are_parted():
    page = (
        "Regional Outlook\n\nNorth AmericaU.S., Canada    EuropeGermany, France\nMiddle East & AfricaUAE, Qatar\n\n"
        "ASIAWIRE NEWS carries it.\n"
    )
    assert kinds_and_texts(page) == [
        ("para", "Regional Outlook"),
        ("para", "North America: U.S., Canada"),
        ("para", "Europe: Germany, France"),
        ("para", "Middle East & Africa: UAE, Qatar"),
        ("para", "ASIAWIRE NEWS carries it."),  # a region's name in capitals before a capital is no glued one
    ]


def test_a_box_whose_accessible_name_says_it_asks_for_cookie_consent_is_boilerplate():
    page = (
        '<html><body><div class="cc-window" role="region" aria-label="cookieconsent"><span>By continuing to '
        "browse, you accept the use of cookies.</span></div><h1>Freshland Cider Market</h1><p>The market grew.</p>"
        '<div class="gdpr">We value your privacy. Accept</div></body></html>'
    )
    assert [text for _, text in kinds_and_texts(page)] == ["Freshland Cider Market", "The market grew."]


def test_a_bold_subject_before_its_verb_is_no_label():
    page = (
        "<html><body><ul><li><b>Component:</b> Hardware, Software, Services</li><li><b>Services</b> are further "
        "divided into Consulting, Installation, and Support</li></ul></body></html>"
    )
    assert kinds_and_texts(page) == [
        ("item", "Component: Hardware, Software, Services"),
        ("item", "Services are further divided into Consulting, Installation, and Support"),
    ]


def test_a_menu_line_over_the_headline_is_not_the_title():
    page = (
        "Lagos Market Lens | [Reports](https://lml.example/reports) | [Insights](https://lml.example/insights) | "
        "[About](https://lml.example/about)\n\n---\n\n## Nigeria Poultry Feed Market Report 2025–2030\n\n"
        "**Lagos, 19 August 2025** | Report Code: LML/AGR/25/019\n"
    )
    assert build_document(page).title == "Nigeria Poultry Feed Market Report 2025–2030"
