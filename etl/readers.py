"""Input files → Article records and Rejects: `.txt`, `.jsonl`/`.json`, `.csv`, saved `.html` pages.

A file that cannot be used, or a line of one, becomes a Reject that says why; the rest of the run
goes on. Folders are read recursively in sorted order, so that a run is reproducible.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path

from etl.dates import parse_published
from etl.decoding import NotText, decode
from etl.language import detect_language
from etl.lexicon import table
from etl.page_repair import mend_glued_words, mend_wrapped_lines
from etl.records import Article, Reject
from etl.tables import stable_id

SUPPORTED_SUFFIXES = (".txt", ".jsonl", ".json", ".csv", ".html", ".htm")
MAX_FILE_BYTES = 5 * 1024 * 1024
MIN_HTML_TEXT = 80
FIELDS = ("id", "title", "url", "outlet", "published")
DATELINE = re.compile(
    r"""^\s*(?:
        (?P<city1>[A-Z][A-Za-z .'-]{1,40}?),\s*
        (?P<outlet1>[A-Za-z][\w!.-]*(?:\.[A-Za-z]{2,}|\.ID|!))\s*(?:$|[-–—]+\s*|,-\s*)
      | (?P<outlet2>[A-Za-z][\w!]*(?:\.[A-Za-z]{2,})+|[A-Z][A-Za-z]+\s?\.?com)\s*,\s*
        (?P<city2>[A-Za-z][A-Za-z .'-]{1,40}?)\s*[-–—]+\s*
      | (?P<city3>[A-Z][A-Za-z .'-]{1,40}?)\s*\((?P<outlet3>[A-Za-z]+)\)\s*[-–—]+\s*
      | (?P<city4>[A-Z][A-Z .'-]{1,40}?)\s*(?:[-–—:]+)\s+
    )""",
    re.VERBOSE | re.MULTILINE,
)

KNOWN_OUTLET_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Za-z .'-]{1,40}?),\s*(?P<outlet>[A-Za-z][A-Za-z]+)\s*(?:$|[-–—]+\s*)",
    re.MULTILINE,
)
KNOWN_OUTLET_FIRST = re.compile(
    r"^\s*(?P<outlet>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}),\s*"
    r"(?P<city>[A-Z][A-Za-z .'-]{1,40}?)\s*[-–—]+\s*"
)


def list_input_files(paths: Sequence[Path | str]) -> tuple[list[Path], list[Reject]]:
    """The files a run will read, sorted, and a Reject for each path that gives none, each
    folder that cannot be listed and each file of an unsupported type."""
    files: list[Path] = []
    rejects: list[Reject] = []
    for raw in paths:
        path = Path(raw)
        try:
            is_dir, is_file = path.is_dir(), path.is_file()
        except OSError as error:
            rejects.append(Reject(str(path), _os_reason(error)))
            continue
        if is_dir:
            found, unreadable = _walk(path)
            rejects += unreadable
            usable = [p for p in found if p.suffix.lower() in SUPPORTED_SUFFIXES]
            rejects += [
                Reject(
                    str(p),
                    f"unsupported file type {p.suffix or '(none)'}; "
                    f"expected one of {', '.join(SUPPORTED_SUFFIXES)}",
                )
                for p in found
                if p.suffix.lower() not in SUPPORTED_SUFFIXES
            ]
            if not usable and not unreadable:
                rejects.append(
                    Reject(
                        str(path),
                        f"no readable input files (.txt, .jsonl, .json, .csv, .html) in {path}",
                    )
                )
            files += usable
        elif is_file:
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(path)
            else:
                rejects.append(
                    Reject(str(path), f"unsupported file type {path.suffix or '(none)'}")
                )
        else:
            rejects.append(Reject(str(path), "no such file or folder"))
    return files, rejects


def _walk(root: Path) -> tuple[list[Path], list[Reject]]:
    """The visible files under root, sorted, and a Reject for every folder that cannot be listed:
    a folder the run cannot open is reported, never skipped in silence."""
    unreadable: list[Reject] = []

    def refused(error: OSError) -> None:
        unreadable.append(Reject(str(error.filename or root), _os_reason(error, "folder")))

    found: list[Path] = []
    for folder, subfolders, names in os.walk(root, onerror=refused):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        found += [Path(folder, n) for n in names if not n.startswith(".")]
    files = []
    for path in sorted(found):
        try:
            if path.is_file():
                files.append(path)
        except OSError as error:
            unreadable.append(Reject(str(path), _os_reason(error)))
    return files, sorted(unreadable, key=lambda r: r.source_path)


def _os_reason(error: OSError, what: str = "file") -> str:
    """An OSError in words: permission denied, a broken link, an I/O error."""
    if isinstance(error, PermissionError):
        return f"permission denied: the {what} cannot be read by this user"
    return f"the {what} cannot be read: {error.strerror or error}"


def read_inputs(paths: Sequence[Path | str]) -> Iterator[Article | Reject]:
    """Every article of the inputs, in order, and a Reject for everything unusable; article ids
    seen twice keep their first article."""
    files, rejects = list_input_files(paths)
    yield from rejects
    seen: dict[str, str] = {}
    for path in files:
        for item in read_file(path):
            if isinstance(item, Article):
                first = seen.setdefault(item.article_id, item.source_path)
                if first != item.source_path:
                    yield Reject(
                        item.source_path,
                        f"duplicate article id {item.article_id!r}, first seen in {first}",
                    )
                    continue
            yield item


def read_file(path: Path) -> Iterator[Article | Reject]:
    """The articles of one file, or the Rejects that say why it, or a part of it, is unusable.

    Whatever goes wrong inside one file becomes a Reject of that file (the records read before
    the error are kept), so that one bad file never stops a run."""
    try:
        yield from _read_file(path)
    except OSError as error:
        yield Reject(str(path), _os_reason(error))
    except RecursionError:
        yield Reject(str(path), "nested too deeply to read")
    except csv.Error as error:
        yield Reject(str(path), f"broken CSV: {error}")
    except NotText as error:
        yield Reject(str(path), error.reason)
    except Exception as error:  # one file's failure must not end the run
        yield Reject(str(path), f"could not be read ({type(error).__name__}: {error})")


def _read_file(path: Path) -> Iterator[Article | Reject]:
    size = path.stat().st_size
    if size == 0:
        yield Reject(str(path), "empty file")
        return
    if size > MAX_FILE_BYTES:
        yield Reject(
            str(path),
            f"file too large ({size / 1_048_576:.1f} MB; the limit is "
            f"{MAX_FILE_BYTES / 1_048_576:.0f} MB of text per file)",
        )
        return
    text = decode(path.read_bytes())
    suffix = path.suffix.lower()
    if suffix == ".txt":
        yield from _from_record(path, str(path), {"id": path.stem, "text": text})
    elif suffix == ".jsonl":
        yield from _read_jsonl(path, text)
    elif suffix == ".json":
        yield from _read_json(path, text)
    elif suffix == ".csv":
        yield from _read_csv(path, text)
    else:
        yield from _read_html(path, text)


def _read_jsonl(path: Path, text: str) -> Iterator[Article | Reject]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Reject(f"{path}#line {number}", f"broken JSON on line {number}: {error.msg}")
            continue
        except RecursionError:
            yield Reject(f"{path}#line {number}", f"line {number} is nested too deeply to read")
            continue
        if not isinstance(record, dict):
            yield Reject(f"{path}#line {number}", f"line {number} is not a JSON object")
            continue
        yield from _from_record(path, f"{path}#line {number}", record, number)


def _read_json(path: Path, text: str) -> Iterator[Article | Reject]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield Reject(str(path), f"broken JSON at line {error.lineno}: {error.msg}")
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            yield Reject(f"{path}#item {number}", f"item {number} is not a JSON object")
            continue
        yield from _from_record(path, f"{path}#item {number}", record, number)


def _read_csv(path: Path, text: str) -> Iterator[Article | Reject]:
    csv.field_size_limit(MAX_FILE_BYTES)
    reader = csv.DictReader(io.StringIO(text))
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    if "text" not in columns:
        yield Reject(str(path), f"no 'text' column (columns: {', '.join(columns) or 'none'})")
        return
    for number, row in enumerate(reader, start=2):
        record = {(k or "").strip().lower(): v for k, v in row.items()}
        yield from _from_record(path, f"{path}#row {number}", record, number)


def _read_html(path: Path, text: str) -> Iterator[Article | Reject]:
    import trafilatura
    from htmldate import find_date

    document = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    body = (document.text if document is not None else None) or ""
    if len(body.strip()) < MIN_HTML_TEXT:
        yield Reject(str(path), "no article text found in the HTML page")
        return
    found = find_date(text, original_date=True, extensive_search=True) or ""
    record = {
        "id": path.stem,
        "text": body,
        "title": document.title,
        "url": document.url,
        "outlet": document.sitename,
        "published": found,
    }
    yield from _from_record(path, str(path), record)


def _from_record(
    path: Path, source: str, record: Mapping[str, object], number: int | None = None
) -> Iterator[Article | Reject]:
    """One record with the contract's fields → an Article, or a Reject when it has no text."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        where = f" ({'line' if path.suffix == '.jsonl' else 'record'} {number})" if number else ""
        yield Reject(source, f"no text{where}: the 'text' field is missing or empty")
        return
    text = mend_wrapped_lines(mend_glued_words(text))
    values = {k: _clean(record.get(k)) for k in FIELDS}
    article_id = values["id"] or stable_id("art", path.stem, number, text[:200])
    outlet, city = parse_dateline(text)
    published = parse_published(values["published"]) if values["published"] else None
    yield Article(
        article_id=article_id,
        source_path=source,
        text=text,
        title=values["title"],
        url=values["url"],
        outlet=values["outlet"] or _canonical_outlet(outlet),
        dateline=city,
        published=published,
        published_basis="given" if published is not None else "unknown",
        language=detect_language(text),
    )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


@cache
def _outlets() -> dict[str, str]:
    return {row["alias"].lower(): row["name"] for row in table("outlets")}


def _canonical_outlet(outlet: str | None) -> str | None:
    if outlet is None:
        return None
    return _outlets().get(outlet.lower().rstrip("."), outlet)


def parse_dateline(text: str) -> tuple[str | None, str | None]:
    """(outlet, city) of a leading dateline: `Jakarta, MISTAR.ID`, `Bisnis.com, SOLO - `,
    `REPUBLIKA.CO.ID, MOSKOW -- `, `Jakarta (ANTARA) - `, `Jakarta, ANTARA`, `KUALA LUMPUR: `."""
    match = _dateline_match(text)
    if match is None:
        return None, None
    groups = match.groupdict()
    city = groups.get("city1") or groups.get("city2") or groups.get("city3")
    city = city or groups.get("city4") or groups.get("city")
    outlet = groups.get("outlet1") or groups.get("outlet2") or groups.get("outlet3")
    return outlet or groups.get("outlet"), _city(city)


def dateline_length(text: str) -> int:
    """How many characters a leading dateline takes (0 without one): it says where the paper
    wrote from, and the sentence it opens starts after it."""
    match = _dateline_match(text)
    return match.end() if match is not None else 0


def _dateline_match(text: str) -> re.Match[str] | None:
    """A dateline of the usual shapes, else `Jakarta, ANTARA` or `Warta Ekonomi, Moskow - `: an
    outlet without a domain is an outlet only when the outlets table knows it, so that
    `Jakarta, Senin` is no dateline."""
    head = text[:120]
    match = DATELINE.match(head)
    if match is not None:
        return match
    for shape in (KNOWN_OUTLET_DATELINE, KNOWN_OUTLET_FIRST):
        match = shape.match(head)
        if match is not None and match["outlet"].lower() in _outlets():
            return match
    return None


def _city(city: str | None) -> str | None:
    if not city:
        return None
    return " ".join(w.capitalize() if w.isupper() else w for w in city.strip().split())
