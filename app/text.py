"""The one path by which text from an article or an actor reaches Markdown or HTML.

Streamlit's Markdown renders headings, links, images, KaTeX (`$x$`), colour directives and raw
HTML; a title or a name must render as none of them. `as_text` writes every character that
Markdown or HTML could read as syntax as a numeric character reference, and every line break as
one too, so that no blank line can end an HTML block and let Markdown in. The result reads the
same in `st.markdown`, in `unsafe_allow_html` blocks and in plotly's hover text.
"""

from __future__ import annotations

import re

import polars as pl

SYNTAX = "\\`*_{}[]()#+-.!|<>~$:&\"'=^%@\n\r\t"
"""Every character that Markdown, Streamlit's directives, KaTeX or HTML may read as syntax."""
WORD_JOINER = "&#8288;"
"""Invisible, and no word character: after `:` and `@` it keeps GFM's autolinks (`http://…`,
`a@b.c`) and emoji codes (`:smile:`) from forming, which Streamlit finds in text after the
character references are read."""
_REFERENCES = {c: f"&#{ord(c)};" for c in SYNTAX} | {
    ":": f"&#58;{WORD_JOINER}",
    "@": f"&#64;{WORD_JOINER}",
}
_TABLE = str.maketrans(_REFERENCES)
_WWW = re.compile(r"(?i)(www)(&#46;)")
_WEB_URL = re.compile(r"(?i)https?://[^\s<>\"'`/?#@\\]+(?:[/?#][^\s<>\"'`\\]*)?")
"""An http(s) address with a host and no character that could end an HTML attribute."""


def as_text(value: object) -> str:
    """`value` as literal text for Markdown and HTML alike; None reads as the empty string."""
    if value is None:
        return ""
    return _WWW.sub(rf"\1{WORD_JOINER}\2", str(value).translate(_TABLE))


def as_text_expr(column: pl.Expr) -> pl.Expr:
    """`as_text` over a string column, for hovers and tables built in polars."""
    escaped = column.str.replace_many(list(_REFERENCES), list(_REFERENCES.values()))
    return escaped.str.replace_all(_WWW.pattern, f"${{1}}{WORD_JOINER}${{2}}")


def safe_url(value: object) -> str | None:
    """The address if it is an http(s) URL with a host, else None: no `javascript:` or `data:`
    link, no relative one that would point into the app, no quote or space to break out of an
    attribute."""
    if not isinstance(value, str):
        return None
    address = value.strip()
    return address if _WEB_URL.fullmatch(address) else None


def safe_url_expr(column: pl.Expr) -> pl.Expr:
    """`safe_url` over a string column: the address where it is one, else null."""
    stripped = column.str.strip_chars()
    return pl.when(stripped.str.contains(f"^(?:{_WEB_URL.pattern})$")).then(stripped)


def link_html(url: object, label: object) -> str:
    """An HTML link to an article, opening in a new tab; plain text when the URL is not http(s)."""
    address = safe_url(url)
    text = as_text(label)
    if address is None:
        return text
    return f'<a href="{as_text(address)}" target="_blank" rel="noopener noreferrer">{text}</a>'


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """ "1 event", "2 events", "1,204 events": a count with the noun it agrees with."""
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"
