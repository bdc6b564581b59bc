"""Pages saved from script-rendered sites: the release their data carries, read where the visible page is a shell."""

import json
from html import escape

import pytest

from pipelines.parse import parse_release
from pipelines.parse.blocks import build_document
from pipelines.parse.embedded import embedded_html

REPORT = {
    "props": {
        "pageProps": {
            "report": {
                "id": "CR-SEC-4471",
                "title": "Cargo Container Scanning Systems Market Size, Share & Forecast Report 2025-2033",
                "summaryHtml": "<p>The global cargo container scanning systems market was valued at USD 2.84 billion "
                "in 2024 and is forecast to reach USD 5.48 billion by 2033, expanding at a CAGR of 7.6% from 2025 "
                "to 2033.</p>",
                "segments": [
                    {"dimension": "By Technology", "items": ["X-ray Scanning", "Gamma-ray Scanning"]},
                    {"dimension": "By Application", "items": ["Seaports", "Rail Terminals"]},
                ],
                "regions": [{"name": "North America", "countries": ["U.S.", "Canada"]}],
                "keyPlayers": ["Smiths Detection Group Ltd.", "Leidos Holdings, Inc."],
            }
        }
    }
}


def shell(data_script: str) -> str:
    return (
        "<html><head><title>Loading…</title></head><body><div id='__next'><div class='skeleton'></div></div>"
        f"{data_script}</body></html>"
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('{"label": "Market size (2024)", "value": "USD 2.84 billion"}', "<p>Market size (2024): USD 2.84 billion</p>"),
        ('{"dimension": "By Mobility", "items": ["Fixed", "Mobile"]}', "<p>By Mobility: Fixed, Mobile</p>"),
        ('{"keyPlayers": ["Nanit", "Owlet"]}', "<h4>Key players</h4><ul><li>Nanit</li><li>Owlet</li></ul>"),
        ('{"forecastPeriod": "2025-2033", "slug": "x-market"}', "<p>Forecast period: 2025-2033</p>"),
        (
            "var reportData = { segmentation: [ { by: 'By Type', items: ['Cube Ice', 'Flake Ice'] } ] };",
            "<h4>Segmentation</h4>\n<p>By Type: Cube Ice, Flake Ice</p>",
        ),
        (
            "var r = { summary: '<p>The market was valued at USD 5.27 billion in 2024.</p>' + '<p>It grows.</p>' };",
            "<p>The market was valued at USD 5.27 billion in 2024.</p>\n<p>It grows.</p>",
        ),
        ('window.__NUXT__={body:"The market \\u002F industry was valued at USD 1.1 billion in 2024."}', None),
    ],
    ids=[
        "a label and its value: one line",
        "a dimension and its items: one line",
        "a list of names under its key's words",
        "a short text under its key's words, a slug none",
        "an object literal's labelled list under its list's key",
        "an object literal's markup, each concatenated piece",
        "an escaped long text in a script",
    ],
)
def test_data_as_html(source, expected):
    rendered = embedded_html([source])
    if expected is None:
        assert rendered == "<p>The market / industry was valued at USD 1.1 billion in 2024.</p>"
    else:
        assert rendered == expected


def test_a_next_js_shell_gives_the_release_its_data_carries():
    page = shell(f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(REPORT)}</script>')
    facts = parse_release(page)
    assert facts.market == "Cargo Container Scanning Systems"
    assert [(c.value_pct, c.start, c.end) for c in facts.cagrs] == [(7.6, 2025, 2033)]
    assert [(s.value, s.year) for s in facts.market_sizes] == [(2.84, 2024), (5.48, 2033)]
    assert [(s.dimension, s.label) for s in facts.segments] == [
        ("type", "X-ray Scanning"),
        ("type", "Gamma-ray Scanning"),
        ("application", "Seaports"),
        ("application", "Rail Terminals"),
    ]
    assert [(r.region, r.countries) for r in facts.regions] == [("North America", ("U.S.", "Canada"))]
    assert [p.name for p in facts.players] == ["Smiths Detection Group Ltd.", "Leidos Holdings, Inc."]


def test_noscript_and_template_markup_and_a_components_props_are_read_in_a_shell():
    release = "<h1>Hearing Loop Systems Market</h1><p>The market was valued at USD 318.7 million in 2024.</p>"
    related = (
        "<template><section class='related'><p>Other Market reached USD 9.9 billion in 2024.</p></section></template>"
    )
    for page in (
        shell(f"<noscript>{release}</noscript>"),
        shell(f"<template id='ssr'>{release}{related}</template>"),
        shell(f'<div data-props="{escape(json.dumps({"bodyHtml": release}))}"></div>'),
    ):
        assert [(s.value, s.year) for s in parse_release(page).market_sizes] == [(318.7, 2024)]


def test_a_complete_visible_page_ignores_its_scripts_data():
    words = " ".join(["The study tracks demand across hospitals and clinics."] * 20)
    page = (
        "<html><body><h1>Electronic Stethoscopes Market</h1><p>The market was valued at USD 512.4 million in 2024. "
        f"{words}</p><script type='application/json'>"
        '{"related": [{"summary": "The smart glass market was valued at USD 9.9 billion in 2024 by other firms."}]}'
        "</script></body></html>"
    )
    assert [s.value for s in parse_release(page).market_sizes] == [512.4]
    assert "smart glass" not in " ".join(b.text for b in build_document(page).blocks)


def test_a_client_templates_placeholders_say_nothing():
    page = (
        "<html><body><h1>Ice Machines Market</h1><ul><li>{{ c }}</li></ul>"
        "<p>Licence: {{ report.price }}</p></body></html>"
    )
    assert [(b.kind, b.text) for b in build_document(page).blocks] == [
        ("heading", "Ice Machines Market"),
        ("para", "Licence:"),
    ]
