"""Names in messages, printed safely: a file name is data, and its control characters must not
forge a line of the report or move the terminal's cursor."""

from __future__ import annotations

import unicodedata

ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


def printable(text: object) -> str:
    """`text` with every control, format and line-separator character escaped (`\\n`, `\\x1b`,
    `\\u202e`); everything else, accented letters included, left as it is."""
    return "".join(_escape(c) for c in str(text))


def _escape(char: str) -> str:
    if unicodedata.category(char) not in ESCAPED_CATEGORIES:
        return char
    return char.encode("unicode_escape").decode("ascii")
