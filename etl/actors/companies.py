"""Companies named by their legal form: `PT Pertamina`, `PT Freeport Indonesia`, `PT Kereta Api
Indonesia (Persero)`. Without this reading a post's holder after the company (`Direktur Utama PT
Pindad Abraham Mose`) ran into the company's name, or the name after `PT` passed for a person's."""

from __future__ import annotations

import re
from bisect import bisect_left

from etl.actors.model import _Chunk
from etl.actors.vocabulary import is_common_word
from etl.dictionary import _stemmer

COMPANY = re.compile(r"(?<![\w.])(?:PT|CV|Perum)\.?[ \u00a0]+(?=[A-Z])")
WORD = re.compile(r"[ \u00a0]*([A-Z][\w&'’.-]*|\([A-Z][\w ]{1,12}\))")
LISTED = frozenset({"Tbk", "Tbk.", "(Persero)", "(Tbk)", "Persero"})
"""What follows a company's name as its legal status (`Tbk`, `(Persero)`)."""
ACRONYM = re.compile(r"[A-Z]{2,5}")


def company_chunks(text: str, lexicon: list[_Chunk]) -> list[_Chunk]:
    """The companies of the text as organisations. After the legal form the first word is the
    company's own name (or a body the tables know, whole); then acronyms (`PT Bank BRI`),
    dictionary words (`PT Kereta Api`) and a state that closes the name (`… Indonesia`),
    with the listing status after it; the first other capitalised word, or a post the tables
    know, starts what follows (`PT Pertamina Nicke Widyawati`)."""
    if "PT" not in text and "CV" not in text and "Perum" not in text:
        return []
    starts = [c.start for c in lexicon]
    found: list[_Chunk] = []
    for m in COMPANY.finditer(text):
        end = _company_end(text, m.end(), lexicon, starts)
        if end > m.end():
            found.append(_Chunk(m.start(), end, "org", text[m.start() : end]))
    return found


def _company_end(text: str, at: int, lexicon: list[_Chunk], starts: list[int]) -> int:
    roots = _stemmer()[1]
    end, first, closed = at, True, False
    while (word := WORD.match(text, end)) is not None:
        value = word.group(1)
        known = _chunk_at(lexicon, starts, word.start(1))
        if closed and value not in LISTED:
            break
        if known is not None and known.kind == "title":
            break
        if known is not None and known.kind == "country" and not first:
            end, closed = known.end, True
            continue
        if first and known is not None and known.kind == "org":
            end, first = known.end, False
            continue
        company_word = (
            first
            or value in LISTED
            or ACRONYM.fullmatch(value) is not None
            or value.lower() in roots
            or is_common_word(value)
        )
        if not company_word:
            break
        end, first = word.end(1), False
    return end


def _chunk_at(lexicon: list[_Chunk], starts: list[int], start: int) -> _Chunk | None:
    k = bisect_left(starts, start)
    return lexicon[k] if k < len(starts) and starts[k] == start else None
