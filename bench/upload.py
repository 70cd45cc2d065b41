"""Benchmark: one small upload into an archive of a few hundred articles, against a full rebuild.

    python bench/upload.py [--copies 4]

The archive is made at run time from the articles of ../shared (seeds, gold/dev and gold/dev2),
each taken `--copies` times with a numbered closing line so no copy is a duplicate by content;
nothing of them is kept here. Prints the seconds of a full rebuild (no previous set: every article
extracted), of a re-run into the built set (every extraction cached), and of the app's upload of
one short article (only it extracted), with the upload's time as a fraction of the rebuild's.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from app.pipeline import build_archive, ingest  # noqa: E402

UPLOAD = {
    "id": "bench-unggah",
    "published": "2024-02-05",
    "text": (
        "Jakarta - Menteri Luar Negeri Retno Marsudi bertemu Duta Besar Jepang di Jakarta "
        "pada Senin (5/2/2024). Keduanya membahas kerja sama perdagangan."
    ),
}


def _records(copies: int) -> list[dict[str, str]]:
    base = [{"id": p.stem, "text": p.read_text()} for p in sorted((SHARED / "seeds").glob("*.txt"))]
    for name in ("dev.jsonl", "dev2.jsonl"):
        lines = (SHARED / "gold" / name).read_text().splitlines()
        base += [json.loads(line) for line in lines if line.strip()]
    return [
        {**r, "id": f"{r['id']}-{k}", "text": f"{r['text']}\n\n(Salinan {k}.)"}
        for k in range(copies)
        for r in base
    ]


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-upload-") as folder:
        raw, out = Path(folder) / "raw", Path(folder) / "processed"
        raw.mkdir()
        records = _records(args.copies)
        (raw / "archive.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        )
        rebuild = _timed(lambda: build_archive(raw, out))
        rerun = _timed(lambda: build_archive(raw, out))
        payload = (json.dumps(UPLOAD, ensure_ascii=False) + "\n").encode()
        upload = _timed(lambda: ingest([("unggahan.jsonl", payload)], raw, out))
    print(f"archive: {len(records)} articles")
    print(f"full rebuild (all extracted): {rebuild:6.2f} s")
    print(f"re-run (all cached):          {rerun:6.2f} s  ({rerun / rebuild:.3f} of the rebuild)")
    print(f"upload of one article:        {upload:6.2f} s  ({upload / rebuild:.3f} of the rebuild)")


if __name__ == "__main__":
    main()
