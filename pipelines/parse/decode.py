"""Bytes to text: the first stage, and the one that refuses what is not text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import ftfy
from charset_normalizer import from_bytes
from confusable_homoglyphs import confusables

from pipelines.records import ParseFailure

_BINARY_CONTROL_SHARE = 0.05
# Release pages are 2-200 KB; anything far larger is a dump, an archive or an attack on the parser.
MAX_PAGE_BYTES = 5_000_000
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_GREEK_OR_CYRILLIC = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
# Characters that show nothing: soft hyphens and zero-width spaces break words ("Electro\u00adchromic") for
# every pattern that reads them.
_INVISIBLE = re.compile("[\u00ad\u034f\u200b\u200c\u2060\ufeff]")
# UTF-8 read as cp1252 and saved again ("NestlÃ©", "â€“", "â‚¬6.12 billion"): a lead byte's letter, then a
# continuation byte's.
_MOJIBAKE = re.compile(
    "[ÂÃâ][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
    "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.I)


def decode(content: bytes | str) -> str | ParseFailure:
    """Text of a page, or why it has none (empty, binary, undecodable)."""
    if len(content) > MAX_PAGE_BYTES:
        return ParseFailure(
            f"page too large: {len(content):,} bytes, over the {MAX_PAGE_BYTES:,} a release page can be"
        )
    if isinstance(content, bytes):
        if not content.strip():
            return ParseFailure("empty page: the body has no content")
        if content[:4] in (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"GIF8") or content[:3] == b"\xff\xd8\xff":
            return ParseFailure("binary page: the body is a PDF, image or archive, not HTML or Markdown")
        text = _bytes_to_text(content)
        if text is None:
            return ParseFailure("undecodable page: no text encoding fits the bytes")
    else:
        text = content
    text = text.replace("\x00", "")
    if not text.strip():
        return ParseFailure("empty page: the body has no content")
    sample = text[:4096]
    if len(_CONTROL_CHARS.findall(sample)) > _BINARY_CONTROL_SHARE * len(sample):
        return ParseFailure("binary page: the body is mostly control bytes, not text")
    if not text.isascii():
        if _MOJIBAKE.search(text):
            text = ftfy.fix_encoding(text)
        # Full-width "（2024）", "５．６４", "％" to their ASCII forms. Trade marks first: NFKC would glue "TM"
        # to the name ("MarketsandMarkets™" -> "MarketsandMarketsTM").
        text = unicodedata.normalize("NFKC", text.replace("™", "").replace("℠", "").replace("®", ""))
        text = without_invisibles(text)
    return fold_lookalikes(text)


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})  # "Ready‑to‑Drink" with non-breaking hyphens


def without_invisibles(text: str) -> str:
    """Invisible characters dropped ("&shy;", "&#8203;"), and hyphens that only keep a line unbroken made plain."""
    if text.isascii():
        return text
    text = _INVISIBLE.sub("", text)
    return text.translate(_HYPHENS) if "\u2010" in text or "\u2011" in text else text


def _bytes_to_text(content: bytes) -> str | None:
    """UTF-8 first, then the charset the page declares, then the detector's best guess."""
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(content[:4096])
    if declared:
        try:
            return content.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(content).best()
    return str(best) if best is not None else None


def fold_lookalikes(text: str) -> str:
    """Replace Cyrillic/Greek look-alikes by Latin letters inside mostly-Latin words: spam pages mix them
    into words ("Маrkеt", "Asia Ρacific") to dodge filters."""
    if text.isascii() or not _GREEK_OR_CYRILLIC.search(text):
        return text
    words = text.split(" ")
    for i, word in enumerate(words):
        if word.isascii() or not any("a" <= ch.lower() <= "z" for ch in word):
            continue
        words[i] = "".join(_latin_lookalike(ch) if _GREEK_OR_CYRILLIC.match(ch) else ch for ch in word)
    return " ".join(words)


@lru_cache(maxsize=512)
def _latin_lookalike(char: str) -> str:
    """The Latin letter Unicode's confusables table gives for a letter, in the same case; the letter itself
    when none looks like it. The table folds capital I into "l", so a capital that looks like "l" is "I"."""
    found = confusables.is_confusable(char, preferred_aliases=["latin"], greedy=True) or []
    letters = [h["c"] for f in found for h in f["homoglyphs"] if len(h["c"]) == 1 and "a" <= h["c"].lower() <= "z"]
    if char.isupper():
        letters = ["I" if c == "l" else c for c in letters]
    return next((c for c in letters if c.isupper() == char.isupper()), letters[0] if letters else char)
