"""Where a title's words end and its holder's name begins, when countries, bodies, ranks and
glosses stand between them (`Panglima Komando Pasifik AS Laksamana Samuel Locklear`)."""

from __future__ import annotations

import itertools
import re

from etl.actors.headlines import in_headline
from etl.actors.model import _Chunk
from etl.actors.vocabulary import ROMAN, _local_place, _stemmer, is_common_word
from etl.text import FRONTED_CLAUSE

OPENING_REACH = 200
"""How far back a title's sentence opening is looked for (a fronted clause is short)."""

CLAUSE_VERB = re.compile(
    r"\s+(?:(?:pun|juga|kemudian|lalu|langsung|telah|akan)\s+)*(?:me|ber|di)[a-z]"
)
TITLE_PHRASE_CHUNKS = 8
TITLE_PHRASE_WORDS = 14
TITLE_JOINERS = frozenset(
    {",", "(", ")", "&", "dan", "untuk", "di", "terpilih", "lembaga", "survei", "of", "for", "the"}
)
TITLE_GAP_TOKEN = re.compile(r"[(),&]|[^\s(),&]+")


def _holder_further_on(text: str, chunks: list[_Chunk], i: int) -> int | None:
    """The chunk that names a title's holder past the words that qualify the title:
    `Panglima Komando Pasifik AS Laksamana Samuel Locklear`, `Menteri Koordinator Bidang
    Politik, Hukum dan Keamanan Wiranto`, `Duta Besar Rusia untuk Indonesia, Lyudmila …`.

    The walk goes on over countries, bodies, ranks, nested titles and capitalised words that
    read as a body's (dictionary words, acronyms, places), across the few words that join
    them (`dan`, `untuk`, a comma, an acronym in brackets); the first run that reads as a
    person's name ends it. None when the holder stands right after the title or nowhere. In
    a headline a comma parts two clauses (`Telepon Menlu Vietnam, Retno Minta …`).
    """
    last = chunks[i]
    words = 0
    for j in range(i + 1, min(len(chunks), i + 1 + TITLE_PHRASE_CHUNKS)):
        chunk = chunks[j]
        gap = text[last.end : chunk.start]
        if not _title_internal(gap) or chunk.kind == "media":
            return None
        if "," in gap and in_headline(text, chunk.start):
            return None
        if chunk.kind == "title" and gap.strip(" ()") != "" and not _bracketed(text, gap, chunk):
            return None
        words += len(gap.split()) + len(chunk.value.split())
        if words > TITLE_PHRASE_WORDS:
            return None
        if chunk.kind == "name" and _bracketed(text, gap, chunk):
            last = chunk
            continue
        if chunk.kind == "name" and _reads_as_person(chunk.value):
            if (k := _past_bracket(text, chunks, j)) is not None:
                return k
            if _main_clause_subject(text, chunks[i], last, chunk):
                return None
            return j if j > i + 1 and _adjacent_holder_wrong(text, chunks, i, j) else None
        last = chunk
    return None


def _bracketed(text: str, gap: str, chunk: _Chunk) -> bool:
    """A title's or a body's own short form in brackets (`… dan Keamanan (Menko Polhukam)
    Mahfud MD`, `Ketua Komando Satuan Tugas Bersama (Kogasma) Partai Demokrat Agus …`)."""
    return gap.rstrip().endswith("(") and text[chunk.end : chunk.end + 1] == ")"


def _past_bracket(text: str, chunks: list[_Chunk], j: int) -> int | None:
    """`Kepala Badan Siber dan Sandi Negara (BSSN) Hinsa Siburian`: a body's name written out
    before its acronym in brackets holds capitalised words that read as a name; the run right
    after the bracket is the holder. Another post before the bracket opens another person
    (`Menhan Prabowo Subianto dan Wakil Menteri Pertahanan (Wamenhan) Wahyu …`)."""
    last = chunks[j]
    for k in range(j + 1, min(len(chunks), j + TITLE_PHRASE_CHUNKS)):
        chunk = chunks[k]
        gap = text[last.end : chunk.start]
        if not _title_internal(gap) or chunk.kind in ("media", "title"):
            return None
        if (
            chunk.kind == "name"
            and ")" in gap
            and not gap.split(")")[-1].strip()
            and _reads_as_person(chunk.value)
        ):
            return k
        last = chunk
    return None


def _adjacent_holder_wrong(text: str, chunks: list[_Chunk], i: int, j: int) -> bool:
    """Whether the chunks between a title and its far holder hold a run the old reading would
    have taken for the holder (`Kepala Staf …`, `Pangab …`), or the office the post serves
    (`Juru Bicara Presiden Fadjroel Rachman` is the spokesman, not the President), or a word
    no chunk took (`Ketua Komisi Uni Afrika Moussa Faki`): only then the far one is read."""
    gaps = [text[a.end : b.start] for a, b in itertools.pairwise(chunks[i : j + 1])]
    return (
        any(c.kind in ("name", "rank", "title") for c in chunks[i + 1 : j])
        or "," in text[chunks[i].end : chunks[j].start]
        or "(" in text[chunks[i].end : chunks[j].start]
        or any(token[0].isupper() for gap in gaps for token in TITLE_GAP_TOKEN.findall(gap))
    )


def _title_internal(gap: str) -> bool:
    """Only what joins the parts of one title: spaces, commas, brackets, `dan`, `untuk`, `di`,
    the words of an English gloss (`Chief of the Defence Force`), and capitalised words the
    name runs left out (`Keamanan`)."""
    return all(
        token in TITLE_JOINERS or token[0].isupper() for token in TITLE_GAP_TOKEN.findall(gap)
    )


def _reads_as_person(value: str) -> bool:
    """A run with a word that is neither a dictionary word, an acronym nor a known place."""
    roots = _stemmer()[1]
    return any(
        not (
            word.isupper()
            or word.lower() in roots
            or is_common_word(word)
            or ROMAN.fullmatch(word)
            or _local_place(word)
        )
        for word in (w.rstrip(".,") for w in value.split())
        if len(word) > 1
    )


def _main_clause_subject(text: str, title: _Chunk, last: _Chunk, name: _Chunk) -> bool:
    """`Setelah pertemuan dengan Menlu Turki, Retno melanjutkan …`: a name after the comma that
    closes a fronted clause, and before a verb, is the main clause's subject, not the holder."""
    if "," not in text[last.end : name.start] or not CLAUSE_VERB.match(text, name.end):
        return False
    floor = max(0, title.start - OPENING_REACH)
    ends = (text.rfind(sep, floor, title.start) for sep in (". ", "\n", "? ", "! "))
    start = max((end + 1 for end in ends if end >= 0), default=floor)
    opening = text[start : title.start].lstrip()
    return FRONTED_CLAUSE.match(opening) is not None and "," not in opening
