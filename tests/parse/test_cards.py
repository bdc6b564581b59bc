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
