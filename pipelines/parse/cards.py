"""Releases kept as records rather than pages: YAML or TOML front matter over a body (Jekyll, Hugo,
Eleventy, Astro cards), a whole YAML or JSON record (a static site's data file, a JSON-LD dump), or a
feed's <item> / <entry> saved alone.

A record is read into a Card: the page metadata it states (title, address, date, credited firm), an HTML
fragment for its fact fields ("key_companies: [...]" becomes a labelled list, "cagr: 8.1%" a labelled
line), and its body, which is then read as the page it is. Fields that only run the site (layout, tags,
images, ``related:`` items about other markets) are left out.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from html import escape
from typing import Any

import yaml
from lxml import etree

from pipelines.parse.embedded import data_as_html, humanised
from pipelines.parse.markdown import render_markdown

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster
_YAML_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)", re.S)
# A data file: comment lines, then "key: value" lines from the first line on.
_YAML_RECORD = re.compile(r"\A(?:#[^\n]*\n|\s*\n)*[A-Za-z_][\w-]*:[ \t]")
_YAML_RECORDS = re.compile(r"\A(?:#[^\n]*\n|\s*\n)*-[ \t]+[A-Za-z_][\w-]*:[ \t]")
_FEED_ITEM = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?<(?:item|entry|rss|feed)\b", re.I)
_XML_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)

_TITLE_KEYS = ("original_title", "title", "headline", "name")  # a translated card keeps the release's own title
_SUMMARY_KEYS = ("excerpt", "description", "summary", "abstract", "note", "notes")
_XML_STYLING = frozenset({"style", "b", "i", "u", "sup", "sub"})  # EndNote wraps every field's text in <style>
_BODY_KEYS = (
    "body",
    "content",
    "articleBody",
    "article_body",
    "body_text",
    "bodyText",
    "full_text",
    "fullText",
    "text",
    "markdown",
)
_ADDRESS_KEYS = (
    "canonical",
    "canonical_url",
    "canonicalURL",
    "originalUrl",
    "original_url",
    "source_url",
    "sourceUrl",
    "webUrl",
    "url",
    "URL",
    "link",
)
_FIRM_KEYS = ("publisher", "research_firm", "researchFirm", "firm", "source_firm", "sourceFirm")
_DATE_KEYS = ("publishedDateTime", "published", "published_at", "datePublished", "pubDate", "date", "issued")
_READ_KEYS = frozenset(_TITLE_KEYS + _SUMMARY_KEYS + _BODY_KEYS + _ADDRESS_KEYS + _DATE_KEYS + _FIRM_KEYS)
# Lists a site keeps for itself, not facts of the release.
_SITE_LISTS = frozenset(
    {"tags", "categories", "category", "topics", "keywords", "aliases", "series", "authors", "images", "related"}
)
# A single-valued field states a fact when its name says so: "market_size_2024", "cagr", "report_code".
_FACT_KEY = re.compile(r"market|size|cagr|growth|forecast|period|report|firm|research|base.?year|revenue", re.I)
_PARAGRAPH_MARKUP = re.compile(r"<(?:[a-z]+:)?p>")
_TAG_PREFIX = re.compile(r"<(/?)[a-z]+:(?=[a-z])")  # "<jats:p>" is "<p>"
_CODE_KEYS = ("number", "identifier", "sku")
_REPORT_CODE = re.compile(
    r"[A-Z]{2,6}(?:-[A-Z0-9]{2,6})*-\d{3,9}(?:-[A-Z]{1,4})?"
)  # "HFR-EP-2147", not an issue's "12"
_CUT_MARK = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")


@dataclass
class Card:
    meta: dict[str, str] = field(default_factory=dict)  # title, canonical, published, credited
    fields_html: str = ""  # the card's own facts, as HTML to read before the body
    body: str = ""
    body_is_html: bool = False


def read_card(text: str) -> Card | None:
    """The record a text holds, or None for an ordinary page."""
    for pattern, load in ((_YAML_FRONT_MATTER, _load_yaml), (_TOML_FRONT_MATTER, _load_toml)):
        front = pattern.match(text)
        if front:
            card = _card(load(front.group(1)))
            card.body = text[front.end() :]
            return card
    head = text.lstrip()[:1]
    if head in "{[" and head:
        return _json_record(text)
    if _FEED_ITEM.match(text):
        return _feed_item(text)
    if text.lstrip().startswith("<?xml"):
        return _xml_record(text)
    if _YAML_RECORDS.match(text):  # a references file: "- id: ...\n  title: ...\n  abstract: ..."
        records = _load_yaml_list(text)
        return next((_card(r) for r in records if isinstance(r, dict) and _is_an_article(r)), None)
    if _YAML_RECORD.match(text):
        data = _load_yaml(text)
        if any(isinstance(data.get(key), str) for key in _TITLE_KEYS) and any(key in data for key in _BODY_KEYS):
            return _card(data)
    return None


def _load_yaml(source: str) -> dict[str, Any]:
    data = _parsed_yaml(source)
    return data if isinstance(data, dict) else {}


def _load_yaml_list(source: str) -> list[Any]:
    data = _parsed_yaml(source)
    return data if isinstance(data, list) else []


def _parsed_yaml(source: str) -> Any:
    try:
        return yaml.load(source, Loader=_YAML_LOADER)
    except yaml.YAMLError:
        return None


def _load_toml(source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError:
        return {}


def _json_record(text: str) -> Card | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    records = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
    unwrapped = (_unwrapped(r) for r in records if isinstance(r, dict))
    articles = [record for record in unwrapped if _is_an_article(record)]
    return _card(articles[0]) if articles else None


def _is_an_article(record: dict[str, Any]) -> bool:
    """A record with a body, a headline, or a title over an abstract (a citation's CSL-JSON item)."""
    titled = any(key in record for key in _TITLE_KEYS)
    return any(key in record for key in (*_BODY_KEYS, "headline")) or titled and any(k in record for k in _SUMMARY_KEYS)


def _unwrapped(data: dict[str, Any]) -> dict[str, Any]:
    """A record wrapped in one key (a citation item, an API's {"status": "ok", "message": {...}}) is that record."""
    nested = [v for v in data.values() if isinstance(v, dict) and "title" in v]
    return nested[0] if "title" not in data and len(nested) == 1 else data


def _card(data: dict[str, Any]) -> Card:
    """Metadata, fact fields and body of one record."""
    data = _unwrapped(data)
    card = Card()
    title = next((data[key] for key in _TITLE_KEYS if isinstance(data.get(key), str) and data[key].strip()), None)
    html = []
    if title:
        card.meta["title"] = " ".join(title.split())
        html.append(f"<h1>{escape(title)}</h1>")
    html.extend(_summary_html(data[key]) for key in _SUMMARY_KEYS if isinstance(data.get(key), str))
    address = next((data[key] for key in _ADDRESS_KEYS if str(data.get(key, "")).startswith("http")), None)
    card.meta.update({"canonical": address} if address else {})
    # A citation's publisher, or a card's "research_firm: X Research", is the firm behind the figures.
    credited = next((data[key] for key in _FIRM_KEYS if isinstance(data.get(key), str) and data[key].strip()), None)
    card.meta.update({"credited": credited.strip()} if credited else {})
    date = next((data[key] for key in _DATE_KEYS if data.get(key) and not isinstance(data[key], bool)), None)
    card.meta.update({"published": str(date)} if date else {})
    html.extend(_fact_field(key, value) for key, value in data.items() if key not in _READ_KEYS)
    # A citation's or a dataset's code for the report: CSL's "number", schema.org's "identifier"
    code = next((data[key] for key in _CODE_KEYS if _REPORT_CODE.fullmatch(str(data.get(key, "")))), None)
    html.extend([f"<p>Report number: {escape(code)}</p>"] if code else [])
    card.fields_html = "".join(html)
    body = next((data[key] for key in _BODY_KEYS if isinstance(data.get(key), (str, list))), "")
    if isinstance(body, list):  # a CMS's blocks: [{"type": "paragraph", "text": ...}, {"type": "list", ...}]
        card.body, card.body_is_html = data_as_html(body), True
    else:
        card.body = _CUT_MARK.sub("", body)  # a news API's "... ZF Friedri… [+2311 chars]"
    return card


def _summary_html(text: str) -> str:
    """A one-line summary is a paragraph; a note of several lines ("Segmentation covered" over "By Type: A; B")
    is read as the text it is, and an abstract in markup (Crossref's "<jats:p>") as markup."""
    if _PARAGRAPH_MARKUP.search(text):
        return _TAG_PREFIX.sub(r"<\1", text)
    return render_markdown(text) if "\n" in text.strip() else f"<p>{escape(text)}</p>"


def _fact_field(key: str, value: Any) -> str:
    """ "key_companies: [a, b]" as a labelled list, "regions: {Europe: [UK, France]}" (or a list of such named entries)
    as "Europe: UK, France" lines under "Regions", "cagr: 8.1% (2025-2033)" as "Cagr: 8.1% (2025-2033)"."""
    label = escape(humanised(key))
    if isinstance(value, list) and key.lower() not in _SITE_LISTS and value and all(_is_item(v) for v in value):
        items = "".join(f"<li>{escape(str(v))}</li>" for v in value)
        return f"<p><b>{label}</b></p><ul>{items}</ul>"
    if isinstance(value, dict) and value and all(isinstance(v, list) and all(map(_is_item, v)) for v in value.values()):
        lines = "".join(f"<li>{escape(humanised(k))}: {escape(_joined(v))}</li>" for k, v in value.items())
        return f"<p><b>{label}</b></p><ul>{lines}</ul>"
    named = [_named_items(v) for v in value] if isinstance(value, list) and value else []
    if named and all(named):  # "regions: [{name: Europe, countries: [UK, France]}, ...]"
        lines = "".join(f"<li>{escape(name)}: {escape(_joined(items))}</li>" for name, items in named)
        return f"<p><b>{label}</b></p><ul>{lines}</ul>"
    if isinstance(value, (str, int, float)) and not isinstance(value, bool) and _FACT_KEY.search(key):
        return f"<p>{label}: {escape(str(value))}</p>"
    return ""


def _named_items(entry: Any) -> tuple[str, list[Any]] | None:
    """ "{name: Europe, countries: [UK, France]}": an entry naming one thing and listing its items."""
    if not isinstance(entry, dict):
        return None
    names = [v for v in entry.values() if isinstance(v, str)]
    lists = [v for v in entry.values() if isinstance(v, list) and all(map(_is_item, v))]
    return (names[0], lists[0]) if len(names) == 1 and len(lists) == 1 else None


def _is_item(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not str(value).startswith(("http", "/"))


def _joined(values: list[Any]) -> str:
    texts = [str(v) for v in values]
    return ("; " if any("," in t for t in texts) else ", ").join(texts)


def _feed_item(text: str) -> Card | None:
    """An RSS <item> or Atom <entry>: its title, link and date, and the HTML its description carries."""
    try:
        root = etree.fromstring(text.strip().encode("utf-8"), parser=_XML_PARSER)
    except etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    item = next((e for e in root.iter() if _local(e) in ("item", "entry")), root)
    parts = {_local(child): child for child in item}
    card = Card(body_is_html=True)
    title = parts.get("title")
    if title is not None and (title.text or "").strip():
        card.meta["title"] = " ".join(title.text.split())
        card.fields_html = f"<h1>{escape(title.text)}</h1>"
    link = parts.get("link")
    address = (link.get("href") or link.text or "").strip() if link is not None else ""
    card.meta.update({"canonical": address} if address.startswith("http") else {})
    date = next((parts[k].text for k in ("pubDate", "published", "updated", "date") if k in parts), None)
    card.meta.update({"published": date.strip()} if date else {})
    texts = {
        k: "".join(parts[k].itertext()).strip() for k in ("encoded", "content", "description", "summary") if k in parts
    }
    full = texts.get("encoded") or texts.get("content") or ""  # <media:content> is an empty element
    teaser = texts.get("description") or texts.get("summary") or ""
    card.body = f"{teaser}\n{full}" if teaser and full else full or teaser  # a teaser is read, as a card's excerpt
    return card


def _xml_record(text: str) -> Card | None:
    """A reference manager's XML record (EndNote, MODS): each field's text by its tag, the first of each, read
    as a JSON record's fields are. An XHTML page is no record."""
    try:
        root = etree.fromstring(text.strip().encode("utf-8"), parser=_XML_PARSER)
    except etree.XMLSyntaxError:
        return None
    if root is None or _local(root) == "html":
        return None
    fields: dict[str, Any] = {}
    for element in root.iter():
        if all(_local(child) in _XML_STYLING for child in element) and _local(element) not in _XML_STYLING:
            value = " ".join("".join(element.itertext()).split())
            if value:
                fields.setdefault(_local(element), value)
    return _card(fields) if any(key in fields for key in _TITLE_KEYS) else None


def _local(element: etree._Element) -> str:
    """A tag without its namespace or prefix: "content:encoded" and "{...}encoded" are "encoded"."""
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]
