"""One article as every stage of the extraction reads it: built once, then enriched.

Like spaCy's `Doc`, the document owns the text, and its sentences, words and time expressions
all point into it by character offsets. Each stage reads what the earlier ones found instead of
tokenising the raw text again, and every span can be highlighted where it stands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from etl.dates import TimeExpression, find_time_expressions
from etl.lexicon import Words, words_of
from etl.readers import parse_dateline
from etl.records import Article
from etl.text import Sentence, split_sentences

HOME_COUNTRIES = {"id": "Indonesia", "ms": "Malaysia"}
DATELINE_WORDS = 4


@dataclass(slots=True)
class Document:
    """An article's text with the spans found in it so far."""

    article: Article
    sentences: list[Sentence]
    words: Words
    times: list[TimeExpression] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def home(self) -> str | None:
        """The country the paper writes from: the owner of an unqualified ministry."""
        return HOME_COUNTRIES.get(self.article.language)


def without_dateline(sentences: list[Sentence]) -> list[Sentence]:
    """A dateline on a line of its own (`Jakarta, MISTAR.ID`) says where the paper wrote from;
    it reports nothing, so it names no actor."""
    first = sentences[0] if sentences else None
    if first is None or len(first.text.split()) > DATELINE_WORDS:
        return sentences
    return sentences[1:] if parse_dateline(first.text + "\n")[1] else sentences


def build(article: Article) -> Document:
    """The document of an article: its sentences and words, then its time expressions."""
    document = Document(
        article, without_dateline(split_sentences(article.text)), words_of(article.text)
    )
    document.times = find_time_expressions(article.text, article.published)
    return document


def document_of(text: str, published: date | None = None, language: str = "id") -> Document:
    """The document of a bare text, as a one-sentence test or the Articles page has it."""
    return build(Article("text", "", text, published=published, language=language))
