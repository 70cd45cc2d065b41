"""One article as every stage of the extraction reads it: built once, then enriched.

Like spaCy's `Doc`, the document owns the text, and its sentences, words, time expressions and
named entities all point into it by character offsets. Each stage reads what the earlier ones
found instead of tokenising the raw text again, and every span can be highlighted where it
stands.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from etl.dates import TimeExpression, find_time_expressions
from etl.lexicon import Words, words_of
from etl.ner import Entity, recognise
from etl.readers import dateline_length, parse_dateline
from etl.records import Article
from etl.text import Sentence, split_sentences

HOME_COUNTRIES = {"id": "Indonesia", "ms": "Malaysia"}
DATELINE_WORDS = 4
ENTITY_CONTEXT_WORDS = 3


@dataclass(slots=True)
class Document:
    """An article's text with the spans found in it so far.

    Named entities are recognised only around the spans a stage asks about (`entities_around`):
    the recogniser costs more than the rest of the extraction, and most names are settled by
    titles and tables without it.
    """

    article: Article
    sentences: list[Sentence]
    sentence_starts: list[int]
    words: Words
    times: list[TimeExpression] = field(default_factory=list)
    windows: dict[tuple[int, int], list[Entity]] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def entities(self) -> list[Entity]:
        """Every named entity recognised so far, in text order."""
        return sorted({e for found in self.windows.values() for e in found}, key=lambda e: e.start)

    @property
    def home(self) -> str | None:
        """The country the paper writes from: the owner of an unqualified ministry."""
        return HOME_COUNTRIES.get(self.article.language)

    def entities_around(self, start: int, end: int) -> list[Entity]:
        """The named entities the recogniser reads in text[start:end] and a few words either
        side of it (its features look two words away), inside the sentence; each window is
        tagged once."""
        i = bisect_right(self.sentence_starts, start) - 1
        if i < 0 or end > self.sentences[i].end:
            return []
        sentence, starts, texts = self.sentences[i], self.words.starts, self.words.texts
        first = max(0, bisect_right(starts, start) - 1 - ENTITY_CONTEXT_WORDS)
        last = min(len(starts), bisect_right(starts, end) + ENTITY_CONTEXT_WORDS) - 1
        window_start = max(sentence.start, starts[first])
        window_end = min(sentence.end, starts[last] + len(texts[last]))
        window = (window_start, max(window_end, end))
        if window not in self.windows:
            self.windows[window] = recognise(self.text, *window)
        return self.windows[window]


def without_dateline(sentences: list[Sentence]) -> list[Sentence]:
    """A dateline (`Jakarta, MISTAR.ID`, `Jakarta, ANTARA - `) says where the paper wrote from;
    it reports nothing, so it names no actor: a dateline line is dropped, and a sentence a
    dateline opens starts after it."""
    first = sentences[0] if sentences else None
    if first is None:
        return sentences
    if len(first.text.split()) <= DATELINE_WORDS and parse_dateline(first.text + "\n")[1]:
        return sentences[1:]
    skip = dateline_length(first.text)
    if skip == 0 or skip >= len(first.text):
        return sentences
    trimmed = Sentence(first.start + skip, first.end, first.text[skip:])
    return [trimmed, *sentences[1:]]


def build(article: Article) -> Document:
    """The document of an article: its sentences and words, then its time expressions."""
    sentences = without_dateline(split_sentences(article.text))
    document = Document(article, sentences, [s.start for s in sentences], words_of(article.text))
    document.times = find_time_expressions(article.text, article.published)
    return document


def document_of(text: str, published: date | None = None, language: str = "id") -> Document:
    """The document of a bare text, as a one-sentence test has it."""
    return build(Article("text", "", text, published=published, language=language))
