"""parse_release never raises: whatever the bytes, it returns facts or a reason."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.parse import parse_release
from pipelines.parse.decode import MAX_PAGE_BYTES
from pipelines.records import ParseFailure, ReleaseFacts

# Fragments that steer generated pages into the parser's deeper paths.
FRAGMENTS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<ul><li>",
        "</li></ul>",
        "<h1>",
        "</h1>",
        "<table><tr><td>",
        "</td><td>",
        "---\n",
        "title: x\n",
        "Market",
        " by Type ",
        "(",
        ")",
        "{",
        "}",
        ",",
        " CAGR of ",
        "12.5%",
        " USD 1.2 billion ",
        " 2024-2030 ",
        "\n\n",
        "Key Players: ",
        "Lonza, Inc.",
        " and Others…",
        "North America:",
        "&amp;",
        "Маrkеt",
        "**",
        ":",
        "|",
    ]
)
PAGES = st.lists(st.one_of(FRAGMENTS, st.text(max_size=20)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(PAGES)
def test_text_pages_never_crash_the_parser(page):
    assert isinstance(parse_release(page), ReleaseFacts | ParseFailure)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_byte_pages_never_crash_the_parser(body):
    assert isinstance(parse_release(body), ReleaseFacts | ParseFailure)


def test_oversized_page_is_refused_before_parsing():
    outcome = parse_release(b"<p>Silanes Market</p>" * (MAX_PAGE_BYTES // 10))
    assert isinstance(outcome, ParseFailure) and outcome.reason.startswith("page too large")
