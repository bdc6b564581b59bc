"""Frozen records passed between stages: the parse contract in Python form.

Parsing, normalising and loading all speak these types, so a field added here
is added everywhere at once. ``to_contract`` renders the JSON shape that the
``market-releases parse`` command prints and outside scripts rely on.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Cagr:
    value_pct: float
    start: int | None
    end: int | None
    scope: str | None = None  # None: the whole market; else "segment:X", "region:Y", "player:Z"
    snippet: str = ""


@dataclass(frozen=True)
class MarketSize:
    value: float
    unit: str | None  # thousand | million | billion | trillion | None
    currency: str | None
    year: int | None
    scope: str | None = None
    snippet: str = ""


@dataclass(frozen=True)
class Segment:
    dimension: str
    label: str
    parent: str | None = None


@dataclass(frozen=True)
class RegionMention:
    region: str
    countries: tuple[str, ...] = ()
    share_pct: float | None = None


@dataclass(frozen=True)
class Player:
    name: str


@dataclass(frozen=True)
class PlayerRevenue:
    player: str
    value: float
    unit: str | None
    currency: str | None
    snippet: str = ""


@dataclass(frozen=True)
class ReleaseFacts:
    title: str
    market: str
    publisher: str | None = None
    research_firm: str | None = None
    report_id: str | None = None
    published: str | None = None  # ISO date
    url: str | None = None  # canonical URL, tracking parameters stripped
    forecast_start: int | None = None
    forecast_end: int | None = None
    cagrs: tuple[Cagr, ...] = ()
    market_sizes: tuple[MarketSize, ...] = ()
    segments: tuple[Segment, ...] = ()
    regions: tuple[RegionMention, ...] = ()
    players: tuple[Player, ...] = ()
    player_revenues: tuple[PlayerRevenue, ...] = ()
    acronyms: tuple[tuple[str, str], ...] = ()  # (acronym, expansion) pairs the page defines
    links: tuple[str, ...] = field(default=(), repr=False)

    def to_contract(self) -> dict:
        """The ``release`` object of the parse contract (snippets and links left out)."""
        return {
            "title": self.title,
            "market": self.market,
            "publisher": self.publisher,
            "report_id": self.report_id,
            "forecast_start": self.forecast_start,
            "forecast_end": self.forecast_end,
            "cagrs": [_without(c, "snippet") for c in self.cagrs],
            "market_sizes": [_without(s, "snippet") for s in self.market_sizes],
            "segments": [asdict(s) for s in self.segments],
            "regions": [
                {"region": r.region, "countries": list(r.countries), "share_pct": r.share_pct} for r in self.regions
            ],
            "players": [{"name": p.name} for p in self.players],
            "player_revenues": [_without(r, "snippet") for r in self.player_revenues],
            "research_firm": self.research_firm,
            "published": self.published,
            "url": self.url,
            "acronyms": dict(self.acronyms),
        }


@dataclass(frozen=True)
class ParseFailure:
    """Why a page is not (or not yet) a release; it goes to quarantine with this reason."""

    reason: str


def _without(record: object, *names: str) -> dict:
    return {k: v for k, v in asdict(record).items() if k not in names}
