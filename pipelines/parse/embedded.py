"""The release a script-rendered page carries in its data, for pages saved without running their scripts.

A Next.js, Nuxt, Angular or Vue page saved as served shows a loading shell; its release sits in a
`<noscript>` or `<template>` block, in JSON (`__NEXT_DATA__`, `ng-state`, JSON-LD, a component's
`data-props`) or in a script's object literal. ``embedded_sources`` keeps those before boilerplate
goes, and ``embedded_html`` renders them as HTML, read only where the visible page says little.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import escape

from lxml import etree

# A component's props (Astro, Inertia, headless CMSs), found in one pass.
_DATA_ATTRIBUTES = etree.XPath("//@data-props | //@props | //@data-page | //@data-state")
_HTML_TAG = re.compile(r"<(?:p|h[1-6]|ul|ol|li|table|div|strong|br)\b", re.I)
# A script's quoted strings: "...", '...' or `...`, escapes kept for decoding.
_STRING_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"|\'((?:[^\'\\\n]|\\.)*)\'|`((?:[^`\\]|\\.)*)`')
# `by: 'By Type', items: ['A', 'B']`, `companies: ['A', 'B']`: a label (or a key) over a list of names.
_LABELLED_LIST = re.compile(
    r"(?:(?P<key>\w+)\s*:\s*)?(?:['\"](?P<label>[^'\"\n]{1,60})['\"]\s*,\s*\w+\s*:\s*)?"
    r"\[\s*(?P<items>(?:['\"][^'\"\n]{1,80}['\"]\s*,\s*)*['\"][^'\"\n]{1,80}['\"])\s*,?\s*\]"
)
_LIST_OF_RECORDS = re.compile(r"(\w+)\s*:\s*\[\s*\{")
_QUOTED = re.compile(r"['\"]([^'\"\n]{1,80})['\"]")
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_ESCAPES = {"n": "\n", "t": " ", "r": ""}
_WORD_BREAK = re.compile(r"[_\-]+|(?<=[a-z])(?=[A-Z])")
# Keys whose values are a page's machinery, never its words: ids, addresses, a block's type marker.
_TECHNICAL_KEYS = frozenset(
    {"id", "slug", "url", "href", "src", "image", "layout", "__typename", "@type", "@context", "@id", "template"}
    | {"type", "_type", "kind", "style", "$schema"}
)
_TEXT_KEYS = frozenset({"text", "content", "value", "body"})
_LONG_TEXT_WORDS = 8
# Keys that name what the other value of a two-key record is: {"label": "CAGR", "value": "7.6%"}.
_LABEL_KEYS = frozenset(
    {"label", "name", "title", "key", "metric", "dimension", "by", "region", "segment", "heading", "category"}
)


def embedded_sources(root: etree._Element) -> list[str]:
    """The markup, JSON and script text a page's scripts render from, read before boilerplate is dropped."""
    sources = []
    for element in root.iter("noscript", "template", "script"):
        if element.tag == "script":
            if not element.get("src") and element.text:
                sources.append(element.text)
        elif next(element.iterancestors("template", "noscript"), None) is None:  # a nested one is part of its own
            sources.append(_inner_html(element))
    sources.extend(value for value in _DATA_ATTRIBUTES(root) if value.lstrip()[:1] in "{[")
    return sources


def embedded_html(sources: list[str]) -> str:
    """The sources as HTML: markup as it is, JSON and object literals as paragraphs, labelled lists and lines."""
    parts: list[str] = []
    for source in sources:
        text = source.strip()
        if text.startswith("<"):
            parts.append(text)
            continue
        try:
            parts.append(data_as_html(json.loads(text)))
        except ValueError:
            parts.extend(_script_parts(text))
    return "\n".join(parts)


def data_as_html(value: object) -> str:
    """Parsed JSON (a page's state, a card's block-structured body) as HTML."""
    return "\n".join(_rendered(value))


def _inner_html(element: etree._Element) -> str:
    inner = [escape(element.text or "")]
    inner.extend(etree.tostring(child, encoding="unicode", method="html") for child in element)
    return "".join(inner)


def _rendered(value: object, key: str = "") -> Iterator[str]:
    """JSON as HTML: text as paragraphs (or as markup, when it is), a list of names under its key's words as a
    heading, {"dimension": "By Type", "items": [...]} and {"label": "CAGR", "value": "7.6%"} as one line each."""
    if isinstance(value, str):
        yield from _text(value, key)
    elif isinstance(value, list):
        if value and all(isinstance(item, str) and len(item.split()) < _LONG_TEXT_WORDS for item in value):
            yield _named_list(key, value)
            return
        if key and value and all(isinstance(item, dict) for item in value):  # "regions": [{...}, {...}]
            yield _heading(key)
        for item in value:
            yield from _rendered(item, key)
    elif isinstance(value, dict):
        fields = {name: item for name, item in value.items() if name not in _TECHNICAL_KEYS}
        line = _one_line(fields)
        if line:
            yield f"<p>{escape(line)}</p>"
            return
        for name, item in fields.items():
            yield from _rendered(item, name)


def _text(value: str, key: str) -> Iterator[str]:
    if _HTML_TAG.search(value):
        yield value
    elif len(value.split()) >= _LONG_TEXT_WORDS:
        yield from (f"<p>{escape(line)}</p>" for line in value.splitlines() if line.strip())
    elif key in _TEXT_KEYS:  # a block's own text: {"type": "heading", "text": "Report segmentation"}
        yield f"<p>{escape(value)}</p>"
    elif key and value.strip() and not value.startswith(("http", "/")):
        yield f"<p>{escape(humanised(key))}: {escape(value)}</p>"


def _one_line(value: dict) -> str | None:
    """ "By Technology: X-ray, Gamma-ray" from a dimension and its items, "Market size (2024): USD 2.84 billion"
    from a label and its value."""
    if len(value) != 2 or next(iter(value)) not in _LABEL_KEYS:
        return None
    label, other = value.values()
    if not isinstance(label, str) or len(label.split()) >= _LONG_TEXT_WORDS:
        return None
    if isinstance(other, list) and other and all(isinstance(item, str) for item in other):
        return f"{label}: {', '.join(other)}"
    if (
        isinstance(other, (str, int, float))
        and not isinstance(other, bool)
        and len(str(other).split()) < _LONG_TEXT_WORDS
    ):
        return f"{label}: {other}"
    return None


def _heading(key: str) -> str:
    return f"<h4>{escape(humanised(key))}</h4>"


def _named_list(key: str, items: list[str]) -> str:
    """A list of names under its key's words ("keyPlayers" -> "Key players"); no heading without a key."""
    listed = "".join(f"<li>{escape(item)}</li>" for item in items)
    return f"{_heading(key) if key else ''}<ul>{listed}</ul>"


def _script_parts(script: str) -> Iterator[str]:
    """A script's object literal, read without running it, in its order: its long strings and markup
    (concatenated pieces joined), its lists of names with their labels, and the keys of its lists of records
    as headings ("regions: [{region: 'Europe', countries: [...]}, ...]")."""
    parts = [(m.start(), _heading(m.group(1))) for m in _LIST_OF_RECORDS.finditer(script)]
    for match in _LABELLED_LIST.finditer(script):
        items = _QUOTED.findall(match.group("items"))
        if match.group("label"):
            parts.append((match.start(), f"<p>{escape(match.group('label'))}: {escape(', '.join(items))}</p>"))
        elif match.group("key") and len(items) > 1:
            parts.append((match.start(), _named_list(match.group("key"), items)))
    for match in _STRING_LITERAL.finditer(script):
        text = _unescaped(next(group for group in match.groups() if group is not None))
        if _HTML_TAG.search(text) or len(text.split()) >= _LONG_TEXT_WORDS:
            parts.extend((match.start(), part) for part in _text(text, ""))
    return (part for _, part in sorted(parts, key=lambda found: found[0]))


def _unescaped(literal: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] in "ux" and len(code) > 1:
            return chr(int(code[1:], 16))
        return _ESCAPES.get(code, code)

    return _ESCAPE.sub(one, literal) if "\\" in literal else literal


def humanised(key: str) -> str:
    """ "segments_by_type" -> "Segments by type", "keyPlayers" -> "Key players"; names written as names stay."""
    if " " in key or not _WORD_BREAK.search(key):
        return key[:1].upper() + key[1:]
    words = _WORD_BREAK.sub(" ", key).lower()
    return words[:1].upper() + words[1:]
