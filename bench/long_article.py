"""One very long article through `extract_article`: seconds for 490 kB and 4.9 MB, and their ratio.

    .venv/bin/python bench/long_article.py [--small 490000] [--profile]

The article is the texts of ../shared/gold/dev2.jsonl and dev.jsonl concatenated until it is long
enough (built in memory, never written). Linear time gives a ratio near 10; the target is ≤ 15×.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from etl.pipeline import extract_article  # noqa: E402
from etl.records import Article  # noqa: E402

GOLD = REPO.parent / "shared" / "gold"


def long_text(n_chars: int) -> str:
    """The development texts, one paragraph block after another, repeated up to n_chars."""
    texts = []
    for name in ("dev2.jsonl", "dev.jsonl"):
        with (GOLD / name).open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    pieces: list[str] = []
    length = 0
    while length < n_chars:
        for text in texts:
            pieces.append(text)
            length += len(text) + 2
            if length >= n_chars:
                break
    return "\n\n".join(pieces)[:n_chars]


def seconds(n_chars: int, profile: bool = False) -> float:
    article = Article("long", "bench", long_text(n_chars), published=date(2023, 4, 17))
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    extract_article(article)
    if profiler is not None:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=490_000, help="characters of the short one")
    parser.add_argument("--profile", action="store_true", help="profile the short one only")
    args = parser.parse_args()
    seconds(5_000)  # loads the tables and models, so that neither figure includes it
    if args.profile:
        seconds(args.small, profile=True)
        return
    small = seconds(args.small)
    large = seconds(args.small * 10)
    print(f"{args.small / 1000:.0f} kB: {small:.1f} s")
    print(f"{args.small * 10 / 1000:.0f} kB: {large:.1f} s")
    print(f"ratio: {large / small:.1f}× for 10× the text (target ≤ 15×)")


if __name__ == "__main__":
    main()
