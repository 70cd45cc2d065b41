"""Named entities (persons, organisations, places) in Indonesian news, by a linear-chain CRF.

The model is trained from public corpora by `python -m etl.ner.train` and shipped beside this
file; it is loaded once, on first use, and never fetched at run time.

    >>> text = "Menlu Retno Marsudi tiba di Tokyo."
    >>> [(text[e.start:e.end], e.label) for e in recognise(text)]
    [('Retno Marsudi', 'PER'), ('Tokyo', 'LOC')]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycrfsuite

from etl.ner.corpora import spans
from etl.ner.features import sentence_features
from etl.ner.tokens import tokenize

MODEL = Path(__file__).parent / "model.crfsuite"


@dataclass(frozen=True, slots=True)
class Entity:
    """A name in a text: char offsets into the text (`text[start:end]`) and its type."""

    start: int
    end: int
    label: str  # "PER" | "ORG" | "LOC"


@cache
def _tagger(path: Path = MODEL) -> pycrfsuite.Tagger:
    """The model at `path`, opened once per process: opening it reads the whole file."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def tag_tokens(tokens: list[str], model: Path = MODEL) -> list[str]:
    """BIO tags for one tokenised sentence (the corpora's form, used to score the model)."""
    return _tagger(model).tag(sentence_features(tokens)) if tokens else []


def recognise(text: str, start: int = 0, end: int | None = None) -> list[Entity]:
    """The entities of one sentence, `text[start:end]`, with offsets into `text` itself."""
    tokens = tokenize(text, start, end)
    words = [token for token, _, _ in tokens]
    return [
        Entity(tokens[first][1], tokens[last - 1][2], label)
        for first, last, label in sorted(spans(tag_tokens(words)))
    ]


def recognise_spans(text: str, sentences: Iterable[tuple[int, int]]) -> list[Entity]:
    """The entities of many sentences of one text, given as (start, end) spans, in order."""
    return [entity for start, end in sentences for entity in recognise(text, start, end)]
