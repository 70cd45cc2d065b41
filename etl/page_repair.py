"""Spaces a page lost between words (`Mahfud MDmengaku`, `bacawapresPilpres2024untuk`,
`presiden,Mahfud`), put back before anything reads the text: every stage finds names, triggers
and dates by their word boundaries, and a glued word hides all three."""

from __future__ import annotations

import re

from etl.dictionary import _stemmer

ACRONYM_GLUED = re.compile(r"\b([A-Z]{2,})([a-z]{4,})\b")
LOWER_GLUED = re.compile(r"\b([a-z]{4,})(?=[A-Z][a-z]{2,}\b)")
YEAR_GLUED = re.compile(r"(?<=[A-Za-z]{3})(?=(?:19|20)\d\d\b)|(?<=\b(?:19|20)\d\d)(?=[a-z]{3,}\b)")
YEAR_IN_WORD = re.compile(r"(?<=[A-Za-z]{3})((?:19|20)\d\d)(?=[a-z]{3,}\b)")
COMMA_GLUED = re.compile(r"(?<=[a-z]{3}),(?=[A-Z][a-z]{2,})")


def mend_glued_words(text: str) -> str:
    """The text with a space put back where a page glued two words: an acronym to the word after
    it when that is an Indonesian word (`MDmengaku`), a lower-case word to a capitalised one
    (`bacawapresPilpres`), a year to letters (`Pilpres2024untuk`), a comma to the next word.
    Brand-like forms (`iPhone`, `McDonald`, `KTPnya`) are too short to be touched; a full stop
    is left alone, as a domain (`Kompas.Com`) would become a sentence end."""
    text = YEAR_IN_WORD.sub(r" \1 ", text)
    text = YEAR_GLUED.sub(" ", text)
    text = ACRONYM_GLUED.sub(_split_acronym, text)
    text = LOWER_GLUED.sub(r"\1 ", text)
    return COMMA_GLUED.sub(", ", text)


def _split_acronym(match: re.Match[str]) -> str:
    acronym, word = match.groups()
    stemmer, roots = _stemmer()
    if word in roots or stemmer.stem(word) in roots:
        return f"{acronym} {word}"
    return match.group()
