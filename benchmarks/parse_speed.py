"""Parse speed, measured in one run on the same pages three ways.

    python -m uv run python benchmarks/parse_speed.py [--rounds 7]

Pages: every page the project ships (the inbox, the test fixtures, the holdout set), plus
../shared/corpus/raw when it exists. For each group of pages (all, HTML, Markdown, 10-20 KB) prints
pages/s for our `parse_release`, for bare `BeautifulSoup(html, "lxml").get_text()` and for bare
`lxml.html.fromstring(html).text_content()`, and how many times faster each baseline is than ours.

The three methods run in alternation, round after round, and each keeps its median round: a
machine that slows down for a moment slows all three alike, so the ratios hold even when the
absolute figures wobble. Timings are CPU time of this one process (one core).
"""

import argparse
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import lxml.html
from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.inbox import PAGE_SUFFIXES  # noqa: E402
from pipelines.parse import parse_release  # noqa: E402

# A feed item saved alone (.xml) is one of the pages: the baseline reads it as HTML, as asked, without a warning.
warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)

PAGE_FOLDERS = (
    ROOT / "data" / "inbox",
    ROOT / "tests" / "fixtures" / "pages",
    ROOT / "benchmarks" / "holdout",
    ROOT.parent / "shared" / "corpus" / "raw",
)
METHODS: dict[str, Callable[[bytes], object]] = {
    "parse_release (ours)": parse_release,
    "BeautifulSoup(lxml) + get_text": lambda body: BeautifulSoup(body, "lxml").get_text(),
    "lxml.html + text_content": lambda body: lxml.html.fromstring(body).text_content(),
}


def load_pages() -> list[tuple[str, bytes]]:
    pages = (p for folder in PAGE_FOLDERS if folder.is_dir() for p in sorted(folder.iterdir()))
    return [(p.name, p.read_bytes()) for p in pages if p.suffix and p.suffix in PAGE_SUFFIXES]


def page_groups(named: list[tuple[str, bytes]]) -> dict[str, list[bytes]]:
    """The pages by format and size: the HTML parse is all a baseline does, so its cost depends on both."""
    groups = {
        "all pages": [body for _, body in named],
        "HTML pages": [body for name, body in named if name.endswith((".html", ".htm"))],
        "Markdown/text pages": [body for name, body in named if not name.endswith((".html", ".htm"))],
        "10-20 KB pages": [body for _, body in named if 10_000 <= len(body) <= 20_000],
    }
    return {name: pages for name, pages in groups.items() if pages}


def seconds_per_page(pages: list[bytes], work: Callable[[bytes], object]) -> float:
    started = time.process_time()
    for body in pages:
        work(body)
    return (time.process_time() - started) / len(pages)


def measure(pages: list[bytes], rounds: int) -> dict[str, float]:
    """Pages/s of each method: the median of `rounds` alternating rounds over all pages."""
    timings: dict[str, list[float]] = {name: [] for name in METHODS}
    for _ in range(rounds):
        for name, work in METHODS.items():
            timings[name].append(seconds_per_page(pages, work))
    return {name: 1 / statistics.median(values) for name, values in timings.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="alternating rounds per group (median kept)")
    args = parser.parse_args()
    groups = page_groups(load_pages())
    for _ in range(2):  # untimed rounds over every page: loaded tables, caches and a warm process are not parse time
        for work in METHODS.values():
            seconds_per_page(groups["all pages"], work)
    for group, pages in groups.items():
        rates = measure(pages, args.rounds)
        ours = rates["parse_release (ours)"]
        mean_kb = sum(map(len, pages)) / len(pages) / 1024
        print(f"\n{group}: {len(pages)} pages, mean {mean_kb:.1f} KB, median of {args.rounds} rounds, one core")
        print(f"{'method':<34} {'pages/s':>9} {'x ours':>8}")
        for name, rate in rates.items():
            print(f"{name:<34} {rate:>9.0f} {rate / ours:>8.2f}")


if __name__ == "__main__":
    main()
