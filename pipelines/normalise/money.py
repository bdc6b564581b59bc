"""Every size in USD millions: scale words applied, other currencies converted, guesses flagged.

Rates come from the editable seed `warehouse/seeds/fx_usd_yearly.csv` (USD per unit, one
approximate, rounded annual average per currency and year; what the numbers are and how to review
them: `warehouse/seeds/README.md`). A year outside the table uses the nearest year the table has,
flagged; a size whose sentence gives no currency is taken as USD, flagged.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FX_CSV = Path(__file__).resolve().parents[2] / "warehouse" / "seeds" / "fx_usd_yearly.csv"
MILLIONS_PER_UNIT = {"thousand": 1e-3, "million": 1.0, "billion": 1e3, "trillion": 1e6, None: 1e-6}

Rates = Mapping[tuple[str, int], float]


@dataclass(frozen=True)
class UsdMillions:
    value: float | None  # None only when the currency has no rate at all
    rule: str | None  # "converted" when another currency was converted
    flag: str | None  # currency_missing_assumed_usd, fx_nearest_year, no_fx_rate


def to_usd_millions(
    value: float, unit: str | None, currency: str | None, year: int | None, rates: Rates | None = None
) -> UsdMillions:
    """ "EUR 2.3 billion in 2023" -> 2.3 * 1000 * 1.0813 USD millions (rule "converted")."""
    millions = value * MILLIONS_PER_UNIT.get(unit, 1e-6)
    if currency in (None, "USD"):
        return UsdMillions(millions, None, None if currency else "currency_missing_assumed_usd")
    table = load_rates() if rates is None else rates
    years = sorted(y for c, y in table if c == currency)
    if not years:
        return UsdMillions(None, None, "no_fx_rate")
    rate_year = year if year in years else min(years, key=lambda y: (abs(y - (year or years[-1])), -y))
    flag = None if rate_year == year else "fx_nearest_year"
    return UsdMillions(millions * table[(currency, rate_year)], "converted", flag)


@lru_cache(maxsize=1)
def load_rates() -> dict[tuple[str, int], float]:
    with FX_CSV.open(newline="", encoding="utf-8") as handle:
        return {(row["currency"], int(row["year"])): float(row["usd_per_unit"]) for row in csv.DictReader(handle)}
