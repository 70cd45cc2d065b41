"""The ETL as functions: one article in, its extraction out; many articles in, the tables out.

`extract_article` is pure (no I/O, no global state), so a run streams articles through it, in
parallel when there are many, and `build` adds the reading and the writing at the edges.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import polars as pl

from etl import document, tables
from etl.actors import ArticleActors, find_actors
from etl.block_tasks import Mapper
from etl.blocked_merge import MergePlan, merge_corpus
from etl.dates import infer_published
from etl.document import HOME_COUNTRIES, Document
from etl.duplicates import drop_duplicates
from etl.events import extract_events
from etl.extractions import ExtractionCache
from etl.merge import ArticleExtraction
from etl.previous import PreviousSet
from etl.publication_dates import implied_publication_dates
from etl.publish import check_room, run_lock
from etl.readers import list_input_files, read_inputs
from etl.records import Article, Reject
from etl.summaries import summaries
from etl.workers import workers_pool

PARALLEL_FROM = 400
PARTS_FROM = 20_000
"""Articles from which `--layout auto` publishes events, event_actors and mentions as parts."""

Extractor = Callable[[Iterable[Article]], Iterator["ArticleExtraction | Reject"]]
"""Maps `extract_or_reject` over articles, results in input order (a local pool, a Dask cluster)."""


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a run did: how many articles it read, what it rejected, where the tables are."""

    n_articles: int
    rejects: list[Reject]
    out_dir: Path
    notices: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span of an article to highlight, and why: a time expression, an actor, a trigger."""

    start: int
    end: int
    kind: str
    label: str


def with_publication_date(article: Article) -> Article:
    """An undated article gets the date its text implies, marked `inferred`."""
    if article.published is not None:
        return article
    inferred = infer_published(article.text)
    if inferred is None:
        return replace(article, published_basis="unknown")
    return replace(article, published=inferred, published_basis="inferred")


def _read(article: Article) -> tuple[ArticleExtraction, Document | None, ArticleActors | None]:
    """The extraction of one article, with the document and actors it was read from."""
    article = with_publication_date(article)
    if article.language not in HOME_COUNTRIES:
        return ArticleExtraction(article, {}, []), None, None
    doc = document.build(article)
    actors = find_actors(doc)
    events = extract_events(doc, actors)
    used = {key for event in events for key, _ in event.actors}
    kept = {k: a for k, a in actors.actors.items() if k in used}
    return ArticleExtraction(article, kept, events), doc, actors


def extract_article(article: Article) -> ArticleExtraction:
    """Sentences, time expressions, actors and events of one article (a pure function). An
    event naming an actor the article has no record of is a bug that would fail the whole run's
    merge later: it fails here, where `extract_or_reject` leaves the one article out (the
    Articles page's highlights, read by `annotate`, still show)."""
    extraction, _, actors = _read(article)
    known = actors.actors.keys() if actors is not None else set()
    if unknown := {k for e in extraction.events for k, _ in e.actors} - known:
        raise ValueError(f"events name actors the article has no record of: {sorted(unknown)}")
    return extraction


def annotate(text: str, published: date | None, language: str = "id") -> list[Highlight]:
    """The spans the Articles page highlights: time expressions, actor mentions, triggers."""
    extraction, doc, actors = _read(
        Article("annotate", "", text, published=published, language=language)
    )
    if doc is None or actors is None:
        doc = document.build(extraction.article)
        actors = find_actors(doc)
    spans = [
        Highlight(
            t.char_start,
            t.char_end,
            "date",
            t.date_start.isoformat() if t.date_start else "unresolved",
        )
        for t in doc.times
    ]
    spans += [Highlight(m.start, m.end, "actor", m.key) for m in actors.mentions]
    spans += [
        Highlight(e.trigger_start, e.trigger_start + len(e.trigger), "trigger", e.event_type)
        for e in extraction.events
    ]
    return sorted(spans, key=lambda h: (h.start, -h.end))


def extraction_notice(article: Article) -> str | None:
    """Why an article that was stored gave no events by design: its language."""
    if article.language in HOME_COUNTRIES:
        return None
    language = "too short to tell" if article.language == "und" else article.language
    return (
        f"language {language}: events are extracted from Indonesian and Malay articles only, "
        "so none were extracted from it"
    )


def extract_or_reject(article: Article) -> ArticleExtraction | Reject:
    """One article's extraction, or a Reject saying why it failed: one article that breaks the
    extraction must not end the run."""
    try:
        return extract_article(article)
    except Exception as error:  # any bug met on one article's text
        return Reject(
            article.source_path,
            f"the extraction failed on this article ({type(error).__name__}: {error}); "
            "it is left out",
        )


def _extract_all(articles: list[Article], workers: int) -> Iterator[ArticleExtraction | Reject]:
    if workers <= 1 or len(articles) < PARALLEL_FROM:
        yield from map(extract_or_reject, articles)
        return
    with workers_pool(workers) as pool:
        yield from pool.imap(extract_or_reject, articles, chunksize=32)


def _extract_new(
    articles: list[Article],
    cache: ExtractionCache,
    extractor: Extractor,
    progress: Callable[[int, int], None] | None,
) -> list[ArticleExtraction | Reject]:
    """Every article's extraction, in order: from the cache where it holds one, else extracted
    now; an article whose extraction failed gives its Reject instead (and is not cached)."""
    found: list[ArticleExtraction | Reject | None] = [cache.get(a) for a in articles]
    new = [a for a, e in zip(articles, found, strict=True) if e is None]
    done = len(articles) - len(new)
    fresh = []
    for article, extraction in zip(new, extractor(new), strict=True):
        if isinstance(extraction, ArticleExtraction):
            cache.put(article, extraction)
        fresh.append(extraction)
        done += 1
        if progress is not None:
            progress(done, len(articles))
    made = iter(fresh)
    return [e if e is not None else next(made) for e in found]


def _inputs(
    inputs: Sequence[Path | str],
    previous: PreviousSet | None,
    append: bool,
    dropped: frozenset[str],
) -> tuple[list[Article], list[Reject], list[Reject], list[Path]]:
    """The run's articles, the rejects carried over, the new rejects, and the input files:
    with `append`, the previous set's articles come first."""
    files, _ = list_input_files(inputs)
    articles: list[Article] = []
    carried: list[Reject] = []
    rejects: list[Reject] = []
    seen: dict[str, str] = {}
    if append and previous is not None:
        articles = previous.source_articles(dropped)
        carried = previous.source_rejects(dropped)
        seen = {a.article_id: a.source_path for a in articles}
        files = list(dict.fromkeys([*previous.kept_inputs(dropped), *files]))
    for item in read_inputs(inputs):
        if isinstance(item, Article) and item.article_id in seen:
            first = seen[item.article_id]
            item = Reject(
                item.source_path, f"duplicate article id {item.article_id!r}, first seen in {first}"
            )
        (articles if isinstance(item, Article) else rejects).append(item)
    archived = previous.article_ids() if previous is not None else set()
    articles, copies = drop_duplicates(articles, archived)
    return articles, carried, rejects + copies, files


def _second_reading(
    first: ArticleExtraction, again: ArticleExtraction | Reject, rejects: list[Reject]
) -> ArticleExtraction:
    """An undated article read again with the date its reports imply, kept as it was first read
    if that second reading fails."""
    if isinstance(again, Reject):
        rejects.append(again)
        return first
    return again


def build_tables(
    inputs: Sequence[Path | str],
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
    previous: PreviousSet | None = None,
    append: bool = False,
    dropped: frozenset[str] = frozenset(),
    extractor: Extractor | None = None,
    mapper: Mapper | None = None,
) -> tuple[dict[str, pl.DataFrame], list[Reject], list[Path], MergePlan]:
    """Read, extract and merge: the tables of the articles (`articles`, `rejects`,
    `extractions`), the run's new rejects, the files read, and the merge waiting to write its
    blocks (`etl.blocked_merge`).

    `previous`, the set being replaced, keeps its event ids and lends its extractions; with
    `append` its articles (but those of the `dropped` files) come before the new inputs, and
    the merge blocks the new articles do not touch keep their rows. `extractor` maps
    `extract_article` over articles elsewhere (a Dask cluster), results in input order, and
    `mapper` runs the merge's blocks there; without them, a local pool of `workers` processes
    extracts and the blocks are merged here.
    """
    articles, carried, rejects, files = _inputs(inputs, previous, append, dropped)
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    if extractor is None:

        def extractor(batch: Iterable[Article]) -> Iterator[ArticleExtraction]:
            return _extract_all(list(batch), workers)

    cache = previous.cache() if previous is not None else ExtractionCache({}, {})
    extractions: list[ArticleExtraction] = []
    for extraction in _extract_new(articles, cache, extractor, progress):
        (extractions if isinstance(extraction, ArticleExtraction) else rejects).append(extraction)
    anchors = implied_publication_dates(extractions, mapper)
    if anchors:
        redated = [
            replace(e.article, published=anchors[e.article.article_id], published_basis="inferred")
            for e in extractions
            if e.article.article_id in anchors
        ]
        again = iter(_extract_new(redated, cache, extractor, None))
        extractions = [
            _second_reading(e, next(again), rejects) if e.article.article_id in anchors else e
            for e in extractions
        ]
    kept = (previous.folder, previous.blocks) if append and previous is not None else None
    plan = merge_corpus(extractions, previous.ids if previous is not None else None, mapper, kept)
    article_rows = [
        {
            "article_id": e.article.article_id,
            "source_path": e.article.source_path,
            "title": e.article.title,
            "url": e.article.url,
            "outlet": e.article.outlet,
            "dateline": e.article.dateline,
            "published": e.article.published,
            "published_basis": e.article.published_basis,
            "language": e.article.language,
            "text": e.article.text,
            "extraction_notice": extraction_notice(e.article),
        }
        for e in extractions
    ]
    listed = sorted([*carried, *rejects], key=lambda r: (r.source_path, r.reason))
    result = {
        "articles": pl.DataFrame(
            article_rows, schema={**tables.ARTICLES, **tables.ARTICLE_EXTRAS}, orient="row"
        ),
        "rejects": tables.frame(
            "rejects", [{"source_path": r.source_path, "reason": r.reason} for r in listed]
        ),
        "extractions": cache.table(),
    }
    return result, rejects, files, plan


def choose_layout(layout: str, n_articles: int, previous: PreviousSet | None) -> str:
    """`files` or `parts`; `auto` keeps the previous set's layout, else takes parts from
    `PARTS_FROM` articles on."""
    if layout != "auto":
        return layout
    if previous is not None and previous.layout == "parts":
        return "parts"
    return "parts" if n_articles >= PARTS_FROM else "files"


def build(
    inputs: Sequence[Path | str],
    out_dir: Path,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
    append: bool = False,
    dropped: Sequence[Path | str] = (),
    extractor: Extractor | None = None,
    wait: bool = False,
    mapper: Mapper | None = None,
    layout: str = "auto",
) -> BuildResult:
    """The whole run, holding the output folder's lock: room for the output checked first, then
    the tables published atomically to `out_dir` when at least one article was read.

    With no article, nothing is written and the previous tables stay as they were; `dropped`
    files' articles leave the archive (with `append`), even when that empties it. `layout`
    (`files`, `parts`, `auto`) says how events, event_actors and mentions are published. Raises
    ArchiveBusy when another run holds `out_dir` (unless `wait`), OutputError when the folder
    cannot take the set.
    """
    with run_lock(Path(out_dir), inputs, wait=wait), _cycle_collector_paused():
        files, _ = list_input_files(inputs)
        check_room(Path(out_dir), sum(_size(f) for f in files))
        previous = PreviousSet.read(Path(out_dir))
        gone = frozenset(str(p) for p in dropped)
        built, rejects, files, plan = build_tables(
            inputs, progress, workers, previous, append, gone, extractor, mapper
        )
        n_articles = built["articles"].height
        if n_articles or gone:
            chosen = choose_layout(layout, n_articles, previous)

            def merged(folder: Path) -> dict[str, pl.DataFrame]:
                return _with_summaries(folder, built, plan.write(folder, chosen))

            tables.write_tables(built, Path(out_dir), files, parts=merged)
    notices = [
        (row["source_path"], row["extraction_notice"])
        for row in built["articles"]
        .filter(pl.col("extraction_notice").is_not_null())
        .iter_rows(named=True)
    ]
    return BuildResult(n_articles, rejects, Path(out_dir), notices)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """A run makes millions of records and hardly a reference cycle (33 cyclic objects after
    600 articles): reference counting frees them, and the cycle collector only walks every
    record still alive, again and again (a run's largest pause). It is off for the run (the
    forked workers inherit that) and back on after it, as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _with_summaries(
    folder: Path, built: dict[str, pl.DataFrame], merged: dict[str, pl.DataFrame]
) -> dict[str, pl.DataFrame]:
    """The merged tables to write as files, and the summaries the app reads (`etl.summaries`),
    made from the whole set: the tables at hand and those the blocks wrote as parts."""
    whole = {**built, **merged}
    for name in tables.SCHEMAS:
        if name not in whole:
            whole[name] = tables.read_table(folder, name)
    return {**merged, **summaries(whole)}


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
