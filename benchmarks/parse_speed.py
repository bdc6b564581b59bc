"""Parse speed, measured in one run on the same pages three ways.

    python -m uv run python benchmarks/parse_speed.py [--seconds 3]

Pages: the shipped inbox and the test fixture pages, plus ../shared/corpus/raw when it exists. Prints pages/s
for our `parse_release`, for bare `BeautifulSoup(html, "lxml").get_text()` and for
bare `lxml.html.fromstring(html).text_content()`, and the ratios between them.
"""

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.parse import parse_release  # noqa: E402


def load_pages() -> list[tuple[str, bytes]]:
    folders = [
        ROOT / "data" / "inbox",
        ROOT / "tests" / "fixtures" / "pages",
        ROOT.parent / "shared" / "corpus" / "raw",
    ]
    pages = (p for folder in folders if folder.is_dir() for p in sorted(folder.iterdir()))
    return [(p.name, p.read_bytes()) for p in pages if p.suffix in (".html", ".md")]


def pages_per_second(pages: list[bytes], work: Callable[[bytes], object], seconds: float) -> float:
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for body in pages:
            work(body)
        done += len(pages)
    return done / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time spent on each method")
    args = parser.parse_args()
    named = load_pages()
    pages = [body for _, body in named]
    mean_kb = sum(map(len, pages)) / len(pages) / 1024
    print(f"{len(pages)} pages, mean {mean_kb:.1f} KB, {args.seconds:.0f} s per method, one core")
    methods = {
        "parse_release (ours)": lambda body: parse_release(body),
        "BeautifulSoup(lxml) + get_text": lambda body: BeautifulSoup(body, "lxml").get_text(),
        "lxml.html + text_content": lambda body: lxml.html.fromstring(body).text_content(),
    }
    rates = {name: pages_per_second(pages, work, args.seconds) for name, work in methods.items()}
    ours = rates["parse_release (ours)"]
    print(f"{'method':<34} {'pages/s':>9} {'ours is x slower':>17}")
    for name, rate in rates.items():
        print(f"{name:<34} {rate:>9.0f} {rate / ours:>17.2f}")


if __name__ == "__main__":
    main()
