"""The set a run replaces: what it keeps of it (ids, cached extractions, the articles themselves).

A run into a folder that already holds a set reads it once: its mentions keep event ids stable,
its `extractions` spare re-reading unchanged articles, and with `--append` its articles (their
text is in `articles`) are the start of the new run's inputs and its `blocks` say which merge
blocks can be carried over as they are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from etl.blocked_merge import BLOCKS
from etl.event_ids import EVENT_ALIASES, PreviousIds
from etl.extractions import EXTRACTIONS, ExtractionCache
from etl.records import Article, Reject
from etl.tables import read_extra, read_tables


@dataclass(frozen=True, slots=True)
class PreviousSet:
    """The tables of the set in `--out`, read before it is replaced."""

    articles: pl.DataFrame
    rejects: pl.DataFrame
    ids: PreviousIds
    extractions: pl.DataFrame
    inputs: list[Path]
    folder: Path
    blocks: pl.DataFrame
    layout: str = "files"

    @classmethod
    def read(cls, out_dir: Path) -> PreviousSet | None:
        """The set in `out_dir`, or None when there is none yet."""
        out_dir = Path(out_dir)
        if not (out_dir / "articles.parquet").exists():
            return None
        t = read_tables(out_dir)
        aliases = read_extra(out_dir, "event_aliases", EVENT_ALIASES)
        manifest = out_dir / "manifest.json"
        stated = json.loads(manifest.read_text()) if manifest.exists() else {}
        listed = stated.get("inputs", [])
        return cls(
            t["articles"],
            t["rejects"],
            PreviousIds.from_tables(
                t["mentions"], t["events"], t["event_actors"], t["articles"], aliases
            ),
            read_extra(out_dir, "extractions", EXTRACTIONS),
            [Path(i["path"]) for i in listed],
            out_dir.resolve(),
            read_extra(out_dir, "blocks", BLOCKS),
            stated.get("layout", "files"),
        )

    def cache(self) -> ExtractionCache:
        return ExtractionCache.from_table(self.extractions)

    def article_ids(self) -> set[str]:
        return set(self.articles["article_id"])

    def source_articles(self, dropped: frozenset[str] = frozenset()) -> list[Article]:
        """The stored articles as the readers gave them (a date the ETL inferred undone), but
        those read from the `dropped` files."""
        kept = self.articles.filter(~_from_files(pl.col("source_path"), dropped))
        return [
            Article(
                article_id=row["article_id"],
                source_path=row["source_path"],
                text=row["text"],
                title=row["title"],
                url=row["url"],
                outlet=row["outlet"],
                dateline=row["dateline"],
                published=row["published"] if row["published_basis"] == "given" else None,
                published_basis="given" if row["published_basis"] == "given" else "unknown",
                language=row["language"],
            )
            for row in kept.iter_rows(named=True)
        ]

    def source_rejects(self, dropped: frozenset[str] = frozenset()) -> list[Reject]:
        kept = self.rejects.filter(~_from_files(pl.col("source_path"), dropped))
        return [Reject(path, reason) for path, reason in kept.iter_rows()]

    def kept_inputs(self, dropped: frozenset[str] = frozenset()) -> list[Path]:
        """Input files of the previous run still on disk, but the dropped ones."""
        return [p for p in self.inputs if str(p) not in dropped and p.is_file()]


def source_file(source: pl.Expr) -> pl.Expr:
    """The file a `source_path` was read from (`file#line 3` → `file`)."""
    return source.str.replace(r"#(line|item|row) \d+$", "")


def _from_files(source: pl.Expr, files: frozenset[str]) -> pl.Expr:
    return source_file(source).is_in(sorted(files))
