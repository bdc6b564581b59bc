"""Markdown and plain text to HTML: the repairs that make careless Markdown regular (hard-wrapped lines,
page furniture of pasted PDFs, definition lists, tables without a separator line), then cmark-gfm (C),
which renders Markdown fast enough that a page costs about its HTML parse (benchmarks/parse_speed.py)."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from html import escape

import cmarkgfm
from cmarkgfm.cmark import Options

from pipelines.parse import vocabulary as vocab

# Raw HTML inside Markdown is kept (pages mix both); a line break inside a paragraph is a break.
_MARKDOWN_OPTIONS = Options.CMARK_OPT_UNSAFE | Options.CMARK_OPT_HARDBREAKS
_STARTS_OWN_LINE = re.compile(
    r"\s*(?:[-*+•]\s|[#|>]|[-=_~*]{3}|\d+[.)]\s|\d{1,2}(?:\.\d{1,2})+\.?\s+[A-Z]"
    r"|[A-Z][\w &/-]{0,40}(?:\([^()\n]{0,20}\)[\w &/-]{0,20})?:\s)"
)  # a list item, a heading, a rule, an outline's "4.4 Rest of the World", a "Label (2024): value" line
_ESCAPED_MARK = re.compile(r"(?m)^([ \t]*(?:\d{1,3})?)\\([-*+#.)])(?=\s)")
# Marks plain text opens list items with that CommonMark does not know: "o", "•", "■", "(a)", "(ii)", "b)", and "・"
# with no space after it.
_TEXT_LIST_MARK = re.compile(
    r"(?m)^([ \t]*)(?:(?:[•◦▪■►➤–]|o(?=[ \t]+[A-Z\d])|~(?=[ \t]+[A-Z])|\((?:[a-z]|[ivx]{1,4})\)|[a-z]\))[ \t]+"
    r"|・[ \t]*)(?=\S)"
)
_DASH_ITEM = re.compile(r"[ \t]*- \S")
_DOT_ITEM = re.compile(r"([ \t]+)\. (?=[A-Z])")
_DOT_LEADER = re.compile(r"\S ?\.{4,} ?\S")
# A plain-text table of regions: the region, a wide gap, its countries.
_REGION_COLUMN = re.compile(
    rf"(?mi)^([ \t]*(?:{vocab.REGION_NAMES_PATTERN}))[ \t]{{3,}}(?=[A-Z])(?!(?:{vocab.REGION_NAMES_PATTERN})\b)"
)  # not "Asia-Pacific      Europe", two regions set side by side
# A scraped text snapshot's region glued to its countries, two a line: "North AmericaU.S., Canada    EuropeGermany"
_GLUED_REGION = re.compile(rf"(?mi)(^[ \t]*|[ \t]{{3,}})({vocab.REGION_NAMES_PATTERN})(?-i:(?<=[a-z])(?=[A-Z]))")
# Two "Key | value" pairs side by side in a text snapshot: "Value (2033) | EUR 5.02 bn      CAGR 2025-2033 | 4.96 %".
_PAIRS_SIDE_BY_SIDE = re.compile(r"(?m)^([ \t]*[^|\n]{2,40}? \| [^|\n]+?)[ \t]{3,}([^|\s][^|\n]{1,40}? \| [^|\n]+)$")
# Two keys with their figures side by side in scraped text, one at least glued to its figure: "Europe Share
# 202436.2%        Asia Pacific CAGR10.7%" (not a related report's "X MarketSize 2024USD 11.7 Bn    CAGR13.1%").
_PAIR = r"\S(?:(?! {4})[^\n|])*?\d(?:(?! {4})[^\n|])*?"
_GLUED_PAIRS_SIDE_BY_SIDE = re.compile(
    rf"(?m)^(?=[^\n]*(?:[A-Za-z]\d|\d[A-Z]{{3}}))(?![^\n]*[Mm]arket)([ \t]*{_PAIR})[ \t]{{4,}}({_PAIR})[ \t]*$"
)
# Two dimensions with their items side by side in scraped text: "By SystemWeather-Based, Sensor-Based    By
# ComponentControllers, Sensors".
_LINE_OF_A_DIMENSION = re.compile(r"^[ \t]*By\s")
_GAP_BEFORE_A_DIMENSION = re.compile(r"(?<=\S)[ \t]{4,}(?=By\s[A-Z])")
_NUMBERED_LINE = re.compile(r"^\s{0,3}(\d{1,2})\.\s")
# "03. SCAFFOLDING MARKET REGIONAL OUTLOOK": a plain-text page's numbered heading, in capitals.
_NUMBERED_CAPS_LINE = re.compile(r"^\s{0,3}\d{1,2}\.\s+([A-Z][A-Z0-9&,:'’ /()-]*[A-Z0-9)])\s*$")
# A Japanese release's "■ Key findings" between blank lines heads a section; "[By Crop]" alone on its line labels the
# list indented under it
_SECTION_MARK = re.compile(r"(?m)(?<=\n\n)■[ \t]+(?=[^\n]{1,80}\n[ \t]*\n)")
_BRACKETED_LABEL = re.compile(r"(?m)^([ \t]*)[\[【]((?i:by)\s[^\]】\n]{1,40})[\]】][ \t]*$")
# A Notion export's toggle: "▸ Segmentation" over its indented content is that content's heading.
_TOGGLE = re.compile(r"(?m)^[▸▶][ \t]+(?=[^\n]{1,80}\n(?:[ \t]*\n)*(?: {4}|\t)\S)")
# "  Middle East & Africa  UAE, Saudi Arabia", "  Asia Pacific .. China, Japan"
_WIDE_GAP = re.compile(r"^([ \t]*\S.*?\S)(?: {2,}| \.{1,3} )(?=\S)")
_TWO_NAMES = re.compile(r"(?m)^[ \t]*(?P<left>\w(?:.*?\S)?) {3,}(?P<right>\w(?:.*\S)?)[ \t]*$")
_MARKDOWN_ITEM = re.compile(r"^[ \t]*[-*+][ \t]+")
# A short "Type:" line over lines indented under it: plain text's list without marks.
_LABEL_OVER_INDENTED = re.compile(r"(?m)^[ \t]*\S[^:\n]{0,40}(?::| -)[ \t]*\n[ \t]+\S")
_HEADING_OVER_INDENTED = re.compile(r"(?m)^[A-Z][^\n]{0,80}\n[ \t]+\w[^\n]{0,60}\n[ \t]+\w")
_HEADING_LINE = re.compile(r"[A-Z][\w ,&/'’-]*(?:\([^()]*\))?")  # words, maybe units in brackets; no code
_QUOTE_MARK = re.compile(r"[ \t]*>[ \t]?")
_RULE_LINE = re.compile(r"^\s*(?:[-=_~*]\s*){5,}$")
_DASH_LINE = re.compile(r"^ {0,3}-{3,}[ \t]*$")
_COLUMN_GAP = re.compile(r"\s{2,}")
_FIGURE_CELL = re.compile(r"[-+]?[$€£]?\d[\d.,]*\s?%?")
_OPEN_CELLS = re.compile(r"^\s*[^|\s].* \|\s*$")  # a line of names parted by bars that ends on one, no table row
_PIPE_ROW = re.compile(r"^\s*\|.*\|")
# An Obsidian callout's "> [!abstract]- Regions and countries": the title is the line's text.
_CALLOUT_MARK = re.compile(r"(?m)^([ \t]*>[ \t]?)\[![\w-]+\][-+]?[ \t]*")
_PANDOC_FENCE = re.compile(r"(?m)^ {0,3}:{3,}.*$")
_PANDOC_SPAN = re.compile(r"(?<!\])\[([^\[\]]*)\]\{[^{}\n]*\}")  # "[May 6, 2025]{.dateline}", not a link
_PANDOC_ATTRIBUTES = re.compile(
    r"[ \t]*\{(?:[#.][\w-]+|[\w-]+=\"[^\"\n]*\")(?:\s+(?:[#.][\w-]+|[\w-]+=\"[^\"\n]*\"))*\}"
)
_GRID_BORDER = re.compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*$")
_GRID_LINE = re.compile(r"^[ \t]*(?:\+(?:[-=:]+\+)+|\|.*\|)[ \t]*$")
_SPACED_COLUMNS = re.compile(r"\S {3,}\S")  # "Muscat Governorate      Seeb, Bawshar      27%"
_DASH_GROUPS = re.compile(r"(?m)^ {0,8}-{3,}(?: +-{3,})+ *$")  # the rule under a simple table's header, maybe indented
_TABLE_RULE = re.compile(r"^[ \t]*[-=+|: \t]{3,}$")  # "-----+-----" under a plain-text table's header
_SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{3,}")
_PAGE_NUMBER = re.compile(r"\bPage \d+ (?:of|/) \d+\b", re.I)
_BARE_URL = re.compile(r"\bhttps?://\S+")
_ENDS_WITH_URL = re.compile(r"(?<!\]\()(?<!<)https?://\S+\s*$")  # bare, not a Markdown link's target
_MARKUP_IN_LINE = re.compile(r"\]\([^)\s]*\)|\*\*|__|<[^<>]*>")  # "[text](https://...)" shows as "[text]"
_DEFINITION_MARK = re.compile(r"\n {0,3}:[ \t]+\S")
_DEFINITION = re.compile(
    r"^(?P<term>[^\s:|>#*+<-][^\n]*)\n(?:[ \t]*\n)?(?P<definitions>(?: {0,3}:[ \t]+\S[^\n]*(?:\n|\Z))+)", re.M
)


def _render(text: str) -> str:
    """CommonMark with GitHub tables: the Markdown that syndicated pages are written in."""
    return cmarkgfm.markdown_to_html_with_extensions(text, options=_MARKDOWN_OPTIONS, extensions=["table"])


def render_markdown(text: str) -> str:
    """Markdown (or plain text) as HTML, after the repairs careless writers and exports call for."""
    text = _grid_tables(_without_pandoc_markup(_CALLOUT_MARK.sub(r"\1", text) if "[!" in text else text))
    text = _cells_run_on(text) if "\n " in text and " | " in text else text
    text = _leaders_cut_to_spaces(_names_in_columns(_with_list_marks_unescaped(text)))
    text = _TOGGLE.sub("#### ", text) if "▸" in text or "▶" in text else text
    text = _SECTION_MARK.sub("## ", text) if "■" in text else text
    text = _BRACKETED_LABEL.sub(r"\1\2:", text) if "[" in text or "【" in text else text
    text = _text_list_marks(_indented_under_labels(text))
    text = _dots_under_dashes(text) if "\n " in text and ". " in text else text
    text = _rules_under_boxes(_numbered_caps_headings(_unwrap(_without_page_furniture(text))))
    text = _aligned_tables(_simple_tables(text))
    text = _REGION_COLUMN.sub(r"\1: ", text) if "   " in text else text  # "North America      United States, Mexico"
    text = _unglued_regions(text) if "\n" in text else text  # "North AmericaU.S., Canada    EuropeGermany"
    text = _PAIRS_SIDE_BY_SIDE.sub(r"\1\n\2", text) if " | " in text else text
    text = _GLUED_PAIRS_SIDE_BY_SIDE.sub(r"\1\n\n\2", text) if "    " in text else text
    text = _one_dimension_a_line(text) if "    By " in text else text
    text = _bare_pipe_tables(text) if " | " in text else text
    return _render(_tables_without_separator(_definition_lists(text)))


def _dots_under_dashes(text: str) -> str:
    """ "    - Transfer Assist Robots" / "        . Wearable Type": dots indented under a dash's item mark its own
    items."""
    lines = text.split("\n")
    dash_at = None  # the indent of the dash item above, while the lines under it are dotted
    for index, line in enumerate(lines):
        dotted = _DOT_ITEM.match(line) if dash_at is not None else None
        if dotted and len(dotted.group(1)) > dash_at:
            lines[index] = f"{' ' * (dash_at + 2)}- {line[dotted.end() :]}"  # where the dash item's text starts
        elif line.strip():
            dash_at = _indent(line) if _DASH_ITEM.match(line) else None
    return "\n".join(lines)


def _one_dimension_a_line(text: str) -> str:
    """Each of a line's side-by-side dimensions on a line of its own, however many the line holds."""
    lines = text.split("\n")
    return "\n".join(
        _GAP_BEFORE_A_DIMENSION.sub("\n", line) if _LINE_OF_A_DIMENSION.match(line) else line for line in lines
    )


def _unglued_regions(text: str) -> str:
    """ "North AmericaU.S., Canada    EuropeGermany, France": a scraped snapshot's regions glued to their countries,
    two a line, as one region a line, "North America: U.S., Canada"."""

    def parted(match: re.Match[str]) -> str:
        at_line_start = match.start() == 0 or text[match.start() - 1] == "\n"
        return f"{match.group(1) if at_line_start else chr(10)}{match.group(2)}: "

    return _GLUED_REGION.sub(parted, text)


def _without_pandoc_markup(text: str) -> str:
    """Pandoc's Markdown as CommonMark: "::: {.div}" fences and "{#id .class}" attributes go, and a
    "[span]{.byline}" is its text."""
    if ":::" not in text and "]{" not in text and "){" not in text:
        return text
    text = _PANDOC_FENCE.sub("", text)
    text = _PANDOC_SPAN.sub(r"\1", text)
    return _PANDOC_ATTRIBUTES.sub("", text)


def _cells_run_on(text: str) -> str:
    """A text table's row whose cells run on to the next lines, each an indented line led by a bar:
    "By Product    | Soldering Stations | Reflow Ovens" / "              | Selective Soldering Systems"."""
    out: list[str] = []
    for line in text.split("\n"):
        cells = line.lstrip(" \t")
        indent = len(line) - len(cells)
        runs_on = out and " | " in out[-1] and not out[-1].rstrip().endswith("|")
        if indent >= 4 and cells.startswith("| ") and not cells.rstrip().endswith("|") and runs_on:
            out[-1] = f"{out[-1].rstrip()} {cells.rstrip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _grid_tables(text: str) -> str:
    """Tables drawn with "+----+" borders (pandoc's grid tables, a console's or a wire's ASCII tables) as the
    pipe tables CommonMark reads."""
    if "+-" not in text:  # a cheap screen: most pages hold none
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        if _GRID_BORDER.match(lines[index]):  # a border is a grid line: the table runs one line at least
            end = next((i for i in range(index, len(lines)) if not _GRID_LINE.match(lines[i])), len(lines))
            out.extend(_grid_as_pipe_table(lines[index:end]))
            index = end
        else:
            out.append(lines[index])
            index += 1
    return "\n".join(out)


def _grid_as_pipe_table(lines: list[str]) -> list[str]:
    """A grid's rows as pipe rows: a line whose first cell is blank goes on with the row above ("| | billion) |"
    under "| Region | 2024 (USD |"), and the rows above a "+====+" border, or a lone first row boxed off on
    its own, are the header."""
    rows: list[list[str]] = []
    header = first_box = 0
    row_open = False
    for line in lines:
        if _GRID_BORDER.match(line):
            header = header or ("=" in line) * len(rows)
            first_box = first_box or len(rows)
            row_open = False
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if row_open and not cells[0] and len(cells) == len(rows[-1]):
            rows[-1] = [f"{above} {below}".strip() for above, below in zip(rows[-1], cells, strict=True)]
        else:
            rows.append(cells)
        row_open = True
    return _pipe_table(rows, header or int(first_box == 1 and len(rows) > 1))


def _pipe_table(rows: Sequence[Sequence[str]], header: int = 1) -> list[str]:
    """Rows of cells as a pipe table's lines, the "|---|" separator under the first ``header`` rows (none
    when 0)."""
    piped = ["| " + " | ".join(row) + " |" for row in rows]
    return [*piped[:header], "|" + "---|" * len(rows[0]), *piped[header:]] if header else piped


def _with_list_marks_unescaped(text: str) -> str:
    """ "\\- Stick Electrodes", "1\\. By Type": word processors' Markdown exports escape the marks that open a
    list item or a heading, so their lists would read as paragraphs of dashes."""
    if "\\" not in text:
        return text
    return _ESCAPED_MARK.sub(r"\1\2", text)


def _leaders_cut_to_spaces(text: str) -> str:
    """ "Asia Pacific ........ China, Japan" over "Middle East & Africa  UAE, Saudi Arabia": among lines that join
    label and value with dot leaders, the longest labels leave room for a dot or two, or only spaces."""
    if "...." not in text:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        beside = lines[max(0, index - 1) : index + 2]
        if not _DOT_LEADER.search(line) and any(_DOT_LEADER.search(other) for other in beside):
            lines[index] = _WIDE_GAP.sub(r"\1 .... ", line, count=1)
    return "\n".join(lines)


def _indented_under_labels(text: str) -> str:
    """ "Type:" over "    Coagulants & Flocculants" / "    Corrosion Inhibitors": short lines indented under a
    short label, without marks, are its list (as a mail's text part writes one), not lines of a paragraph.
    So are "    + Hub Motor" lines, which CommonMark would read as the label's paragraph, indented four."""
    if _LABEL_OVER_INDENTED.search(text) is None and _HEADING_OVER_INDENTED.search(text) is None:
        return text
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        label = lines[index].rstrip()
        end = index + 1
        if _labels_a_list(label):
            while end < len(lines) and _indent(lines[end]) > _indent(label) and _listed_under(lines[end]):
                end += 1
        if any(_COLUMN_GAP.search(line.strip()) for line in lines[index + 1 : end]):
            end = index + 1  # "  HFA-134a      9.8      9.6": a plain-text table's rows (``_aligned_tables``)
        # CommonMark reads a marked list indented up to three spaces; four make its lines the label's
        if end - index >= 3 and (_indent(lines[index + 1]) >= 4 or not _MARKDOWN_ITEM.match(lines[index + 1])):
            opens_item = _MARKDOWN_ITEM.match(label)  # "- By Type:": its list nests under it
            base = opens_item.end() if opens_item else _indent(label)
            indents = sorted({_indent(line) for line in lines[index + 1 : end]})
            lines[index + 1 : end] = [
                " " * base + "  " * indents.index(_indent(line)) + "- " + _MARKDOWN_ITEM.sub("", line).strip()
                for line in lines[index + 1 : end]
            ]
        index = end
    return "\n".join(lines)


def _labels_a_list(line: str) -> bool:
    """ "Type:", "By Product -", or a heading of no sentence at the margin: "Type Outlook (Revenue, USD Million)"."""
    labelled = line.endswith((":", " -")) and len(line.split()) <= 5
    return labelled or _HEADING_LINE.fullmatch(line) is not None and _a_bare_name(line)


def _names_in_columns(text: str) -> str:
    """ "Key players:" over "  Bafang Electric        Shimano Inc." / "  Robert Bosch GmbH      Mahle GmbH": names
    set in two columns under a label are its list, one name an item, where the lines would run them together."""
    if ":\n" not in text or _TWO_NAMES.search(text) is None:  # a cheap screen: most pages hold none
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        out.append(lines[index])
        start = index + 1
        while start < len(lines) and not lines[start].strip():
            start += 1
        rows = []
        if lines[index].rstrip().endswith(":") and len(lines[index].split()) <= 8:
            for line in lines[start:]:
                row = _TWO_NAMES.match(line)
                if not row or not _a_bare_name(row["left"]) or not _a_bare_name(row["right"]):
                    break
                if rows and (row.start("left"), row.start("right")) != (rows[0].start("left"), rows[0].start("right")):
                    break
                rows.append(row)
        if len(rows) < 2:
            index += 1
            continue
        out.extend(lines[index + 1 : start])
        indent = " " * _indent(lines[index])  # the label's: a paragraph indented under it after the list is no item's
        out.extend(f"{indent}- {name}" for row in rows for name in (row["left"], row["right"]))
        index = start + len(rows)
    return "\n".join(out)


def _listed_under(line: str) -> bool:
    return _MARKDOWN_ITEM.match(line) is not None and bool(line.strip(" \t-*+")) or _a_bare_name(line)


def _a_bare_name(line: str) -> bool:
    """A short line that is no sentence, no "Label: value" pair, no run going on ("A, B,") and bears no list
    mark of its own ("✤ Powder").
    A company's legal form ends it on a period: "Kansai Paint Co., Ltd."."""
    name = line.strip()
    return (
        0 < len(name.partition(" (")[0].split()) <= 8  # "... Co., Ltd. (Nippon Paint Holdings)"
        and name[0].isalnum()
        and (name[-1] not in ".:," or name[-1] == "." and name.split()[-1].lower() in vocab.LEGAL_SUFFIXES)
        and not _STARTS_OWN_LINE.match(name)
        and not _TEXT_LIST_MARK.match(name)
    )


def _wrapped_cells_joined(rows: list[list[str]]) -> list[list[str]]:
    """A plain-text table's row whose first cell is blank goes on with the row above, its cells wrapped ("Western
    Canada   British Columbia, Alberta," over "             Manitoba")."""
    joined: list[list[str]] = []
    for cells in rows:
        if len(joined) > 1 and not cells[0] and any(cells):
            joined[-1] = [f"{above} {below}".strip() for above, below in zip(joined[-1], cells, strict=True)]
        else:
            joined.append(cells)
    return joined


def _cells_under(row: str, groups: Sequence[tuple[int, int]]) -> list[str]:
    """A row's cells under a simple table's dash groups; a word that starts left of its group's dashes
    ("CAGR 2025-2032" over a rule one column to the right) is still that column's."""
    starts = [0]
    for (_, previous_end), (start, _) in itertools.pairwise(groups):
        while start > previous_end and start <= len(row) and row[start - 1 : start].strip():
            start -= 1
        starts.append(start)
    return [row[a:b].strip() for a, b in zip(starts, [*starts[1:], None], strict=True)]


def _text_list_marks(text: str) -> str:
    """ "    o Solutions" / "        o All-in-One Modules", "(a) Wi-Fi": plain text's list marks as CommonMark's, so
    that its lists read as lists, nested as they are indented (however deep: four spaces would make code)."""
    if _TEXT_LIST_MARK.search(text) is None:
        return text
    lines = text.split("\n")
    marks = [_TEXT_LIST_MARK.match(line) for line in lines]
    out: list[str] = []
    index = 0
    while index < len(lines):
        if not marks[index]:
            out.append(lines[index])
            index += 1
            continue
        end = index + 1  # the list's items and the lines that wrap them, indented under their item
        while end < len(lines) and (marks[end] or _indent(lines[end]) > _indent(lines[end - 1])):
            end += 1
        out.extend(_as_list_items(lines[index:end], marks[index:end]))
        index = end
    return "\n".join(out)


def _as_list_items(lines: Sequence[str], marks: Sequence[re.Match[str] | None]) -> list[str]:
    """A run of marked lines as CommonMark items, two spaces a level; a line without a mark wraps its item."""
    indents = sorted({len(mark.group(1)) for mark in marks if mark})
    items: list[str] = []
    for line, mark in zip(lines, marks, strict=True):
        if mark:
            items.append("  " * indents.index(len(mark.group(1))) + "- " + line[mark.end() :].rstrip())
        elif _left_open(items[-1]):  # "o Europe (Germany, UK," / "    Ireland)"
            items[-1] += " " + line.strip()
        else:
            items.append(" " * (_indent(items[-1]) + 2) + line.strip())
    return items


def _left_open(line: str) -> bool:
    return line[-1:] in ",&/" or line.count("(") > line.count(")")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip()) if line.strip() else 0


def _simple_tables(text: str) -> str:
    """Pandoc's "simple tables" (a header line, a line of dash groups under its columns, one row a line up to
    a blank line) as the pipe tables CommonMark reads: an export of an HTML table writes them so."""
    if "--- " not in text or _DASH_GROUPS.search(text) is None:  # a cheap screen: most pages hold none
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if index and lines[index - 1].strip() and _DASH_GROUPS.fullmatch(line):
            groups = [m.span() for m in re.finditer(r"-{3,}", line)]
            rows = [out.pop()]
            index += 1
            while index < len(lines) and lines[index].strip() and not _DASH_GROUPS.fullmatch(lines[index]):
                if lines[index].strip(" -"):  # a subtotal's rule under some columns goes
                    rows.append(lines[index])
                index += 1
            out.extend(_pipe_table(_wrapped_cells_joined([_cells_under(row, groups) for row in rows])))
            index += index < len(lines) and _DASH_GROUPS.fullmatch(lines[index]) is not None  # a closing rule
            continue
        out.append(line)
        index += 1
    return "\n".join(out)


def _aligned_tables(text: str) -> str:
    """Plain text's tables of figures, columns aligned with spaces ("  HFA-134a      9.8     9.6     6.1" under
    "            2021    2024    2030") as pipe tables: three lines at least, each of the same cells (the header
    may lack the first), every row after the header holding two figures or more."""
    if "   " not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and len(_COLUMN_GAP.split(lines[end].strip())) >= 3:
            end += 1
        rows = [_COLUMN_GAP.split(line.strip()) for line in lines[index:end]]
        if len(rows) >= 3 and len(rows[0]) == len(rows[1]) - 1:
            rows[0] = ["", *rows[0]]  # the items' column has no header
        widths = {len(row) for row in rows}
        if len(rows) >= 3 and len(widths) == 1 and all(_figures(row) >= 2 for row in rows[1:]):
            out.extend(_pipe_table(rows))
            index = end
            continue
        out.append(lines[index])
        index += 1
    return "\n".join(out)


def _figures(cells: Sequence[str]) -> int:
    return sum(_FIGURE_CELL.fullmatch(cell) is not None for cell in cells)


def _numbered_caps_headings(text: str) -> str:
    """ "03. SCAFFOLDING MARKET REGIONAL OUTLOOK" over its own lines is a heading, not a one-item numbered list;
    a numbered list's item in capitals ("4. Knauf Insulation" / "5. ROCKWOOL A/S" / "6. Johns Manville") stays
    an item."""
    if ". " not in text:
        return text
    lines = text.split("\n")
    numbers = [int(m.group(1)) if (m := _NUMBERED_LINE.match(line)) else None for line in lines]
    filled = [index for index, line in enumerate(lines) if line.strip()]
    position = {index: at for at, index in enumerate(filled)}  # a line's place among the lines that are not blank
    out = []
    for index, line in enumerate(lines):
        heading = _NUMBERED_CAPS_LINE.match(line)
        at = position[index] if heading else 0
        before = numbers[filled[at - 1]] if heading and at else None
        after = numbers[filled[at + 1]] if heading and at + 1 < len(filled) else None
        # the list goes on below it, or it goes on from the item just before ("4. Knauf" / "5. ROCKWOOL A/S")
        in_a_run = after is not None or before is not None and before + 1 == numbers[index]
        if heading and len(heading.group(1)) >= 4 and not in_a_run:
            line = f"### {heading.group(1)}"
        out.append(line)
    return "\n".join(out)


def _bare_pipe_tables(text: str) -> str:
    """A plain-text table whose cells are parted by bars with none at either end ("Company | HQ | Focus" over
    "Raiz Forte Ltda. | Rio Verde, GO | Biostimulants"): three lines at least of three cells each, as many on every
    line, written as pipe rows. Two cells a line are key-value pairs, read apart; rows under a ruled header are a
    table already, and a list item's bars ("* By Cab Type: Single | Double") part its items."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        bars = _bars_of_a_bare_row(lines[index])
        run = 1
        while bars and index + run < len(lines) and _bars_of_a_bare_row(lines[index + run]) == bars:
            run += 1
        under_a_rule = index > 0 and _TABLE_RULE.match(lines[index - 1]) is not None
        if bars and run >= 3 and not under_a_rule:
            out.extend(_pipe_table([[cell.strip() for cell in line.split("|")] for line in lines[index : index + run]]))
        else:
            out.extend(lines[index : index + run])
        index += run
    return "\n".join(out)


def _bars_of_a_bare_row(line: str) -> int:
    stripped = line.strip()
    bars = stripped.count("|")
    cells = bars >= 2 and not stripped.startswith("|") and not stripped.endswith("|")
    labelled = ":" in stripped.split("|", 1)[0] or _MARKDOWN_ITEM.match(line) is not None
    return bars if cells and not labelled else 0


def _tables_without_separator(text: str) -> str:
    """Pipe rows with no "|---|" line under the first ("| Region | Share |" / "| Europe | 18.2% |"):
    GitHub Markdown reads them as a paragraph, the writer meant a table."""
    if "\n|" not in text:
        return text
    lines = text.split("\n")
    fixed: list[str] = []
    for index, line in enumerate(lines):
        fixed.append(line)
        starts_table = (
            _PIPE_ROW.match(line)
            and not (index and _PIPE_ROW.match(lines[index - 1]))
            and index + 1 < len(lines)
            and _PIPE_ROW.match(lines[index + 1])
            and not _SEPARATOR_ROW.match(lines[index + 1])
        )
        if starts_table:
            fixed.append("|" + "---|" * (line.strip().strip("|").count("|") + 1))
    return "\n".join(fixed)


def _definition_lists(text: str) -> str:
    """Markdown definition lists ("North America" / ":   U.S., Canada"; pandoc and Markdown Extra write
    them, and so do HTML-to-Markdown exports of <dl>) as the <dl> they stand for: CommonMark knows none."""
    if _DEFINITION_MARK.search(text) is None:
        return text
    return _DEFINITION.sub(_definition_html, text)


def _definition_html(match: re.Match[str]) -> str:
    definitions = [line.strip()[1:].strip() for line in match.group("definitions").splitlines() if line.strip()]
    described = "".join(f"<dd>{escape(definition)}</dd>" for definition in definitions)
    return f"<dl><dt>{escape(match.group('term').strip())}</dt>{described}</dl>\n\n"


def _without_page_furniture(text: str) -> str:
    """Text pasted from a PDF: page numbers ("Page 2 of 4"), form feeds and the running header or footer
    repeated on every page go, so that a list or a paragraph cut by a page break reads as one."""
    if "\f" not in text and _PAGE_NUMBER.search(text) is None:
        return text
    lines = text.replace("\f", "\n").split("\n")
    repeated = Counter(line.strip() for line in lines if len(line.split()) >= 4)
    kept: list[str] = []
    at_break = after_furniture = False
    for line in lines:
        furniture = _PAGE_NUMBER.search(line) or (repeated[line.strip()] >= 2 and line.strip()[:1] not in "-*+•")
        if furniture or (after_furniture and _RULE_LINE.match(line)):  # "-----" under a page's header
            while kept and not kept[-1].strip():
                kept.pop()
            at_break = bool(kept) and kept[-1].rstrip()[-1:] not in ".:!?"  # a sentence runs on to the next page
            after_furniture = True
        elif not (at_break and not line.strip()):
            kept.append(line)
            at_break = after_furniture = False
    return "\n".join(kept)


_NAME_WITH_ITS_ITEMS = re.compile(r"[A-Z][^()]{0,40}\([^()]+\)")


def _unwrap(text: str) -> str:
    """Join the lines of hard-wrapped plain text ("... worth USD 712.4 million in 2024 and is" /
    "forecast to reach ...") back into one line, so that a sentence is not cut in two blocks.

    A text counts as hard-wrapped when most of its long lines end near one width and none runs far
    past it. A line is joined to the next when it reaches that width (it was wrapped, not ended) and
    the next line starts no list item, label or heading of its own.
    """
    lines = text.split("\n")
    # The width is the text's, link targets left out: a line holding a long URL does not set it.
    measured = [(line, _visible_length(line)) for line in lines]
    lengths = sorted(length for line, length in measured if len(line.strip()) > 40)
    if len(lengths) < 8:
        return text
    width = lengths[int(0.9 * (len(lengths) - 1))]
    # A template line or a table row, never wrapped; list items and quotes are often left unwrapped in wrapped text.
    overlong = sum(length > width + 20 for line, length in measured if not _STARTS_OWN_LINE.match(line))
    if not (50 <= width <= 120 or width <= 140 and _breaks_mid_sentence(measured, width)):
        return text
    if overlong > max(1, len(lengths) // 20):
        return text
    joined = [lines[0]]
    last_line = lines[0]  # the physical line that ended the paragraph so far
    for line in lines[1:]:
        previous = joined[-1].rstrip()
        wrapped = (
            # raw: a writer wraps at the markup's width; a line left open on a comma or a bar goes on
            (len(previous) >= width - 15 or previous[-1:] == "," or _OPEN_CELLS.search(previous))
            # a label's colon ends its line, unless a bracket is left open: "(Report Code:" / "SLA-AT-0932)."
            and (previous[-1:] != ":" or previous.count("(") > previous.count(")"))
            and any(ch.isalnum() for ch in last_line)
            # a heading in capitals ends its line, unless it runs to the width into more capitals
            and (not last_line.isupper() or len(previous) >= width - 15 and line.isupper())
            # so does a line of cells ("DIGEST | Issue 212 | 14 October 2025"), unless a bracket is left open in it
            # or it ends on a bar: "Girbau S.A. | Miele & Cie. KG |" / "Pellerin Milnor Corporation | ..."
            and (" | " not in last_line or last_line.count("(") > last_line.count(")") or _OPEN_CELLS.search(last_line))
            and not _ENDS_WITH_URL.search(last_line)  # and a bare address, however long
            and not ("...." in line and _DOT_LEADER.search(line))  # "Europe ........ Germany, U.K.": a line of its own
            # a table's row, its columns set apart by spaces: "Muscat Governorate      Seeb, Bawshar      27%"
            and not ("   " in last_line and _SPACED_COLUMNS.search(last_line.strip()))
            and not ("   " in line and _SPACED_COLUMNS.search(line.strip()))  # nor is one joined onto the line above
            # lines of one shape, each a name with its items in brackets: "Europe (Germany, UK, ...)" over "Asia-Pacific
            # (China, Japan)", a list's lines however long
            and not (_NAME_WITH_ITS_ITEMS.fullmatch(last_line.strip()) and _NAME_WITH_ITS_ITEMS.fullmatch(line.strip()))
        )
        quote = _QUOTE_MARK.match(line) if _QUOTE_MARK.match(last_line) else None  # "> " lines of one quote
        content = line[quote.end() :] if quote else line
        if wrapped and content.strip() and not _STARTS_OWN_LINE.match(content):
            rest = content.strip()
            hyphenated = previous[-1:] == "-" and previous[-2:-1].isalpha() and rest[:1].islower()  # "Tech-" / "nology"
            if hyphenated and f"{previous.split()[-1]}{rest.split()[0].rstrip('.,;:)')}" in text:  # "Anti-fouling" too
                joined[-1] = f"{previous}{rest}"
            else:
                joined[-1] = f"{previous[:-1]}{rest}" if hyphenated else f"{previous} {rest}"
        else:
            joined.append(line)
        last_line = line
    return "\n".join(joined)


def _breaks_mid_sentence(measured: Sequence[tuple[str, int]], width: int) -> bool:
    """Whether a text's longest lines (each with its visible length) break off mid-sentence, the next line going
    on: so it was wrapped wide (up to 140 columns). Unwrapped text's longest lines end their sentences."""
    ends = [
        line.rstrip()[-1:]
        for (line, length), (following, _) in itertools.pairwise(measured)
        if length >= width - 15 and following.strip()
    ]
    return len(ends) >= 3 and sum(end not in ".!?:" for end in ends) >= 0.7 * len(ends)


def _rules_under_boxes(text: str) -> str:
    """A dashed line under several lines, or under a sentence, is a rule that closes a plain-text box
    ("REPORT SNAPSHOT" rows), not the underline of a heading: it is set apart so that it reads as a rule."""
    if "\n--" not in text:
        return text
    lines = text.split("\n")
    for index in range(len(lines) - 1, 0, -1):
        above = lines[index - 1].strip()
        if _DASH_LINE.match(lines[index]) and above and (above[-1] in ".!?" or index > 1 and lines[index - 2].strip()):
            lines.insert(index, "")
    return "\n".join(lines)


def _visible_length(line: str) -> int:
    """A line's length as read: "[text](https://...)" and "**" marks do not show, and a bare address is
    never wrapped (its line runs as long as it must)."""
    if "](" in line or "**" in line or "__" in line or "<" in line:
        line = _MARKUP_IN_LINE.sub("", line)
    if "://" in line:
        line = _BARE_URL.sub("", line)
    return len(line.rstrip())
