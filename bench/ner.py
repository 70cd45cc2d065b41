"""Benchmark: etl.ner's `recognise` against `search_dates`, on the same texts in one run.

    python bench/ner.py [--rounds 5]

The texts are the real articles of ../shared/gold (dev.jsonl and dev2.jsonl, field `text`), read
at run time and not copied here. `recognise` tags each of their sentences (`etl.text` spans);
`search_dates(text, languages=["id"])` reads each whole text. Prints words per second of both,
words being the tokens of `etl.ner.tokens`, and their ratio.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from dateparser.search import search_dates  # noqa: E402

from etl.ner import recognise_spans  # noqa: E402
from etl.ner.tokens import tokenize  # noqa: E402
from etl.text import split_sentences  # noqa: E402

GOLD = REPO.parent / "shared" / "gold"


def articles() -> list[str]:
    """Texts of the gold dev articles."""
    return [
        json.loads(line)["text"]
        for name in ("dev.jsonl", "dev2.jsonl")
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _seconds(texts: list[str], run: Callable[[str], object], rounds: int) -> float:
    """The fastest of `rounds` passes over the texts: the least disturbed by the other load."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for text in texts:
            run(text)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="passes over the texts (default 5)")
    args = parser.parse_args()
    texts = articles()
    spans = {text: [(s.start, s.end) for s in split_sentences(text)] for text in texts}
    words = sum(len(tokenize(text, *span)) for text in texts for span in spans[text])
    print(f"corpus: {len(texts)} articles, {words} words in sentences")
    recognise_spans(texts[0], spans[texts[0]])  # loads the model
    search_dates(texts[0], languages=["id"])
    ours = words / _seconds(texts, lambda t: recognise_spans(t, spans[t]), args.rounds)
    theirs = words / _seconds(texts, lambda t: search_dates(t, languages=["id"]), args.rounds)
    print(f"etl.ner       {ours:10.0f} words/s  ({ours * len(texts) / words:6.1f} articles/s)")
    print(f"search_dates  {theirs:10.0f} words/s  ({theirs * len(texts) / words:6.1f} articles/s)")
    print(f"ratio         {ours / theirs:10.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
