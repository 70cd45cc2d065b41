"""Reports with no acts to extract: a match report or a weather forecast tells of teams, scores
and skies, and its `bertemu` (teams meet) or `kata pelatih` is no diplomacy. The annotation gives
such reports no events, so neither does the extraction (`data/report_topics.csv`)."""

from __future__ import annotations

from collections import Counter
from functools import cache

from etl.document import Document
from etl.lexicon import table

TOPIC_SHARE = 0.03
TOPIC_WORDS = 8


@cache
def _topic_of() -> dict[str, str]:
    return {row["word"].casefold(): row["topic"] for row in table("report_topics")}


def reports_no_acts(document: Document) -> bool:
    """Whether one sports or weather vocabulary fills the article: at least 3 words in 100 and
    eight in all."""
    topics = _topic_of()
    keys = document.words.keys
    counts = Counter(topic for key in keys if (topic := topics.get(key)) is not None)
    if not counts:
        return False
    _, most = counts.most_common(1)[0]
    return most >= TOPIC_WORDS and most >= TOPIC_SHARE * len(keys)
