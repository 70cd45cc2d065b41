"""Indonesian root words (Sastrawi's dictionary, with the Malay words of posts and bodies it
lacks: `antarabangsa`, `kesihatan`) and the stemmer over them: what tells a common word from a
name, and a word from two glued together."""

from __future__ import annotations

from functools import cache

from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from etl.lexicon import words


class _RootWords(ArrayDictionary):
    """Sastrawi's dictionary on a set: the library's own looks words up in a list."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def contains(self, word: str) -> bool:
        return word in self.words


@cache
def _stemmer() -> tuple[Stemmer, frozenset[str]]:
    roots = frozenset(StemmerFactory().get_words()) | words("malay_words")
    return Stemmer(_RootWords(roots)), roots
