"""Page text to a flat list of blocks, whatever the layout.

HTML, HTML inside Markdown, plain Markdown and YAML front-matter cards all end up
as one HTML tree, boilerplate dropped, then flattened into blocks
(heading, label, item, row, para). Every later stage reads blocks, never markup.

The tree is libxml2's (lxml), the parser BeautifulSoup drives with "lxml", read without
BeautifulSoup's Python-level tree: building that tree cost more than all extraction together.
Markdown and plain text become HTML in markdown.py, by cmark-gfm (C), for the same reason.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qsl, urlsplit

from lxml import etree

from pipelines.parse import vocabulary as vocab
from pipelines.parse.cards import read_card
from pipelines.parse.decode import fold_lookalikes, without_invisibles
from pipelines.parse.embedded import embedded_html, embedded_sources
from pipelines.parse.markdown import render_markdown
from pipelines.urls import unarchived

# Text is handed over as UTF-8 bytes: lxml refuses str input that carries an XML encoding declaration.
_HTML_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
_READER_HEADER = re.compile(
    r"\ATitle: (?P<title>[^\n]*)\n+URL Source: (?P<url>\S+)[^\n]*\n+(?:Published Time: (?P<published>[^\n]*)\n+)?"
    r"(?:[A-Z][\w ]{2,30}: [^\n]*\n+){0,5}Markdown Content:[ \t]*\n"
)
# "Permalink: https://...", or a clipped note's properties row "Source | https://...".
_STATED_URL = re.compile(  # on a line of its own, or after a " · " ("Workspace: X · Channel URL: https://...")
    r"(?:^|·\s*)(?:(?:permalink|canonical(?: url)?|url|source url|original ?url|web ?url"
    r"|(?:page|note) url(?: \(canonical\))?|(?:channel|card|post|thread|item) url"
    r"|originally published (?:at|on)(?: [^:]{1,40})?)\s*:"  # "Originally published on TinderLine News: https://..."
    r"|(?:source|url|link)\s+\|)\s*(https?://\S+)$",
    re.I,
)
_STATED_URL_BLOCKS = 15
# A text page's own address or masthead line at its top: "https://www.wirelinkdaily.com/releases/...", "CORBEL
# RESEARCH | corbel-research.com"
_OWN_ADDRESS_LINE = re.compile(  # not a file's name: "wire-rope-market-outlook-2025-2033.txt"
    r"(?:^|\s\|\s)((?:https?://)?[\w-]+(?:\.[\w-]+)*\.(?!(?:txt|md|html?|pdf|csv|json|xml)\b)[a-z]{2,}(?:/\S*)?)$", re.I
)
_OWN_ADDRESS_BLOCKS = 3
_STATES_A_SCALE = re.compile(rf"\b(?:{vocab.SCALE_WORD})\b", re.I)
# A caption naming the one dimension its table lists: "Table 1 – By Type", "Solid-State LiDAR Market, By Range".
_CAPTIONED_DIMENSION = re.compile(r"\bby\s+(?P<dimension>[A-Za-z][A-Za-z &/-]{1,40}?)\s*[.:]?\s*$", re.I)
# A scraped snapshot's key glued to its value: "Largest RegionNorth America", "Segments CoveredBy Product, ...",
# "By Draw WeightBelow 150 lbs", "Key companies profiledHeraeus Holding GmbH; ...", "Key Market PlayersColdtrace ...",
# "Also ProfiledKorimo Lighting Co., Ltd., ...".
_GLUED_KEY = re.compile(
    r"^((?:Largest|Fastest[- ]Growing|Dominant|Dominating|Leading)\s+(?:Region|Market|Country|Segment)"
    r"|(?i:(?:Segments?|Regions?|Countries|Companies)\s+Covered|(?:Key|Major|Leading)\s+(?:Market\s+)?(?:Players|Companies)(?:\s+Profiled)?|Also\s+Profiled)"
    r"|By(?:\s+[A-Z][a-z]+){1,3}?)"
    r"(?=[A-Z])"
)
_BY_LABEL_CELL = re.compile(r"^(By\s+[A-Za-z][\w&/\- ]{1,40}?)\s+\|\s+")  # its label cell, as "By Base Oil:"
_URL = re.compile(r"https?://[^\s\"'<>()\[\]{}|\\^`]+")
# A host written out without its scheme, alone or after an e-mail's "@": "www.firm.co.uk", "pr@firm.com"
_WRITTEN_HOST = re.compile(r"(?<![\w./-])(?:[\w.+-]+@)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})\b")
# Emoji, keycaps, arrows, dingbats and geometric bullets ("🔹", "3️⃣", "■"): marks that state nothing.
_EMOJI = re.compile(
    "[0-9#*]\ufe0f?\u20e3|[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2190-\u21ff\u25a0-\u25ff\ufe0f\u200d]"
)
# A line that begins something of its own: a list item, a heading, a table row, a "Label:" line.
_PRE_ITEM = re.compile(r"^(\s*)[-*•]\s+(.*)$")
_DOCUMENT_LINES = 12
_LEADER = re.compile(r"\s+\.{4,}\s+")
_SHORT_LEADER = re.compile(r"^([^.:]{2,40}?)\s\.{1,3}\s(?=[A-Z])")
# The first cell of a row that groups the rows under it: "By Type", "North America".
_GROUP_CELL = re.compile(rf"(?:by\s|(?:{vocab.REGION_NAMES_PATTERN})\s*$)", re.I)
# A line opening with a bullet character; Word's HTML writes them as text ("·", and "o" for a second level).
# Word's symbol-font bullets survive a copy as letters: "o" (two spaces after), "o" or "l" before a capital.
# "- Type III" after a <br>: a hyphen or an asterisk opens a list item in HTML text as in Markdown.
_BULLET_LINE = re.compile(r"\s*(?:--?\s|[•◦‣⁃●○▪▫■□◆◇►▸➤✓✔☑·*–]\s|o[\s\u00a0]{2,}(?=\S)|[ol][\s\u00a0]+(?=[A-Z]))")
_BY_HEADER = re.compile(r"^By\s+\w")
# A Word "Save as Web Page" list paragraph: "<p class=MsoListParagraph style='mso-list:l1 level2 lfo4'>".
_WORD_LIST_LEVEL = re.compile(r"mso-list:\s*l\d+\s+level(\d)", re.I)
# A stat card: a figure ("USD 4.62 Bn", "11.9%", "$1.38B") or a code ("QB-LS-2147") beside a short label.
_CARD_TAGS = frozenset({"div", "li", "section", "table"})
_CARD_PART_TAGS = frozenset({"div", "p", "span", "strong", "b", "td", "th", "dt", "dd", "h3", "h4", "h5", "h6"})
_CARD_VALUE = re.compile(
    r"^(?:(?:[A-Z]{3}|US\$|[$€£¥₹])\s?)?\d[\d.,]*\s?(?:%|[A-Za-z]{1,8}\.?)?$|^[A-Z]{1,5}(?:-[A-Z0-9]{1,6})*-\d{2,9}$"
)
_VALUE_CLASS = re.compile(r"\b(?:value|number|figure|stat-value|metric-value|kpi-value)\b", re.I)
_CARD_LABEL_WORDS = 8
_CARD_HEADING_LEVEL = 4  # "<h4>"-"<h6>" over a figure are a card's label; a page's sections open with higher ones
_KEY_WORDS = 6  # the longest key of a key/value row in an e-mail's table
# An outline's number before a short entry: "1.1 Hardware", "2.2.1 ETCS Level 1"; not an amount ("2.5 Billion
# units were sold") nor a size band ("7.5 Fr to 9.5 Fr").
_OUTLINE_NUMBER = re.compile(
    r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=[A-Z](?:[A-Za-z]{2}|[A-Z]\b|\.[A-Z]\.))(?=(?:[^.]|\.(?=\S)|\.$){0,150}$)(?![A-Z][a-z]*illion\b)(?!.*\d\.\d)"
    r"(?![GMTK]Hz\b|[GMTK]Wh?\b)"  # "2.4 GHz Dongle", "1.5 MW Turbines": a number with its unit, no outline's
)
_BULLET_MARK = re.compile(r"^(?:--?|[•◦‣⁃●○▪▫■□◆◇►▸➤✓✔☑·*–]|o|l)\s+")  # "-- " too, a wire's plain-text bullet
_INLINE_BULLET = re.compile(r"(?:^|\s+)[*+]\s+")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_ALT_SENTENCE_WORDS = 10
_KEY_VALUE_WORDS = 20
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "aside",
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
        "details",
        "summary",
        "address",
        "caption",
        "fieldset",
        "form",
        "legend",
    }
)
_PUBLISHED_META = frozenset({"article:published_time", "datepublished", "pubdate", "publish_date", "date"})
# A page builder calls every block a widget: "elementor-widget elementor-widget-heading" holds the article's own
# heading, while "elementor-widget-posts" (a list of other posts) or "elementor-nav-menu" stays boilerplate.
_CONTENT_WIDGET = re.compile(
    r"\belementor-widget(?:-(?:container|wrap|heading|text-editor|icon-list|icon-box|image|counter|tabs|accordion"
    r"|toggle|table))?(?=\s|$)"
)
_BOILERPLATE_MARK = re.compile("|".join(map(re.escape, vocab.BOILERPLATE_CLASS_FRAGMENTS)), re.I)
_MARKED_ELEMENTS = etree.XPath("//*[@class or @id or @role]")
_TAB_PANELS = etree.XPath("//*[@role='tabpanel']")
_TABS = etree.XPath("//*[@role='tab']")
# A turn in an interview: a name, a colon, and sentences ("Okonjo: Scope, mostly. We ...", "FB&U: Why the gap?")
_SPEAKER = re.compile(r"([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)?):\s+(?=[A-Z“\"](?:\S+\s+){5})")
_TURNS = 3
_COMMENT_MARK = re.compile(r"comment", re.I)
_NEVER_BOILERPLATE = frozenset({"html", "body", "article", "main", "table", "thead", "tbody", "tr", "td", "th"})
_STRING_LENGTH = etree.XPath("string-length(normalize-space())")
_CELL_COUNT = etree.XPath("count(.//td | .//th)")
_HOLDS_BLOCK_TAG = etree.XPath(
    "boolean(.//p | .//div | .//li | .//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6 | .//table | .//section)"
)
# a forum's comment in a cell, a division of prose or a preformatted block, is no datum
_HOLDS_LAYOUT = etree.XPath(
    "boolean(.//table | .//h1 | .//h2 | .//h3 | .//td//pre | .//td//div[string-length(normalize-space()) > 300])"
)
_HOLDS_THE_ARTICLE = etree.XPath("boolean(.//h1 | .//article | .//main)")
_RELATED_CUE = vocab.phrase_search(vocab.RELATED_HEADER_CUES, at_word_start=True)
_OTHER_WORKS = re.compile(
    r"\bother\s+(?:[\w&'’-]+\s+){1,2}(?:reports|briefs|releases|titles|studies)\b"
)  # "Other Pirrwick briefs"
_CONTENTS_HEADER = re.compile(r"(?:report\s+)?table\s+of\s+contents?(?:\s+\([^()]*\))?:?", re.I)  # "(excerpt)"
_COMMENTS_HEADER = re.compile(
    r"(?:\d+\s+)?(?:readers?'?\s+)?comments?(?:\s*\(\d+\))?:?|leave a (?:reply|comment)|join the discussion", re.I
)
# A social post's emoji between a short label and what it labels stands for a colon.
_EMOJI_AFTER_LABEL = re.compile(
    r"^\s*([A-Za-z][\w'’&-]*(?:\s+[\w'’&-]+){0,4})\s+[\U0001F300-\U0001FAFF\u2600-\u27BF][\uFE0F\u200D]?\s+(?=[A-Z0-9$€£])"
)
_TEMPLATE_EXPRESSION = re.compile(r"\{\{.*?\}\}")  # a client-side template's placeholder: Vue, Angular, Handlebars
_HEADLINE_BLOCKS = 6  # the blocks a page's headline may come in, after its menu
_SHELL_WORDS = 120  # fewer words than this on a page whose scripts carry data: the page is a loading shell
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


@dataclass(frozen=True)
class Block:
    kind: str  # heading | label | item | row | para
    text: str
    level: int = 0  # heading level, or list depth for items
    linked: bool = False  # (nearly) all of its text is a link's: a pointer to another page, e.g. another report
    # the first row of a <table>: where one table ends and the next begins when two stand with nothing between them
    opens_table: bool = field(default=False, compare=False)


@dataclass
class Document:
    blocks: list[Block]
    title: str | None
    links: list[str]
    meta: dict[str, str] = field(default_factory=dict)  # canonical, og:url, published, description
    contents: list[Block] = field(default_factory=list)  # a report's table of contents, apart from the release
    # hosts a page with no address and no links of its own writes out ("www.firm.com", "pr@firm.com"): whose it is
    sites: list[str] = field(default_factory=list)


def build_document(text: str) -> Document:
    """Parse any supported layout into blocks, links and page metadata."""
    meta: dict[str, str] = {}
    front_blocks: list[Block] = []
    body_is_html = False
    card = read_card(text)
    if card is not None:  # a record: front matter over a body, a YAML or JSON record, a feed item
        meta, text, body_is_html = card.meta, card.body, card.body_is_html
        front_blocks = _flatten(etree.fromstring(f"<div>{card.fields_html}</div>", parser=_HTML_PARSER))
    reader = _READER_HEADER.match(text)
    if reader:  # "Title: ... / URL Source: ... / Published Time: ... / Markdown Content:", a reader tool's export
        meta = {"title": clean_text(reader.group("title")), "canonical": reader.group("url")}
        meta.update({"published": reader.group("published").strip()} if reader.group("published") else {})
        text = text[reader.end() :]
    is_html = body_is_html or _looks_like_html(text)
    html = text if is_html else render_markdown(text)
    root = _html_root(html)
    meta = {**_read_head(root), **meta} if root is not None else meta
    title = meta.get("title")
    sources = embedded_sources(root) if root is not None else []
    page_blocks = _flatten(_head_tab_panels(_drop_boilerplate(root))) if root is not None else []
    if sources and sum(len(b.text.split()) for b in page_blocks) < _SHELL_WORDS:  # a script-rendered page's shell
        page_blocks = _embedded_blocks(sources) + page_blocks  # the shell's headers head none of the release's lines
    contents: list[Block] = []
    flat = _figures_under_their_labels(_numbered_lines_as_items(front_blocks + page_blocks))
    blocks = _without_speakers(_drop_related_runs(flat, contents))
    if "canonical" not in meta:  # a copied page that states its own address: "Permalink: https://..."
        stated = next((m.group(1) for b in blocks[:_STATED_URL_BLOCKS] if (m := _STATED_URL.search(b.text))), None)
        meta.update({"canonical": stated} if stated else {})
    if "canonical" not in meta and not is_html:
        stated = next((m.group(1) for b in blocks[:_OWN_ADDRESS_BLOCKS] if (m := _OWN_ADDRESS_LINE.search(b.text))), "")
        meta.update({"canonical": stated if "://" in stated else f"https://{stated}"} if stated else {})
    if title is None:  # a linked <h1> is the site's name over its pages ("<h1><a href="/">Sundale Briefs</a>"):
        # the post's own <h2> naming a market is the title
        tops = [b for b in blocks if b.kind == "heading" and b.level == 1]
        own = [b for b in tops if not b.linked] or [b for b in blocks if tops and _is_a_market_headline(b)]
        title = own[0].text if own else None
    if title is None and blocks:
        title = _headline_under_a_menu(blocks) or blocks[0].text
    if "canonical" in meta:
        meta["canonical"] = unarchived(meta["canonical"])
    links = _with_redirect_targets([unarchived(link) for link in _URL.findall(text)])
    sites = _WRITTEN_HOST.findall(text.lower()) if not links and "canonical" not in meta else []
    return Document(blocks=blocks, title=title, links=links, meta=meta, contents=contents, sites=sites)


def _headline_under_a_menu(blocks: list[Block]) -> str | None:
    """A page that opens with its site's menu line ("Lagos Market Lens | Reports | About | Contact") has its
    headline in the first heading after it."""
    entries = blocks[0].text.split(" | ")
    if len(entries) < 4 or not all(0 < len(entry.split()) <= 3 for entry in entries):
        return None
    return next((b.text for b in blocks[1:_HEADLINE_BLOCKS] if b.kind == "heading"), None)


def _html_root(html: str) -> etree._Element | None:
    try:
        return etree.fromstring(html.encode("utf-8", "surrogatepass"), parser=_HTML_PARSER)
    except etree.XMLSyntaxError:  # markup libxml2 cannot read at all
        return None


def _embedded_blocks(sources: list[str]) -> list[Block]:
    """The blocks of the release a shell's data carries (see embedded.py), boilerplate dropped as on any page."""
    root = _html_root(f"<div>{embedded_html(sources)}</div>")
    return _flatten(_drop_boilerplate(root)) if root is not None else []


def _is_a_market_headline(block: Block) -> bool:
    return block.kind == "heading" and block.level == 2 and " market" in block.text.lower()


def _with_redirect_targets(links: list[str]) -> list[str]:
    """Each link, followed by the address it redirects to when it is a click tracker's or a search engine's
    ("click.site.com/ls/click?redirect=https%3A%2F%2Ffirm.com%2Fsample%2F8812"): the firm's address is the fact."""
    found = []
    for link in links:
        found.append(link)
        if "=http" in link or "%3A%2F%2F" in link or "%3a%2f%2f" in link:
            query = urlsplit(link.replace("&amp;", "&")).query
            found.extend(value for _, value in parse_qsl(query) if _URL.fullmatch(value))
    return found


def _looks_like_html(text: str) -> bool:
    """A whole HTML page, or a server template of one ("<?php include('header.php'); ?>" then the page's
    indented markup, which Markdown would take for code blocks)."""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype", "<html", "<?xml", "<?php", "<%")) or "<head" in head


def _read_head(root: etree._Element) -> dict[str, str]:
    """Canonical URL and publication date from <link>, <meta> and <time>, in one pass."""
    meta: dict[str, str] = {}
    for tag in root.iter("link", "meta", "time"):
        if tag.tag == "link" and "canonical" in (tag.get("rel") or "").lower().split() and tag.get("href"):
            meta["canonical"] = tag.get("href")
        elif tag.tag == "meta" and tag.get("content"):
            name = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
            if name == "og:url":
                meta.setdefault("og:url", tag.get("content"))
            elif name in _PUBLISHED_META:
                meta.setdefault("published", tag.get("content"))
        elif tag.tag == "time" and tag.get("datetime"):
            meta.setdefault("time", tag.get("datetime"))
    if "og:url" in meta:
        meta.setdefault("canonical", meta.pop("og:url"))
    if "time" in meta:
        meta.setdefault("published", meta.pop("time"))
    return meta


def _drop_boilerplate(root: etree._Element) -> etree._Element:
    """Boilerplate tags, and containers whose class/id/role says so (libxml2 finds the candidates).
    Returns the body (the root when the markup has none)."""
    doomed = [tag for tag in root.iter(*vocab.BOILERPLATE_TAGS) if not _is_articles_factbox(tag)]
    # ASP.NET wraps the whole page in one <form>: a form holding most of the page's text is the page.
    if any(tag.tag == "form" for tag in doomed):
        page_chars = _text_length(root)
        doomed = [tag for tag in doomed if tag.tag != "form" or _text_length(tag) < 0.5 * page_chars]
    for tag in doomed:
        _remove_keeping_tail(tag)
    marked = [
        tag
        for tag in _MARKED_ELEMENTS(root)
        if tag.tag not in _NEVER_BOILERPLATE and _is_boilerplate_container(tag) and _HOLDS_THE_ARTICLE(tag) is False
    ]
    # Blogger's "widget Blog", Substack's "newsletter-post": a marked container holding most of the page's
    # text is the post itself, whatever its class says.
    page_chars = _text_length(root) if marked else 0
    doomed = [tag for tag in marked if _text_length(tag) < 0.5 * page_chars]
    # a forum thread's comments, together most of the page's text, are the page
    comments = [tag for tag in marked if _COMMENT_MARK.search(_marks(tag))]
    outermost = [tag for tag in comments if not any(up in comments for up in tag.iterancestors())]
    if comments and sum(map(_text_length, outermost)) >= 0.5 * page_chars:
        doomed = [tag for tag in doomed if tag not in comments]
    for tag in doomed:
        _remove_keeping_tail(tag)
    body = root.find("body")
    return body if body is not None else root


def _head_tab_panels(root: etree._Element) -> etree._Element:
    """Tabs name their panels apart from them: "By Product" in a tab list, its items in the panel the tab
    controls. Each panel is headed with its tab's name, as a page without tabs would print it, and the tabs go;
    tabs with no panels that link elsewhere are a menu, and go too."""
    panels = _TAB_PANELS(root)
    tabs = _TABS(root)
    if not panels:  # tabs that link to the report's other pages ("Table of Contents", "Methodology"): its menu
        for tab in tabs:
            if tab.tag == "a" and tab.get("href"):
                _remove_keeping_tail(tab)
        return root
    names = {key: clean_text("".join(tab.itertext())) for tab in tabs for key in _panel_keys(tab) if key}
    headed = False
    for panel in panels:
        name = names.get(panel.get("aria-labelledby") or "") or names.get(panel.get("id") or "")
        if name:
            label = etree.Element("p")
            etree.SubElement(label, "b").text = name
            label.tail, panel.text = panel.text, None
            panel.insert(0, label)
            headed = True
    for tab in tabs if headed else ():
        _remove_keeping_tail(tab)
    return root


def _panel_keys(tab: etree._Element) -> tuple[str | None, ...]:
    """What names a tab's panel: the tab's own id (the panel's "aria-labelledby"), or the panel's id in the tab's
    "aria-controls", or as a fragment ("#tab-material") in its link or Bootstrap's "data-target"."""
    fragments = (tab.get(name) or "" for name in ("href", "data-target", "data-bs-target"))
    return tab.get("id"), tab.get("aria-controls"), *(f[1:] for f in fragments if f.startswith("#"))


def _text_length(element: etree._Element) -> float:
    return _STRING_LENGTH(element)  # counted by libxml2: a candidate may hold most of the page


def _remove_keeping_tail(tag: etree._Element) -> None:
    """Remove a tag and its content; the text after it belongs to its parent and stays."""
    parent = tag.getparent()
    if parent is None:
        return
    if tag.tail:
        previous = tag.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tag.tail
        else:
            parent.text = (parent.text or "") + tag.tail
    parent.remove(tag)


def _is_boilerplate_container(tag: etree._Element) -> bool:
    return _BOILERPLATE_MARK.search(_CONTENT_WIDGET.sub("", _marks(tag))) is not None


def _marks(tag: etree._Element) -> str:
    # an accessible name says what a box is: aria-label="cookieconsent"
    return f"{tag.get('class') or ''} {tag.get('id') or ''} {tag.get('role') or ''} {tag.get('aria-label') or ''}"


def _is_articles_factbox(tag: etree._Element) -> bool:
    """An <aside> is a sidebar ("More from the author"), but the story's own fact box ("Report scope at a
    glance", or marked class="factbox") inside its <article> (or <main>) holds the release's facts, and so does the
    box headed so ("At a Glance") of a report page that marks no article, though not its "More snapshots from ..."
    box."""
    if tag.tag != "aside":
        return False
    opening = " ".join(itertools.islice(tag.itertext(), 3)).lower()
    if next(tag.iterancestors("article", "main"), None) is None:
        no_article = next(tag.getroottree().iter("article"), None) is None
        return no_article and opening.lstrip().startswith(vocab.FACT_BOX_TITLES)
    marks = f"{tag.get('class') or ''} {tag.get('id') or ''}".lower().replace("-", "").replace("_", "")
    return any(title in opening or title.replace(" ", "") in marks for title in vocab.FACT_BOX_TITLES)


def _flatten(root: etree._Element) -> list[Block]:
    blocks: list[Block] = []
    _walk(root, blocks, kind="para", level=0)
    return blocks


def _walk(node: etree._Element, blocks: list[Block], kind: str, level: int) -> None:
    """Depth-first walk: inline text gathers until a block-level tag closes it."""
    pieces: list[str] = [node.text] if node.text else []
    bold_chars = link_chars = lead_link_chars = 0
    previous = None  # the inline element just before, when only white space parts it from the next
    for child in node:
        name = child.tag
        if name not in _BLOCK_TAGS and not _is_a_container(child) and not _says_a_sentence(child):
            text = "".join(child.itertext()) if len(child) else child.text or ""
            tail = child.tail
            separator = _chip_separator(previous, child) if previous is not None else ""
            if separator:  # "<span class=label>Europe</span><span class=chip>UK</span><span class=chip>..."
                pieces[-1:] = [pieces[-1]] if pieces[-1].strip() else []  # the white space between goes
                pieces.append(separator)
            opens = not "".join(pieces).strip()
            if name in ("strong", "b"):
                bold_chars += len(text.replace(" ", "").replace("\n", ""))
                if opens:  # "<b>Type</b> Windshield HUD, Combiner HUD": a label run in
                    text, tail = _labelled(text, tail or "")
            elif name == "a":
                link_chars += len(text.strip())
                lead_link_chars = len(text.strip()) if opens else lead_link_chars
            pieces.append(text)
        else:
            tail = child.tail
            if pieces:
                _add_text_block(blocks, "".join(pieces), bold_chars, (link_chars, lead_link_chars), kind, level)
                pieces, bold_chars, link_chars, lead_link_chars = [], 0, 0, 0
            _walk_block(child, name, blocks, kind, level)
        if tail:
            pieces.append(tail)
        previous = child if isinstance(name, str) and not (child.tail or "").strip() else None
    if pieces:
        _add_text_block(blocks, "".join(pieces), bold_chars, (link_chars, lead_link_chars), kind, level)


_GLOSS_AFTER = re.compile(r"\s*\([a-z][^()]*\)$")  # "(island groups)", not "(Brazil, Mexico)"
_CARD_LINE_TAGS = frozenset({"span", "b", "strong"})


def _chip_separator(previous: etree._Element, element: etree._Element) -> str:
    """Inline elements of one tag and class side by side are items ("chips", "tags", "pills"), and one of
    another class just before them is their label: "Europe: UK, France", never "EuropeUKFrance"."""
    if _are_chips(previous, element):
        return ", "
    following = element.getnext()
    labels_chips = previous.get("class") and previous.tag == element.tag and following is not None
    if labels_chips and _are_chips(element, following):
        return ": "
    return " · " if _are_card_lines(previous, element) else ""


def _are_card_lines(previous: etree._Element, element: etree._Element) -> bool:
    """A card's name and lines as glued spans ("<b>FANUC Corporation</b><span>HQ: Oshino, Japan</span><span>FY2024
    revenue: ...</span>"), which a style sets one a line: parted, never "CorporationHQ: Oshino, JapanFY2024"."""
    if element.tag not in ("span", "small") or previous.tag not in _CARD_LINE_TAGS:
        return False
    lines = [previous, element]
    before, after = previous.getprevious(), element.getnext()
    lines += [e for e in (before, after) if e is not None and e.tag in _CARD_LINE_TAGS]
    opens = (element.text or "")[:1]
    glued = _could_end_a_name(previous.text or "") and (opens.isupper() or opens.isdigit())
    # "<strong>Ecovative LLC</strong><small>HQ: Green Island, USA</small>": a name over its fine print
    return glued and (len(lines) >= 3 or element.tag == "small")


def _could_end_a_name(text: str) -> bool:
    """ "FANUC Corporation", "Coolit Pumps Inc.", "Hamdard Laboratories (India)": how a name glued to the next line
    ends."""
    last = text[-1:]
    return last.isalnum() or last in ".)"


def _are_chips(first: etree._Element, second: etree._Element) -> bool:
    """Two of one tag and class, or two buttons, whatever their classes: each button is a control of its own."""
    marked = first.get("class")
    return first.tag == second.tag and (bool(marked) and second.get("class") == marked or first.tag == "button")


def _is_a_container(element: etree._Element) -> bool:
    """A custom element holding blocks ("<amp-accordion>" over headings and lists, a framework's "<x-tabs>"):
    its blocks stay blocks, where an unknown tag's text would run them together into one line."""
    name = element.tag
    return isinstance(name, str) and "-" in name and len(element) > 0 and _HOLDS_BLOCK_TAG(element)


_SUBJECTS_VERB = re.compile(r"(?:are|is|was|were|has|have|includes?|comprises?|covers?|spans?)\s")


def _labelled(lead: str, rest: str) -> tuple[str, str]:
    """A short bold lead before a list is its label: "Type" + " A, B, C" reads "Type: A, B, C", and a dash
    between them goes ("<b>By Crane Type</b> – Hammerhead, Flat-top")."""
    listed = rest.lstrip(" –—-")
    names_a_list = "," in listed and listed.rstrip()[-1:] != "." and listed[:1].isalnum()  # not ": A, B"
    names_a_list = names_a_list and not _SUBJECTS_VERB.match(listed)  # "<b>Services</b> are further divided into"
    if names_a_list and 0 < len(lead.split()) <= 4 and lead.strip()[-1:].isalnum():
        return f"{lead.rstrip()}:", f" {listed}"
    # "<b>CoolIT Systems Inc.</b>Calgary, Canada": a card's name glued to its line, which a style sets below it
    if rest[:1].isupper() and _could_end_a_name(lead) and len(lead.split()) <= 8:
        return f"{lead}:", f" {rest}"
    return lead, rest


_WIDGET_LABEL = re.compile(r"(?:Tab|Panel|Accordion)\s*:\s+(?=\S)")


def _add_text_block(
    blocks: list[Block], raw: str, bold_chars: int, links: tuple[int, int], kind: str, level: int
) -> None:
    """A run of inline text as a block; a paragraph that is (nearly) all bold is a label, and a line
    that starts with a bullet character ("• Toray Industries, Inc.") is a list item."""
    raw = _TEMPLATE_EXPRESSION.sub("", raw) if "{{" in raw else raw  # "{{ report.price }}", unrendered
    if not raw.isascii():  # "Brands in the report 👑 Kiss Products, ...": an emoji after a short label
        raw = _EMOJI_AFTER_LABEL.sub(r"\1: ", raw, count=1)
    text = _unglued(clean_text(raw))
    if kind == "para" and text.startswith("By ") and text.count(" | ") == 1:  # a pipe line "By Base Oil | A, B, C"
        text = _BY_LABEL_CELL.sub(r"\1: ", text)
    if text.lower() in vocab.AD_SLOT_LINES:  # "Advertisement" between a wire story's paragraphs
        return
    if kind == "heading" and text[:1] in "TPA" and (widget := _WIDGET_LABEL.match(text)):
        text = text[widget.end() :]  # "Tab: Europe" in a scraped page's tabs is the "Europe" section
    if text and any(ch.isalnum() for ch in text):  # "=======" rules in plain text say nothing
        outline = _OUTLINE_NUMBER.match(text) if kind in ("para", "item") and text[:1].isdigit() else None
        if outline:  # "1.1 Hardware" / "1.1.1 Axle Counters": the numbering states the depth
            kind, level, text = "item", outline.group(1).count(".") + 1, text[outline.end() :]
        elif kind == "para" and _BULLET_LINE.match(raw):
            kind, level, text = "item", level + 1, _BULLET_MARK.sub("", text, count=1)
        elif kind == "para" and (bold_chars >= 0.8 * len(text.replace(" ", "")) or _is_caps_heading(text)):
            kind = "label"
        link_chars, lead_link_chars = links  # "[Floating Solar Market Report](...) - USD 11.3 billion": opens with one
        linked = link_chars >= 0.75 * len(text) or lead_link_chars >= 0.4 * len(text)
        blocks.append(Block(kind, text, level, linked=linked))


def _is_caps_heading(text: str) -> bool:
    """ "SEGMENTS COVERED", "COMPETITIVE LANDSCAPE", "REGIONAL BREAKDOWN (island groups)": plain-text pages mark
    their headings in capitals, a gloss in brackets after them."""
    words = text.split()
    if len(words) <= 3 and words[-1].lower() in vocab.LEGAL_SUFFIXES:  # "BASF SE" in a run of names: a company
        return False
    capitals = _GLOSS_AFTER.sub("", text) if text.endswith(")") else text
    return len(words) <= 8 and capitals.isupper() and sum(ch.isalpha() for ch in capitals) >= 4


def _says_a_sentence(element: etree._Element) -> bool:
    """An image whose alt text is a sentence with figures ("The global business services market is forecast to
    reach a CAGR of 21% ..."): wire releases put a release's only figures there. A chart's caption ("Bar chart:
    share by product, 2024 — shoes, boots") is no sentence."""
    if element.tag != "img":
        return False
    alt = element.get("alt") or ""
    alt = alt.strip()
    return len(alt.split()) >= _ALT_SENTENCE_WORDS and alt.endswith(".") and any(ch.isdigit() for ch in alt)


def _walk_block(child: etree._Element, name: str, blocks: list[Block], kind: str, level: int) -> None:
    if name == "br" or name == "hr":
        return
    if name == "img":
        _add_text_block(blocks, child.get("alt"), 0, (0, 0), "para", level)
        return
    if name in _HEADINGS:
        _walk(child, blocks, "heading", _HEADINGS[name])
    elif name in _CARD_TAGS and (stat := _stat_card(_card_parts(child))):
        blocks.append(Block("row", stat))
    elif name == "li":
        _walk(child, blocks, "item", level + 1)
    elif name in ("dt", "summary"):  # a definition term labels the <dd> after it, a summary its details
        _walk(child, blocks, "label", level)
    elif name == "dl" and _lists_key_values(child):  # "<dt>Market size value in 2025</dt><dd>USD 811.6 million"
        terms = [_cell_text(term) for term in child if term.tag in ("dt", "dd")]
        blocks.extend(Block("row", f"{key} | {value}") for key, value in zip(terms[::2], terms[1::2], strict=True))
    elif name == "dl" and _lists_under_terms(child):  # "<dt>End user</dt><dd>Women</dd><dd>Men</dd>"
        for term in child:
            if isinstance(term.tag, str):
                _walk(term, blocks, "label" if term.tag == "dt" else "item", level + (term.tag == "dd"))
    elif name in ("ul", "ol", "dl"):
        _walk(child, blocks, kind, level)
    elif name == "table" and (bulleted := _bulleted_column(child)):
        blocks.extend(bulleted)
    elif name == "p" and (word_list := _WORD_LIST_LEVEL.search(child.get("style") or "")):
        for mark in [span for span in child.iter("span") if "mso-list:ignore" in (span.get("style") or "").lower()]:
            _remove_keeping_tail(mark)  # the bullet or number Word writes as text before the item
        _walk(child, blocks, "item", level + int(word_list.group(1)))
    elif name == "table" and _lays_out_a_page(child):  # an e-mail's layout grid: its cells hold blocks
        for cell in child.iter("td", "th"):
            if next(cell.iterancestors("table"), None) is child:
                _walk(cell, blocks, kind, level)
    elif name == "table":
        caption = child.find("caption")  # "All figures in EUR billion.": the unit of the table's figures
        captioned = "".join(caption.itertext()) if caption is not None else ""
        if _STATES_A_SCALE.search(captioned):  # a caption saying only what the table is about says nothing more
            _add_text_block(blocks, captioned, 0, (0, 0), "para", level)
        columns = _dimension_columns(child)
        if columns:
            blocks.extend(Block("para", f"{header}: {'; '.join(items)}") for header, items in columns)
        else:
            rows = _named_by_caption(_table_rows(child), captioned)
            blocks.extend(Block("row", " | ".join(cells), opens_table=at == 0) for at, cells in enumerate(rows))
    elif name == "tr":  # a row outside any table
        cells = [_cell_text(cell) for cell in child.iter("td", "th")]
        if any(cells):
            blocks.append(Block("row", " | ".join(cell for cell in cells if cell)))
    elif name == "pre" and (_holds_a_document(child) or _draws_a_table(child)):
        _walk(_rendered_text(child), blocks, kind, level)
    elif name == "pre":  # preformatted text: one block a line, "- x" lines are list items
        for line in "".join(child.itertext()).splitlines():
            item = _PRE_ITEM.match(line)
            text = clean_text(item.group(2) if item else line)
            if text:
                blocks.append(Block("item", text, 1 + len(item.group(1)) // 2) if item else Block("para", text))
    else:
        _walk(child, blocks, "para" if kind in ("para", "label") else kind, level)


def _holds_a_document(pre: etree._Element) -> bool:
    """A <pre> holding a whole text document (a scanned handout, a pasted e-mail, a plain-text release), as
    archives keep them: many lines, most of them prose. Code and short snippets stay one block a line."""
    if pre.get("data-rendered") is not None:
        return False
    lines = [line for line in "".join(pre.itertext()).splitlines() if line.strip()]
    prose = sum(1 for line in lines if len(line.split()) >= 6)
    return len(lines) >= _DOCUMENT_LINES and prose >= 0.3 * len(lines)


def _named_by_caption(rows: list[list[str]], caption: str) -> list[list[str]]:
    """A table whose first header is only "Segment" lists the dimension its caption names: under "Table 2 – By
    Application", "Segment | 2025 | 2032 | CAGR" heads "Application | 2025 | 2032 | CAGR"."""
    named = _CAPTIONED_DIMENSION.search(caption) if rows and rows[0] else None
    if named is None or rows[0][0].strip().lower() not in vocab.TABLE_SEGMENT_HEADERS:
        return rows
    return [[named.group("dimension"), *rows[0][1:]], *rows[1:]]


def _draws_a_table(pre: etree._Element) -> bool:
    """A <pre> holding a table drawn in text ("+------+-----+" / "| 2023 | 412.6 |"), as a fenced block
    keeps one: its rows read as a table's."""
    text = "".join(pre.itertext()).lstrip()
    return text.startswith(("+-", "|")) and text.count("\n|") >= 2


def _rendered_text(pre: etree._Element) -> etree._Element:
    """The <pre>'s text read as a plain-text page is: hard-wrapped lines joined, bullets as list items, capitals
    as headings. Indentation only lays the page out, so it goes (a list item keeps its own, for nesting)."""
    lines = "".join(pre.itertext()).expandtabs().split("\n")
    text = "\n".join(line if _PRE_ITEM.match(line) else line.lstrip() for line in lines)
    body = etree.fromstring(render_markdown(text).encode("utf-8"), parser=_HTML_PARSER).find("body")
    for nested in body.iter("pre"):  # an indented list item's code block: read line by line, once
        nested.set("data-rendered", "")
    return body


def _lays_out_a_page(table: etree._Element) -> bool:
    """A table that arranges the page (role="presentation", one cell, or holding tables or headings of its own,
    as e-mail newsletters do), not one that tabulates data."""
    if _HOLDS_LAYOUT(table):
        return True
    if table.get("role") in ("presentation", "none"):
        return not _pairs_keys_with_values(table)
    return _CELL_COUNT(table) == 1


def _cells_by_row(table: etree._Element) -> list[list[etree._Element]]:
    return [list(row.iter("td", "th")) for row in table.iter("tr")]


def _pairs_keys_with_values(table: etree._Element) -> bool:
    """A leaf table whose every row is a short key beside its value, a figure or a list, in most rows
    ("Expression System | E. coli Systems, Wheat Germ Systems"): data, whatever role an e-mail's markup gives it.
    A grid of names two by two ("Promega Corporation | Merck KGaA") lays names out."""
    rows = [[clean_text("".join(cell.itertext())) for cell in row] for row in _cells_by_row(table)]
    if len(rows) < 2 or not all(len(row) == 2 and 0 < len(row[0].split()) <= _KEY_WORDS for row in rows):
        return False
    return sum(any(ch.isdigit() or ch == "," for ch in value) for _, value in rows) > len(rows) / 2


def _card_parts(element: etree._Element) -> list[etree._Element]:
    """The two parts a stat card may have: a <div>'s two children, or a table's two one-cell rows."""
    if element.tag == "table":
        rows = _cells_by_row(element)
        return [row[0] for row in rows] if len(rows) == 2 and all(len(row) == 1 for row in rows) else []
    parts = [part for part in element if isinstance(part.tag, str)]
    if len(parts) != 2 or (element.text or "").strip() or any((part.tail or "").strip() for part in parts):
        return []
    return parts


def _stat_card(parts: list[etree._Element]) -> str | None:
    """ "<div class=stat><div>USD 4.62 Bn</div><div>Market size, 2024</div></div>", or an e-mail's "Market size
    2024" over "USD 291.6 million": a figure and its label, in either order, read as a snapshot's row. A
    value that is no figure ("North America" / "Largest Region") is told by its class."""
    if len(parts) != 2 or any(part.tag not in _CARD_PART_TAGS or _HOLDS_BLOCK_TAG(part) for part in parts):
        return None
    texts = [clean_text("".join(part.itertext())) for part in parts]
    values = [bool(_CARD_VALUE.match(text)) for text in texts]
    if values.count(True) != 1:  # "North America" over "Largest Region": the markup's classes say which is which
        values = [bool(_VALUE_CLASS.search(part.get("class", ""))) for part in parts]
    if values.count(True) != 1 or any(not text or len(text.split()) > _CARD_LABEL_WORDS for text in texts):
        return None
    value, label = (texts[0], texts[1]) if values[0] else (texts[1], texts[0])
    return f"{label} | {value}" if label[0].isalpha() else None


def _bulleted_column(table: etree._Element) -> list[Block]:
    """A one-column table whose cells open with bullets ("• Hardware" / "– Gateways"), as e-mails draw lists:
    its cells as list items, a bullet other than the first one's a level deeper."""
    cells = _cells_by_row(table)
    if len(cells) < 2 or any(len(row) != 1 for row in cells):
        return []
    if not all(_BULLET_LINE.match("".join(row[0].itertext())) for row in cells):
        return []
    lines = [_cell_text(row[0]) for row in cells]
    first_mark = lines[0][0]
    return [Block("item", _BULLET_MARK.sub("", line, count=1), 1 if line[0] == first_mark else 2) for line in lines]


def _dimension_columns(table: etree._Element) -> list[tuple[str, list[str]]]:
    """A table with one column per dimension ("By Type | By Application" over the items of each, some columns
    shorter): each column as a "By Type: a; b" line. A row-wise read would pair unrelated items."""
    first = next(table.iter("tr"), None)
    headers = ["".join(cell.itertext()).strip() for cell in first.iter("td", "th")] if first is not None else []
    if len(headers) < 2 or not all(_BY_HEADER.match(header) for header in headers):
        return []
    rows = [[_cell_text(cell) for cell in row.iter("td", "th")] for row in table.iter("tr")]
    width = len(rows[0])
    return [
        (header, [row[i] for row in rows[1:] if i < len(row) and row[i]]) for i, header in enumerate(rows[0][:width])
    ]


def _table_rows(table: etree._Element) -> list[list[str]]:
    """The table's rows as cell texts, a cell spanning rows (rowspan) repeated in each row it spans:
    "By Type | PLA", "By Type | PHA" where the page draws one "By Type" cell beside two rows."""
    rows: list[list[str]] = []
    spanning: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill)
    for row in table.iter("tr"):
        if next(row.iterancestors("table"), None) is not table:
            continue  # a nested table's row
        cells: list[str] = []
        spans_marked = bool(spanning)  # the markup draws its spans: none was lost
        for cell in row.iter("td", "th"):
            while len(cells) in spanning:
                cells.append(_take_span(spanning, len(cells)))
            text = _cell_text(cell)
            span = _span(cell, "rowspan")
            if span > 1:
                spanning[len(cells)] = (text, span - 1)
            cells.append(text)
            cells.extend([""] * (_span(cell, "colspan") - 1))  # "By Type | Scale-up NAS" over two columns
            spans_marked = spans_marked or span > 1 or _span(cell, "colspan") > 1
        while len(cells) in spanning:
            cells.append(_take_span(spanning, len(cells)))
        filled = _filled_prefix(cells)
        lost_span = rows and not spans_marked and _GROUP_CELL.match(rows[-1][0])
        if lost_span and filled and len(filled) < len(rows[-1]) and not _GROUP_CELL.match(filled[0]):
            filled = rows[-1][: len(rows[-1]) - len(filled)] + filled  # a group cell whose span was lost
            rows.append(filled)
        elif rows and not spans_marked and (blank := _leading_blanks(cells)) and blank < len(rows[-1]):
            rows.append([*rows[-1][:blank], *cells[blank:]])  # "| | Combiner HUD |", "| | | Transit Berths |"
        elif any(cells):
            rows.append([cell for cell in cells if cell])
    return rows


def _leading_blanks(cells: list[str]) -> int:
    """How many cells open the row blank, the rest all filled: a Markdown table draws the cells above as if they
    spanned down ("| Service type | Berthing | Annual |" over "| | | Transit |")."""
    blank = len(list(itertools.takewhile(lambda cell: not cell, cells)))
    return blank if 0 < blank < len(cells) and all(cells[blank:]) else 0


def _filled_prefix(cells: list[str]) -> list[str] | None:
    """The cells up to the first empty one, when every cell after it is empty too (else None):
    "| PHA | |" in a Markdown table drawn as if "By Type" still spanned the row."""
    filled = list(itertools.takewhile(bool, cells))
    return filled if not any(cells[len(filled) :]) else None


def _span(cell: etree._Element, attribute: str) -> int:
    value = cell.get(attribute) or "1"
    return min(int(value), 50) if value.isdigit() and int(value) > 0 else 1


def _take_span(spanning: dict[int, tuple[str, int]], column: int) -> str:
    text, left = spanning.pop(column)
    if left > 1:
        spanning[column] = (text, left - 1)
    return text


def _lists_under_terms(dl: etree._Element) -> bool:
    """A definition list whose terms (a dimension's names: "End user") each head several definitions: each term
    over its list, a definition's own list nested under it. Definitions under kinds of company ("Regional
    suppliers") are read as they stand."""
    terms = [term for term in dl if isinstance(term.tag, str)]
    tags = [term.tag for term in terms]
    runs = [len(list(group)) for tag, group in itertools.groupby(tags) if tag == "dd"]
    if not runs or tags[0] != "dt" or min(runs) < 2:
        return False
    return not any(vocab.PLAYER_NOUN.search(_cell_text(term)) for term in terms if term.tag == "dt")


def _lists_key_values(dl: etree._Element) -> bool:
    """A definition list of terms each with one short value, most of them figures: a snapshot's keys and
    values, read as rows. Terms over lists of names ("Europe" / "Germany, France") stay labels."""
    tags = [term.tag for term in dl if isinstance(term.tag, str)]
    if len(tags) < 4 or tags != ["dt", "dd"] * (len(tags) // 2):
        return False
    if any(len(term) or len((term.text or "").split()) > _KEY_VALUE_WORDS for term in dl):
        return False
    values = [term.text or "" for term in dl if term.tag == "dd"]
    # "Busan, Daegu, Ulsan — 24.8%": a list of names with its share is no snapshot's value
    figures = [value for value in values if any(ch.isdigit() for ch in value) and value.count(",") < 2]
    return len(figures) > len(values) / 2


def _unglued(text: str) -> str:
    glued = _GLUED_KEY.match(text)
    return f"{glued.group(1)}: {text[glued.end() :]}" if glued else text  # "Largest RegionNorth America"


def _cell_text(cell: etree._Element) -> str:
    """A cell's text; a list or lines inside a cell ("<li>Alkaline</li><li>PEM</li>") joined by " · "."""
    if not len(cell):
        return _inline_bullets(_unglued(clean_text(cell.text or "")))
    for small in cell.iter("small"):  # "North America<small>United States, Canada</small>": a name's own note
        before = small.getprevious()
        glued = (before.tail if before is not None else small.getparent().text) or ""
        if glued.strip() and not glued[-1].isspace() and (small.text or "").strip():
            small.text = f" ({small.text.strip()})"
    for label in cell.iter("strong", "b"):  # "<b>Product:</b> * Stick * Handheld <b>Battery Type:</b> ...": a line each
        before = label.getprevious()
        starts_line = before is None or before.tag == "br" and not (before.tail or "").strip()
        if (label.text or "").rstrip().endswith(":") and not starts_line:
            label.text = f" · {label.text}"
    inner: list[Block] = []
    _walk(cell, inner, "para", 0)
    return " · ".join(_inline_bullets(block.text) for block in inner)


def _inline_bullets(text: str) -> str:
    """ "* Alkaline * PEM + Ammonia", "Product: * Stick * Handheld": a Markdown table cannot hold a list, so
    writers and exports put its bullets inline; they separate items like the " · " of a list in an HTML cell."""
    if len(text) < 5 or (text[:2] not in ("* ", "+ ") and text.count(" * ") < 2):
        return text
    return " · ".join(item.strip() for part in text.split(" · ") for item in _INLINE_BULLET.split(part) if item.strip())


def _figures_under_their_labels(blocks: list[Block]) -> list[Block]:
    """A card's minor heading over its figure alone ("<h5>Market Size 2024</h5><p>US$ 1,126.7 Million</p>"): one
    snapshot row, "Market Size 2024 | US$ 1,126.7 Million", as a two-part stat card reads."""
    out: list[Block] = []
    skip = False
    for block, following in itertools.zip_longest(blocks, blocks[1:]):
        if skip:
            skip = False
            continue
        labels = block.kind == "heading" and block.level >= _CARD_HEADING_LEVEL and len(block.text.split()) <= 6
        if labels and following is not None and following.kind == "para" and _CARD_VALUE.match(following.text):
            out.append(Block("row", f"{block.text} | {following.text}"))
            skip = True
        else:
            out.append(block)
    return out


_NUMBERED_LINE = re.compile(r"^(?:(?P<number>\d{1,2})|(?P<letter>[a-z]))[.)]\s+(?=\S)")


def _numbered_lines_as_items(blocks: list[Block]) -> list[Block]:
    """Paragraphs numbered as text, "1. Dry Bulk" / "a) Coal" / "b) Iron Ore" / "2. Break Bulk", as a press-release
    site's editor leaves a list: items, lettered lines nested under the numbered one. Numbers count up from 1, two
    lines at least."""
    numbered = [_NUMBERED_LINE.match(b.text) if b.kind == "para" else None for b in blocks]
    out = list(blocks)
    at = 0
    while at < len(blocks):
        run, expected_number, expected_letter = [], 1, "a"
        for line in numbered[at:]:
            if line and line["number"] and int(line["number"]) == expected_number:
                expected_number, expected_letter = expected_number + 1, "a"
            elif line and line["letter"] == expected_letter and expected_number > 1:
                expected_letter = chr(ord(expected_letter) + 1)
            else:
                break
            run.append(line)
        if expected_number > 2:
            for offset, line in enumerate(run):
                block = blocks[at + offset]
                out[at + offset] = replace(
                    block, kind="item", text=block.text[line.end() :], level=1 if line["number"] else 2
                )
        at += max(1, len(run))
    return out


def _without_speakers(blocks: list[Block]) -> list[Block]:
    """An interview's "Okonjo: In the report we profile A, B and C": each speaker's name, three turns at least for
    one of them, goes from the turns, which then read as any paragraph."""
    turns = Counter(
        m.group(1)
        for b in blocks
        if b.kind in ("para", "label")
        and (m := _SPEAKER.match(b.text))
        and b.text.rstrip("”\"'’ ").endswith((".", "?", "!"))
    )
    speakers = {name for name, count in turns.items() if count >= _TURNS}
    if not speakers:
        return blocks
    return [
        replace(b, text=b.text[m.end() :]) if (m := _SPEAKER.match(b.text)) and m.group(1) in speakers else b
        for b in blocks
    ]


def _drop_related_runs(blocks: list[Block], contents: list[Block]) -> list[Block]:
    """Drop "Related Reports" / "You May Also Like" boxes that markup did not mark as boilerplate; a table of
    contents goes to ``contents``, its chapters' items being no lines of the release.

    After such a header, blocks are dropped while they name a market or are list items; under a
    heading, until the next heading of the same or a higher level. Readers' comments quote figures
    of their own: they go to the end of their section.
    """
    kept: list[Block] = []
    skipping, level, dropped = False, 0, []
    for index, block in enumerate(blocks):
        if block.kind in ("heading", "label", "para") and _COMMENTS_HEADER.fullmatch(block.text):
            return kept + _drop_related_runs(_after_the_section(blocks, index), contents)
        if _is_related_line(block):  # "Related briefs: A Market to Reach ... · B Market (CAGR 15.6%)"
            continue
        if _is_related_header(block) and not _in_a_menu(blocks, index):
            skipping, level = True, block.level if block.kind == "heading" else 0
            dropped = contents if _CONTENTS_HEADER.fullmatch(block.text) else []
            continue
        if skipping:
            if block.kind == "heading" and (
                not level or block.level <= level or dropped is contents and _names_segments(block)
            ):
                skipping = False
            elif level or block.kind == "item" or "market" in block.text.lower() or _is_a_boxs_line(block):
                dropped.append(block)
                continue
            else:
                skipping = False
        kept.append(block)
    return kept


def _names_segments(heading: Block) -> bool:
    """A segmentation's own heading ("Segments covered in this report") under a table of contents is no chapter:
    its lists are the release's, while "List of Tables" stays the contents'."""
    return "segment" in heading.text.lower()


def _in_a_menu(blocks: list[Block], index: int) -> bool:
    """ "Home" / "Latest Releases" / "Industries": a plain-text page's menu, one short entry a line, heads no box."""
    around = blocks[max(0, index - 1) : index] + blocks[index + 1 : index + 2]
    return len(around) == 2 and all(
        b.kind == "para" and len(b.text.split()) <= 2 and b.text[-1:].isalnum() for b in around
    )


def _after_the_section(blocks: list[Block], index: int) -> list[Block]:
    """What follows the section the header at ``index`` opens: from the next heading as high; a label's or a
    paragraph's runs to the page's end."""
    header = blocks[index]
    if header.kind == "heading":
        for at in range(index + 1, len(blocks)):
            if blocks[at].kind == "heading" and blocks[at].level <= header.level:
                return blocks[at:]
    return []


def _is_a_boxs_line(block: Block) -> bool:
    """A plain-text box's other lines: a story's headline ("Auction report: records in Geneva") or its link."""
    text = block.text
    is_a_link = text.startswith("http") and " " not in text
    return block.kind == "para" and (is_a_link or len(text.split()) <= 14 and text[-1:].isalnum())


def _is_related_header(block: Block) -> bool:
    if len(block.text) > 120 or block.kind not in ("heading", "label", "para"):
        return False
    lowered = block.text.lower()
    most_words = 8 if lowered.endswith(":") else 6  # "Other titles in our power electronics series:"
    cued = _RELATED_CUE.search(lowered) is not None or _OTHER_WORKS.search(lowered) is not None
    # "Full Table of Contents @: https://…" is a link to the contents, over the release's own next lines
    links_the_contents = "contents" in lowered and "http" in lowered
    return len(lowered.split()) <= most_words and not lowered.endswith(".") and cued and not links_the_contents


def _is_related_line(block: Block) -> bool:
    if not 0 < block.text.find(":") < 60:
        return False
    label, colon, rest = block.text.partition(":")
    return bool(colon and rest.strip()) and len(label.split()) <= 4 and _is_related_header(Block("label", label))


def clean_text(text: str) -> str:
    """Collapse white space and drop Markdown emphasis marks left inside HTML blocks."""
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(r"\2", text.replace("\n", " "))
    if not text.isascii():  # "🔹 By Component: ...", "3️⃣ 📈 CAGR: 16.4%": emoji state nothing
        text = without_invisibles(_EMOJI.sub("", text))  # and "&shy;", "&#8203;" inside words show nothing
        text = fold_lookalikes(text)  # "C&#1040;GR": a look-alike written as an entity shows only once decoded
    if "...." in text:  # "Type ........ Fixed Wing; Rotary Wing": a leader joins a label to its value
        text = _LEADER.sub(": ", text)
    if " ." in text:  # "Middle East & Africa . UAE, Saudi Arabia": a leader cut to a dot or three by the longest
        text = _SHORT_LEADER.sub(r"\1: ", text)  # label ("Southern Province .. Huye, Nyamagabe")
    if ":-" in text:  # "Segmentation by Type:- A, B": a colon and a dash are one colon
        text = text.replace(":-", ":")
    if " -- " in text:  # "California -- The largest market": a typewriter's dash is a dash
        text = text.replace(" -- ", " — ")
    return " ".join(text.split())  # every Unicode space (no-break, thin, ideographic) collapsed
