"""Text with marked spans as safe HTML: why the app believes what it shows.

Every character of the text is escaped by `app.text.as_text`; only the `<span>` tags made here
are markup, so article text and link parameters can never reach the page as HTML or Markdown.
Overlapping spans are drawn by cutting the text at every span boundary and styling each piece by
the spans that cover it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.text import as_text

KIND_STYLES = {
    "sentence": "background:#fff7d6;",
    "trigger": "background:#ffd0cc;font-weight:600;",
    "actor": "background:#d4e6ff;",
    "date": "background:#d6f5d6;",
}
PRIORITY = ("trigger", "date", "actor", "sentence")


@dataclass(frozen=True, slots=True)
class Mark:
    """A span of a text to highlight: [start, end) character offsets, a kind and a label."""

    start: int
    end: int
    kind: str
    label: str = ""


def find_terms(text: str, terms: Iterable[tuple[str, str]]) -> list[Mark]:
    """Where each (term, kind) occurs in `text`, case-insensitively, as whole words."""
    marks = []
    for term, kind in terms:
        if not term or not term.strip():
            continue
        pattern = r"(?<!\w)" + re.escape(term.strip()) + r"(?!\w)"
        marks += [
            Mark(m.start(), m.end(), kind, term)
            for m in re.finditer(pattern, text, flags=re.IGNORECASE)
        ]
    return marks


def to_html(text: str, marks: Sequence[Mark]) -> str:
    """`text` escaped, with each marked piece wrapped in a styled span titled by its labels."""
    inside = [m for m in marks if 0 <= m.start < m.end <= len(text) and m.kind in KIND_STYLES]
    cuts = sorted({0, len(text), *(m.start for m in inside), *(m.end for m in inside)})
    pieces = []
    for start, end in itertools.pairwise(cuts):
        chunk = as_text(text[start:end]).replace("&#10;", "<br>")
        covering = [m for m in inside if m.start <= start and end <= m.end]
        if not covering:
            pieces.append(chunk)
            continue
        kinds = {m.kind for m in covering}
        style = "".join(KIND_STYLES[k] for k in reversed(PRIORITY) if k in kinds)
        title = "; ".join(
            dict.fromkeys(f"{m.kind}: {m.label}" if m.label else m.kind for m in covering)
        )
        pieces.append(f'<span style="{style}" title="{as_text(title)}">{chunk}</span>')
    return "".join(pieces)


def legend_html() -> str:
    """A one-line key to the highlight colours."""
    return " ".join(
        f'<span style="{KIND_STYLES[kind]}padding:0 4px">{kind}</span>' for kind in PRIORITY
    )
