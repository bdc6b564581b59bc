"""Page text to a flat list of blocks, whatever the layout.

HTML, HTML inside Markdown, plain Markdown and YAML front-matter cards all end up
as one BeautifulSoup tree, boilerplate dropped, then flattened into blocks
(heading, label, item, row, para). Every later stage reads blocks, never markup.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field

import yaml
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag
from markdown_it import MarkdownIt

from pipelines.parse import vocabulary as vocab

# Pages are markup, never file names or URLs to open: a short page that looks like one is still a page.
warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)

_MARKDOWN = MarkdownIt("commonmark", {"html": True, "breaks": True}).enable("table")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_URL = re.compile(r"https?://[^\s\"'<>()\[\]{}|\\^`]+")
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "body",
        "html",
        "ul",
        "ol",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "blockquote",
        "pre",
        "dl",
        "dt",
        "dd",
        "figure",
        "figcaption",
        "center",
        "hr",
        "br",
    }
)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster
_PUBLISHED_META = frozenset({"article:published_time", "datepublished", "pubdate", "publish_date", "date"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


@dataclass(frozen=True)
class Block:
    kind: str  # heading | label | item | row | para
    text: str
    level: int = 0  # heading level, or list depth for items


@dataclass
class Document:
    blocks: list[Block]
    title: str | None
    links: list[str]
    meta: dict[str, str] = field(default_factory=dict)  # canonical, og:url, published, description


def build_document(text: str) -> Document:
    """Parse any supported layout into blocks, links and page metadata."""
    meta: dict[str, str] = {}
    front_blocks: list[Block] = []
    front = _FRONT_MATTER.match(text)
    if front:
        front_blocks, meta = _read_front_matter(front.group(1))
        text = text[front.end() :]
    html = text if _looks_like_html(text) else _MARKDOWN.render(text)
    soup = BeautifulSoup(html, "lxml")
    meta = {**_read_head(soup), **meta}
    title = meta.get("title")
    _drop_boilerplate(soup)
    blocks = _drop_related_runs(front_blocks + _flatten(soup.body or soup))
    if title is None:
        title = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), None)
    if title is None and blocks:
        title = blocks[0].text
    return Document(blocks=blocks, title=title, links=_URL.findall(text), meta=meta)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype", "<html", "<?xml")) or "<head" in head


def _read_front_matter(source: str) -> tuple[list[Block], dict[str, str]]:
    """Title and summary of a YAML card; lists of other items (``related:``) are ignored."""
    try:
        data = yaml.load(source, Loader=_YAML_LOADER)
    except yaml.YAMLError:
        return [], {}
    if not isinstance(data, dict):
        return [], {}
    nested = [v for v in data.values() if isinstance(v, dict) and "title" in v]
    if "title" not in data and len(nested) == 1:
        data = nested[0]  # a record wrapped in one key, e.g. a citation item
    meta: dict[str, str] = {}
    blocks: list[Block] = []
    title = data.get("title")
    if isinstance(title, str) and title.strip():
        meta["title"] = clean_text(title)
        blocks.append(Block("heading", meta["title"], 1))
    for key in ("excerpt", "description", "summary", "abstract", "note"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            blocks.append(Block("para", clean_text(value)))
    for key in ("canonical", "originalUrl", "webUrl", "url", "URL", "link"):
        value = data.get(key)
        if isinstance(value, str) and value.startswith("http"):
            meta.setdefault("canonical", value)
    credited = data.get("publisher")
    if isinstance(credited, str) and credited.strip():
        meta["credited"] = credited.strip()  # a citation's publisher is the firm behind the figures
    for key in ("publishedDateTime", "published", "date", "issued"):
        value = data.get(key)
        if value and not isinstance(value, bool):
            meta.setdefault("published", str(value))
    return blocks, meta


def _read_head(soup: BeautifulSoup) -> dict[str, str]:
    """Canonical URL and publication date from <link>, <meta> and <time>, in one pass."""
    meta: dict[str, str] = {}
    for tag in soup.find_all(("link", "meta", "time")):
        if tag.name == "link" and "canonical" in (tag.get("rel") or []) and tag.get("href"):
            meta["canonical"] = tag["href"]
        elif tag.name == "meta" and tag.get("content"):
            name = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
            if name == "og:url":
                meta.setdefault("og:url", tag["content"])
            elif name in _PUBLISHED_META:
                meta.setdefault("published", tag["content"])
        elif tag.name == "time" and tag.get("datetime"):
            meta.setdefault("time", tag["datetime"])
    if "og:url" in meta:
        meta.setdefault("canonical", meta.pop("og:url"))
    if "time" in meta:
        meta.setdefault("published", meta.pop("time"))
    return meta


def _drop_boilerplate(soup: BeautifulSoup) -> None:
    """One pass over the tree: boilerplate tags, and containers whose class/id/role says so."""
    doomed = []
    for tag in soup.find_all(True):
        if (
            tag.name in vocab.BOILERPLATE_TAGS
            or tag.attrs
            and tag.name not in ("html", "body")
            and _is_boilerplate_container(tag)
        ):
            doomed.append(tag)
    for tag in doomed:
        if not tag.decomposed:
            tag.decompose()


def _is_boilerplate_container(tag: Tag) -> bool:
    marks = f"{' '.join(tag.get('class') or [])} {tag.get('id') or ''} {tag.get('role') or ''}".lower()
    return any(fragment in marks for fragment in vocab.BOILERPLATE_CLASS_FRAGMENTS)


def _flatten(root: Tag) -> list[Block]:
    blocks: list[Block] = []
    _walk(root, blocks, kind="para", level=0)
    return blocks


def _walk(node: Tag, blocks: list[Block], kind: str, level: int) -> None:
    """Depth-first walk: inline text gathers until a block-level tag closes it."""
    pieces: list[str] = []
    bold_chars = 0

    def flush() -> None:
        nonlocal bold_chars
        text = clean_text("".join(pieces))
        if text:
            block_kind = kind
            if kind == "para" and bold_chars >= 0.8 * len(text.replace(" ", "")):
                block_kind = "label"
            blocks.append(Block(block_kind, text, level))
        pieces.clear()
        bold_chars = 0

    for child in node.children:
        if isinstance(child, NavigableString):
            if child.__class__ is NavigableString:
                pieces.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name not in _BLOCK_TAGS:
            text = child.get_text()
            if name in ("strong", "b"):
                bold_chars += len(text.replace(" ", "").replace("\n", ""))
            pieces.append(text)
            continue
        flush()
        if name == "br" or name == "hr":
            continue
        if name in _HEADINGS:
            _walk(child, blocks, "heading", _HEADINGS[name])
        elif name == "li":
            _walk(child, blocks, "item", level + 1)
        elif name == "dt":  # a definition term labels the <dd> after it
            _walk(child, blocks, "label", level)
        elif name in ("ul", "ol", "dl"):
            _walk(child, blocks, kind, level)
        elif name == "tr":
            cells = [clean_text(cell.get_text(" ")) for cell in child.find_all(["td", "th"])]
            cells = [cell for cell in cells if cell]
            if cells:
                blocks.append(Block("row", " | ".join(cells)))
        elif name == "pre":
            for line in child.get_text().splitlines():
                if clean_text(line):
                    blocks.append(Block("para", clean_text(line)))
        else:
            _walk(child, blocks, "para" if kind in ("para", "label") else kind, level)
    flush()


def _drop_related_runs(blocks: list[Block]) -> list[Block]:
    """Drop "Related Reports" / "You May Also Like" boxes that markup did not mark as boilerplate.

    After such a header, blocks are dropped while they name a market or are list items; under a
    heading, until the next heading of the same or a higher level.
    """
    kept: list[Block] = []
    skipping, level = False, 0
    for block in blocks:
        if _is_related_header(block):
            skipping, level = True, block.level if block.kind == "heading" else 0
            continue
        if skipping:
            if block.kind == "heading" and (not level or block.level <= level):
                skipping = False
            elif level or block.kind == "item" or "market" in block.text.lower():
                continue
            else:
                skipping = False
        kept.append(block)
    return kept


def _is_related_header(block: Block) -> bool:
    lowered = block.text.lower()
    return (
        block.kind in ("heading", "label", "para")
        and len(lowered.split()) <= 6
        and not lowered.endswith(".")
        and any(lowered.startswith(cue) or f" {cue}" in lowered for cue in vocab.RELATED_HEADER_CUES)
    )


def clean_text(text: str) -> str:
    """Collapse white space and drop Markdown emphasis marks left inside HTML blocks."""
    text = _EMPHASIS.sub(r"\2", text.replace("\n", " "))
    return _SPACE.sub(" ", text).strip()
