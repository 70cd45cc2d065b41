"""The figures and the misses as text, for a person reading the scorer's output."""

from __future__ import annotations

import re


def _num(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


def _interval(p: dict) -> str:
    if p["date_start"] is None:
        return f"no date ({p['granularity']})"
    end = p["date_end"] or p["date_start"]
    span = p["date_start"] if end == p["date_start"] else f"{p['date_start']}..{end}"
    return f"{span} ({p['granularity']})"


def _with_trigger(sentence: str, trigger: str) -> str:
    if not trigger:
        return sentence
    return re.sub(re.escape(trigger), lambda m: f"[[{m[0]}]]", sentence, count=1, flags=re.I)


def misses_text(found: dict) -> list[str]:
    """The error lists as lines to read in a minute."""
    lines = [f"MISSED gold events ({len(found['missed'])})"]
    for g in found["missed"]:
        who = f"speaker {g['speaker']}" if g["speaker"] else ", ".join(g["actors"])
        lines.append(
            f"  {g['article_id']} {g['eid']} {g['type']} {g['date'] or 'no date'} | {who}"
            f" | {g['note']}"
        )
    lines.append(f"SPURIOUS predictions ({len(found['spurious'])})")
    for p in found["spurious"]:
        actors = ", ".join(f"{a['name']} ({a['role']})" for a in p["actors"]) or "no actors"
        lines.append(f"  {p['article_id']} {p['event_id']} {p['type']} {_interval(p)} | {actors}")
        lines.extend(
            f"      trigger {m['trigger']!r}: {_with_trigger(m['sentence'], m['trigger'])}"
            for m in p["mentions"]
        )
    lines.append(f"WRONG DATES of matched events ({len(found['wrong_dates'])})")
    for w in found["wrong_dates"]:
        p = w["predicted"]
        lines.append(
            f"  {w['article_id']} {w['eid']} {w['type']} gold {w['date']}"
            f" vs {p['event_id']} {_interval(p)} | {w['note']}"
        )
    return [*lines, ""]


def report_text(result: dict) -> str:
    """The per-type table, then the six headline lines, the last six of the output."""
    header = (
        f"{'type':<12}{'gold':>6}{'pred':>6}{'match':>7}{'P':>7}{'R':>7}{'F1':>7}"
        f"{'strict F1':>11}  date accuracy"
    )
    lines = [header]
    for kind, f in [*result["by_type"].items(), ("all", result["overall"])]:
        lines.append(
            f"{kind:<12}{f['gold']:>6}{f['predicted']:>6}{f['matched']:>7}"
            f"{_num(f['precision']):>7}{_num(f['recall']):>7}{_num(f['f1']):>7}"
            f"{_num(f['strict_f1']):>11}  {_num(f['date_accuracy'])}"
            f" ({f['date_right']}/{f['dated']})"
        )
    other = result["ignored"]["other_types"]
    kinds = ", ".join(f"{k} {n}" for k, n in other.items())
    lines.append(
        f"ignored: {sum(other.values())} predictions of types the gold does not annotate"
        + (f" ({kinds})" if kinds else "")
        + f"; {result['ignored']['outside_gold']} predictions in articles not in GOLD"
    )
    o, merge = result["overall"], result["merge"]
    merge_line = (
        "merge recall n/a (no --same)"
        if merge is None
        else f"merge recall {_num(merge['recall']).strip()} ({merge['merged']}/{merge['groups']})"
    )
    lines += [
        "",
        f"overall  P {_num(o['precision'])}  R {_num(o['recall'])}  F1 {_num(o['f1'])}",
        f"strict   P {_num(o['strict_precision'])}  R {_num(o['strict_recall'])}"
        f"  F1 {_num(o['strict_f1'])}",
        f"date accuracy {_num(o['date_accuracy']).strip()} ({o['date_right']}/{o['dated']})",
        merge_line,
        f"articles {result['articles']['gold']} (gold) {result['articles']['predicted']}"
        " (predicted)",
        f"events {o['gold']} gold, {o['predicted']} predicted, {o['matched']} matched",
    ]
    return "\n".join(lines)
