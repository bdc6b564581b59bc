"""Folding names to one spelling, shared by the company and market normalisers.

Pages write the same name with accents, look-alike letters from other scripts (Cyrillic "Маrkеt"),
trademark signs, "&" or "and", hyphens or spaces; a folded name keeps only what tells names apart.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


def to_ascii(text: str) -> str:
    """ASCII with case and punctuation kept, for readers that need them (cleanco reads "S.A.B.").

    Symbols (™, ®, ©) are dropped first: anyascii would spell them out and glue them to the name
    ("Bluetooth™" -> "BluetoothTM").
    """
    if text.isascii():  # most names: no symbol to drop, nothing to spell
        return text
    return anyascii("".join(char for char in text if unicodedata.category(char) != "So"))


def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces; "&" reads "and".

    Apostrophes vanish rather than split a word, so "Moody's" and "Moodys" fold alike.
    """
    text = to_ascii(text).lower().replace("&", " and ").replace("'", "")
    return " ".join(_NOT_ALPHANUMERIC.sub(" ", text).split())


def without_sentence_stop(name: str) -> str:
    """ "Ireland." ends a sentence; "U.S." keeps its dots."""
    return name[:-1] if name.endswith(".") and name.count(".") == 1 else name
