"""Actor mentions in an article: persons with their titles, countries, organisations, media.

Recognition is by data tables (titles, ranks, countries, organisations, media) and the shape of
Indonesian names (capitalised runs); coreference inside the article joins `Li` and `Shangfu` to
`Li Shangfu`, and a bare title (`Menhan China`, `Kepala Negara`) to the person who holds it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from etl.actors.chunks import DEGREES_AFTER_NAME, _adjacent, _chunks
from etl.actors.joint_posts import person_from_posts
from etl.actors.missions import mission_at
from etl.actors.model import Actor, ActorMention, ArticleActors, _Chunk, fold, slug
from etl.actors.persons import Holders, Persons, _add_person, _resolve_persons
from etl.actors.recognised import names_a_place, not_a_person
from etl.actors.vocabulary import _media, _organizations, is_common_word, is_forum
from etl.document import Document
from etl.places import country_names, country_regex
from etl.spans import inside_any
from etl.text import Sentence, credit_spans

__all__ = [
    "DEGREES_AFTER_NAME",
    "Actor",
    "ActorMention",
    "ArticleActors",
    "find_actors",
    "fold",
    "is_common_word",
    "is_forum",
    "slug",
]

NATIONAL_BODIES = ("Kementerian", "Kemenko", "Kejaksaan Agung", "Badan", "Mahkamah")
STATE_FORCES = ("Kepolisian", "Penjaga Pantai", "Tentara", "Garda", "Angkatan")
"""A state's forces named by their kind and the state (`Kepolisian Nasional Filipina`,
`Penjaga Pantai China`) are a body of that state, as its ministries are."""
GOVERNMENT = "Pemerintah"

HONOUR = re.compile(
    r"\b(?:penghargaan|tanda\s+kehormatan|tanda\s+jasa|anugerah|medali|lencana|gelar(?:\s+"
    r"kehormatan)?)\s+(?:tertinggi\s+|militer\s+|kehormatan\s+)?$",
    re.IGNORECASE,
)
"""What names an honour, not a person, right before it: `penghargaan Pingat Jasa Gemilang`."""
MATERIEL = re.compile(
    r"(?i:\b(?:pesawat|jet|kapal|tank|MBT|panser|helikopter|heli|rudal|drone|satelit|"
    r"kendaraan|batch|armada|alutsista|howitzer|meriam|senjata|unit))"
    r"(?:\s+(?i:tempur|perang|selam|patroli|angkut|induk|pertama|kedua|baru))*\s+"
    r"(?:[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*)*\s*(?:,|\s+dan|\s+serta)\s+)*$"
)
"""A weapon or craft is no person: a run after the noun of materiel it names (`jet tempur
Rafale`, `batch pertama Rafale`), or after the earlier items of such a list (`MBT Leopard 2,
Marder 1A3, …`), or opened by that noun (`Pesawat Rafale tiba`)."""
MATERIEL_REACH = 80
RANK_GAP = re.compile(r"[ \u00a0()]*")
FORCES = frozenset({"TNI", "Polri", "Pol", "TNI AD", "TNI AL", "TNI AU"})
"""The forces written between a rank and the name (`Mayor Jenderal (Mayjen) TNI …`)."""
ENGLISH_OF = re.compile(r"\b[A-Z][\w-]*(?: [A-Z][\w-]*)* of (?:the )?$")
"""`Voice of Indonesia`, `Bank of England`: a state closing an English name is part of the name,
not the state."""
ENGLISH_OF_REACH = 40
NAMED_VENUE = re.compile(
    r"\b(?:Bandara(?:\s+Internasional)?|Bandar\s+Udara(?:\s+Internasional)?|Lanud|Jalan|Jl\.?|"
    r"Masjid|Universitas|Stasiun|Pelabuhan|"
    r"Lapangan|Stadion|Museum|Monumen|Makam|Rumah\s+Sakit|RSUD|RSPAD|Taman|Gedung|Wisma|"
    r"Hotel|Kapal|KRI|Kampus|Pondok\s+Pesantren|Ponpes)\s+$"
)
"""A place named after a person (`Bandara Sultan Iskandar Muda`, `Jalan Jenderal Sudirman`):
the title in its name holds no post."""
NICKNAME = re.compile(
    r"\b(?:akrab|biasa|kerap|sering|karib)\s+(?:disapa|dipanggil|disebut)\s+$", re.IGNORECASE
)
NICKNAME_REACH = 30
BODY_ACRONYM = re.compile(r"\s*\(([A-Z]{3,})\)")
PROSE = re.compile(r"\b[a-z]{3,}\b")
CUT_WORD = 2


def _uncut(chunks: list[_Chunk], text: str) -> list[_Chunk]:
    """Without the words a page excerpt cuts off (`… Wakil Pr`, `… bertemu dengan Ketua Umum
    PAN Zulkifli`): prose, or a word too short for a name, that stops without a full stop has
    lost the end of the name it was writing. A list item that ends the text is whole."""
    cut = len(text.rstrip())
    if not text[:cut][-1:].isalnum() or not chunks or chunks[-1].end < cut:
        return chunks
    line = text[text.rfind("\n", 0, chunks[-1].start) + 1 : chunks[-1].start]
    if not PROSE.search(line) and len(text[:cut].split()[-1]) > CUT_WORD:
        return chunks
    end = len(chunks)
    while end and not text[chunks[end - 1].end : cut].strip():
        cut = chunks[end - 1].start
        end -= 1
    return chunks[:end]


def find_actors(document: Document) -> ArticleActors:
    """Every actor mention of an article's sentences, with persons joined across their forms.

    Only the sentences count: page furniture between them (`Baca Juga: …`) and credits in
    brackets (`(Foto …)`) name no actor. The paper's home country owns an unqualified ministry.
    """
    text, sentences, home = document.text, document.sentences, document.home
    starts = [s.start for s in sentences]
    credits = credit_spans(text)
    credit_starts = [start for start, _ in credits]
    chunks = _uncut(
        [
            c
            for c in _chunks(document.words)
            if _inside(sentences, starts, c) and not inside_any(credits, credit_starts, c.start)
        ],
        text,
    )
    result = ArticleActors()
    persons = Persons()
    titled_persons = Holders(home)
    unnamed: dict[str, tuple[str, str | None]] = {}
    i = 0
    while i < len(chunks):
        chunk = chunks[i]
        consumed = 1
        if chunk.kind == "org" and (mission := mission_at(text, chunks, i, result)):
            consumed = mission
        elif chunk.kind in ("title", "rank") and NAMED_VENUE.search(
            text, max(0, chunk.start - 25), chunk.start
        ):
            consumed = (
                2 if i + 1 < len(chunks) and _adjacent(text, chunk, chunks[i + 1], False) else 1
            )
        elif chunk.kind == "title":
            consumed = person_from_posts(
                text,
                chunks,
                i,
                result,
                persons,
                titled_persons,
                unnamed,
                lambda c: names_a_place(document, c),
            )
        elif chunk.kind == "rank":
            k = _past_rank_glosses(text, chunks, i)
            nxt = chunks[k] if k < len(chunks) else None
            if (
                nxt is not None
                and nxt.kind == "name"
                and _adjacent(text, chunks[k - 1], nxt, False)
            ):
                _add_person(result, persons, nxt, nxt.value, None, None, text, titled=True)
                consumed = k - i + 1
        elif chunk.kind == "country" and not ENGLISH_OF.search(
            text, max(0, chunk.start - ENGLISH_OF_REACH), chunk.start
        ):
            country = country_names()[chunk.value]
            name = country.canonical
            mention = ActorMention(chunk.start, chunk.end, chunk.value, name, "country")
            result.add(mention, Actor(name, "country", name, aliases={chunk.value}))
        elif chunk.kind == "org" and (state := _government_of(text, chunks, i)) is not None:
            name = country_names()[state.value].canonical
            mention = ActorMention(chunk.start, state.end, text[chunk.start : state.end], name,
                                   "country")  # fmt: skip
            result.add(mention, Actor(name, "country", name, aliases={state.value}))
            consumed = 2
        elif chunk.kind == "org" and (foreign := _foreign_body(text, chunks, i)) is not None:
            name, country, consumed = foreign
            end = chunks[i + consumed - 1].end
            mention = ActorMention(chunk.start, end, text[chunk.start : end], name, "organization")
            result.add(mention, Actor(name, "organization", country, aliases={mention.text}))
        elif chunk.kind == "org":
            row = _organizations().get(chunk.value)
            name = row["name"] if row else _national(chunk.value, home)
            country = (row["country"] or None) if row else home
            end = _own_state_after(text, chunks, i, country)
            consumed = 2 if end > chunk.end else 1
            mention = ActorMention(chunk.start, end, text[chunk.start : end], name, "organization")
            result.add(mention, Actor(name, "organization", country, aliases={chunk.value}))
        elif chunk.kind == "media":
            name = _media().get(chunk.value, chunk.value)
            mention = ActorMention(chunk.start, chunk.end, chunk.value, name, "media")
            result.add(mention, Actor(name, "media", aliases={chunk.value}))
        elif (
            chunk.kind == "name"
            and not _names_a_unit(text, chunks, i)
            and not _named_before_a_bodys_acronym(text, chunk)
            and not HONOUR.search(text, max(0, chunk.start - 40), chunk.start)
            and not _materiel(text, chunk)
            and (
                _short_form_of_one_named(chunk.value, persons) or not not_a_person(document, chunk)
            )
        ):
            _add_person(result, persons, chunk, chunk.value, None, None, text, titled=False)
        i += consumed
    _resolve_persons(text, starts, result, persons, titled_persons, unnamed)
    result.unnamed = {name for name in unnamed if name in result.actors}
    _join_nicknames(text, result)
    return result


def _join_nicknames(text: str, result: ArticleActors) -> None:
    """`jubir yang akrab disapa Roy`: a nickname is the person named last before it, and so is
    every later mention of it."""
    nicknames: dict[str, str] = {}
    previous: ActorMention | None = None
    for m in result.mentions:
        if m.kind != "person":
            continue
        if (
            previous is not None
            and m.key != previous.key
            and m.key not in nicknames
            and NICKNAME.search(text, max(0, m.start - NICKNAME_REACH), m.start)
        ):
            nicknames[m.key] = previous.key
            result.actors[previous.key].aliases.add(m.text)
        previous = m
    if not nicknames:
        return
    result.mentions[:] = [
        ActorMention(m.start, m.end, m.text, nicknames.get(m.key, m.key), m.kind, m.titled)
        if m.kind == "person"
        else m
        for m in result.mentions
    ]
    for name in nicknames:
        result.actors.pop(name, None)


def _foreign_body(text: str, chunks: list[_Chunk], i: int) -> tuple[str, str, int] | None:
    """`Kementerian Luar Negeri Jepang`, `Kemlu Malaysia`, `Kementerian Luar Negeri (Kemlu)
    Malaysia`: a national body followed by a state, past its own acronym in brackets, is that
    state's: its name, the state, and the chunks it spans."""
    k, closing = i + 1, ""
    if (
        k + 1 < len(chunks)
        and chunks[k].kind == "org"
        and _bracketed_after(text, chunks[i], chunks[k])
    ):
        k, closing = k + 1, ")"
    nxt = chunks[k] if k < len(chunks) else None
    if (
        nxt is None
        or nxt.kind != "country"
        or text[chunks[k - 1].end : nxt.start].strip() != closing
    ):
        return None
    row = _organizations().get(chunks[i].value)
    name = row["name"] if row else chunks[i].value
    base = name.removesuffix(" RI")
    if not base.startswith(NATIONAL_BODIES + STATE_FORCES) or country_regex().search(base):
        return None
    state = country_names()[nxt.value].canonical
    named = _national(base, state) if base.startswith(NATIONAL_BODIES) else f"{base} {state}"
    return named, state, k - i + 1


def _government_of(text: str, chunks: list[_Chunk], i: int) -> _Chunk | None:
    """`Pemerintah Indonesia mengecam …`, `Pemerintah China menyatakan …`: a state's government
    speaks and acts as the state; the state's chunk."""
    nxt = chunks[i + 1] if i + 1 < len(chunks) else None
    if (
        chunks[i].value == GOVERNMENT
        and nxt is not None
        and nxt.kind == "country"
        and text[chunks[i].end : nxt.start] == " "
    ):
        return nxt
    return None


def _own_state_after(text: str, chunks: list[_Chunk], i: int, country: str | None) -> int:
    """`Para pimpinan MPR RI mendatangi …`: the body's own state right after it qualifies the
    body and is no actor of its own. Where the mention ends."""
    nxt = chunks[i + 1] if i + 1 < len(chunks) else None
    if (
        country is None
        or nxt is None
        or nxt.kind != "country"
        or text[chunks[i].end : nxt.start] != " "
        or country_names()[nxt.value].canonical != country
    ):
        return chunks[i].end
    return nxt.end


def _bracketed_after(text: str, body: _Chunk, short: _Chunk) -> bool:
    """`Kementerian Luar Negeri (Kemlu)`: a body's own short form in brackets right after it."""
    return text[body.end : short.start].strip() == "(" and text[short.end : short.end + 1] == ")"


def _national(name: str, home: str | None) -> str:
    """A ministry named without its country is the home country's (`Kementerian Luar Negeri`
    in a Malaysian paper is Malaysia's): the name gets the country, as `RI` for Indonesia."""
    if home is None or not name.startswith(NATIONAL_BODIES) or country_regex().search(name):
        return name
    return f"{name} {'RI' if home == 'Indonesia' else home}"


def _short_form_of_one_named(value: str, persons: Persons) -> bool:
    """`Ryamizard` after `Menteri Pertahanan Ryamizard Ryacudu`: a word of a full name already
    read is that person, whatever longer name the recogniser reads it into."""
    folded = fold(value)
    return " " not in value and any(
        folded in fold(p.name).split() for p in persons.with_word(folded)
    )


def _past_rank_glosses(text: str, chunks: list[_Chunk], i: int) -> int:
    """The chunk after a rank and what papers write between it and the name: the rank's short
    form in brackets and the force (`Mayor Jenderal (Mayjen) TNI Agus Surya Bakti`)."""
    k = i + 1
    while (
        k < len(chunks)
        and RANK_GAP.fullmatch(text, chunks[k - 1].end, chunks[k].start)
        and (chunks[k].kind == "rank" or chunks[k].value in FORCES)
        and "(" in text[chunks[i].end : chunks[k].end + 1]
    ):
        k += 1
    return k


def _materiel(text: str, chunk: _Chunk) -> bool:
    """Whether the run names a weapon or craft (see `MATERIEL`)."""
    before = text[max(0, chunk.start - MATERIEL_REACH) : chunk.start]
    head, _, rest = chunk.value.partition(" ")
    return MATERIEL.search(before + " ") is not None or (
        bool(rest) and MATERIEL.fullmatch(head + " ") is not None
    )


def _names_a_unit(text: str, chunks: list[_Chunk], i: int) -> bool:
    """A capitalised run right before an organisation is part of a unit's name
    (`Biro Infohan Setjen Kementerian Pertahanan`), not a person."""
    nxt = chunks[i + 1] if i + 1 < len(chunks) else None
    return nxt is not None and nxt.kind == "org" and _adjacent(text, chunks[i], nxt, False)


def _named_before_a_bodys_acronym(text: str, chunk: _Chunk) -> bool:
    """`… Nusantara Merah Putih (AMPUH)`: a run before an acronym in brackets that is not its
    own initials ends a body's name; a person's short form is (`Susilo Bambang Yudhoyono
    (SBY)`, `Joko Widodo (Jokowi)`)."""
    found = BODY_ACRONYM.match(text, chunk.end)
    if found is None:
        return False
    initials = "".join(w[0] for w in chunk.value.split()).upper()
    return found.group(1) != initials


def _inside(sentences: Sequence[Sentence], starts: list[int], chunk: _Chunk) -> bool:
    i = bisect_right(starts, chunk.start) - 1
    return i >= 0 and chunk.end <= sentences[i].end
