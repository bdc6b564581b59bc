"""Numbers as releases write them: percentages, money amounts, years and periods."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pycountry

from pipelines.parse import vocabulary as vocab

YEAR = r"(?:19[5-9]\d|20\d\d|21[0-4]\d)"
# A cell, an item or a link's number that is four digits of a year: "2024", "/reports/2030/".
YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_DASH = r"\s*(?:-|–|—|to|through|till|until|and)\s*"
# "2024-2030", "2025 to the year 2032", "fiscal 2021 and fiscal 2025", "FY2021-FY2025"
# a fiscal year of two digits: "FY25", "FY'32" (Indian and Japanese releases)
_FISCAL = r"(?<![A-Za-z])FY\s?'?\d\d(?!\d)"
_RANGE = re.compile(
    rf"(?<!\d)({YEAR}|{_FISCAL})(?:\s*\)?){_DASH}(?:the\s+year\s+|fiscal\s+(?:year\s+)?|FY\s?'?)?({YEAR}|\d\d)(?!\d)",
    re.I,
)
_END_ONLY = re.compile(
    rf"\b(?:through|thru|till|until|to|by|up\s+to)\s+(?:the\s+(?:year|end\s+of)\s+)?({YEAR}|{_FISCAL})(?!\d)", re.I
)
_YEAR = re.compile(rf"(?<![\d.,$])({YEAR}|{_FISCAL})(?![\d%])")
# "12.4%", "8.11 %", and the decimal comma of European pages ("CAGR 12,4 %": never a thousands comma).
_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d+|,\d{1,2})?)(?:\s?%|\sper\s?cent\b)", re.I)
# The gap after a sentence's stop: the spaces before a capital, or none where a capitalised word is glued on
# ("...in 2024.The firm"). The stop is matched, not looked behind at: the scan then jumps from stop to stop.
_SENTENCE_END = re.compile(r"[.!?](\s+)(?=[A-Z\"“(])|\.()(?=[A-Z][a-z]{2,}\s)")
# "W. R. Grace & Co.-Conn. (U.S.), Albemarle": a bracketed tag and a comma go on with the sentence.
_TAG_AFTER = re.compile(r"\([^()]{1,25}\)[,;]")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Inc|Ltd|Co|Corp|Cie|Cia|Bros|Pvt|Pte|Bhd|Sdn|Lda|Plc|Mr|Ms|Dr|St|Jr|Sr|vs|approx|est|No|Nos|Vol|Fig|Tech|Sci|Intl|Mfg|Ind|Chr)\."
    r"|(?:\b[A-Za-z]\.)+"  # initials and dotted abbreviations: "W.R.", "S.T.", "U.S.", "e.g."
    r"|\b(?:Yum|Yahoo)!)$"  # a brand's own mark: "Yum! Brands, Inc."
)

_NAME_JOINERS = frozenset({"and", "of", "the", "de", "du", "der", "für", "y", "e"})
_COMPANY_SUFFIX_END = re.compile(r"\b(?:Inc|Corp|Plc|Ltd|Co|A/S|S\.A|B\.V|N\.V|S\.p\.A|S\.r\.l|S\.L)\.$")

# The scale words an amount may end with, longest first, as one alternation: "billion|bn|b|..."
UNIT_WORDS = "|".join(sorted((re.escape(u) for u in vocab.MONEY_UNITS), key=len, reverse=True))
_SCALED_NUMBER = re.compile(rf"\d\+?\s?(?:{UNIT_WORDS})\b", re.I)
_CODES = "|".join(vocab.CURRENCY_CODES)
# Every other ISO 4217 code, as written in capitals ("LAK 6.1 trillion", "MMK 2.4 trillion"): in lower case many
# are words ("top 5 million", "all 3 billion")
_ISO_CODES = frozenset(currency.alpha_3 for currency in pycountry.currencies) - set(vocab.CURRENCY_CODES)
_CASED_CODES = "|".join(sorted(_ISO_CODES))
# "A$", "R$", "MX$": other countries' dollars, the longest prefix first as the vocabulary lists them
_DOLLAR_PREFIXES = "|".join(re.escape(k[:-1].upper()) for k in vocab.CURRENCY_WORDS if k.endswith("$") and k != "us$")
# Local papers' own abbreviations ("RM", "KSh", "Tk", "KD"), those that read as words only as written
_LOCAL_WORDS = "|".join(vocab.LOCAL_CURRENCY_WORDS)
_CASED_LOCAL_WORDS = "|".join(vocab.CASED_LOCAL_CURRENCY_WORDS)
_MONEY = re.compile(
    # a code glued to a key's year counts too ("Market Size in 2025USD 658.9 Mn"); Ghana's "GH₵"
    rf"(?P<cur>US\s?\$|(?<![A-Za-z])(?:{_DOLLAR_PREFIXES})\$"
    rf"|(?<![A-Za-z])(?:US\s+dollars?|{_CODES}|{_LOCAL_WORDS}|(?-i:{_CASED_LOCAL_WORDS}|{_CASED_CODES}))\b\.?"
    r"|(?<![A-Za-z])GH₵|(?<![\w/])S/(?=\s?\d)"  # Peru's sol: "S/ 842.6 million"
    # South Africa's rand, Nigeria's naira and Malaysia's ringgit, glued: "R41.2bn", "N1.86 trillion", "RM4.35 billion"
    r"|(?<![\w.&/-])(?-i:RM|[RN])(?=\d)"
    rf"|[{re.escape(vocab.CURRENCY_SIGNS)}])?\s?"
    # "1,345.2", and the spaced thousands of SI style ("USD 1 345.2 million"); "$7.75+ Billion": at least the amount
    # and a decimal comma ("USD 10,74 Bn"): a comma before one or two digits parts no thousands
    r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}(?!\d)|\d+(?:\.\d+)?)"
    r"\+?\s?"
    rf"(?P<unit>{UNIT_WORDS})\b\.?"
    rf"(?:\s?(?P<cur_after>{_CODES}|(?-i:{_CASED_CODES})\b|US\s+dollars?|dollars|euros?))?",
    re.I,
)


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


@dataclass(frozen=True)
class Money:
    value: float
    unit: str
    currency: str | None
    start: int  # character offsets within the sentence
    end: int


def split_sentences(text: str) -> list[str]:
    """Sentences of a block; abbreviations such as "Inc." do not end one."""
    if "." not in text and "!" not in text and "?" not in text:  # most blocks: a heading, an item, a row
        return [text.strip()] if text.strip() else []
    parts = _parts_between_stops(text)
    sentences: list[str] = []
    for index, part in enumerate(parts):
        if sentences and _goes_on(sentences[-1], parts, index):
            sentences[-1] = f"{sentences[-1]} {part}"
        else:
            sentences.append(part)
    return [s.strip() for s in sentences if s.strip()]


def _parts_between_stops(text: str) -> list[str]:
    """The text cut at each sentence-ending gap, each stop kept with the part it ends."""
    parts, start = [], 0
    for gap in _SENTENCE_END.finditer(text):
        group = 1 if gap.start(1) >= 0 else 2
        parts.append(text[start : gap.start(group)])
        start = gap.end(group)
    parts.append(text[start:])
    return parts


def _goes_on(previous: str, parts: Sequence[str], index: int) -> bool:
    """Whether ``parts[index]`` is still ``previous``'s sentence: after an abbreviation ("Inc."), unless a
    company's next sentence starts there, or when a bracketed tag and a comma follow ("Co.-Conn. (U.S.),
    Albemarle"). What follows is read on past the part: "Ltd. Henkel AG & Co." / "KGaA, the largest supplier,
    reported"."""
    if _ends_with_abbreviation(previous) and not _starts_after_company(previous, " ".join(parts[index : index + 3])):
        return True
    return _TAG_AFTER.match(parts[index]) is not None


def _ends_with_abbreviation(text: str) -> bool:
    # Only the tail can match; searching from there (not slicing) keeps word boundaries right.
    return _ABBREVIATIONS.search(text, max(0, len(text) - 12)) is not None


def _starts_after_company(previous: str, part: str) -> bool:
    """ "... and Baxter International Inc. ConvaTec Group plc reported ...": after a company's "Inc.", a
    capitalised word that is no further suffix ("Co. Ltd.", "Inc. (U.S.)") starts a new sentence when a
    verb-like lower-case word soon follows; "Inc. Kemper System, Firestone, ..." still lists names."""
    if not _COMPANY_SUFFIX_END.search(previous[-8:]) or part.lstrip().startswith("("):
        return False
    words = [w.strip(",.;:()") for w in part.split()[:9]]
    if not words or not words[0][:1].isupper() or words[0].lower() in vocab.LEGAL_SUFFIXES:
        return False
    return any(w.islower() and w not in vocab.LEGAL_SUFFIXES and w not in _NAME_JOINERS for w in words[1:])


def percentages(text: str) -> list[tuple[float, int, int]]:
    """(value, start, end) of every "12.5%", "12.5 %" or "12.5 percent" in the text."""
    return [(float(m.group(1).replace(",", ".")), m.start(), m.end()) for m in _PERCENT.finditer(text)]


def mentions_money(text: str) -> bool:
    """Whether the text may hold an amount: a number with a scale word. A cheap screen."""
    return _SCALED_NUMBER.search(text) is not None


def money_amounts(text: str) -> list[Money]:
    """Every amount with a scale word ("USD 1.2 billion", "$1,345.2 bn", "2.3 Billion")."""
    if not mentions_money(text):  # most sentences hold no amount: skip the full pattern
        return []
    amounts = []
    for m in _money_matches(text):
        unit_word = m.group("unit").lower()
        if len(unit_word) == 1 and not (m.group("cur") or m.group("cur_after")):
            continue  # "5 m" without a currency is a length, not money
        currency = _currency(m.group("cur") or m.group("cur_after"))
        number, start = m.group("num"), m.start()
        last_group = number.rpartition(" ")[2]
        if not m.group("cur") and last_group != number:  # "top 5 100 million": spaced thousands need a sign
            number, start = last_group, m.end("num") - len(last_group)
        decimal_comma = _DECIMAL_COMMA.fullmatch(number)
        value = float(number.replace(",", ".") if decimal_comma else number.replace(",", "").replace(" ", ""))
        unit = vocab.MONEY_UNITS[unit_word]
        if unit in vocab.INDIAN_SCALES:  # "INR 14,860 crore": 148,600 million, in the contract's scale words
            value, unit = round(value * vocab.INDIAN_SCALES[unit], 6), "million"
        amounts.append(Money(value, unit, currency, start, m.end()))
    return amounts


# The most a currency and its space take before an amount's digits: "US dollars 4.2 billion".
_CURRENCY_REACH = 24


def _money_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_MONEY.finditer`` finds, in a fraction of its time: the full pattern, with its hundreds of currency
    codes, is tried only just before each scaled number, never at every character of a long sentence."""
    searched_to = 0
    for scaled in _SCALED_NUMBER.finditer(text):
        if scaled.end() <= searched_to:
            continue
        digits_from = len(text[: scaled.start()].rstrip("0123456789., "))
        m = _MONEY.search(text, max(searched_to, digits_from - _CURRENCY_REACH))
        if m is None:
            return
        yield m
        searched_to = m.end()


def _currency(word: str | None) -> str | None:
    if not word:
        return None
    key = "".join(word.lower().split()).rstrip(".")  # "Rs. 9,870 crore"
    if key.startswith("us") and ("$" in key or "dollar" in key):
        return "USD"
    if key in ("dollar", "dollars"):
        return "USD"
    if key.startswith("euro"):
        return "EUR"
    if key.upper() in vocab.CURRENCY_CODES:
        return "CNY" if key.upper() == "RMB" else key.upper()
    if word.strip() in _ISO_CODES:
        return word.strip()
    return vocab.CURRENCY_WORDS.get(key)


def year_ranges(text: str) -> list[tuple[int, int, int]]:
    """(start_year, end_year, offset) of "2024-2030", "2024 to 2030", "2025 - 32"."""
    ranges = []
    for m in _RANGE.finditer(text):
        start = _year(m.group(1))
        end_raw = m.group(2)
        end = int(end_raw) if len(end_raw) == 4 else (start // 100) * 100 + int(end_raw)
        if start < end <= start + 30:
            ranges.append((start, end, m.start()))
    return ranges


def end_years(text: str) -> list[tuple[int, int]]:
    """(year, offset) of "through 2030", "by 2030", "until the year 2030"."""
    return [(_year(m.group(1)), m.start()) for m in _END_ONLY.finditer(text)]


def years(text: str) -> list[tuple[int, int]]:
    """(year, offset) of every plausible year."""
    return [(_year(m.group(1)), m.start()) for m in _YEAR.finditer(text)]


def _year(written: str) -> int:
    """ "2032", and a fiscal year's two digits: "FY32" is 2032."""
    digits = "".join(filter(str.isdecimal, written))
    return int(digits) if len(digits) == 4 else 2000 + int(digits)
