"""Spaces a page lost between words (`Mahfud MDmengaku`, `bacawapresPilpres2024untuk`,
`presiden,Mahfud`), put back before anything reads the text: every stage finds names, triggers
and dates by their word boundaries, and a glued word hides all three. Line breaks a page put
inside its sentences (text wrapped at a fixed width) are taken out too, since a line break
ends a sentence."""

from __future__ import annotations

import re

from etl.dictionary import _stemmer

ACRONYM_GLUED = re.compile(r"\b([A-Z]{2,})([a-z]{4,})\b")
LOWER_GLUED = re.compile(r"\b([a-z]{4,})(?=[A-Z][a-z]{2,}\b)")
YEAR = re.compile(r"(?:19|20)\d\d")
LETTERS_BEFORE = re.compile(r"[A-Za-z]{3}$")
WORD_AFTER = re.compile(r"[a-z]{3,}\b")
COMMA_GLUED = re.compile(r"(?<=[a-z]{3}),(?=[A-Z][a-z]{2,})")
ACRONYM_MARK = re.compile(r"[A-Z][A-Z][a-z]")
LOWER_MARK = re.compile(r"[a-z][A-Z]")
COMMA_MARK = re.compile(r",[A-Z]")
"""What each glue needs somewhere in the text, found by a scan several times cheaper than the
glue's own: most pages glue nothing, and a page without the mark is not scanned for the glue."""
MID_SENTENCE_BREAK = re.compile(r"(?<=[\w,])[^\S\n]*\n(?=[^\S\n]*([^\W\d_]))")
"""A single line break after a word or a comma, before a word: no stop, no blank line."""
WRAPPED_LINE_CHARS = 50
WRAPPED_LINES = 4
"""A page wrapped at a fixed width breaks several long lines mid-sentence; a title, a caption
or a dateline without a full stop is a short line, or one of a few."""


def mend_glued_words(text: str) -> str:
    """The text with a space put back where a page glued two words: an acronym to the word after
    it when that is an Indonesian word (`MDmengaku`), a lower-case word to a capitalised one
    (`bacawapresPilpres`), a year to letters (`Pilpres2024untuk`), a comma to the next word.
    Brand-like forms (`iPhone`, `McDonald`, `KTPnya`) are too short to be touched; a full stop
    is left alone, as a domain (`Kompas.Com`) would become a sentence end."""
    text = YEAR.sub(_space_year, text)
    if ACRONYM_MARK.search(text):
        text = ACRONYM_GLUED.sub(_split_acronym, text)
    if LOWER_MARK.search(text):
        text = LOWER_GLUED.sub(r"\1 ", text)
    return COMMA_GLUED.sub(", ", text) if COMMA_MARK.search(text) else text


def mend_wrapped_lines(text: str) -> str:
    """The text with a space for each line break a page put inside a sentence: one before a
    lower-case word always (a line `… Presiden Jokowi juga` going on `menerima kunjungan …`),
    and, on a page wrapped at a fixed width (several long lines ending mid-sentence), one after
    each such long line (`… kedatangan Sultan` going on `Brunei di sisi barat …`). A break after
    a stop, a colon or a closing quote, or before a blank line, stays: it may end a paragraph.
    The text keeps its length, so offsets hold."""
    breaks = list(MID_SENTENCE_BREAK.finditer(text))
    wrapped = [b for b in breaks if b.start() - _line_start(text, b.start()) >= WRAPPED_LINE_CHARS]
    joined = set(wrapped) if len(wrapped) >= WRAPPED_LINES else set()
    joined |= {b for b in breaks if b.group(1).islower()}
    if not joined:
        return text
    chars = list(text)
    for b in joined:
        chars[b.end() - 1] = " "
    return "".join(chars)


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _space_year(match: re.Match[str]) -> str:
    """`Pilpres2024untuk` → `Pilpres 2024 untuk`: a year with letters glued on either side.
    Found by its digits, which are rare, rather than by the letters around it, which are not."""
    text, start, end = match.string, match.start(), match.end()
    glued_before = LETTERS_BEFORE.search(text, max(0, start - 3), start) is not None
    bounded_before = (
        glued_before or start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")
    )
    glued_after = bounded_before and WORD_AFTER.match(text, end) is not None
    bounded_after = end == len(text) or not (text[end].isalnum() or text[end] == "_")
    before = " " if glued_before and (glued_after or bounded_after) else ""
    return f"{before}{match.group()}{' ' if glued_after else ''}"


def _split_acronym(match: re.Match[str]) -> str:
    acronym, word = match.groups()
    stemmer, roots = _stemmer()
    if word in roots or stemmer.stem(word) in roots:
        return f"{acronym} {word}"
    return match.group()
