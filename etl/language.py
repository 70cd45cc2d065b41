"""The language of an article: Indonesian and Malay are extracted, anything else is only flagged."""

from __future__ import annotations

import re
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

CANDIDATES = (
    Language.INDONESIAN,
    Language.MALAY,
    Language.ENGLISH,
    Language.DUTCH,
    Language.ARABIC,
    Language.CHINESE,
    Language.JAPANESE,
    Language.FRENCH,
    Language.GERMAN,
    Language.SPANISH,
    Language.TAGALOG,
)
SAMPLE_CHARS = 1000
MIN_LETTERS = 20
LETTER = re.compile(r"[^\W\d_]")


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*CANDIDATES).build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (`id`, `ms`, `en`, …), `und` when too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(LETTER.findall(sample, 0, MIN_LETTERS * 4)) < MIN_LETTERS:
        return "und"
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else "und"
