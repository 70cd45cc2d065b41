"""Sentences of an article as spans of its text, with page furniture left out.

Every sentence points into the article's own text (`text[start:end] == sentence.text`), so that
the mentions built on it can be highlighted where they stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from etl.lexicon import table, words


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the article: its offsets and its text."""

    start: int
    end: int
    text: str


LINE = re.compile(r"[^\n]+")
LIST_NUMBER = re.compile(r"\d{1,2}")
NOT_ONLY = r"(?:tidak|tak|bukan)\s+(?:hanya|saja)|selain"
"""`Tidak hanya bertemu dengan A, B …`, `Selain bertemu A, B …`: openers of a fronted clause whose
subject is the main clause's."""
FRONTED_CLAUSE = re.compile(
    r"[\s“\"]*(?:sebelum|setelah|usai|seusai|sesudah|saat|ketika|selama|sambil|dalam|setibanya|"
    rf"sesampainya|sekembalinya|{NOT_ONLY})\b",
    re.IGNORECASE,
)
"""A sentence opened by a subordinate clause, whose comma comes before the main clause's subject."""
BOUNDARY = re.compile(
    r"[.!?…][.!?…]*[”\"’']*(?:(?=\s+[“\"‘(\[]?[A-Z0-9])|(?P<glued>(?=[“\"]?[A-Z][a-z]{2}))|$)"
)
"""A stop (and closing quotes) before a capital or the end of the line, or glued to the capital
word that opens the next sentence (`kawasan Indo-Pasifik.Untuk terus`, pages that lost the
space). It opens with one plain class so that the regex engine skips to the next stop without
trying every character."""


@cache
def _furniture_regex() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{row['pattern']})" for row in table("furniture")))


@cache
def _abbreviations() -> frozenset[str]:
    return words("abbreviations")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Lines that are page furniture, not article text: `Baca Juga: …`, credits, share buttons."""
    return [m.span() for m in LINE.finditer(text) if _furniture_regex().match(m.group().strip())]


CREDIT = re.compile(
    r"\((?:foto|dok(?:umentasi)?|sumber(?:\s+foto)?|ilustrasi|ist(?:imewa)?)\b[.:]?[^()]*\)",
    re.IGNORECASE,
)


OUTLET_CREDIT = re.compile(
    r"\((?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*){0,2}/[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\)[ \t]*$",
    re.MULTILINE,
)
"""`… di Kuala Lumpur. (CNN Indonesia/Andry Novelino)` closing a caption's line: the outlet and
its photographer."""


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Photo and source credits in brackets inside a line (`(Foto Pramono Anung)`, `(Dok.
    Kemlu)`, a caption's closing `(Outlet/Photographer)`): the photographer or archive named
    there took no part in what the line tells."""
    return sorted(
        [m.span() for m in CREDIT.finditer(text)] + [m.span() for m in OUTLET_CREDIT.finditer(text)]
    )


GLUED_BEFORE = re.compile(r"[^\W\d_][\w-]*[^\W\d_]{2}[”\"’')]*")
"""A word of letters before a glued stop: not a web address (`kompas.com/read/…/Obama.Telepon`),
an initial (`L.P.Marsudi`) nor a number."""


def _ends_sentence(line: str, match: re.Match[str]) -> bool:
    """A full stop that is not an abbreviation's (`Jl.`, `dr.`), an initial's (`S. Jaishankar`,
    `Retno L.P. Marsudi`) nor a numbered list item's (`1. Duta Besar Meksiko …` opening a line)."""
    if match.group()[0] != ".":
        return True
    # the word before the stop, read back from it: a regex over the line up to the stop read
    # the whole paragraph again at every stop
    end = begin = match.start()
    while begin > 0 and not line[begin - 1].isspace():
        begin -= 1
    if begin == end:
        return True
    token = line[begin:end].lstrip("(“\"'")
    if match.group("glued") is not None and not GLUED_BEFORE.fullmatch(token):
        return False
    return not (
        f"{token}." in _abbreviations()
        or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", token)
        or token.endswith(".")
        or (begin == len(line) - len(line.lstrip()) and LIST_NUMBER.fullmatch(token))
    )


def split_sentences(text: str) -> list[Sentence]:
    """The article's sentences in order: a line break always ends one, and so does a full stop,
    question or exclamation mark before a capital, unless it closes an abbreviation or an
    initial; a closing quotation mark after the stop stays with its sentence."""
    furniture = _furniture_regex()
    sentences: list[Sentence] = []
    for line in LINE.finditer(text):
        if furniture.match(line.group().strip()):
            continue
        start = 0
        body = line.group()
        for match in BOUNDARY.finditer(body):
            if _ends_sentence(body, match):
                _add(sentences, text, line.start() + start, line.start() + match.end())
                start = match.end()
        _add(sentences, text, line.start() + start, line.end())
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(c.isalnum() for c in text[start:end]):
        sentences.append(Sentence(start, end, text[start:end]))
