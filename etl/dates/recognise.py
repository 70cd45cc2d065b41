"""Finding time expressions in Indonesian and Malay text: spans and meaning, before a calendar.

Each rule is one precompiled regex and a reader that turns a match into a `Mention` or rejects it (a
name such as `Mei Lin`, a duration such as `5 minggu`). Overlapping mentions keep the longest; two
day-level mentions joined by `hingga`/`-` become one range. Nothing here needs the anchor date.
This module holds the rules, the context every mention is read in, and the pass; the readers are
the `Recogniser`'s mixins: `calendar_readers` (calendar dates) and `clock` (clock times, parts
of the day, references back, seasons, decades).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import replace

from etl.dates.calendar_readers import CalendarReaders
from etl.dates.clock import ClockReaders
from etl.dates.lexicon import Lexicon, alt, lexicon
from etl.dates.mention import Hit, Mention

Reader = Callable[[Hit, str], "Mention | None"]


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile with `\\s` kept to one line: an expression never runs across a line break."""
    return re.compile(pattern.replace(r"\s", r"[^\S\n]"), flags)


def _lead(words: Iterable[str]) -> str:
    """The first characters a rule can start with."""
    return "".join(sorted({w[0] for w in words}))


WORD_START = r"(?<!\w)"


def _opened(lead: str, core: str) -> str:
    """A rule's regex behind a look-ahead on its first characters: it lets the scan skip ahead.
    Where every one of them is a word character, a core opening on `(?<!\\w)` opens on `\\b`
    instead: there the two agree, and the engine tries a boundary at each position for a third
    less than a look-behind."""
    if core.startswith(WORD_START) and all(c.isalnum() or c == "_" for c in lead):
        core = r"\b" + core.removeprefix(WORD_START)
    return "(?=[" + "".join(re.escape(c) for c in lead) + "])" + core


DIGITS = tuple("0123456789")


def _longest_first(found: list[tuple[int, int, Mention]]) -> list[Mention]:
    """The mentions that no longer one overlaps, in text order; `found` is longest first. The
    kept spans stay sorted, so each check is a bisection and a long text stays fast."""
    starts: list[int] = []
    taken: list[Mention] = []
    for _, _, mention in found:
        i = bisect_left(starts, mention.start)
        if i > 0 and taken[i - 1].end > mention.start:
            continue
        if i < len(taken) and taken[i].start < mention.end:
            continue
        starts.insert(i, mention.start)
        taken.insert(i, mention)
    return taken


class Recogniser(CalendarReaders, ClockReaders):
    """All rules compiled once; `find(text)` returns the mentions of a text in order."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        wd = alt(lex.weekdays)
        months = rf"(?:{alt(lex.months)}|(?:{alt(lex.month_abbreviations)})\.?)"
        tod = alt(lex.times_of_day)
        zone = alt(z.lower() for z in lex.time_zones)
        parts = alt(lex.parts)
        dirs = alt(lex.directions)
        count_dirs = alt(w for w in lex.directions if w != "ini")
        year = r"(?:1[89]|20)\d{2}"
        clock = alt(lex.clock_words)
        approx = alt(lex.approximate_words)
        time = (
            rf"(?:\s*,?\s*(?:[-–]\s*)?(?:(?:(?:{approx})\s+)?(?:{clock})\s*"
            rf"(?=\d{{1,2}}[.:]\d{{2}})|(?=\d{{1,2}}:\d{{2}})|(?=\d{{1,2}}\.\d{{2}}\s*(?:{zone})))"
            rf"(?P<hh>\d{{1,2}})[.:](?P<mm>\d{{2}})(?:[.:]\d{{2}})?(?!\d)"
            rf"(?:\s*(?P<zone>{zone})(?:\s*[+-]\s*\d{{1,2}})?)?)"
        )
        cue = (
            r"(?P<cue>kemarin|yang\s+lalu|lalu|silam|ini|mendatang|nanti"
            r"|(?:pekan|minggu)\s+(?:lalu|depan|ini))"
        )
        tail = rf"(?:\s+(?i:(?P<ttod>{tod})))?(?:\s+(?i:{cue}))?(?!\w)"
        range_word = r"-|–|—|s\.?\s?d\.?|s/d|hingga|sampai(?:\s+dengan)?|dan"
        outside = alt(lex.outside_cues)
        open_cue = alt(lex.open_ended_cues)
        nums = alt(lex.numerals)
        units = alt([*lex.units, *lex.moment_units])
        periods = alt(lex.period_words)
        ordinals = alt(k for k in lex.ordinals if not k.isdigit())
        wd_before = rf"(?:(?P<hari>hari)\s+)?(?P<wd>{wd})(?:\s+(?P<wtod>{tod}))?\s*,?\s*"
        hour = r"(?P<hh>\d{1,2})(?:[.:](?P<mm>\d{2}))?(?:[.:]\d{2})?(?!\d|[.:]\d)"
        hour_end = r"(?P<hh2>\d{1,2})(?:[.:](?P<mm2>\d{2}))?(?:[.:]\d{2})?(?!\d|[.:]\d)"
        phrases = [*lex.back_references, *lex.present_references, *lex.seasons]
        decade_words = alt(lex.decade_words)
        first = {
            self._numeric: _lead(("(", *DIGITS)),
            self._iso: _lead(DIGITS),
            self._written: _lead(DIGITS),
            self._month: _lead([*lex.months, *lex.month_abbreviations]),
            self._year: _lead("12"),
            self._period: _lead([*lex.period_words, "q"]),
            self._weekday: _lead(lex.weekdays),
            self._day_word: _lead(lex.day_words),
            self._previous_day: _lead(lex.previous_day_words),
            self._unit: _lead(lex.units),
            self._count: _lead([*DIGITS, *lex.numerals, "beberapa", "se"]),
            self._vague: _lead(lex.vague),
            self._clock: _lead([*lex.clock_words, *DIGITS]),
            self._phrase: _lead(phrases),
            self._part_of_day: _lead(lex.parts_of_day),
            self._decade: _lead([*lex.decade_words, *DIGITS]),
            self._century: _lead(lex.century_words),
        }
        rules: list[tuple[str, str | None, Reader]] = [
            (
                rf"(?:\((?P<pd>\d{{1,2}})/(?P<pm>\d{{1,2}})(?:/(?P<py>\d{{4}}|\d{{2}}))?(?:\)|(?=\s*$))"
                rf"|(?<![\d/.,])(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)"
                rf"(?P<y>\d{{4}}|\d{{2}})(?![\d/]|[.,]\d)){time}?{tail}",
                wd_before,
                self._numeric,
            ),
            (
                r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
                r"(?:t\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?)?(?![\d])",
                None,
                self._iso,
            ),
            (
                rf"(?<![\d.,])(?P<d>\d{{1,2}})(?:\s*(?P<rw>{range_word})\s*(?P<d2>\d{{1,2}}))?"
                rf"\s+(?P<mon>{months})(?!\w)(?:\s*,?\s*(?P<y>{year})(?!\d))?{time}?{tail}",
                rf"(?:(?P<pre>{alt(lex.range_openers)})\s+)?(?:{wd_before})?",
                self._written,
            ),
            (
                rf"(?<!\w)(?<![\d.,]\s)(?P<mon>{months})(?!\w)"
                rf"(?:\s+(?P<y>{year})(?!\d)|\s+(?P<dir>{dirs})(?!\w))?",
                rf"(?:(?P<pre>{outside})\s+)?(?:(?P<open>{open_cue})\s+)?"
                rf"(?:(?P<part>{parts})\s+)?(?:(?P<bulan>bulan)\s+)?",
                self._month,
            ),
            (
                rf"(?<![\w.,/-])(?P<y>{year})(?!\d|[.,]\d|-?an\b)",
                rf"(?:(?P<pre>{outside})\s+)?(?:(?P<open>{open_cue})\s+)?"
                rf"(?:(?P<part>{parts})\s+)?(?:(?P<tahun>tahun)\s+)?",
                self._year,
            ),
            (
                rf"(?<!\w)(?:(?P<kind>{periods})\s*(?:ke-?\s*)?|q(?=[1-4]))"
                rf"(?P<n>i{{1,3}}|iv|[1-4]|{ordinals})(?!\w)"
                rf"(?:\s*[-/]\s*(?P<y>{year})|\s+(?:tahun\s+)?(?P<y2>{year})"
                rf"|\s+tahun\s+(?P<dir>{dirs}))?(?!\d)",
                rf"(?:(?P<open>{open_cue})\s+)?(?:(?P<part>{parts})\s+)?",
                self._period,
            ),
            (
                rf"(?<!\w)(?P<wd>{wd})(?!\w)(?:\s+(?P<tod>{tod}))?"
                rf"(?:\s+(?P<dir>ini|yang\s+lalu|lalu|kemarin|lepas|depan|mendatang|nanti"
                rf"|(?:pekan|minggu)\s+(?:lalu|depan|ini|lepas)))?(?!\w)",
                rf"(?:(?P<open>{open_cue})\s+)?(?:(?P<hari>hari)\s+)?",
                self._weekday,
            ),
            (
                rf"(?<!\w)(?P<w>{alt(lex.day_words)})(?:\s+(?P<tod>{tod}))?(?!\w)",
                rf"(?:(?P<open>{open_cue})\s+)?",
                self._day_word,
            ),
            (
                rf"(?<!\w)(?P<w>{alt(lex.previous_day_words)})(?!\w)",
                None,
                self._previous_day,
            ),
            (
                rf"(?<!\w)(?P<unit>pekan|minggu|bulan|tahun)(?:\s+(?P<dir>{dirs}))?(?!\w)",
                rf"(?:(?P<open>{open_cue})\s+)?(?:(?P<part>{parts})\s+)?",
                self._unit,
            ),
            (
                rf"(?:(?<!\w)(?P<n>\d{{1,3}}|{nums}|beberapa)\s+|(?<!\w)(?P<se>se))"
                rf"(?P<unit>{units})(?:\s+(?P<dir>{count_dirs}|ke\s+depan|belakangan))?(?!\w)",
                rf"(?:(?P<open>{open_cue})\s+)?(?:(?P<dalam>dalam|dlm)\s+)?",
                self._count,
            ),
            (
                rf"(?<!\w)(?P<w>{alt(lex.vague)})(?!\w)",
                None,
                self._vague,
            ),
            (
                rf"(?:(?<!\w)(?P<clock>{clock})\s*"
                rf"|(?<![\w.,:/])(?=\d{{1,2}}[.:]\d{{2}}\s*(?:{zone})(?!\w))){hour}"
                rf"(?!\s*(?:{units}|%))(?:\s*(?:{range_word})\s*(?:(?:{clock})\s*)?{hour_end})?"
                rf"(?:\s*(?P<zone>{zone})(?:\s*[+-]\s*\d{{1,2}})?)?(?:\s+(?P<tod>{tod}))?"
                rf"(?:\s+(?P<dw>{alt(lex.clock_day_words)}))?(?!\w)",
                rf"(?:(?P<approx>{approx})\s+)?",
                self._clock,
            ),
            (
                rf"(?<!\w)(?P<w>{alt(phrases)})(?!\w)"
                rf"(?:\s+(?:tahun\s+)?(?P<y>{year})(?!\d)|\s+tahun\s+(?P<dir>ini|lalu|depan))?",
                None,
                self._phrase,
            ),
            (
                rf"(?<!\w)(?P<tod>{tod})(?:\s+(?P<after>{alt(lex.part_of_day_after)}))?(?!\w)",
                rf"(?:(?P<pcue>{alt(lex.part_of_day_cues_before)})\s+)?",
                self._part_of_day,
            ),
            (
                rf"(?<!\w)(?:(?P<dword>{decade_words})\s+)?"
                rf"(?:(?P<d4>(?:1[89]|20)\d0)|(?P<d2>\d0))-?an(?!\w)",
                rf"(?:(?P<open>{open_cue})\s+)?(?:(?P<part>{parts})\s+)?",
                self._decade,
            ),
            (
                rf"(?<!\w)(?:{alt(lex.century_words)})\s+(?:ke-?\s*)?(?P<c>\d{{1,2}}|[ivx]{{1,5}})"
                rf"(?!\w)",
                rf"(?:(?P<open>{open_cue})\s+)?(?:(?P<part>{parts})\s+)?",
                self._century,
            ),
        ]
        rules = [(_opened(first[reader], core), before, reader) for core, before, reader in rules]
        self.rules = [
            (_compile(core), _compile(rf"(?<!\w){before}\Z") if before else None, reader)
            for core, before, reader in rules
        ]
        self.rules_any_case = [
            (
                _compile(core, re.IGNORECASE),
                _compile(rf"(?<!\w){before}\Z", re.IGNORECASE) if before else None,
                reader,
            )
            for core, before, reader in rules
        ]
        # what the rules that rarely match cannot match without, found in one fast pass (each
        # opens with a plain character or class): a text without it skips the rule's own scan,
        # which tries every character
        self.gates = {
            self._iso: re.compile(r"\d-\d\d-\d"),
            self._decade: re.compile(r"0-?an"),
            self._century: re.compile(alt(lex.century_words)),
            self._previous_day: re.compile(alt(lex.previous_day_words)),
            self._vague: re.compile(alt(lex.vague)),
        }
        self.range_gap = _compile(rf"\s*(?i:{alt(lex.range_words)})\s*\Z")
        day_words = alt([*lex.range_words, *lex.day_range_words])
        self.day_range_gap = _compile(rf"\s*(?i:{day_words})\s*\Z")
        self.day_gap = _compile(r"\s*,?\s*(?:(?:pada|hari|tanggal)\s+)*")
        self.opener_before = _compile(rf"(?i:{alt(lex.range_openers)})\s+\Z")
        self.future_re = re.compile(rf"(?<!\w)(?i:{alt(lex.future_cues)})(?!\w)")
        self.speech_re = re.compile(rf"(?<!\w)(?i:{alt(lex.speech_verbs)})(?!\w)")
        self.capital_word = re.compile(r"\s+[A-Z][a-z]")

    # -- context helpers -------------------------------------------------------------------

    @staticmethod
    def _sentence_start(text: str, pos: int) -> int:
        floor = max(0, pos - 250)
        return max(floor, *(text.rfind(c, floor, pos) + 1 for c in ".!?\n"))

    @staticmethod
    def _clause_start(text: str, pos: int) -> int:
        floor = max(0, pos - 120)
        return max(floor, *(text.rfind(c, floor, pos) + 1 for c in ',;.!?\n“”"('))

    def _future(self, text: str, start: int) -> bool:
        """An `akan`, `dijadwalkan` ... earlier in the sentence, outside any closed quotation."""
        begin = self._sentence_start(text, start)
        begin = max(begin, text.rfind("”", begin, start) + 1, text.rfind('"', begin, start) + 1)
        return self.future_re.search(text, begin, start) is not None

    def _speech(self, text: str, start: int) -> bool:
        return self.speech_re.search(text, self._clause_start(text, start), start) is not None

    def _at_sentence_start(self, text: str, pos: int) -> bool:
        return not text[self._sentence_start(text, pos) : pos].strip(" \t\"“'(")

    def _direction(self, word: str | None) -> tuple[int | None, bool]:
        """(direction, counts from the previous date) of a direction word."""
        if not word:
            return None, False
        key = " ".join(word.lower().split())
        if key in ("ke depan",):
            return 1, False
        if key == "belakangan":
            return 0, False
        return self.lex.directions[key], key in self.lex.previous_directions

    def _cue(self, m: Hit) -> str | None:
        cue = m.groupdict().get("cue")
        return " ".join(cue.lower().split()) if cue else None

    def _finish(self, m: Hit, text: str, mention: Mention) -> Mention:
        """The open end a cue before the mention gives it (`sejak`, `mulai`); the cues of its
        sentence are read once the mention is kept (`_with_cues`)."""
        if not m.groupdict().get("open"):
            return mention
        return replace(mention, start=m.start("open"), open_ended=True)

    def _with_cues(self, text: str, mention: Mention) -> Mention:
        """Add the context flags every mention carries: future cue, speech clause. Read for the
        mentions kept only: half of what the rules match is overlapped and dropped."""
        cue = mention.cue or ""
        future = (
            self._future(text, mention.start)
            or (mention.direction or 0) > 0
            or cue.endswith(("depan", "mendatang", "nanti"))
        )
        speech = self._speech(text, mention.start)
        if future == mention.future_cue and speech == mention.speech:
            return mention
        return replace(mention, future_cue=future, speech=speech)

    def _span_start(self, m: Hit, *names: str) -> int:
        """Start of the span: the first of the named groups that matched."""
        for name in names:
            if m.group(name) is not None:
                return m.start(name)
        raise ValueError(names)

    # -- the pass --------------------------------------------------------------------------

    def find(self, text: str) -> list[Mention]:
        """Mentions of `text` in order: longest wins where rules overlap, ranges joined."""
        found: list[tuple[int, int, Mention]] = []
        scan = text.lower()
        rules, gates = self.rules, self.gates
        if len(scan) != len(text):
            scan, rules, gates = text, self.rules_any_case, {}
        for priority, (core, before, reader) in enumerate(rules):
            gate = gates.get(reader)
            if gate is not None and gate.search(scan) is None:
                continue
            for m in core.finditer(scan):
                prefix = before.search(scan, max(0, m.start() - 40), m.start()) if before else None
                mention = reader(Hit(text, m, prefix), text)
                if mention is not None:
                    found.append((mention.start - mention.end, priority, mention))
        found.sort(key=lambda item: (item[0], item[1], item[2].start))
        kept = [self._with_cues(text, mention) for mention in _longest_first(found)]
        return self._join_times(text, self._join_ranges(text, _months_of_years(text, kept)))

    def _join_ranges(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """`17 Oktober hingga 20 Oktober 2021`, `Senin hingga Rabu`: two day mentions, one range."""
        out: list[Mention] = []
        for mention in mentions:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.kind == mention.kind
                and prev.kind in ("date", "weekday")
                and self.day_range_gap.fullmatch(text, prev.end, mention.start) is not None
            ):
                opener = self.opener_before.search(text, max(0, prev.start - 12), prev.start)
                start = opener.start() if opener else prev.start
                out[-1] = Mention(
                    start,
                    mention.end,
                    "range",
                    first=prev,
                    last=mention,
                    future_cue=prev.future_cue or mention.future_cue,
                    speech=prev.speech,
                )
            else:
                out.append(mention)
        return out


_RECOGNISER: Recogniser | None = None


def recogniser() -> Recogniser:
    """The shared recogniser, compiled on first use."""
    global _RECOGNISER
    if _RECOGNISER is None:
        _RECOGNISER = Recogniser(lexicon())
    return _RECOGNISER


def _months_of_years(text: str, mentions: list[Mention]) -> list[Mention]:
    """`Oktober tahun lalu`, `Maret tahun ini`: a month followed by a year counted from the
    anchor is that month of that year, one mention, not a month and a year apart."""
    out: list[Mention] = []
    for mention in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "month"
            and prev.year is None
            and mention.kind == "unit"
            and mention.unit == "year"
            and mention.number is None
            and mention.direction is not None
            and not text[prev.end : mention.start].strip()
        ):
            out[-1] = replace(
                prev,
                end=mention.end,
                unit="year",
                direction=mention.direction,
                future_cue=prev.future_cue or mention.future_cue,
            )
            continue
        out.append(mention)
    return out
