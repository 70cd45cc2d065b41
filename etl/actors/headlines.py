"""Headlines among an article's lines: title case and no closing full stop. There words are
capitalised by style, and a capitalised run there is no name by its capitals alone."""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[A-Za-z][\w'’-]*")
HEADLINE_MIN_WORDS = 4
HEADLINE_CAPITALISED = 0.7
LIST_ITEM = re.compile(r"\s*[•·▪]\s")


def headline_spans(text: str) -> list[tuple[int, int]]:
    """Lines in title case without a closing full stop (headlines, teasers, `… Sangat
    Penting!`, `Ada Apa?`): there `Makan Malam` is capitalised by style. A list item
    (`• Perdana Menteri Singapura Lawrence Wong`) is a name written out, not a headline."""
    return [line.span() for line in re.finditer(r"[^\n]+", text) if _is_headline(line.group())]


def in_headline(text: str, offset: int) -> bool:
    """Whether the line holding the offset is a headline."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return _is_headline(text[start : end if end >= 0 else len(text)])


@lru_cache(maxsize=4096)
def _is_headline(line: str) -> bool:
    """Cached: `in_headline` asks it of the same line for every name run the line holds."""
    if LIST_ITEM.match(line):
        return False
    tokens = WORD.findall(line)
    return (
        not line.rstrip().endswith((".", "”", '"'))
        and len(tokens) >= HEADLINE_MIN_WORDS
        and sum(t[0].isupper() for t in tokens) >= HEADLINE_CAPITALISED * len(tokens)
    )
