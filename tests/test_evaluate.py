"""`etl.evaluate`: the scoring rules of gold/SCORING.md on small hand-made gold files and tables."""

from __future__ import annotations

import itertools
import json
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from etl.evaluate import (
    NameMatcher,
    date_right,
    evaluate,
    gold_span,
    load_gold,
    main,
    max_weight_matching,
)
from etl.tables import frame, write_tables

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO.parent / "shared" / "gold"


def gold_event(eid, kind, day, actors, speaker=None, note=""):
    return {
        "eid": eid,
        "type": kind,
        "date": day,
        "date_basis": "none" if day is None else "explicit",
        "actors": actors,
        "speaker": speaker,
        "location": None,
        "modality": "asserted",
        "note": note or f"{kind} of {', '.join(actors)}",
    }


def write_gold(path: Path, articles: dict[str, list[dict]]) -> Path:
    lines = [
        json.dumps({"id": a, "published": "2023-04-17", "events": es}) for a, es in articles.items()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def predicted(event_id, kind, articles, start, end, granularity, actors, trigger="bertemu"):
    """One predicted event: mentioned in `articles`, actors as (name, role) pairs."""
    return {
        "event_id": event_id,
        "type": kind,
        "articles": articles,
        "start": date.fromisoformat(start) if start else None,
        "end": date.fromisoformat(end) if end else None,
        "granularity": granularity,
        "actors": actors,
        "trigger": trigger,
    }


def write_out(path: Path, events: list[dict], articles: tuple[str, ...] = ("a",)) -> Path:
    """The contract tables of a run that predicted `events`."""
    slug = {name: name.lower().replace(" ", "-") for e in events for name, _ in e["actors"]}
    tables = {
        "articles": frame(
            "articles",
            [
                {
                    "article_id": a,
                    "source_path": f"{a}.txt",
                    "published_basis": "given",
                    "language": "id",
                    "text": "",
                }
                for a in sorted({*articles, *(a for e in events for a in e["articles"])})
            ],
        ),
        "events": frame(
            "events",
            [
                {
                    "event_id": e["event_id"],
                    "event_type": e["type"],
                    "date_start": e["start"],
                    "date_end": e["end"],
                    "granularity": e["granularity"],
                    "date_basis": "explicit",
                    "modality": "asserted",
                    "summary": e["event_id"],
                    "n_articles": len(e["articles"]),
                    "confidence": 1.0,
                }
                for e in events
            ],
        ),
        "event_actors": frame(
            "event_actors",
            [
                {"event_id": e["event_id"], "actor_id": slug[name], "role": role}
                for e in events
                for name, role in e["actors"]
            ],
        ),
        "actors": frame(
            "actors",
            [
                {"actor_id": s, "name": n, "kind": "person", "titles": [], "aliases": []}
                for n, s in slug.items()
            ],
        ),
        "mentions": frame(
            "mentions",
            [
                {
                    "event_id": e["event_id"],
                    "article_id": a,
                    "sentence": f"Mereka {e['trigger']} di Moskow.",
                    "char_start": 0,
                    "char_end": 10,
                    "trigger": e["trigger"],
                }
                for e in events
                for a in e["articles"]
            ],
        ),
    }
    return write_tables(tables, path)


MEETING = gold_event(
    "a-m1", "meeting", "2023-04-16", ["Vladimir Putin", "Li Shangfu", "Sergei Shoigu"]
)
VISIT = gold_event("a-v1", "visit", "2023-04-16", ["Li Shangfu", "Rusia"])
STATEMENT = gold_event("a-s1", "statement", None, ["Tiongkok"], speaker="Tiongkok")

GOOD_MEETING = predicted(
    "ev-m", "meeting", ["a"], "2023-04-16", "2023-04-16", "day",
    [("Putin", "host"), ("Li Shangfu", "participant")],
)  # fmt: skip
GOOD_VISIT = predicted(
    "ev-v", "visit", ["a"], "2023-04-16", "2023-04-16", "day",
    [("Li Shangfu", "visitor"), ("Moskow", "host")], trigger="berkunjung",
)  # fmt: skip
GOOD_STATEMENT = predicted(
    "ev-s", "statement", ["a"], None, None, "unknown", [("China", "speaker")], trigger="membantah"
)


def score(tmp_path, gold_articles, events, same=None, misses=False):
    gold = write_gold(tmp_path / "gold.jsonl", gold_articles)
    out = write_out(tmp_path / "out", events)
    same_path = None
    if same is not None:
        same_path = tmp_path / "same.json"
        same_path.write_text(json.dumps({"groups": same}))
    return evaluate(gold, out, same_path, misses=misses)


def test_a_perfect_prediction_scores_one_everywhere(tmp_path):
    result = score(
        tmp_path, {"a": [MEETING, VISIT, STATEMENT]}, [GOOD_MEETING, GOOD_VISIT, GOOD_STATEMENT]
    )
    overall = result["overall"]
    assert (overall["gold"], overall["predicted"], overall["matched"]) == (3, 3, 3)
    for name in ("precision", "recall", "f1", "strict_precision", "strict_recall", "strict_f1"):
        assert overall[name] == 1.0
    assert (overall["date_right"], overall["dated"], overall["date_accuracy"]) == (2, 2, 1.0)
    assert {t: f["f1"] for t, f in result["by_type"].items()} == {
        "meeting": 1.0,
        "visit": 1.0,
        "statement": 1.0,
    }


def test_a_missed_event_lowers_recall_only(tmp_path):
    result = score(tmp_path, {"a": [MEETING, VISIT, STATEMENT]}, [GOOD_MEETING, GOOD_STATEMENT])
    overall = result["overall"]
    assert (overall["precision"], overall["recall"]) == (1.0, 2 / 3)
    assert overall["f1"] == pytest.approx(0.8)
    assert result["by_type"]["visit"]["recall"] == 0.0
    assert result["by_type"]["visit"]["precision"] is None


def test_a_spurious_event_lowers_precision_only(tmp_path):
    extra = predicted(
        "ev-x", "statement", ["a"], None, None, "unknown", [("Sergei Shoigu", "speaker")]
    )
    result = score(tmp_path, {"a": [MEETING, STATEMENT]}, [GOOD_MEETING, GOOD_STATEMENT, extra])
    assert (result["overall"]["precision"], result["overall"]["recall"]) == (2 / 3, 1.0)
    assert result["by_type"]["statement"]["precision"] == 0.5


@pytest.mark.parametrize(
    ("gold", "predicted_name", "same"),
    [
        ("Vladimir Putin", "Putin", True),
        ("Putin", "Vladimir Putin", True),
        ("Li Shangfu", "Li", False),
        ("Li Shangfu", "Shangfu", True),
        ("Li Shangfu", "Li Qiang", False),
        ("Tiongkok", "China", True),
        ("Tiongkok", "Cina", True),
        ("Tiongkok", "RRT", True),
        ("China", "Beijing", True),
        ("Amerika Serikat", "AS", True),
        ("Amerika Serikat", "Washington", True),
        ("Amerika Serikat", "United States", True),
        ("Rusia", "Kremlin", True),
        ("Rusia", "Moskow", True),
        ("Inggris", "Britania Raya", True),
        ("Prancis", "Perancis", True),
        ("Jepang", "Tokyo", True),
        ("Joko Widodo", "Jokowi", True),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", True),
        ("Ma'ruf Amin", "Maruf Amin", True),
        ("Mahfud MD", "Mahfud M.D.", True),
        ("vladimir putin", "VLADIMIR PUTIN", True),
        ("Kementerian Luar Negeri RI", "Kemlu RI", True),
        ("Kementerian Luar Negeri RI", "Kementerian Luar Negeri Malaysia", False),
        ("Korea Selatan", "Korea Utara", False),
        ("Tiongkok", "Amerika Serikat", False),
        ("Xi Jinping", "Joko Widodo", False),
    ],
)
def test_names_match_by_folding_containment_and_common_aliases(gold, predicted_name, same):
    assert NameMatcher.default().match(gold, predicted_name) is same


@pytest.mark.parametrize(
    ("gold", "start", "end", "granularity", "right"),
    [
        ("2023-04-16", "2023-04-16", "2023-04-16", "day", True),
        ("2023-04-16", "2023-04-17", "2023-04-17", "day", False),
        ("2023-04-16", "2023-04-01", "2023-04-30", "month", False),
        ("2023-03", "2023-03-01", "2023-03-31", "month", True),
        ("2023-03", "2023-03-15", "2023-03-15", "day", False),
        ("2023-03", "2023-04-01", "2023-04-30", "month", False),
        ("2023", "2023-01-01", "2023-12-31", "year", True),
        ("2023-W15", "2023-04-10", "2023-04-16", "week", True),
        ("2023-W15", "2023-04-12", "2023-04-12", "day", False),
        ("2023-W15", "2023-04-17", "2023-04-23", "week", False),
        ("2023-04-10/2023-04-12", "2023-04-11", "2023-04-11", "day", True),
        ("2023-04-10/2023-04-12", "2023-04-12", "2023-04-14", "range", True),
        ("2023-04-10/2023-04-12", "2023-04-13", "2023-04-13", "day", False),
        ("2023-04-16", "2023-04-16", None, "day", True),
        ("2023-04-16", None, None, "unknown", False),
        (None, "2023-04-16", "2023-04-16", "day", False),
    ],
)
def test_a_date_is_right_when_interval_overlaps_and_granularity_agrees(
    gold, start, end, granularity, right
):
    as_date = date.fromisoformat
    assert date_right(gold, start and as_date(start), end and as_date(end), granularity) is right


@pytest.mark.parametrize(
    ("gold", "first", "last", "granularity"),
    [
        ("2024-02", "2024-02-01", "2024-02-29", "month"),
        ("2023-12", "2023-12-01", "2023-12-31", "month"),
        ("2020-W53", "2020-12-28", "2021-01-03", "week"),
        ("2023-04-10/2023-04-12", "2023-04-10", "2023-04-12", "day"),
    ],
)
def test_gold_dates_cover_the_days_their_form_says(gold, first, last, granularity):
    span = gold_span(gold)
    assert (span.start.isoformat(), span.end.isoformat(), span.granularity) == (
        first,
        last,
        granularity,
    )


def test_a_day_for_a_month_gold_date_matches_but_is_strictly_wrong(tmp_path):
    gold = gold_event("a-m2", "meeting", "2023-03", ["Xi Jinping", "Vladimir Putin"])
    day = predicted(
        "ev-1", "meeting", ["a"], "2023-03-20", "2023-03-20", "day",
        [("Xi Jinping", "participant"), ("Putin", "host")],
    )  # fmt: skip
    result = score(tmp_path, {"a": [gold]}, [day], misses=True)
    overall = result["overall"]
    assert (overall["f1"], overall["strict_f1"], overall["date_accuracy"]) == (1.0, 0.0, 0.0)
    [wrong] = result["wrong_dates"]
    assert (wrong["eid"], wrong["predicted"]["granularity"]) == ("a-m2", "day")


def test_an_iso_week_gold_date_is_right_for_that_week(tmp_path):
    gold = gold_event("a-m3", "meeting", "2023-W15", ["Xi Jinping", "Vladimir Putin"])
    week = predicted(
        "ev-1", "meeting", ["a"], "2023-04-10", "2023-04-16", "week",
        [("Xi Jinping", "participant"), ("Vladimir Putin", "host")],
    )  # fmt: skip
    assert score(tmp_path, {"a": [gold]}, [week])["overall"]["date_accuracy"] == 1.0


def test_an_undated_gold_event_is_a_strict_match_whatever_the_prediction(tmp_path):
    dated = {**GOOD_STATEMENT, "start": date(2023, 4, 1), "end": date(2023, 4, 1)}
    result = score(tmp_path, {"a": [STATEMENT]}, [{**dated, "granularity": "day"}])
    assert (result["overall"]["strict_f1"], result["overall"]["dated"]) == (1.0, 0)


@pytest.mark.parametrize(
    ("actors", "matches"),
    [
        ([("Putin", "host"), ("Shoigu", "participant")], True),
        ([("Vladimir Putin", "host")], False),
        ([("Putin", "host"), ("Vladimir Putin", "participant")], False),
        ([("Li", "participant"), ("Putin", "host")], False),
    ],
)
def test_a_meeting_needs_two_of_its_gold_actors(tmp_path, actors, matches):
    meeting = predicted("ev-1", "meeting", ["a"], "2023-04-16", "2023-04-16", "day", actors)
    assert score(tmp_path, {"a": [MEETING]}, [meeting])["overall"]["matched"] == int(matches)


def test_one_predicted_actor_stands_for_one_gold_actor_only(tmp_path):
    couple = gold_event("a-m1", "meeting", "2023-04-16", ["Joko Widodo", "Iriana Joko Widodo"])
    alone = predicted(
        "ev-1", "meeting", ["a"], "2023-04-16", "2023-04-16", "day", [("Joko Widodo", "host")]
    )
    assert score(tmp_path, {"a": [couple]}, [alone])["overall"]["matched"] == 0


def test_a_visit_needs_its_visitor_not_its_host(tmp_path):
    host_only = predicted(
        "ev-1", "visit", ["a"], "2023-04-16", "2023-04-16", "day", [("Rusia", "host")]
    )
    assert score(tmp_path, {"a": [VISIT]}, [host_only])["overall"]["matched"] == 0


def test_a_statement_needs_its_speaker_in_the_speaker_role(tmp_path):
    as_target = {**GOOD_STATEMENT, "actors": [("China", "target")]}
    assert score(tmp_path, {"a": [STATEMENT]}, [as_target])["overall"]["matched"] == 0


def test_two_gold_statements_and_one_prediction_make_one_match_the_date_right_one(tmp_path):
    earlier = gold_event("a-s1", "statement", "2023-04-14", ["Li Shangfu"], speaker="Li Shangfu")
    later = gold_event("a-s2", "statement", "2023-04-16", ["Li Shangfu"], speaker="Li Shangfu")
    said = predicted(
        "ev-s", "statement", ["a"], "2023-04-16", "2023-04-16", "day", [("Li Shangfu", "speaker")]
    )
    result = score(tmp_path, {"a": [earlier, later]}, [said], misses=True)
    assert (result["overall"]["matched"], result["overall"]["date_right"]) == (1, 1)
    assert [m["eid"] for m in result["missed"]] == ["a-s1"]


def test_matching_keeps_the_most_pairs_before_right_dates(tmp_path):
    putin_xi = gold_event("a-m1", "meeting", "2023-03-20", ["Vladimir Putin", "Xi Jinping"])
    putin_shoigu = gold_event("a-m2", "meeting", "2023-03-21", ["Vladimir Putin", "Sergei Shoigu"])
    wide = predicted(
        "ev-1", "meeting", ["a"], "2023-03-20", "2023-03-20", "day",
        [("Putin", "host"), ("Xi Jinping", "participant"), ("Shoigu", "participant")],
    )  # fmt: skip
    narrow = predicted(
        "ev-2", "meeting", ["a"], "2023-03-22", "2023-03-22", "day",
        [("Putin", "host"), ("Xi Jinping", "participant")],
    )  # fmt: skip
    result = score(tmp_path, {"a": [putin_xi, putin_shoigu]}, [wide, narrow])
    assert (result["overall"]["matched"], result["overall"]["date_right"]) == (2, 0)


@pytest.mark.parametrize(("merged", "recall"), [(True, 1.0), (False, 0.0)])
def test_merge_recall_counts_groups_matched_to_one_predicted_event(tmp_path, merged, recall):
    gold = {
        "a": [gold_event("a-m1", "meeting", "2023-04-16", ["Vladimir Putin", "Li Shangfu"])],
        "b": [gold_event("b-m1", "meeting", "2023-04-16", ["Li Shangfu", "Vladimir Putin"])],
    }
    actors = [("Vladimir Putin", "host"), ("Li Shangfu", "participant")]
    events = (
        [predicted("ev-1", "meeting", ["a", "b"], "2023-04-16", "2023-04-16", "day", actors)]
        if merged
        else [
            predicted("ev-1", "meeting", ["a"], "2023-04-16", "2023-04-16", "day", actors),
            predicted("ev-2", "meeting", ["b"], "2023-04-16", "2023-04-16", "day", actors),
        ]
    )
    result = score(tmp_path, gold, events, same=[["a-m1", "b-m1"]])
    assert result["merge"] == {"groups": 1, "merged": int(merged), "recall": recall}
    assert result["overall"]["f1"] == 1.0


def test_other_types_and_other_articles_are_ignored_not_spurious(tmp_path):
    other_type = predicted("ev-o", "negotiation", ["a"], None, None, "unknown", [("Putin", "host")])
    elsewhere = predicted("ev-e", "statement", ["z"], None, None, "unknown", [("Putin", "speaker")])
    result = score(tmp_path, {"a": [STATEMENT]}, [GOOD_STATEMENT, other_type, elsewhere])
    assert result["overall"]["precision"] == 1.0
    assert result["ignored"] == {"other_types": {"negotiation": 1}, "outside_gold": 1}
    assert result["articles"] == {"gold": 1, "predicted": 1}


def test_max_weight_matching_equals_brute_force():
    rng = random.Random(7)
    for rows, cols in [(3, 3), (2, 5), (5, 2), (4, 4), (1, 3)]:
        weights = [[rng.choice([0, 0, 3, 4]) for _ in range(cols)] for _ in range(rows)]
        pairs = max_weight_matching(weights)
        assert len({r for r, _ in pairs}) == len({c for _, c in pairs}) == len(pairs)
        best = max(
            sum(weights[r][c] for r, c in zip(order, cols_order, strict=False))
            for order in itertools.permutations(range(rows))
            for cols_order in itertools.permutations(range(cols))
        )
        assert sum(weights[r][c] for r, c in pairs) == best


def test_the_dev_gold_file_loads_whole():
    gold = load_gold(GOLD_DIR / "dev.gold.jsonl")
    assert (len(gold), sum(len(es) for es in gold.values())) == (20, 99)


def test_the_command_prints_misses_and_ends_with_the_six_headline_lines(tmp_path):
    gold = write_gold(tmp_path / "gold.jsonl", {"a": [MEETING, VISIT, STATEMENT]})
    out = write_out(tmp_path / "out", [GOOD_MEETING, GOOD_STATEMENT])
    run = subprocess.run(
        [sys.executable, "-m", "etl.evaluate", str(gold), str(out), "--misses"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "a-v1" in run.stdout and "Li Shangfu, Rusia" in run.stdout
    assert run.stdout.splitlines()[-6:] == [
        "overall  P 1.000  R 0.667  F1 0.800",
        "strict   P 1.000  R 0.667  F1 0.800",
        "date accuracy 1.000 (1/1)",
        "merge recall n/a (no --same)",
        "articles 1 (gold) 1 (predicted)",
        "events 3 gold, 2 predicted, 2 matched",
    ]


def test_json_output_is_the_evaluate_function(tmp_path, capsys):
    gold = write_gold(tmp_path / "gold.jsonl", {"a": [MEETING]})
    out = write_out(tmp_path / "out", [GOOD_MEETING])
    assert main([str(gold), str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == evaluate(gold, out)


def test_spurious_predictions_are_listed_with_their_sentence_and_trigger(tmp_path, capsys):
    gold = write_gold(tmp_path / "gold.jsonl", {"a": [STATEMENT]})
    out = write_out(tmp_path / "out", [GOOD_STATEMENT, GOOD_VISIT])
    assert main([str(gold), str(out), "--misses"]) == 0
    printed = capsys.readouterr().out
    assert "ev-v visit 2023-04-16 (day) | Li Shangfu (visitor), Moskow (host)" in printed
    assert "Mereka [[berkunjung]] di Moskow." in printed


@pytest.mark.parametrize(
    ("gold_name", "out_name", "message"),
    [
        ("missing.jsonl", "out", "cannot read gold file"),
        ("gold.jsonl", "missing", "is not a folder"),
        ("gold.jsonl", "empty", "has no events or mentions table"),
        ("broken.jsonl", "out", "not a gold article"),
        ("twice.jsonl", "out", "occurs twice"),
    ],
)
def test_unusable_inputs_exit_2_with_a_message(tmp_path, capsys, gold_name, out_name, message):
    write_gold(tmp_path / "gold.jsonl", {"a": [MEETING]})
    (tmp_path / "broken.jsonl").write_text('{"id": "a"}\n')
    write_gold(tmp_path / "twice.jsonl", {"a": [MEETING], "b": [MEETING]})
    write_out(tmp_path / "out", [GOOD_MEETING])
    (tmp_path / "empty").mkdir()
    assert main([str(tmp_path / gold_name), str(tmp_path / out_name)]) == 2
    assert message in capsys.readouterr().err
