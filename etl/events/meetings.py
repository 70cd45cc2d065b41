"""Meetings: who met whom, a meeting's parties named by its noun or referred to, and meetings
named again as the setting of what follows. Receptions and courtesy calls are `receptions`, and
counterparts met one by one `counterparts`."""

from __future__ import annotations

import itertools
import re

from etl.actors import Actor, ActorMention, is_forum
from etl.events.anaphora import _pair_named_before, _pair_told_before
from etl.events.attendance import attended
from etl.events.clauses import (
    ACTIVE_VERB,
    TRAILING_REACH,
    TRAILING_SUBORDINATE,
    _subordinate_subject,
    fronted_after_lead,
    relative_subject,
)
from etl.events.context import _Context
from etl.events.counterparts import MEETING_PARTIES, _guests_each, _one_by_one
from etl.events.lists import GROUP
from etl.events.model import ArticleEvent
from etl.events.roles import (
    COORDINATED,
    _around,
    _clause_bounds,
    _distinct,
    _object_run,
    _subject_run,
    _without_own_countries,
)
from etl.events.speech import PRONOUN
from etl.events.visits import ANAPHOR
from etl.lexicon import Hit
from etl.text import Sentence

BOTH = re.compile(r"\bkeduanya\b|\bkedua\s+(?:pemimpin|menteri|tokoh|pihak)\b", re.IGNORECASE)
PLURAL_PRONOUN = re.compile(
    r"\b(?:mereka|keduanya|kedua(?:-dua)?\s+(?:pemimpin|tokoh|menteri|menlu|menhan|presiden|"
    r"kepala\s+negara|panglima))\b",
    re.I,
)
FORUM_SETTING = re.compile(
    r"\b(?:di\s+sela(?:-sela)?|di\s+tengah|dalam|pada|saat|selama)\s+(?:[A-Z]\w*\s+){0,3}$",
    re.IGNORECASE,
)
SETTING_REACH = 40
THEIR = re.compile(r"\s+(?:mereka|keduanya)\b", re.IGNORECASE)
"""`Pertemuan mereka sebelumnya berlangsung pada Maret 2020`: the meeting of those just told."""
NOUN_COMPLEMENT = re.compile(
    r"\s*(?:selama\s+(?:(?:lebih\s+dari|kurang\s+dari|sekitar|hampir|kurang\s+lebih)\s+)?"
    r"(?:\d+|satu|dua|tiga|empat|lima|setengah)\s+(?:menit|jam)\s+)?"
    r"(?:(?:(?!(?:membahas|bahas|soal|tentang|terkait|mengenai|konflik|perang|sengketa|"
    r"hubungan|ketegangan|perselisihan|perbatasan)\b)\w+,?\s+){0,3}"
    r"(?:dengan|antara|bersama|kepada|oleh|dari|digelar|diadakan|"
    r"diselenggarakan)\s+)?"
    r"(?:\([^)]*\)\s*)?",
    re.IGNORECASE,
)
TOPIC_BEFORE = re.compile(
    r"\b(?:membahas|dibahas|bahas|mengenai|tentang|soal|terkait)\b[^.;:]{0,80}$", re.IGNORECASE
)
"""`kedua menlu membahas sejumlah isu …, seperti perundingan perbatasan`: a talk named as a
topic of another, with no parties of its own, is no meeting."""
WITH_COUNTERPART = re.compile(r"\bdengan\s+$", re.IGNORECASE)
SETTING = re.compile(
    r"\b(?:dalam|pada|selama|usai|seusai|saat|ketika|sebelum|setelah|sesudah)\s+$", re.I
)
IN_ORDER_TO = re.compile(r"\b(?:untuk|guna)\s+$", re.IGNORECASE)
"""`Anwar sambangi Istana … untuk bertemu dengan Prabowo`: whoever went meets, not the place;
after a speech verb, whoever went in what was said (`Amantha mengatakan …, Retno melanjutkan
perjalanan … untuk bertemu …`)."""
OWNED_TRIP = re.compile(
    r"\b(?:kedatangan|kunjungan|lawatan|kehadiran)(?:\s+(?:kerja|resmi|kenegaraan))?nya\s+"
    r"(?:[a-z]+\s+){0,2}(?:untuk|guna|bagi)\s+$",
    re.IGNORECASE,
)
"""`Berdasarkan informasi, kedatangannya guna menemui Surya Paloh`: the one whose trip it is
meets, as a pronoun subject would."""
HEARING = re.compile(
    r"\b(?:rapat|raker|rdp|rdpu|memanggil|kelayakan|fit and proper)\b", re.IGNORECASE
)
COMMISSION = re.compile(r"\bKomisi [IVX]+ DPR\b")
AFTER_A_CLAUSE = re.compile(
    r"\b(?:me|ber)[a-z]{3,}\s+[A-Z][^,]*,\s*(?:(?:juga|lalu|kemudian|sekaligus)\s+)?$"
)
"""`Menteri Indonesia mengadap Agong, bertemu Anwar`: a verb after a comma that closes a clause
of its own verb and object shares that clause's subject, not its object's."""
ROOM = re.compile(r"\b(?:ruang|ruangan|gedung|aula|balai)\s+$", re.IGNORECASE)
RESIDENCE = re.compile(
    r"\bdi\s+(?:kediaman|rumah(?:\s+(?:dinas|pribadi))?|kantor|ruang\s+kerja)(?P<own>nya)?\b"
    r"(?:\s+(?P<post>(?-i:[a-z]+)(?:\s+kota)?)\b)?",
    re.IGNORECASE,
)
"""`di kediaman Airlangga`, `di kantornya`, `di kantor gubernur`: one party's house or office,
named by its owner, their pronoun or their post."""
OWNER_GAP = 2
AT_TRIGGER = re.compile(r"\sdi$", re.IGNORECASE)
WITH_LATER = re.compile(r"\b(?:dengan|bersama)\b", re.IGNORECASE)
"""`Trump dan Putin bertemu di Anchorage, Alaska`: what follows `bertemu di` is the place, and
a party only after `dengan` (`bertemu di Bali dengan PM Jepang`)."""
BETWEEN = re.compile(r"\s+antara\s+", re.IGNORECASE)
WITH_UNNAMED = re.compile(
    r"\s*,?\s+(?:dengan|bersama)\s+(?:sejumlah|beberapa|para|seluruh|semua|berbagai)\s+[a-z]",
    re.IGNORECASE,
)
WITH = re.compile(r"\s*,?\s+(?:dengan|bersama)\s+$", re.IGNORECASE)


def _meeting(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention], frame: str
) -> list[ArticleEvent]:
    """Who met whom: the subject run before the trigger and the list after it (or after
    `dengan`); a forum named right after `pertemuan`/`KTT` is the backdrop, not a party; a
    list of counterparts met one by one is one meeting per counterpart. A pronoun between the
    last name and the verb (`X bertemu Y, dan … ia juga bertemu Z`) is the sentence's first
    person, not the name next to it; a plural one (`Peskov menambahkan bahwa kedua presiden
    sepakat untuk bertemu`) points at the parties of the meeting told last. A meeting noun naming a
    room or a building (`di ruang rapat Komisi I`) tells where, not that anyone met."""
    if frame == "noun" and ROOM.search(ctx.text[max(sentence.start, m.start() - 10) : m.start()]):
        return []
    if frame == "noun" and (told := attended(ctx, sentence, m, agents)) is not None:
        return told
    before, after = _around(ctx, sentence, m, agents)
    subject = (
        _subject_run(ctx.text, before)
        or _subordinate_subject(ctx, sentence, m.start(), agents)
        or relative_subject(ctx, sentence, m.start(), agents)
    )
    if frame == "noun" and m.group().lower().endswith("nya"):
        subject = [a for a in before if a.kind == "person"][:1] or subject
    if before and fronted_after_lead(ctx, sentence, m.start(), before):
        subject = _subordinate_subject(ctx, sentence, m.start(), agents) or subject
    if before and TRAILING_SUBORDINATE.search(
        ctx.text, max(sentence.start, m.start() - TRAILING_REACH), m.start()
    ):
        subject = _main_verb_subject(ctx.text, before) or subject
    pronoun_subject = False
    if before and PRONOUN.search(ctx.text[before[-1].end : m.start()]):
        subject = [a for a in before if a.kind == "person"][:1] or subject
    if before and PLURAL_PRONOUN.search(ctx.text, before[-1].end, m.start()):
        subject = []
    shared = shared_subject(ctx, sentence, m, before) if frame == "verb" else None
    if shared is not None:
        first, pronoun_subject = shared
        subject = first or subject
    objects = [
        o
        for o in _object_run(ctx.text, m.end(), after)
        if o not in subject
        and not _forum_as_setting(ctx, o)
        and not (AT_TRIGGER.search(m.group()) and not WITH_LATER.search(ctx.text, m.end(), o.start))
    ]
    if frame == "noun":
        objects = [o for o in objects if not _backdrop(ctx, m, o)]
        if objects and not NOUN_COMPLEMENT.fullmatch(ctx.text[m.end() : objects[0].start]):
            objects = []
    if frame == "noun" and not objects and _told_before(ctx, sentence, m):
        return []
    if frame == "noun" and not objects and TOPIC_BEFORE.search(ctx.text, sentence.start, m.start()):
        return []
    own = _noun_parties(ctx, m, objects, after) if frame == "noun" else None
    if own is not None:
        subject, objects = [], own
    forum = (
        frame == "noun"
        and objects
        and is_forum(ctx.actors.actors[objects[0].key])
        and ctx.text[m.end() : objects[0].start].strip() == ""
    )
    if forum:
        objects = _object_run(ctx.text, objects[-1].end, after[len(objects) :])
    anaphoric = ANAPHOR.match(ctx.text[m.end() : m.end() + 12]) is not None
    if not subject and frame == "noun" and own is None:
        subject = [a for a in before if a.kind == "person"][-1:]
    keys = [a.key for a in subject]
    if pronoun_subject and ctx.focus:
        keys = [ctx.focus]
    pronoun = PRONOUN.search(ctx.text[sentence.start : m.start()][-30:]) or OWNED_TRIP.search(
        ctx.text, max(sentence.start, m.start() - TRAILING_REACH), m.start()
    )
    if not keys and ctx.focus and (pronoun or anaphoric or _with_one(ctx, m, frame, objects)):
        keys = [ctx.focus]
    if not keys and not objects:
        keys = _parties_referred_to(ctx, sentence, m)
    counterparts = _without_own_countries(ctx, _distinct([o.key for o in objects]))
    confidence = 0.75 if frame == "verb" else 0.6
    if len(keys) == 1 and len(counterparts) >= 2 and _one_by_one(ctx, sentence, keys[0], objects):
        pairs = [(keys[0], c) for c in counterparts]
        return _bilaterals(pairs, sentence, m, confidence, anaphoric)
    if len(counterparts) == 1 and frame == "verb" and _guests_each(ctx, sentence, subject):
        pairs = [(guest.key, counterparts[0]) for guest in subject]
        return _bilaterals(pairs, sentence, m, confidence, anaphoric)
    keys = _without_own_countries(ctx, _distinct(keys + counterparts))
    keys = _distinct([_hearing_body(ctx, m, key) for key in keys])
    if len(keys) < 2:
        _anaphoric(ctx, sentence, m, "meeting", keys)
        if len(keys) == 1 and (frame == "verb" or GROUP.search(ctx.text[m.end() : sentence.end])):
            return [
                ArticleEvent(
                    "meeting",
                    [(keys[0], "participant")],
                    sentence,
                    m.group(),
                    m.start(),
                    incomplete=True,
                )
            ]
        return []
    roles = [(k, "participant") for k in keys]
    return [
        ArticleEvent(
            "meeting",
            roles,
            sentence,
            m.group(),
            m.start(),
            confidence=confidence,
            anaphoric=anaphoric,
        )
    ]


def shared_subject(
    ctx: _Context, sentence: Sentence, m: Hit, before: list[ActorMention]
) -> tuple[list[ActorMention], bool] | None:
    """The subject a predicate shares with the clause before it (after `dan`/`selain`, `untuk`,
    or a comma closing a clause of its own verb and object: see `COORDINATED`, `IN_ORDER_TO`,
    `AFTER_A_CLAUSE`): the first person told after the last speech verb, and whether a pronoun
    before that person is the subject instead (`beliau dijadual bertemu …, Sjafrie, selain
    mengadakan kunjungan hormat …`). None when the predicate is no shared one."""
    if not (
        COORDINATED.search(ctx.text[sentence.start : m.start()])
        or IN_ORDER_TO.search(ctx.text, sentence.start, m.start())
        or AFTER_A_CLAUSE.search(ctx.text, sentence.start, m.start())
    ):
        return None
    said = ctx.within(ctx.speech, sentence.start, m.start())
    told = [a for a in before if not said or a.start >= said[-1].end()]
    first = [a for a in told if a.kind == "person"][:1]
    clause = said[-1].end() if said else sentence.start
    pronoun = bool(first) and PRONOUN.search(ctx.text, clause, first[0].start) is not None
    return first, pronoun


def _main_verb_subject(text: str, before: list[ActorMention]) -> list[ActorMention]:
    """`Wang Yi menemui Prabowo setelah lebih dahulu bertemu Presiden Joko Widodo`: the subject
    of a trailing clause is the person right before the main clause's verb, not its object."""
    verbs = [
        a
        for a, nxt in itertools.pairwise(before)
        if a.kind == "person" and ACTIVE_VERB.match(text[a.end : nxt.start].lstrip(" ,"))
    ]
    return verbs[-1:]


def _with_one(ctx: _Context, m: Hit, frame: str, objects: list[ActorMention]) -> bool:
    """`Ada pula pertemuan bilateral dengan Menlu Guatemala …`: a meeting noun naming only the
    counterpart, a person after `dengan` (or the house a hearing is held with: `ujarnya dalam
    rapat dengar pendapat dengan DPR`), is one more meeting of the person the text is about;
    one the counterpart already had (`Pertemuan dengan Wapres merupakan tindak lanjut …`) is
    that meeting again."""
    if frame != "noun" or len(objects) != 1:
        return False
    if objects[0].kind != "person" and not (
        HEARING.search(m.group()) and objects[0].kind == "organization"
    ):
        return False
    counterpart = objects[0].key
    return (
        counterpart != ctx.focus
        and WITH_COUNTERPART.search(ctx.text, m.end(), objects[0].start) is not None
        and not any(e.event_type == "meeting" and counterpart in e.actor_keys() for e in ctx.events)
    )


def _hearing_body(ctx: _Context, m: Hit, key: str) -> str:
    """`Meutya Hafid juga akan memanggil Menteri …`, of the chair of Komisi I: a hearing is the
    commission's, whichever of its members calls it or sits in it."""
    if not HEARING.search(m.group()):
        return key
    actor = ctx.actors.actors[key]
    if actor.kind == "organization":
        return _ministry_s_minister(ctx, actor) or key
    bodies = {
        body.group() for title in actor.titles if (body := COMMISSION.search(title)) is not None
    }
    body = next(iter(bodies), None) if len(bodies) == 1 else None
    return body if body is not None and body in ctx.actors.actors else key


def _ministry_s_minister(ctx: _Context, ministry: Actor) -> str | None:
    """`Rapat Kerja Komisi VII DPR dengan Kementerian ESDM`, the article naming `Menteri ESDM
    Sudirman Said`: a working meeting with a ministry is held with its minister, the one person
    of the article whose post is the ministry's (`Kementerian X` and `Menteri X`)."""
    portfolios = {
        alias.removeprefix("Kementerian ").strip()
        for alias in ministry.aliases
        if alias.startswith("Kementerian ")
    }
    ministers = {
        key
        for key, a in ctx.actors.actors.items()
        if a.kind == "person"
        and any(
            t.removeprefix("Menteri ").strip() in portfolios
            for t in a.titles
            if t.startswith("Menteri ")
        )
    }
    return ministers.pop() if len(ministers) == 1 else None


def _bilaterals(
    pairs: list[tuple[str, str]], sentence: Sentence, m: Hit, confidence: float, anaphoric: bool
) -> list[ArticleEvent]:
    """One meeting for each pair met one by one."""
    return [
        ArticleEvent(
            "meeting",
            [(one, "participant"), (other, "participant")],
            sentence,
            m.group(),
            m.start(),
            confidence=confidence,
            anaphoric=anaphoric,
        )
        for one, other in pairs
        if one != other
    ]


def _residence_visits(
    ctx: _Context, sentence: Sentence, m: Hit, meetings: list[ArticleEvent]
) -> list[ArticleEvent]:
    """`Prabowo menemui Megawati di kediamannya`, `bertemu Akbar Tandjung di kediaman Akbar`:
    a meeting at one party's home is the other's visit to that party."""
    clause_end = _clause_bounds(sentence, m.start())[1]
    home = RESIDENCE.search(ctx.text, m.end(), clause_end)
    if home is None or len(meetings) != 1 or len(meetings[0].actors) != MEETING_PARTIES:
        return []
    parties = meetings[0].actor_keys()
    named = (
        a.key
        for a in ctx.mentions_at.within(home.end(), clause_end)
        if a.kind == "person" and a.start - home.end() <= OWNER_GAP
    )
    owner = next(named, parties[-1] if home.group("own") else _holder_of(ctx, home, parties))
    if owner not in parties:
        return []
    visitor = next(k for k in parties if k != owner)
    return [
        ArticleEvent(
            "visit",
            [(visitor, "visitor"), (owner, "host")],
            sentence,
            m.group(),
            m.start(),
            location=meetings[0].location,
            confidence=0.6,
        )
    ]


def _holder_of(ctx: _Context, home: re.Match[str], parties: list[str]) -> str | None:
    """`bertemu dengan Gubernur Bali Wayan Koster di kantor gubernur`: the party whose post
    names the office."""
    post = (home.group("post") or "").lower()
    holders = [
        key
        for key in parties
        if post and any(t.lower().startswith(post) for t in ctx.actors.actors[key].titles)
    ]
    return holders[0] if len(holders) == 1 else None


def _noun_parties(
    ctx: _Context, m: Hit, objects: list[ActorMention], after: list[ActorMention]
) -> list[ActorMention] | None:
    """`pertemuan antara Megawati dan Prabowo`, `pertemuan Megawati dengan Prabowo`: a meeting
    noun that names its parties itself; whoever tells of it (`Puan mengungkapkan …`) is none.
    A pair of states (`Sidang Komisi Bersama RI-Australia`) names the sides, not who sat: the
    subject leading it stays a party. A noun naming one party and an unnamed other (`Dasco
    menilai pertemuan Prabowo dengan para ketua umum partai …`) names its parties too. One
    party's meeting at another's home (`pertemuan Muhaimin di kediaman … Airlangga Hartarto`)
    has the owner as the other party."""
    if len(objects) >= MEETING_PARTIES and BETWEEN.match(ctx.text, m.end()):
        return objects
    if objects and all(o.kind == "country" for o in objects):
        return None
    if not objects or ctx.text[m.end() : objects[0].start].strip():
        return None
    if len(objects) >= MEETING_PARTIES:
        return objects
    if WITH_UNNAMED.match(ctx.text, objects[-1].end):
        return objects
    rest = after[after.index(objects[-1]) + 1 :]
    if not rest:
        return None
    gap = ctx.text[objects[-1].end : rest[0].start]
    home = RESIDENCE.match(gap.lstrip())
    if (
        home
        and not home.group("own")
        and rest[0].kind == "person"
        and not gap.lstrip()[home.end() :].strip()
    ):
        return objects + rest[:1]
    if not WITH.fullmatch(gap):
        return None
    return objects + _object_run(ctx.text, rest[0].start, rest)


def _forum_as_setting(ctx: _Context, mention: ActorMention) -> bool:
    """`bertemu di Port Moresby di sela-sela KTT APEC`: a forum after `di sela-sela`, `dalam`
    or `pada` is where they met, not whom."""
    return is_forum(ctx.actors.actors[mention.key]) and (
        FORUM_SETTING.search(ctx.text, max(0, mention.start - SETTING_REACH), mention.start)
        is not None
    )


def _backdrop(ctx: _Context, m: Hit, mention: ActorMention) -> bool:
    """An international body after a meeting noun names the forum (`pertemuan menteri ekonomi
    ASEAN`), unless `dengan` makes it the counterpart."""
    return (
        is_forum(ctx.actors.actors[mention.key])
        and "dengan" not in ctx.text[m.end() : mention.start]
    )


def _told_before(ctx: _Context, sentence: Sentence, m: Hit) -> bool:
    """`Dalam pertemuan tersebut …`, `Saat pertemuan berlangsung …`: a meeting already told,
    named again as the setting of what follows; its sentence joins that meeting."""
    setting = SETTING.search(ctx.text[sentence.start : m.start()])
    previous = next(
        (e for e in reversed(ctx.events) if e.event_type == "meeting" and not e.incomplete), None
    )
    if setting is None or previous is None:
        return False
    previous.extra_sentences.append((sentence, m.group()))
    return True


def _parties_referred_to(ctx: _Context, sentence: Sentence, m: Hit) -> list[str]:
    """`mereka mengadakan pembicaraan …`: the parties of the latest meeting told; and a second
    meeting noun in a sentence (`dengan lebih banyak pembicaraan resmi dijadwalkan`) has the
    parties of the first. With no meeting told yet, `kedua-dua pemimpin` are the last two
    persons named (`Anwar dan Prabowo bersetuju … ketika kedua-dua pemimpin mengadakan
    pertemuan`)."""
    told_here = itertools.takewhile(
        lambda e: e.sentence.start == sentence.start, reversed(ctx.events)
    )
    same_sentence = [e for e in told_here if e.event_type == "meeting"][::-1]
    plural = PLURAL_PRONOUN.search(ctx.text[sentence.start : m.start()][-40:]) or THEIR.match(
        ctx.text, m.end()
    )
    if not same_sentence and not plural:
        return []
    if not same_sentence and (pair := _pair_named_before(ctx, sentence, m)):
        return pair
    source = (
        same_sentence[-1]
        if same_sentence
        else next(
            (e for e in reversed(ctx.events) if e.event_type == "meeting" and not e.incomplete),
            None,
        )
    )
    if source is None and plural:
        return _pair_told_before(ctx, sentence, m)
    return source.actor_keys() if source is not None else []


def _anaphoric(ctx: _Context, sentence: Sentence, m: Hit, kind: str, keys: list[str]) -> None:
    """`Pada pertemuan itu keduanya …`: one more sentence about the latest such event, and about
    each told with it in one sentence (`bertemu dengan Duta Besar AS dan Iran. Pertemuan itu
    dilakukan pada Senin`)."""
    previous = next(
        (e for e in reversed(ctx.events) if e.event_type == kind and not e.incomplete), None
    )
    if previous is None:
        return
    follows = ANAPHOR.match(ctx.text[m.end() : m.end() + 12]) or BOTH.search(sentence.text)
    if follows:
        for told in ctx.events:
            if (
                told.event_type == kind
                and not told.incomplete
                and told.sentence.start == previous.sentence.start
                and set(keys) <= set(told.actor_keys())
            ):
                told.extra_sentences.append((sentence, m.group()))
    elif keys and set(keys) <= set(previous.actor_keys()):
        previous.extra_sentences.append((sentence, m.group()))
