"""The one escaping path: text from an article reads as itself in Markdown and in HTML."""

import html
import re

import polars as pl
import pytest

from app.text import as_text, as_text_expr, counted, link_html, safe_url

HOSTILE = [
    "\n\n# Heading\n\nbody",
    "[link](http://evil.example/x)",
    "![px](http://evil.example/pixel.png)",
    "$x^2$ and $$y$$",
    "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "**bold** _it_ `code` ~~gone~~ :red[red] :smile:",
    "see http://evil.example or www.evil.example or kabar@evil.example",
    "Jakarta, ANTARA - 1 + 1 = 2 | a | b |",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_holds_no_syntax_and_reads_back_as_itself(text):
    escaped = as_text(text)
    outside_references = re.sub(r"&#\d+;", "", escaped)
    assert not set(outside_references) & set("<>[]()`*_$#!:|~&\n\\")
    assert "http&#58;" not in escaped.replace("&#58;&#8288;", ""), "no autolink can form"
    assert "www&#46;" not in escaped
    assert html.unescape(escaped).replace("\u2060", "") == text


@pytest.mark.parametrize("text", [*HOSTILE, "", "plain words"])
def test_the_column_form_is_the_same_escaping(text):
    assert pl.select(as_text_expr(pl.lit(text)))[0, 0] == as_text(text)


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://www.antaranews.com/berita/1", "https://www.antaranews.com/berita/1"),
        (" http://x.id/a?b=1#c ", "http://x.id/a?b=1#c"),
        ("javascript:alert(1)", None),
        ("JAVASCRIPT:alert(1)//http://x", None),
        ("data:text/html,<script>", None),
        ("//evil.example/x", None),
        ("/timeline?actor=x", None),
        ('http://x.id/"onmouseover="alert(1)', None),
        ("http://user@evil.example", None),
        (None, None),
    ],
)
def test_only_http_addresses_with_a_host_are_links(url, safe):
    assert safe_url(url) == safe
    link = link_html(url, "<b>Judul</b>")
    assert ("<a href" in link) == (safe is not None)
    assert "<b>" not in link


def test_counts_agree_with_their_nouns():
    assert [counted(n, "event") for n in (0, 1, 2, 1204)] == [
        "0 events", "1 event", "2 events", "1,204 events"
    ]  # fmt: skip
    assert counted(1, "actor", "actors") == "1 actor"
