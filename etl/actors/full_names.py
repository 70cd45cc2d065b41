"""Names written out fuller than the lexicon reads them: a known figure's fuller name around
its table form (`Mohamed Khaled Nordin`), and a Malay father's name after an honorific inside a
son's (`Hishammuddin Tun Hussein`)."""

from __future__ import annotations

from etl.actors.headlines import in_headline
from etl.actors.model import _Chunk
from etl.actors.vocabulary import _stemmer, is_common_word

FAMILY_REST_WORDS = 2
PATRONYMIC_HONORIFICS = frozenset({"Tun", "Tan Sri", "Datuk", "Dato'", "Dato", "Datuk Seri"})


def _fuller_figures(
    text: str, lexicon: list[_Chunk], names: list[_Chunk]
) -> tuple[list[_Chunk], list[_Chunk]]:
    """`Mohamed Khaled Nordin`, `Kay Rala Xanana Gusmao`: a short name run right before a known
    figure's name (`Khaled Nordin`) is the figure's fuller name, one person, not two; so is a
    short one right after it."""
    ends = {c.end: c for c in names if " " not in c.value or _family_rest(text, c)}
    starts = {c.start: c for c in names if _family_rest(text, c)}
    fuller = {
        id(c): ends[c.start - 1]
        for c in lexicon
        if c.kind == "name" and c.start - 1 in ends and text[c.start - 1] == " "
    }
    rest = {
        id(c): starts[c.end + 1]
        for c in lexicon
        if c.kind == "name" and c.end + 1 in starts and text[c.end] == " "
    }
    if not fuller and not rest:
        return lexicon, names
    joined = {id(first) for first in fuller.values()} | {id(last) for last in rest.values()}
    widened = []
    for c in lexicon:
        start = fuller[id(c)].start if id(c) in fuller else c.start
        end = rest[id(c)].end if id(c) in rest else c.end
        widened.append(
            _Chunk(start, end, c.kind, text[start:end]) if (start, end) != (c.start, c.end) else c
        )
    return widened, [c for c in names if id(c) not in joined]


def _family_rest(text: str, chunk: _Chunk) -> bool:
    """`Tony Tan Kang Yam`: one or two words of no dictionary, outside a headline, right after
    a known figure's name are the rest of the figure's name."""
    words = chunk.value.split()
    return (
        chunk.kind == "name"
        and len(words) <= FAMILY_REST_WORDS
        and not any(is_common_word(w) for w in words)
        and not in_headline(text, chunk.start)
    )


def _patronymics(text: str, chunks: list[_Chunk]) -> list[_Chunk]:
    """`Hishammuddin Tun Hussein`, `Mukhriz Tun Mahathir`: a Malay honorific between two words
    of a name is the father's, inside the son's name, not a rank opening another person (after
    a portfolio's word it opens the holder's name)."""
    if not any(c.kind == "rank" and c.value in PATRONYMIC_HONORIFICS for c in chunks):
        return chunks
    merged: list[_Chunk] = []
    k = 0
    while k < len(chunks):
        c = chunks[k]
        if (
            k + 2 < len(chunks)
            and c.kind == "name"
            and not _portfolio_word(c.value.split()[0])
            and chunks[k + 1].kind == "rank"
            and chunks[k + 1].value in PATRONYMIC_HONORIFICS
            and chunks[k + 2].kind == "name"
            and not text[c.end : chunks[k + 1].start].strip()
            and not text[chunks[k + 1].end : chunks[k + 2].start].strip()
        ):
            end = chunks[k + 2].end
            merged.append(_Chunk(c.start, end, "name", text[c.start : end]))
            k += 3
            continue
        merged.append(c)
        k += 1
    return merged


def _portfolio_word(word: str) -> bool:
    """`Menteri Pelancongan, Seni dan Budaya Datuk Seri Tiong King Sing`: a dictionary word
    before an honorific ends the post's portfolio; a son's own name is no such word."""
    return word.lower() in _stemmer()[1] or is_common_word(word)
