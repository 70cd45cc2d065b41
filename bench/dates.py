"""Benchmark: etl.dates against dateparser's `search_dates`, on the same texts in one run.

    python bench/dates.py [--texts 2000] [--seed 7]

The corpus is made at run time from the sample articles of ../shared (seeds and gold/dev.jsonl):
each text is one article with its sentences shuffled and its numbers (days, months, years, counts)
swapped, so nothing of the articles is copied here. Prints texts per second for both and their
ratio, then the recall of each on the labelled expressions (the project's table and the Indonesian
cases of dateparser's own tests), with dates given where the label is coarser (false precision).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from dateparser.search import search_dates  # noqa: E402

from etl.dates import find_time_expressions  # noqa: E402
from etl.dates.__main__ import resolved  # noqa: E402
from etl.dates.scoring import Found, read_cases, score  # noqa: E402

SHARED = REPO.parent / "shared"
TABLE = REPO / "tests" / "data" / "date_expressions.jsonl"
EVAL_CASES = SHARED / "eval" / "dateparser-id-cases.jsonl"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
NUMBER = re.compile(r"\d+")


def sample_articles() -> list[tuple[str, date]]:
    """(text, publication date) of the seeds and the dev articles, read from ../shared."""
    articles = [
        (path.read_text(encoding="utf-8"), date(2023, 4, 17))
        for path in sorted((SHARED / "seeds").glob("*.txt"))
    ]
    gold = {
        row["id"]: row["published"]
        for row in map(json.loads, (SHARED / "gold" / "dev.gold.jsonl").read_text().splitlines())
    }
    for row in map(json.loads, (SHARED / "gold" / "dev.jsonl").read_text().splitlines()):
        articles.append((row["text"], date.fromisoformat(gold[row["id"]])))
    return articles


def _swap_number(rng: random.Random, digits: str) -> str:
    if len(digits) == 4 and digits[:2] in ("19", "20"):
        return str(rng.randint(2010, 2025))
    if len(digits) <= 2:
        return str(rng.randint(1, 28))
    return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))


def make_corpus(n: int, seed: int) -> list[tuple[str, date]]:
    """`n` texts: sample articles with shuffled sentences and swapped numbers."""
    rng = random.Random(seed)
    articles = sample_articles()
    corpus = []
    for _ in range(n):
        text, anchor = rng.choice(articles)
        sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
        rng.shuffle(sentences)
        varied = NUMBER.sub(lambda m: _swap_number(rng, m.group()), " ".join(sentences))
        corpus.append((varied, anchor))
    return corpus


def dateparser_found(text: str, anchor: date | None, previous: date | None = None) -> list[Found]:
    """What `search_dates` resolves, as day intervals: it has no other precision."""
    settings = {"RELATIVE_BASE": datetime.combine(anchor, datetime.min.time())} if anchor else {}
    hits = search_dates(text, languages=["id"], settings=settings) or []
    return [(d.date(), d.date(), "day") for _, d in hits]


def _throughput(corpus: list[tuple[str, date]], run: object) -> float:
    started = time.perf_counter()
    for text, anchor in corpus:
        run(text, anchor)  # type: ignore[operator]
    return len(corpus) / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=2000, help="corpus size (default 2000)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    corpus = make_corpus(args.texts, args.seed)
    size = sum(len(t) for t, _ in corpus) / len(corpus)
    print(f"corpus: {len(corpus)} texts, {size:.0f} characters on average")
    find_time_expressions(corpus[0][0], corpus[0][1])
    dateparser_found(corpus[0][0], corpus[0][1])
    ours = _throughput(corpus, find_time_expressions)
    theirs = _throughput(corpus, dateparser_found)
    print(f"etl.dates     {ours:10.1f} texts/s")
    print(f"search_dates  {theirs:10.1f} texts/s")
    print(f"ratio         {ours / theirs:10.1f}x")
    for label, path in (("table", TABLE), ("dateparser-id", EVAL_CASES)):
        if not path.exists():
            continue
        cases = read_cases(path)
        for name, resolve in (("etl.dates", resolved), ("search_dates", dateparser_found)):
            s = score(cases, resolve)
            print(
                f"{label:14} {name:13} recall {s.recall:6.1%} ({s.found}/{s.expected})  "
                f"false precision {s.false_precision:3}  spurious {s.spurious:3}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
