"""Titled persons: a title, the bodies, places and ranks that qualify it, and the holder's name
(`Panglima Komando Pasifik AS Laksamana Samuel Locklear`); a bare title stands for its holder."""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.actors.chunks import ORDINAL, TOKEN, _adjacent
from etl.actors.company_posts import _company_before_name, _past_company_suffix
from etl.actors.far_holders import _holder_further_on, _main_clause_subject
from etl.actors.headlines import in_headline
from etl.actors.members import _party_before_name
from etl.actors.model import SPACES, Actor, ActorMention, ArticleActors, _Chunk
from etl.actors.persons import FORMER, FORMER_REACH, POINTER, Holders, Persons, _add_person
from etl.actors.qualifiers import (
    _body_of_state,
    _post_key,
    _qualifier_country,
    _qualifier_name,
    _unnamed_name,
    city_before_holder,
    portfolio_before_state,
)
from etl.actors.seats import _past_seat
from etl.actors.vocabulary import (
    _local_place,
    _organizations,
    _stemmer,
    _title_rows,
    is_common_word,
)
from etl.lexicon import words
from etl.places import country_names

TRAILING_APPOSITION = re.compile(r"(?: +(?:[a-z][\w-]*|\d{4}|[–-])){1,6} *, *")
"""`Menteri luar negeri Tiongkok, Qin Gang`, `Wapres RI periode 2014 – 2019, Jusuf Kalla`."""
POSTED_AT = re.compile(r"\s+di\s+")
POSTED_TO = re.compile(r"\s+(?:di|untuk|ke)\s+")
"""`Dubes Jepang di Indonesia Kenji Kanasugi`, `Duta Besar RI untuk Malaysia Hermono`."""
GLOSS = re.compile(r"\([A-Z][\w./-]{1,15}\)")
"""A title's acronym in brackets: `Kepala Lapas (Kalapas)`."""
ACRONYM_GAP = re.compile(r" (?:DKI|DIY|NTB|NTT|NAD) ")
DESCRIBES = re.compile(
    r"(?:,\s*yang\s+(?:juga\s+|kini\s+|saat\s+ini\s+)?(?:merupakan\s+|adalah\s+|menjabat\s+"
    r"(?:sebagai\s+)?)?|\s+selaku\s+)$"
)
INDEFINITE = re.compile(
    r"\b(?:seorang|sejumlah|beberapa|para|setiap|tiap|semua|banyak|sebagian|kedua|ketiga)\s+$",
    re.IGNORECASE,
)
"""`kunjungan pertama seorang kepala negara`, `para menteri`: a post held by no one named is
nobody in particular; `kedua Menlu` are both sides, not the minister named last."""
INDEFINITE_REACH = 12
OTHERS = re.compile(r"\s+(?:lainnya|lain)\b")
"""`dengan Ketua Umum Partai lainnya`: the holders of a post besides those named."""
DEMONSTRATIVE_AFTER = re.compile(r"\s+(?:ini|itu|tersebut)\b")
STATE_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)")
STAFF_OF = re.compile(
    r"\b(?:Juru\s+Bicara|Jubir|Staf\s+Khusus|Stafsus|Tim\s+Komunikasi|Ajudan|Penasihat|"
    r"Asisten|Sekretaris\s+Pribadi|Utusan\s+Khusus|Pengawal\s+Pribadi)\s+$"
)
"""`Tim Komunikasi Presiden Ari Dwipayana`: the name after the post is its staff's, not its
holder's, so a later bare `Presiden` is still the president."""
STAFF_REACH = 30
OFFICE_OF = re.compile(r"(?<!\bdi )(?<!\bke )(?<!\bdari )\b[Kk]antor\s+$")
OFFICE_REACH = 20
RESIDENCE_BEFORE = re.compile(r"\b(?:Rumah\s+(?:Jabatan|Dinas)|Pendopo|Pendapa)\s+$")
RESIDENCE_REACH = 20


def _person_from_title(
    text: str,
    chunks: list[_Chunk],
    i: int,
    result: ArticleActors,
    persons: Persons,
    titled_persons: Holders,
    unnamed: dict[str, tuple[str, str | None]],
    names_a_place: Callable[[_Chunk], bool] = lambda _: False,
) -> int:
    """TITLE [COUNTRY|ORG] [,] [RANK…] NAME → a titled person; without NAME, the title's holder.
    A lone word after a local title that names a place (`Bupati Siak`) is the title's seat,
    not its holder (`data/seat_titles.csv`)."""
    title_chunk = chunks[i]
    row = _title_rows()[SPACES.sub(" ", title_chunk.value.lower())]
    title = row["title"]
    country = row["country"] or None
    office = _office_of(text, chunks, i, title, result)
    if office:
        return office
    far = _holder_further_on(text, chunks, i)
    if far is not None:
        return _far_holder(text, chunks, i, far, title, country, result, persons, titled_persons)
    j = i + 1
    last = title_chunk
    qualifier = None
    if j < len(chunks) and city_before_holder(text, chunks, j):
        chunks[j] = _Chunk(chunks[j].start, chunks[j].end, "place", chunks[j].value)
    elif j < len(chunks) and (state := portfolio_before_state(text, chunks, j)) is not None:
        last = chunks[state - 1]
        j = state
    if (
        j < len(chunks)
        and chunks[j].kind in ("country", "org", "place")
        and (_adjacent(text, last, chunks[j], False) or _acronym_gap(text, last, chunks[j]))
    ):
        qualifier = chunks[j]
        country = _qualifier_country(qualifier, country)
        last = qualifier
        j += 1
        if (
            qualifier.kind == "org"
            and j < len(chunks)
            and chunks[j].kind == "country"
            and _adjacent(text, last, chunks[j], False)
        ):
            qualifier = _body_of_state(text, qualifier, chunks[j])
            country = _qualifier_country(chunks[j], country)
            last = chunks[j]
            j += 1
        posted = (
            j + 1 < len(chunks)
            and chunks[j].kind == "country"
            and POSTED_TO.fullmatch(text[last.end : chunks[j].start])
            and chunks[j + 1].kind == "name"
            and _adjacent(text, chunks[j], chunks[j + 1], False)
        )
        if posted:
            last = chunks[j]
            j += 1
        elif (
            j + 1 < len(chunks)
            and chunks[j].kind == "org"
            and POSTED_TO.fullmatch(text[last.end : chunks[j].start])
            and POSTED_AT.fullmatch(text[chunks[j].end : chunks[j + 1].start])
            and (seated := _past_seat(text, chunks[j + 1])) is not None
        ):
            last, chunks[j + 1] = seated
            j += 1
        elif j < len(chunks) and POSTED_AT.fullmatch(text[last.end : chunks[j].start]):
            seated = _past_seat(text, chunks[j])
            if seated is not None:
                last, chunks[j] = seated
        else:
            party = _party_before_name(text, chunks, j, last)
            if party is not None:
                j, last = party
    while j < len(chunks) and chunks[j].kind == "rank" and _adjacent(text, last, chunks[j]):
        last = chunks[j]
        j += 1
    if qualifier is None and not title_chunk.value[0].isupper() and " " not in title_chunk.value:
        return 1
    full_title = title if qualifier is None else f"{title} {_qualifier_name(qualifier)}"
    named = j < len(chunks) and chunks[j].kind == "name"
    trailing = (
        named
        and qualifier is not None
        and TRAILING_APPOSITION.fullmatch(text[last.end : chunks[j].start]) is not None
    )
    seat_title = title in words("seat_titles")
    seat = seat_title and names_a_place(chunks[j]) if named else False
    if named and _residence_name(text, title_chunk, last, chunks[j]):
        return j - i + 1
    if named and (
        _root_after_comma(text, last, chunks[j])
        or seat
        or _main_clause_subject(text, title_chunk, last, chunks[j])
        or ("," in text[last.end : chunks[j].start] and in_headline(text, title_chunk.start))
    ):
        named = False
    if seat and _local_place(chunks[j].value):
        _seat_holder(text, title_chunk, chunks[j], title, country, result, titled_persons, unnamed)
        return j - i + 1
    if named and qualifier is None and _seat_pointed_at(text, chunks[j], persons):
        named = False
        last = chunks[j]
        j += 1
    company_post = named and qualifier is None and title in words("company_posts")
    if company_post:
        j = _past_company_suffix(text, chunks, j)
    if named and (
        _adjacent(text, last, chunks[j]) or trailing or _acronym_gap(text, last, chunks[j])
    ):
        name_chunk = _without_leading_places(text, chunks[j], last, seat_title)
        if company_post:
            name_chunk, company = _company_before_name(text, name_chunk)
            full_title = f"{title} {company}" if company else full_title
        span = _Chunk(title_chunk.start, name_chunk.end, "name", name_chunk.value)
        staff = STAFF_OF.search(text, max(0, title_chunk.start - STAFF_REACH), title_chunk.start)
        if staff is not None:
            full_title = f"{staff.group().strip()} {full_title}"
        actor = _add_person(
            result, persons, span, name_chunk.value, full_title, country, text, titled=True
        )
        if staff is None and not ORDINAL.search(text, title_chunk.end, name_chunk.start):
            _hold(titled_persons, title, qualifier, country or actor.country, actor)
            if name_chunk.start > chunks[j].start:
                seat_name = text[chunks[j].start : name_chunk.start].strip()
                titled_persons.add(f"{title} {seat_name}", country or actor.country, actor)
        if qualifier is not None and qualifier.kind == "country":
            _add_country(result, qualifier)
        elif qualifier is not None and qualifier.value in _organizations():
            _add_body(result, qualifier)
        return j - i + 1
    if INDEFINITE.search(
        text, max(0, title_chunk.start - INDEFINITE_REACH), title_chunk.start
    ) or OTHERS.match(text, last.end):
        return j - i
    described = _described_person(text, title_chunk, result)
    if described is not None:
        described.titles.add(full_title)
        titled_persons.add(title, country or described.country, described)
        _as_holder(text, title_chunk.start, last.end, described.name, result)
        return j - i
    holder = titled_persons.of(_post_key(title, qualifier), country)
    pointed = POINTER.match(text, last.end) is not None
    former = FORMER.search(text, max(0, title_chunk.start - FORMER_REACH), title_chunk.start)
    if holder is not None and not (pointed and former):
        _as_holder(text, title_chunk.start, last.end, holder.name, result)
        return j - i
    listed = _states_listed_after(text, chunks, j) if qualifier is not None else []
    if qualifier is not None and (title_chunk.value[0].isupper() or pointed or listed):
        name = _unnamed_name(title, qualifier, country)
        post = (_post_key(title, qualifier), country)
        _unnamed(text, title_chunk, last, name, post, result, unnamed)
        for state in listed:
            other = _qualifier_country(state, None)
            _unnamed(
                text, state, state, _unnamed_name(title, state, other), (title, other), result,
                unnamed,
            )  # fmt: skip
        return j - i + len(listed)
    if qualifier is not None:
        return 1
    if pointed:
        seat = _seat_of_pointer(text, chunks, j, last)
        states = [_qualifier_country(c, None) for c in seat]
        post = (title, next((s for s in states if s), None) if seat else country)
        _unnamed(text, title_chunk, seat[-1] if seat else last, title, post, result, unnamed)
        return j - i + len(seat)
    if country is not None and title_chunk.value[0].isupper():
        awaited = f"{title} ({country})"
        mention = ActorMention(
            title_chunk.start, last.end, text[title_chunk.start : last.end], awaited, "person",
            titled=True,
        )  # fmt: skip
        result.add(mention, Actor(awaited, "person", country, titles={title}))
        titled_persons.awaited[awaited] = (title, country)
    return j - i


def _office_of(text: str, chunks: list[_Chunk], i: int, title: str, result: ArticleActors) -> int:
    """`Kantor Presiden Israel mengumumkan …`, `kantor Perdana Menteri Israel mengatakan`: a
    state's post's office speaks as a body of its own, not as the holder; a visit's `ke kantor
    Presiden` stays the holder's premises. The number of chunks read, 0 if none."""
    office = OFFICE_OF.search(text, max(0, chunks[i].start - OFFICE_REACH), chunks[i].start)
    state = chunks[i + 1] if i + 1 < len(chunks) else None
    if (
        office is None
        or state is None
        or state.kind != "country"
        or not _adjacent(text, chunks[i], state, False)
    ):
        return 0
    canonical = country_names()[state.value].canonical
    name = f"Kantor {title} {canonical}"
    span = text[office.start() : state.end]
    result.add(
        ActorMention(office.start(), state.end, span, name, "organization"),
        Actor(name, "organization", canonical),
    )
    return 2


def _residence_name(text: str, title: _Chunk, last: _Chunk, name: _Chunk) -> bool:
    """`di Rumah Jabatan Gubernur Bali Jayasabha`: the one word after an official residence's
    post is the residence's own name, no person (the holder is named elsewhere)."""
    return (
        RESIDENCE_BEFORE.search(text, max(0, title.start - RESIDENCE_REACH), title.start)
        is not None
        and " " not in _without_leading_places(text, name, last, True).value
        and _adjacent(text, last, name, False)
    )


def _seat_holder(
    text: str,
    title_chunk: _Chunk,
    seat: _Chunk,
    title: str,
    country: str | None,
    result: ArticleActors,
    titled_persons: Holders,
    unnamed: dict[str, tuple[str, str | None]],
) -> None:
    """`Bupati Jeneponto` after `Bupati Jeneponto Iksan Iskandar`: the holder of the post at
    that seat, not another regent of the article; with no holder named, the post as written."""
    post = f"{title} {seat.value}"
    holder = titled_persons.of(post, country)
    if holder is None:
        _unnamed(text, title_chunk, seat, post, (post, country), result, unnamed)
        return
    _as_holder(text, title_chunk.start, seat.end, holder.name, result)


def _as_holder(text: str, start: int, end: int, name: str, result: ArticleActors) -> None:
    """A post's words (`Bupati Jeneponto`, `Menlu`) as one more mention of the person holding it."""
    mention = ActorMention(start, end, text[start:end], name, "person", titled=True)
    result.add(mention, Actor(name, "person"))


def _seat_pointed_at(text: str, chunk: _Chunk, persons: Persons) -> bool:
    """`mantan Kapolda Metro Jaya ini`: a run after a title that a demonstrative closes, naming
    no one read before, is the post's seat, and the title points back at its holder."""
    return DEMONSTRATIVE_AFTER.match(text, chunk.end) is not None and not any(
        persons.with_word(word) for word in chunk.value.split()
    )


def _states_listed_after(text: str, chunks: list[_Chunk], j: int) -> list[_Chunk]:
    """`Duta Besar Amerika Serikat dan Iran`, `menteri luar negeri Arab Saudi, Yordania dan
    Jerman`: states listed right after an unnamed official's state, each with an official of
    the same post; a list that goes on to a name (`Menlu RI dan Australia Penny Wong`) is not."""
    listed: list[_Chunk] = []
    last = chunks[j - 1]
    while j < len(chunks) and chunks[j].kind == "country":
        if STATE_LIST_JOINER.fullmatch(text, last.end, chunks[j].start) is None:
            break
        listed.append(chunks[j])
        last = chunks[j]
        j += 1
    if j < len(chunks) and chunks[j].kind in ("name", "rank") and _adjacent(text, last, chunks[j]):
        return []
    return listed


def _seat_of_pointer(text: str, chunks: list[_Chunk], j: int, last: _Chunk) -> list[_Chunk]:
    """The state or body a pointing title names after `di`/`untuk`/`dari` (`orang nomor satu di
    Kementerian Luar Negeri itu`, `Legislator dari Fraksi PKS itu`), which tells whose post it
    is; it is part of the mention, no actor of its own."""
    pointer = POINTER.match(text, last.end)
    seat: list[_Chunk] = []
    if pointer is None:
        return seat
    for chunk in chunks[j:]:
        if chunk.end > pointer.end() or chunk.kind not in ("country", "org"):
            break
        seat.append(chunk)
    return seat


def _described_person(text: str, title_chunk: _Chunk, result: ArticleActors) -> Actor | None:
    """`Prabowo Subianto, yang juga Ketua Umum Partai Gerindra, …`, `Puan selaku Ketua DPR`,
    `Retno Marsudi Menteri Luar Negeri Indonesia memanggil …`: a post told of the person just
    named, in a relative clause, after `selaku`, or right after the full name on its line (a
    byline's name on the line above a caption holds no post of the caption)."""
    last = next((m for m in reversed(result.mentions) if m.kind == "person"), None)
    if last is None:
        return None
    described = DESCRIBES.search(text, max(0, title_chunk.start - 40), title_chunk.start)
    gap = text[last.end : title_chunk.start]
    after_name = " " in last.key and not gap.strip() and "\n" not in gap
    return result.actors.get(last.key) if described or after_name else None


def _hold(
    holders: Holders, title: str, qualifier: _Chunk | None, country: str | None, actor: Actor
) -> None:
    """The holder of a post, by its title and, for a body's post, by the body's too."""
    holders.add(title, country, actor)
    if _post_key(title, qualifier) != title:
        holders.add(_post_key(title, qualifier), country, actor)


def _unnamed(
    text: str,
    title_chunk: _Chunk,
    last: _Chunk,
    name: str,
    post: tuple[str, str | None],
    result: ArticleActors,
    unnamed: dict[str, tuple[str, str | None]],
) -> None:
    """A mention of an official by the post alone, settled once the whole article is read."""
    span = text[title_chunk.start : last.end]
    mention = ActorMention(title_chunk.start, last.end, span, name, "person", titled=True)
    result.add(mention, Actor(name, "person", post[1], titles={post[0]}))
    unnamed[name] = post


def _acronym_gap(text: str, left: _Chunk, right: _Chunk) -> bool:
    """`Gubernur DKI Jakarta Anies Baswedan`, `Gubernur DKI Heru Budi`: a province's acronym
    stands inside the title, not between it and its holder."""
    return ACRONYM_GAP.fullmatch(text, left.end, right.start) is not None


def _far_holder(
    text: str,
    chunks: list[_Chunk],
    i: int,
    j: int,
    title: str,
    country: str | None,
    result: ArticleActors,
    persons: Persons,
    titled_persons: Holders,
) -> int:
    """A titled person whose name stands past the title's qualifiers; the qualifiers name the
    title's country or body, and the runs between are part of the title, not persons."""
    qualifiers = [c for c in chunks[i + 1 : j] if c.kind in ("country", "org")]
    states = (_qualifier_country(q, None) for q in qualifiers)
    country = next((s for s in states if s), None) or country
    full_title = title if not qualifiers else f"{title} {_qualifier_name(qualifiers[0])}"
    seat_title = title in words("seat_titles")
    name_chunk = _without_leading_places(text, chunks[j], chunks[j - 1], seat_title)
    span = _Chunk(chunks[i].start, name_chunk.end, "name", name_chunk.value)
    actor = _add_person(
        result, persons, span, name_chunk.value, full_title, country, text, titled=True
    )
    _hold(
        titled_persons,
        title,
        qualifiers[0] if qualifiers else None,
        country or actor.country,
        actor,
    )
    for qualifier in qualifiers:
        if qualifier.kind == "country":
            _add_country(result, qualifier)
    return j - i + 1


def _add_country(result: ArticleActors, qualifier: _Chunk) -> None:
    """The country that qualifies a title is named in the sentence too (`Dubes AS untuk …`)."""
    canonical = country_names()[qualifier.value].canonical
    result.add(
        ActorMention(qualifier.start, qualifier.end, qualifier.value, canonical, "country"),
        Actor(canonical, "country", canonical, aliases={qualifier.value}),
    )


def _add_body(result: ArticleActors, qualifier: _Chunk) -> None:
    """The body a title names is named in the sentence too (`Ketua Komisi I DPR Meutya …`): a
    hearing is the commission's, whoever of it speaks (`etl.events.meetings`)."""
    row = _organizations()[qualifier.value]
    result.add(
        ActorMention(qualifier.start, qualifier.end, qualifier.value, row["name"], "organization"),
        Actor(row["name"], "organization", row["country"] or None, aliases={qualifier.value}),
    )


def _without_leading_places(
    text: str, name: _Chunk, before: _Chunk, seat_title: bool = False
) -> _Chunk:
    """`Wali Kota Surabaya Eri Cahyadi`, `Menteri Perikanan Sakti Wahyu`: a place, acronym or
    affixed common word that opens a longer run right after the title's words qualifies the
    title; after a comma, bracket or rank the whole run is the name. A local post's seat is
    set aside even before a one-word name (`Bupati Sleman Kustini`), and after the title's
    acronym in brackets when a name of two words or more follows (`Kepala Lapas (Kalapas)
    Ambarawa Dwi Agus Setyabudi`)."""
    gap = text[before.end : name.start].strip()
    tokens = list(TOKEN.finditer(text, name.start, name.end))
    glossed = GLOSS.fullmatch(gap) or (gap == ")" and text[before.start - 1 : before.start] == "(")
    if glossed and before.kind == "title" and seat_title and len(tokens) > 2:
        if _local_place(tokens[0].group()):
            return _Chunk(tokens[1].start(), name.end, "name", text[tokens[1].start() : name.end])
        return name
    if gap != "" or before.kind == "rank":
        return name
    k = 0
    while k < len(tokens) - 2 and _qualifies_title(tokens[k].group()):
        k += 1
    if k == 0 and seat_title and len(tokens) == 2 and _local_place(tokens[0].group()):
        k = 1
    start = tokens[k].start()
    return _Chunk(start, name.end, "name", text[start : name.end])


def _qualifies_title(word: str) -> bool:
    return word.isupper() or _local_place(word) or is_common_word(word)


def _root_after_comma(text: str, last: _Chunk, name: _Chunk) -> bool:
    """`Kepala Biro Pers, Media dan Informasi`: after a comma, a lone dictionary word goes on
    the title, it is not the holder's name."""
    return (
        "," in text[last.end : name.start]
        and " " not in name.value
        and name.value.lower() in _stemmer()[1]
    )
