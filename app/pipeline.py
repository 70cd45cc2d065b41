"""The app's one door into the ETL: build the tables, take in uploaded articles, annotate a text.

Pages never import the ETL; they call these functions. An upload is read by the ETL's own readers
before anything is kept, so a file that yields no article changes nothing.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.highlight import Mark
from etl.pipeline import annotate, build
from etl.readers import read_inputs
from etl.records import Article, Reject

UPLOAD_TYPES = ("txt", "jsonl", "json", "csv", "html", "htm")
UPLOAD_FOLDER = "uploads"

Progress = Callable[[int, int], None]


def build_archive(raw: Path, out: Path, progress: Progress | None = None) -> int:
    """Run the ETL over `raw` into `out`; the number of articles read."""
    return build([raw], out, progress).n_articles


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What became of an upload: files kept with their article counts, and rejected inputs."""

    kept: dict[str, int] = field(default_factory=dict)
    rejected: list[Reject] = field(default_factory=list)
    n_articles: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.kept)


def _free_name(folder: Path, name: str) -> Path:
    """`name` in `folder`, numbered when taken, so an upload never overwrites an earlier one."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate


def _check(staged: Path) -> tuple[int, list[Reject]]:
    """How many articles a staged file yields, and what the readers rejected in it."""
    articles, rejects = 0, []
    for item in read_inputs([staged]):
        if isinstance(item, Article):
            articles += 1
        else:
            rejects.append(Reject(staged.name, item.reason))
    return articles, rejects


def ingest(
    uploads: Sequence[tuple[str, bytes]],
    raw: Path,
    out: Path,
    progress: Progress | None = None,
) -> IngestReport:
    """Validate uploaded files, keep those that yield articles in `raw/uploads`, rebuild `out`.

    A file of an unsupported type or without a usable article is reported and not kept; if the
    rebuild fails, the kept files are removed again and the previous tables stay in place.
    """
    kept: dict[Path, int] = {}
    rejected: list[Reject] = []
    with tempfile.TemporaryDirectory(prefix="linimasa-upload-") as staging_dir:
        for name, payload in uploads:
            safe_name = Path(name).name
            if Path(safe_name).suffix.lower().lstrip(".") not in UPLOAD_TYPES:
                allowed = ", ".join(f".{t}" for t in UPLOAD_TYPES)
                rejected.append(Reject(safe_name, f"not a supported file type ({allowed})"))
                continue
            staged = Path(staging_dir) / safe_name
            staged.write_bytes(payload)
            n_articles, rejects = _check(staged)
            rejected += rejects
            if n_articles == 0 and not rejects:
                rejected.append(Reject(safe_name, "no article text found"))
            if n_articles:
                target = _free_name(raw / UPLOAD_FOLDER, safe_name)
                kept[target] = n_articles
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(staged, target)
    if not kept:
        return IngestReport(rejected=rejected)
    try:
        n_articles = build_archive(raw, out, progress)
    except Exception:
        for path in kept:
            path.unlink(missing_ok=True)
        raise
    return IngestReport({p.name: n for p, n in kept.items()}, rejected, n_articles)


def article_marks(text: str, published: date | None) -> list[Mark]:
    """The ETL's own reading of an article: its time expressions, actors and triggers."""
    return [Mark(h.start, h.end, h.kind, h.label) for h in annotate(text, published)]
