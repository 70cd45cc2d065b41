"""Loading the ETL's language tables (`etl/data/*.csv`): titles, countries, organisations, triggers.

The tables are the knowledge; this module only reads them once and builds the regexes over them.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

DATA_DIR = Path(__file__).parent / "data"


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `etl/data/<name>.csv` as dicts; blank cells read as empty strings."""
    with (DATA_DIR / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        return tuple({k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh))


@cache
def words(name: str) -> frozenset[str]:
    """The first column of a one-column table, as a set."""
    return frozenset(next(iter(row.values())) for row in table(name))


NOT_MINISTRIES = frozenset({"Besar", "Negara", "Sekretaris Negara"})
"""`Menteri Besar` heads a Malaysian state, `Menteri Negara` is a rank, and the state secretary's
ministry is a `Kementerian Sekretariat Negara`: no `Kementerian` of their words."""


def ministries(titles: Iterable[str]) -> set[str]:
    """The ministry of each minister's title (`Menteri Pertanian` → `Kementerian Pertanian`),
    which the tables leave to the titles."""
    found = set()
    for phrase in titles:
        head, _, portfolio = phrase.partition(" ")
        if head == "Menteri" and portfolio and portfolio not in NOT_MINISTRIES:
            found.add(f"Kementerian {portfolio}")
    return found


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, so the longest phrase wins at a position."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in unique)


LEADING = "(“\"‘'—–"
CLOSING = ',;:)]}”"!?…'


@dataclass(frozen=True, slots=True)
class Hit:
    """A phrase found in a text; it answers `start()`, `end()` and `group()` as a regex match
    does, so that rules read the same whichever way a word was found."""

    begin: int
    finish: int
    text: str
    kind: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text


class PhraseMatcher:
    """The longest known phrase starting at each word of a text, and its kind.

    Phrases are filed by their first word; a text is read word by word and only the phrases
    filed under a word are compared. One regex alternation of hundreds of phrases, tried at
    every word, costs far more on a long archive. Under a first word shared by a hundred phrases
    (`Republik`, `Kol`), they are filed again by the first letter of their second word
    (`_by_next`), so that a word is compared only to those that its next word could continue.
    """

    def __init__(self, phrases: Iterable[tuple[str, str, bool]]) -> None:
        self._by_first: dict[str, list[_Phrase]] = {}
        for phrase, kind, fold_case in phrases:
            tokens = tuple(t.casefold() if fold_case else t for t in phrase.split())
            self._by_first.setdefault(_first_word(tokens[0]), []).append(
                _Phrase(tokens, list(tokens[1:-1]), kind, fold_case)
            )
        for candidates in self._by_first.values():
            candidates.sort(key=lambda c: -sum(len(t) + 1 for t in c.tokens))
        self._by_next = {key: _by_next(candidates) for key, candidates in self._by_first.items()}

    def hits(self, words: Words) -> list[Hit]:
        """Every longest match as a Hit, left to right."""
        return [Hit(s, e, words.text[s:e], kind) for s, e, kind in self.find(words)]

    def find(self, words: Words) -> list[tuple[int, int, str]]:
        """(start, end, kind) of every longest match, left to right, without overlaps."""
        found: list[tuple[int, int, str]] = []
        next_free = 0
        by_next, folded = self._by_next, words.folded
        last = len(folded) - 1
        for i, key in enumerate(words.keys):
            if i < next_free or key not in by_next:
                continue
            singles, continued = by_next[key]
            for phrase in continued.get(folded[i + 1][:1], singles) if i < last else singles:
                end = _match_phrase(words, i, phrase)
                if end is not None:
                    found.append((words.core_start(i), end, phrase.kind))
                    next_free = i + len(phrase.tokens)
                    break
        return found


def _by_next(
    candidates: list[_Phrase],
) -> tuple[list[_Phrase], dict[str, list[_Phrase]]]:
    """The one-word phrases among candidates, and by each first letter of a second word the
    candidates that a word so beginning (case folded) could continue, in their order."""
    singles = [c for c in candidates if len(c.tokens) == 1]
    letters = {_second_letter(c) for c in candidates if len(c.tokens) > 1}
    continued = {
        letter: [c for c in candidates if len(c.tokens) == 1 or _second_letter(c) == letter]
        for letter in letters
    }
    return singles, continued


def _second_letter(phrase: _Phrase) -> str:
    """What the case-folded word after a phrase's first must start with for it to match: a
    phrase of more words matches only where that word starts with its second (`_match_phrase`),
    compared case folded or as written."""
    second = phrase.tokens[1]
    return (second if phrase.fold_case else second.casefold())[:1]


class _Phrase(NamedTuple):
    """A phrase as matched: its words (case-folded when it matches in any case), the ones
    between its first and its last as a list (compared to the text's in one step), its kind."""

    tokens: tuple[str, ...]
    middle: list[str]
    kind: str
    fold_case: bool


class Words(NamedTuple):
    """The whitespace-separated words of a text: where each starts, its text, its filing key.
    Read once per article (`words_of`), shared by every phrase matcher."""

    text: str
    starts: list[int]
    texts: list[str]
    keys: list[str]
    cores: list[str]
    folded: list[str]
    folded_cores: list[str]

    def core(self, i: int) -> str:
        return self.cores[i]

    def core_start(self, i: int) -> int:
        return self.starts[i] + len(self.texts[i]) - len(self.cores[i])


def words_of(text: str) -> Words:
    """The words of a text, with their offsets and filing keys, and their case-folded forms
    read once for every matcher. `str.split` cuts where `\\S+` does (both at `str.isspace`),
    faster; each word is then found from where the one before it ended."""
    texts = text.split()
    starts = []
    at = 0
    for token in texts:
        at = text.find(token, at)
        starts.append(at)
        at += len(token)
    cores = [t.lstrip(LEADING) for t in texts]
    folded_cores = [c.casefold() for c in cores]
    return Words(
        text,
        starts,
        texts,
        [f.rstrip(CLOSING).rstrip(".") for f in folded_cores],
        cores,
        [f if c is t else t.casefold() for t, c, f in zip(texts, cores, folded_cores, strict=True)],
        folded_cores,
    )


def _first_word(core: str) -> str:
    """A word as filed: case folded, closing punctuation off (`China,` → `china`)."""
    return core.rstrip(CLOSING).casefold().rstrip(".")


def _match_phrase(words: Words, i: int, phrase: _Phrase) -> int | None:
    """Where a phrase ends if its words stand at word i; None if they do not. The first word
    is compared without its leading punctuation, the last one as a prefix that no word
    character follows (`China,` for `China`, not `Chinanya`)."""
    tokens, fold_case = phrase.tokens, phrase.fold_case
    n = len(tokens)
    if i + n > len(words.texts):
        return None
    last = tokens[-1]
    if n == 1:
        word = words.cores[i]
        if not (words.folded_cores[i] if fold_case else word).startswith(last):
            return None
        start = words.core_start(i)
    else:
        if (words.folded_cores[i] if fold_case else words.cores[i]) != tokens[0]:
            return None
        inner = words.folded if fold_case else words.texts
        if n > 2 and inner[i + 1 : i + n - 1] != phrase.middle:
            return None
        word = words.texts[i + n - 1]
        if not inner[i + n - 1].startswith(last):
            return None
        start = words.starts[i + n - 1]
    rest = word[len(last) : len(last) + 1]
    if rest and (rest.isalnum() or rest in "_-"):
        return None
    return start + len(last)
