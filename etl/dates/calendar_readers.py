"""Readers for calendar dates: numeric, ISO and written dates (`(16/4/23)`, `2023-04-16`,
`17 April 2023`, `5-7 Juli`), months, years, quarters and halves, weekdays, day words
(`kemarin`), units and counts told relative to a date (`pekan lalu`, `3 hari lalu`) and vague
times. A mixin of the `Recogniser`, whose rules call these readers."""

from __future__ import annotations

from dataclasses import replace

from etl.dates.lexicon import Lexicon
from etl.dates.mention import Hit, Mention


def _expand_year(text: str) -> int:
    """Two-digit years (`16/4/23`) are this century up to 69, the last one from 70."""
    value = int(text)
    if len(text) == 2:
        return 2000 + value if value < 70 else 1900 + value
    return value


def _is_valid_day(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= (
        29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31
    )


class CalendarReaders:
    """The readers of calendar dates and of periods told relative to one."""

    lex: Lexicon

    def _weekday_of(self, m: Hit) -> int | None:
        word = m.group("wd")
        return self.lex.weekdays[word.lower()] if word else None

    def _weekday_ok(self, m: Hit, text: str) -> bool:
        """`Minggu` is Sunday only with a capital or after `hari`; lower-case `minggu` is a week."""
        word = m.group("wd")
        return word is None or word.lower() != "minggu" or word[0] == "M" or bool(m.group("hari"))

    def _numeric(self, m: Hit, text: str) -> Mention | None:
        if not self._weekday_ok(m, text):
            return None
        if m.group("pd"):
            day, month, y = int(m.group("pd")), int(m.group("pm")), m.group("py")
        else:
            day, month, y = int(m.group("d")), int(m.group("m")), m.group("y")
            if len(y) == 2 and m.group("sep") != "/":
                return None
        if not _is_valid_day(day, month):
            return None
        start = m.start()
        mention = Mention(
            start,
            m.end(),
            "date",
            year=_expand_year(y) if y else None,
            month=month,
            day=day,
            weekday=self._weekday_of(m),
            cue=self._cue(m),
            **self._clock_fields(m),  # type: ignore[arg-type]
        )
        return self._finish(m, text, mention)

    def _iso(self, m: Hit, text: str) -> Mention | None:
        day, month = int(m.group("d")), int(m.group("m"))
        if not _is_valid_day(day, month):
            return None
        mention = Mention(m.start(), m.end(), "date", year=int(m.group("y")), month=month, day=day)
        return self._finish(m, text, mention)

    def _written(self, m: Hit, text: str) -> Mention | None:
        if not self._weekday_ok(m, text):
            return None
        month = self.lex.month(m.group("mon"))
        day = int(m.group("d"))
        if month is None or not _is_valid_day(day, month):
            return None
        year = int(m.group("y")) if m.group("y") else None
        start = self._span_start(m, "hari", "wd", "d")
        pre = (m.group("pre") or "").lower()
        common = {"weekday": self._weekday_of(m), "cue": self._cue(m)}
        if m.group("d2"):
            last_day = int(m.group("d2"))
            if not _is_valid_day(last_day, month) or last_day <= day:
                return None
            start = m.start("pre") if pre else start
            first = Mention(start, m.start("rw"), "date", year=year, month=month, day=day)
            last = Mention(m.start("d2"), m.end(), "date", year=year, month=month, day=last_day)
            mention = Mention(start, m.end(), "range", first=first, last=last, **common)
        else:
            open_ended = pre in self.lex.open_ended_cues
            start = m.start("pre") if open_ended else start
            mention = Mention(
                start,
                m.end(),
                "date",
                year=year,
                month=month,
                day=day,
                open_ended=open_ended,
                **common,
                **self._clock_fields(m),  # type: ignore[arg-type]
            )
        return self._finish(m, text, mention)

    def _month(self, m: Hit, text: str) -> Mention | None:
        word = m.group("mon")
        key = word.lower().rstrip(".")
        month = self.lex.month(word)
        if month is None:
            return None
        year = int(m.group("y")) if m.group("y") else None
        part = self.lex.parts[m.group("part").lower()] if m.group("part") else None
        direction, _ = self._direction(m.group("dir"))
        if year is None:
            has_cue = (
                m.group("pre") or m.group("open") or part or m.group("bulan") or m.group("dir")
            )
            if (
                not has_cue
                or key not in self.lex.months
                or not word[0].isupper()
                or (key in self.lex.months_needing_numbers and not (part or m.group("dir")))
                or self.capital_word.match(text, m.end())
            ):
                return None
        start = self._span_start(m, "open", "part", "bulan", "mon")
        mention = Mention(
            start, m.end(), "month", year=year, month=month, part=part, direction=direction
        )
        return self._finish(m, text, mention)

    def _year(self, m: Hit, text: str) -> Mention | None:
        if not (m.group("pre") or m.group("open") or m.group("part") or m.group("tahun")):
            return None
        part = self.lex.parts[m.group("part").lower()] if m.group("part") else None
        start = self._span_start(m, "open", "part", "tahun", "y")
        mention = Mention(start, m.end(), "year", year=int(m.group("y")), part=part)
        return self._finish(m, text, mention)

    def _period(self, m: Hit, text: str) -> Mention | None:
        kind = m.group("kind")
        if not kind and text[m.start("n") - 1] != "Q":
            return None
        unit = self.lex.period_words[kind.lower()] if kind else "quarter"
        if unit == "third":
            return None
        n = self.lex.ordinals.get(m.group("n").lower())
        if n is None or (unit == "half" and n > 2):
            return None
        y = m.group("y") or m.group("y2")
        direction, _ = self._direction(m.group("dir"))
        part = self.lex.parts[m.group("part").lower()] if m.group("part") else None
        if m.group("open") or m.group("part") or kind:
            start = self._span_start(m, "open", "part", "kind")
        else:
            start = m.start("n") - 1
        mention = Mention(
            start,
            m.end(),
            "period",
            year=int(y) if y else None,
            unit=unit,
            number=n,
            direction=direction,
            part=part,
        )
        return self._finish(m, text, mention)

    def _weekday(self, m: Hit, text: str) -> Mention | None:
        word = m.group("wd")
        dir_word = " ".join(m.group("dir").lower().split()) if m.group("dir") else None
        if word.lower() == "minggu" and not m.group("hari"):
            if word[0] != "M":
                return None
            if dir_word in ("lalu", "depan", "ini", "lepas") and self._at_sentence_start(
                text, m.start("wd")
            ):
                return None
        direction: int | None = None
        week_shift: int | None = None
        if dir_word and dir_word.startswith(("pekan", "minggu")):
            week_shift = self._direction(dir_word.split()[1])[0]
        elif dir_word:
            direction = self._direction(dir_word)[0]
        start = self._span_start(m, "open", "hari", "wd")
        mention = Mention(
            start,
            m.end(),
            "weekday",
            weekday=self.lex.weekdays[word.lower()],
            direction=direction,
            week_shift=week_shift,
            **self._clock_fields(m),  # type: ignore[arg-type]
        )
        return self._finish(m, text, mention)

    def _day_word(self, m: Hit, text: str) -> Mention | None:
        key = " ".join(m.group("w").lower().split())
        if key == "semalam" and text[max(0, m.start() - 7) : m.start()].lower().strip() in (
            "selama",
            "menginap",
        ):
            return None
        offset = self.lex.day_words[key]
        mention = Mention(
            m.start("w"),
            m.end(),
            "day_word",
            number=offset,
            direction=1 if offset > 0 else None,
            **self._clock_fields(m),  # type: ignore[arg-type]
        )
        return self._finish(m, text, mention)

    def _previous_day(self, m: Hit, text: str) -> Mention | None:
        key = " ".join(m.group("w").lower().split())
        offset = self.lex.previous_day_words[key]
        return self._finish(
            m, text, Mention(m.start(), m.end(), "previous_day", number=offset, from_previous=True)
        )

    def _unit(self, m: Hit, text: str) -> Mention | None:
        word = m.group("unit")
        part = self.lex.parts[m.group("part").lower()] if m.group("part") else None
        direction, from_previous = self._direction(m.group("dir"))
        if direction is None and part is None:
            return None
        dir_word = (m.group("dir") or "").lower()
        if dir_word == "terakhir":
            return None
        if word == "Minggu" and not self._at_sentence_start(text, m.start("unit")):
            return None
        if part is None and direction is None:
            return None
        start = self._span_start(m, "open", "part", "unit")
        mention = Mention(
            start,
            m.end(),
            "unit",
            unit=self.lex.units[word.lower()],
            direction=direction,
            part=part,
            from_previous=from_previous,
        )
        return self._finish(m, text, mention)

    def _count(self, m: Hit, text: str) -> Mention | None:
        unit_word = m.group("unit").lower()
        unit = "moment" if unit_word in self.lex.moment_units else self.lex.units[unit_word]
        direction, from_previous = self._direction(m.group("dir"))
        if direction is None:
            if not (m.group("dalam") and unit == "moment"):
                return None
            direction = 1
        if m.group("se"):
            number: int | None = 1
        else:
            raw = " ".join(m.group("n").lower().split())
            number = (
                None if raw == "beberapa" else int(raw) if raw.isdigit() else self.lex.numerals[raw]
            )
        start = self._span_start(m, "open", "dalam", "n", "se")
        if m.group("dalam") and unit != "moment":
            start = self._span_start(m, "open", "n", "se")
        if (m.group("dir") or "").lower() in ("terakhir", "belakangan"):
            direction = 0
        mention = Mention(
            start,
            m.end(),
            "count",
            unit=unit,
            number=number,
            direction=direction,
            from_previous=from_previous,
        )
        return self._finish(m, text, mention)

    def _vague(self, m: Hit, text: str) -> Mention | None:
        key = " ".join(m.group("w").lower().split())
        mention = Mention(
            m.start(), m.end(), "vague", direction=1 if self.lex.vague[key] == "future" else -1
        )
        return replace(self._finish(m, text, mention), open_ended=True)
