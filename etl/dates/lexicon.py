"""The Indonesian and Malay words of time expressions, loaded from etl/data/dates_lexicon.json."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "dates_lexicon.json"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word tables keyed by lower-case word; `alt()` turns one into a regex alternation."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    months_needing_numbers: frozenset[str]
    weekdays: dict[str, int]
    numerals: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]
    moment_units: tuple[str, ...]
    period_words: dict[str, str]
    day_words: dict[str, int]
    previous_day_words: dict[str, int]
    vague: dict[str, str]
    directions: dict[str, int]
    previous_directions: frozenset[str]
    parts: dict[str, str]
    month_days: dict[str, tuple[int, int]]
    year_months: dict[str, tuple[int, int]]
    week_days: dict[str, tuple[int, int]]
    times_of_day: tuple[str, ...]
    time_zones: tuple[str, ...]
    outside_cues: tuple[str, ...]
    open_ended_cues: tuple[str, ...]
    range_words: tuple[str, ...]
    day_range_words: tuple[str, ...]
    """Words that join two days into one range but not two clock times (`mulai 18 April dan
    berakhir pada 23 April`; `pukul 7 pagi dan berakhir pukul 3 sore` is two times)."""
    range_openers: tuple[str, ...]
    future_cues: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    clock_words: tuple[str, ...]
    approximate_words: tuple[str, ...]
    clock_day_words: dict[str, int]
    parts_of_day: dict[str, str]
    afternoon_hours: dict[str, tuple[int, int]]
    part_of_day_cues_before: tuple[str, ...]
    part_of_day_after: tuple[str, ...]
    part_of_day_blockers: frozenset[str]
    back_references: tuple[str, ...]
    present_references: tuple[str, ...]
    seasons: dict[str, tuple[int, int]]
    decade_words: tuple[str, ...]
    century_words: tuple[str, ...]
    decade_parts: dict[str, tuple[int, int]]
    kind_explanations: dict[str, str]
    basis_explanations: dict[str, str]

    def month(self, word: str) -> int | None:
        """Month number of a full name or an abbreviation (any case, trailing dot allowed)."""
        key = word.lower().rstrip(".")
        return self.months.get(key) or self.month_abbreviations.get(key)


def alt(words: object) -> str:
    """A regex alternation of words, longest first so that `kemarin lusa` beats `kemarin`."""
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def _pairs(table: dict[str, list[int]]) -> dict[str, tuple[int, int]]:
    return {k: (v[0], v[1]) for k, v in table.items()}


@cache
def lexicon() -> Lexicon:
    """The lexicon, read from its JSON file on first use."""
    raw = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    spans = raw["part_spans"]
    cues = raw["cue_words_before"]
    return Lexicon(
        months=raw["months"],
        month_abbreviations=raw["month_abbreviations"],
        months_needing_numbers=frozenset(raw["months_needing_numbers"]),
        weekdays=raw["weekdays"],
        numerals=raw["numerals"],
        ordinals=raw["ordinals"],
        units=raw["units"],
        moment_units=tuple(raw["moment_units"]),
        period_words=raw["period_words"],
        day_words=raw["day_words"],
        previous_day_words=raw["previous_day_words"],
        vague=raw["vague"],
        directions=raw["directions"],
        previous_directions=frozenset(raw["previous_directions"]),
        parts=raw["parts"],
        month_days=_pairs(spans["month_days"]),
        year_months=_pairs(spans["year_months"]),
        week_days=_pairs(spans["week_days"]),
        times_of_day=tuple(raw["times_of_day"]),
        time_zones=tuple(raw["time_zones"]),
        outside_cues=tuple(cues["outside"]),
        open_ended_cues=tuple(cues["open_ended"]),
        range_words=tuple(raw["range_words"]),
        day_range_words=tuple(raw["day_range_words"]),
        range_openers=tuple(raw["range_openers"]),
        future_cues=tuple(raw["future_cues"]),
        speech_verbs=tuple(raw["speech_verbs"]),
        clock_words=tuple(raw["clock_words"]),
        approximate_words=tuple(raw["approximate_words"]),
        clock_day_words=raw["clock_day_words"],
        parts_of_day=raw["parts_of_day"],
        afternoon_hours=_pairs(raw["afternoon_hours"]),
        part_of_day_cues_before=tuple(raw["part_of_day_cues_before"]),
        part_of_day_after=tuple(raw["part_of_day_after"]),
        part_of_day_blockers=frozenset(raw["part_of_day_blockers"]),
        back_references=tuple(raw["back_references"]),
        present_references=tuple(raw["present_references"]),
        seasons=_pairs(raw["seasons"]),
        decade_words=tuple(raw["decade_words"]),
        century_words=tuple(raw["century_words"]),
        decade_parts=_pairs(raw["decade_parts"]),
        kind_explanations=raw["explanations"]["kinds"],
        basis_explanations=raw["explanations"]["bases"],
    )
