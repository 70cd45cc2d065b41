"""Bytes of an input file → its text, or the reason it is not text.

A byte-order mark decides first (UTF-8, UTF-16, UTF-32); then strict UTF-8, the encoding of nearly
every file; then charset_normalizer judges the rest, so that random bytes are refused instead of
being read as Windows-1252 gibberish. A Western single-byte guess is read as Windows-1252, the
usual encoding of older Indonesian pages (charset_normalizer cannot tell it from its neighbours on
a short text).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SAMPLE_BYTES = 64 * 1024
WIDE = ("utf_16", "utf_32")


@dataclass(frozen=True, slots=True)
class NotText(Exception):
    """The bytes are no text in any encoding the ETL reads; `reason` says so in words."""

    reason: str


def decode(raw: bytes) -> str:
    """The text of a file's bytes; raises NotText when they are binary or random."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError as error:
                raise NotText(f"broken {encoding.upper()} text at byte {error.start}") from None
    sample = raw[:SAMPLE_BYTES]
    if b"\x00" in sample:
        guess = from_bytes(sample).best()
        if guess is None or not guess.encoding.startswith(WIDE):
            raise NotText("binary file (NUL bytes), not text")
        return raw.decode(guess.encoding, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    guess = from_bytes(sample).best()
    if guess is None:
        raise NotText("not text: its bytes fit no text encoding (binary or random data)")
    encoding = guess.encoding
    if not encoding.startswith(WIDE) and _is_cp1252(raw):
        encoding = "cp1252"
    return raw.decode(encoding, errors="replace")


def _is_cp1252(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True
