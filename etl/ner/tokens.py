"""A regex tokenizer that cuts a sentence the way the NER corpora are cut, with char offsets.

Punctuation is split off, but abbreviations (`Jl.`, `Dr.`, `S.H.`), initials (`S.`), numbers
(`13.00`, `4/4/12`, `1.500`), hyphenated and apostrophised names (`F-PAN`, `al-Assad`, `Ma'ruf`)
and web addresses (`kompas.com`) stay whole, since the model reads them as one word.
"""

from __future__ import annotations

import re
from functools import cache

from etl.lexicon import alternation, words


@cache
def _token_regex() -> re.Pattern[str]:
    """Built once: the abbreviations come from `etl/data/abbreviations.csv`."""
    abbreviations = alternation(words("abbreviations"))
    return re.compile(
        # the whole words with a mark inside or after them, tried only where a word has one
        r"(?=\w+[.,:/])(?:"
        rf"(?:{abbreviations})(?!\w)"  # a known abbreviation with its full stop
        r"|[A-Z]\.(?=\s+[A-Z])"  # an initial before a name: S. Jaishankar
        r"|[^\W\d_]+(?:\.[^\W\d_]+)*\.(?:com|id|net|org|co\.id)\b"  # kompas.com, detik.com
        r"|[^\W\d_]*\d+(?:[.,:/]\d+)+"  # 13.00, Rp1.500, 3,5, 20/3/2023
        r")"
        r"|\w+(?:[-'’]\w+)*"  # words, with inner hyphens and apostrophes
        r"|\.{2,}|-{2,}|…"  # ellipses and dashes as one mark
        r"|\S",  # any other mark, alone
    )


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Tokens of `text[start:end]` as (token, start, end), offsets into `text` itself."""
    return [
        (m.group(), m.start(), m.end())
        for m in _token_regex().finditer(text, start, len(text) if end is None else end)
    ]
