"""Statements: speech verbs and who speaks (before the verb, after it, a pronoun, a body, or both
sides of a meeting)."""

from __future__ import annotations

import re
from functools import cache

from etl.actors import ActorMention
from etl.events.clauses import (
    _subordinate_subject,
    relative_subject,
    subject_past_relative_object,
)
from etl.events.context import _Context, _speech_rows, _trigger_rows, row_key
from etl.events.model import ArticleEvent
from etl.events.roles import (
    COORDINATED,
    OBJECT_OF,
    QUOTE,
    _agents,
    _clause_bounds,
    _close_subject,
    _is_locative,
    _subject_run,
)
from etl.lexicon import Hit, alternation, words
from etl.text import FRONTED_CLAUSE, Sentence

SPOKE_ALONGSIDE = re.compile(r"(?:\s*\([^()]{1,20}\))?,?\s+bersama\s+$", re.IGNORECASE)
"""`Jenderal Moeldoko (kedua kiri), bersama KASAD … Gatot Nurmantyo (kiri), … memberikan
keterangan pers`: the persons beside a subject at a press statement speak too."""
TAG_OPENERS = frozenset(",”“\"’'—–-:(")
CLOSING_WORDS = frozenset({"begitu", "demikian"})
"""`Begitu kata Dasco kepada wartawan`: a tag opening its sentence after what was said."""
PRONOUN = re.compile(r"\b(?:dia|ia|beliau)\b", re.IGNORECASE)
THROUGH = re.compile(r"\b(?:melalui|lewat|via|menerusi)\s+$", re.IGNORECASE)
"""`Presiden Jokowi melalui Mensesneg Pratikno menyampaikan …`: who speaks through someone
speaks; the one they speak through carries it."""
DESCRIPTOR = (
    r"(?:pria|wanita|perempuan|lelaki|laki-laki|sosok|tokoh|politikus|politisi|purnawirawan|"
    r"jenderal|diplomat|perwira|orang\s+nomor\s+(?:satu|dua|wahid))\b"
    r"[^,.;:\"”]{0,60}?(?:,[^,.;:\"”]{1,30}?)?\b(?:itu|tersebut|ini)\b"
)
DESCRIBED_AFTER = re.compile(DESCRIPTOR, re.IGNORECASE)
DESCRIBED_BEFORE = re.compile(rf"\b{DESCRIPTOR}\s*$", re.IGNORECASE)
"""`kata pria yang akrab disapa Tata itu`, `Pria kelahiran Solo ini mengatakan`, `ungkap Jenderal
asal kampung Salo, Kota Kendari ini`, `orang nomor satu di jajaran Polri ini meminta`: the person
described is the one the text is about, whatever is named inside the description."""
BOTH_SIDES = re.compile(
    r"\b(?:kedua\s+belah\s+pihak|kedua\s+pihak|keduanya|kedua\s+(?:pemimpin|menteri|pejabat|"
    r"kepala|panglima|presiden|tokoh|delegasi|menlu|menhan|diplomat|jenderal)(?:\s+[a-z]+){0,3}?"
    r"(?:\s+(?:tersebut|itu|ini))?)\s*(?:\w+\s+)?$",
    re.I,
)
SPEAKER_REACH = 90
DELIVERY_REACH = 20
APPOSITION_END = re.compile(
    r"\s*(?:[,.;:)\"”]|$|(?:di|saat|ketika|kepada|dalam|pada|usai|seusai|kemarin)\b)"
)
BOTH_REACH = 60
ADDRESSEE = re.compile(
    r"\b(?:kepada|terhadap|bagi|untuk|dengan)(?:\s+(?!oleh\b)[a-z][\w-]*){0,4}\s+$", re.IGNORECASE
)
"""`disampaikan kepada kuasa usaha sementara Kedubes China`: the one spoken to, lower-case words
of its description between, is no speaker."""
ADDRESSEE_REACH = 50
PURPOSE = re.compile(
    r"\b(?:untuk|agar|guna|supaya|akan|hendak|ingin|bakal|dijadwalkan|berencana|seharusnya|"
    r"semestinya|sepatutnya|mestinya|hendaknya|harus|wajib|diharapkan|diminta)\s+$",
    re.IGNORECASE,
)
ACTIVE_BEFORE = re.compile(
    r"\s+(?:(?:juga|pun|telah|sudah|langsung|kemudian|lalu|akan)\s+)*(?:me|ber)[a-z]{3,}\b"
)
WHILE = re.compile(r"\b(?:saat|ketika|sambil|seraya|sembari)\s+$", re.IGNORECASE)
PURPOSE_REACH = 12
LED = re.compile(
    r"(?:\s+[A-Z][\w.'-]*){1,5}(?:\s+(?:dan|beserta)\s+[\w-]+)?\s+(?:untuk\s+)?"
    r"(?:(?:bersama-sama|bersama)\s+)?(?:menuju|ke|berfoto|foto|menanam|makan|bersantap|"
    r"berkeliling|mengikuti|melihat|meninjau|naik|masuk|memasuki|berjalan|bersepeda|berkuda|"
    r"menikmati|minum|melakukan\s+penanaman|menandatangani\s+buku\s+tamu)\b"
)
"""A guest named after `mengajak` and led to an activity: an act of hosting, not a call."""
UNDONE_REACH = 16
UNDONE = re.compile(
    r"\b(?:tidak|tak|belum|enggan)\s+(?:bisa|dapat|mau|pernah|ingin|perlu|harus)?\s*$",
    re.IGNORECASE,
)
CITED = re.compile(
    r"\b(?:dilansir|dikutip|mengutip|melansir|dilaporkan|diberitakan|menurut)(?:\s+(?:dari|oleh))?\s+$",
    re.IGNORECASE,
)
"""`…, seperti dilansir Reuters, mengatakan`: a medium cited as the source is not the speaker."""
MEDIA_NOUN = re.compile(
    r"\b(?:media|kantor\s+berita|surat\s+kabar|harian|televisi|stasiun\s+televisi|tabloid|"
    r"laporan)(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)


@cache
def _proxy() -> re.Pattern[str]:
    """A noun of someone who speaks for, or stands beside, the person named after it."""
    return re.compile(rf"\b(?:{alternation(words('proxies'))})\b", re.IGNORECASE)


@cache
def _own_proxy() -> re.Pattern[str]:
    """`Menurut juru bicaranya, Stephane Dujarric, …`: someone's spokesman, named after the
    comma."""
    return re.compile(rf"\s+(?:{alternation(words('proxies'))})nya\s*,\s*", re.IGNORECASE)


def _proxy_named(
    ctx: _Context, offset: int, first: ActorMention, after: list[ActorMention]
) -> str | None:
    """`kata kuasa hukum Setya Novanto, Fredrich Yunadi`, `ujar Juru Bicara Presiden Joko Widodo,
    Fadjroel Rachman`: the person named after the comma speaks for the one before it, when the
    name ends the phrase; one that opens a clause (`Menurut juru bicara … Lin Jian, Wang Yi
    akan …`) is what was said."""
    if not _proxy().search(ctx.text, offset, first.end):
        return None
    later = [m for m in after if m.start >= first.end and m.kind == "person" and not m.titled]
    if (
        later
        and ctx.text[first.end : later[0].start].strip() == ","
        and APPOSITION_END.match(ctx.text, later[0].end)
    ):
        return later[0].key
    return None


def _speaker_after(
    ctx: _Context, sentence: Sentence, offset: int, mentions: list[ActorMention]
) -> list[str]:
    """`…,” kata Putin` / `kata seorang pejabat di Kyiv`: the first actor after the verb, in the
    verb's own phrase: past a comma (`menurut sumber …, Prabowo menemui`, `Menurut keterangan
    tertulis Kedutaan Besar Australia, Dubes Moriarty …`) it is another's, and
    one it is said to (`disampaikan kepada Presiden`) is no speaker; but a spokesman told by
    the pronoun (`Menurut juru bicaranya, Stephane Dujarric, …`) is named past a comma."""
    if own := _own_proxy().match(ctx.text, offset):
        named = next((m for m in mentions if m.start == own.end() and m.kind == "person"), None)
        if named is not None and APPOSITION_END.match(ctx.text, named.end):
            return [named.key]
    clause_end = _clause_bounds(sentence, offset)[1]
    rest = ctx.text[offset:clause_end]
    if PRONOUN.match(rest.strip()) or DESCRIBED_AFTER.match(rest.strip()):
        return [ctx.focus] if ctx.focus else []
    after = [
        m
        for m in mentions
        if offset <= m.start < clause_end
        and m.kind != "media"
        and not ADDRESSEE.search(ctx.text[max(offset, m.start - ADDRESSEE_REACH) : m.start])
    ]
    if not after:
        return []
    persons = [
        m
        for m in after
        if m.kind == "person"
        and m.start - offset < SPEAKER_REACH
        and "," not in ctx.text[offset : m.start]
    ]
    first = persons[0] if persons and after[0].kind != "country" else after[0]
    if "," in ctx.text[offset : first.start]:
        return []
    if first.kind == "country" and _is_locative(ctx.text, first):
        return [first.key]
    if first.start - offset >= SPEAKER_REACH or MEDIA_NOUN.search(ctx.text, offset, first.start):
        return []
    return [_proxy_named(ctx, offset, first, after) or first.key]


def _shared_subject(
    ctx: _Context, sentence: Sentence, offset: int, mentions: list[ActorMention]
) -> ActorMention | None:
    """The subject of the verb a coordinated speech verb follows: the clause's first actor
    right before an active verb (`Presiden Joko Widodo meninjau … dan mengatakan …`)."""
    clause_start = _clause_bounds(sentence, offset)[0]
    for m in _agents(ctx.text, [m for m in mentions if clause_start <= m.start < offset]):
        if ACTIVE_BEFORE.match(ctx.text, m.end):
            return m
    return None


def _speaker_before(
    ctx: _Context, sentence: Sentence, offset: int, mentions: list[ActorMention]
) -> list[str]:
    """`NATO dan Amerika Serikat mengatakan …`: the subject run before the verb, or a pronoun.
    A speech verb behind `saat`/`ketika` (`Dubes X menunjukkan foto Y saat menyampaikan …`) is
    the sentence subject's, not the nearest name's."""
    if WHILE.search(ctx.text[max(sentence.start, offset - 10) : offset]):
        first = _agents(ctx.text, [m for m in mentions if m.kind == "person" and m.end <= offset])[
            :1
        ]
        return [first[0].key] if first else []
    if COORDINATED.search(ctx.text, max(sentence.start, offset - 20), offset):
        shared = _shared_subject(ctx, sentence, offset, mentions)
        if shared is not None:
            return [shared.key]
    segment = ctx.text[_clause_bounds(sentence, offset)[0] : offset]
    if DESCRIBED_BEFORE.search(segment) and ctx.focus:
        return [ctx.focus]
    subject = _subject(ctx, sentence, offset, mentions)
    if subject:
        return [m.key for m in subject]
    media = [
        m
        for m in mentions
        if m.kind == "media"
        and m.end <= offset
        and not CITED.search(ctx.text[max(sentence.start, m.start - 25) : m.start])
    ]
    if media and _close_subject(ctx.text[media[-1].end : offset]):
        return [media[-1].key]
    if BOTH_SIDES.search(segment[-BOTH_REACH:]):
        return _parties_of_latest_meeting(ctx)
    if PRONOUN.search(segment[-25:]) and ctx.focus:
        return [ctx.focus]
    return []


def _parties_of_latest_meeting(ctx: _Context) -> list[str]:
    """`Kedua belah pihak menyatakan …`: each person of the meeting just told."""
    meeting = next(
        (e for e in reversed(ctx.events) if e.event_type == "meeting" and not e.incomplete), None
    )
    if meeting is None:
        return []
    return [k for k in meeting.actor_keys() if ctx.actors.actors[k].kind == "person"]


def _subject(
    ctx: _Context, sentence: Sentence, offset: int, mentions: list[ActorMention]
) -> list[ActorMention]:
    """The actors right before a verb that are its subject, not the object of a preposition:
    at most a few words (`telah`, `pun`, `juga`) and no clause between them and the verb, or
    the name a relative clause set off by commas is told of (`Retno, yang bertemu Kamikawa,
    menegaskan`)."""
    relative = relative_subject(ctx, sentence, offset, _agents(ctx.text, mentions))
    if relative:
        return relative
    clause_start = _clause_bounds(sentence, offset)[0]
    if FRONTED_CLAUSE.match(ctx.text, sentence.start):
        comma = ctx.text.find(",", sentence.start, offset)
        clause_start = max(clause_start, comma + 1) if comma >= 0 else clause_start
    before = _agents(
        ctx.text,
        [
            m
            for m in mentions
            if clause_start <= m.start
            and m.end <= offset
            and not (
                OBJECT_OF.search(ctx.text[max(0, m.start - 12) : m.start])
                and not _alongside(ctx.text, m, mentions, clause_start)
            )
            and not MEDIA_NOUN.search(ctx.text[max(sentence.start, m.start - 30) : m.start])
            and not CITED.search(ctx.text[max(sentence.start, m.start - 25) : m.start])
            and not THROUGH.search(ctx.text, max(sentence.start, m.start - 10), m.start)
        ],
    )
    if not before:
        return _subordinate_subject(ctx, sentence, offset, mentions)
    subject = _subject_run(ctx.text, before)
    if not _close_subject(ctx.text[subject[-1].end : offset]):
        return []
    return subject_past_relative_object(ctx.text, subject, before)


def _alongside(text: str, m: ActorMention, mentions: list[ActorMention], start: int) -> bool:
    """`m` follows a person of the same clause by `bersama`: a companion of the subject."""
    return any(
        o.kind == "person" and start <= o.start and SPOKE_ALONGSIDE.fullmatch(text, o.end, m.start)
        for o in mentions
        if o.end <= m.start
    )


def _statements(
    ctx: _Context, sentence: Sentence, mentions: list[ActorMention]
) -> list[ArticleEvent]:
    """Speech acts of the sentence, one per speaker (the merge joins a speaker's statements)."""
    events: list[ArticleEvent] = []
    seen: set[str] = set()
    quote = QUOTE.search(sentence.text)
    has_quote = quote is not None
    for m in ctx.within(ctx.speech, sentence.start, sentence.end):
        if _delivers(ctx, m) or ctx.in_quote(m.start()):
            continue
        frame = _speech_rows()[row_key(m.group())]
        if frame == "post" and not _tags_speech(ctx.text, sentence, m):
            continue
        if (
            frame == "post"
            and m.group().lower().startswith("di")
            and _not_said(ctx.text, sentence, m)
        ):
            continue
        if frame in ("post", "source"):
            speakers = _speaker_after(ctx, sentence, m.end(), mentions)
            if frame == "post" and not has_quote and not speakers:
                continue
        elif frame in ("post_self", "self"):
            speakers = [ctx.focus] if ctx.focus else []
            if not has_quote and not _parenthetical(ctx.text, m):
                subject = _subject(ctx, sentence, m.start(), mentions)
                speakers = [subject[0].key] if subject else speakers
            elif quote is not None and ctx.focus in _named_in(ctx, quote, sentence):
                speakers = _earlier_speaker(ctx, other_than=ctx.focus)
        elif _not_said(ctx.text, sentence, m):
            continue
        else:
            if m.group()[0].isupper() and m.start() == sentence.start:
                continue
            speakers = _speaker_before(ctx, sentence, m.start(), mentions)
        for key in speakers:
            if key in seen or ctx.actors.actors.get(key) is None:
                continue
            if ctx.actors.actors[key].kind == "media" and frame == "source":
                continue
            seen.add(key)
            events.append(
                ArticleEvent(
                    "statement",
                    [(key, "speaker")],
                    sentence,
                    m.group(),
                    m.start(),
                    quote=quote.group(1).strip()
                    if quote
                    else _content(ctx.text, m, sentence, frame),
                    confidence=0.8 if has_quote else 0.65,
                )
            )
    return [e for e in events if not _own_state_reported(ctx, e, events)]


def _delivers(ctx: _Context, m: Hit) -> bool:
    """`menyampaikan surat dari Jokowi ke Presiden Rouhani`: a letter handed over is a meeting,
    no speech act of the one who hands it."""
    return any(
        t.start() == m.start() and _trigger_rows()[row_key(t.group())]["frame"] == "deliver"
        for t in ctx.within(ctx.triggers, m.start(), m.end() + DELIVERY_REACH)
    )


def _tags_speech(text: str, sentence: Sentence, verb: Hit) -> bool:
    """A speech tag after what was said stands behind a comma or a closing quotation mark (or an
    opening one misprinted for it, `…,“ katanya`), or opens the sentence: `…,” kata Putin`,
    `…, lanjut Retno`; inside a phrase it is another word
    (`tindak lanjut`, `Lebih lanjut disampaikan`, `dengan kata lain`). A passive has its own
    subject (`Hal itu disampaikan oleh …`), unless it only qualifies a noun (`Menurut Sjafrie,
    yang diungkapkan setelah doa bersama …`)."""
    before = text[sentence.start : verb.start()].rstrip()
    if verb.group().lower().startswith("di"):
        return not before.lower().endswith("yang")
    return not before or before[-1] in TAG_OPENERS or before.lower() in CLOSING_WORDS


def _parenthetical(text: str, verb: Hit) -> bool:
    """`Sedangkan Wamenlu Arif Havas, lanjutnya, lebih banyak fokus …`: a pronoun tag between
    commas reports what is said of the name before it; the one it points at speaks."""
    return text[: verb.start()].rstrip().endswith(",") and text[verb.end() :].lstrip().startswith(
        ","
    )


def _own_state_reported(ctx: _Context, event: ArticleEvent, events: list[ArticleEvent]) -> bool:
    """`Jokowi mengatakan Indonesia mengecam …`: a state whose stand its own official reports
    in the same sentence speaks through that official, not as a speaker of its own."""
    state = ctx.actors.actors[event.actor_keys()[0]]
    if state.kind != "country":
        return False
    return any(
        other.trigger_start < event.trigger_start
        and (person := ctx.actors.actors[other.actor_keys()[0]]).kind == "person"
        and person.country == state.name
        for other in events
    )


def _named_in(ctx: _Context, quote: re.Match[str], sentence: Sentence) -> set[str]:
    """The actors a quotation names: whoever it speaks of in the third person is not its speaker."""
    start, end = sentence.start + quote.start(), sentence.start + quote.end()
    return {m.key for m in ctx.mentions_at.within(start, end)}


def _earlier_speaker(ctx: _Context, other_than: str | None) -> list[str]:
    """`…,” ujarnya` after a quotation about the person last named: the one who spoke last."""
    for event in reversed(ctx.events):
        if event.event_type == "statement":
            keys = [k for k in event.actor_keys() if k != other_than]
            if keys:
                return keys[:1]
    return []


def _not_said(text: str, sentence: Sentence, verb: Hit) -> bool:
    """A speech act only intended (`akan menyampaikan`, `dijadwalkan`), owed (`seharusnya
    disampaikan Menteri Pertahanan`, `diminta menjelaskan`) or not done (`tidak bisa
    meminta`, `belum menyatakan`) is no statement, and neither is a guest led somewhere
    (`mengajak PM Xanana menuju halaman belakang`, `mengajak Mahathir berfoto bersama`)."""
    before = text[max(sentence.start, verb.start() - UNDONE_REACH) : verb.start()]
    return (
        PURPOSE.search(before[-PURPOSE_REACH:]) is not None
        or UNDONE.search(before) is not None
        or (verb.group().lower() == "mengajak" and LED.match(text, verb.end()) is not None)
    )


def _content(text: str, verb: Hit, sentence: Sentence, frame: str) -> str | None:
    """What was said, when no quotation marks carry it: before a verb that follows its content
    (`Pasukan Ukraina menemukan …, kata seorang pejabat`), else after it (and after `bahwa`)."""
    if frame in ("post", "post_self"):
        content = text[sentence.start : verb.start()].strip().rstrip(",")
    else:
        rest = text[verb.end() : sentence.end].strip()
        bahwa = re.search(r"\bbahwa\b", rest)
        content = rest[bahwa.end() :].strip() if bahwa else rest
    return content or None
