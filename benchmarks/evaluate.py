"""Score the parse contract against a labelled corpus: per-field precision, recall and F1.

    python -m uv run python benchmarks/evaluate.py --labels LABELS.jsonl --pages DIR [--floors NAME]

LABELS is in the shape of `../shared/corpus/expected.jsonl` (one object per page, `file`
relative to DIR). Items are compared after case, punctuation and spacing are folded;
sizes match when their value in millions is within 0.5 % and currency and year agree;
players match with legal suffixes ignored. A page the parser quarantines misses all its
items. Scores are micro-averaged. With --floors, the run fails when a field falls below
the floor pinned for NAME in `benchmarks/accuracy_floors.json`.
"""

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.parse import parse_or_fail  # noqa: E402
from pipelines.parse.vocabulary import LEGAL_SUFFIXES  # noqa: E402
from pipelines.records import ParseFailure  # noqa: E402

FLOORS_FILE = Path(__file__).with_name("accuracy_floors.json")
FIELDS = (
    "market",
    "publisher",
    "research_firm",
    "report_id",
    "forecast_period",
    "cagrs",
    "market_sizes",
    "segments",
    "regions",
    "countries",
    "players",
)
_SCALE = {"thousand": 1e-3, "lakh": 0.1, "million": 1.0, "crore": 10.0, "billion": 1e3, "trillion": 1e6, None: 1.0}
_SUFFIX_WORDS = sorted((s.strip(".").lower() for s in LEGAL_SUFFIXES), key=len, reverse=True)


def fold(text: str | None) -> str:
    """Case, accents, punctuation and spacing folded: "Shin-Etsu  Chemical" == "shin etsu chemical"."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9%]+", " ", text.lower()).split())


def company(name: str) -> str:
    folded = fold(name)
    changed = True
    while changed:
        changed = False
        for suffix in _SUFFIX_WORDS:
            tail = " " + fold(suffix)
            if tail.strip() and folded.endswith(tail):
                folded, changed = folded[: -len(tail)].strip(), True
    return folded


def items(release: dict | None) -> dict[str, list]:
    """The comparable items of each field of one release (empty when quarantined)."""
    if not release:
        return {name: [] for name in FIELDS}
    scalar = lambda key: [fold(release.get(key))] if release.get(key) not in (None, "") else []  # noqa: E731
    period = (release.get("forecast_start"), release.get("forecast_end"))
    return {
        "market": scalar("market"),
        "publisher": scalar("publisher"),
        "research_firm": scalar("research_firm"),
        "report_id": scalar("report_id"),
        "forecast_period": [period] if any(period) else [],
        "cagrs": [
            (round(float(c["value_pct"]), 2), c.get("start"), c.get("end"), fold(c.get("scope")))
            for c in release.get("cagrs", [])
        ],
        "market_sizes": [
            (float(s["value"]) * _SCALE.get(s.get("unit"), 1.0), s.get("currency"), s.get("year"), fold(s.get("scope")))
            for s in release.get("market_sizes", [])
        ],
        "segments": [(fold(s["dimension"]), fold(s["label"])) for s in release.get("segments", [])],
        "regions": [fold(r["region"]) for r in release.get("regions", [])],
        "countries": [(fold(r["region"]), fold(c)) for r in release.get("regions", []) for c in r.get("countries", [])],
        "players": [company(p["name"] if isinstance(p, dict) else p) for p in release.get("players", [])],
    }


def matches(got: list, want: list, field_name: str) -> int:
    """True positives: multiset overlap; sizes match within 0.5 % of value."""
    if field_name != "market_sizes":
        return sum((Counter(got) & Counter(want)).values())
    left, hits = list(want), 0
    for value, currency, year, scope in got:
        for index, (w_value, w_currency, w_year, w_scope) in enumerate(left):
            close = abs(value - w_value) <= 0.005 * max(abs(w_value), 1e-9)
            if close and (currency, year, scope) == (w_currency, w_year, w_scope):
                hits += 1
                del left[index]
                break
    return hits


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, got: int, want: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + got - tp, self.fn + want - tp

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {name: Score() for name in FIELDS})
    misses: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Score:
        total = Score()
        for score in self.scores.values():
            total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
        return total


def evaluate(labels: Path, pages: Path) -> Report:
    report = Report()
    for line in labels.read_text().splitlines():
        label = json.loads(line)
        if label.get("status", "ok") != "ok":
            continue
        outcome = parse_or_fail((pages / label["file"]).read_bytes())
        got = items(None if isinstance(outcome, ParseFailure) else outcome.to_contract())
        want = items(label)
        for name in FIELDS:
            hits = matches(got[name], want[name], name)
            report.scores[name].add(hits, len(got[name]), len(want[name]))
            if hits < max(len(got[name]), len(want[name])):
                missing = list((Counter(want[name]) - Counter(got[name])).elements())
                extra = list((Counter(got[name]) - Counter(want[name])).elements())
                report.misses.append(f"{label['file']} {name}: missing {missing} extra {extra}")
        if isinstance(outcome, ParseFailure):
            report.misses.append(f"{label['file']}: quarantined ({outcome.reason})")
    return report


def render(report: Report, title: str) -> str:
    lines = [title, f"{'field':<16} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>10} {'recall':>8} {'F1':>6}"]
    for name, s in [*report.scores.items(), ("micro (all)", report.overall)]:
        lines.append(f"{name:<16} {s.tp:>5} {s.fp:>5} {s.fn:>5} {s.precision:>10.3f} {s.recall:>8.3f} {s.f1:>6.3f}")
    return "\n".join(lines)


def below_floors(report: Report, name: str) -> list[str]:
    floors = json.loads(FLOORS_FILE.read_text())[name]
    scores = {**report.scores, "micro": report.overall}
    return [
        f"{field_name}: F1 {scores[field_name].f1:.3f} < floor {floor}"
        for field_name, floor in floors.items()
        if scores[field_name].f1 < floor
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, required=True)
    parser.add_argument("--pages", type=Path, required=True)
    parser.add_argument("--floors", metavar="NAME", help="fail below the floors pinned for NAME")
    parser.add_argument("--misses", action="store_true", help="list every per-document miss")
    args = parser.parse_args()
    report = evaluate(args.labels, args.pages)
    print(render(report, f"{args.labels} ({args.pages})"))
    if args.misses and report.misses:
        print("\nmisses:\n  " + "\n  ".join(report.misses))
    if args.floors:
        failures = below_floors(report, args.floors)
        if failures:
            print("\nbelow the pinned floors:\n  " + "\n  ".join(failures))
            sys.exit(1)


if __name__ == "__main__":
    main()
