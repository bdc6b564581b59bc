"""Releases kept as records: front matter (YAML, TOML), whole YAML or JSON records, feed items."""

import json

import pytest

from pipelines.parse import parse_release
from pipelines.parse.blocks import build_document
from pipelines.parse.cards import read_card

BODY = "The global e-methanol market is forecast to grow at a CAGR of 26.2% during 2025-2032."

CARDS = [
    (
        f'+++\ntitle = "E-Methanol Market Outlook"\nsource_url = "https://wire.example.com/e-methanol"\n'
        f'date = 2025-07-17\ntags = ["energy"]\n+++\n\n{BODY}\n',
        {"title": "E-Methanol Market Outlook", "canonical": "https://wire.example.com/e-methanol"},
        "Hugo's TOML front matter between +++ lines",
    ),
    (
        json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "E-Methanol Market Outlook",
                "url": "https://ledger.example.com/e-methanol",
                "datePublished": "2025-05-20T09:30:00+00:00",
                "articleBody": BODY,
            }
        ),
        {"title": "E-Methanol Market Outlook", "canonical": "https://ledger.example.com/e-methanol"},
        "a JSON-LD NewsArticle dump: headline, url, articleBody",
    ),
    (
        "<item><title>E-Methanol Market Outlook</title><link>https://digest.example.com/e-methanol</link>"
        '<media:content url="https://digest.example.com/a.jpg" medium="image"/>'
        "<pubDate>Tue, 12 Aug 2025 11:05:43 +0000</pubDate>"
        f"<description>&lt;p&gt;{BODY}&lt;/p&gt;</description></item>",
        {"title": "E-Methanol Market Outlook", "canonical": "https://digest.example.com/e-methanol"},
        "an RSS item saved alone: its description carries escaped HTML, an empty <media:content> is no body",
    ),
    (
        "# _data/wire/e-methanol.yml\nid: pnr-0147\ntitle: E-Methanol Market Outlook\n"
        f"originalUrl: https://drift.example.com/e-methanol\nbody: |\n  {BODY}\n",
        {"title": "E-Methanol Market Outlook", "canonical": "https://drift.example.com/e-methanol"},
        "a static site's YAML data file: a title and a body field",
    ),
    (
        json.dumps(
            {
                "title": "E-Methanol Market Outlook",
                "url": "https://feeds.example.com/e-methanol",
                "published_at": "2025-08-05T13:42:11Z",
                "source": {"name": "Feeds", "domain": "feeds.example.com"},
                "body_text": f"LONDON, Aug. 5, 2025 -- {BODY}\n\nReport ID: EM-1",
            }
        ),
        {"title": "E-Methanol Market Outlook", "canonical": "https://feeds.example.com/e-methanol"},
        "a news API's record: its body in 'body_text'",
    ),
    (
        "---\ntitle: 'Trh e-metanolu poroste'\noriginal_title: E-Methanol Market Outlook\n---\n" + BODY,
        {"title": "E-Methanol Market Outlook"},
        "a translated card: the release's own title is its title",
    ),
]


@pytest.mark.parametrize(("text", "meta", "why"), CARDS, ids=[c[2] for c in CARDS])
def test_records_give_their_metadata_and_their_body_is_read(text, meta, why):
    card = read_card(text)
    assert card is not None and {key: card.meta[key] for key in meta} == meta
    facts = parse_release(text)
    assert (facts.market, [(c.value_pct, c.start, c.end) for c in facts.cagrs]) == ("E-Methanol", [(26.2, 2025, 2032)])


@pytest.mark.parametrize(
    "text",
    ["# E-Methanol Market\n\nKey Players: Acme, Beta\n", "<html><body><p>x</p></body></html>", "Title: no body\n"],
    ids=["a Markdown page", "an HTML page", "a 'key: value' line with no record around it"],
)
def test_ordinary_pages_are_no_records(text):
    assert read_card(text) is None


def test_a_cards_fact_fields_read_as_labelled_lists_and_lines():
    card = (
        "---\ntitle: Blister Packaging Market to Reach USD 48.7 Billion by 2033\nlayout: news\n"
        "research_firm: Eldwick Research\nreport_url: https://www.eldwickresearch.com/reports/blister-ER-6120\n"
        "cagr: 8.1% (2025-2033)\nkey_companies:\n  - Amcor plc\n  - Tekni-Plex, Inc.\n"
        "segments_by_type: [Thermoformed Blisters, Cold-Formed Blisters]\n"
        "regions:\n  North America: [U.S., Canada]\n  Europe: [Germany, France]\n"
        "tags: [packaging, pharma]\n---\n\nThe blister packaging market keeps growing.\n"
    )
    texts = [block.text for block in build_document(card).blocks]
    assert texts[:10] == [
        "Blister Packaging Market to Reach USD 48.7 Billion by 2033",
        "Report url: https://www.eldwickresearch.com/reports/blister-ER-6120",
        "Cagr: 8.1% (2025-2033)",
        "Key companies",
        "Amcor plc",
        "Tekni-Plex, Inc.",
        "Segments by type",
        "Thermoformed Blisters",
        "Cold-Formed Blisters",
        "Regions",
    ]
    assert "packaging" not in texts and "news" not in " ".join(texts)  # a site's tags and layout are not facts
    facts = parse_release(card)
    assert facts.research_firm == "eldwickresearch.com"  # the card's firm, given as the site the card links to
    assert [p.name for p in facts.players] == ["Amcor plc", "Tekni-Plex, Inc."]
    assert [(s.dimension, s.label) for s in facts.segments] == [
        ("type", "Thermoformed Blisters"),
        ("type", "Cold-Formed Blisters"),
    ]
    assert [(r.region, r.countries) for r in facts.regions] == [
        ("North America", ("U.S.", "Canada")),
        ("Europe", ("Germany", "France")),
    ]


def test_a_cards_headline_lists_the_key_players_after_its_noun():
    card = (
        "---\n"
        'title: "Speech Analytics Market Growing at a CAGR 21.4% | Key Player Nuance, Verint, NICE, Genesys"\n'
        "date: 2024-03-02\n"
        "---\n"
        "Orrinford Research expects the speech analytics market to grow from USD 2.1 billion in 2024.\n"
    )
    facts = parse_release(card)
    assert [p.name for p in facts.players] == ["Nuance", "Verint", "NICE", "Genesys"]


def test_a_news_apis_cut_mark_is_no_part_of_the_last_name():
    record = json.dumps(
        {
            "title": "TPMS Market to Reach USD 11.2 Billion by 2032",
            "url": "https://motorwire.example.com/tpms",
            "content": "Key players include Continental AG, Sensata Technologies and ZF Friedri… [+2311 chars]",
        }
    )
    assert read_card(record).body == "Key players include Continental AG, Sensata Technologies and ZF Friedri"


def test_a_feed_items_teaser_is_read_before_its_full_text():
    item = (
        "<rss><channel><item><title>Baggage Handling Systems Market</title>"
        "<description>&lt;p&gt;The market will reach USD 16.85 billion by 2034, at a 6.4% CAGR over "
        "2025-2034.&lt;/p&gt;</description><content:encoded>&lt;p&gt;The market is projected to grow at a "
        "CAGR of 6.2% from 2025 to 2034.&lt;/p&gt;</content:encoded></item></channel></rss>"
    )
    assert sorted(c.value_pct for c in parse_release(item).cagrs) == [6.2, 6.4]  # a contradiction stays two


def test_a_briefs_source_firm_field_credits_the_firm_and_its_more_briefs_are_no_part_of_it():
    card = (
        "---\ntitle: Automotive Aluminium Extrusion Market to reach EUR 11.37 billion by 2032\n"
        "canonical_url: https://eurobenchbrief.com/briefs/2025/05/extrusion\n"
        "source_firm: Lindqvist & Aho Marktanalyse\n---\n\n"
        "# Automotive Aluminium Extrusion Market to reach EUR 11.37 billion by 2032\n\n"
        "The automotive aluminium extrusion market was worth EUR 6.84 billion in 2024 and is set to grow at a CAGR "
        "of 6.6% from 2025 to 2032.\n\n**More briefs**\n\n"
        "- [Tyre recycling in the EU grows 5.4% a year to 2031](https://eurobenchbrief.com/briefs/tyres)\n"
    )
    facts = parse_release(card)
    assert facts.research_firm == "Lindqvist & Aho Marktanalyse"
    assert [(c.value_pct, c.start, c.end) for c in facts.cagrs] == [(6.6, 2025, 2032)]


def test_a_citation_item_with_an_abstract_and_a_note_of_several_lines_is_a_record():
    item = {
        "type": "report",
        "title": "Gas-Insulated Switchgear Market Size and Trends Report, 2025-2032",
        "number": "HFR-EP-2147",
        "URL": "https://www.harlowfenresearch.com/reports/gis-market/",
        "abstract": "The global gas-insulated switchgear market was valued at USD 24.6 billion in 2024.",
        "note": "Segmentation covered\nBy Voltage: Medium Voltage; High Voltage\n\nKey companies profiled: "
        "Hitachi Energy Ltd.; Siemens Energy AG; GE Vernova.",
    }
    facts = parse_release(json.dumps([item]))
    assert facts.report_id == "HFR-EP-2147"
    assert [(s.dimension, s.label) for s in facts.segments] == [
        ("type", "Medium Voltage"),
        ("type", "High Voltage"),
    ]
    assert [p.name for p in facts.players] == ["Hitachi Energy Ltd.", "Siemens Energy AG", "GE Vernova"]


def test_a_cms_cards_body_of_blocks_is_read_as_its_paragraphs_headings_and_lists():
    card = {
        "title": "Synthetic Data Generation Market Forecast 2025-2030: 34.1% CAGR Expected",
        "url": "https://www.marketnewsloop.com/news/synthetic-data",
        "body": [
            {
                "type": "paragraph",
                "text": "The market will rise from USD 0.98 billion in 2024 to USD 5.76 billion by 2030.",
            },
            {"type": "heading", "text": "Report segmentation"},
            {"type": "list", "title": "By Data Type", "items": ["Tabular Data", "Text Data"]},
        ],
    }
    document = build_document(json.dumps(card))
    assert [b.text for b in document.blocks][1:] == [
        "The market will rise from USD 0.98 billion in 2024 to USD 5.76 billion by 2030.",
        "Report segmentation",
        "By Data Type: Tabular Data, Text Data",
    ]


def test_an_endnote_xml_record_is_read_by_its_fields():
    def field(tag: str, value: str) -> str:
        return f'<{tag}><style face="normal">{value}</style></{tag}>'

    record = (
        '<?xml version="1.0" encoding="UTF-8" ?><xml><records><record>'
        f"<titles>{field('title', 'Rare Earth Permanent Magnets Market Report 2025-2033')}</titles>"
        f"{field('publisher', 'Wystan Moor Research')}"
        f"<urls><related-urls>{field('url', 'https://www.wystanmoorresearch.com/reports/rare-earth-magnets')}"
        "</related-urls></urls>"
        f"{field('abstract', 'The global rare earth permanent magnets market reached USD 18.9 billion in 2024.')}"
        "</record></records></xml>"
    )
    facts = parse_release(record)
    assert (facts.market, facts.publisher) == ("Rare Earth Permanent Magnets", "wystanmoorresearch.com")
    assert [(s.value, s.year) for s in facts.market_sizes] == [(18.9, 2024)]
    assert read_card('<?xml version="1.0"?><html><body><p>An XHTML page</p></body></html>') is None


def test_an_apis_wrapped_record_with_a_jats_abstract_is_read():
    work = {
        "status": "ok",
        "message": {
            "title": ["Vital Wheat Gluten Market Report 2025-2031"],
            "URL": "https://www.agrocommoditybrief.com/vital-wheat-gluten",
            "abstract": "<jats:title>Abstract</jats:title><jats:p>The vital wheat gluten market was USD 2.4 billion "
            "in 2024.</jats:p><jats:p>Key players profiled: Cargill, Incorporated; Tereos S.A.; Manildra Group."
            "</jats:p>",
        },
    }
    facts = parse_release(json.dumps(work))
    assert [(s.value, s.year) for s in facts.market_sizes] == [(2.4, 2024)]
    assert [p.name for p in facts.players] == ["Cargill, Incorporated", "Tereos S.A.", "Manildra Group"]


def test_a_references_files_first_record_with_an_abstract_is_read():
    references = (
        "# docs/_data/references.yml\n"
        "- id: ketterby-2025\n"
        "  title: 'Marine Loading Arms Market Size, Share & Trends, 2025-2033'\n"
        "  url: https://www.portsideindustrynews.com/markets/marine-loading-arms/\n"
        "  report-code: KBR-OG-1183\n"
        "  abstract: The global marine loading arms market was valued at USD 642.5 million in 2024.\n"
        "  key-players:\n    - TechnipFMC plc\n    - SVT GmbH\n"
        "- id: other-2024\n  title: An unrelated handbook\n"
    )
    facts = parse_release(references)
    assert (facts.market, facts.publisher, facts.report_id) == (
        "Marine Loading Arms",
        "portsideindustrynews.com",
        "KBR-OG-1183",
    )
    assert [p.name for p in facts.players] == ["TechnipFMC plc", "SVT GmbH"]


def test_a_cards_list_of_named_regions_each_with_its_countries():
    card = (
        "---\ntitle: Biochar Market Outlook 2025-2034\nmarket: Biochar\nmarket_size_2024: USD 612.8 million\n"
        "regions:\n  - name: North America\n    countries: [United States, Canada]\n"
        "  - name: Middle East & Africa\n    countries: []\n"
        "related_cards:\n  - title: Activated Carbon Market\n    size: USD 6.9 billion (2024)\n---\n\n"
        "Fieldnote values the biochar market at USD 612.8 million in 2024.\n"
    )
    release = parse_release(card)
    assert [(r.region, r.countries) for r in release.regions] == [
        ("North America", ("United States", "Canada")),
        ("Middle East & Africa", ()),
    ]
