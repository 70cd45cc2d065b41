"""Who stands where around a trigger: clauses, subjects and objects, lists, and places that are
no actors."""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache

from etl.actors import DEGREES_AFTER_NAME, ActorMention
from etl.dates.lexicon import lexicon
from etl.events.context import _Context
from etl.lexicon import Hit, alternation, table
from etl.places import country_names
from etl.text import FRONTED_CLAUSE, NOT_ONLY, Sentence

LOCATIVE = re.compile(
    r"(?:\b(?:di|ke|dari|menuju|melalui|via|asal|kota|ibu\s+kota|wilayah|negara|kawasan|"
    r"dengan\s+ke)\s+(?:(?:bagian|sebelah|perbatasan)\s+(?:[A-Za-z]+\s+)?)?)$",
    re.IGNORECASE,
)
PREMISES = re.compile(
    r"\b(?:di|ke|dari)\s+(?:[Kk]antor|[Gg]edung|[Mm]arkas(?:\s+[Bb]esar)?|[Ss]ekretariat|"
    r"[Kk]ompleks)(?:\s+(?:DPP|DPW|DPD|Pusat))?\s+$"
)
"""`bersilaturahmi di Kantor DPP PAN`: a body's premises are where, not who."""
PLACE_APPOSITION = re.compile(
    r"\b(?:di|ke|dari|menuju|melalui|via) +(?:[A-Z][\w'-]*(?: +[A-Z][\w'-]*)*(?:, *| *\())+$"
)
"""`di Beijing, China`, `di RMAF Subang Airbase, Selangor, Malaysia`, `di Washington, Amerika
Syarikat (AS)`: the later parts of an address, and a place's short form in brackets, are places
too."""
CLAUSE_BREAK = re.compile(
    r":|;(?!\s*(?:dan\s+|serta\s+)?[A-Z])"
    r"|,\s+(?:yang|sementara|sedangkan|namun|tetapi|dan\s+(?=[a-z]\w*(?:kan|i)\b))"
    r"|,?\s+(?:karena|lantaran|sebab|padahal|meskipun|walaupun)\s"
)
"""Where a clause ends: a reason or concession (`… kepada kuasa usaha sementara Kedubes China
karena Dubes China … sedang berada di negara asalnya`) is a clause of its own; a semicolon
before a capital parts the items of a list (`Menteri Pertahanan Singapura Dr Ng Eng Hen;
Menteri Pertahanan Australia …`), not two clauses."""
CLAUSE_BREAKS_KEPT = 256
"""Sentences whose clause breaks are kept: more than an article has."""
OBJECT_REACH = 60
COORDINATED = re.compile(
    r"\b(?:dan|lalu|kemudian|serta|selain)\s+(?:(?:dia|ia|beliau)\s+)?"
    r"(?:juga\s+|akan\s+|langsung\s+|pun\s+)?$",
    re.I,
)
"""`Retno membahas konflik … dan menyerukan …`, `Raisi menekankan … perang Ukraina dan dia
menyatakan …`, `… mengadakan kunjungan hormat ke atas Presiden, selain bertemu dengan …`: a
verb coordinated with the one before shares its subject, however many names its object holds."""
NOT_ONLY_OPENING = re.compile(rf"[\s“\"]*(?:{NOT_ONLY})\b", re.IGNORECASE)
SUBJECT_SLOT = re.compile(r"(?:^|[.,;:“\"]\s*|\b(?:dan|bahwa|namun|tetapi)\s+)$", re.IGNORECASE)
PARENTHETICAL = re.compile(r"\([^)]*\)")
COMPANION = re.compile(
    r"\b(?:beserta|bersama|didampingi)\s+(?:istri|isteri|suami|permaisuri|ibu\s+negara)(?:nya)?\b",
    re.IGNORECASE,
)
"""`PM Australia Scott Morrison beserta istri, PM Singapura …`: a spouse told after a list's item
parts no list."""
QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
SUBJECT_GAP_WORDS = 4
SPEECH_TAG = re.compile(
    r"(?:^|[\s,”\"])(?:kata|ujar|ucap|tutur|imbuh|tambah|jelas|terang|tegas|sebut|papar)\s+$",
    re.IGNORECASE,
)
SPEECH_TAG_REACH = 12
COMPANION_REACH = 40
ACCOMPANIED = re.compile(
    r"\b(?:didampingi|ditemani|beserta|bersama\s+(?:istri|suami)(?:nya)?\s*,?|"
    r"(?:dan|serta)\s+(?:asisten|staf|ajudan|wakil|deputi|istri|suami)nya\s*,?)"
    r"(?:\s+(?:langsung\s+)?oleh)?(?:\s+(?:istri|isteri|suami)(?:nya)?)?\s+"
    r"(?:(?:sejumlah|beberapa|para|seluruh|jajaran)\s+(?:[a-z]+\s+)?)?(?:[A-Z][\w.'-]*\s+){0,3}$"
)
"""What opens a companion's name: `didampingi Menlu …`, `didampingi istrinya Datuk Seri Dr …`
(a spouse told bare, `beserta istri, PM …`, opens none: the next guest follows)."""
COMPANION_WORD = re.compile(
    r"\b(?:(?:didampingi|ditemani|beserta)\b|bersama\s+(?:istri|suami)|"
    r"(?:asisten|staf|ajudan|wakil|deputi|istri|suami)nya\b)",
    re.IGNORECASE,
)
ACCOMPANYING = re.compile(
    r"\s+(?:(?:juga|turut|ikut|tampak)\s+)*(?:mendampingi|menemani|mengiringi)\s+(?:[a-z]+\s+)?$"
)
"""`Menlu Sugiono mendampingi Presiden Prabowo saat bertemu Putin`: who accompanies the one
named after the verb, at what that one does (`AT_THE_ACT`), is no party of it."""
AT_THE_ACT = re.compile(r"\s*,?\s*(?:saat|ketika|sewaktu|selama|tatkala|dalam|pada\s+saat)\b")
COMPANION_PHRASE = re.compile(
    r"(?:,\s*)?\b(?:didampingi|ditemani|beserta)\b[^,]*(?:,|$)", re.IGNORECASE
)
SETTING_GAP_WORDS = 20
AUXILIARY = (
    r"(?:akan|juga|pun|telah|sudah|sempat|langsung|kemudian|lalu|segera|bakal|hendak|berencana|"
    r"dijadwalkan|dijadualkan|dijadual|direncanakan|rencananya|tidak|belum)"
)
"""Words that stand before a verb as its tense, mood or aspect (`dijadwalkan bertemu`)."""
AUXILIARIES_AFTER = re.compile(rf"(?<=,)(?:\s*{AUXILIARY}\b)+\s*$", re.IGNORECASE)
CHANNEL_GAP_WORDS = 8
CHANNEL_GAP = re.compile(r"(?:dalam|melalui|lewat|via|menerusi|kepada)\b", re.IGNORECASE)
"""`Hishammuddin dalam satu kenyataan hari ini memaklumkan`: the channel of a statement."""
MET_BY_THE_PRESS = re.compile(
    r"(?:ketika|saat|sewaktu|semasa|usai|seusai|selepas)\s+(?:di(?:temui|jumpai|wawancarai|"
    r"hubungi))\b[^,;:.]{0,80}",
    re.IGNORECASE,
)
"""`Anwar Ibrahim ketika ditemui pemberita di Putrajaya berkata`: where the press met the
speaker, told without commas between the name and the verb."""
SETTING_GAP = re.compile(
    r"(?:melalui|lewat|via|dalam|saat|ketika|usai|seusai|selepas|setelah|sesudah|sebelum|"
    r"kepada|di|dari|pada|yang|seperti|sebagaimana)\b[^;:]*,$",
    re.IGNORECASE,
)


@cache
def _day_aside() -> re.Pattern[str]:
    """`Michael Tene, Senin (18/11/2013), mengatakan`, `Retno, kemarin, menyatakan`: the day
    set off by commas between a subject and its verb (the dates lexicon's weekdays, day words
    and parts of the day)."""
    days = lexicon()
    day = alternation([*days.weekdays, *days.day_words])
    part = alternation(days.times_of_day)
    return re.compile(
        rf"(?:hari\s+)?(?:{day})(?:\s+(?:{part}))?(?:\s*\([^()]{{1,15}}\))?"
        rf"(?:\s+(?:{part}|lalu))?\s*,$",
        re.IGNORECASE,
    )


PLURAL_SUBJECT = r"(?:mereka|para|sejumlah|beberapa|banyak|semua|seluruh|\d+|dua|tiga|empat|lima)"
"""Words that open a subject of several unnamed persons (`sejumlah pejabat`, `mereka`)."""
OWN_SUBJECT = re.compile(rf"\b{PLURAL_SUBJECT}\b", re.IGNORECASE)
OBJECT_OF = re.compile(
    r"\b(?:kepada|dengan|untuk|terhadap|bersama|antara|oleh|dari|atas|bagi|tentang|soal)\s+$",
    re.IGNORECASE,
)
TIME_CONJUNCTION = re.compile(
    r"\b(?:sebelum|setelah|sesudah|seusai|usai|menyusul|mendahului)\s+$", re.IGNORECASE
)
LOCATIVE_ASIDE_OPEN = re.compile(r",\s*di\s+[^,.;:]{0,60}")
LOCATIVE_ASIDE = re.compile(r",\s*di\s+[^,.;:]{1,80},\s*(?:dan|serta)\s+")
"""`kepada Menhan Malaysia …, di kantor Kementerian Pertahanan Malaysia, serta Menhan Singapura
…`: where each item of a list was met, told between its items, parts no list (the body named
there is no item of it)."""
LIST_GAPS = frozenset(
    {"dan", ",", ", dan", "serta", ", serta", "bersama", "dengan", ", juga dengan", ", dan juga"}
    | {"bersama dengan", "beserta", ", bersama", ", bersama dengan"}
    | {", lalu", ", kemudian", "lalu", "kemudian", ", lalu dengan", ", kemudian dengan"}
    | {";", "; dan", "; serta"}
)
"""What stands between two items of a list: `A, B dan C`, and `A; B; dan C` in lists whose items
carry commas of their own (Malay writes counterparts so)."""
LIST_CLOSE = re.compile(
    r"\s*,?\s*(?:dan|serta)\s+(?:lain-lain|lainnya|yang\s+lain(?:nya)?)\b|\s*,?\s*dll\b",
    re.IGNORECASE,
)
"""`Ratu Elizabeth II, Barack Obama, Francois Hollande, dan lainnya`: a run closed by `and
others` is a list, though only commas stand between its names."""
BESIDES = re.compile(r"\b(?:selain|di\s+samping|kecuali)(?:\s+dari)?\s+$", re.IGNORECASE)
"""`Selain Putin, Ratu Elizabeth II dan Barack Obama juga hadir`: the names after `besides`,
up to its comma, are not the subject the clause goes on to name."""
BESIDES_REACH = 16


@lru_cache(maxsize=CLAUSE_BREAKS_KEPT)
def _clause_breaks(sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """Where the sentence's clauses break (offsets into its text), found once: every trigger
    and speaker of the sentence asks for the clause around it."""
    return tuple(m.span() for m in CLAUSE_BREAK.finditer(sentence.text))


def _clause_bounds(sentence: Sentence, offset: int) -> tuple[int, int]:
    """The clause of the sentence around an offset (absolute offsets)."""
    rel = offset - sentence.start
    start, end = 0, len(sentence.text)
    for break_start, break_end in _clause_breaks(sentence):
        if break_end <= rel:
            start = break_end
        elif break_start >= rel:
            end = break_start
            break
    return sentence.start + start, sentence.start + end


def _is_locative(text: str, mention: ActorMention) -> bool:
    """A place, not an actor: `di Moskow`, `ke Rusia`, `di Beijing, China`; an untitled name
    after `di` (`di Bumi Melayu`) too, but a titled person never."""
    if mention.kind == "person" and mention.titled:
        return False
    before = text[max(0, mention.start - 40) : mention.start].rpartition("\n")[2]
    if mention.kind == "person":
        return LOCATIVE.search(before) is not None
    return (
        LOCATIVE.search(before) is not None
        or PLACE_APPOSITION.search(before) is not None
        or (mention.kind == "organization" and PREMISES.search(before) is not None)
    )


def _qualifiers_dropped(mentions: list[ActorMention]) -> list[ActorMention]:
    """A country written right before a person names the person's country (`China Wang Yi`)."""
    return [
        m
        for i, m in enumerate(mentions)
        if not (
            m.kind == "country"
            and i + 1 < len(mentions)
            and mentions[i + 1].kind == "person"
            and 0 <= mentions[i + 1].start - m.end <= 1
        )
    ]


def _outermost(mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop mentions nested inside another (the `Rusia` of `Presiden Rusia Vladimir Putin`)."""
    return [
        m
        for m in mentions
        if not any(o is not m and o.start <= m.start and m.end <= o.end for o in mentions)
    ]


DECEASED = re.compile(r"\b(?:almarhum(?:ah)?|alm\.|mendiang|allahyarham(?:ah)?)\s+$", re.I)
"""`melayat ke rumah duka almarhum Buya Syafii Maarif`: the dead are mourned, not met."""
DECEASED_REACH = 16


def _agents(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions that can act: not a place after `di`/`ke`, not a medium, not the dead (see
    `DECEASED`), and a capital standing for its state (`Beijing mengumumkan`) only where a
    subject stands."""
    companions = _companions(text, mentions)
    return [
        m
        for m in mentions
        if m.kind != "media"
        and not _is_locative(text, m)
        and not (m.kind == "country" and _capital_off_subject(text, m))
        and id(m) not in companions
        and not DECEASED.search(text, max(0, m.start - DECEASED_REACH), m.start)
    ]


def _companions(text: str, mentions: list[ActorMention]) -> set[int]:
    """`Presiden Jokowi didampingi Menlu Retno Marsudi dan Mensesneg Pratikno menerima …`, `John
    MacDaniel dan asistennya, Adrian Johan mengunjungi …`, `Menlu Sugiono mendampingi Presiden
    Prabowo saat bertemu …`: who accompanies a principal is no party of the act (the
    annotation leaves them out), nor its subject."""
    found = {
        id(m)
        for m, principal in itertools.pairwise(mentions)
        if ACCOMPANYING.fullmatch(text, m.end, principal.start)
        and AT_THE_ACT.match(text, principal.end)
    }
    if not mentions or not COMPANION_WORD.search(
        text, max(0, mentions[0].start - COMPANION_REACH), mentions[-1].start
    ):
        return found
    previous: ActorMention | None = None
    for m in mentions:
        lead = text[previous.end if previous else max(0, m.start - COMPANION_REACH) : m.start]
        follows_lead = ACCOMPANIED.search(lead) is not None
        in_run = previous is not None and id(previous) in found and _joined(text, previous, m)
        if follows_lead or in_run:
            found.add(id(m))
        previous = m
    return found


def speech_tagged(text: str, mentions: list[ActorMention], offset: int) -> list[ActorMention]:
    """Without the speaker of a speech tag after a trigger: `Meski kunjungan perkenalan, kata
    Retno, …` tells another's visit. One before the trigger may take part (`kata Qin pada
    konferensi pers bersama …`)."""
    return [
        m
        for m in mentions
        if m.start < offset
        or not SPEECH_TAG.search(text, max(0, m.start - SPEECH_TAG_REACH), m.start)
    ]


def _capital_off_subject(text: str, mention: ActorMention) -> bool:
    country = country_names().get(mention.text)
    if country is None or country.always_state:
        return False
    before = text[max(0, mention.start - 40) : mention.start].rpartition("\n")[2]
    return SUBJECT_SLOT.search(before) is None


def _distinct(keys: list[str]) -> list[str]:
    return list(dict.fromkeys(keys))


def _joined(text: str, left: ActorMention, right: ActorMention) -> bool:
    """Two mentions in one list: `NATO dan Amerika Serikat`, `India, Selandia Baru`, the
    hyphenated pair `Indonesia-Malaysia` (a dateline's spaced dash joins nothing); a name's
    degrees (`Hadi Tjahjanto, S.I.P. bersama …`) and a spouse beside it (`… beserta istri, …`)
    are no part of the gap."""
    raw = text[left.end : right.start]
    gap = DEGREES_AFTER_NAME.sub("", COMPANION.sub("", PARENTHETICAL.sub("", raw)))
    return re.sub(r"\s+", " ", gap).strip().lower() in LIST_GAPS or raw in ("-", "–")


def _is_list(text: str, run: list[ActorMention]) -> bool:
    """A run joined by commas alone is an apposition (`Presiden Prabowo, Nakatani Gen`), not a
    list; a list has its `dan`/`serta`, or each of its persons comes with a title of its own
    (`Ketua Umum Golkar Setya Novanto, Ketua Umum PPP Romahurmuziy`). A gloss in brackets
    (`Kementerian Luar (Wisma Putra), Imran Khan`) makes no list of an apposition."""
    gaps = [
        PARENTHETICAL.sub("", text[a.end : b.start]).strip().lower()
        for a, b in itertools.pairwise(run)
    ]
    titled = all(m.kind == "person" and m.titled for m in run)
    closed = LIST_CLOSE.match(text, run[-1].end) is not None
    return len(run) == 1 or titled or closed or any(g not in (",", "") for g in gaps)


def _without_glosses(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Without the acronym in brackets after a name (`Sekjen Organisasi Kerja Sama Islam (OKI),
    Menlu Arab Saudi …`): it glosses the name before it, it is no item of the list."""
    return [
        m
        for prev, m in zip([None, *mentions], mentions, strict=False)
        if prev is None
        or not (text[prev.end : m.start].strip() == "(" and text[m.end : m.end + 1] == ")")
    ]


CITING = re.compile(r"\b(?:menurut|kata|ujar|mengutip)\s+$", re.IGNORECASE)
"""`Menurut Menlu Retno Marsudi, Presiden Joko Widodo …`: the source cited, no subject."""


def _subject_run(text: str, before: list[ActorMention]) -> list[ActorMention]:
    """The actors joined by `dan`/`,` right before a verb: `NATO dan Amerika Serikat mengatakan`
    (a source cited before them aside)."""
    before = _without_glosses(text, before)
    if not before:
        return []
    run = [before[-1]]
    for m in reversed(before[:-1]):
        if not _joined(text, m, run[0]) or CITING.search(text, max(0, m.start - 12), m.start):
            break
        run.insert(0, m)
    group = besides_group(text, run)
    if group and group[-1] is not run[-1]:
        run = run[run.index(group[-1]) + 1 :]
    return run if _is_list(text, run) else run[-1:]


def besides_group(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The names of a `Selain A dan B,` phrase among `mentions`, up to its comma: told as doing
    what the clause's subject does too, they are not that subject."""
    start = next(
        (
            i
            for i, m in enumerate(mentions)
            if BESIDES.search(text, max(0, m.start - BESIDES_REACH), m.start)
        ),
        None,
    )
    if start is None:
        return []
    end = start + 1
    while (
        end < len(mentions)
        and _joined(text, mentions[end - 1], mentions[end])
        and not text[mentions[end - 1].end : mentions[end].start].strip().startswith(",")
    ):
        end += 1
    return mentions[start:end]


def _object_run(text: str, offset: int, after: list[ActorMention]) -> list[ActorMention]:
    """The actors listed right after a verb or `dengan`: `dengan India, Selandia Baru, Rusia`,
    each item's place told between them or not. One behind a word of time (`menelepon sebelum
    Obama`) tells when, not whom."""
    after = _without_glosses(text, after)
    if not after or after[0].start - offset > OBJECT_REACH:
        return []
    if TIME_CONJUNCTION.search(text[offset : after[0].start]):
        return []
    run = [after[0]]
    for m in after[1:]:
        if LOCATIVE_ASIDE_OPEN.fullmatch(text, run[-1].end, m.start):
            continue
        if not (_joined(text, run[-1], m) or LOCATIVE_ASIDE.fullmatch(text, run[-1].end, m.start)):
            break
        run.append(m)
    return run if _is_list(text, run) else run[:1]


def _around(
    ctx: _Context, sentence: Sentence, m: Hit, agents: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    clause_start, clause_end = _clause_bounds(sentence, m.start())
    main_start = _main_clause_start(sentence, m.start())
    before = [a for a in agents if max(clause_start, main_start) <= a.start and a.end <= m.start()]
    fronted_end = _fronted_clause_end(sentence, m.start())
    if fronted_end is not None and before:
        clause_end = min(clause_end, fronted_end)
    after = [a for a in agents if m.end() <= a.start and a.end <= clause_end]
    return before, after


def _fronted_clause_end(sentence: Sentence, offset: int) -> int | None:
    """`Sebelum Zelenskiy melawat AS, Menlu AS Antony Blinken …`: a fronted clause with a
    subject of its own ends at its comma; the main clause's actors are none of its event."""
    if not FRONTED_CLAUSE.match(sentence.text):
        return None
    comma = sentence.text.find(",")
    if comma < 0 or sentence.start + comma < offset:
        return None
    return sentence.start + comma


def _main_clause_start(sentence: Sentence, offset: int) -> int:
    """`Tidak hanya bertemu dengan Presiden Jokowi, Wapres Thinh juga akan bertemu …`: in the main
    clause after a fronted one, the fronted clause's actors are no subject of its verb."""
    if not NOT_ONLY_OPENING.match(sentence.text):
        return sentence.start
    comma = sentence.text.find(",")
    if comma < 0 or sentence.start + comma >= offset:
        return sentence.start
    return sentence.start + comma + 1


def _without_own_countries(ctx: _Context, keys: list[str]) -> list[str]:
    """A person's own country is not a second party to the person's meeting."""
    countries = {
        ctx.actors.actors[k].country for k in keys if ctx.actors.actors[k].kind == "person"
    }
    return [k for k in keys if not (ctx.actors.actors[k].kind == "country" and k in countries)]


def _close_subject(gap: str) -> bool:
    """Only a few words, and no clause, between a subject and its verb; or a phrase of how,
    where or when set off by a comma (`Jokowi, saat ditemui di Istana Bogor, Senin (4/7/2022),
    mengatakan`, `Retno dalam konferensi pers virtual, Selasa (3/3), menyatakan`), or a day
    alone (`Michael Tene, Senin (18/11/2013), mengatakan`), the verb's auxiliaries after it
    aside (`Zelensky, yang tidak diundang ke Alaska, dijadwalkan bertemu`)."""
    gap = COMPANION_PHRASE.sub("", gap).strip()
    gap = gap[1:].strip() if gap.startswith(",") else gap
    if QUOTE.search(gap):
        return False
    aside = AUXILIARIES_AFTER.sub("", gap)
    if SETTING_GAP.match(aside) and len(aside.split()) <= SETTING_GAP_WORDS:
        return True
    if _day_aside().fullmatch(aside) or MET_BY_THE_PRESS.fullmatch(gap):
        return True
    if CHANNEL_GAP.match(gap) and "," not in gap and len(gap.split()) <= CHANNEL_GAP_WORDS:
        return True
    return "," not in gap and len(gap.split()) <= SUBJECT_GAP_WORDS


def _reported_subject(
    ctx: _Context, subject: list[ActorMention], offset: int
) -> list[ActorMention]:
    """The subject a verb's clause really has: none of the named ones when a speech verb stands
    between them and the verb and its clause has a subject of its own (`Kapolda Paulus
    mengatakan sejumlah pejabat akan berkantor di Jayapura`, `… mereka akan …`): there the one
    named speaks and others act. Without one (`Prabowo mengatakan akan berkunjung`) the
    speaker acts too."""
    if not subject:
        return subject
    said = ctx.within(ctx.speech, subject[-1].end, offset)
    if said and _has_own_subject(ctx.text[said[-1].end() : offset]):
        return []
    return subject


def _has_own_subject(clause: str) -> bool:
    """A reported clause with a subject of its own: a plural (`sejumlah pejabat`) or a post
    (`Fadjroel menuturkan, Presiden akan berangkat`, `… Kepala Negara akan …`)."""
    return OWN_SUBJECT.search(clause) is not None or _post_regex().search(clause) is not None


@cache
def _post_regex() -> re.Pattern[str]:
    """Capitalised posts of the title table (`Presiden`, `Menteri Luar Negeri`)."""
    posts = [p for p in (row["phrase"] for row in table("titles")) if p[:1].isupper()]
    return re.compile(rf"(?<![\w-])(?:{alternation(posts)})(?![\w-])")
