"""Train the shipped NER model from NER-P and NERGrit and print its exact-span F1 on the tests.

    python -m etl.ner.train [--corpora ../shared/corpora] [--out etl/ner/model.crfsuite]
    python -m etl.ner.train --search      # also choose the mix and c1/c2 on the valid splits

NER-P is all lower case and news is not. The features leave shapes out of uncased sentences,
so NER-P as it is teaches words and contexts while NERGrit alone teaches what capitals mean;
writing NER-P back in news casing (`restore_case`, the `cased` mixes) scored no better on
NERGrit valid and doubles training, so the default mix is `raw+org+news` (see `MIXES`).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

from etl.ner import MODEL, _tagger, tag_tokens
from etl.ner.corpora import (
    LABELS,
    Sentence,
    casing_tables,
    read_conllu_tokens,
    read_split,
    restore_case,
    span_f1,
    tag_table_organisations,
)
from etl.ner.features import sentence_features
from etl.ner.synthetic import news_sentences

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"
MIXES = (
    "nergrit",
    "raw",
    "raw+org",
    "raw+org+news",
    "cased",
    "cased+raw",
    "cased+raw+org",
    "cased+raw+org+news",
)
"""What joins NERGrit train: NER-P as it is (`raw`) and/or re-cased (`cased`), with the bodies of
`etl/data/organizations.csv` tagged ORG in it (`org`), and sentences made in the pattern of news
(`news`, `etl.ner.synthetic`)."""
NEWS_SENTENCES = 1500


def load(corpora: Path) -> dict[str, list[Sentence]]:
    """Every split of both corpora, keyed `nerp/train`, `nergrit/test`, …"""
    return {
        f"{corpus}/{split}": read_split(corpora, f"{corpus}/{split}")
        for corpus in ("nerp", "nergrit")
        for split in ("train", "valid", "test")
    }


def training_set(data: dict[str, list[Sentence]], corpora: Path, mix: str) -> list[Sentence]:
    """NERGrit train plus NER-P train in the form `mix` names."""
    sentences = list(data["nergrit/train"])
    nerp = data["nerp/train"]
    if "org" in mix:
        nerp = [tag_table_organisations(s) for s in nerp]
    if "raw" in mix:
        sentences += nerp
    if "cased" in mix:
        ud = read_conllu_tokens(corpora / "ud-id-gsd-2.1" / "train.conllu")
        tables = casing_tables(data["nergrit/train"] + [(t, ["O"] * len(t)) for t in ud])
        sentences += [restore_case(s, tables) for s in nerp]
    if "news" in mix:
        sentences += news_sentences(sentences, NEWS_SENTENCES)
    return sentences


def train(sentences: list[Sentence], out: Path, c1: float, c2: float, minfreq: int) -> float:
    """Fit the CRF (L-BFGS, L1 + L2) and write it to `out`; returns the seconds it took."""
    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, tags in sentences:
        trainer.append(sentence_features(tokens), tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 150, "feature.minfreq": minfreq})
    trainer.train(str(out))
    _tagger.cache_clear()
    return time.perf_counter() - started


def evaluate(sentences: list[Sentence], model: Path = MODEL) -> dict[str, float]:
    """Exact-span F1 per type and micro of `model` on corpus sentences."""
    gold = [tags for _, tags in sentences]
    return span_f1(gold, [tag_tokens(tokens, model) for tokens, _ in sentences])


def _line(name: str, scores: dict[str, float]) -> str:
    """One printed row of scores."""
    return f"{name:14} " + "  ".join(f"{k} {scores[k]:.3f}" for k in (*LABELS, "micro"))


def _try(
    data: dict[str, list[Sentence]],
    sentences: list[Sentence],
    model: Path,
    label: str,
    c1: float,
    c2: float,
    minfreq: int,
) -> float:
    """Train one candidate, print its valid scores, return its NERGrit-valid micro F1."""
    seconds = train(sentences, model, c1, c2, minfreq)
    grit, nerp = evaluate(data["nergrit/valid"], model), evaluate(data["nerp/valid"], model)
    size = model.stat().st_size / 1e6
    print(f"{label:10} c1={c1} c2={c2} minfreq={minfreq} {seconds:5.0f}s {size:4.1f}MB")
    print("  " + _line("nergrit/valid", grit) + "\n  " + _line("nerp/valid", nerp), flush=True)
    return grit["micro"]


def search(data: dict[str, list[Sentence]], corpora: Path) -> tuple[str, float, float, int]:
    """The mix, then the regularisation, with the best NERGrit-valid micro F1, printing each try.

    Two stages rather than the full product keep the search within minutes on two cores."""
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "try.crfsuite"
        sets = {mix: training_set(data, corpora, mix) for mix in MIXES}
        default = (0.1, 0.05, 1)
        by_mix = {m: _try(data, sets[m], model, m, *default) for m in MIXES}
        mix = max(by_mix, key=by_mix.__getitem__)
        scored = {default: by_mix[mix]}
        for setting in ((0.05, 0.01, 1), (0.3, 0.01, 1), (0.1, 0.05, 2), (0.5, 0.05, 2)):
            scored[setting] = _try(data, sets[mix], model, mix, *setting)
        c1, c2, minfreq = max(scored, key=scored.__getitem__)
    return mix, c1, c2, minfreq


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--mix", choices=MIXES, default="raw+org+news")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--minfreq", type=int, default=1)
    parser.add_argument("--search", action="store_true", help="choose the settings on valid")
    args = parser.parse_args()
    data = load(args.corpora)
    settings = (args.mix, args.c1, args.c2, args.minfreq)
    if args.search:
        settings = search(data, args.corpora)
    mix, c1, c2, minfreq = settings
    seconds = train(training_set(data, args.corpora, mix), args.out, c1, c2, minfreq)
    size = args.out.stat().st_size / 1e6
    print(f"{mix} c1={c1} c2={c2} minfreq={minfreq}: trained in {seconds:.0f}s, {size:.1f} MB")
    for split in ("nerp/test", "nergrit/test"):
        print(_line(split, evaluate(data[split], args.out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
