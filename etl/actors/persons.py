"""One person across its forms: `Li`, `Shangfu` and `Li Shangfu` joined, aliases and titles
gathered, and who each short mention is settled once the whole article has been read."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

from etl.actors.figures import figure_country, known_spelling
from etl.actors.model import SPACES, Actor, ActorMention, ArticleActors, _Chunk, fold
from etl.actors.name_order import western_order
from etl.actors.vocabulary import _person_aliases, _stemmer

INITIAL_LETTERS = 2
GENERATION = re.compile(r",?\s+(?:Jr|Sr)\.?$")
POINTER = re.compile(
    r"(?:(?:\s+(?:untuk|di|dari|asal))?(?:\s+[A-Z][\w.'-]*){1,4}){0,2}"
    r"(?:\s*\([A-Z][\w.&/-]{1,15}\)|\))?\s+(?:ini|itu|tersebut)\b"
)
"""What points a title back at someone: a demonstrative, after the post's seat or body if given
and its acronym (`Mantan Duta Besar RI untuk Belanda itu`, `orang nomor satu di Kementerian
Luar Negeri itu`, `mantan Wali Kota Solo itu`, `Wakil Ketua Fraksi NasDem di DPR itu`,
`Mantan Ketua Mahkamah Konstitusi (MK) itu`, its close once the acronym is the seat read)."""


WIFE = re.compile(r"\b(?:Ny\.?|Nyonya|Ibu|istri(?:nya)?|isteri(?:nya)?)\s+$")
"""`Kapolda Marzuki Ali Basyah bersama Ny. Ira Marzuki Ali Basyah`: a wife named by her
husband's name is a person of her own, whatever her first name is."""
WIFE_REACH = 12
FORMER = re.compile(r"\bmantan\s+$", re.IGNORECASE)
FORMER_REACH = 20
MIN_CLIPPED = 5
"""A clipped given name is this long at least (`Enggar`): a shorter word (`Adi`, `Hadi`) is a
name of its own."""


class Persons:
    """The persons of an article so far, in the order first met, found by a name, an alias or
    a word of a name through an index rather than a scan of all of them (a long article names
    thousands)."""

    def __init__(self) -> None:
        self.all: list[Actor] = []
        self._order: dict[int, int] = {}
        self._by_form: dict[str, list[Actor]] = {}
        self._by_word: dict[str, list[Actor]] = {}

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.all)

    def add(self, actor: Actor) -> None:
        self._order[id(actor)] = len(self.all)
        self.all.append(actor)
        self.note(actor, actor.name)

    def note(self, actor: Actor, form: str) -> None:
        """One more name or alias of `actor` to find it by."""
        folded = fold(form)
        self._by_form.setdefault(folded, []).append(actor)
        for word in folded.split():
            self._by_word.setdefault(word, []).append(actor)

    def latest(self, actors: Iterable[Actor]) -> list[Actor]:
        """`actors` without repeats, the one met last first."""
        unique = {id(a): a for a in actors}.values()
        return sorted(unique, key=lambda a: self._order[id(a)], reverse=True)

    def with_form(self, name: str) -> Actor | None:
        """The person met last whose name or an alias is `name`, folded."""
        found = self.latest(self._by_form.get(fold(name), ()))
        return found[0] if found else None

    def with_word(self, word: str) -> list[Actor]:
        """The persons a word of whose names or aliases is `word`, the one met last first."""
        return self.latest(self._by_word.get(fold(word), ()))


class Holders:
    """Who holds which title in an article so far, by title, so that a bare title finds its
    holder without reading every titled person before it."""

    def __init__(self, home: str | None = None) -> None:
        self._by_title: dict[str, list[tuple[str | None, Actor]]] = {}
        self._home = home
        self.awaited: dict[str, tuple[str, str | None]] = {}
        """Posts named bare before anyone holds them (`Menlu Australia temui Wapres …` above
        `Wakil Presiden Jusuf Kalla …`), by the name their mentions wait under."""

    def add(self, title: str, country: str | None, actor: Actor) -> None:
        self._by_title.setdefault(title, []).append((country, actor))

    def of(self, title: str, country: str | None) -> Actor | None:
        """The most recent person who holds this title (in this country, if given). A title
        with no country is the paper's own country's first (`Menurut Menlu` after `Menlu RI
        Marty` met `Menlu Timor Leste Zacarias` is Marty), else whoever held it last."""
        held = self._by_title.get(title, ())
        if country is None and self._home is not None:
            own = [a for c, a in held if (c or a.country) == self._home]
            if own:
                return own[-1]
        for held_country, actor in reversed(held):
            if country is None or held_country == country:
                return actor
        return None


def _add_person(
    result: ArticleActors,
    persons: Persons,
    chunk: _Chunk,
    surface: str,
    title: str | None,
    country: str | None,
    text: str,
    titled: bool,
) -> Actor:
    """Join a person mention to a person already seen (same name, or one name inside the other);
    a generational suffix (`Joseph R. Donovan Jr.`) is no part of the name, and a Japanese
    name printed family name first is read in Western order."""
    surface = SPACES.sub(" ", surface)
    name = _person_aliases().get(surface) or western_order(
        known_spelling(GENERATION.sub("", surface))
    )
    wife = WIFE.search(text, max(0, chunk.start - WIFE_REACH), chunk.start) is not None
    actor = persons.with_form(name) if wife else _match_person(name, persons)
    if actor is None:
        actor = Actor(name, "person", country, titles={title} if title else set())
        persons.add(actor)
    elif len(name.split()) > len(actor.name.split()) and _contains(name, actor.name):
        old = actor.name
        actor.name = name
        persons.note(actor, name)
        result.actors.pop(old, None)
        result.mentions[:] = [
            ActorMention(m.start, m.end, m.text, name, m.kind, m.titled) if m.key == old else m
            for m in result.mentions
        ]
    if title:
        actor.titles.add(title)
    actor.country = actor.country or country or figure_country(actor.name)
    if surface not in actor.aliases:
        actor.aliases.add(surface)
        persons.note(actor, surface)
    result.add(
        ActorMention(
            chunk.start, chunk.end, text[chunk.start : chunk.end], actor.name, "person", titled
        ),
        actor,
    )
    return actor


def _contains(longer: str, shorter: str) -> bool:
    """`Vladimir Putin` contains `Putin` and `Vladimir`: one name's words inside the other's."""
    long_words = fold(longer).split()
    short_words = fold(shorter).split()
    return all(w in long_words for w in short_words)


def _match_person(name: str, persons: Persons) -> Actor | None:
    """The person met last who has this name or alias, else one whose full name, or a form the
    paper wrote it in, is this one's (`_same_person`): `Mohamed Khaled` after `Datuk Seri Mohamed
    Khaled Nordin`, read as the figure `Khaled Nordin`; a one-word name, the full name met last
    with that word. Only persons sharing a word of the name are looked at."""
    exact = persons.with_form(name)
    if exact is not None:
        return exact
    if " " not in name:
        return _last_full_name_with(name, persons)
    sharing = persons.latest(a for word in fold(name).split() for a in persons.with_word(word))
    return next(
        (actor for actor in sharing if any(_same_person(name, f) for f in _full_forms(actor))),
        None,
    )


def _last_full_name_with(word: str, persons: Persons) -> Actor | None:
    """`Menkes Budi Gunadi Sadikin hadir. Budi mengatakan …`: a one-word name is the person met
    last whose full name has that word, when there is one, not one a later name may give."""
    folded = fold(word)
    return next(
        (p for p in persons.with_word(folded) if " " in p.name and folded in fold(p.name).split()),
        None,
    )


def _full_forms(actor: Actor) -> list[str]:
    """The forms a full name is matched against: a person known by a full name is not another
    full name ending in a word of theirs (`Listyo Sigit Prabowo` after `Presiden Prabowo`, read
    as `Prabowo Subianto`), so a one-word form of theirs counts only while the full name is
    not known."""
    forms = [actor.name, *actor.aliases]
    return forms if " " not in actor.name else [f for f in forms if " " in f]


def _same_person(one: str, other: str) -> bool:
    """Two full names of one person: one's words inside the other's (`Retno LP Marsudi`), but
    not a full name that another carries after a name of its own: `Iriana Joko Widodo` is the
    wife of `Joko Widodo`, who named her by him. Initials and a dictionary word glued on by
    capitalisation (`Telepon Prabowo Subianto`) are no name of their own."""
    longer, shorter = (one, other) if len(one.split()) >= len(other.split()) else (other, one)
    if not _contains(longer, shorter):
        return False
    long_words, short_words = fold(longer).split(), fold(shorter).split()
    if len(short_words) < 2 or long_words[-len(short_words) :] != short_words:
        return True
    lead = long_words[: -len(short_words)]
    roots = _stemmer()[1]
    return all(len(w.rstrip(".")) <= INITIAL_LETTERS or w in roots for w in lead)


class _Clipped:
    """The words of the article's full names in order, so that a clipped one-word form finds
    the names it cuts a word of (`Enggar` of `Enggartiasto Lukita`, as papers shorten a long
    given name) by bisection, not by reading every name."""

    def __init__(self, persons: Persons) -> None:
        self._words = sorted(
            (word, i)
            for i, p in enumerate(persons.all)
            if " " in p.name
            for word in set(fold(p.name).split())
        )
        self._persons = persons.all

    def owners(self, folded: str) -> list[Actor]:
        """The full names with a word that `folded` begins and is two letters short of."""
        found: dict[int, Actor] = {}
        k = bisect_left(self._words, (folded, -1))
        while k < len(self._words) and self._words[k][0].startswith(folded):
            word, i = self._words[k]
            if len(word) > len(folded) + 1:
                found[i] = self._persons[i]
            k += 1
        return list(found.values())


def _point_demonstratives(
    text: str,
    starts: list[int],
    result: ArticleActors,
    unnamed: dict[str, tuple[str, str | None]],
    joined: dict[str, str | None],
    held: dict[str, tuple[str, str | None]],
) -> None:
    """`Wakil Ketua MPR ini`, `politikus tersebut`: a title held by no one named, pointed at
    with a demonstrative, is a person named before it in full, with a title, or by a word of
    a full name (`joined` to it: `Syarief berharap …`) (`_antecedent`). A former post pointed
    at (`mantan Kepala Staf Angkatan Darat itu`) is so too, even when someone named holds the
    post now (the `held` titles)."""
    named: list[tuple[int, Actor]] = []
    pointed: set[str] = set()
    for i, m in enumerate(result.mentions):
        if m.kind != "person":
            continue
        key = joined.get(m.key, m.key)
        if m.key in unnamed and named and POINTER.match(text, m.end):
            target = _antecedent(named, *unnamed[m.key], former=_former(text, m))
            result.mentions[i] = ActorMention(m.start, m.end, m.text, target, m.kind, m.titled)
            pointed.add(m.key)
        elif m.key in held and named and POINTER.match(text, m.end) and _former(text, m):
            target = _antecedent(named, *held[m.key], former=True)
            result.mentions[i] = ActorMention(m.start, m.end, m.text, target, m.kind, m.titled)
        elif key and (" " in key or m.titled) and m.key not in unnamed and key in result.actors:
            named.append((bisect_right(starts, m.start), result.actors[key]))
    for name in pointed - {m.key for m in result.mentions}:
        result.actors.pop(name, None)


def _antecedent(
    named: list[tuple[int, Actor]], title: str, country: str | None, former: bool = False
) -> str:
    """Of the persons named so far, by sentence, the one the pointing title fits: one who holds
    it, else one of its state (`Mantan Dubes RI itu` after a Russian is still the Indonesian),
    else any; the latest sentence first and, in it, the one named first, its subject. A former
    post (`mantan KSAD itu`) is no one's who holds it now."""
    order = sorted(range(len(named)), key=lambda k: (-named[k][0], k))
    candidates = list({id(named[k][1]): named[k][1] for k in order}.values())
    if former:
        candidates = [a for a in candidates if not _holds(a, title)] or candidates
    for fits in (
        lambda a: not former and _holds(a, title),
        lambda a: country is not None and a.country == country,
    ):
        found = next((a for a in candidates if fits(a)), None)
        if found is not None:
            return found.name
    return candidates[0].name


def _former(text: str, mention: ActorMention) -> bool:
    """Whether the post is written as a former one (`mantan …`)."""
    before = text[max(0, mention.start - FORMER_REACH) : mention.start]
    return FORMER.search(before) is not None or mention.text.lower().startswith("mantan ")


def _holds(actor: Actor, title: str) -> bool:
    """Whether the person holds the post, in its plain form or with a seat after it."""
    return any(held == title or held.startswith(f"{title} ") for held in actor.titles)


def _settled(remap: dict[str, str | None], name: str) -> str | None:
    """Where a holder's name ends once its own short form has joined a full name (`Rosjonsyah` →
    `E. H Rosjonsyah Sahili`) or been dropped: a post pointed at the short form follows it."""
    return remap.get(name, name)


def _resolve_persons(
    text: str,
    starts: list[int],
    result: ArticleActors,
    persons: Persons,
    titled: Holders,
    unnamed: dict[str, tuple[str, str | None]],
) -> None:
    """Settle who each person mention is, once the whole article has been read.

    One-word mentions (`Li`, `Shangfu`, `Abbot` of a `Tony Abbot` read as `Tony Abbott`) join
    the only full name they belong to; a holder named
    by title alone (`Menhan Indonesia`, a headline's `Wapres`) joins the person later named
    with that title, and a bare post no one is named with is no one; a lone
    capitalised word that is a dictionary word (`Media`, `Bonus`) and never joined a name is
    no person at all.
    """
    remap: dict[str, str | None] = {}
    roots = _stemmer()[1]
    clipped: _Clipped | None = None
    for actor in persons:
        if " " in actor.name:
            continue
        folded = fold(actor.name)
        owners = [
            p
            for p in persons.with_word(folded)
            if " " in p.name and any(folded in fold(form).split() for form in {p.name, *p.aliases})
        ]
        if not owners and len(folded) >= MIN_CLIPPED:
            clipped = clipped or _Clipped(persons)
            owners = clipped.owners(folded)
        if len(owners) == 1:
            remap[actor.name] = owners[0].name
            owners[0].aliases |= actor.aliases
        elif not actor.titles and folded in roots:
            remap[actor.name] = None
    for name, (title, country) in unnamed.items():
        holder = titled.of(title, country)
        if holder is not None:
            remap[name] = _settled(remap, holder.name)
    for name, (title, country) in titled.awaited.items():
        holder = titled.of(title, country) or titled.of(title, None)
        if holder is not None and holder.country not in (None, country):
            holder = None
        remap[name] = _settled(remap, holder.name) if holder is not None else None
    _point_demonstratives(
        text,
        starts,
        result,
        {k: v for k, v in unnamed.items() if k not in remap},
        remap,
        {k: v for k, v in unnamed.items() if k in remap},
    )
    if not remap:
        return
    result.mentions[:] = [
        ActorMention(m.start, m.end, m.text, remap.get(m.key) or m.key, m.kind, m.titled)
        if m.kind == "person"
        else m
        for m in result.mentions
        if not (m.kind == "person" and m.key in remap and remap[m.key] is None)
    ]
    for old in remap:
        result.actors.pop(old, None)
