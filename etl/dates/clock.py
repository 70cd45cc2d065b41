"""Readers for what news writes besides calendar dates: clock times (`pukul 10.15 WIB`), parts of
the day (`sore itu`), references back and to the present (`saat itu`, `kini`), seasons, decades
and centuries; and the joining of a clock time to the date it belongs to. A mixin of the
`Recogniser`, whose rules call these readers."""

from __future__ import annotations

from dataclasses import replace

from etl.dates.lexicon import Lexicon
from etl.dates.mention import Hit, Mention

_ROMAN = {"i": 1, "v": 5, "x": 10}


def _roman(numeral: str) -> int:
    """`XXI` is 21: centuries are often written in Roman numerals."""
    values = [_ROMAN[c] for c in numeral.lower()]
    return sum(-v if v < n else v for v, n in zip(values, [*values[1:], 0], strict=True))


class ClockReaders:
    """The readers of times of day and long or vague periods."""

    lex: Lexicon

    def _hour_of(self, hour: int, part: str | None) -> int:
        """The 24-hour clock hour of a written hour: `pukul 7 malam` is 19."""
        first, last = self.lex.afternoon_hours.get(part or "", (0, -1))
        return hour + 12 if first <= hour <= last else hour % 24

    def _clock_fields(self, m: Hit) -> dict[str, int | str | None]:
        """The clock time a day-level mention carries (`Senin (17/4) pukul 10.15 WIB malam`)."""
        groups = m.groupdict()
        tod = next((groups[g] for g in ("ttod", "wtod", "tod") if groups.get(g)), None)
        part = " ".join(tod.lower().split()) if tod else None
        fields: dict[str, int | str | None] = {"part_of_day": part}
        if groups.get("hh") is not None:
            hour, minute = int(groups["hh"] or 0), groups.get("mm")
            fields.update(
                hour=self._hour_of(hour, part),
                minute=int(minute) if minute else None,
                zone=groups.get("zone"),
            )
        return fields

    def _clock(self, m: Hit, text: str) -> Mention | None:
        hour, minute = int(m.group("hh") or 0), m.group("mm")
        if hour > 24 or (minute is not None and int(minute) > 59):
            return None
        fields = self._clock_fields(m)
        end_hour, end_minute = m.group("hh2"), m.group("mm2")
        if end_hour is not None:
            if int(end_hour) > 24 or (end_minute is not None and int(end_minute) > 59):
                return None
            fields.update(
                hour_end=self._hour_of(int(end_hour), fields["part_of_day"]),  # type: ignore[arg-type]
                minute_end=int(end_minute) if end_minute else None,
            )
        day_word = m.group("dw")
        mention = Mention(
            m.start(),
            m.end(),
            "time",
            number=self.lex.clock_day_words[day_word.lower()] if day_word else None,
            **fields,  # type: ignore[arg-type]
        )
        return self._finish(m, text, mention)

    def _phrase(self, m: Hit, text: str) -> Mention | None:
        key = " ".join(m.group("w").lower().split())
        if key in self.lex.seasons:
            direction, _ = self._direction(m.group("dir"))
            year = m.group("y")
            mention = Mention(
                m.start(),
                m.end(),
                "season",
                unit=key,
                year=int(year) if year else None,
                direction=direction,
            )
        else:
            kind = "back_reference" if key in self.lex.back_references else "present"
            mention = Mention(m.start("w"), m.start("w") + len(m.group("w")), kind)
        return self._finish(m, text, mention)

    def _part_of_day(self, m: Hit, text: str) -> Mention | None:
        """`sore itu`, `pada malam hari`, `menjelang rembang petang`: a part of a day already
        told. Alone (`makan malam`, `selamat pagi`) it names no time."""
        if not (m.group("pcue") or m.group("after")):
            return None
        start = m.start("tod")
        word_before = text[max(0, start - 12) : start].split()
        if word_before and word_before[-1].lower() in self.lex.part_of_day_blockers:
            return None
        part = " ".join(m.group("tod").lower().split())
        mention = Mention(start, m.end(), "part_of_day", part_of_day=part, from_previous=True)
        return self._finish(m, text, mention)

    def _decade(self, m: Hit, text: str) -> Mention | None:
        if m.group("d4"):
            first_year = int(m.group("d4"))
        elif m.group("dword"):
            first_year = int(m.group("d2"))
        else:
            return None
        part = self.lex.parts[m.group("part").lower()] if m.group("part") else None
        mention = Mention(m.start(), m.end(), "decade", year=first_year, part=part)
        return self._finish(m, text, mention)

    def _century(self, m: Hit, text: str) -> Mention | None:
        number = m.group("c")
        value = int(number) if number.isdigit() else _roman(number)
        if not 1 <= value <= 21:
            return None
        part = self.lex.parts[m.group("part").lower()] if m.group("part") else None
        mention = Mention(m.start(), m.end(), "century", number=value, part=part)
        return self._finish(m, text, mention)

    def _join_times(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """`pukul 09.23 WIB, Senin (17/4/2023)`, `sejak pagi, Rabu (3/5)`: a clock time or a part
        of the day written just before its day is that day's, one expression; `pukul 09.00 hingga
        pukul 12.00 WIB` is one span of hours."""
        out: list[Mention] = []
        for mention in mentions:
            prev = out[-1] if out else None
            if prev is None or prev.kind not in ("time", "part_of_day") or prev.number is not None:
                out.append(mention)
            elif (
                mention.kind == prev.kind == "time"
                and prev.hour_end is None
                and self.range_gap.fullmatch(text, prev.end, mention.start)
            ):
                out[-1] = replace(
                    prev,
                    end=mention.end,
                    hour_end=mention.hour,
                    minute_end=mention.minute,
                    zone=prev.zone or mention.zone,
                )
            elif (
                mention.kind in ("date", "weekday", "day_word")
                and mention.hour is None
                and self.day_gap.fullmatch(text, prev.end, mention.start)
            ):
                clock = {
                    "hour": prev.hour,
                    "minute": prev.minute,
                    "hour_end": prev.hour_end,
                    "minute_end": prev.minute_end,
                    "zone": prev.zone,
                    "part_of_day": prev.part_of_day or mention.part_of_day,
                }
                out[-1] = replace(mention, start=prev.start, **clock)  # type: ignore[arg-type]
            else:
                out.append(mention)
        return out
