"""Time expressions: the table of tests/data/date_expressions.jsonl is the specification.

Each row is a sentence, its anchor (publication date) and every time expression a careful reader
finds in it, with the interval, granularity and basis expected; the flags column says `fuzzy`,
`planned`, `present` and the clock time (`time=10:15/minute`). A row with no expression is a
trap: nothing there is a date.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from etl.dates import find_time_expressions, infer_published, parse_published
from etl.dates.__main__ import resolved
from etl.dates.scoring import Expected, matches, read_cases, score

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
TABLE = Path(__file__).resolve().parent / "data" / "date_expressions.jsonl"
EVAL_CASES = SHARED / "eval" / "dateparser-id-cases.jsonl"

ROWS = [json.loads(line) for line in TABLE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _clock_flag(expr) -> str | None:
    """`time=09:00-12:00/minute`: the clock time of an expression, as the table writes it."""
    if expr.time_start is None:
        return None
    span = expr.time_start.isoformat("minutes")
    if expr.time_end is not None:
        span += "-" + expr.time_end.isoformat("minutes")
    return f"time={span}/{expr.time_precision}"


def _as_row(expr) -> list:
    flags = " ".join(
        f
        for f, on in (
            ("fuzzy", expr.fuzzy),
            ("planned", expr.planned),
            ("present", expr.present),
            (_clock_flag(expr), expr.time_start is not None),
        )
        if on
    )
    row = [
        expr.text,
        expr.date_start.isoformat() if expr.date_start else None,
        expr.date_end.isoformat() if expr.date_end else None,
        expr.granularity,
        expr.basis,
    ]
    return [*row, flags] if flags else row


def test_the_table_is_large_enough_to_be_a_specification() -> None:
    assert len(ROWS) >= 150
    assert sum(len(r["expect"]) for r in ROWS) >= 150


@pytest.mark.parametrize("row", ROWS, ids=[r["sentence"][:48] for r in ROWS])
def test_expressions_of_a_sentence(row: dict) -> None:
    found = find_time_expressions(row["sentence"], _day(row["anchor"]), _day(row.get("previous")))
    assert [_as_row(e) for e in found] == row["expect"]
    for expr in found:
        assert row["sentence"][expr.char_start : expr.char_end] == expr.text


@pytest.mark.skipif(not EVAL_CASES.exists(), reason="../shared/eval is not beside the repo")
@pytest.mark.parametrize(
    "case",
    read_cases(EVAL_CASES) if EVAL_CASES.exists() else [],
    ids=lambda c: c.text[:40],
)
def test_dateparser_indonesian_cases(case) -> None:
    got = resolved(case.text, case.anchor)
    if not case.expect:
        assert got == []
    for want in case.expect:
        assert any(matches(g, want) for g in got), (want, got)


def _gold_interval(value: str) -> Expected:
    """A gold date (`2023-04-16`, `2023-03`, `2023-W15`, `2023`, `a/b`) as an expected interval."""
    if "/" in value:
        start, end = value.split("/")
        return Expected(date.fromisoformat(start), date.fromisoformat(end), "range")
    if "-W" in value:
        year, week = value.split("-W")
        monday = date.fromisocalendar(int(year), int(week), 1)
        return Expected(monday, date.fromisocalendar(int(year), int(week), 7), "week")
    parts = value.split("-")
    if len(parts) == 3:
        return Expected(date.fromisoformat(value), date.fromisoformat(value), "day")
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        end = date(y + (m == 12), m % 12 + 1, 1).fromordinal(
            date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1
        )
        return Expected(date(y, m, 1), end, "month")
    return Expected(date(int(value), 1, 1), date(int(value), 12, 31), "year")


SEEDS_GOLD = SHARED / "gold" / "seeds.gold.jsonl"


@pytest.mark.skipif(not SEEDS_GOLD.exists(), reason="../shared/gold is not beside the repo")
def test_every_gold_date_of_the_seeds_is_found() -> None:
    for line in SEEDS_GOLD.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        text = (SHARED / "seeds" / article["file"]).read_text(encoding="utf-8")
        found = [
            (e.date_start, e.date_end, e.granularity)
            for e in find_time_expressions(text, date.fromisoformat(article["published"]))
            if e.date_start is not None
        ]
        for event in article["events"]:
            if event["date"]:
                want = _gold_interval(event["date"])
                assert any(matches(g, want) for g in found), (article["id"], event["eid"])


@pytest.mark.parametrize(
    ("file", "phrase", "expected"),
    [
        (
            "000_b0b6c7e473a13e24.txt",
            "hari Minggu (16/4/23)",
            ("2023-04-16", "2023-04-16", "day", "explicit"),
        ),
        (
            "000_b0b6c7e473a13e24.txt",
            "bulan lalu",
            ("2023-03-01", "2023-03-31", "month", "relative"),
        ),
        (
            "000_b0b6c7e473a13e24.txt",
            "Februari 2022",
            ("2022-02-01", "2022-02-28", "month", "explicit"),
        ),
        (
            "000_b0b6c7e473a13e24.txt",
            "Keesokan harinya",
            ("2023-04-17", "2023-04-17", "day", "previous"),
        ),
        (
            "000_b0b6c7e473a13e24.txt",
            "pekan lalu",
            ("2023-04-10", "2023-04-16", "week", "relative"),
        ),
        (
            "000_b0b6c7e473a13e24.txt",
            "sejak 2018",
            ("2018-01-01", "2018-12-31", "year", "explicit"),
        ),
        ("000_b0b6c7e473a13e24.txt", "Baru-baru ini", (None, None, "unknown", "none")),
        (
            "002_f154fe421d5574d9.txt",
            "hari Minggu kemarin",
            ("2023-04-16", "2023-04-16", "day", "relative"),
        ),
        ("002_f154fe421d5574d9.txt", "hari Jumat", ("2023-04-14", "2023-04-14", "day", "relative")),
        ("002_f154fe421d5574d9.txt", "kemarin", ("2023-04-16", "2023-04-16", "day", "relative")),
    ],
)
def test_seed_phrases(file: str, phrase: str, expected: tuple) -> None:
    text = (SHARED / "seeds" / file).read_text(encoding="utf-8")
    found = {
        e.text: (
            e.date_start.isoformat() if e.date_start else None,
            e.date_end.isoformat() if e.date_end else None,
            e.granularity,
            e.basis,
        )
        for e in find_time_expressions(text, date(2023, 4, 17))
    }
    assert found[phrase] == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-04-17", date(2023, 4, 17)),
        ("2023-04-17T10:15:00+07:00", date(2023, 4, 17)),
        ("2023-04-17T03:15:00Z", date(2023, 4, 17)),
        ("2023-04-17 10:15:00", date(2023, 4, 17)),
        ("Senin, 17 April 2023 10:15 WIB", date(2023, 4, 17)),
        ("Selasa 21 Mar 2023 06:47 WIB", date(2023, 3, 21)),
        ("Jum'at, 03 November 2023 11:00 WIB", date(2023, 11, 3)),
        ("Kompas.com - 10/07/2023, 19:07 WIB", date(2023, 7, 10)),
        ("17 Apr 2023", date(2023, 4, 17)),
        ("Khamis, 3 Mac 2022", date(2022, 3, 3)),
        ("April 17, 2023", date(2023, 4, 17)),
        ("", None),
        ("bukan tanggal", None),
        ("Dibaca 17 kali", None),
        ("kemarin", None),
    ],
)
def test_parse_published(value: str, expected: date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rapat di Senayan, Rabu (29/3/2023) kemarin berlangsung enam jam.", date(2023, 3, 30)),
        (
            "Presiden menunda kunjungan hari ini, Sabtu, 5 November 2016.\n"
            "Artikel lain\n10 Desember 2021",
            date(2016, 11, 5),
        ),
        (
            "Rapat digelar Senin (10/7/2023). Pertemuan akan dimulai pada Selasa (11/7/2023).",
            date(2023, 7, 10),
        ),
        ("Li tiba Minggu (16/4/2023). Keesokan harinya ia bertemu Shoigu.", date(2023, 4, 17)),
        (
            "Baca juga: Menlu bertemu Wang Yi, Senin (1/5/2023)\nIa tiba Jumat (14/4/2023).",
            date(2023, 4, 14),
        ),
        (
            "Presiden bertemu PM Jepang di Istana, Selasa (29/10). Keduanya pertama kali bertemu "
            "pada 2 Februari 2019.",
            date(2019, 10, 29),
        ),
        (
            "Presiden akan ke Tokyo pada Selasa (29/10). Keduanya bertemu pada 2 Februari 2019.",
            date(2019, 2, 2),
        ),
        ("Putin bertemu Li pada hari Minggu kemarin.", None),
        ("Tidak ada tanggal di sini.", None),
        (
            "Menlu dilantik Senin (21/10). Menlu yang lahir di Takengon, Aceh, pada 11 Februari "
            "1979 ini alumnus SMA Taruna Nusantara.",
            None,
        ),
        (
            "Presiden tiba di Tokyo pada 11 Februari 2019. Presiden kelahiran Solo, 21 Juni 1961 "
            "itu disambut Kaisar.",
            date(2019, 2, 11),
        ),
        (
            "Menlu Malaysia bertemu Presiden di Istana Bogor, Senin (23/7). Kunjungan Menlu "
            "Malaysia ini berlangsung dari 20-23 Juli 2018.",
            date(2018, 7, 23),
        ),
        (
            "Retno menerima Menlu Timor Leste, Rabu (31/1). Menlu Guterres berkunjung ke Jakarta "
            "pada 30 Januari hingga 1 Februari 2018.",
            date(2018, 1, 31),
        ),
        ("Pemilu dijadwalkan dalam periode 2019-2024.", None),
        (
            "Ilustrasi DPR. ©2014 Merdeka.com\nJokowi berkata di Istana Bogor, Senin (24/11).",
            date(2014, 11, 24),
        ),
        ("Jokowi berkata di Istana Bogor, Senin (24/11).", None),
        ("Pada 2015 Jokowi berkata, Senin (24/11).", None),
        (
            "Menlu dilantik Senin (21/10). Menlu yang lahir di Takengon, Aceh, pada 11 Februari "
            "1974 ini alumnus SMA Taruna Nusantara.",
            None,
        ),
    ],
)
def test_infer_published(text: str, expected: date | None) -> None:
    assert infer_published(text) == expected


@pytest.mark.skipif(not SEEDS_GOLD.exists(), reason="../shared/gold is not beside the repo")
def test_infer_published_on_the_seeds() -> None:
    assert infer_published((SHARED / "seeds" / "000_b0b6c7e473a13e24.txt").read_text()) == date(
        2023, 4, 17
    )
    assert infer_published((SHARED / "seeds" / "002_f154fe421d5574d9.txt").read_text()) is None


DEV = SHARED / "gold" / "dev.jsonl"
DEV_GOLD = SHARED / "gold" / "dev.gold.jsonl"


@pytest.mark.skipif(not DEV_GOLD.exists(), reason="../shared/gold is not beside the repo")
def test_infer_published_on_the_dev_articles() -> None:
    """The gold's publication dates (given or inferred by the annotators) from the text alone."""
    gold = {
        json.loads(line)["id"]: json.loads(line)["published"]
        for line in DEV_GOLD.read_text(encoding="utf-8").splitlines()
    }
    articles = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    right = sum(
        str(infer_published(a["text"])) == gold[a["id"]] for a in articles if gold.get(a["id"])
    )
    assert right >= 17, right


@pytest.mark.skipif(not DEV_GOLD.exists(), reason="../shared/gold is not beside the repo")
def test_dev_gold_dates_are_found_in_their_articles() -> None:
    """Most gold dates of the dev set are one of the expressions of their article (the rest need
    an event's own reasoning, such as a statement dated by its meeting)."""
    articles = {
        json.loads(line)["id"]: json.loads(line)
        for line in DEV.read_text(encoding="utf-8").splitlines()
    }
    hit = total = 0
    for line in DEV_GOLD.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = articles[gold["id"]]["text"]
        found = [
            (e.date_start, e.date_end, e.granularity)
            for e in find_time_expressions(text, date.fromisoformat(gold["published"]))
            if e.date_start is not None
        ]
        for event in gold["events"]:
            if event["date"]:
                total += 1
                hit += any(matches(g, _gold_interval(event["date"])) for g in found)
    assert hit / total >= 0.95, (hit, total)


def test_no_anchor_leaves_relative_expressions_unresolved() -> None:
    found = find_time_expressions("Xi bertemu Putin bulan lalu, Senin (20/3/2023).", None)
    assert [(e.text, e.basis) for e in found] == [
        ("bulan lalu", "none"),
        ("Senin (20/3/2023)", "explicit"),
    ]


def test_previous_seeds_the_discourse() -> None:
    found = find_time_expressions("Keesokan harinya ia pulang.", None, previous=date(2023, 4, 16))
    assert found[0].date_start == date(2023, 4, 17)
    assert found[0].basis == "previous"


def test_the_table_scores_full_recall_with_no_false_precision() -> None:
    result = score(read_cases(TABLE), resolved)
    assert (result.recall, result.false_precision, result.spurious) == (1.0, 0, 0)


def test_command_line_prints_one_json_object_per_expression() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "etl.dates",
            "--anchor",
            "2023-04-17",
            "Xi bertemu Putin bulan lalu.",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    ).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows == [
        {
            "text": "bulan lalu",
            "char_start": 17,
            "char_end": 27,
            "date_start": "2023-03-01",
            "date_end": "2023-03-31",
            "granularity": "month",
            "basis": "relative",
            "fuzzy": False,
            "planned": False,
            "time_start": None,
            "time_end": None,
            "time_precision": None,
            "time_zone": None,
            "part_of_day": None,
            "present": False,
            "kind": "unit",
            "refers_to": None,
            "why": "a week, month or year named from now; counted from the publication date",
        }
    ]


def test_command_line_reads_standard_input() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "etl.dates", "--anchor", "2023-04-17", "--previous", "2023-04-16"],
        input="Keesokan harinya ia pulang.",
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    ).stdout
    assert json.loads(out)["date_start"] == "2023-04-17"
