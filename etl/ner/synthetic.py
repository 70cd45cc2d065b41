"""Sentences in the pattern of news, made from templates and names, to train the model on.

The corpora are encyclopaedic (NERGrit) or lower-cased (NER-P); news says `Menteri Luar Negeri
Prancis Catherine Colonna tiba di …`, a title, a country and a name in a row, which neither
shows often. The templates are written for this project; the slots take the names of the
project's tables and the person and place names of the corpora's train splits.
"""

from __future__ import annotations

import random
import re

from etl.lexicon import table
from etl.ner.corpora import Sentence, spans
from etl.ner.features import organisations, titles
from etl.ner.tokens import tokenize

TEMPLATES = (
    "{title} {country} {per} tiba di {loc} pada {day} .",
    "{per} bertemu {title} {country} {per} di {loc} .",
    "{title} {per} mengatakan {org} akan membahas masalah itu .",
    "Menurut {per} , {org} sudah menerima laporan dari {loc} .",
    "{org} memanggil {per} ke {loc} , {day} .",
    "{title} {org} {per} menemui {per} di {loc} .",
    "Kunjungan {per} ke {loc} disambut {title} {country} {per} .",
    "{per} , {title} {org} , menyebut {country} siap bekerja sama .",
    "Delegasi {org} dipimpin {per} berangkat ke {country} , {day} malam .",
    "{title} {per} dan {per} membuka pertemuan di {loc} .",
    "Pertemuan itu dihadiri perwakilan {org} dan {org} .",
    "Dalam kunjungan ke {loc} , {per} didampingi {title} {per} .",
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
NAME_WORD = re.compile(r"[A-Z][\w'’.-]*|[a-z]{1,3}")
"""A word of a name as news writes it: capitalised, or a short particle (`bin`, `al`, `de`)."""
SLOTS = {"per": "PER", "org": "ORG", "loc": "LOC", "country": "LOC"}


def _names(sentences: list[Sentence], label: str) -> list[str]:
    """Distinct names of one type in corpus sentences, written as they stand."""
    return sorted(
        {
            " ".join(tokens[first:last])
            for tokens, tags in sentences
            for first, last, kind in spans(tags)
            if kind == label and all(NAME_WORD.fullmatch(t) for t in tokens[first:last])
        }
    )


def news_sentences(corpus: list[Sentence], count: int, seed: int = 0) -> list[Sentence]:
    """`count` tagged sentences from the templates, names drawn from `corpus` and the tables."""
    rng = random.Random(seed)
    fill = {
        "per": _names(corpus, "PER"),
        "loc": _names(corpus, "LOC"),
        "org": sorted({*organisations(), *_names(corpus, "ORG")}),
        "country": sorted(
            {row["alias"] for row in table("countries") if row["as_state"] == "always"}
        ),
        "title": list(titles()),
        "day": list(DAYS),
    }
    made: list[Sentence] = []
    for _ in range(count):
        tokens: list[str] = []
        tags: list[str] = []
        for part in rng.choice(TEMPLATES).split():
            slot = part[1:-1] if part.startswith("{") else ""
            words = [t for t, _, _ in tokenize(rng.choice(fill[slot]))] if slot else [part]
            label = SLOTS.get(slot)
            tokens += words
            tags += [
                f"{'B' if i == 0 else 'I'}-{label}" if label else "O" for i in range(len(words))
            ]
        made.append((tokens, tags))
    return made
