"""Sections under headings: which kind of section a header opens (segments of a dimension, regions,
players), where it ends, and the segment lists it holds.

A header block (heading, bold label, or short line) opens a section; the vocabulary
decides its kind; the items after it (list items or short lines) are its members.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from pipelines.parse import vocabulary as vocab
from pipelines.parse.blocks import Block
from pipelines.parse.lists import (
    LEADING_DASH,
    NUMBERED_CAPTION,
    PARENTHESISED,
    cell_items,
    inline_list,
    is_region_name,
    leading_items,
    list_items,
    names_one_country,
    names_over_lines_about_them,
    names_parted_by_semicolons,
    names_the_whole_market,
    prose_items,
    run_items,
    split_top_level,
    words_outside_brackets,
)
from pipelines.parse.numbers import YEAR_LIKE, split_sentences
from pipelines.parse.regions import PARTS_NAMED, REGION_LABEL, names_one_part
from pipelines.parse.screens import Screened
from pipelines.records import Segment

_BY_DIMENSION = re.compile(
    r"\bby\s+(?P<dim>[A-Za-z][A-Za-z\-/ &]{1,40}?)\s*"
    r"(?=[,:;(\[{|]|\s+(?:is|are|covers?|includes?|comprises?|consists?|spans?|segment\w*|divided|split)\b|\s+\d|\s+[-–—]$|$"
    r"|\s+as\s+follows:$)",  # "breaks the market down by product type as follows:"
    re.I,
)
_BY_CAPITALISED = re.compile(r"\b[Bb]y\s+[A-Z]")
_RANKING = re.compile(rf"\b(?:{'|'.join(sorted(vocab.RANKING_WORDS))})\b", re.I)
# A report's subtitle lists its dimensions up to the regions: "by Type, Capacity, End Use and Region".
# "by Reactor Type, Capacity, End Use and Region", "by Material (Acrylic, Epoxy), Curing Method and Geography"
_AND_REGION = re.compile(r"(?:\s*\([^()]*\))?,[^.:;|]*\b(?:and|&)\s+(?:region|geography)\b", re.I)
# What a "by <dimension>" header follows: nothing, an entry's number ("2. By Payload"), or a word that splits the
# market ("Market by Product").
_BY_CONTEXT = re.compile(
    r"(?:^|^\s*\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+|\b(?:markets?|segment\s+\d{1,2}|segment\w*|analysis|share|size|split|divided|categori[sz]ed|classified|break-?down|break-?up|revenue|"
    r"forecast|outlook|insights|trends|report|study|research|industry|sales|demand|covered|coverage)[\s,:\-–—|]+)$",
    re.I,
)
# "On the basis of source, the market is divided into A, B and C", "In terms of crop type, the study covers ...".
# The verbs that split a market into items: "segmented into", "classified as", "splits the market by type into".
_SPLIT_VERBS = (
    r"divided|divides|divide|segmented|segments|split|splits|categori[sz]ed|categori[sz]es|categori[sz]e|classified"
    r"|classifies|classify|bifurcated|broken(?: down| out)?|breaks|segregated|segregates|segregate|separated|shared"
    r"|separates|separate|cuts|slices|groups|grouped|sorts|sorted"
)
_BY_STATEMENT = re.compile(
    r"^By (?P<dim>[A-Z][\w\-&/ ]{1,30}?)(?:\s*[,:]|\s+[-–—])\s+"  # "By Type - On basis of type, market is ..."
    r"(?:[^.;]*?\b(?:tracks|covers|includes|spans|comprises|features|is|are)"
    # "machines are grouped as A, B and C", "demand is split among A, B", "market is bifurcated into A, B"
    rf"(?:\s+(?:{_SPLIT_VERBS})\s+(?:into|as|among|between|in))?"
    r"\s+)?(?P<run>.+)$"
)
_BASIS_STATEMENT = re.compile(
    r"^(?:(?:and|but)\s+)?(?:(?:finally|lastly|also|additionally|further(?:more)?|in addition),?\s+)?"  # "Finally, by"
    # "Looking at feeder design, the study distinguishes ...", "Turning to material, ..."
    r"(?:(?:on (?:the )?basis of|based on|in terms of|depending on|looking at|turning to|by"
    r"|on the(?=\s(?!demand\s|supply\s)[\w\-&/ ]{1,30}?\sside[,\s]))\s+(?:the\s+)?|(?=[a-z]+-wise,))"
    # "On the end-user side, it distinguishes A, B and C"; "by end user it is divided into", no comma; "Product-wise, "
    r"(?P<dim>[a-z][\w\-&/ ]{1,30}?)(?:\s+side|-wise)?(?:,\s+|\s+(?=(?:it|the market|the report|the study)\s))"
    r"(?:the\s+)?(?:[\w\-'’]+\s+){0,4}?(?:(?:is|are)\s+)?"
    rf"(?:{_SPLIT_VERBS}|covers?|includes?|spans?|separates?|distinguish(?:es)?|track(?:s|ed)?|examines?|assess(?:es)?|analy[sz]e[sd]"
    # not "adoption follows"; "the report sizes cartridges, sausages and pails"
    r"|(?:(?<=study )|(?<=report )|(?<=analysis )|(?<=research ))(?:follows|sizes)|considers?|compares?"
    r"|analy[sz]e|groups?|comprises?|looks? at|made up of|consists of|falls into"
    r"|(?:(?<=categories )|(?<=classes )|(?<=bands )|(?<=options ))are)\s+"  # "By payload, the categories are A, B"
    # "breaks the market down into", "groups products into", "groups machines into"
    r"(?:(?:the\s+)?(?:market|it|demand|spending|revenue|sales|[a-z]+s(?=\s+into\b))\s+)?(?:down\s+)?"
    r"(?:by\s+[\w'’ ]{1,40}?\s+(?=into\s))?"  # "has been divided by Brightwater's analysts into four technologies:"
    r"(?:(?:into|between|among|across|as|in):?\s+)?"
    r"(?P<run>.+)$",
    re.I,
)
# "The report also classifies spending by technology, distinguishing A, B and C": the list after a participle.
# So does a relative clause: "looks at the market first by product, which comprises A, B and C" (a lower-case
# dimension: "followed by Catalonia, which takes in Barcelona" names a place).
_PARTICIPLES = r"distinguishing|covering|spanning|separating|comprising"
_BY_THEN_PARTICIPLE = re.compile(
    rf"\bby\s+(?=(?-i:[a-z])|[\w\-&/ ]{{1,30}}?,\s+(?:{_PARTICIPLES})\s)(?P<dim>[a-z][\w\-&/ ]{{1,30}}?),\s+"
    rf"(?:{_PARTICIPLES}|which\s+(?:comprises|covers|spans|includes))\s+(?P<run>[^;]+)$",
    re.I,
)
# "the study separates, by mode of application, soil application, foliar spray and fertigation": the dimension
# between commas after the verb
_VERB_THEN_BY = re.compile(
    r"\b(?:separates|covers|splits|divides|distinguishes|examines|tracks|analy[sz]es|segments|considers),\s+by\s+"
    r"(?P<dim>[a-z][\w\-&/ ]{1,30}?),\s+(?P<run>[^;]+)$",
    re.I,
)
# "By material, natural rubber, EPDM and polyurethane foam are analyzed": the list before a passive verb.
_LISTED_THEN_VERB = re.compile(
    r"^(?:on the basis of|based on|in terms of|depending on|by)\s+(?:the\s+)?(?P<dim>[a-z][\w\-&/ ]{1,30}?),\s+"
    r"(?P<run>[^;:]+?)\s+(?:are|is)\s+(?:each\s+|\w+ly\s+)?"
    r"(?:analy[sz]ed|covered|assessed|tracked|examined|studied|considered|evaluated|reviewed)\b",
    re.I,
)
# "Flat-bottom silos, hopper-bottom silos and silo bags make up the product types covered in the study."
_DIMENSION_IN_BRACKETS = re.compile(r"(?:^|,\s+|\s)(?:and\s+)?(?P<dim>[a-z][a-z\- ]{1,30}?)\s+\((?P<run>[^()]+)\)")
# "Dental Clinics dominate, followed by Hospitals and ...": under the dimension's own heading, no "By X," needed
_LEADER_FOLLOWED = re.compile(
    r"^(?:the\s+)?(?P<first>[A-Z][^,;]{0,60}?)\s+(?:segment\s+)?(?:dominates?|leads?|(?:is|are)\s+the\s+(?:largest|"
    r"leading|biggest))\b[^;]*?,\s+followed\s+(?:closely\s+)?by\s+(?:the\s+)?(?P<run>[^;]+)"
)
_RUN_IN_LABEL = re.compile(r"^((?:By\s+)?[A-Z][\w\-]*(?:\s[A-Za-z][\w\-]*){0,2})\.\s+(?=[A-Z])")  # "By Fluid Type. "
_LIST_MAKES_UP = re.compile(
    r"^(?P<run>[^;:]+?)\s+(?:make\s+up|form|constitute|are)\s+the\s+(?P<dim>[a-z][\w\-&/ ]{1,30}?)\s+"
    # "A, B and C make up the end-user view", "form the application split", "constitute the aircraft-type dimension"
    r"(?:covered|tracked|studied|analy[sz]ed|examined|assessed|considered|view|split|dimension|side|lens)\b",
    re.I,
)
_LIST_COMPLETES_THE_PICTURE = re.compile(
    r"^(?P<run>[^;:]+?)\s+(?:complete|completes|round\s+out|rounds\s+out)\s+the\s+picture\s+as\s+"
    r"(?P<dim>[a-z][\w\-&/ ]{1,30}?)\s*[.,;]?$",
    re.I,
)
_MAKES_UP_CUE = re.compile(r"\s(?:make\s+up|form|constitute|are)\s+the\s", re.I)
_LANDSCAPE_WORDS = ("landscape", "mix", "breakdown", "base", "split", "coverage", "analysis")  # a cheap screen
_LANDSCAPE_NOUN = r"(?:landscape|mix|breakdown|base|split|coverage|analysis)"
_LANDSCAPE_VERB = (
    r"(?:spans|covers|includes|comprises|considers|consists\s+of|is\s+made\s+up\s+of|is\s+broken\s+down\s+as|is)"
)
_LANDSCAPE_CUE = re.compile(rf"\s{_LANDSCAPE_NOUN}\s+{_LANDSCAPE_VERB}\s", re.I)
# "The application landscape spans fashion & apparel, footwear and packaging.", "The end-user base consists of A,
# B and C", "Feedstock coverage spans A, B and C", "..., while the end-user split is residential and commercial".
_LANDSCAPE = re.compile(
    rf"^(?:the\s+)?(?P<dim>[a-z][\w\-]{{1,20}}(?:\s[a-z][\w\-]{{1,20}})?)\s+(?P<noun>{_LANDSCAPE_NOUN})\s+"
    rf"{_LANDSCAPE_VERB}\s+"
    r"(?P<run>.+)$",
    re.I,
)
# "Communication technology is split between RF mesh, PLC and cellular": a dimension's own noun as the subject.
_DIMENSION_SPLIT = re.compile(
    r"^(?:the\s+)?(?P<dim>route\s+of\s+administration|(?:[a-z][\w\-]{1,20}\s(?:of\s)?)?(?:"  # "Route of ... falls into"
    + "|".join(sorted(vocab.SEGMENT_LABEL_WORDS, key=len, reverse=True))
    + r"))\s+(?:(?:is|are)\s+(?:split|divided|segmented|broken\s+down)\s+(?:between|into|among)|falls\s+into"
    r"|breaks\s+down\s+(?:as|into)|(?:is|are)\s+broken\s+down\s+as)\s+(?P<run>.+)$",
    re.I,
)
# "Distribution channels analysed include A, B and C", "Applications covered are A and B", "end users are A and B":
# the dimension's own plural as the subject (see ``_dimension_listed``)
_LISTED_PARTICIPLE = r"(?:analy[sz]ed|covered|studied|assessed|tracked|examined|considered)\s+"
_DIMENSION_LISTED = re.compile(
    r"^(?:the\s+)?(?P<dim>(?:[a-z][\w-]*\s)?[a-z][\w-]*?s)\s+"
    rf"(?P<participle>{_LISTED_PARTICIPLE}|in\s+the\s+(?:study|report|analysis)\s+)?"  # "End users in the study are"
    r"(?:are|include|comprise|span|cover)\s+(?!\w+ed\s)(?P<run>.+)$",
    re.I,
)
_DIMENSION_LISTED_CUE = re.compile(
    rf"\b(?:[a-z][\w-]*s)\s+(?:{_LISTED_PARTICIPLE}|in\s+the\s+(?:study|report|analysis)\s+)?"
    r"(?:are|include|comprise|span|cover)\s",
    re.I,
)
_LISTED_CLAUSES = re.compile(
    r";\s+|,\s+(?:while|whereas|and)\s+(?=(?:the\s+)?(?:[a-z][\w-]*\s)?[a-z][\w-]*s\s+(?:\w+ed\s+)?(?:are|include)\s)",
    re.I,
)
# Clauses of a sentence that may each state a list: "A spans X and Y, and the end-use analysis considers Z".
_LANDSCAPE_CLAUSES = re.compile(r";\s+|,\s+(?:while|whereas|and)\s+(?=the\s)", re.I)
# "segmented by type into A, B and C; by packaging into D and E; and by region into ...": each run stops where
# the next "by X into" starts. "Sales are split, by distribution channel, between A, B and C".
_BY_INTO = re.compile(  # "Demand by end use is spread across A, B and C", "divided by end user among A and B"
    # "segmented on the basis of product into A, B and C"
    r"\b(?:by|on\s+the\s+basis\s+of|in\s+terms\s+of)\s+(?P<dim>[a-z][\w\-&/ ]{1,30}?),?\s+"
    r"(?:(?:is|are)\s+spread\s+)?(?:into|between|across|among|namely)\s+"
    r"(?P<run>(?:(?!,?\s+(?:and\s+)?by\s+[a-z][\w\-&/ ]{1,30}?,?\s+(?:into|between|among)\b)[^;])+)",
    re.I,
)
_SPREAD_ACROSS = re.compile(r"\bby\s+[a-z][\w\-&/ ]{1,30}?\s+(?:(?:is|are)\s+spread\s+)?across\s", re.I)
_SEGMENTED = Screened(
    re.compile(rf"\b(?:{_SPLIT_VERBS}|segment(?=\s+the\s+market\s+by\s)|falls(?=\s+into\s))\b", re.I),
    needles=(
        "falls",
        "divide",
        "segment",
        "split",
        "categori",
        "classif",
        "bifurcated",
        "broken",
        "breaks",
        "segregate",
        "separate",
        "cuts",
        "slices",
        "group",
        "shared",
        "sort",
    ),
)  # "analysts segment the"
# "The report groups products into A, B and C": the dimension is what it splits.
_OBJECT_INTO = re.compile(
    rf"\b(?:{_SPLIT_VERBS})\s+(?:its\s+|the\s+)?(?P<dim>products|applications|end[- ]users|end[- ]uses|technologies"
    r"|materials|services|offerings|components)\s+into\s+(?P<run>[^;]+)",
    re.I,
)
# "Applications are grouped as A, B and C", "while end users are grouped into A and B": the same, passive; "Products
# fall into A, B and C".
_OBJECT_GROUPED = re.compile(
    r"\b(?P<dim>products|applications|end[- ]users|end[- ]uses|technologies|materials|services|offerings|components)"
    rf"\s+(?:(?:are|is)\s+(?:further\s+)?(?:{_SPLIT_VERBS})\s+(?:into|as)|fall\s+into)\s+(?P<run>[^;]+)",
    re.I,
)
# "the market is categorised into A, B and others by type": the dimension after its list.
_INTO_THEN_BY = re.compile(
    rf"\b(?:{_SPLIT_VERBS})\s+into\s+(?P<run>[^;:.]+?)\s+by\s+(?P<dim>[a-z][\w\-&/ ]{{1,30}}?)\s*(?:\.|$)", re.I
)
# "the report sorts consumption into Residential and Commercial end users": the dimension's noun after its list.
_INTO_THEN_NOUN = re.compile(
    rf"\b(?:{_SPLIT_VERBS})\s+(?:[\w-]+\s+){{0,2}}?into\s+"
    r"(?P<run>(?-i:[A-Z])[^;:.,]*?(?:,\s+(?-i:[A-Z])[^;:.,]*?)*,?\s+and\s+(?-i:[A-Z])[^;:.,]*?)\s+"
    r"(?P<dim>end[- ]users|end[- ]uses|(?:sales\s+|distribution\s+)?channels|applications)\b",
    re.I,
)
# "Biochemicals is further classified into A, B and C", "The HEPA segment is further sub-segmented into ...",
# "..., with the commercial segment further broken into A and B", "The commercial category is broken down further
# into A, and B", "Cutting equipment is itself analysed in three parts: A, B and C", "ATM Services are themselves
# broken into A and B".
# "..., and breaks hardware down into kiosks, badge printers and ID scanners", "the report further divides Shrouds
# into Lip Shrouds and Wing Shrouds": the item named after the verb.
_BROKEN_DOWN = re.compile(
    r"\b(?:(?:breaks|splits)\s+(?:the\s+)?(?P<parent>[\w\-&/ ]{1,40}?)(?:\s+(?:segment|category))?\s+(?:down|out)\s+"
    r"|further\s+divides\s+(?P<divided>(?-i:[A-Z])[\w\-&/ ]{1,40}?)\s+)"
    r"(?:further\s+)?into\s+(?P<run>.+)$",
    re.I,
)
_GENERIC_TAIL = re.compile(r"\s+(?:group|units|systems|products|models|types|items|line)$")
_SUB_SEGMENTED = re.compile(
    r"(?:^|,\s+with\s+)(?:the\s+)?(?P<parent>[\w\-&/ ]{1,40}?)(?:\s+(?:segment|category))?\s+(?:(?:is|are)\s+)?"
    r"(?:(?:further|itself|themselves|in\s+turn|then)\s+)?"  # "Treats & Snacks are in turn split into"
    rf"(?:(?:sub-?)?(?:{_SPLIT_VERBS}|analy[sz]ed|break(?=\s+down))(?:\s+down|\s+further)?"  # "wounds break down into"
    r"\s+(?:into|in(?=\s+(?:two|three|four|five|six|\d+)\s))"
    r"|(?<=itself\s)(?:covers|includes|spans))"  # "The antimicrobial group itself covers A, B and C"
    r"\s+(?P<run>.+)$",
    re.I,
)
# "Within hives, the report further separates Langstroth, top-bar and Flow-style designs", "...; within
# commercial, hotels, spas and retail stores are tracked separately": an item's sub-items.
_WITHIN_AN_ITEM = re.compile(
    r"(?:^|;\s+|,\s+and\s+)within\s+(?:the\s+)?(?P<parent>[\w\-&/ ]{1,40}?)(?:\s+(?:segment|category))?"
    r"(?:,\s+|\s+(?=(?:it|the report|the study)\s))"
    r"(?:(?:the\s+)?(?:report|study|it|firm|analysis)\s+(?:further\s+|\w+ly\s+)?"  # "the report separately tracks"
    r"(?:separates|distinguishes|splits out|breaks out|tracks|covers|identifies)\s+(?P<run>.+)"
    r"|(?P<listed>[^;:]+?)\s+(?:are|is)\s+(?:each\s+|\w+ly\s+)?(?:tracked|covered|analy[sz]ed|assessed|examined)\b)",
    re.I,
)
# "Within conductor types, Copper leads, followed by Aluminum and Copper-Clad Aluminum", "By vehicle type,
# Passenger Cars absorb most of the volume, while Light and Heavy Commercial Vehicles are growing": a ranking
# of a dimension's items names them all.
_RANKING_STATEMENT = re.compile(
    r"^(?:(?:and|but)\s+)?(?:(?:within|looking at|across|among|amongst|by|in terms of|on the basis of|based on"
    r"|when it comes to|turning to|as for|as regards|regarding|for|on)\s+(?:the\s+)?|(?=[a-z]+-wise,))"
    r"(?!(?:it|them|this|these|those|that)\b)"  # "Within it, Size 312 cells alone ...": an item's own parts
    r"(?P<dim>[a-z][\w\-&/ ]{1,30}?)(?:\s+segments?|\s+side|-wise)?,\s+"
    r"(?:the\s+)?(?P<first>[^,;]{1,60}?)(?:\s+(?:segment|category))?\s+(?:(?:still|already|now|currently|clearly)\s+)?"
    # "cloud already outsells on-premise by roughly four to one, while e-commerce is closing the gap", "on-street
    # parking is still larger than off-street parking", "..., with band-style protectors a distant third"
    r"(?:(?:outsells?|outsold|(?:is|are|was|were)\s+(?:still\s+)?(?:larger|bigger)\s+than)\s+(?:the\s+)?"
    r"(?P<outsold>[^,;]+?)(?=\s+by\b|[,;.]|$)(?:[^;]*?,\s+(?:with\s+(?P<trailing>[^;]+?)\s+(?:trailing|behind"
    r"|a\s+distant\s+\w+)|(?:while|whereas)\s+(?P<gaining>[^;]+?)\s+(?:is|are)\b))?|"
    r"(?:leads?|led|dominates?|dominated|holds?|held|accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up"
    r"|commands?|commanded|captures?|captured|represents?|represented|generates?|generated|absorbs?|absorbed"
    r"|contributes?|contributed|takes?|took|dwarfs?|dwarfed|tops?|topped"
    r"|(?:is|was|remains?|remained)\s+the\s+(?:largest|biggest|leading|dominant))\b"
    r"[^;]*?,\s+(?:(?:followed\s+(?:closely\s+)?by|ahead\s+of)\s+(?:the\s+)?(?P<run>[^;]+)"
    r"|(?:while|whereas)\s+(?:the\s+)?(?P<rest>[^;]+?)\s+(?:is|are|was|were|remains?|grows?|growing|gains?)\b"
    # "long-haul trucking dominates, with local delivery and buses & coaches making up the rest"
    r"|with\s+(?:the\s+)?(?P<others>[^;]+?)\s+making\s+up\s+the\s+(?:rest|remainder)))",
    re.I,
)
# "Type I vials remain the largest product category, ahead of Type II vials and Type III vials": the leader, then
# the dimension it leads, then the rest.
_LEADER_OF_DIMENSION = re.compile(
    r"^(?:the\s+)?(?P<first>[^,;]{1,60}?)\s+(?:remains?|remained|is|are|was|were)\s+the\s+"
    r"(?:largest|leading|biggest|dominant)\s+(?P<dim>[a-z][\w\-]{1,20}(?:\s[a-z][\w\-]{1,20})?)\s+(?:category|segment),\s+"
    r"(?:ahead\s+of|followed\s+(?:closely\s+)?by)\s+(?:the\s+)?(?P<run>[^;]+)",
    re.I,
)
# Clauses of one sentence that may each state a dimension's list: "..., while by end user it is divided into ...".
# "By application, we cover A and B, and by connectivity, C and D": the second clause leaves its verb out
_LIST_CLAUSES = re.compile(
    r";\s+|,\s+(?:while|whereas)\s+|,\s+and\s+(?=by\s+[a-z][\w\-&/]*(?:\s[a-z][\w\-&/]*){0,2},\s)", re.I
)
# Where a list stated in prose gives way to a remark about its items: ", and Wi-Fi remains the default",
# ", with routine office cleaning still the largest", ", the latter including reach trucks".
_REMARK_AFTER_RUN = re.compile(
    r",\s+(?:with|which|(?:(?:both|all|each) )?of which|while|whereas|where|including|the latter|the former"
    r"|the last(?: of which)?|noting|because"
    r"|as(?! well)|since|and within|identifying|finding|citing|arguing|highlighting|reflecting)\b"
    r"|\s+as\s+(?:separate|distinct)\s|\s+(?:separately|individually)\b|\s+on\s+their\s+own\b"
    # "..., a category where small brands launch", "..., the second of which remains"
    r"|,\s+(?:an?\s+(?:category|segment|group|class|niche|line)|the\s+(?:first|second|last)\s+of\s+which)\b"
    r"|\s+across\s+"
    r"|,\s+and\s+(?:further\s+)?(?:breaks|splits|divides|separates)\s"  # ", and breaks hardware down into ..."
    r"|,\s+and\s+the\s+(?:report|study|analysis)\s+(?:further\s+|also\s+)?[a-z]+s\s"  # ", and the report divides"
    r"|,?\s+(?:and\s+)?by\s+[a-z][\w\-&/ ]{1,30}?,?\s+(?:into|between)\s"  # "..., and by end use between A and B"
    r"|,\s+and\s+(?:[\w\-]+\s+){1,4}(?:is|are|was|were|remains?|keeps?|dominates?"
    r"|holds?|held|leads?|accounts?|accounted|earned|generated|captured|makes?|made|represented|brought"
    r"|contributed|reached|totall?ed)\b",
    re.I,
)
_RANGE_OF_A_SIZE = re.compile(r"\d\s?[A-Za-z]{1,3}$")  # "up to 3 MW", "3-6 MW", "below 500 kg"
# "compares A with B", "distinguishes A from B", "split conventional from organic"
_COMPARES = re.compile(r"\b(?:compares?|distinguish(?:es)?|splits?|separates?)\s+$")
_KINDS_AFTER_THE_LAST = re.compile(
    r"(?<!\bend)\s+(?:types|variants|versions|kinds|categories|installations|uses|links|settings|deployments|environments"
    r"|(?P<people>buyers|users|customers))$"
)
# "automatic and manual equipment", "cloud-based and on-premise software", "galvanized and PVC-coated wire"
_UNCOUNTED_NOUNS = frozenset({"equipment", "machinery", "software", "hardware", "wire", "packaging", "furniture"})
_ADJECTIVE_END = re.compile(r"(?:al|ic|ed|ive|ous|ary|ar|ile|able|ible|less|ful|ent|ant)$", re.I)
# A "segmental analysis" paragraph's leader, the others it names, and the one growing fastest.
_LEADING_ITEM = re.compile(
    r"^(?:the\s+)?(?P<item>[A-Z][^,;:]{0,60}?)\s+(?:segment\s+|category\s+)?"
    r"(?:led|leads|dominated|dominates|(?:held|holds|accounted\s+for|accounts\s+for)\s+the\s+(?:larg|bigg|lead)"
    r"|(?:is|are|was|were|remains?|remained)\s+the\s+(?:leading|largest|larger|dominant|biggest))",
)
_OTHERS_LISTED = re.compile(
    r"^(?P<run>[^;:]+?)\s+(?:make\s+up\s+the\s+(?:remainder|rest)|(?:are|is)\s+the\s+other\b"
    r"|(?:are|is)\s+also\s+(?:analy[sz]ed|covered|assessed|tracked|included|studied|examined))",
    re.I,
)
_FASTER_ITEM = re.compile(
    r"^(?:the\s+)?(?P<item>[A-Z][^,;:]{0,60}?)\s+(?:segment\s+)?(?:is|was|remains)\s+the\s+"
    r"(?:faster|fastest)[- ]growing\b"
)
_BASIS_OVER_A_LIST = re.compile(  # or "In terms of application, the report covers:"
    rf"^(?:on the basis of|based on|in terms of|by)\s+(?P<dim>[\w\-&/ ]{{1,30}}?),\s+[^:]{{0,80}}\b"
    rf"(?:(?:{_SPLIT_VERBS})\s+(?:into|as|among|between)|covers|includes|spans|tracks|considers|examines|analy[sz]es)"
    r"\s*:$",
    re.I,
)
_AFTER_A_DASH = re.compile(r"^[^.]{0,40}?\s—\s(?=By )")  # "Segmentation covered — By Type: ..."
_BASIS_CUE = re.compile(
    r"\b(?:basis of|based on|in terms of|depending on|looking at|turning to|by)\s"
    r"|\sside[,\s]|-wise,|\s(?:covered|tracked)\s|\s(?:examined|studied)\b|\sthe\s[\w-]+\s(?:view|split|dimension|lens)\b"
    r"|\sthe\spicture\sas\s",
    re.I,
)
_DIMENSION_LINE = re.compile(r"^By\s+([A-Z][\w\-&/ ]{1,30}?):\s*(?=\S)")
_ITEM_HEADER = re.compile(
    r"^By\s+([A-Za-z][\w\-&/ ]{1,30}?)\s*(?:\([^()]*\))?:?$"
)  # "By Product (Revenue, USD Million)"
# "Construction Material (Revenue, US$ Million, 2019 - 2031)": a list's item over its dimension's items.
_ITEM_WITH_ITS_UNITS = re.compile(r"^([A-Z][\w\-&/ ]{1,30}?)\s*\((?:Revenue|Volume|Value)\b[^()]*\)$")
# "Material Outlook (Revenue, USD Million, 2019 – 2033)": one dimension per heading.
# "Material outlook" as a heading of two words at most, not "Risks to the outlook"
_PART_WISE = re.compile(r"(\w+)-wise\s+(?:analysis|breakdown|overview|view|picture)$", re.I)
_OUTLOOK = re.compile(
    r"^(?!About\b)(?=\S+(?: \S+)? outlook$|.*\s(?:Outlook|Insights)\b)"  # not "About X Insights"
    r"([A-Z][\w\-&/ ]{1,30}?)\s+(?:[Oo]utlook|Insights)\b"
)
# "; By Type: ...", "; By Operation - ...", and "; By Region; Forecast ..." ends one too
_NEXT_BY_LINE = re.compile(r";\s*(?=By\s+[A-Z][\w\-&/ ]{0,30}(?::|;|$|\s[-–—]\s))")
_BY_X_THEN_A_SENTENCE = re.compile(r"^By\s+[\w\-&/ ]{1,30}?,\s+(?:\S+\s+){3,}")
_PLAYERS_WORD = re.compile(r"\b(?:compan(?:y|ies)|players?|vendors?|manufacturers?|competitive)\b", re.I)
_JOINED = re.compile(r"(?:&|\band)$")
_PRICED = re.compile(r"\bpric(?:e|es|ing)\b", re.I)
# "five groups: mint, fruit and coffee", "into two segments, residential and commercial"
_COUNTED_BEFORE_COLON = re.compile(  # "five groups: mint, fruit", "12 types: ...", not the item "20 Feet, 40 Feet"
    r"^\s*(?:(?:the\s+following|two|three|four|five|six|seven|eight|nine|ten)\s+[\w-]+(?:\s+[\w-]+)?[:,]"
    r"|\d{1,2}\s+[\w-]+(?:\s+[\w-]+)?:)\s*",
    re.I,
)
# "Sales are split among A, B and C", "The market reaches buyers through A, B and C", "Equipment is sold through
# A and B": the channels a product is sold through, named with no "By Distribution Channel".
_SOLD_THROUGH = re.compile(
    r"\b(?:(?:is|are)\s+sold\s+(?:through|via)|sales\s+are\s+split\s+among"
    r"|reach(?:es)?\s+(?:consumers|buyers|customers|end\s+users)\s+(?:through|via))\s+(?P<run>.+)$",
    re.I,
)
_DIMENSION_GROUP = re.compile(r"(?P<dim>[A-Z][\w\-&/ ]{1,30}?)\s*\((?P<run>[^()]+)\)")  # "Product (A, B)"
# "The report also sizes demand by weapon discipline: foil, épée and sabre", "tracks the market by combustion
# technology, covering three designs: catalytic, non-catalytic and hybrid": the list after a "by" dimension's colon.
# A title's "by Propulsion : Global Opportunity Analysis" names its dimension in capitals.
# "...; and by application, ship docking & berthing and escort towing": a clause whose verb the one before gave, and
# maybe its preposition ("...; by material, into stainless steel and titanium")
_VERB_LEFT_OUT = re.compile(
    r"^(?:and\s+)?by\s+(?P<dim>[a-z][\w\-&/ ]{1,30}?),\s+(?:(?:into|as|among|between)\s+)?(?P<run>.+)$", re.I
)
# "breaks the market down by charger type — plug-in, pantograph and inductive chargers — and by power output: ...",
# "groups the sector by technology – hydroponics and aeroponics – and by crop type – leafy greens and herbs."
_BY_DASHED = re.compile(r"\bby\s+(?P<dim>[a-z][\w\- ]{1,30}?)\s+[—–]\s+(?P<run>[^—–]+?)(?:\s+[—–]|\.?$)")
# "... by offering — hardware, software and services — and by application, including A, B and C."
_AND_BY_INCLUDING = re.compile(
    r"[—–]\s+and\s+by\s+(?P<dim>[a-z][\w\- ]{1,30}?),\s+(?:including|such\s+as|namely)\s+(?P<run>[^.;]+)"
)
# "the five largest provinces by e-bike spending: North Holland (...), ...": places ranked by a measure, no dimension
_PLACES_RANKED = re.compile(r"\b(?:provinces|regions|states|countries|cities|counties|districts|areas)\s+$")
_BY_DIMENSION_COLON = re.compile(
    r"\b[Bb]y\s+(?P<dim>[a-z][\w\-&/ ]{1,30}?)(?:,\s+covering\s+[^:;]{1,40}?)?:\s+(?P<run>[^:;]+)$"
)
_REPORTS_OWN = re.compile(
    r"\b(?:report|coverage|scope|customi[sz]ation|pricing|purchase|forecast|period|years?|units?|currency|value|size"
    r"|revenue|growth|rate|companies|players)\b",
    re.I,
)
_SEGMENTS_WORD = re.compile(r"\bsegment(?:s|ation|ed|al)?\b", re.I)
_SEGMENT_TAIL = re.compile(r"\s+segments?(?:\s+(?:analysis|outlook|insights|breakdown))?\s*$", re.I)
SEGMENTATION_HEADER = re.compile(r"^(?:\w+\s+){0,2}segment(?:s|ation)?\b[\w\s]{0,20}:?$", re.I)
# "By Source:" opening a line of a cell that lists several dimensions.
# "By Source: ...", or "By Technique" alone on a cell's line over its items' lines
_DIMENSION_IN_CELL = re.compile(r"(?:^|(?<=· ))By\s+([A-Z][\w\-&/ ]{1,30}?)(?::\s*(.*)|\s*(?= · |$))")
# A header's units in brackets: "(USD Million)", "[value: USD Million; volume: Kilotons]".
_UNITS_TAIL = re.compile(
    r"\s*[\[(][^\[\]()]*\b(?:USD|EUR|million|billion|thousand|units?|volume|value|kilo ?tons?|tons?)\b[^\[\]()]*"
    r"[\])]\s*$",
    re.I,
)
# "By Base Oil — Mineral Oil; Synthetic Oil", "By Operation - Manual, Motorized"
_BY_DASH = re.compile(r"^(By\s+[A-Z][\w\-&/ ]{1,30}?)\s+[—–-]\s+(?=\S)")
# "Segmentation: By Product - A, B; By Operation - C, D": the line's label over its "By" lines
_SEGMENTATION_LABEL = re.compile(r"^(?:[A-Z]\w*\s+){0,2}segment(?:s|ation)?(?:\s+\w+){0,2}:\s*(?=By\s+[A-Z])", re.I)
_BY_CELL = re.compile(
    r"^(By\s+[A-Z][\w\-&/ ]{1,30}?)\s[|·]\s"
)  # "By Type | Silica Aerogel, ...", "By Type · Continuous"
# "Battery Type:" opening a line of a "Segments covered" cell, "By" or not.
_NAMED_IN_CELL = re.compile(r"(?:^|(?<=· ))(?:By\s+)?([A-Z][\w\-&/ ]{1,30}?):\s*(.*)$|^By\s+([A-Z][\w\-&/ ]{1,30})$")
# Where a cell's next dimension starts: a line break, or a semicolon before "By Application:".
_DASHED_NAME_IN_CELL = re.compile(r"(?:^|(?<=· ))([A-Z][\w\-&/ ]{1,30}?)\s+[—–]\s+(?=\S)")
_CELL_LINE = re.compile(r" · |;\s*(?=(?:By\s+)?[A-Z][\w\-&/ ]{1,30}?:)")
_PRICE = re.compile(r"(?:\b(?:USD|EUR|GBP|INR)|[$€£₹])\s?\d")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&-]{0,7}[A-Z0-9]s?")  # "SPC", "AMI", "R&D", "PCBs"
_BRACKETED_TAIL = re.compile(r"^(.+?)\s*([(\[{])(.*)[)\]}]\s*$")
# "Follicular Unit Extraction (FUE) [Manual FUE, Robotic FUE]": the acronym is the label's, the list its items.
_ACRONYM_THEN_BRACKETED = re.compile(r"^(.+?\s\([A-Z][A-Za-z0-9&-]{1,9}\))\s*([\[{(])(.*)[)\]}]\s*$")
# An item's own figure in brackets, no part of its name: "Offline (58%)", "Activator Adjuvants (USD 2.47
# billion in 2023)"; a grade's "(99.999%)" or "(0.0% ABV)" and "(above 25 million passengers)" are.
_FIGURE_TAIL = re.compile(
    rf"\s*\((?:[^()]*(?:\b(?:USD|EUR|GBP|JPY|INR|CNY)|[$€£¥₹])\s?\d[^()]*\b(?:{vocab.SCALE_WORD})\b"
    r"[^()]*|(?:~|about\s+)?[1-8]?\d(?:\.\d{1,2})?\s*%(?:\s+share)?(?:,?\s+(?:in\s+)?(?:19|20)\d\d)?)\)$",
    re.I,
)
_ITEM_COLUMN_HEADERS = vocab.TABLE_SEGMENT_HEADERS | vocab.YEAR_HEADERS
# "sizes chambers of up to 500 litres, 500-1,000 litres and ...": the first range's noun is none of its name
_NOUN_OF_A_RANGE = re.compile(
    r"^[a-z][\w\-]*(?:\s[a-z][\w\-]*)?\s+of\s+(?=(?:up\s+to|below|above|under|over|less\s+than)\s)"
)
# a "Source:" line crediting the figures, not listing sources: "Brockhallow Data analysis, supplier interviews.",
# "Orbisphere Analytics · Report ref. OA-EN-5521", "Angkor Insight Partners, “Cement Market Outlook”"
_CITATION = re.compile(
    rf"\b(?:analys[ie]s|estimates?|interviews?|databases?|surveys?|compiled|report|study|{'|'.join(vocab.RESEARCH_FIRM_WORDS)})"
    r"\b|\.$|[“”\"]",
    re.I,
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?"
)
_BYLINE = Screened(
    re.compile(
        r"\b(?:published|posted|updated|written by|author|correspondent|reporter|editor|staff writer"
        r"|min(?:ute)?s? read)\b"
        # "By Dana Ocampo · 29 January 2025", "By Kezia Morland, RN October 7, 2025January 3, 2026"
        rf"|\b\d{{1,2}}\s+{_MONTH}\s+\d{{4}}(?!\d)|\b{_MONTH}\s+\d{{1,2}},\s+\d{{4}}(?!\d)",
        re.I,
    ),
    needles=(
        "published",
        "posted",
        "updated",
        "written by",
        "author",
        "correspondent",
        "reporter",
        "editor",
        "staff writer",
        "read",
        r"\d{4}",
    ),
)
_MAX_HEADER_CHARS = 160
_IN_BRACKETS = re.compile(r"\([^()]*\)")
_MAX_LINE_OVER_PARTS = 25  # words of "Regionally, the report follows the five Danish regions and their main ports:"
_ENTRY_NUMBER = re.compile(r"^\s*\(?(?:\d{1,2}|[ivx]{1,4})[.)]\s+", re.I)  # "2. By End-Use", "(ii) By Material"
# A share, an amount or a year in an enumerated item: a figure, where "1-10 MW" is a class's name.
_FIGURE = re.compile(r"[%$€£]|\b(?:19|20)\d\d\b|\b(?:billion|million|trillion)\b", re.I)
# where a list stated in a sentence stops; a period before a lower-case word abbreviates ("below 250 sq. ft.")
_SENTENCE_END = re.compile(r"\.\s+(?![a-z])|\.$")
_RUN_END = re.compile(rf";|{_SENTENCE_END.pattern}")
_PROSE_AFTER = re.compile(r",\s+(?:with|which|as|while|including|for|from|to)\b")
# "The study covers A, B and C", "Plants are classified as A, B and C": the study's (or a passive) enumeration,
# not a segment's own parts ("Hardware includes sensors and gateways").
_ENUMERATION_CUE = re.compile(
    r"^(?:(?:[\w\-]+\s+){0,5}?(?:study|report|analysis|research|market|we|it|firm|segment\w*)\s+"
    r"(?:\w+\s+)?(?:covers|includes|comprises|spans|tracks|separates|distinguishes|considers)"
    rf"|(?:[\w\-]+\s+){{1,5}}?(?:is|are)\s+(?:\w+\s+)?(?:{_SPLIT_VERBS}|grouped)\s+(?:into|as)"
    r"|(?:demand|revenue|sales)\s+(?:comes?|stems?)\s+from"
    r"|(?:[\w\-]+\s+){0,5}?(?:covered|tracked|analy[sz]ed|studied)\s+(?:are|include))\s+(?P<run>.+)",
    re.I,
)
_REGION_HEADER_CUE = vocab.phrase_search(vocab.REGION_HEADER_CUES)
_PLAYER_HEADER_PHRASE = vocab.phrase_search(vocab.PLAYER_HEADER_PHRASES)
_PLAYER_NOUNS = frozenset(vocab.PLAYER_NOUNS) | vocab.PLAYER_HEADER_NOUNS
_PLAYER_QUALIFIERS = frozenset(vocab.PLAYER_HEADER_QUALIFIERS)
_WORD = re.compile(r"[a-z]+")
_KINDS_OF_COMPANY = frozenset({"companies", "manufacturers", "firms", "producers", "makers", "providers"})
_GROUPED_BY = re.compile(r",?\s+(?:by|per)\s+(?=[\w-]+(?:\s+[\w-]+)?\s*:?$)")  # "Key players, by home region"
_BY_PLAYERS = re.compile(
    r"^(?:segment(?:ed)?\s+)?by\s+(?:compan(?:y|ies)|manufacturers?|vendors?|(?:key\s+)?players?):?$", re.I
)


@dataclass(frozen=True)
class Header:
    kind: str  # segment | region | players
    dimension: str | None = None


_SPLIT_OVER_A_LIST = re.compile(r"^(?P<dim>[A-Z][\w\- ]{1,30}?)\s+(?:split|breakdown):$")


def classify_header(block: Block) -> Header | None:
    """Kind of section a block opens, or None when it opens none."""
    if block.linked and block.kind != "heading":  # a navigation link ("Region", "Companies"), not a header
        return None
    text = block.text
    if (
        block.kind == "para"
        and text.endswith(":")
        and "By " in text
        and len(told := split_sentences(text)) > 1
        and (text.startswith("By ") or told[-1].startswith("By "))
    ):
        # "By type, the study distinguishes A and B. The report uses the following structure:" or "We split it three
        # ways. By body type we have:": the last sentence heads what follows
        return classify_header(replace(block, text=told[-1]))
    item_header = None
    if block.kind == "item" and (
        text.startswith(("By", "BY")) or "Outlook" in text or "Insights" in text or text.endswith(")")
    ):  # a screen
        # "By Material: Rotomolded, Thermoformed" as an item after a list's last: a line of its own dimension;
        # "BY CORE TYPE" in a plain-text list
        probe = text.title() if text.isupper() else text
        item_header = (
            _ITEM_HEADER.match(probe)
            or _OUTLOOK.match(probe)
            or _DIMENSION_LINE.match(probe)
            or _ITEM_WITH_ITS_UNITS.match(probe)
        )
    if item_header:  # "<li>By Product<ol>...", "<li>Service Model Outlook (Revenue, ...)<ul>...": a header in a list
        if REGION_LABEL.search(item_header.group(1)):  # "Regional Outlook"
            return Header("region")
        return dimension_header(dimension_name(item_header.group(1)))
    lowered = text.lower()
    # a toggle's "Companies profiled" over its nested names (see ``sections``), not a product's "Beverage Makers"
    if block.kind == "item" and len(text.split()) <= 4 and _is_players_header(lowered):
        return None if _names_a_kind_of_company(lowered) else Header("players")
    if len(text) > _MAX_HEADER_CHARS or block.kind == "item" or block.kind == "row" and " | " in text:
        # a table's one-cell row is its caption: "By Type" spanning the columns over the items
        return Header("region") if _introduces_parts(block) else None
    if block.kind == "para" and text.endswith(".") and (len(text.split()) > 12 or _BY_X_THEN_A_SENTENCE.match(text)):
        return None  # "By application, food leads, followed by ...": a finding, read as one (``ranked_segments``)
    if _BYLINE.search(text):  # "By Dana Whitcomb | Published: November 19, 2024" names an author
        return None
    if _BY_PLAYERS.match(text):  # "By Company" over one company a line
        return Header("players")
    part_wise = _PART_WISE.match(text)
    if part_wise and part_wise.group(1).lower() in vocab.PART_DIMENSIONS:  # "State-wise Analysis" heads the states
        return dimension_header(part_wise.group(1).lower())
    grouped = _GROUPED_BY.split(lowered, 1)
    if len(grouped) == 2 and len(grouped[0].split()) <= 4 and _is_players_header(grouped[0]):
        return Header("players")  # "Key players, by home region": players, grouped
    if _REGION_HEADER_CUE.search(lowered) and len(_BY_CAPITALISED.findall(text)) < 3:  # not a report's subtitle:
        return Header("region")  # "By Product (Carbohydrases, ...), By Source, By Application, By Region, And ..."
    if _is_region_label(block):
        return Header("region")
    # a line of cells lists ("Industrial Cheese Makers | Artisanal & Farmstead Producers"), it heads nothing
    listed = block.kind == "para" and (_names_a_kind_of_company(lowered) or " | " in text)
    if _is_players_header(lowered) and not listed:
        return Header("players")
    # a plain-text page's "Type Outlook (Revenue, USD Million, 2019 - 2032)" line over its list heads it too
    headline = block.kind in ("heading", "label") or block.kind == "para" and text.endswith(")")
    outlook = _OUTLOOK.match(text) if headline else None
    if outlook and _PLAYERS_WORD.search(outlook.group(1)):  # "Key Company Insights" over company cards
        return Header("players")
    # "**Wrenford Insights**" over the firm's address, a sidebar's "Recent Insights": "Insights" after no dimension
    named = dimension_name(outlook.group(1)) if outlook else None
    unnamed = named is not None and text.rstrip(":").endswith("Insights") and not names_a_dimension(named)
    if named and not unnamed:  # "Type Outlook"; "Divisional Outlook" heads a country's parts
        return dimension_header(named) if named in vocab.PART_DIMENSIONS else Header("segment", named)
    if block.kind == "heading" and lowered.rstrip(":") in _DIMENSION_PLURALS:  # "<h3>Applications</h3>"
        return dimension_header(dimension_name(lowered.rstrip(":")))
    basis = (_BASIS_OVER_A_LIST.match(text) or _SPLIT_OVER_A_LIST.match(text)) if text.endswith(":") else None
    if basis:  # "In terms of Product Type, the Grain Dryers market is segmented into:" over the list; "Product split:"
        return dimension_header(dimension_name(basis.group("dim")))
    match = _BY_DIMENSION.search(text)
    # "drive spending by cardiac centers" names no dimension; "breaks the market down by product type as follows:" does
    if match is None or not (_BY_CONTEXT.search(text[: match.start()]) or text.endswith(" as follows:")):
        return None
    if len(_BY_CAPITALISED.findall(text)) >= 2:  # "... Analysis, By Material, By Block Type, ...": a report's title
        return None
    if _AND_REGION.match(text, match.end()):  # "Industry Analysis by Reactor Type, Capacity, End Use and Region"
        return None
    if _PROSE_AFTER.match(text, match.end()):  # "Pricing trends by type, with raw material cost analysis"
        return None
    if _ITEMS_IN_BRACKETS_THEN_MORE.match(text, match.end()):  # "By Rice Type (A, B, C), Destination and Province"
        return None  # a report's subtitle, its items in its own brackets
    if _PRICED.search(text, 0, match.start()):  # "Price Trend Analysis by Grade" in a list of what a report covers
        return None
    if _names_a_firm(match.group("dim")):  # "Smart Water Meters Market Research Report by Quillford Insights"
        return None
    named = match.group("dim").lower()
    return dimension_header(dimension_name(f"by {named}") or (named if named in vocab.DIMENSIONS_AFTER_BY else None))


_ITEMS_IN_BRACKETS_THEN_MORE = re.compile(r"\s*\((?:[^()\d,]+,){2,}[^()\d]+\)\s*(?:,|and\b)")


def _names_a_firm(words: str) -> bool:
    """ "Quillford Insights", "Harrow & Vale Research": capitalised words ending in a firm word."""
    names = words.split()
    return (
        len(names) >= 2
        and names[-1].lower() in vocab.RESEARCH_FIRM_WORDS
        and all(n[:1].isupper() or n == "&" for n in names)
    )


def outlook_headings(blocks: Sequence[Block], market: str) -> list[Block]:
    """ "Surgical Stapling Devices Product Outlook (Revenue, USD Million, 2019 - 2032)": the market's name
    before a dimension's outlook heading is dropped, so that the heading names its dimension alone."""
    outlooks = [
        block.kind in ("heading", "label", "item") and ("Outlook" in block.text or "Insights" in block.text)
        for block in blocks
    ]
    if not any(outlooks):  # most pages: no pattern of the market's name to compile
        return list(blocks)
    prefix = re.compile(rf"^(?i:(?:global\s+)?{re.escape(market)}(?:\s+market)?)\s+(?=[A-Z])")
    read = []
    for block, outlook_like in zip(blocks, outlooks, strict=True):
        lead = prefix.match(block.text) if outlook_like else None
        outlook = _OUTLOOK.match(block.text[lead.end() :]) if lead else None
        if outlook and not _JOINED.search(outlook.group(1)):  # "X Market Size & Outlook 2025-2033" names none
            block = replace(block, text=block.text[lead.end() :])
        read.append(block)
    return read


# "Technology. Coverage includes GPS, RFID and Bluetooth.", "Application. Segments are A, B and C.": words that only
# say a list follows
_LIST_LEAD_IN = re.compile(
    r"(?:(?i:(?:the\s+)?(?:coverage|segments|sub-segments|categories|items)\s+(?:includes?|are|comprises?|covers?|spans?))"
    r"\s+(?=[A-Z0-9]))?"
)


def run_in_dimension_labels(blocks: Sequence[Block]) -> list[Block]:
    """ "Product. Ceiling lifts, worth USD 1.02 billion, lead the market ...", "By Fluid Type. Type I fluids ...": a
    paragraph run in after a dimension's name and a period is that dimension's section, label first."""
    read = []
    for block in blocks:
        label = _RUN_IN_LABEL.match(block.text) if block.kind == "para" else None
        name = dimension_name(label.group(1)) if label else None
        if name and names_a_dimension(name):
            named = label.group(1) if label.group(1).startswith("By ") else f"By {label.group(1)}"
            read += [Block("label", named), replace(block, text=block.text[label.end() :])]
        else:
            read.append(block)
    return read


def dimension_header(dimension: str | None) -> Header | None:
    """A region section for "by region" and its synonyms, else a segment section of that dimension."""
    if dimension is None:
        return None
    is_region = dimension in vocab.REGION_DIMENSIONS or REGION_LABEL.search(dimension)  # "regional insight"
    # "By Emirate", "By Province/Territory", "By area": a country's parts, each a region of its own
    if all(kind.strip() in vocab.PART_DIMENSIONS for kind in dimension.split("/")) or dimension in _AREAS:
        return Header("region", dimension)
    return Header("region") if is_region else Header("segment", dimension)


# "By area": places, as a dimension of its own ("application area" and the like name more words)
_AREAS = frozenset({"area", "areas"})
# Dimensions named on their own that no segment is named after.
_TYPICAL_DIMENSIONS = frozenset(
    {"type", "product type", "application", "end-user", "end user", "end use", "end-use", "geography", "region"}
)
_A_COUNT = re.compile(r"\s*\d+\s*(?:\([^()]*\))?$")
_A_FORCE = re.compile(r"\b(?:power|threat)\s+of\b")
_PLAYER_QUESTION = re.compile(r"^(?:who|which)\b.*\b(?:players|companies|vendors|manufacturers|leaders)\b")


def _is_players_header(lowered: str) -> bool:
    """ "Key Players", "Companies Covered", "Key Veterinary Vaccines Companies"; not a five-forces heading such as
    "Bargaining Power of Suppliers", which names a force."""
    if _A_FORCE.search(lowered):
        return False
    label, colon, rest = lowered.partition(":")
    if colon and "," in rest and not vocab.PLAYER_NOUN.search(label):
        return False  # "Segments Covered: Product, ... Companies Profiled12": a glued key's line, another key first
    if colon and _A_COUNT.match(rest):  # "Companies profiled: 7 (plus 15 in market share analysis)": a count
        return False
    if lowered.endswith(":") and len(lowered.split()) <= 16 and vocab.PLAYER_NOUN.search(lowered):
        return True  # "The report lists the following as the leading companies in the market:"
    if lowered.endswith("?"):  # a FAQ's "Who are the key players in the X market?" over its answer
        return len(lowered.split()) <= 16 and _PLAYER_QUESTION.search(lowered) is not None
    if len(lowered.split()) > 10 or lowered.count(",") >= 2:  # "Market sizing, segment forecasts, ... and vendor
        return False  # landscape": what a report covers, the players one topic of several
    if lowered.endswith(".") and len(lowered.split()) >= 5:
        return False  # "Overnight depot charging remains the dominant model for city operators.": a sentence
    if _PLAYER_HEADER_PHRASE.search(lowered):
        return True
    words = _WORD.findall(lowered)
    if 0 < len(words) <= 6 and (words[-1] in _PLAYER_NOUNS or words[0] in _PLAYER_NOUNS):
        return True  # "Suppliers", "Veterinary Vaccines Market Companies", "Companies named in the study"
    return not _PLAYER_QUALIFIERS.isdisjoint(words) and not _PLAYER_NOUNS.isdisjoint(words)


def _names_a_kind_of_company(lowered: str) -> bool:
    """ "Pharmaceutical Companies", "Contract Manufacturers (CDMOs)" on a line of their own: an end user's item,
    not a players heading, which a heading's markup, a colon or a qualifier ("Key Companies") would show."""
    words = _WORD.findall(lowered)
    return (
        2 <= len(words) <= 4
        and words[-1] in _KINDS_OF_COMPANY
        and not lowered.endswith(":")
        and _PLAYER_QUALIFIERS.isdisjoint(words)
        and not _PLAYER_HEADER_PHRASE.search(lowered)
    )


_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Z])")


def _is_region_label(block: Block) -> bool:
    """ "Regional Scope", "Geographic coverage:": short, and a heading, a label or a line ending in ":"; or a longer
    line over the list of a country's parts ("The brief reports deliveries for the following counties:")."""
    text = _SECTION_NUMBER.sub("", block.text)  # "4. Cantons"
    words = len(text.split())
    if _introduces_parts(block):
        return True
    if not REGION_LABEL.search(text) or words > 12 or _RANKING.search(text):
        return False  # "Largest region" labels one region's figure, not a list
    return block.kind != "para" or text.endswith(":") or words <= 3


def _introduces_parts(block: Block) -> bool:
    """A line over the list of a country's parts, the last sentence of its paragraph: "Phnom Penh takes the largest
    slice. The report breaks demand down by province and by the districts where most construction happens:"."""
    if block.kind != "para" or not block.text.endswith(":"):
        return False
    line = split_sentences(block.text)[-1]
    return len(line.split()) <= _MAX_LINE_OVER_PARTS and bool(PARTS_NAMED.search(line)) and not _RANKING.search(line)


# "Segments covered | Product type, power output, application", "Segments covered: Service Type, Animal Type"
_SEGMENTS_COVERED = re.compile(r"^(?:segments?|segmentation)(?:\s+covered)?\s*(?:\||:)\s*(?P<names>.+)$", re.I)
# "We segment the market by measure, by end user and by funding route."; "The study splits the market by product
# type, power output and application."
_SPLIT_BY = re.compile(r"\b(?:segments?|splits?|divides?|breaks?\s+down|cuts?)\b[^.]*?\bby\s+(?P<names>[^.:;]+)[.:]?$")
_BY_BEFORE_A_NAME = re.compile(r"^(?:and\s+)?by\s+", re.I)


def stated_dimensions(blocks: Sequence[Block]) -> list[str]:
    """The dimensions a page says it cuts the market by, in its order: a "Segments covered" line first, else a
    sentence naming them (not "splits the market by microbe into Yeast, Fungi and Algae", one dimension's items)."""
    for pattern in (_SEGMENTS_COVERED, _SPLIT_BY):
        for block in blocks:
            found = pattern.search(block.text)
            if found and " into " not in found["names"] and ":" not in found["names"]:  # no dimension's items
                names = [dimension_name(_BY_BEFORE_A_NAME.sub("", item)) for item in prose_items(found["names"])]
                if len(names) >= 2 and all(name and len(name.split()) <= 3 for name in names):
                    return [name for name in names if name and name not in vocab.REGION_DIMENSIONS]
    return []


def dimension_word(phrase: str) -> str:
    """ "Distribution channels" -> "channel": the singular last word of a dimension's name, what it is a list of."""
    words = phrase.split()
    return singular(words[-1].lower()) if words else ""


def singular(word: str) -> str:
    """ "types" -> "type", "categories" -> "category"; "process", "technologies", "species", "axis", "status" and
    "lens" stay."""
    if word == "categories":
        return "category"
    plural = word.endswith("s") and not word.endswith(("ss", "ies", "is", "us"))
    return word[:-1] if plural and word not in vocab.SINGULAR_NOUNS_ENDING_IN_S else word


def dimension_name(raw: str) -> str | None:
    """ "types" -> "type", "By End Users Segment" -> "end user", "By Number of Groups" -> "number of groups";
    None when it is no dimension."""
    words = _ENTRY_NUMBER.sub("", raw).lower().split()
    if words[:1] in (["segmentation"], ["segment"], ["segments"], ["segmented"]) and words[1:2] == ["by"]:
        words = words[1:]  # "Segmentation by Type"
    led_by = words[:1] == ["by"]
    if led_by:
        words = words[1:]
    while len(words) > 1 and words[-1] in ("segment", "segments", "and", "the", "analysis"):  # "By Technique Analysis"
        words.pop()
    if len(words) > 2 and words[-2] in ("we", "they", "you"):  # "By body type we have"
        words = words[:-2]
    # "Baby Car Seat Market Outlook" is the market's own; "By Market" over "Domestic", "Export" and "By End Market"
    # name the markets sold to
    sold_to = led_by and words[-1:] == ["market"] and len(words) <= 2
    if not words or len(words) > 4 or "market" in words and not sold_to:
        return None
    if words[0] in ("the", "a", "an"):  # "By the Numbers" over a fact box: an idiom, no dimension
        return None
    if words[-1].removesuffix("-wise") in vocab.PART_DIMENSIONS:  # "State-wise outlook" heads the states
        words[-1] = words[-1].removesuffix("-wise")
    if "of" not in words:  # "number of groups" stays
        words[-1] = singular(words[-1])
    name = " ".join(words)
    if sold_to:
        return name
    if name in vocab.NOT_DIMENSIONS or len(words) > 1 and all(w in vocab.SECTION_HEADING_WORDS for w in words):
        return None  # "Key Market Insights" heads findings, not a dimension
    if len(words) > 1 and words[-1] in vocab.TOPIC_WORDS:  # "the main technology themes covered"; "By Theme" is one
        return None
    return name


def sections(blocks: Sequence[Block], title: str | None = None) -> Iterator[tuple[Header, Block, list[Block]]]:
    """Each header with the blocks up to the next header or heading (the title opens none)."""
    headers = [
        header if header is None or header.kind != "players" or _opens_nested_items(blocks, index) else None
        for index, header in enumerate(map(classify_header, blocks))
    ]  # a list item heads players only over names nested under it: "Key players" among bullets is one more
    headers = [None if _a_byline(blocks, index) else header for index, header in enumerate(headers)]
    named_in_place = [*_bare_dimension_items(blocks, headers), *_dimension_subheadings(blocks, headers)]
    for index, name in [*named_in_place, *_stated_dimension_lines(blocks, headers)]:
        headers[index] = dimension_header(name)
    index = 0
    while index < len(blocks):
        header = headers[index] if blocks[index].text != title else None
        if header is None:
            index += 1
            continue
        end = index + 1
        nested = _opens_nested_items(blocks, index)
        while end < len(blocks) and _continues(header, blocks[index], blocks[end], headers[end], nested):
            end += 1
        yield header, blocks[index], list(blocks[index + 1 : end])
        index = end


def _stated_dimension_lines(blocks: Sequence[Block], headers: Sequence[Header | None]) -> list[tuple[int, str]]:
    """ "Solution" / "End user" lines over their items, below "Sediba splits the market by solution, by end user
    and by deployment model:": short lines naming the dimensions the page says it cuts the market by."""
    short_lines = [
        (index, name)
        for index, (block, following) in enumerate(itertools.pairwise(blocks))
        if headers[index] is None
        and block.kind in ("para", "label")
        and following.kind == "item"
        and len(block.text.split()) <= 3
        and (name := dimension_name(block.text.rstrip(":")))
    ]
    stated = stated_dimensions(blocks) if short_lines else []  # read only where a line may name one
    return [(index, name) for index, name in short_lines if any(s == name or s.startswith(f"{name} ") for s in stated)]


def _a_byline(blocks: Sequence[Block], index: int) -> bool:
    """ "By Dale Hruska" over "Gazette business writer" and "Sep 8, 2024 Updated Sep 9, 2024": an author's name, its
    date on a line of its own below (or right above: "Wednesday, 29 January 2025" over "By Ndapewa Shikongo")."""
    text = blocks[index].text
    dated = (b.text for b in [*blocks[max(0, index - 1) : index], *blocks[index + 1 : index + 3]])  # or just above
    return text.startswith("By ") and any(_BYLINE.search(line) for line in dated)


def _bare_dimension_items(blocks: Sequence[Block], headers: Sequence[Header | None]) -> list[tuple[int, str]]:
    """Items of one list that are bare dimension names over their own items: "Type" / "1.1 Managed",
    "End-user" / "2.1 Manufacturing", "Geography" / "3.1 APAC"; or plain text's "Type:" lines over the items
    listed under each. Two such names at least, one of them a dimension no segment is named after ("Type",
    "End-user", "Geography"), so that "Services" over "Managed services" stays an item. A name of no known
    dimension word ("Resin:") counts right after another dimension's items, as the next one of the run."""
    found: list[tuple[int, str]] = []
    run_end = -1  # where the items of the last name found end
    for index, block in enumerate(blocks):
        if headers[index] is not None or not _names_over_items(blocks, index):
            continue
        text = block.text.removesuffix(":")
        name = dimension_name(text) if len(text.split()) <= 3 else None
        grid_line = block.kind == "para" and not block.text.endswith(":")  # a grid's names and items look alike
        follows_a_run = index == run_end and len(text.split()) <= 2 and not grid_line
        if name and (names_a_dimension(name) or follows_a_run):
            found.append((index, name))
            run_end = next((i for i in range(index + 1, len(blocks)) if blocks[i].level <= block.level), len(blocks))
    levels = {blocks[index].level for index, _ in found}
    typical = {name for _, name in found} & _TYPICAL_DIMENSIONS
    return found if len(found) >= 2 and len(levels) == 1 and typical else []


def _dimension_subheadings(blocks: Sequence[Block], headers: Sequence[Header | None]) -> list[tuple[int, str]]:
    """ "<h2>Segment Analysis</h2>" over "<h3>Product Type</h3>", "<h3>Design</h3>": sub-headings that name a
    dimension head its section, whatever prose comes before its list."""
    found: list[tuple[int, str]] = []
    level = None  # the segmentation heading's, while its sub-headings last
    dimension_level = None  # a dimension's heading under it: the headings below that are its items ("Dairy Products")
    for index, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        if level is not None and block.level <= level:
            level = None
        if dimension_level is not None and block.level <= dimension_level:
            dimension_level = None
        if SEGMENTATION_HEADER.search(block.text):
            level = block.level
        elif level is not None and headers[index] is not None:
            dimension_level = block.level if headers[index].kind == "segment" else dimension_level
        elif level is not None and dimension_level is None and len(block.text.split()) <= 3:
            name = dimension_name(block.text)
            if name and names_a_dimension(name):
                found.append((index, name))
                dimension_level = block.level
    return found or _sibling_dimension_headings(blocks, headers)


def _sibling_dimension_headings(blocks: Sequence[Block], headers: Sequence[Header | None]) -> list[tuple[int, str]]:
    """ "<h2>How we cut the market</h2>" over "<h3>Component</h3>", "<h3>End User</h3>": sub-headings of one
    heading, two at least and most of them naming a dimension, head their sections whatever the heading above them
    says; not company cards named like dimensions ("Cryotech Deicing Technology", "LNT Solutions")."""
    siblings: dict[int, list[tuple[int, str | None]]] = {}  # the parent heading's index -> its sub-headings
    parents: list[tuple[int, int]] = []  # (level, index) of the open headings
    for index, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        while parents and parents[-1][0] >= block.level:
            parents.pop()
        name = dimension_name(block.text) if headers[index] is None and len(block.text.split()) <= 3 else None
        if parents:
            siblings.setdefault(parents[-1][1], []).append((index, name))
        parents.append((block.level, index))
    found: list[tuple[int, str]] = []
    for headings in siblings.values():
        dimensions = [(index, name) for index, name in headings if name and names_a_dimension(name)]
        if len(dimensions) >= 2 and 2 * len(dimensions) > len(headings):
            # "Varietal" beside "Price Tier" and "Distribution Channel": a short name over a list is one more
            found += [(index, name) for index, name in headings if name and _over_a_list(blocks, index, name)]
    return found


def _over_a_list(blocks: Sequence[Block], index: int, name: str) -> bool:
    """A sibling heading that names a dimension, or a name of two words at most right over a list."""
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return names_a_dimension(name) or len(name.split()) <= 2 and following is not None and following.kind == "item"


_GRID_LINE_WORDS = 6


def _names_over_items(blocks: Sequence[Block], index: int) -> bool:
    """A list item with items nested under it, a "Label:" line with a list right under it, or a grid's bare name
    over its short lines ("Type" / "Wet Scrubbers" / "Dry Scrubbers")."""
    block = blocks[index]
    if block.kind == "item":
        return _opens_nested_items(blocks, index)
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if block.kind == "para" and len(block.text.split()) <= 2 and not block.text.endswith((".", ":")):
        lines = blocks[index + 1 : index + 3]
        return len(lines) == 2 and all(b.kind == "para" and _is_a_grid_line(b.text) for b in lines)
    return (
        block.kind in ("para", "label")
        and block.text.endswith(":")
        and following is not None
        and (following.kind == "item")
    )


def _is_a_grid_line(text: str) -> bool:
    return len(text.split()) <= _GRID_LINE_WORDS and text[:1].isupper() and not text.endswith((".", ":"))


def names_a_dimension(name: str) -> bool:
    """ "component", "end user", "geography", "by geography": a word that names a dimension, not a snapshot's key."""
    name = name[3:] if name.startswith("by ") else name
    return name in vocab.REGION_DIMENSIONS or re.split(r"[\s-]+", name)[-1] in vocab.SEGMENT_LABEL_WORDS


def _opens_nested_items(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block is no list item, or a list item with items nested under it (the next block is deeper)."""
    opener = blocks[index]
    following = blocks[index + 1] if index + 1 < len(blocks) else Block("para", "")
    return opener.kind != "item" or following.kind == "item" and following.level > opener.level


def _continues(header: Header, opener: Block, block: Block, opens: Header | None, nested: bool) -> bool:
    """Whether ``block`` (which opens the section ``opens``, if any) still belongs to the one ``opener`` started.

    A region section runs on through sub-headings that are region names ("<h3>Europe</h3>"), or short names
    under its own heading. A list item
    opening a section holds the items ``nested`` under it, or, when none is (a flat list: "By Type",
    "Stick Electrodes", ...), the items up to the next header.
    """
    if header.kind == "region" and block.kind == "heading" and is_region_name(block.text):
        return opener.kind != "heading" or block.level > opener.level
    if header.kind == "region" and opener.kind == "heading" and block.kind == "heading":
        # "<h2>Island groups and regions</h2>" over "<h3>Luzon</h3>", "<h3>Visayas</h3>": names of its parts,
        # and so are "<h3>North Region</h3>", "<h3>Dhofar Governorate</h3>" (that head a section alone)
        named = opens is None or names_one_part(block.text)
        return (
            named
            and block.level > opener.level
            and len(block.text.split()) <= 4
            and not any(map(str.isdigit, block.text))
        )
    if header.kind == "region" and opener.kind == "heading" and block.kind == "label" and names_one_part(block.text):
        return True  # "<h2>Regional outlook</h2>" over bold "Northern Region" lines, each over its districts
    if header.kind in ("region", "players") and _is_a_caps_title(block):
        return False  # a plain-text page's "SEGMENTS ANALYSED", "RECENT DEVELOPMENTS" head a part of their own
    if header.kind != "region" and opener.kind == "heading" and block.kind == "heading":  # a company, an item
        return block.level > opener.level and opens is None  # a sub-heading: "<h3>By Type</h3><h4>Adhesive-bonded"
    if opener.kind == "item" and block.kind == "item" and block.level <= opener.level and nested:  # the next branch
        return False
    return block.kind != "heading" and opens is None


def _is_a_caps_title(block: Block) -> bool:
    """ "SEGMENTS ANALYSED", not "MIDDLE EAST" nor "SOUTH KOREA" (a region section's own lines in capitals)."""
    text = block.text
    return (
        block.kind == "label"
        and text.isupper()
        and " " in text
        and not is_region_name(text)
        and not names_one_country(text)
    )


def segment_items(header: Block, body: Sequence[Block], dimension: str) -> list[Segment]:
    # "By Product [value: USD Million; volume: Kilotons]"; a table's caption ("Table 9: X Market, by Rim Size,
    # 2019-2031") lists nothing itself: the table under it does
    captioned = NUMBERED_CAPTION.match(header.text)
    inline = None if captioned else inline_list(_UNITS_TAIL.sub("", header.text))
    # "By Application: The Residential segment was valued at USD 0.84 billion in 2024. ...": a finding, no list
    if inline and any(words_outside_brackets(item) > 8 for item in inline):
        inline = None
    if inline:
        return [s for label in inline for s in segment_with_children(dimension, label, least_children=2)]
    rows = list(itertools.takewhile(lambda b: b.kind == "row", body))
    if len(rows) >= 3:  # a table under "By Product Type": "Segment | Share 2024 | CAGR" / "Footwear | 18.9% | 8.1%"
        labels = [row.text.split(" | ")[0].strip() for row in rows]
        if labels[0].lower() in vocab.YEAR_HEADERS:  # "Year | Residential | Commercial" / "2024 | 2,388.8 | 1,112.0"
            labels = [cell.strip() for cell in rows[0].text.split(" | ")]
        unnamed = rows[0].text.count(" | ") < rows[1].text.count(" | ")  # "2021 | 2024" over "HFA-134a | 9.8 | 9.6"
        if unnamed or labels[0].lower() in _ITEM_COLUMN_HEADERS or dimension_name(labels[0]) == dimension:
            return [
                Segment(dimension, label)
                for label in labels[1:]
                if len(label.split()) <= 8 and not names_the_whole_market(label)
            ]
    if captioned:  # a list of tables: no table under the caption
        return []
    paragraphs = list(itertools.takewhile(lambda b: b.kind in ("para", "label"), body))
    named = names_over_lines_about_them(paragraphs, _names_a_card)
    after = paragraphs[2 * len(named) : 2 * len(named) + 1]
    if len(named) >= 2 and all(b.kind == "label" for b in after):  # "Fish" over "The fastest growing source, ..."
        return [Segment(dimension, name) for name in named]
    run = next((items for b in body[:2] if b.kind in ("para", "label") and (items := _run_of(b.text))), [])
    if not run and len(body) == 1 and body[0].kind == "para":  # the section's only line: "Plain, Flavored"
        run = [item for item in run_items(body[0].text, 2) if item[:1].isupper() and len(item.split()) <= 4]
        run = run if len(run) == 2 else []
    if run and not any(b.kind == "item" for b in body[:2]):  # "Single-lumen Tubing, Multi-lumen Tubing, ..."
        stated = _BASIS_STATEMENT.match(body[0].text)  # "Based on grade, market is bifurcated into A, B and C."
        # "Demand comes from A, B and C.": the run after the cue
        run = _items_of_run(stated.group("run")) if stated else _named_in_prose(body[0].text) or run
        return [s for label in run for s in segment_with_children(dimension, label, least_children=2)]
    carded = _item_cards(body, dimension)
    if carded:
        return carded
    if run_in := _run_in_names(body):
        return [Segment(dimension, name) for name in run_in]
    headed = body and body[0].kind == "heading"  # "<h4>Adhesive-bonded CLT</h4><p>Panels glued ...</p><h4>..."
    items = [b for b in body if b.kind == "heading"] if headed else leading_items(body)
    if not items and body and body[0].kind == "para":  # "The study covers A, B and C." under "By Technology"
        return [Segment(dimension, label) for label in _named_in_prose(body[0].text)]
    if _lines_of_named_dimensions(header.text, items):
        return []  # read as dimension lines ("Component: Hardware, Software") by `labelled_dimension_lists`
    base = min((b.level for b in items if b.kind in ("item", "heading")), default=0)
    segments: list[Segment] = []
    parents: dict[int, str] = {}  # list (or heading) depth -> the last label seen at that depth
    for block in items:
        depth = block.level if block.kind in ("item", "heading") else base
        parent = parents.get(depth - 1) if depth > base else None
        label = _described_item(block.text.removesuffix(":").rstrip())  # "Silicone Sealants:" over a paragraph
        label = _FIGURE_TAIL.sub("", label)  # "Offline (58%)" over its channels
        dashed = _dashed_children(label)  # "Frozen Seafood — Whole Frozen Fish; Frozen Fillets"
        # "Hardware: Tags, Readers & Sensors, Gateways"
        name, colon, rest = (dashed[0], "—", dashed[1]) if dashed else label.partition(":")
        listed = run_items(rest, 2) if colon and 0 < len(name.split()) <= 4 else []
        label = name.strip() if listed else label
        # not "AI algorithms, platforms"; after a dash "2G REBCO" is a name
        named = all(child[:1].isupper() or dashed and child[:1].isdigit() for child in listed)
        children = listed if named else []
        segments.append(Segment(dimension, label, parent))
        segments.extend(Segment(dimension, child, label) for child in children)
        parents[depth] = label
    return segments


def _item_cards(body: Sequence[Block], dimension: str) -> list[Segment]:
    """ "X-ray" over its sub-items and its "Share 2024 | 38.7%", "CAGR 2025-2030 | 6.6%" rows, then "Ultrasound" over
    its own: a card per item, its name a short line over its figures' rows or its sub-items."""
    segments: list[Segment] = []
    for index, block in enumerate(body[:-1]):
        if block.kind != "para" or body[index + 1].kind not in ("row", "item") or not _names_a_card(block.text):
            continue
        children = itertools.takewhile(lambda b: b.kind == "item", body[index + 1 :])
        segments += [Segment(dimension, block.text), *(Segment(dimension, c.text, block.text) for c in children)]
    cards = [s for s in segments if s.parent is None]
    rows = sum(b.kind == "row" for b in body)
    return segments if len(cards) >= 2 and rows >= len(cards) else []


_PRICED_NOTE = re.compile(r"[$€£¥₹]\s?\d")  # "Premium — ¥4,000 to ¥8,000"
_SMALL_WORDS = frozenset({"and", "of", "for", "the", "in", "on", "with", "or", "to", "by", "a"})
# "Microgeneration – systems up to 75 kW; this class accounted for BRL 27.3 billion", "Soybean - roughly half of use"
_NOTE_AFTER_A_DASH = re.compile(r"^(?P<name>[A-Z][^—–:;()]{0,50}?(?:\s*\([^()]{1,30}\))?)\s+[—–-]\s+(?=\S+\s+\S+\s+\S)")
# "Toplighting. Overhead fixtures ...", "Research & Academia. Growth chambers ...": an item's name run in
# or a dash ("Care Homes — the fastest-growing end user"), a bracketed acronym in the name ("Customer-Owned Goods (COG)
# Laundering. Trusts ...")
_RUN_IN_NAME = re.compile(
    r"^(?P<name>[A-Z][\w&/'’+-]*(?:\s+(?:&|and|of|[A-Z][\w&/'’+-]*|\([A-Z]{2,6}\))){0,5})(?:\.|\s+[—–])\s+(?=[A-Za-z])"
)


def _run_in_names(body: Sequence[Block]) -> list[str]:
    """A section of paragraphs, each opening on its item's name run in with a full stop ("Toplighting. Overhead
    fixtures above the canopy ...", then "Interlighting. ..."): every paragraph so, two at least."""
    paragraphs = list(itertools.takewhile(lambda b: b.kind == "para", body))
    names = [m.group("name") for b in paragraphs if (m := _RUN_IN_NAME.match(b.text))]
    return names if len(names) >= 2 and len(names) == len(paragraphs) else []


def _names_a_card(text: str) -> bool:
    return (
        len(text.split()) <= 5
        and text[:1].isupper()
        and not any(ch in text for ch in ".:;%|")
        and not _FIGURE.search(text)
    )


def _named_in_prose(text: str) -> list[str]:
    """A section's items told in its first paragraph: "The study covers A, B and C." or its opening finding."""
    return enumerated_in_prose(text) or _named_in_a_finding(split_sentences(text)[0])


def _named_in_a_finding(sentence: str) -> list[str]:
    """A dimension's items in its section's opening finding: "Examination, Surgery and Orthodontics are the
    applications analysed", "Dental Clinics dominate, followed by Hospitals and Academic & Research Institutes"."""
    made_up = _list_makes_up(sentence)
    if made_up:
        return _items_of_run(made_up.group("run"))
    leader = _LEADER_FOLLOWED.match(sentence)
    return [leader.group("first"), *_items_of_run(leader.group("run"))] if leader else []


def _lines_of_named_dimensions(header: str, items: Sequence[Block]) -> bool:
    """ "The study splits the market by component, by data center type and by end user:" (or "by plant type,
    technology and application:") over "Component: A, B" lines: each line is a dimension the header names, not an
    item with children."""
    named = f" {header.lower().partition(' by ')[2]} "
    names = [b.text.partition(":")[0].strip().lower() for b in items if ":" in b.text]
    return sum(re.search(rf"[\s,]{re.escape(name)}[\s,:.]", named) is not None for name in names if name) >= 2


def _described_item(text: str) -> str:
    """ "Epoxy: These adhesives offer excellent mechanical strength ...": the item is the name before its
    description; "Hardware: Sensors, Gateways and Controllers" is read on, as a parent over its sub-items. So is a
    name before a dash and a note of three words or more ("Tomatoes — C$1.52 billion in 2024"), though not before
    its sub-items ("Frozen Seafood — Whole Frozen Fish; Frozen Fillets")."""
    name, colon, rest = text.partition(":")
    described = colon and 0 < len(name.split()) <= 6 and len(rest.split()) >= 5 and not run_items(rest, least=2)
    if described:
        return name.strip()
    noted = _NOTE_AFTER_A_DASH.match(text) if not colon else None
    # "Tier 1 – Pico Solar Lanterns" is one name, a code and its words: a note has words in lower case
    note = text[noted.end() :] if noted else ""
    told = any(word[:1].islower() and word not in _SMALL_WORDS for word in note.split()) or _PRICED_NOTE.match(note)
    return noted.group("name") if told and _dashed_children(text) is None else text


def _run_of(text: str) -> list[str]:
    """A line that is a list: three items, or two when semicolons or bars part them ("Cloud; On-premises",
    "Cart-based | Handheld"); or a paragraph opening with one, maybe after words that say so ("Segments are ...")."""
    text = text.replace(" | ", "; ")
    text = text[_LIST_LEAD_IN.match(text).end() :]
    return _opening_run(text) if ". " in text.rstrip(". ") else run_items(text, 2 if ";" in text else 3)


def analysed_items(text: str, dimension: str) -> list[str]:
    """The items a "segmental analysis" paragraph names: the leader it opens with, then the others it lists or
    the one growing fastest. "Pumpers/Engines accounted for the largest share ... Aerial Ladder Trucks, Rescue
    Vehicles and Water Tenders make up the remainder", "On-premise deployment accounted for the larger share ...
    Cloud-based deployment is the faster-growing option"."""
    if _LEADING_ITEM.match(text) is None:  # a cheap screen: what matches the first clause matches the text
        return []
    clauses = [clause for sentence in split_sentences(text) for clause in sentence.split("; ")]
    leader = _LEADING_ITEM.match(clauses[0])
    if leader is None:
        return []
    others: list[str] = []
    for clause in clauses[1:]:
        listed = _OTHERS_LISTED.match(clause) or _ENUMERATION_CUE.match(clause)
        if listed:
            others = prose_items(_PROSE_AFTER.split(listed.group("run"))[0])
            break
        faster = _FASTER_ITEM.match(clause)
        if faster:
            others = [faster.group("item")]
            break
    items = [leader.group("item"), *_without_a_shared_noun(others)]
    items = [_without_the_dimension_word(item, dimension) for item in items]
    return items if len(items) >= 2 and all(len(item.split()) <= 10 for item in items) else []


def _without_the_dimension_word(item: str, dimension: str) -> str:
    """ "On-premise deployment" under "By Deployment", "Industrial end uses" under "By End Use": the item."""
    lowered = item.lower()
    for word in (dimension, dimension + "s"):
        if lowered.endswith(" " + word) and len(item) > len(word) + 1:
            return item[: -len(word) - 1]
    return item


def _opening_run(text: str) -> list[str]:
    """The names a paragraph opens with before it goes on about them: "Oat, Almond, Soy. The oat segment leads".
    Each is a capitalised name: "Based on process, the market is divided into ..." is a sentence."""
    first = split_sentences(text)[0]
    items = run_items(first, 2 if ";" in first else 3)
    return items if all(item[:1].isupper() or item[:1].isdigit() for item in items) and ":" not in first else []


def by_dimension_statements(blocks: Sequence[Block]) -> Iterator[tuple[Header, list[str]]]:
    """Lists stated in one sentence: "By Component, the report tracks Hardware, Software and Services; ...",
    "On the basis of source, the market is divided into animal-based, plant-based and mineral-based"."""
    for block in blocks:
        text = _sub_items_in_brackets(_run_in_label_as_basis(block.text))
        if " from " in text and _RANGE_VERB.search(text):
            text = " ".join(map(_range_as_a_list, split_sentences(text)))
        matches = [_BY_STATEMENT.match(text)] if text.startswith("By ") else []
        # cheap screens before the sentences are split, once
        stated = ("," in text or " and " in text) and _BASIS_CUE.search(text) is not None
        lowered = text.lower()
        landscape = any(word in lowered for word in _LANDSCAPE_WORDS) and _LANDSCAPE_CUE.search(text) is not None
        split_into = (
            any(word in text for word in (" into ", " between ", " as ", " among "))
            and _SEGMENTED.search(text) is not None
        )
        split_into = split_into or " across " in text and _SPREAD_ACROSS.search(text) is not None
        named_by = " namely " in text and " by " in text  # "measured by end user, namely A, B and C"
        covers_namely = " namely " in text and _COVERS_NAMELY.search(text) is not None
        bracketed = ":" in text and "(" in text
        by_lines = ". By " in text or "— By " in text  # "Segmentation covered — By Type: A; B. By Source: C; D."
        by_colon = ":" in text and " by " in text
        grouped = ";" in text and ")" in text and _dimension_groups(text)
        sold = (" through " in lowered or " via " in lowered or " among " in lowered) and _SOLD_THROUGH.search(text)
        listed = "," in text and _DIMENSION_LISTED_CUE.search(text) is not None
        analysed = _ANALYSIS_NOUN.search(text) is not None
        dashed = " by " in text and ("—" in text or " – " in text) and _SEGMENTED.search(text) is not None
        counted = any(word in lowered for word in _COUNT_WORDS) and _COUNTED_CUE.search(text) is not None
        counted_only = counted and _COUNTED_ONLY.search(text) is not None
        counted = counted and _COUNTED_LIST.search(text) is not None
        screened = stated or landscape or split_into or named_by or bracketed or by_lines or by_colon or sold or dashed
        screened = screened or listed or covers_namely
        screened = screened or counted or counted_only or analysed
        sentences = split_sentences(text) if screened else []
        if by_lines:
            matches += [_BY_STATEMENT.match(_AFTER_A_DASH.split(sentence)[-1]) for sentence in sentences]
        if stated:
            matches += [m for sentence in sentences for m in _clause_statements(sentence)]
        if landscape:
            matches += [_landscape(part) for sentence in sentences for part in _LANDSCAPE_CLAUSES.split(sentence)]
        if covers_namely:
            matches += [m for sentence in sentences if (m := _covers_namely(sentence))]
        if split_into or named_by:
            matches += [
                m
                for sentence in sentences
                if _SEGMENTED.search(sentence) or _SPREAD_ACROSS.search(sentence) or _names_a_dimensions_items(sentence)
                for m in (
                    *_BY_INTO.finditer(sentence),
                    _into_then_by(sentence),
                    _INTO_THEN_NOUN.search(sentence),
                    _object_into(sentence),
                    *map(_DIMENSION_SPLIT.match, _LANDSCAPE_CLAUSES.split(sentence)),
                )
                if m
            ]
        if bracketed:
            matches += [m for sentence in sentences for m in _dimensions_in_brackets(sentence)]
        if by_colon:
            matches += [
                m
                for sentence in sentences
                if ":" in sentence
                and (m := _BY_DIMENSION_COLON.search(sentence))
                and not _PLACES_RANKED.search(sentence, 0, m.start())
            ]
        if grouped:
            matches += grouped
        if dashed:
            matches += [m for sentence in sentences for m in _BY_DASHED.finditer(sentence)]
            matches += [m for sentence in sentences for m in _AND_BY_INCLUDING.finditer(sentence)]
        if listed:
            matches += [_dimension_listed(part) for sentence in sentences for part in _LISTED_CLAUSES.split(sentence)]
        if analysed:
            matches += [_DIMENSION_ANALYSIS.search(sentence) for sentence in sentences]
        # in the order the block states them: the first product-like list is the page's "type"
        lists = [(_CHANNELS, items) for sentence in sentences if sold and (items := _channels_sold_through(sentence))]
        placed = [
            ((text.find(m.string), m.start()), found)
            for m in filter(None, matches)
            for found in _statement_list(m, text)
        ]
        if counted:
            placed += [
                ((text.find(sentence), at), found) for sentence in sentences for at, found in _counted_lists(sentence)
            ]
        if counted_only:
            placed += [((text.find(sentences[at]), 0), found) for at, found in _items_one_a_sentence(sentences)]
        # "By Diameter, machines are grouped as ..." reads as a "By X," line and as a basis statement
        for _, found in sorted(placed, key=lambda pair: pair[0]):
            lists += [found] if found not in lists else []
        yield from lists


_SUB_ITEM_CUE = r"(?:chiefly|mostly|mainly|notably|primarily|principally|largely|especially)"
_SUB_ITEM_SCREEN = re.compile(rf"\b{_SUB_ITEM_CUE}\s|\slatter\s")
# An item's sub-items in a dashed aside that says so: "accessories – chiefly dressings and canisters – form",
# "filament yarn – the latter split into POY and FDY – are", "nut-based products — mostly cashew and almond —"
_DASHED_SUB_ITEMS = re.compile(
    rf"\s+[–—]\s+(?:the\s+(?:latter|last)\s+(?:split\s+into|{_SUB_ITEM_CUE})\s+|{_SUB_ITEM_CUE}\s+)"
    r"(?P<subs>(?:[^–—:;.()\d]|\([^()]*\))+?)\s+[–—](?=\s)"
)
# ... or after a comma, up to the clause's end: "metal ores, chiefly copper, gold and iron ore; coal", "mechanical
# and chemical recycling, the latter chiefly glycolysis and methanolysis."
_TRAILING_SUB_ITEMS = re.compile(
    rf",\s+(?:the\s+(?:latter|last)\s+(?:split\s+into|{_SUB_ITEM_CUE})|{_SUB_ITEM_CUE})\s+"
    r"(?P<subs>(?:[^;:()\d]|\([^()]*\))+?)(?=\s*(?:;|,\s+(?:both|all|each|which|where|with|while)\b|\.\s|\.?$))"
)


# An item's parts in an aside after its name: "Polyethylene, comprising LDPE, LLDPE and HDPE, accounts for most",
# "Special Effect Pigments, such as A and B, are", "the Aftermarket, which the study splits into A and B."
_ASIDE_CUE = re.compile(r", (?:comprising|such as|which the (?:report|study|analysis)) ")
_ASIDE_SUB_ITEMS = re.compile(
    r"(?P<item>[A-Z][\w\-&/]*(?:\s+(?:[A-Z][\w\-&/]*|&|and)){0,4}),\s+"
    r"(?:comprising|such\s+as|which\s+the\s+(?:report|study|analysis)\s+(?:further\s+)?(?:splits|breaks|divides)"
    r"\s+(?:down\s+)?into)\s+"
    r"(?P<subs>(?:[^;:,()]|\([^()]*\))+?(?:,\s+(?:[^;:,()]|\([^()]*\))+?)*?)(?=,\s+[a-z]|\.\s|\.?$)"
)


def _parts_in_an_aside(match: re.Match[str]) -> list[str]:
    """The aside's parts, when it names two or more, each by a name ("comprising cell culture steps" names none)."""
    subs = prose_items(match.group("subs").strip())
    return subs if len(subs) >= 2 and all(sub[:1].isupper() or sub[:1].isdigit() for sub in subs) else []


def _aside_in_brackets(match: re.Match[str]) -> str:
    subs = _parts_in_an_aside(match)
    return f"{match.group('item')} ({', '.join(subs)})" if subs else match.group(0)


_COUNT_REACH = 50  # "four distribution channels, namely": how far before "namely" a count counts the list
# ... or after "namely", up to the list's next item: "Online, namely Brand Websites and Marketplaces, and Offline"
_NAMELY_SUB_ITEMS = re.compile(
    r",\s+namely\s+(?P<subs>(?:[^;:,()]|\([^()]*\))+?(?:,\s+(?:[^;:,()]|\([^()]*\))+?)*?)"
    r"(?=,\s+(?:and|as\s+well\s+as|plus)\s|\.\s|\.?$)"
)


# "The analysis also covers packaging formats, namely A, B and C": a dimension's plural, then its items
_COVERS_NAMELY = re.compile(
    r"\b(?:covers|tracks|considers|examines|analy[sz]es|includes|spans)\s+(?:the\s+|its\s+)?"
    r"(?P<dim>[a-z][\w\-&/ ]{1,30}?),?\s+namely\s+(?P<run>[^;]+)"
)


def _covers_namely(sentence: str) -> re.Match | None:
    found = _COVERS_NAMELY.search(sentence)
    return found if found and names_a_dimension(dimension_name(found.group("dim")) or "") else None


def _names_a_dimensions_items(sentence: str) -> bool:
    """ "Demand is also measured by end user, namely A, B and C"; not "Electric Vehicles, the largest application,
    are modelled by vehicle class, namely A and B", an item's own parts."""
    if " namely " not in sentence:
        return False
    subject = _CAPITALISED_SUBJECT.match(sentence)
    return subject is None or len(subject.group(0).split()) < 2


def _sub_items_in_brackets(text: str) -> str:
    """Sub-items told in an aside, written the way a list brackets them: "accessories – chiefly dressings and
    canisters –" reads as "accessories (dressings, canisters)", "C, the latter chiefly x and y" as "C (x, y)", "A,
    namely x and y, and B" as "A (x, y), and B", "A, which the report breaks into x and y, together with B" as "A (x,
    y), together with B"."""
    if _ASIDE_CUE.search(text):
        text = _ASIDE_SUB_ITEMS.sub(_aside_in_brackets, text)
    if not ("ly " in text or " latter " in text) or not (_SUB_ITEM_SCREEN.search(text) or "namely " in text):
        return text  # every cue but one ends "ly"

    def bracketed(match: re.Match[str]) -> str:
        subs = prose_items(match.group("subs").strip())
        return f" ({', '.join(subs)})" if len(subs) >= 2 else match.group(0)

    def after_an_item(match: re.Match[str]) -> str:
        """ "Online, namely A and B" or "four channels, namely A, B and C", counted; not "by sales channel, namely A
        and B", the list itself."""
        before = match.string[max(0, match.start() - _COUNT_REACH) : match.start()]
        item = before.rsplit(None, 1)[-1:]
        counted = _COUNTED_CUE.search(before) is not None
        return bracketed(match) if counted or item and item[0][:1].isupper() else match.group(0)

    text = _NAMELY_SUB_ITEMS.sub(after_an_item, text) if "namely " in text else text
    return _TRAILING_SUB_ITEMS.sub(bracketed, _DASHED_SUB_ITEMS.sub(bracketed, text))


# "The seat-class breakdown extends from first class through business class and premium economy to economy",
# "Among end users, the study extends from BFSI through ... to media & entertainment": a list told as a range
_RANGE_VERB = re.compile(r"\b(?:extends|runs|ranges|stretches|goes)\s+from\s")
# "... runs from A through B and C to D", "... runs from A to B, C and D": a list told as a range
_FROM_THROUGH_TO = re.compile(
    r"^(?P<lead>.*?)\b(?:extends|runs|ranges|stretches|goes)\s+from\s+(?P<first>(?:[^,;()]|\([^()]*\))+?)\s+"
    r"(?:through\s+(?P<middle>[^;]+?)\s+)?to\s+(?P<last>[^;]+?)[.;]?$"
)
# "from Commercial Shipping, including Container Ships and Tankers, through ...": the first item's sub-items
_INCLUDING_BEFORE_THE_NEXT = re.compile(r",\s+including\s+(?P<parts>[^;()]+?),\s+(?=(?:through|to)\s)")
_RANGE_DIMENSION = re.compile(
    r"^(?:among|across|for)\s+(?P<among>[a-z][\w\-&/ ]{1,30}?),"
    r"|(?<![\w'’])(?P<dim>[a-z][\w\-]*(?:\s[a-z][\w\-]*)?)\s+(?:breakdown|segmentation|range|view|taxonomy|coverage|split)\b",
    re.I,
)


def _range_as_a_list(sentence: str) -> str:
    """A list told as a range read as "By X, the study covers A; B; C; and D", which the statement readers know."""
    bracketed = _INCLUDING_BEFORE_THE_NEXT.sub(lambda m: f" ({', '.join(prose_items(m['parts']))}) ", sentence)
    found = _FROM_THROUGH_TO.match(bracketed)
    named = _RANGE_DIMENSION.search(found.group("lead")) if found else None
    if named is None:
        return sentence
    if found.group("middle"):  # "... to economy, the last of which remains ...": one last item, then a remark
        items = [found.group("first"), *prose_items(found.group("middle")), re.split(r"[,;]\s", found["last"])[0]]
    else:
        items = [found.group("first"), *_items_of_run(found.group("last"))]
    dimension = (named.group("among") or named.group("dim")).removeprefix("The ").removeprefix("the ")
    return f"By {dimension[:1].upper()}{dimension[1:]}, the study covers {'; '.join(items[:-1])}; and {items[-1]}."


def _run_in_label_as_basis(text: str) -> str:
    """ "Substrate type insights: The study covers A, B and C" reads as "By substrate type, the study covers A, B and
    C"; "Species insights: By mushroom species, the report looks at ..." as its statement alone. So does a sentence
    naming the dimension before the one listing it: "End-use industry is the last lens. The study covers A and B"."""
    label = _RUN_IN_INSIGHTS.match(text) if ": " in text else None
    label = label or (_DIMENSION_INTRODUCED.match(text) if ". " in text else None)
    if label is None:
        return text
    rest = label.group("rest")
    if rest.startswith(("By ", "On the basis ", "In terms ", "Based on ")):
        return rest
    named = dimension_name(label.group("dim"))
    if not named or not names_a_dimension(named) or named in vocab.REGION_DIMENSIONS:
        return text
    return f"By {named}, {'the' + rest[3:] if rest.startswith('The ') else rest}"


_DIMENSION_INTRODUCED = re.compile(
    r"^(?P<dim>[A-Z][\w\-&/ ]{1,30}?)\s+(?:is|forms|provides)\s+(?:the|a|another)\s+"
    r"(?:(?:first|second|third|fourth|next|last|final|separate|further|other|additional)\s+)?"
    r"(?:lens|dimension|axis|cut)\b[^.]*\.\s+(?P<rest>.+)$",
    re.S,
)
_RUN_IN_INSIGHTS = re.compile(
    r"^(?P<dim>[A-Z][\w\-&/ ]{1,30}?)\s+(?:insights|outlook|analysis)\s*:\s+(?P<rest>.+)$", re.S
)
_ANALYSIS_NOUN = re.compile(r"\s(?:analysis|segmentation|breakdown|view|chapter|taxonomy)[\s,]")
# "The product segmentation is organised around A, B and C", "Audleyfen's device analysis is made up of A, B",
# "Quaybright's component view consists of A and B", "the application chapter, which consists of A, B": the
# dimension before the study's own noun
_DIMENSION_ANALYSIS = re.compile(
    r"(?:^|\s)(?:[Tt]he\s+|[Ii]ts\s+|[A-Z][\w\-]*(?:'s|’s)\s+)(?P<dim>[a-z][\w\-]*(?:\s[a-z][\w\-]*)?)\s+"
    r"(?:analysis|segmentation|breakdown|view|chapter|taxonomy)(?:,\s+which)?\s+(?:is\s+(?:made\s+up\s+of|organi[sz]ed\s+around"
    r"|divided\s+into|split\s+into)|distinguishes|covers|comprises|spans|consists\s+of|separates"
    r"|(?:sorts|groups)\s+[a-z]+\s+into)\s+(?P<run>.+)$"
)
_CHANNELS = Header("segment", "distribution channel")
_SENTENCE_WORD = re.compile(r"\b(?:into|is|are|was|were|it)\b")
# A dimension's own plural as a heading of its own heads its items.
_DIMENSION_PLURALS = frozenset(
    {"applications", "end users", "end-users", "end uses", "end-use industries", "product types", "technologies",
     "components", "materials", "distribution channels", "sales channels", "product categories", "product segments",
     "product lines", "service types"}
)  # fmt: skip
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNT = "|".join(_COUNT_WORDS)
_COUNTED_CUE = re.compile(rf"\b(?:{_COUNT})\s", re.I)
# "covers three components — hardware, software and services — and three applications: A, B and C", "Three
# technology groups are covered – A, B and C", "Payload capacity is tracked in three bands (below 10 L, 10–30 L and
# above 30 L)": a dimension's items after their count, which they must match.
_COUNTED_LIST = re.compile(
    rf"\b(?P<count>{_COUNT})\s+(?P<dim>[a-z][\w-]*(?:\s[a-z][\w-]*)?)\s*"
    r"(?:(?:are|is)\s+(?:\w+ly\s+)?(?:analy[sz]ed|covered|studied|assessed|tracked|considered|examined|distinguished)"
    r"(?:\s+in\s+the\s+(?:report|study|analysis))?\s*)?"
    r"(?:\(|:|(?<=\s)(?:—|–|--))\s*(?P<run>(?:[^():;]|\([^()]*\))+?)\s*(?=\)|\s(?:—|–|--)(?:\s|$)|[.;](?:\s|$)|$)",
    re.I,
)
# "bands", "groups", "classes": words that count a dimension's items and name none; the subject names it ("Payload
# capacity is tracked in three bands"), else the word before ("three technology groups")
_COUNTING_NOUNS = frozenset({"bands", "groups", "classes", "tiers", "categories", "families", "brackets", "ranges"})
_BY_DIMENSION_BEFORE = re.compile(r"\bby\s+(?P<dim>[a-z][\w\-&/ ]{1,30}?),\s+[^,;]*$", re.I)
_SUBJECT_TRACKED_IN = re.compile(
    r"^(?:the\s+)?(?P<dim>[a-z][\w-]*(?:\s[a-z][\w-]*)?)\s+(?:is|are)\s+\w+\s+in(?:to)?\s+$", re.I
)


# "The analysts split products into two types.", "The study sorts the market by product type into five groups.",
# "describes three system types.": a dimension's items counted, none named in the sentence
_COUNTED_ONLY = re.compile(
    rf"(?:\bby\s+(?P<by>[a-z][\w-]*(?:\s[a-z][\w-]*)?)\s+into\s+)?\b(?P<count>{_COUNT})\s+"
    r"(?P<dim>(?:[a-z][\w-]*\s+){0,2}?)(?:types|groups|categories|classes|kinds|families)\b[^,;:()]*?(?:\.\s|\.?$)",
    re.I,
)
# A sentence's subject told in capitals: "Aligner Systems, which include", "Humic & Fulvic Acids and Amino Acids
# follow", "Open-loop scrubbers still make up"
_CAPITALISED_SUBJECT = re.compile(r"^[A-Z][\w-]*(?:\s+(?:(?:&|and|of)\s+)?[A-Z0-9][\w-]*)*(?=,|\s+[a-z(])")
_SUBJECT_AND = re.compile(r"\s+and\s+(?=[A-Z])")
# "..., which include A, B and C, generate", "..., including A and B; the group", "come next, covering A and B"
_ITS_PARTS = re.compile(r"\b(?:which\s+includes?|including|covering|namely)\s+(?P<run>[A-Z][^;]*)")


def _items_one_a_sentence(sentences: Sequence[str]) -> Iterator[tuple[int, tuple[Header, list[str]]]]:
    """A dimension's items counted in one sentence, then each the subject of a sentence after it ("The analysts
    split products into two types. Aligner Systems, which include A, B and C, generate the bulk of revenue.
    Retainers ... are a smaller line."), in as many sentences as there are items; an item's parts after
    "including" or "which include" in its sentence are its sub-items."""
    for at, sentence in enumerate(sentences):
        counted = _COUNTED_ONLY.search(sentence)
        if counted is None:
            continue
        dimension = counted.group("by") or f"{counted.group('dim')}type"
        header = dimension_header(dimension_name(dimension))
        wanted = _COUNT_WORDS[counted.group("count").lower()]
        items: list[str] = []
        for told in sentences[at + 1 : at + 1 + wanted]:
            subject = _CAPITALISED_SUBJECT.match(told)
            if subject is None or subject.group().split()[0] in vocab.LEADER_NON_NAMES or len(items) >= wanted:
                break
            parts = _ITS_PARTS.search(told, subject.end())
            sub_items = _items_of_run(re.split(r",\s+(?=[a-z])", parts.group("run"))[0]) if parts else []
            named = _SUBJECT_AND.split(subject.group())
            items += [f"{named[0]} ({', '.join(sub_items)})"] if sub_items and len(named) == 1 else named
        if header and header.kind == "segment" and len(items) == wanted:
            yield at, (header, items)


def _one_of(noun: str) -> str:
    """ "technologies" -> "technology", a dimension's word in the singular that ``singular`` keeps for "species"."""
    one = f"{noun[:-3]}y"
    return one if noun.lower().endswith("ies") and one.lower() in vocab.SEGMENT_LABEL_WORDS else noun


def _counted_lists(sentence: str) -> list[tuple[int, tuple[Header, list[str]]]]:
    """Each list a sentence counts before it names the items (see ``_COUNTED_LIST``), with where it starts."""
    found = []
    for match in _COUNTED_LIST.finditer(sentence):
        words = match.group("dim").split()
        counting = words[-1].lower() in _COUNTING_NOUNS
        # "By product, two families are covered: A and B": the dimension named before is the list's
        named_before = _BY_DIMENSION_BEFORE.search(sentence, 0, match.start())
        if (
            not (counting or named_before)
            and _one_of(dimension_word(match.group("dim"))) not in vocab.SEGMENT_LABEL_WORDS
        ):
            continue  # "three plants (Lyon, Paris and Nice)" counts no dimension's items
        dimension = " ".join(words[:-1] if counting else [*words[:-1], _one_of(words[-1])])
        subject = _SUBJECT_TRACKED_IN.match(sentence[: match.start()]) if not dimension else None
        dimension = named_before.group("dim") if named_before else subject.group("dim") if subject else dimension
        header = dimension_header(dimension_name(dimension)) if dimension else None
        items = _items_of_run(match.group("run"))
        if header and header.kind == "segment" and len(items) == _COUNT_WORDS[match.group("count").lower()]:
            found.append((match.start(), (header, items)))
    return found


def _dimension_listed(clause: str) -> re.Match | None:
    """ "Applications covered are A, B and C": the subject names a dimension ("Distribution channels", "end users"),
    not "Prices are ..." nor "Key players include ..."."""
    found = _DIMENSION_LISTED.match(clause)
    if found is None or vocab.PLAYER_NOUN.search(found.group("dim")):
        return None
    last = dimension_word(found.group("dim"))
    # "Aerosol systems are the installed-base leader": with no "covered" or "analysed", only "applications" and
    # "end users" are a dimension's items
    named = last in vocab.SEGMENT_LABEL_WORDS if found.group("participle") else last in ("application", "user")
    return found if named else None


def _landscape(clause: str) -> re.Match | None:
    """ "The application landscape spans ...", "Feedstock coverage spans ...": a dimension's items. A split, coverage
    or analysis of places ("Country coverage includes Brazil", "The European analysis covers Germany") lists none."""
    found = _LANDSCAPE.match(clause)
    # "The installer base is fragmented, but ...": a base or landscape that "is" lists items only by a dimension's
    # own word ("the end-user split is residential, commercial and industrial" lists by its noun)
    described = found is not None and found.group("noun").lower() in ("base", "landscape")
    described = described and clause[found.end("noun") :].lstrip().startswith("is ")
    if described and dimension_word(found.group("dim")) not in vocab.SEGMENT_LABEL_WORDS:
        return None
    if found is None or found.group("noun").lower() not in ("split", "coverage", "analysis"):
        return found
    dim = found.group("dim")
    header = dimension_header(dimension_name(dim))
    placed = dim[:1].isupper() and dim.lower().endswith(("an", "ese", "ish")) or is_region_name(dim)
    owned = dim.split()[0].lower() in ("our", "its", "their", "this")  # "Our coverage spans China, Japan and India"
    places = names_one_country(split_top_level(found.group("run"), ",")[0].strip())
    return found if header and header.kind == "segment" and not (placed or owned or places) else None


def _clause_statements(sentence: str) -> list[re.Match]:
    """Each clause's list statement; after one, a clause may leave its verb out: "By type, the study covers A and
    B; by power rating, below 3,000 hp and above 5,000 hp; and by application, C and D"."""
    found: list[re.Match] = []
    for clause in [sentence] if _parted_by_semicolons(sentence) else _LIST_CLAUSES.split(sentence):
        m = _BASIS_STATEMENT.match(clause) or _LISTED_THEN_VERB.match(clause) or _list_makes_up(clause)
        m = m or _BY_THEN_PARTICIPLE.search(clause) or _VERB_THEN_BY.search(clause)
        m = m or (_VERB_LEFT_OUT.match(clause) if found else None)
        if m:
            found.append(m)
    return found


def _channels_sold_through(sentence: str) -> list[str]:
    found = _SOLD_THROUGH.search(sentence)
    items = _items_of_run(found.group("run")) if found else []
    return items if len(items) >= 2 and all(len(item.split()) <= 5 for item in items) else []


def _dimension_groups(text: str) -> list[re.Match]:
    """ "Product (Electric, Gasoline); Seating Capacity (2-Seater, 4-Seater); Application (Golf Courses)": a line of
    nothing but dimensions, each with its items in brackets. A line of regions with their countries is no such line."""
    groups = [_DIMENSION_GROUP.fullmatch(part.strip()) for part in split_top_level(text.rstrip(". "), ";")]
    named = all(group and not is_region_name(group.group("dim")) for group in groups)
    return groups if len(groups) >= 2 and named else []


def _dimensions_in_brackets(sentence: str) -> list[re.Match]:
    """ "We look at the market through three lenses: construction type (hardwall, softwall and rigid-wall), end
    user (hospitals and labs) and cleanliness class (ISO 5, ISO 7 and ISO 8)": after the colon, nothing but
    dimensions, each with its items in brackets."""
    _, colon, after = sentence.rpartition(":")
    found = list(_DIMENSION_IN_BRACKETS.finditer(after)) if colon else []
    left = _DIMENSION_IN_BRACKETS.sub("", after)
    return found if len(found) >= 2 and not left.replace("and", "").strip(" ,.;") else []


def _into_then_by(sentence: str) -> re.Match | None:
    """Not "divided into A, B and C, the last of these being the category most affected by traceability
    requirements": a remark between the list and its "by" says what affects an item."""
    match = _INTO_THEN_BY.search(sentence)
    return match if match and not _REMARK_AFTER_RUN.search(match.group("run")) else None


def _object_into(sentence: str) -> re.Match | None:
    """ "The report groups products into A, B and C"; after "By drug class, ..." the list is that dimension's."""
    found = _OBJECT_INTO.search(sentence) or _OBJECT_GROUPED.search(sentence)
    return found if found and not _BASIS_STATEMENT.match(sentence) else None


def _list_makes_up(clause: str) -> re.Match | None:
    if " the picture as " in clause:  # "A, B and C complete the picture as distribution channels"
        return _LIST_COMPLETES_THE_PICTURE.match(clause)
    return _LIST_MAKES_UP.match(clause) if _MAKES_UP_CUE.search(clause) else None  # screened: the match backtracks


_RANKING_CUES = (" followed ", " while ", " ahead of ", " making up ", " outsell", " outsold ", " than ")
# The items a ranking ends on, as a group: "..., with A, B and C accounting for the balance", "...; A, B and C make
# up the rest of the demand"
_THE_BALANCE = re.compile(
    r"(?:,\s+with|;)\s+(?:the\s+)?(?P<others>[^;]+?)\s+(?:accounting\s+for|making\s+up|makes?\s+up|accounts?\s+for)"
    r"\s+the\s+(?:balance|rest|remainder)\b",
    re.I,
)
# A ranking's aside between two items: "Manufacturing and, some distance behind, Automotive"
_DISTANCE_ASIDE = re.compile(r",\s+(?:some\s+distance|a\s+(?:long\s+)?way|well|far)\s+behind,")
# A ranking told step by step: "followed by A, then B such as x and y, then C, with D the smallest category"
_THEN_STEP = re.compile(r",\s+then\s+(?=[A-Z])")
_STEP_WITH_EXAMPLES = re.compile(r"(?<=[a-z])\s+such\s+as\s+(?P<subs>[^,;]+?)(?=,\s)")
_THE_LAST = re.compile(r",\s+with\s+(?P<last>[A-Z][^,;]{0,40}?)\s+the\s+(?:smallest|last|least)\b")


def _named_dimension(dim: str) -> str | None:
    """ "Segment-wise, ablative lasers dominate": a ranking by no named dimension ranks the page's types."""
    return "type" if dim.lower() == "segment" else dimension_name(dim)


_NAMES_IN_BRACKETS = re.compile(r"\((?:[A-Z][^,()]*)(?:,\s+[A-Z][^,()]*)+\)$")


def _stepwise_as_a_list(run: str) -> str:
    """ "A, then B such as x and y, then C" as a list writes it: "A, B (x, y), C"."""
    if not _THEN_STEP.search(run):
        return run
    run = _THEN_STEP.sub(", ", run)
    return _STEP_WITH_EXAMPLES.sub(lambda m: f" ({', '.join(prose_items(m.group('subs')))})", run)


def ranked_segments(text: str) -> list[Segment]:
    """The items a paragraph's rankings name: "Within conductor types, Copper leads, followed by Aluminum and
    Copper-Clad Aluminum." A ranking names the items that matter, not always all, so a list of the same
    dimension wins (see ``release``). "In terms of revenue, North America leads, followed by Europe" ranks
    regions, not a dimension's items."""
    if "," not in text or not any(cue in text for cue in _RANKING_CUES):
        return []
    segments = []
    for sentence in split_sentences(text):
        match = _RANKING_STATEMENT.match(sentence) or _LEADER_OF_DIMENSION.match(sentence)
        if match is None:
            continue
        header = dimension_header(_named_dimension(match.group("dim")))
        found = match.groupdict()
        rest = found["run"] or found.get("rest") or found.get("others") or found.get("outsold")
        behind = found.get("trailing") or found.get("gaining")
        balance = None if found.get("others") else _THE_BALANCE.search(sentence, match.end("first"))
        behind = behind or (balance and balance.group("others"))
        last = _THE_LAST.search(rest) if _THEN_STEP.search(rest) else None
        rest = _stepwise_as_a_list(rest[: last.start()] if last else rest)
        items = [match.group("first").strip(), *_items_of_run(_DISTANCE_ASIDE.sub("", rest))]
        items += _items_of_run(behind) if behind else []
        items += [last.group("last")] if last else []
        plain = all(len(i.split()) <= 6 and not _FIGURE.search(i) and not is_region_name(i) for i in items)
        if header and header.kind == "segment" and plain and not vocab.PLAYER_NOUN.search(match.group("dim")):
            # "Marine Fish (Sea Bass, Sea Bream)" gives its sub-items, "services (implementation, training)" glosses
            segments.extend(
                s
                for item in items
                for s in (
                    segment_with_children(header.dimension, item, 2)
                    if _NAMES_IN_BRACKETS.search(item)
                    else [Segment(header.dimension, item)]
                )
            )
    return segments


def _statement_list(match: re.Match | None, text: str) -> Iterator[tuple[Header, list[str]]]:
    # "By Marisol Eady, Insurance Correspondent · 4 min read", not the sentence of a list's "bank transfers (SWIFT and
    # correspondent banking)"; "A and B are the other categories assessed"
    byline = match and _BYLINE.search(_IN_BRACKETS.sub("", match.string))
    # "By Power Output, the 100–200 kW class covers most buses": a finding about one item, which a figure names
    subject = match.string[match.end("dim") : match.start("run")] if match else ""
    about_an_item = any(ch.isdigit() for ch in subject)
    if match and not byline and not about_an_item and not match.group("dim").lower().startswith("other "):
        dimension = dimension_name(match.group("dim"))
        run = match.group("run")
        compared = _COMPARES.search(match.string, 0, match.start("run")) and _compared_pair(run)
        # "By Type: A; B (x, y); C.": a labelled line's semicolons part its items, with or without a closing "and"
        listed = _semicolon_items(run) if match.re is _BY_STATEMENT else []
        items = [
            _FIGURE_TAIL.sub("", item) for item in compared or listed or _items_of_run(run)
        ]  # "Hybrid (26% share)"
        items[:1] = [_NOUN_OF_A_RANGE.sub("", item) for item in items[:1]]
        header = dimension_header(dimension)
        # "By Source, soy-based products held the largest share, at 43.1% ...": a finding, not a list
        # a name of six words at most, though "Hydraulic Dock Levelers (Hinged Lip, Telescopic Lip)" lists more
        plain = all(len(item.partition(" (")[0].split()) <= 6 and "%" not in item for item in items)
        # "By Product, By Group Count, By End Use, and Segment Forecasts": a report title's dimensions, no items
        dimensions = sum(item.startswith("By ") for item in items) >= 2
        # "by frequency band into C-band, Ku-band": a dimension's name holds no verb, nor the list's first item
        sentence_in_name = dimension is not None and _SENTENCE_WORD.search(dimension) is not None
        # "analysed across the following regions and countries:": the sentence heads the list below it
        heads_a_list = bool(items) and items[-1].endswith(":")
        if header and len(items) >= 2 and plain and not dimensions and not sentence_in_name and not heads_a_list:
            yield header, items


def _compared_pair(run: str) -> list[str]:
    """ "compares Conventional Hydrants with Smart Hydrants", "distinguishes Large Enterprises from Small and
    Medium-sized Enterprises (SMEs)": two items, whatever "and" either holds; a run with commas before its
    "with" or "from" is a list read as any other."""
    head, joint, tail = run.partition(" with ") if " with " in run else run.partition(" from ")
    if not joint or "," in head:
        return []
    other = _REMARK_AFTER_RUN.split(_SENTENCE_END.split(tail)[0])[0]
    return (
        [head.strip(), *_items_of_run(tail)] if "," in other else _without_a_shared_noun([head.strip(), other.strip()])
    )


def _items_of_run(run: str) -> list[str]:
    """The items of a list stated in a sentence, up to where the sentence moves on to remark on them. A
    sentence may part its items with semicolons, up to "; and" ("BFSI; Manufacturing; IT/ITeS; and Others");
    a semicolon otherwise ends the list. The examples after "such as" are the last item's sub-items, in brackets."""
    sentence = _SENTENCE_END.split(run)[0]
    counted = _COUNTED_BEFORE_COLON.match(sentence)  # "five groups: mint, fruit and coffee"
    sentence = sentence[counted.end() :] if counted else sentence
    if _parted_by_semicolons(sentence) and "," in sentence:  # "meat, poultry & seafood; fruits; ...; and dairy"
        return [piece.strip().removeprefix("and ").strip() for piece in split_top_level(sentence.rstrip(" ."), ";")]
    listed = sentence if _parted_by_semicolons(sentence) else sentence.split(";")[0]
    listed = _REMARK_AFTER_RUN.split(_without_asides(listed))[0]
    head, such_as, examples = listed.partition(" such as ")
    if not such_as:
        return _without_a_shared_noun([_without_a_modifier(item) for item in prose_items(listed)])
    items = prose_items(head)  # "..., lane surfaces and accessories such as bags, shoes and gloves"
    return [*items[:-1], f"{items[-1]} ({', '.join(prose_items(examples))})"] if items else []


_ASIDE = re.compile(r",\s+(?:which|whose|where|meaning)\s[^;]*?(?=,\s)", re.I)  # up to the next item's comma


def _without_asides(run: str) -> str:
    """ "bowl feeders, which orient parts on a track, linear feeders, which convey them, and hopper feeders, which
    store them": each item's aside between commas dropped; the last item's, or a remark on the list ("and C, the
    smallest group"), ends it. Only a run with an aside before its "and" is read so."""
    bare = _ASIDE.sub("", run)
    head, closing, last = bare.partition(", and ")
    return f"{head}, and {last.split(',')[0]}" if bare != run and closing else run


# "accessible lavatories designed for passengers with reduced mobility", "space-saving lavatories that free up room":
# what an item's words after its name say of it
_MODIFIER = re.compile(r"\s(?:that|which|who|designed\s+for|used\s+(?:in|for|by)|made\s+(?:from|of|with)|aimed\s+at)\s")


def _without_a_modifier(item: str) -> str:
    """The item's name before what it says of it, when that name is short (not a finding's "helped by yeast cell wall
    products that reduce ...")."""
    modifier = _MODIFIER.search(item)
    return item[: modifier.start()] if modifier and len(item[: modifier.start()].split()) <= 4 else item


def _without_a_shared_noun(items: list[str]) -> list[str]:
    """ "fixed and mobile units", "battery-powered, corded electric and propane/gas machines", "in-ground and
    above-ground pools", "electric, PTO-driven and manual log splitters", "automatic and manual equipment": where
    every item before the last describes, the noun after the last item's describing word is the one they all
    share; the items are the describing words. "DIY and professional contractors", "acrylic and other resin types"
    list nouns. "Analog Load Cell and Digital Load Cell types": the kinds word after the last is no part of it."""
    if len(items) < 2 or len(items[-1].split()) < 2 or items[-1].lower().startswith("other"):
        return items
    *before, last = items
    # "into Analog Load Cell and Digital Load Cell types", "cloud and on-premise installations", "office uses"
    kinds = _KINDS_AFTER_THE_LAST.search(last)
    # "household and commercial buyers" share the buyers; "greenhouse operators and home & garden users" do not
    named_alone = not kinds or not kinds.group("people") or all(len(item.split()) == 1 for item in before)
    if kinds and named_alone and not any(_KINDS_AFTER_THE_LAST.search(item) for item in before):
        return [*before, last[: kinds.start()]]
    words = last.split()
    ends = next((i for i in range(1, len(words)) if _describes(words[i - 1])), len(words) - 1)
    named, noun = " ".join(words[:ends]), words[ends:]
    describe = all(_describes(item) or _RANGE_OF_A_SIZE.search(item) for item in before)
    shared = not any(item.endswith(f" {noun[-1]}") for item in before)  # "Up to 30,000 lbs, ..., Above 45,000 lbs"
    plain = all(word.isalpha() and word.islower() for word in noun)
    counted = noun[-1].endswith("s") or noun[-1] in _UNCOUNTED_NOUNS
    return [*before, named] if describe and shared and plain and counted else items


def _describes(words: str) -> bool:
    """An adjective's ending, or a compound's hyphen ("gas-powered", "multi-flavor") on the last word."""
    last = words.split()[-1]
    return _ADJECTIVE_END.search(last) is not None or "-" in last.strip("-")


def _semicolon_items(run: str) -> list[str]:
    """ "A; B (x, y); and C. A leads ...": the first sentence's items."""
    pieces = [piece.strip() for piece in split_top_level(_SENTENCE_END.split(run)[0].rstrip(" ."), ";")]
    return pieces if len(pieces) >= 2 and all(0 < len(piece.split()) <= 8 for piece in pieces) else []


def _parted_by_semicolons(sentence: str) -> bool:
    """ "BFSI; Manufacturing; IT/ITeS; and Others": short items, the last after "; and"."""
    pieces = sentence.rstrip(" .").split(";")
    return len(pieces) >= 3 and pieces[-1].lstrip().startswith("and ") and all(len(p.split()) <= 5 for p in pieces[1:])


def stated_children(blocks: Sequence[Block]) -> dict[str, list[str]]:
    """The sub-items sentences give an item, by the item's folded name: "Biochemicals is further classified
    into semiochemicals, plant extracts and organic acids.", "Polyethylene, comprising LDPE and HDPE, leads." Read
    once a page, for every list stated in prose."""
    in_asides = {
        match.group("item").casefold(): subs
        for block in blocks
        if _ASIDE_CUE.search(block.text)
        for match in _ASIDE_SUB_ITEMS.finditer(block.text)
        if (subs := _parts_in_an_aside(match))
    }
    return in_asides | {
        _parent_named(match).casefold(): _items_of_run(
            _one_from_the_other(match.group("run") or "") or match.groupdict()["listed"]
        )
        for block in blocks
        if " into " in block.text
        or " itself " in block.text
        or "ithin " in block.text
        or _IN_DETAIL_CUE.search(block.text)
        or "—" in block.text
        or " – " in block.text
        for sentence in split_sentences(block.text)
        for match in _sub_items_of_clauses(_WHILE_CLAUSE.split(sentence))
    }


def _parent_named(match: re.Match) -> str:
    named = match.groupdict()
    return named.get("parent") or named.get("divided") or named["item"]


def _sub_items_of_clauses(clauses: Sequence[str]) -> Iterator[re.Match]:
    """ "A is broken down into a and b, while C is split into c, d"; after one such clause, another may leave its
    verb out: "Chronic wounds break down into a, b and c, and acute wounds into d and e"."""
    stated = False
    for clause in clauses:
        match = _sub_items_stated(clause) or (_GAPPED_SUB_ITEMS.match(clause) if stated else None)
        if match:
            stated = True
            yield match


# "A is broken down into a and b, while C ...", "A break down into a, b and c, and B into d and e"
_WHILE_CLAUSE = re.compile(r",\s+(?:while|whereas)\s+|,\s+and\s+(?=(?:the\s+)?[\w\-&/]+(?:\s[\w\-&/]+){0,3}\s+into\s)")
_GAPPED_SUB_ITEMS = re.compile(r"^(?:the\s+)?(?P<parent>[\w\-&/ ]{1,40}?)\s+into\s+(?P<run>.+)$")


def _one_from_the_other(run: str) -> str:
    """ "it further distinguishes Full Strip from Accent Strip": two items, as "Full Strip and Accent Strip"."""
    head, joined, tail = run.partition(" from ")
    return f"{head} and {tail}" if joined and "," not in head else run  # ", the latter ..." after B is a remark


def _sub_items_stated(sentence: str) -> re.Match | None:
    into = _SUB_SEGMENTED.search(sentence) if " into " in sentence or " itself " in sentence else None
    into = into or (_BROKEN_DOWN.search(sentence) if " into " in sentence else None)
    into = into or (_WITHIN_AN_ITEM.search(sentence) if "ithin " in sentence else None)
    into = into or (_ITEM_THEN_ITS_PARTS.match(sentence) if "—" in sentence or " – " in sentence else None)
    return into or (_ITEM_IN_DETAIL.search(sentence) if _IN_DETAIL_CUE.search(sentence) else None)


# "Hardware—made up of radio units, distributed units and centralized units—generated US$ 2,048 Million": an item
# opening its sentence, its parts in a dashed aside
_ITEM_THEN_ITS_PARTS = re.compile(
    r"^(?:the\s+)?(?P<item>[\w\-&/ ]{1,40}?)\s*[—–]\s*(?:made\s+up\s+of|comprising|consisting\s+of|spanning)\s+"
    r"(?P<run>[^—–]+?)\s*[—–]",
    re.I,
)


# what ``_ITEM_IN_DETAIL`` needs: a sentence opening "Within" or "Under", "namely", "breaks down as", "in detail",
# "at a finer grain", "in depth"
_IN_DETAIL_CUE = re.compile(
    r"\snamely\s|\sbreaks\s+down\s+as\s|(?:^|[.!?]\s+)(?:within|under)\s|(?:detail|grain|depth)\b", re.I
)
# An item told in more detail: "Ectoparasiticides are examined in further detail by format, namely A, B and C",
# "Filtration is analysed at a finer grain, separating A, B and C", "Within Nonwoven the analysts track three
# routes separately, namely A, B and C", "Under Companion Animals it models A and B individually", "while Livestock
# breaks down as A, B and C".
_ITEM_IN_DETAIL = re.compile(
    r"^(?:(?:within|under)\s+(?:the\s+)?(?P<parent>[\w\-&/ ]{1,40}?),?\s+"
    r"(?:the\s+)?(?:analysts?|report|study|it|firm)\s+(?:\w+\s+)?(?:tracks?|models?|separates?|distinguish(?:es)?|covers?|breaks?\s+out)"
    r"(?:\s+[\w\- ]{1,40}?,\s+namely)?"
    r"|(?:the\s+)?(?P<item>[\w\-&/ ]{1,40}?)\s+(?:(?:is|are)\s+(?:examined|analy[sz]ed|studied|modell?ed|broken\s+out"
    r"|detailed|covered)\s+[^,;]{0,40}?(?:detail|grain|depth)\b[^,;]{0,30},\s+(?:namely|covering|separating|spanning)"
    r"|breaks\s+down\s+as))\s+(?P<run>.+)$",
    re.I,
)


def with_stated_children(segments: list[Segment], stated: dict[str, list[str]]) -> list[Segment]:
    """A list stated in prose, each of its items followed by the children ``stated_children`` found for it. An
    item the list does not name ("The market is segmented into ...") has no children here."""
    if not stated:
        return segments
    nested = []
    for segment in segments:
        nested.append(segment)
        if segment.parent is None:
            children = stated.get(segment.label.casefold()) or _stated_for_a_kind(segment.label, stated)
            stated_children = (Segment(segment.dimension, child, segment.label) for child in children)
            nested.extend(child for child in stated_children if child not in segments)  # bracketed in the list too
    return nested


def _stated_for_a_kind(label: str, stated: dict[str, list[str]]) -> list[str]:
    """ "The single-vitamin group is further broken out into ..." under "Single-Vitamin Gummies", "load cell-based
    units further divided into ..." under "Load Cell-Based": the parent named by its kind and a generic noun."""
    folded = label.casefold()
    for parent, children in stated.items():
        kind = _GENERIC_TAIL.sub("", parent)
        if kind != parent and (folded == kind or folded.startswith(f"{kind} ")):
            return children
    return []


def _run_or_enumeration(text: str) -> list[str]:
    return run_items(text, 2) or enumerated_in_prose(text)


def enumerated_in_prose(text: str) -> list[str]:
    """The list a paragraph under a dimension's heading enumerates: "The study covers alkaline, PEM and solid
    oxide electrolysis.", "Plants are classified as small-scale, medium-scale and large-scale, with ..."."""
    for sentence in split_sentences(text)[:2]:
        cue = _ENUMERATION_CUE.match(sentence)
        if cue is None:
            continue
        run = _PROSE_AFTER.split(_RUN_END.split(cue.group("run"))[0])[0]
        items = prose_items(run)
        if len(items) >= 2 and all(len(item.split()) <= 6 and not _FIGURE.search(item) for item in items):
            return items
    return []


def segmentation_lists(blocks: Sequence[Block]) -> list[list[Segment]]:
    """Bare dimension names over their lists, under a "Segmentation" header:
    "Segmentation" / "Type" / • Refrigerated Warehousing / •• Public / "Application" / • Dairy ...
    A plain-text page's header is a short line of its own; two bare names or more, each over its list, need none
    ("How the report cuts the market" / "Product Type" / • Freestanding / "Material" / • Solid Wood).

    The scope runs until a heading or a label that opens no list; prose in between is skipped.
    """
    found: list[list[Segment]] = []
    inside = False
    listed_at = [_past_an_intro(blocks, index) for index in range(len(blocks))]
    bare = {i for i in range(len(blocks) - 1) if _names_over_a_list(blocks[i], blocks[listed_at[i]])}
    for index, block in enumerate(blocks):
        short_line = block.kind == "para" and len(block.text.split()) <= 4
        if (block.kind in ("heading", "label") or short_line) and SEGMENTATION_HEADER.search(block.text):
            inside = True
            continue
        if not (inside or len(bare) >= 2 and index in bare) or block.kind == "item":
            continue
        following = blocks[listed_at[index]] if listed_at[index] < len(blocks) else None
        header = _bare_dimension(block)  # "Contact" over the firm's address names no dimension
        is_segment = header is not None and following is not None
        labels = _run_or_enumeration(following.text) if is_segment and following.kind == "para" else []
        if is_segment and following.kind == "item":  # a list
            run = list(itertools.takewhile(lambda b: b.kind == "item", blocks[listed_at[index] :]))
            found.append(segment_items(block, run, header.dimension))
        elif labels:
            found.append([Segment(header.dimension, label) for label in labels])
        elif block.kind in ("heading", "label"):
            inside = False
    return found


def _past_an_intro(blocks: Sequence[Block], index: int) -> int:
    """Where the list under a dimension's name starts: right under it, or after a line introducing it ("The market
    is divided by technology into the following categories:")."""
    after = index + 1
    intro = after + 1 < len(blocks) and blocks[after].kind == "para" and blocks[after].text.endswith(":")
    return after + 1 if intro and blocks[after + 1].kind == "item" else after


def _names_over_a_list(block: Block, following: Block) -> bool:
    """ "Material" on a line (or a minor heading) of its own over "• Solid Wood": a bare dimension's name over its
    items."""
    kinds = ("para", "label", "heading")
    return block.kind in kinds and following.kind == "item" and _bare_dimension(block) is not None


def _bare_dimension(block: Block) -> Header | None:
    """The segment dimension a short line names on its own ("Product Type", "Material"), or None."""
    header = dimension_header(dimension_name(block.text)) if len(block.text.split()) <= 4 else None
    return header if header is not None and header.kind == "segment" and names_a_dimension(header.dimension) else None


_DASHED_LABEL = re.compile(r"^([A-Z][\w&/\- ]{1,40}?)\s+[–—]\s+(?=\S)")


def labelled_dimension_lists(blocks: Sequence[Block]) -> list[tuple[int, list[Segment]]]:
    """ "Propulsion Type: BEB, PHEB, FCEB" lines and "Propulsion Type | Pedelec · Speed Pedelec" rows, each list
    with the index of the block it was read from."""
    found: list[tuple[int, list[Segment]]] = []
    in_segmentation = False  # under "How the study segments the market", any short label names a dimension
    in_company_table = False  # "Company | Headquarters" over "Orbit Irrigation Products | Bountiful, Utah, US"
    under_a_dimension = False  # "By Component:" over "Hardware: Tags, Gateways": an item's own sub-items
    # "Product | ..." over "Temperature | Positive, Negative": a scope table's rows of dimensions
    in_dimension_rows = False
    priced = _rows_of_price_tables(blocks)
    lines = ((at, line) for at, joined in _with_their_lines(blocks) for line in _by_lines(joined))
    for at, block in lines:
        if id(block) in priced:
            continue
        if block.kind != "item":
            under_a_dimension = _ITEM_HEADER.match(block.text) is not None
        elif under_a_dimension:
            continue
        in_dimension_rows = in_dimension_rows and block.kind == "row"
        line = block.text
        # under "... as follows:", "Packaging – PET Bottles; Cans" labels its items; anywhere, "Application — Memory;
        # RF Devices" does, a dimension's own word before the dash
        dashed = _DASHED_LABEL.match(line) if block.kind in ("para", "item") and ":" not in line else None
        if dashed and (in_segmentation or dimension_word(dashed.group(1)) in vocab.SEGMENT_LABEL_WORDS):
            line = _DASHED_LABEL.sub(r"\1: ", line, count=1)
        if block.kind != "row" and ":" not in line and not line.startswith("By "):  # labels nothing
            in_company_table = False
            in_segmentation = block.kind in ("heading", "label") and _SEGMENTS_WORD.search(block.text) is not None
            continue
        # "By Base Oil — Mineral Oil; ..." and a plain-text "By Product | Washer-Extractors, ..." line
        text = line if block.kind == "row" else _BY_CELL.sub(r"\1: ", _BY_DASH.sub(r"\1: ", line))
        label, _, rest = text.partition(" | " if block.kind == "row" else ":")
        in_company_table = block.kind == "row" and (in_company_table or label.lower() in vocab.TABLE_PLAYER_HEADERS)
        if in_company_table:
            continue
        if block.kind == "row":  # "Segments Covered | By Type | Silica Aerogel, ...": a spanned group cell
            rest = _BY_CELL.sub(r"\1: ", rest)
        label = _ENTRY_NUMBER.sub("", label)  # "2. By End-Use Industry: Automotive, Industrial"
        if block.kind in ("heading", "label") or block.kind == "para" and block.text.endswith(":"):
            in_segmentation = _SEGMENTS_WORD.search(block.text) is not None
            if _SEGMENTS_WORD.search(rest):  # "Hospital Pharmacy Automation: Market Sizing, Segmentation and
                continue  # Competitive Outlook to 2032": a headline announcing the segmentation, no list
        elif not rest or len(label.split()) > 4:  # the run of "Label: a, b" lines has ended
            in_segmentation = False
        # "Segmentation: Product Type — A, B · End User — C, D": a line of dimensions, as a "Segments" row's cell
        names_segments = block.kind != "row" and len(label.split()) <= 3 and _SEGMENTS_WORD.search(label) is not None
        if names_segments:
            rest = _DASHED_NAME_IN_CELL.sub(r"\1: ", rest.strip())
        if (block.kind == "row" or names_segments) and (
            _DIMENSION_IN_CELL.search(rest) or "segment" in label.lower() and _NAMED_IN_CELL.search(rest)
        ):
            found.extend((at, segments) for segments in _dimensions_in_cell(rest))
            continue
        if block.kind == "row" and "segment" in label.lower() and (grouped := _dimensions_with_their_items(rest)):
            found.extend((at, segments) for segments in grouped)
            continue
        tail = _SEGMENT_TAIL.search(label)  # "Stage Segment Analysis: Single-Stage, Two-Stage and Multi-Stage"
        label = label[: tail.start()] if tail else label
        words = label.lower().split()[1:] if label.lower().startswith("by ") else label.lower().split()
        named = (
            tail
            or label.lower().startswith("by ")
            or (  # "By Film Thickness", "Battery Capacity"
                words
                and (
                    words[-1] in vocab.SEGMENT_LABEL_WORDS
                    and label.strip().lower() not in vocab.WIRE_TAG_LABELS  # "Industry : Energy"
                    or (in_segmentation or in_dimension_rows)
                    and _may_name_a_dimension(label)
                )
            )
        )
        # "Fastest-growing product type: split-system HPWH, CAGR of 15.3%": a finding's label ranks, it lists nothing
        if not rest or not words or len(words) > 4 or not named or words[0].partition("-")[0] in vocab.RANKING_WORDS:
            continue
        header = dimension_header(dimension_name(label))
        dimension = header.dimension if header and header.kind == "segment" else None  # "By Region" lists no segments
        # "Type: Pumpers accounted for the largest share, at USD 2.91 billion. Rescue Vehicles and ... make up the rest"
        # "Application: Professional arenas lead, followed by community & municipal rinks, ..." ranks the items too
        analysed = (
            analysed_items(rest.strip(), dimension) or _named_in_a_finding(rest.strip())
            if dimension and block.kind == "para"
            else []
        )
        if analysed:
            found.append((at, [Segment(dimension, item) for item in analysed]))
            continue
        # prices, links: "Sample: Buy Now, ..."; an item's own figure in brackets is no price
        if _PRICE.search(PARENTHESISED.sub("", rest)) or "://" in block.text or block.linked:
            in_segmentation = False  # "Get the free sample: https://..." closes the run of "Label: a, b" lines
            continue
        if _BYLINE.search(block.text) or "·" in label:  # "By Harnwood Newsdesk · Published: 14 March 2025 · 5 min
            continue  # read", "06-02-2025 · Source: Corvanta Intelligence · 1,204 views": a byline's dotted parts
        if _BASIS_STATEMENT.match(rest.strip()):  # "By Fragrance: On the basis of fragrance, market is bifurcated into"
            continue  # a sentence, read as one (``by_dimension_statements``)
        if any(word in rest.lower() for word in vocab.HOW_THE_RESEARCH_WAS_DONE):  # "Method | Face-to-face
            continue  # interviews ..., supplemented by literature research", "Format / page | PDF, 186 pages"
        if ";" in rest:  # "OEM; Aftermarket (MRO) – Overhaul & Repair, Replacement Slides": an item's own run
            rest = "; ".join(_with_dashed_children_bracketed(piece.strip()) for piece in rest.split(";"))
        items = [_FIGURE_TAIL.sub("", item) for item in cell_items(rest)]  # "Open Loop (USD 2.14 Billion, 2024)"
        long_item = any(_words_outside_sub_items(item, items) > 8 for item in items)
        if long_item:  # "By Product: Standard, Sleek, Slim. Standard cans led ..."
            items = _opening_run(rest.strip()) or items
            long_item = any(_words_outside_sub_items(item, items) > 8 for item in items)
        if any(":" in item for item in items):  # "Category: Home Improvement | Release ID: DPW-51884": metadata
            continue
        # "Source: Ormsby Lisle estimates, 2025", "Source: Brockhallow Data analysis, supplier interviews."
        credits = words[-1:] in (["source"], ["sources"]) and _CITATION.search(rest) is not None
        cited = credits or any(YEAR_LIKE.fullmatch(item) for item in items)
        # "Resin type | 2024 share | CAGR 2025–2032": the header row of a table of figures by segment
        cited = cited or block.kind == "row" and all(map(_FIGURE_COLUMN.search, items))
        # "Category | Healthcare / Nutraceuticals | No. of Pages | 190": a report's details, two to a row
        cited = cited or block.kind == "row" and any(item.replace(",", "").isdigit() for item in items)
        if dimension and len(items) >= 2 and not cited and not long_item:
            found.append((at, [s for item in items for s in segment_with_children(dimension, item, least_children=2)]))
            in_dimension_rows = block.kind == "row"
    return found


_FIGURE_COLUMN = re.compile(r"\b(?:share|cagr|revenue|sales|value|size|growth|(?:19|20)\d\d)\b|%", re.I)


def _words_outside_sub_items(item: str, items: Sequence[str]) -> int:
    """ "Surface Warming Systems (Forced-Air Warming, Conductive Pads)" is three words with its sub-items; where
    every item brackets a list ("Product Type (Rivets, Bolts); Material (...)") the items are dimensions, counted
    whole."""
    every_one_bracketed = all("(" in other for other in items)
    return len(item.split()) if every_one_bracketed else words_outside_brackets(item)


def _rows_of_price_tables(blocks: Sequence[Block]) -> set[int]:
    """The rows of a table that prices the report, a row of prices side by side ("Single User | Five User |
    Enterprise" over "US$ 4,150 | US$ 5,250 | ..."): its licences are no dimension's items."""
    priced: set[int] = set()
    for is_row, run in itertools.groupby(blocks, key=lambda b: b.kind == "row"):
        rows = list(run)
        if is_row and any(_prices_alone(row.text.split(" | ")) for row in rows):
            priced.update(map(id, rows))
    return priced


def _prices_alone(cells: Sequence[str]) -> bool:
    """ "US$ 4,150 | US$ 5,250": each cell a price and no more."""
    return len(cells) >= 2 and all(_PRICE.search(cell) and len(cell.split()) <= 3 for cell in cells)


def _with_their_lines(blocks: Sequence[Block]) -> Iterator[tuple[int, Block]]:
    """A plain-text page's "Unit type:" line over its items' line ("Standard Units / Container Storage") reads
    as one "Label: items" line; each block with its index."""
    skip = False
    for at, (block, following) in enumerate(itertools.zip_longest(blocks, blocks[1:])):
        if skip:
            skip = False
        elif following is not None and _labels_the_next_line(block, following):
            yield at, replace(block, text=f"{block.text} {following.text}")
            skip = True
        elif following is not None and _labels_a_line_of_names(block, following):
            yield at, replace(block, kind="para", text=f"{block.text}: {following.text}")
            skip = True
        else:
            yield at, block


def _labels_the_next_line(block: Block, following: Block) -> bool:
    return (
        block.kind == following.kind == "para"
        and block.text.endswith(":")
        and len(block.text.split()) <= 4
        and ":" not in following.text
        and len(following.text.split()) <= 40
    )


def _labels_a_line_of_names(block: Block, following: Block) -> bool:
    """ "Feed type" over "Grower Feed; Starter Feed; Broodstock Feed": a definition list's term over its items."""
    return (
        block.kind == "label"
        and following.kind == "para"
        and len(block.text.split()) <= 3
        and ":" not in block.text + following.text  # "SEGMENTS COVERED" over "Type: A; B; C" labels its lines
        and names_parted_by_semicolons(following.text, 5)
    )


def _by_lines(block: Block) -> list[Block]:
    """ "By Type: GPU, ASIC; By Processing: Inference, Training; By Region: ...": one line a dimension."""
    if block.kind == "row" or block.text.count("By ") < 2:
        return [block]
    return [replace(block, text=line) for line in _NEXT_BY_LINE.split(_SEGMENTATION_LABEL.sub("", block.text))]


def _may_name_a_dimension(label: str) -> bool:
    """Any short label under a segmentation heading, but a region's, the players' ("Key players: ...") or a
    report's own ("Report coverage", "Forecast period")."""
    return not _is_players_header(label.lower()) and not is_region_name(label) and not _REPORTS_OWN.search(label)


def _dimensions_in_cell(cell: str) -> list[list[Segment]]:
    """ "By Source: · Nut-based · Soy-based · By Product: · Mozzarella" (or "Product: · Stick · ..." in a
    "Segments covered" row, or "By Type: A, B; By Application: C, D"): one cell, lines of dimensions and their
    items."""
    lists: list[list[Segment]] = []
    dimension = None
    for part in (p.strip() for p in _CELL_LINE.split(cell) if p.strip()):
        header = _NAMED_IN_CELL.match(part)
        if header:
            opened = dimension_header(dimension_name(header.group(1) or header.group(3)))
            dimension = opened.dimension if opened and opened.kind == "segment" else None  # regions are read elsewhere
            lists.append([])
            part = header.group(2) or ""
        sub_item = LEADING_DASH.match(part)  # "– Hypothermic Machine Perfusion" under "Machine Perfusion"
        if dimension and sub_item and lists[-1]:  # a dashed line under an item is its sub-item
            parent = next(s.label for s in reversed(lists[-1]) if s.parent is None)
            lists[-1].append(Segment(dimension, part[sub_item.end() :], parent))
        elif dimension and part:
            listed = list_items(part) if "," in part or ";" in part else [part]  # "By Material: EPS; Others"
            # "Synthetic (Polyurethane, Vinyl, Rubber)": an item with its sub-items
            lists[-1].extend(s for item in listed for s in segment_with_children(dimension, item, least_children=2))
    return [segments for segments in lists if len(segments) >= 2]


def _dimensions_with_their_items(cell: str) -> list[list[Segment]]:
    """ "Resin Type (Acrylic, Polyester, Others), Application (Packaging, Publication)" in a "Segments" row: each
    dimension with its items in brackets (a region dimension's are read elsewhere)."""
    groups = [_BRACKETED_TAIL.match(group.strip()) for group in split_top_level(cell, ",;")]
    if len(groups) < 2 or not all(groups):
        return []
    lists = []
    for group in groups:
        header = dimension_header(dimension_name(group.group(1)))
        if header is None:
            return []
        if header.kind == "segment":
            lists.append([Segment(header.dimension, item) for item in list_items(group.group(3))])
    return lists


# "Frozen Seafood — Whole Frozen Fish; Frozen Fillets", "Aftermarket (MRO) – Overhaul & Repair, Replacement Slides"
# "Low-Temperature Superconducting (LTS) Wire – NbTi; Nb3Sn": an acronym in brackets inside the name
_DASHED_CHILDREN = re.compile(r"^(?P<label>(?:[^—–:()]|\([^()]{1,12}\)){2,60}?)\s+[—–]\s+(?P<children>[^—–]+)$")


def _dashed_children(item: str) -> tuple[str, str] | None:
    """ "Frozen Seafood — Whole Frozen Fish; Frozen Fillets" -> the item and its sub-items' run (parted by
    semicolons); None for a note ("Hybrid – the fastest-growing type") or a dimension's line ("By Connector — CCS,
    CHAdeMO")."""
    dashed = _DASHED_CHILDREN.match(item) if ("—" in item or " – " in item) and not item.startswith("By ") else None
    if dashed is None:
        return None
    run = dashed.group("children").rstrip(" .")
    # "Shampoos — including Anti-dandruff Shampoos and Clarifying Shampoos": after a cue, parted by "and" too
    children = _bracketed_children(run) if _CHILDREN_CUE.match(run) else split_top_level(run, ",;")
    named = all(c.strip()[:1].isupper() or c.strip()[:1].isdigit() for c in children)  # "2G REBCO"
    named = named and all(len(c.split()) <= 6 and not _FIGURE.search(c) for c in children)
    # "Packaging – PET Bottles; Glass Bottles": a dimension's line, its name no item's
    named = named and not names_a_dimension(dashed.group("label").strip().lower())
    return (dashed.group("label"), "; ".join(c.strip() for c in children)) if len(children) >= 2 and named else None


def _with_dashed_children_bracketed(item: str) -> str:
    """An item's sub-items after a dash, written as a list brackets them: "Frozen Seafood (Whole Frozen Fish;
    Frozen Fillets)"."""
    dashed = _dashed_children(item)
    return f"{dashed[0]} ({dashed[1]})" if dashed else item


def _bracketed_children(bracketed: str) -> list[str]:
    """ "Monopile, Jacket", and "comprising standard BTE and receiver-in-canal models" or "glass wool and stone wool":
    two names of two words or more, or after a cue, parted by "and" alone."""
    cued = _CHILDREN_CUE.match(bracketed)
    bracketed = bracketed[cued.end() :] if cued else bracketed
    children = [c for c in split_top_level(bracketed, ",;") if c]
    if len(children) == 1 and " and " in bracketed and "(" not in bracketed:
        head, _, last = bracketed.rpartition(" and ")
        if cued or len(head.split()) >= 2 and len(last.split()) >= 2:
            return [head, last]
    return children


_CHILDREN_CUE = re.compile(r"(?:comprising|including|incl\.|such as|e\.g\.,?|namely|mainly|chiefly)\s+", re.I)


def segment_with_children(dimension: str, item: str, least_children: int) -> list[Segment]:
    """ "Fixed-bottom (Monopile, Jacket)" -> Fixed-bottom and its two sub-segments, each with its own ("Ovens
    [Convection Ovens, Steam Ovens {Combi-Steam, High-Humidity}]" nests three deep). Fewer bracketed
    items than ``least_children`` stay part of the label ("Polyvinyl Chloride (PVC)" in a list)."""
    item = _with_dashed_children_bracketed(_FIGURE_TAIL.sub("", item))
    match = _ACRONYM_THEN_BRACKETED.match(item) or _BRACKETED_TAIL.match(item)
    children = _bracketed_children(match.group(3)) if match else []
    # "Self-Polishing Copolymer (SPC)" in a title: its acronym, no sub-segment
    acronym = len(children) == 1 and _ACRONYM.fullmatch(children[0].strip()) is not None
    if len(children) < least_children or not children or acronym:
        return [Segment(dimension, item.strip())]
    label = match.group(1).strip()
    found = [Segment(dimension, label)]
    for child in children:
        own, *below = segment_with_children(dimension, child, least_children)
        found += [Segment(dimension, own.label, label), *below]
    return found
