"""The public NER corpora of ../shared/corpora: reading, label mapping, casing, span scoring.

NER-P and NERGrit name their types differently and NER-P has types the ETL does not use; both
are mapped onto PER / ORG / LOC here so the model, its training and its tests share one reading.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from etl.ner.features import gazetteer_spans
from etl.ner.tokens import tokenize

Sentence = tuple[list[str], list[str]]
"""A corpus sentence: its tokens and their BIO tags."""

LABELS = ("PER", "ORG", "LOC")
TYPES = {
    "PPL": "PER",
    "PLC": "LOC",
    "IND": "ORG",
    "PERSON": "PER",
    "PLACE": "LOC",
    "ORGANISATION": "ORG",
}
"""Corpus types → ours; NER-P's events (EVT) and food (FNB) are left out, read as O."""


def read_bio(path: Path) -> list[Sentence]:
    """Sentences of a token-tab-tag file with the tags mapped onto PER / ORG / LOC."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                sentences.append((tokens, tags))
            tokens, tags = [], []
            continue
        token, _, tag = line.partition("\t")
        prefix, _, kind = tag.strip().partition("-")
        label = TYPES.get(kind)
        tokens.append(token)
        tags.append(f"{prefix}-{label}" if label else "O")
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def _joinable(tags: list[str]) -> bool:
    """Whether tokens with these tags can become one without changing any entity span."""
    first = tags[0]
    inside = "O" if first == "O" else "I" + first[1:]
    return all(tag == inside for tag in tags[1:])


def retokenize(sentence: Sentence) -> Sentence:
    """A sentence cut the way `etl.ner.tokens` cuts: NERGrit splits at every mark (`al - Assad`,
    `Ma ' ruf`, `Jl .`), the tokenizer keeps such words whole. Entity spans stay as they were."""
    tokens, tags = sentence
    out_tokens: list[str] = []
    out_tags: list[str] = []
    i = 0
    while i < len(tokens):
        token, tag = tokens[i], tags[i]
        following = tokens[i + 3] if i + 3 < len(tokens) else ""
        while (
            i + 2 < len(tokens)
            and tokens[i + 1] in "-'’."
            and _joinable([tag, *tags[i + 1 : i + 3]])
            and len(tokenize(token + tokens[i + 1] + tokens[i + 2])) == 1
        ):
            token += tokens[i + 1] + tokens[i + 2]
            i += 2
            following = tokens[i + 3] if i + 3 < len(tokens) else ""
        if (
            i + 1 < len(tokens)
            and tokens[i + 1] == "."
            and _joinable([tag, tags[i + 1]])
            and tokenize(f"{token}. {following}")[0][0] == token + "."
        ):
            token += "."
            i += 1
        out_tokens.append(token)
        out_tags.append(tag)
        i += 1
    return out_tokens, out_tags


def read_split(corpora: Path, name: str) -> list[Sentence]:
    """A split (`nerp/test`, `nergrit/train`, …) as the model reads it: PER / ORG / LOC tags,
    NERGrit's tokens joined the way `etl.ner.tokens` cuts."""
    sentences = read_bio(corpora / f"{name}.tsv")
    return [retokenize(s) for s in sentences] if name.startswith("nergrit/") else sentences


def read_conllu_tokens(path: Path) -> list[list[str]]:
    """Token forms of each sentence of a CoNLL-U file (multi-word ranges left out)."""
    sentences: list[list[str]] = []
    tokens: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                sentences.append(tokens)
            tokens = []
        elif not line.startswith("#"):
            index, form = line.split("\t", 2)[:2]
            if index.isdigit():
                tokens.append(form)
    if tokens:
        sentences.append(tokens)
    return sentences


def _usual(forms: dict[str, Counter[str]]) -> dict[str, str]:
    """The most frequent written form of each lower-cased word."""
    return {low: counts.most_common(1)[0][0] for low, counts in forms.items()}


def casing_tables(sentences: Iterable[Sentence]) -> tuple[dict[str, str], dict[str, str]]:
    """The usual written form of each word in cased text: past a sentence's first word, and
    inside entity names (where `dan`, `al` or `de` stay lower but `kota` is `Kota`)."""
    outside: dict[str, Counter[str]] = {}
    inside: dict[str, Counter[str]] = {}
    for tokens, tags in sentences:
        for i, (token, tag) in enumerate(zip(tokens, tags, strict=True)):
            if i:
                outside.setdefault(token.lower(), Counter())[token] += 1
            if tag != "O":
                inside.setdefault(token.lower(), Counter())[token] += 1
    return _usual(outside), _usual(inside)


def restore_case(sentence: Sentence, tables: tuple[dict[str, str], dict[str, str]]) -> Sentence:
    """A lower-cased NER-P sentence written as news would be: names and the first word capitalised.

    Entity words take their usual form inside names of cased text, else a capital initial; other
    words take their usual form (`Grammy`, `KPK`, `dan`), else stay lower."""
    outside, inside = tables
    tokens, tags = sentence
    cased = []
    for i, (token, tag) in enumerate(zip(tokens, tags, strict=True)):
        form = inside.get(token) if tag != "O" else outside.get(token, token)
        if form is None or (i == 0 and form.islower()):
            form = token[:1].upper() + token[1:]
        cased.append(form)
    return cased, tags


def tag_table_organisations(sentence: Sentence) -> Sentence:
    """A sentence with the project's organisations (`KPK`, `Polri`) tagged ORG where it left them O.

    NER-P tags companies but leaves state bodies untagged, which the news the ETL reads needs."""
    tokens, tags = sentence
    tags = list(tags)
    for first, last, flag in gazetteer_spans([t.lower() for t in tokens]):
        if flag == "gO" and all(tag == "O" for tag in tags[first:last]):
            tags[first:last] = ["B-ORG"] + ["I-ORG"] * (last - first - 1)
    return tokens, tags


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (first token, end token, label) of a BIO sequence; a stray I- opens one."""
    found: set[tuple[int, int, str]] = set()
    if tags.count("O") == len(tags):  # no name in the sentence
        return found
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if start >= 0 and (prefix != "I" or kind != label):
            found.add((start, i, label))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, label = i, kind
    return found


def span_f1(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, float]:
    """Exact-span F1 per type and micro-averaged (`micro`), over aligned BIO sequences."""
    counts = {label: [0, 0, 0] for label in LABELS}  # true positives, predicted, gold
    for g, p in zip(gold, predicted, strict=True):
        gs, ps = spans(g), spans(p)
        for span in ps:
            counts[span[2]][1] += 1
            counts[span[2]][0] += span in gs
        for span in gs:
            counts[span[2]][2] += 1
    counts["micro"] = [sum(c[k] for c in counts.values()) for k in range(3)]
    return {
        label: round(2 * tp / (npred + ngold), 4) if npred + ngold else 0.0
        for label, (tp, npred, ngold) in counts.items()
    }
