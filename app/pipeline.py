"""The app's one door into the ETL: build the tables, take in uploaded articles, annotate a text.

Pages never import the ETL; they call these functions. An upload is read by the ETL's own readers
before anything is kept, so a file that yields no new article changes nothing; the files kept are
appended (`python -m etl ... --append`): only their articles are extracted.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

import polars as pl

from app.archive import has_tables
from app.highlight import Mark
from etl.duplicates import DUPLICATE_PREFIX, normalised_hash
from etl.pipeline import annotate, build
from etl.previous import source_file
from etl.publish import ArchiveBusy, OutputError
from etl.readers import MAX_FILE_BYTES, read_inputs
from etl.records import Reject
from etl.tables import read_tables

UPLOAD_TYPES = ("txt", "jsonl", "json", "csv", "html", "htm")
UPLOAD_FOLDER = "uploads"
UPLOAD_SCHEMA = pl.Schema({"file": pl.String, "articles": pl.Int64, "added": pl.Datetime("us")})

Progress = Callable[[int, int], None]


def build_archive(raw: Path, out: Path, progress: Progress | None = None) -> int:
    """Run the ETL over `raw` into `out`; the number of articles read."""
    return build([raw], out, progress).n_articles


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What became of one uploaded file: `added` (with its new articles and the copies it held),
    `duplicate` (every article already in the archive) or `rejected` (and why)."""

    name: str
    status: str
    n_articles: int = 0
    duplicates: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IngestReport:
    """Every file's outcome, and how many articles the archive holds now."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    n_articles: int = 0

    @property
    def changed(self) -> bool:
        return any(o.status == "added" for o in self.outcomes)

    @property
    def kept(self) -> dict[str, int]:
        return {o.name: o.n_articles for o in self.outcomes if o.status == "added"}


def _free_name(folder: Path, name: str) -> Path:
    """`name` in `folder`, numbered when taken, so an upload never overwrites an earlier one."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate


def _unusable_name(name: str, size: int) -> str | None:
    """Why the ETL would not read a file of this name and size, or None when it would."""
    if name.startswith("."):
        return "a hidden file name (it starts with '.'), which the ETL skips: rename the file"
    if Path(name).suffix.lower().lstrip(".") not in UPLOAD_TYPES:
        return f"not a supported file type ({', '.join(f'.{t}' for t in UPLOAD_TYPES)})"
    if size > MAX_FILE_BYTES:
        return (
            f"file too large ({size / 1_048_576:.1f} MB; the limit is "
            f"{MAX_FILE_BYTES / 1_048_576:.0f} MB per file)"
        )
    return None


@dataclass(slots=True)
class _Known:
    """The archive's articles by normalised text and by id, grown as a batch is read."""

    by_text: dict[str, str]
    ids: set[str]

    @classmethod
    def of(cls, out: Path) -> _Known:
        articles = read_tables(out)["articles"] if has_tables(out) else None
        if articles is None:
            return cls({}, set())
        labels = articles.select(pl.coalesce("title", "article_id"), "text").iter_rows()
        return cls(
            {normalised_hash(text): str(label) for label, text in labels},
            set(articles["article_id"]),
        )


def _check(staged: Path, known: _Known) -> FileOutcome | None:
    """The outcome of a staged file when it adds nothing; None when it has new articles."""
    new, copies, reasons = 0, [], []
    for item in read_inputs([staged]):
        if isinstance(item, Reject):
            reasons.append(item.reason)
        elif (label := known.by_text.get(normalised_hash(item.text))) is not None:
            copies.append(label)
        elif item.article_id in known.ids:
            reasons.append(f"an article with id {item.article_id!r} is already in the archive")
        else:
            new += 1
            known.by_text[normalised_hash(item.text)] = item.title or item.article_id
            known.ids.add(item.article_id)
    if new:
        return None
    if copies and not reasons:
        return FileOutcome(staged.name, "duplicate", duplicates=tuple(copies))
    return FileOutcome(staged.name, "rejected", reasons=tuple(reasons or ["no article text found"]))


def _append(files: list[Path], out: Path, progress: Progress | None) -> dict[Path, str]:
    """Append the kept files to the archive, all at once, else one by one when that fails; the
    files that could not be taken in, with why (they are removed again). When the archive
    itself cannot take them (another run holds it, the disk is full), none is kept and the
    error goes up as it is."""
    try:
        build(files, out, progress, append=True)
        return {}
    except (ArchiveBusy, OutputError):
        for path in files:
            path.unlink(missing_ok=True)
        raise
    except Exception:  # a file the ETL cannot process must not keep the others out
        failed: dict[Path, str] = {}
        for path in files:
            try:
                build([path], out, progress, append=True)
            except Exception as error:
                failed[path] = f"the ETL could not process it ({error})"
                path.unlink(missing_ok=True)
        return failed


def _from_file(source: pl.Expr, path: Path) -> pl.Expr:
    return source_file(source) == str(path)


def _outcome(path: Path, t: dict[str, pl.DataFrame], labels: dict[str, str]) -> FileOutcome:
    """What the archive now holds of a kept file: its articles, and the copies it held."""
    n = t["articles"].filter(_from_file(pl.col("source_path"), path)).height
    reasons = t["rejects"].filter(_from_file(pl.col("source_path"), path))["reason"]
    copies = [
        labels.get(r.removeprefix(DUPLICATE_PREFIX), r.removeprefix(DUPLICATE_PREFIX))
        for r in reasons
        if r.startswith(DUPLICATE_PREFIX)
    ]
    others = tuple(r for r in reasons if not r.startswith(DUPLICATE_PREFIX))
    return FileOutcome(path.name, "added", n, tuple(copies), others)


def ingest(
    uploads: Sequence[tuple[str, bytes]],
    raw: Path,
    out: Path,
    progress: Progress | None = None,
) -> IngestReport:
    """Take uploaded files into the archive: each is read by the ETL's readers first, and only
    files with new articles are kept (in `raw/uploads`) and appended, so that only their articles
    are extracted. Every file gets its own outcome; a failing one does not keep out the rest."""
    known = _Known.of(out)
    outcomes: dict[str, FileOutcome] = {}
    kept: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="linimasa-upload-") as staging_dir:
        for name, payload in uploads:
            safe_name = Path(name).name
            why = _unusable_name(safe_name, len(payload))
            if why is not None:
                outcomes[safe_name] = FileOutcome(safe_name, "rejected", reasons=(why,))
                continue
            target = _free_name(raw / UPLOAD_FOLDER, safe_name)
            staged = Path(staging_dir) / target.name
            staged.write_bytes(payload)
            outcome = _check(staged, known)
            if outcome is not None:
                outcomes[safe_name] = replace(outcome, name=safe_name)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(staged, target)
            kept.append(target)
            outcomes[target.name] = FileOutcome(target.name, "added")
    failed = _append(kept, out, progress) if kept else {}
    t = read_tables(out)
    labels = dict(
        zip(
            t["articles"]["article_id"],
            t["articles"].select(pl.coalesce("title", "article_id")).to_series(),
            strict=True,
        )
    )
    for path in kept:
        outcomes[path.name] = (
            FileOutcome(path.name, "rejected", reasons=(failed[path],))
            if path in failed
            else _outcome(path, t, labels)
        )
    return IngestReport(list(outcomes.values()), t["articles"].height)


def _count(out: Path) -> int:
    return read_tables(out)["articles"].height if has_tables(out) else 0


def uploads(raw: Path, articles: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """The uploaded files, newest first: name, the articles the archive holds of each, when."""
    folder = raw / UPLOAD_FOLDER
    files = sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime) if folder.is_dir() else []
    files = [p for p in files if p.is_file()]
    if not files:
        return pl.DataFrame(schema=UPLOAD_SCHEMA)
    counts = (
        articles.lazy()
        .filter(pl.col("source_path").str.starts_with(str(folder)))
        .select(source_file(pl.col("source_path")).alias("file"))
        .collect()["file"]
        .value_counts(name="n")
    )
    held = dict(zip(counts["file"], counts["n"], strict=True))
    return pl.DataFrame(
        [
            (p.name, held.get(str(p), 0), datetime.fromtimestamp(p.stat().st_mtime))
            for p in reversed(files)
        ],
        schema=UPLOAD_SCHEMA,
        orient="row",
    )


def remove_upload(name: str, raw: Path, out: Path) -> int:
    """Remove an uploaded file and its articles from the archive (the rest keep their ids);
    how many articles the archive holds now."""
    path = raw / UPLOAD_FOLDER / Path(name).name
    if not path.is_file():
        raise FileNotFoundError(f"no uploaded file {Path(name).name!r}")
    build([], out, append=True, dropped=[path])
    path.unlink()
    return _count(out)


def article_marks(text: str, published: date | None) -> list[Mark]:
    """The ETL's own reading of an article: its time expressions, actors and triggers."""
    return [Mark(h.start, h.end, h.kind, h.label) for h in annotate(text, published)]
