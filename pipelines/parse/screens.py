"""Costly patterns behind cheap tests.

A page has a few hundred short texts, and most of the parser's patterns match in a handful of them. Python's
`re` tries a long case-insensitive alternation at every position of every text; a search for a few plain
words in the lower-cased text is several times cheaper. A `Screened` pattern runs only where it can match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping


class Screened:
    """A pattern that can only match a text holding one of ``needles`` once lower-cased, or opening with one of
    ``openings``. Each needle is a regex fragment, most a plain word; they are read off the pattern's alternatives,
    and a test checks on every shipped page that the screen never hides a match."""

    __slots__ = ("pattern", "_needles", "_openings")

    def __init__(self, pattern: re.Pattern[str], needles: Iterable[str], openings: Iterable[str] = ()) -> None:
        self.pattern = pattern
        self._needles = re.compile("|".join(needles))
        self._openings = tuple(openings)

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.pattern.groupindex

    def may_match(self, text: str) -> bool:
        lowered = text.lower()
        return self._needles.search(lowered) is not None or lowered.startswith(self._openings)

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self.pattern.search(text, *span) if self.may_match(text) else None

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return self.pattern.match(text, *span) if self.may_match(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, *span) if self.may_match(text) else iter(())
