"""Who holds a company's post: `CEO Tesla Elon Musk`, `Chairman Hyundai Motor Group Chung
Eui-sun`. A company the tables do not know runs into its holder's name in one capitalised run;
the posts of `data/company_posts.csv` part them again."""

from __future__ import annotations

import re

from etl.actors.chunks import TOKEN
from etl.actors.model import _Chunk

COMPANY_NAME_WORDS = 2
"""The words of the holder's name a company's post leaves after an unknown company's name."""


def _company_before_name(text: str, name: _Chunk) -> tuple[_Chunk, str | None]:
    """`CEO Tesla Elon Musk`, `Chairman Hyundai Motor Group Chung Eui-sun`: a company the
    tables do not know runs into its holder's name; the holder is the last two words, the
    company the words before them."""
    tokens = list(TOKEN.finditer(text, name.start, name.end))
    if len(tokens) <= COMPANY_NAME_WORDS:
        return name, None
    start = tokens[-COMPANY_NAME_WORDS].start()
    company = text[name.start : tokens[-COMPANY_NAME_WORDS - 1].end()]
    return _Chunk(start, name.end, "name", text[start : name.end]), company


SPLIT_GIVEN_NAME = re.compile(r"\s+[A-Z][a-z]+\s+")
COMPANY_SUFFIX = re.compile(
    r"\s+(?:Group|Grup|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|Holdings?|Co\.?)\s+"
)


def _past_company_suffix(text: str, chunks: list[_Chunk], j: int) -> int:
    """`Chairman Hyundai Motor Group Chung Eui-sun`: a company's suffix splits the name run, and
    so does a given name that is a common word after a one-word company (`CEO Apple Tim Cook`);
    the company and its holder become one run (the chunk after the split, widened back), which
    `_company_before_name` parts again."""
    if (
        j + 1 < len(chunks)
        and chunks[j + 1].kind == "name"
        and (
            COMPANY_SUFFIX.fullmatch(text, chunks[j].end, chunks[j + 1].start)
            or (
                " " not in chunks[j].value
                and SPLIT_GIVEN_NAME.fullmatch(text, chunks[j].end, chunks[j + 1].start)
            )
        )
    ):
        start, end = chunks[j].start, chunks[j + 1].end
        chunks[j + 1] = _Chunk(start, end, "name", text[start:end])
        return j + 1
    return j
