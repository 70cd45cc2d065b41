"""The subject of a clause that names none of its own: a clause fronted by a subordinator or an
arrival verb (`Setibanya di Canberra, Presiden …`), one fronted after a speech lead, one trailing
the main clause (`… setelah bertemu …`), and a relative clause set off by commas."""

from __future__ import annotations

import re

from etl.actors import ActorMention
from etl.events.context import _Context
from etl.events.roles import AUXILIARY, _agents
from etl.text import NOT_ONLY, Sentence

TRAILING_SUBORDINATE = re.compile(
    r"(?:,\s*(?:[\w-]+\s+){0,3}?|\s)(?:setelah|sesudah|usai|seusai|sebelum|sesaat\s+setelah|"
    r"selepas|sejurus(?:\s+selepas)?|saat|ketika|sewaktu|tatkala)\s+"
    r"(?:(?:lebih|terlebih)\s+dahulu\s+|sempat\s+|juga\s+)*$",
    re.IGNORECASE,
)
"""`X bertemu Y …, beberapa jam setelah tiba di Moskow`, `Wang Yi menemui Prabowo setelah lebih
dahulu bertemu Presiden Joko Widodo`: a clause trailing the main one, with no subject of its
own, has the main clause's, not the object named last."""
TRAILING_REACH = 40
PURPOSE = re.compile(r"\s(?:untuk|bagi|guna)\s+(?:(?-i:[a-z])\w*\s+){0,2}$", re.IGNORECASE)
"""`Raisi meninggalkan Tehran untuk melakukan kunjungan ke Moskow`, `Prabowo tiba … bagi
memulakan lawatan`: a purpose clause has the main clause's subject, not the place or body it
names last."""
FRONTED_AFTER_LEAD = re.compile(
    r",\s*(?:saat|ketika|setelah|sebelum|usai|seusai|sesudah|selama|sewaktu|begitu|setibanya|"
    r"sesampainya)\s+(?:(?-i:[a-z])\w*\s+){0,3}$",
    re.IGNORECASE,
)
"""`Lempert mengatakan, saat berada di Maroko, Blinken …`, `Menurut Retno, saat bertemu Xi,
Presiden Jokowi …`: a clause fronted after a speech lead has the main clause's subject."""
SUBJECT_REACH = 40
SUBORDINATE_OPENING = re.compile(
    r"(?:(?:^|,)\s*(?:sebelum|setelah|usai|seusai|sesudah|saat|ketika|selama|sambil|dalam|pada)|"
    rf"^\s*(?:{NOT_ONLY}))\s*$",
    re.IGNORECASE,
)
SUBORDINATE_VERB = re.compile(r"(?:setibanya|sesampainya|sekembalinya)\b", re.IGNORECASE)
ASIDE_END = re.compile(r",\s*$")
SOURCE_ASIDE = re.compile(r"\b(?:menurut|kata|ujar)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
"""`…, menurut Ibnu Hadi, Wapres Thinh …`: the source named in an aside is no subject."""
SOURCE_REACH = 40
PRONOUN_LEAD = re.compile(
    r",\s*(?:(?:lalu|kemudian|langsung)\s+)?(?:ia|dia|beliau|mereka|keduanya)\b", re.I
)
ACTIVE_VERB = re.compile(r"(?:ber|me)[a-z]+\b", re.IGNORECASE)
"""A clause fronted by an active meeting or visit verb (`Bertemu Xi di Beijing, Jokowi …`) has
its subject after its comma."""
RELATIVE_OPENING = re.compile(r",\s*yang\s+(?:(?-i:[a-z])\w*\s+){0,2}$")
RELATIVE_CLOSED = re.compile(rf",\s*yang\s+[^,;:]{{1,80}},\s*(?:{AUXILIARY}\s+)*$", re.IGNORECASE)
"""A relative clause set off by commas right before the main verb (`X, yang tiba semalam,
disambut`, `Zelensky, yang tidak diundang ke Alaska, dijadwalkan bertemu`)."""


def relative_subject(
    ctx: _Context, sentence: Sentence, offset: int, agents: list[ActorMention]
) -> list[ActorMention]:
    """`Imran Khan, yang tiba di Malaysia semalam, disambut …`: the verb of a relative clause set
    off by commas, and the main verb after it, have the name right before its comma as their
    subject."""
    opening = RELATIVE_OPENING.search(ctx.text, sentence.start, offset) or RELATIVE_CLOSED.search(
        ctx.text, sentence.start, offset
    )
    if opening is None:
        return []
    named = [a for a in agents if a.end <= opening.start() and a.kind == "person"]
    return named[-1:] if named and not ctx.text[named[-1].end : opening.start()].strip() else []


RELATIVE_WITH_OBJECT = re.compile(r"\s*,?\s*yang\s+(?:(?-i:[a-z])\w*\s+){1,4}")
"""`Menlu Retno yang mendampingi Presiden Jokowi mengatakan`: lower-case words of a relative
clause between a name and the name that is that clause's object."""


def subject_past_relative_object(
    text: str, subject: list[ActorMention], before: list[ActorMention]
) -> list[ActorMention]:
    """The subject run of a verb, or the name before it when the run is the object of a relative
    clause on that name: Retno speaks, not Jokowi whom she accompanies."""
    k = len(before) - len(subject)
    if k == 0 or not RELATIVE_WITH_OBJECT.fullmatch(text, before[k - 1].end, subject[0].start):
        return subject
    return [before[k - 1]]


def fronted_after_lead(
    ctx: _Context, sentence: Sentence, offset: int, before: list[ActorMention]
) -> bool:
    """Whether the trigger at `offset` opens a clause fronted after a speech lead, with no
    subject of its own (see `FRONTED_AFTER_LEAD`)."""
    start = before[-1].end if before else sentence.start
    return FRONTED_AFTER_LEAD.search(ctx.text, start, offset) is not None


def _subordinate_subject(
    ctx: _Context, sentence: Sentence, offset: int, mentions: list[ActorMention]
) -> list[ActorMention]:
    """The subject of the main clause after a fronted one (see `_fronted_subject`), unless that
    subject is a pronoun (`Setibanya di sana, ia bertemu dengan PM Kishida`): then the one named
    after it is the object, and the pronoun's referent is the subject (`pronoun_subject`)."""
    if pronoun_subject(ctx, sentence, offset):
        return []
    return _fronted_subject(ctx, sentence, offset, mentions)


def pronoun_subject(ctx: _Context, sentence: Sentence, offset: int) -> bool:
    """The main clause after a fronted one opens with a pronoun (`Setibanya di sana, ia …`)."""
    if not _fronted(ctx, sentence, offset):
        return False
    comma = ctx.text.find(",", offset, sentence.end)
    return comma >= 0 and PRONOUN_LEAD.match(ctx.text, comma) is not None


def _fronted(ctx: _Context, sentence: Sentence, offset: int) -> bool:
    opening = ctx.text[sentence.start : offset]
    fronted_verb = SUBORDINATE_VERB.match(ctx.text, offset) or (
        ACTIVE_VERB.match(ctx.text, offset) and _happening_at(ctx, offset)
    )
    after_aside = SUBORDINATE_VERB.match(ctx.text, offset) and ASIDE_END.search(opening)
    return bool(
        SUBORDINATE_OPENING.search(opening)
        or (not opening.strip(' “"') and fronted_verb)
        or after_aside
    )


def _fronted_subject(
    ctx: _Context, sentence: Sentence, offset: int, mentions: list[ActorMention]
) -> list[ActorMention]:
    """`Sebelum bertemu dengan Presiden Prabowo, Nakatani Gen …`, `Setibanya di Canberra,
    Presiden …`: a clause opened by a subordinator, or by a verb that is one (after a source's
    aside too: `Berdasarkan keterangan tertulis …, Selasa (26/1), setibanya di Dili, Jokowi …`),
    takes the subject of the main clause after its comma."""
    if not _fronted(ctx, sentence, offset):
        return []
    comma = ctx.text.find(",", offset, sentence.end)
    if comma < 0:
        return []
    after = _agents(
        ctx.text,
        [
            m
            for m in mentions
            if m.start > comma
            and not SOURCE_ASIDE.search(ctx.text, max(0, m.start - SOURCE_REACH), m.start)
        ],
    )
    return after[:1] if after and after[0].start - comma < SUBJECT_REACH else []


def _happening_at(ctx: _Context, offset: int) -> bool:
    """A meeting or visit verb stands at the offset (not a speech verb such as `Menurutnya`)."""
    return any(h.start() == offset for h in ctx.within(ctx.triggers, offset, offset + 60))
