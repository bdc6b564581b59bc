"""Bytes to text: the first stage, and the one that refuses what is not text."""

from __future__ import annotations

import re
import unicodedata

from charset_normalizer import from_bytes

from pipelines.records import ParseFailure

# Cyrillic and Greek letters that look like Latin ones; spam pages mix them into
# words ("Маrkеt") to dodge filters. Only folded where they sit inside Latin words.
_LOOKALIKES = str.maketrans(
    {
        "А": "A",
        "В": "B",
        "Е": "E",
        "К": "K",
        "М": "M",
        "Н": "H",
        "О": "O",
        "Р": "P",
        "С": "C",
        "Т": "T",
        "Х": "X",
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "у": "y",
        "х": "x",
        "і": "i",
        "ј": "j",
        "ѕ": "s",
        "Ι": "I",
        "Ο": "O",
        "ο": "o",
        "Α": "A",
        "Β": "B",
        "Ε": "E",
    }
)
_BINARY_CONTROL_SHARE = 0.05
# Release pages are 2-200 KB; anything far larger is a dump, an archive or an attack on the parser.
MAX_PAGE_BYTES = 5_000_000
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_GREEK_OR_CYRILLIC = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
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
    if not text.isascii():  # full-width "（2024）", "５．６４", "％" to their ASCII forms
        # Trade marks first: NFKC would glue "TM" to the name ("MarketsandMarkets™" -> "MarketsandMarketsTM").
        text = unicodedata.normalize("NFKC", text.replace("™", "").replace("℠", "").replace("®", ""))
    return fold_lookalikes(text)


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
    """Replace Cyrillic/Greek look-alikes by Latin letters inside mostly-Latin words."""
    if text.isascii() or not _GREEK_OR_CYRILLIC.search(text):
        return text
    words = text.split(" ")
    for i, word in enumerate(words):
        if word.isascii() or not any("a" <= ch.lower() <= "z" for ch in word):
            continue
        folded = word.translate(_LOOKALIKES)
        if folded != word:
            words[i] = folded
    return " ".join(words)
