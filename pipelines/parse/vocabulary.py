"""The parser's vocabulary: words and phrases publishers use, kept as data.

Growing the parser to a new publisher should mostly mean adding words here,
not code elsewhere. Everything is lower case; matching is case-insensitive.
"""

from __future__ import annotations

import re


def phrase_search(phrases: tuple[str, ...] | frozenset[str], at_word_start: bool = False) -> re.Pattern[str]:
    """One compiled alternation for "does this lower-cased text contain any of these phrases":
    a single regex scan instead of a Python loop of `in` tests, on a path run for every block."""
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(f"(?:^| )(?:{alternation})" if at_word_start else alternation)


# Dimension words that mean "product-like": the first of these on a page is
# reported as the "type" dimension (the labelling convention of the corpus).
NON_PRODUCT_DIMENSIONS = frozenset(
    {
        "application",
        "applications",
        "end user",
        "end users",
        "end use",
        "end-use",
        "end-user",
        "end use industry",
        "end-use industry",
        "end user industry",
        "vertical",
        "industry vertical",
        "end use vertical",
        "end-use vertical",
    }
)
APPLICATION_DIMENSIONS = frozenset({"application", "applications"})
# The last word of a figures table's first header that names the dimension its rows are items of: "Resin type |
# Share of 2025 value | CAGR 2026–2031" lists resin types; "Segment | Share" leaves the dimension to its section.
DIMENSION_HEAD_WORDS = frozenset(
    {"type", "types", "product", "products", "technology", "technologies", "component", "components", "material",
     "materials", "application", "applications", "grade", "grades", "chemistry", "form", "category", "categories"}
)  # fmt: skip
# How and to whom a product is deployed or sold, never the product itself: a page opening with one of
# these has its "type" further down, or none.
DELIVERY_DIMENSIONS = frozenset(
    {
        "deployment", "deployment mode", "deployment model", "deployment type", "organization size",
        "organisation size", "enterprise size", "company size", "business size", "firm size", "property size",
        "hotel size", "farm size", "fleet size", "practice size", "facility size", "distribution channel",
        "sales channel", "age group", "gender",
    }
)  # fmt: skip
# A country market's own parts: its regions, each listed alone ("By Federal State", "By Voivodeship", "By Emirate").
PART_DIMENSIONS = frozenset(
    {
        "state", "states", "federal state", "province", "provinces", "voivodeship", "prefecture", "emirate",
        "canton", "county", "counties", "territory", "state and territory", "states and territories",
        "nation", "nations", "autonomous community", "autonomous communities", "island group", "island groups",
        "governorate", "governorates", "department", "departments", "prefectures", "emirates", "cantons",
        "territories", "voivodeships", "district", "districts", "municipality", "municipalities", "zone", "zones",
        "division", "divisions", "oblast", "oblasts", "macro-area", "macro-areas", "macro-region", "macro-regions",
        "macroregion", "macroregions", "provincial", "divisional", "departmental", "cantonal",
        # the local words: Armenia's marzer, Russia's krais and raions, Kazakhstan's oblystar, Mongolia's aimags,
        # the Maghreb's wilayas, Romania's județe, Hungary's megyék, Estonia's maakonnad, Bhutan's dzongkhags
        "marz", "marzer", "krai", "krais", "raion", "raions", "rayon", "rayons", "oblys", "aimag", "aimags",
        "wilaya", "wilayas", "wilayat", "judet", "județ", "judete", "județe", "megye", "maakond", "maakonnad",
        "dzongkhag", "dzongkhags",
    }
)  # fmt: skip
REGION_DIMENSIONS = (
    frozenset({"region", "regions", "geography", "geographies", "country", "countries", "regional analysis"})
    | {"sub-region", "sub-regions", "subregion", "subregions", "member country", "member countries", "member state"}
    | {"country group", "country groups", "country grouping", "country groupings"}
    | PART_DIMENSIONS
)
# "by 2030" or "by far" are not dimensions.
NOT_DIMENSIONS = frozenset(
    {
        "far", "the", "a", "an", "value", "volume", "revenue", "company", "players", "market",
        "competitive", "future", "growth", "key", "strategic", "investment", "global", "regional", "year",
        "share", "quarter", "month", "date", "format", "report format", "delivery format", "file format",
        "license", "licence", "delivery", "pages", "language", "competitive landscape", "company profile",
        "recent development", "key development", "unit", "currency", "segment", "segmental", "segmentation",
    }
)  # fmt: skip
# Last words of a longer name that lists topics, not a dimension's items: "A, B and C are the main technology themes
# covered" (an escape room's "By Theme" is a dimension).
TOPIC_WORDS = frozenset({"theme", "topic", "trend", "driver", "challenge", "opportunity"})
# Words that head a dimension only after "By" ("By Format": steamed, boiled; "By Language": ASL, BSL); alone they
# label a report's metadata ("Format: PDF, Excel").
DIMENSIONS_AFTER_BY = frozenset({"format", "language"})
# Labels of a wire's category tags ("Industry: Satellite, Telecommunications"), where "By Industry" or
# "End-use Industry" would head a dimension's items.
WIRE_TAG_LABELS = frozenset({"industry", "industries"})

REGION_HEADER_CUES = (
    "by geography",
    "by region",
    "in terms of region",
    "regional analysis",
    "regional segmentation",
    "regional outlook",
    "regional insights",
    "by country",
)

# A short header names the players section when it holds one of these phrases, or a
# qualifier and a player noun together ("Key Veterinary Vaccines Companies").
PLAYER_HEADER_PHRASES = (
    "competitive landscape",
    "company landscape",
    "competitor landscape",
    "companies covered",
    "companies profiled",
    "profiled companies",
    "vendor landscape",
    "market players",
    "company profiles",
    "companies analysed",
    "companies analyzed",
    "companies mentioned",
    "to watch",
    "who's who",  # a news brief's headings for its companies, with either apostrophe
    "who’s who",
    "who's named",
    "who’s named",
)
PLAYER_HEADER_QUALIFIERS = (
    "key", "major", "leading", "top", "prominent", "main", "notable", "dominant",
    "profiled", "covered", "analysed", "analyzed", "featured", "included", "studied", "assessed",
)  # fmt: skip
# Nouns that name the players in a header ("Organisations profiled", "Industry Leaders") but say too little in prose.
PLAYER_HEADER_NOUNS = frozenset({"organisations", "organizations", "corporations", "brands", "operators", "leaders"})
# Words of a report's survey outline, whose lines ("Method: Face-to-face interviews, ...") list no segments.
HOW_THE_RESEARCH_WAS_DONE = ("interviews", "literature research", "desk research", " pages")
# Dimension nouns whose final "s" is no plural's: "By Lens", "By Gas".
SINGULAR_NOUNS_ENDING_IN_S = frozenset(
    {"lens", "gas", "canvas", "atlas", "news", "logistics", "electronics", "robotics", "analytics", "diagnostics"}
)
# Last words of a label that names a segmentation dimension ("Propulsion Type: BEB, PHEB").
SEGMENT_LABEL_WORDS = frozenset(
    {
        "type", "types", "application", "applications", "product", "products", "component", "components",
        "technology", "technologies", "material", "materials", "deployment", "service", "services", "channel",
        "capacity", "size", "grade", "form", "source", "vertical", "industry", "user", "users", "use",
        "offering", "platform", "mode", "structure", "function", "category", "solution", "depth", "range",
        "rating", "voltage", "class", "model", "method", "process", "system", "systems", "stage", "design",
        "connectivity", "organism", "formulation", "configuration", "format", "commodity", "tier", "technique",
        "indication", "payer", "packaging",
    }
)  # fmt: skip

# First cells of header rows over tables that list players or segments.
TABLE_PLAYER_HEADERS = frozenset({"company", "companies", "player", "players", "key players", "manufacturer", "vendor"})
# First header cells of a column that only numbers the rows.
TABLE_NUMBER_HEADERS = frozenset({"#", "no", "no.", "s.no", "s.no.", "s. no.", "sr. no.", "sl. no.", "rank", "sr no"})
TABLE_SEGMENT_HEADERS = frozenset({"segment", "segments", "segmentation", "dimension", "segment type", "by"})
# A German page's states heading a table's first column ("Land | Leading cities | Share"): a country's parts, as
# "State" heads them; only there, since "land" in prose is ground.
TABLE_PART_HEADERS = frozenset({"land", "länder", "bundesland", "bundesländer"})
# First header cell of a table whose rows are years ("Year | Market Size (USD Million)", "Year | Residential | ...").
YEAR_HEADERS = frozenset({"year", "years"})
# A table's row or column of the whole market's figures, neither a segment nor a region.
WHOLE_MARKET_ROWS = frozenset(
    {"total", "global", "world", "worldwide", "global total", "market total", "global market", "total market",
     "market value", "global market value", "market size", "global market size", "total market value"}
)  # fmt: skip

# Phrases after which a comma-separated run of company names starts.
PLAYER_LIST_CUES = (
    "profiles",
    "covers",
    "cover",  # "Profiles in the report cover A, B and C"
    "tracks",
    "features",
    "comprises",
    "such as",
    "for example",
    "for instance",
    "including",
    "include",
    "includes",
    "namely",
    "are",
    "like",
    "among them",
    "among which",
    "led by",
    "notably",
    "featuring",
    "identified as",  # "Prominent vendors were identified as A, B and C"
    "owned by",  # "The main brands are owned by A, B and C"
    "lists",  # "On the incumbent side it lists A, B and C"
)
# A headline's praise before a market's name: "SBC Medical Expands in the Booming Cosmetic Healthcare Market".
HEADLINE_ADJECTIVES = ("booming", "thriving", "burgeoning", "flourishing", "lucrative", "fast-growing", "soaring")
# A headline's noun phrase that cues names with no verb or colon: "... CAGR 30.8% | Key Player Google, AWS, IBM".
PLAYER_NOUN_CUES = (
    "key players", "key player", "top players", "major players", "leading players", "key companies",
    "top companies", "key vendors", "top vendors",
)  # fmt: skip
PLAYER_NOUNS = (
    "players", "companies", "vendors", "manufacturers", "firms", "participants", "competitors", "suppliers",
    "providers", "makers", "producers", "competitive landscape", "big names", "competitive field", "competitive set",
    "exporters", "growers", "brands", "installers", "integrators", "operators", "insurers", "developers",
    "contractors", "processors", "supplier roster", "supplier list", "vendor roster", "incumbents", "challengers",
    "new entrants",
)  # fmt: skip
# A lower-cased text naming players by what they are ("key players", "leading vendors", "Regional suppliers").
PLAYER_NOUN = phrase_search(PLAYER_NOUNS)

# Lower-case words that sit inside names: "Bank of America", "Caisse des Dépôts", "Santiago de los Caballeros".
WORDS_INSIDE_NAMES = frozenset(
    {
        "of", "and", "the", "de", "du", "des", "del", "la", "le", "der", "den", "von", "van", "y", "los", "las", "da",
        "do", "dos", "das", "di", "el", "al", "es", "na", "nad", "pod", "am", "im", "an", "sur", "en", "upon", "on",
    }
)  # fmt: skip
# Words of a placeholder in a list of players ("Other Prominent Players"): all its words are these.
GENERIC_PLAYER_WORDS = frozenset(
    {
        "other", "others", "prominent", "key", "major", "leading", "regional", "local", "global", "emerging",
        "start", "ups", "startups", "players", "player", "vendors", "companies", "manufacturers", "suppliers",
        "new", "entrants", "small", "and", "medium", "sized", "niche", "many", "more", "licence", "license",
        "options", "pricing",
    }
)  # fmt: skip
# Company names that hold a comma of their own, so that a comma run does not part them.
NAMES_WITH_COMMAS = ("Becton, Dickinson and Company", "Becton, Dickinson & Company")
# Tails that end a player run and are not names.
PLAYER_RUN_TAILS = (
    "and others",
    "among others",
    "and other",
    "etc",
    "and more",
    "amongst others",
    "according to",
)
# Titles of the sections that follow a release's lists on plain-text pages, where no markup ends a list.
TITLES_AFTER_LISTS = frozenset(
    {
        "recent developments", "key developments", "recent industry developments", "industry developments",
        "frequently asked questions", "faq", "faqs", "about us", "contact us", "media contact", "table of contents",
        "related reports", "research methodology", "methodology", "report scope", "why buy this report?",
        "market segmentation", "segmentation", "key questions answered in the report", "key questions answered",
    }
)  # fmt: skip
# Legal forms written before a company's name ("AB Volvo", "PT Astra International", "PJSC Gazprom Neft").
LEGAL_PREFIXES = frozenset({"ab", "pt", "pt.", "oao", "pao", "pjsc", "jsc", "ojsc", "ooo", "zao"})
# Legal suffixes that follow a comma inside one company name ("Gelest, Inc.").
# The word after "and" that keeps one name whole: "Tharakan and Company", "Wilbur-Ellis and Sons".
PARTNERSHIP_WORDS = frozenset({"company", "co", "co.", "sons", "partners"})

LEGAL_SUFFIXES = frozenset(
    {
        "inc",
        "inc.",
        "incorporated",
        "ltd",
        "ltd.",
        "limited",
        "llc",
        "l.l.c.",
        "lc",
        "l.c.",
        "plc",
        "corp",
        "corp.",
        "corporation",
        "co",
        "co.",
        "co. ltd.",
        "co., ltd.",
        "gmbh",
        "ag",
        "sa",
        "s.a.",
        "s.a.b. de c.v.",
        "s.a.p.i. de c.v.",
        "s.a. de c.v.",
        "s.a.u.",
        "s.a.c.",
        "s.a.e.",
        "c.a.",
        "s.l.u.",
        "sp. z o.o.",
        "ehf.",
        "s. de r.l. de c.v.",
        "s.p.a.",
        "spa",
        "nv",
        "n.v.",
        "bv",
        "b.v.",
        "lp",
        "l.p.",
        "llp",
        "pte. ltd.",
        "pvt. ltd.",
        "pty ltd",
        "kg",
        "se",
        "ab",
        "oyj",
        "ojsc",
        "pjsc",
        "cjsc",
        "asa",
        "a/s",
        "s.a.s.",
        "lda",
        "ltda",
        "ltda.",
        "s.l.",
        "sl",
        "kgaa",
        "s.r.l.",
        "srl",
        "bhd",
        "sdn bhd",
        "k.k.",
    }
)

# Region names as publishers write them (used to tell a region from a country
# and to read region-scoped figures). Canonical mapping is a later stage's job.
REGION_NAMES = (
    "north america",
    "latin america",
    "latam",
    "south america",
    "central america",
    "central and south america",
    "south & central america",
    "europe",
    "western europe",
    "eastern europe",
    "asia pacific",
    "asia-pacific",
    "apac",
    "east asia",
    "south asia & pacific",
    "south asia and pacific",
    "south asia pacific",
    "asia",
    "middle east and africa",
    "middle east & africa",
    "mea",
    "middle east",
    "africa",
    "lamea",
    "emea",
    "americas",
    "rest of the world",
    "rest of world",
    "row",
    "oceania",
    "gcc",
)
# Parts of a continent named by a compass point: regions when capitalised ("Southern Europe"), a remark when not
# ("demand in southern Europe").
COMPASS_REGION_NAMES = (
    "southern europe",
    "northern europe",
    "central europe",
    "central and eastern europe",
    "central & eastern europe",
    "southeast asia",
    "south-east asia",
    "south asia",
    "north africa",
    "sub-saharan africa",
)

# A region's acronym that is also a word counts in capitals only: "RoW" is a region, "Pinecrest Row Research" a firm.
_ACRONYMS_THAT_ARE_WORDS = {"row": "(?-i:ROW|RoW)"}
_CAPITALISED_ONLY = {
    name: "(?-i:"
    + " ".join(w if w in ("and", "&") else f"{w[0].upper()}(?i:{re.escape(w[1:])})" for w in name.split())
    + ")"
    for name in COMPASS_REGION_NAMES
}

# A region's adjective before "market" names the region's market: "The European market reached ...".
REGION_ADJECTIVES = {
    "north american": "North America",
    "latin american": "Latin America",
    "south american": "South America",
    "european": "Europe",
    "middle eastern": "Middle East",
    "african": "Africa",
    "asian": "Asia",
}

# The names above as one regular-expression alternation, longest first ("middle east & africa" before "africa").
REGION_NAMES_PATTERN = "|".join(
    _ACRONYMS_THAT_ARE_WORDS.get(r) or _CAPITALISED_ONLY.get(r) or re.escape(r)
    for r in sorted(REGION_NAMES + COMPASS_REGION_NAMES, key=len, reverse=True)
)
# The word every region name starts with, at a word's start: a cheap screen before the names' long alternation.
REGION_NAME_STARTS = tuple(
    sorted({rf"\b{re.match('[a-z]+', name.lower()).group(0)}" for name in REGION_NAMES + COMPASS_REGION_NAMES})
)

# Words whose presence makes a sentence about the market's size.
SIZE_CONTEXT_WORDS = (
    "market", "valued", "worth", "reach", "size", "revenue", "industry", "estimat", "accounted for", "stood at",
    "generated", "share", "held", "spending", "accounting for", "accounts for", "segment", "largest", " led with",
    "brought in", "dominated", "contributed", "made up", "category", "captured", "representing", "represented",
    "business", "forecast", "expect", "project", "base year value", "base-year value",
)  # fmt: skip
# Sentences that state a money figure that is not the market's size.
NOT_SIZE_CUES = (
    "grow by",
    "market growth",  # "Market growth 2024-2028 | USD 1.87 billion": the increment over the period
    "increase by",
    "increase of",  # "..., a CAGR of 18.9% and an increase of USD 5.73 billion"
    "backlog",  # "a combined order backlog of roughly US$ 14 billion"
    "exports of",  # "(exports of USD 3.6 billion, 2024)", "Exports of Ayurvedic products, worth about USD 62 million"
    "export earnings",
    "target of",  # "the government's roadmap target of JPY 100 billion ... by 2030"
    "to add",
    "will add",
    "would add",
    "could add",
    " adds ",  # "the market adds about $8.2 billion of annual spend by 2032"
    " added ",  # "The market added roughly $16.2 billion in 2024 alone"
    "an additional",  # "or an additional EUR 12.25 billion in annual turnover"
    "dollar opportunity",  # "an absolute dollar opportunity of USD 6.4 Bn"
    "adding",
    "incremental",
    "increment",
    "price",
    "priced",
    "discount",
    "investment of",
    "invested",
    "funding",
    "raised",
    "acquired",
    "acquisition",
    "costs of",  # "excluding transaction costs of approximately EUR 9 million"
    "synergies of",  # "annual cost synergies of EUR 12-15 million by the end of 2027"
)
# Words right after an amount that make it something else than a size: "USD 7.7 billion in incremental revenue".
# So do units of volume or count: "roughly 1 million tonnes produced in 2024".
COUNT_UNITS = (
    "tonnes",
    "tons",
    "metric tons",
    "barrels",
    "litres",
    "liters",
    "units",
    "users",
    "subscribers",
    "vehicles",
)
NOT_SIZE_AFTER = (
    "in incremental", "of incremental", "incremental", "in new revenue", "in additional", "of additional",
    "in new yearly", "in new annual",  # "roughly $12.4 billion in new yearly spending"
    "of exports", "in exports",  # "USD 2.1 billion of exports last year"
    *COUNT_UNITS,
)  # fmt: skip
# What an amount with no currency may count, a few words after it: "11 million cell-free DNA tests".
COUNTED_NOUNS = (
    *COUNT_UNITS, "tests", "devices", "people", "patients", "procedures", "households", "doses", "shipments",
    "installations", "visits", "animals", "homes",
)  # fmt: skip

MONEY_UNITS = {
    "thousand": "thousand",
    "k": "thousand",
    "million": "million",
    "milion": "million",  # a typo machine-written pages keep
    "mn": "million",
    "mln": "million",
    "m": "million",
    "billion": "billion",
    "bilion": "billion",
    "bn": "billion",
    "b": "billion",
    "trillion": "trillion",
    "tn": "trillion",
    "lakh": "lakh",
    "lakhs": "lakh",
    "crore": "crore",
    "crores": "crore",
    "cr": "crore",
}
# The scale words a table's unit line or an item's figure states: "(USD Billion)", "US$ Mn".
SCALE_WORDS = ("thousand", "million", "mn", "billion", "bn", "trillion")
SCALE_WORD = "|".join(SCALE_WORDS)
# India's scale words, in millions: a lakh is 100,000 and a crore 10 million.
INDIAN_SCALES = {"lakh": 0.1, "crore": 10.0}
# Local papers' abbreviations of their currencies, written before amounts: Malaysia's ringgit, Kenya's, Tanzania's
# and Uganda's shillings ("KSh 38.2 billion"); and those that read as other words unless written just so
# (Bangladesh's "Tk", Israel's "NIS", Kuwait's "KD", Jordan's "JD", Bahrain's "BD", Bosnia's "KM", Georgia's "GEL",
# the rupee's "Rs", Madagascar's "Ar": "kd" is no dinar, "km" no mark, "gel" no lari, "rs" no rupee).
LOCAL_CURRENCY_WORDS = ("RM", "KSh", "TSh", "USh", "FCFA")
CASED_LOCAL_CURRENCY_WORDS = ("Tk", "NIS", "KD", "JD", "BD", "KM", "GEL", "Rs", "Ar")
# Currencies several countries write alike, by how they are written, the currency read by default, and the
# countries whose own currency it is instead: the rupee written "Rs" is India's unless the market is another rupee
# country's ("Pakistan Motorcycle Market"); "FCFA" is West Africa's franc unless the market is Central Africa's.
SHARED_CURRENCY_WORDS = (
    (
        r"(?<![A-Za-z])Rs\b|₨",
        "INR",
        {"Pakistan": "PKR", "Sri Lanka": "LKR", "Nepal": "NPR", "Mauritius": "MUR", "Seychelles": "SCR"},
    ),
    (
        r"(?<![A-Za-z])F?CFA\b",
        "XOF",
        dict.fromkeys(("Cameroon", "Gabon", "Chad", "Congo", "Central African", "Equatorial Guinea"), "XAF"),
    ),
    (r"(?<![A-Za-z])C\$", "CAD", {"Nicaragua": "NIO"}),  # Canada's dollar, or Nicaragua's córdoba
    # "Bs 1,652 million": Bolivia's boliviano or Venezuela's bolívar; "P1,040 million": the pula or the peso
    (r"(?<![A-Za-z])Bs\.?(?=\s?\d)", None, {"Bolivia": "BOB", "Venezuela": "VES"}),
    (r"(?<![\w$€£¥.])P(?=\s?\d)", None, {"Botswana": "BWP", "Philippines": "PHP"}),
    # "Shs5.7 trillion", "Sh38.2 billion": East Africa's shillings, by the page's country
    (r"(?<![A-Za-z])Shs?\.?(?=\s?\d)", None, {"Uganda": "UGX", "Kenya": "KES", "Tanzania": "TZS"}),
    # "K742 million": the kina, the kwacha or the kyat, by the page's country
    (
        r"(?<![\w$€£¥.])K(?=\d)",
        None,
        {"Papua New Guinea": "PGK", "Zambia": "ZMW", "Malawi": "MWK", "Myanmar": "MMK"},
    ),
    # a bare "$" on a page about a country with a dollar of its own is that dollar, unless the sentence writes US
    # dollars too ("$1.82 billion, or about US$1.19 billion": which is which is not said)
    (
        r"^(?!.*(?:\bUS\$|\bUSD\b|\bU\.S\. dollars?|\bUS dollars?)).*(?<![A-Za-z$])\$(?=\s?\d)",
        "USD",
        {"Australia": "AUD", "Canada": "CAD", "New Zealand": "NZD", "Singapore": "SGD", "Hong Kong": "HKD"},
    ),
)  # fmt: skip
# ISO 4217 codes written before or after amounts ("CHF 14.1 billion", "2.3 billion EUR").
CURRENCY_CODES = (
    "USD", "EUR", "GBP", "INR", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "KRW", "SGD", "BRL", "SEK", "NOK",
    "DKK", "ZAR", "AED", "SAR", "MXN", "HKD", "TWD", "NZD", "NGN", "KES", "EGP", "IDR", "MYR", "THB", "VND",
    "PLN", "ILS", "PKR", "BDT", "CLP", "COP", "ARS", "PHP", "TRY", "QAR", "KWD", "OMR", "BHD", "CZK", "HUF",
    "RON", "PEN", "UAH", "LKR", "GHS", "MAD", "ETB", "GTQ", "CRC", "HNL", "DOP", "UYU", "JOD", "NPR", "MMK", "KHR",
    "KZT", "UZS", "AZN", "TZS", "UGX", "RWF", "XOF", "XAF", "ZMW", "MZN", "AOA", "DZD", "TND", "IQD", "ISK", "RSD",
    "BGN", "LBP", "MNT", "ZMW", "FJD", "PGK", "BWP", "NAD", "MUR",
    "ZWL",  # Zimbabwe's dollar until 2024, gone from the current ISO table
)  # fmt: skip
CURRENCY_SIGNS = "$€£₹₨¥₦₩₱₪₺₫₡₭֏₮₸₾₴₼₲৳"
CURRENCY_WORDS = {
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    # other countries' dollars, and Malaysia's ringgit ("RM 1.46 billion")
    "au$": "AUD",
    "a$": "AUD",
    "ca$": "CAD",
    "c$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "mx$": "MXN",
    "fj$": "FJD",
    "nt$": "TWD",
    "r$": "BRL",
    "rm": "MYR",
    # Kenya's shilling, South Africa's rand, Nigeria's naira, Ghana's cedi and Bangladesh's taka as their papers
    # write them: "KSh 38.2 billion", "R41.2bn", "N1.86 trillion", "GH₵2.96 billion", "Tk 158.4 billion"; Tanzania's
    # and Uganda's shillings "TSh" and "USh", Israel's "NIS", Kuwait's "KD"
    "ksh": "KES",
    "tsh": "TZS",
    "nis": "ILS",
    "kd": "KWD",
    "jd": "JOD",  # Jordan's dinar: "JD 96.3 million"
    "bd": "BHD",  # Bahrain's dinar: "BD 72.4 million"
    "km": "BAM",  # Bosnia and Herzegovina's convertible mark: "KM 968.4 million"
    "gel": "GEL",
    "ush": "UGX",
    "fcfa": "XOF",
    "rd$": "DOP",
    "n$": "NAD",  # Namibia's dollar, Jamaica's, Trinidad's and the Eastern Caribbean's
    "j$": "JMD",
    "tt$": "TTD",
    "ec$": "XCD",
    "gh₵": "GHS",
    "s/": "PEN",  # Peru's sol ("S/ 842.6 million") and Madagascar's ariary ("Ar 2,790 billion")
    "ar": "MGA",
    "tk": "BDT",
    "rs": "INR",
    "₨": "INR",
    "r": "ZAR",
    "n": "NGN",
    "us dollars": "USD",
    "eur": "EUR",
    "€": "EUR",
    "gbp": "GBP",
    "£": "GBP",
    "inr": "INR",
    "₹": "INR",
    "jpy": "JPY",
    "¥": "JPY",
    "cny": "CNY",
    "rmb": "CNY",
    "₦": "NGN",
    "₡": "CRC",
    "₩": "KRW",
    "₱": "PHP",
    "₪": "ILS",
    "₺": "TRY",
    "₫": "VND",
    "₭": "LAK",
    "֏": "AMD",
    "₮": "MNT",
    "₸": "KZT",
    "₾": "GEL",
    "₴": "UAH",
    "₼": "AZN",
    "₲": "PYG",
    "৳": "BDT",
}

# Headers of boxes listing other reports: their figures belong to other markets.
RELATED_HEADER_CUES = (
    "related",
    "you may also like",
    "might also like",
    "also read",
    "more reports",
    "other reports",
    "other datasets",  # a data repository's README: "Other datasets from Lowenmarsh Data"
    "trending",
    "recommended",
    "people also",
    "similar reports",
    "more from",
    "more articles",
    "more briefs",
    "more posts",
    "more press releases",
    "latest releases",
    "latest press releases",
    "also from",
    "also on",
    "more releases",
    "up next",
    "read next",
    "most read",
    "more stories",
    "more news",
    "other releases",
    "also by",
    "customers also",
    "readers also",
    "table of contents",
    "also viewed",
    "previous release",
    "previous press release",
    "earlier release",
    "prior release",
    "past releases",
    "other titles",
    "also this week",  # a digest's one-liners about other markets
    "also in this issue",
    "elsewhere this week",
    "in other news",
)
# A figure attributed to someone else's study is not this release's.
OTHER_SOURCE_CUES = (
    "earlier estimate",
    "previous estimate",
    "older estimate",
    "another consultancy",
    "separate estimate",
    "another firm",
    "another study",
    "another report",
    "another estimate",
    "a different firm",
    "other firms",
    "rival firm",
    "rival consultancy",
    "rival research",
    "another research house",
    "another research firm",
    "another analyst",  # "Another analyst house, Kadıköy Data, pegs the 2024 market at ..."
    "some observers",
    "separate study",
    "other estimates",
    "competing estimate",
    "a competing",
    "alternative estimate",
    "a lower estimate",
    "a higher estimate",
    "alternative figure",
    "independent estimate",
    "internal estimate",
    "other published",
    "put forward by",  # "well above the RMB 11 billion put forward by Baiqian Consulting"
    "other research houses",  # "Other research houses are less bullish: a 2024 note by consultancy ..."
    "other research firms",
    "an estimate by",  # "an estimate by a private consultancy, Garuda Consumer Insight, places ..."
    "an estimate from",
    "separate assessment",  # "A separate assessment by Kathmandu-based Sajha Agro Research suggests ..."
    "separate analysis",
    "independent tally",  # "An independent tally published by Greyfold Consulting put the 2023 figure ..."
    "third-party estimate",
    "than an estimate",  # "more cautious than an estimate circulated earlier this year by Mwinilunga Research"
    "than one published",  # "a little higher than one published last year by Wadi Horizon Consulting"
    "published last year by",
    "than a forecast",  # "more bullish than a forecast issued last autumn by AgriScope Partners"
    "than the forecast",
    "than a projection",
    "a lower figure",  # "Bogotá-based Sabana Market Intelligence offers a lower figure, estimating ..."
    "a higher figure",
    "figures circulating",  # "some of the figures circulating in the trade press are lower. Lindgate Advisors has put"
)
# The same cue with words between: "Another international consultancy estimates ...", "another London firm".
OTHER_SOURCE_NOUNS = ("consultancy", "firm", "study", "report", "research house", "analyst", "source")
# Sources that state a figure unnamed, with "a": rarely the release's own ("a new study" may be).
UNNAMED_SOURCE_NOUNS = (
    "consultancy", "firm", "research house", "analyst", "analysts", "journal", "publication", "newsletter",
    "association", "industry body", "trade body",
)  # fmt: skip
# Publications and bodies named after "the" that state another figure ("the Amman newsletter Levant Energy Monitor").
PUBLICATION_NOUNS = ("newsletter", "journal", "magazine", "publication", "association", "industry body", "trade body")
# Sentences that give the figure of a wider or neighbouring market, quoted for comparison.
OTHER_MARKET_CUES = (
    "by comparison", "for comparison", "the wider", "the broader", "parent market", "adjacent market",
    "outside the scope",  # "Exports, worth about USD 62 million in 2024, are outside the scope of this estimate"
)  # fmt: skip
# Words that end the name before "market" when read backwards ("... now sees the automotive lidar market").
MARKET_NAME_STOPS = frozenset(
    {
        "the", "a", "an", "this", "that", "its", "our", "their", "global", "worldwide", "overall", "entire", "total",
        "whole", "of", "in", "for", "on", "to", "and", "or", "with", "by", "from", "at", "as", "is", "are", "was",
        "were", "sees", "see", "expects", "says", "said", "puts", "values", "sizes", "estimates", "also", "serve",
        "serves", "serving", "supply", "supplies", "supplying", "enter", "enters", "entering",
    }
)  # fmt: skip
# Words that rank one item among others ("Largest region", "the leading segment"): a figure's label, not a list's.
RANKING_WORDS = frozenset({"largest", "fastest", "dominant", "leading", "biggest", "top", "smallest"})
# Words that describe this market rather than name another ("the largest regional market").
MARKET_DESCRIPTORS = frozenset(
    {
        "largest", "biggest", "smallest", "fastest", "growing", "fastest-growing", "core", "national", "regional",
        "domestic", "local", "leading", "dominant", "key", "single", "mature", "emerging", "main", "second-largest",
        "projected", "estimated", "current", "addressable", "serviceable", "target", "end", "total", "yen",
        "country", "country-level", "end-use", "downstream", "upstream", "overall", "broader", "wider",
        "geographic", "geographical", "noteworthy", "notable", "anchor", "flagship", "top",
        "primary", "principal", "major", "export", "overseas", "foreign", "international",
        "fast-growing", "consumer", "lucrative", "attractive", "important",  # "a fast-growing consumer market"
    }
)  # fmt: skip
# Words too common in market names to tell two markets apart ("Tire Pressure Monitoring System").
GENERIC_MARKET_WORDS = frozenset(
    {
        "market", "markets", "system", "systems", "solution", "solutions", "service", "services", "product",
        "products", "equipment", "device", "devices", "technology", "technologies", "software", "industry",
    }
)  # fmt: skip

# Titles of a story's own fact box, kept though it is an <aside>: "Report scope at a glance".
FACT_BOX_TITLES = (
    "at a glance", "report scope", "scope of the report", "key facts", "fast facts", "quick facts", "fact box",
    "factbox", "key figures", "by the numbers", "report highlights", "report coverage", "snapshot",
)  # fmt: skip
# Tags and class/id fragments whose content is never part of the release.
BOILERPLATE_TAGS = ("script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "template")
BOILERPLATE_CLASS_FRAGMENTS = (
    "related",
    "sidebar",
    "cookie",
    "consent",
    "gdpr",
    "footer",
    "navbar",
    "menu",
    "breadcrumb",
    "share",
    "social",
    "newsletter",
    "comment",
    "advert",
    "promo",
    "widget",
)
# Lines that mark an ad slot, nothing more.
AD_SLOT_LINES = frozenset({"advertisement", "advertisements", "sponsored", "sponsored content", "ad", "promoted"})
# Lines that close a list: calls to action and contact blocks.
LIST_STOP_CUES = (
    "inquire",
    "enquire",
    "request",
    "purchase",
    "buy ",
    "download",
    "get a sample",
    "sample pdf",
    "contact us",  # not "Contact Energy Ltd." nor "contact lenses"
    "contact:",
    "contact our",
    "contact the",
    "contact sales",
    "read more",
    "click here",
    "table of content",
    "key pointers",
    "frequently asked",  # an FAQ's heading written as a plain line
    "http",
)

# URL path patterns that carry a publisher's report id, most specific first.
REPORT_ID_PATTERNS = (
    r"/reports?/(\d{3,9})\b",
    r"/sample/(\d{3,9})\b",
    r"/(?:request|download)-sample/(\d{3,9})\b",
    r"/sample-request/(\d{3,9})\b",
    r"/pre-order-enquiry/(\d{3,9})\b",
    r"/purchase/(\d{3,9})\b",
    r"/buy-now/(\d{3,9})\b",
    r"/checkout/(\d{3,9})\b",
    r"-market-(\d{4,9})(?:\.html?)?(?:[/?#]|$)",
    r"/(?:reports?|request-sample|sample)/[a-z0-9-]+-market/(\d{3,9})(?:[/?#]|$)",  # ".../padel-equipment-market/7712"
    r"/reports?/(?:[a-z0-9-]+/)?([A-Z]{2,5}(?:-[A-Z]{2,5})*-\d{3,9})(?:[/?#]|$)",
    # Codes with letters ("TH-2291") only where a shop or sample link carries them.
    r"/(?:checkout|buy-now|purchase|request-sample|sample-request|sample)/(?:[a-z0-9-]+/)?([A-Z]{1,5}(?:-[A-Z]{1,5})*-\d{3,9})\b",
    r"-market-([A-Z]{2,5}(?:-[A-Z]{2,5})*-?\d{3,9})(?:\.html?)?(?:[/?#]|$)",  # "-market-SHR-5120", "-CBI1187.html"
    r"-r(\d{4,9})(?:[/?#]|$)",
    # "?report=VHIRT40318", "?report=SHR-H2E-5120", "?code=LGR-FB-5530", "?id=EA-MB-2025-047"
    r"[?&](?:report_?id|report|rpt|rid|id|sku|code|report_?code)="
    r"([A-Z]{1,6}(?:-[A-Z][A-Z0-9]{0,4})*-?\d{3,9}(?:-\d{1,6})*|\d{3,9})\b",
)

# First path segments of links to a report on sale: a site that has them is a research firm's.
REPORT_PATH_SEGMENTS = (
    "report",
    "reports",
    "industry-report",
    "industry-reports",
    "market-report",
    "market-reports",
    "industry-analysis",
    "market-analysis",
    "research-report",
    "research-reports",
    "request-sample",
    "sample-request",
    "sample",
    "buy",
    "purchase",
    "checkout",
    "buy-now",
    "enquiry",
    "inquiry",
)

# Link hosts that never tell who published a page.
NON_PUBLISHER_DOMAINS = frozenset(
    {
        "facebook.com",
        "twitter.com",
        "x.com",
        "linkedin.com",
        "instagram.com",
        "youtube.com",
        "pinterest.com",
        "google.com",
        "googleapis.com",
        "gstatic.com",
        "cloudflare.com",
        "jsdelivr.net",
        "bootstrapcdn.com",
        "jquery.com",
        "wp.com",
        "gravatar.com",
        "w3.org",
        "schema.org",
        "doubleclick.net",
        "google-analytics.com",
        "googletagmanager.com",
        "addthis.com",
        "sharethis.com",
        "bit.ly",
        "t.co",
        "whatsapp.com",
        "reddit.com",
    }
)

# Names of kinds of research firms: "<Capitalised words> <one of these>".
# Research firms whose names end in no firm word ("Market Research Future", "IMARC Group", "Technavio"):
# named as they write themselves, matched before the word pattern.
KNOWN_RESEARCH_FIRMS = (
    "Market Research Future",
    "Market Research Intellect",
    "Market Data Forecast",
    "IMARC Group",
    "SNS Insider",
    "Technavio",
    "Frost & Sullivan",
    "Visiongain",
    "Fact.MR",
    "Research Nester",
    "Reports and Data",
    "Report Ocean",
    "IndustryARC",
    "Arizton",
    "Stratistics MRC",
    "Nova One Advisor",
    "Towards Healthcare",
    "The Business Research Company",
    "Facts & Factors",
    "Research and Markets",
    "ResearchAndMarkets.com",
    "Euromonitor International",
    "Gartner",
    "Statista",
)
# Words of a section's heading before a firm word: "Key Market Insights", "Regional Insights", "Our Research".
SECTION_HEADING_WORDS = frozenset(
    {
        "key", "market", "markets", "regional", "competitive", "strategic", "industry", "latest", "recent", "our",
        "additional", "customer", "consumer", "global", "exclusive", "free", "more", "related", "top", "expert",
        "analyst", "further", "other", "primary", "secondary", "&", "and", "the", "segment", "segmental",
        "country", "product", "application", "technology",
    }
)  # fmt: skip
# Firm words that never name a report after "Market" ("X Market Insights" and "X Market Research Report" may).
FIRM_ONLY_WORDS = (
    "Intelligence", "Consulting", "Consultancy", "Consultants", "Advisory", "Advisors", "Partners", "Analytics",
)  # fmt: skip
RESEARCH_FIRM_WORDS = (
    "research",
    "markets",
    "insights",
    "consulting",
    "consultancy",
    "consultants",
    "advisory",
    "intelligence",
    "analytics",
    "reports",
    "advisors",
    "partners",
    "metrics",
    "foresight",
    "insight",
    "economics",  # "Sharon Vale Economics", "Oxford Economics"
    "data",  # "Norvale Data", "Lyndcrest Data"
    "partner",  # "Lindqvist & Partner"
    "marktforschung",  # a German firm's "market research": "Brennholt Marktforschung"
    "marktanalyse",  # "Moselkamm Marktanalyse", German "market analysis"
    "datos",  # "Quetzal Datos", a Spanish-speaking firm's "data"
    "analytik",  # "Kelderhaus Analytik"
    "consult",  # "Mokoro Data Consult"
    "consultores",  # "Andina Quant Consultores", a Spanish-speaking firm's "consultants"
    "consultoria",  # "Cerrado Consultoria": Portuguese
    "consultoría",
    "études",  # "Ormeland Études": French "studies"
    "etudes",
    "recherche",
    "pesquisa",  # Portuguese "research"
    "ricerche",  # Italian
    "investigación",  # Spanish
    "soken",  # "Kirisame Soken": a Japanese research institute
)

# Who else may size a market, named by what it is, not by its name: "a Zurich-based engineering consultancy", "one
# widely quoted US syndicator", "a Korean securities house", "the industry body Heating Poland Forum".
SOURCE_KINDS = frozenset(
    {"consultancy", "consultancies", "syndicator", "house", "bank", "body", "group", "association", "fund", "broker",
     "agency", "institute", "unit", "firm", "peers", "think tank", "research house", "analyst", "analysts",
     "publisher", "publishers", "consortium", "observer", "observers"}
)  # fmt: skip
# Words that set a figure against another: "sits above", "a more conservative forecast", "estimates vary".
COMPARING_WORDS = frozenset(
    {"lower", "higher", "above", "below", "conservative", "differ", "differs", "vary", "varies", "comparison",
     "compared", "gap", "difference", "different", "stricter", "narrower", "broader", "wider", "rival",
     "optimistic", "pessimistic", "bullish", "bearish", "closer", "cautious"}
)  # fmt: skip

# Areas a market may be named after that the region names do not spell: "GCC District Cooling", "Nordic Trucks".
AREA_PREFIXES = frozenset(
    {"GCC", "ASEAN", "MENA", "EU", "Nordic", "Nordics", "Benelux", "DACH", "LATAM", "APAC", "Southeast Asia",
     "South East Asia", "Scandinavia", "Central Asia", "Sub-Saharan Africa", "Central America", "Caribbean"}
)  # fmt: skip
# Capitalised words a leaders' sentence may open with that name no company ("In Europe, ...", "The report ...").
LEADER_NON_NAMES = frozenset(
    {"The", "It", "They", "These", "Both", "Two", "Three", "Together", "Its", "Their", "In", "At", "For", "Across",
     "Among", "With", "On", "By", "Of", "While", "Meanwhile", "Globally", "Locally"}
)  # fmt: skip
