"""Actor mentions in an article: persons with their titles, countries, organisations, media.

Recognition is by data tables (titles, ranks, countries, organisations, media) and the shape of
Indonesian names (capitalised runs); coreference inside the article joins `Li` and `Shangfu` to
`Li Shangfu`, and a bare title (`Menhan China`, `Kepala Negara`) to the person who holds it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from etl.lexicon import PhraseMatcher, table, words
from etl.places import country_names, country_regex, lookup_place
from etl.text import Sentence


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A span of the article that names an actor; `key` is its canonical name in the article."""

    start: int
    end: int
    text: str
    key: str
    kind: str
    titled: bool = False


@dataclass(slots=True)
class Actor:
    """One real entity of an article: canonical name, kind, country, and the forms it went by."""

    name: str
    kind: str
    country: str | None = None
    titles: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)


PRONOUNS = re.compile(r"(?<!\w)(?:[Dd]ia|[Ii]a|[Bb]eliau|[Kk]eduanya)(?!\w)")
_NAME_TOKEN = r"(?:[A-Z][\w'’-]*[\w’']|[A-Z]\.|[A-Z])"
_CONNECTOR = r"(?:bin|binti|van|von|de|der|da|dos|al|el|la)"
NAME_RUN = re.compile(
    rf"(?<![\w'’-]){_NAME_TOKEN}(?:[ \u00a0](?:{_CONNECTOR} )?{_NAME_TOKEN})*(?![\w'’-])"
)
TOKEN = re.compile(r"\S+")
LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
WORD = re.compile(r"[A-Za-z][\w'’-]*")
RANK_SUFFIXES = ("", " Pol", " Pol.", " Polisi", " TNI", " TNI (Purn)", " (Purn)", " (Purn.)")
TRAILING_APPOSITION = re.compile(r"(?: +[a-z][\w-]*){1,6} *, *")
POSTED_AT = re.compile(r"\s+di\s+")
FACTION = re.compile(r"\bF-[A-Z][\w-]*")
ROMAN = re.compile(r"[IVX]+")
CODE_TOKEN = re.compile(r"^(?:[A-Z0-9]{2,}|[A-Z]+-[A-Z][\w-]*)[.,]?$")
HOME_PLACES = frozenset({"Indonesia", "Malaysia"})
TITLE_PHRASE_CHUNKS = 8
TITLE_PHRASE_WORDS = 14
TITLE_JOINERS = frozenset(
    {",", "(", ")", "&", "dan", "untuk", "di", "terpilih", "lembaga", "survei"}
)
TITLE_GAP_TOKEN = re.compile(r"[(),&]|[^\s(),&]+")
HEADLINE_MIN_WORDS = 4
TITLED_NAME_WORDS = 3
HEADLINE_CAPITALISED = 0.7
SENTENCE_START = re.compile(r"(?:^|[.!?:\n“”\"]\s*)$")
NATIONAL_BODIES = ("Kementerian", "Kemenko", "Kejaksaan Agung", "Badan", "Mahkamah")
ORG_HEADS = re.compile(
    r"^(?:Kementerian|Kemenko|Kedutaan(?:\s+Besar)?|Kedubes|KBRI|KJRI|Konsulat(?:\s+Jenderal)?|"
    r"Komisi\s+[IVX]+|Badan|Dinas|Polda|Polres|Polresta|Kodam|Korem|Kodim|Pemerintah|Pemprov|"
    r"Pemkab|Pemkot|Partai|Fraksi|Universitas|Kejaksaan|Pengadilan|Majelis|Dewan|Lembaga)\b"
)


@dataclass(frozen=True, slots=True)
class _Chunk:
    start: int
    end: int
    kind: str
    value: str


@cache
def _title_rows() -> dict[str, dict[str, str]]:
    return {row["phrase"].lower(): row for row in table("titles")}


@cache
def _lexicon() -> PhraseMatcher:
    """Organisations, media, ranks (with `TNI`, `Pol`, `(Purn)` after them), titles in any
    case, and country names, as the tables write them."""
    ranks = [f"{rank}{suffix}" for rank in words("ranks") for suffix in RANK_SUFFIXES]
    return PhraseMatcher(
        [(row["alias"], "org", False) for row in table("organizations")]
        + [(row["alias"], "media", False) for row in table("media")]
        + [(rank, "rank", False) for rank in ranks]
        + [(row["phrase"], "title", True) for row in table("titles")]
        + [(name, "country", False) for name in country_names()]
    )


@cache
def _organizations() -> dict[str, dict[str, str]]:
    return {row["alias"]: row for row in table("organizations")}


@cache
def _media() -> dict[str, str]:
    return {row["alias"]: row["name"] for row in table("media")}


@cache
def _person_aliases() -> dict[str, str]:
    return {row["alias"]: row["name"] for row in table("person_aliases")}


@cache
def fold(name: str) -> str:
    """Case- and accent-free form of a name, for comparing forms of one name."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def slug(name: str) -> str:
    """Readable id of an actor (`Vladimir Putin` → `vladimir-putin`)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "actor"


def _chunks(text: str) -> list[_Chunk]:
    """Lexicon matches and capitalised name runs of the text, in order, without overlaps."""
    chunks = [
        _Chunk(start, end, kind, text[start:end]) for start, end, kind in _lexicon().find(text)
    ]
    covered = [(c.start, c.end) for c in chunks]
    covered_ends = [end for _, end in covered]
    headlines = _headline_spans(text)
    lowercase = frozenset(LOWER_WORD.findall(text))
    names: list[_Chunk] = []
    for m in NAME_RUN.finditer(text):
        start = m.start()
        headline = any(s <= start < e for s, e in headlines)
        first = bisect_right(covered_ends, start)
        for c_start, c_end in covered[first:]:
            if c_start >= m.end():
                break
            if c_start > start:
                names.extend(_name_parts(text, start, c_start, headline, lowercase))
            start = max(start, c_end)
        if start < m.end():
            titled = _follows_title(text, chunks, covered_ends, start)
            names.extend(_name_parts(text, start, m.end(), headline, lowercase, titled))
    return sorted(chunks + names, key=lambda c: c.start)


def _follows_title(text: str, chunks: list[_Chunk], ends: list[int], start: int) -> bool:
    """Whether a run stands right after a title, rank or country (`Dubes Jepang Masaki …`):
    there a word that reads as Indonesian (`Masaki` as masak-i) is still part of the name."""
    i = bisect_right(ends, start) - 1
    return (
        i >= 0
        and chunks[i].kind in ("title", "rank", "country")
        and text[chunks[i].end : start].strip() in ("", ",")
    )


def _headline_spans(text: str) -> list[tuple[int, int]]:
    """Lines in title case without a closing stop (headlines, teasers): there `Makan Malam`
    is capitalised by style."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        tokens = WORD.findall(line.group())
        ends_sentence = line.group().rstrip().endswith((".", "!", "?", "”", '"'))
        if (
            not ends_sentence
            and len(tokens) >= HEADLINE_MIN_WORDS
            and (sum(t[0].isupper() for t in tokens) >= HEADLINE_CAPITALISED * len(tokens))
        ):
            spans.append(line.span())
    return spans


class _RootWords(ArrayDictionary):
    """Sastrawi's dictionary on a set: the library's own looks words up in a list."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def contains(self, word: str) -> bool:
        return word in self.words


@cache
def _stemmer() -> tuple[Stemmer, frozenset[str]]:
    roots = frozenset(StemmerFactory().get_words())
    return Stemmer(_RootWords(roots)), roots


@cache
def is_common_word(token: str) -> bool:
    """An affixed Indonesian word (`Cuplikan`, `Dilansir`, `Temui`): capitalised, but not a name.

    Sastrawi's dictionary of root words decides; short roots are left alone, since names such
    as `Hadi` or `Murmu` would otherwise read as `had` + `-i`.
    """
    stemmer, roots = _stemmer()
    lower = token.lower()
    stem = stemmer.stem(lower)
    return stem != lower and len(stem) >= 4 and stem in roots


def _written_lower(word: str, lowercase: frozenset[str]) -> bool:
    """A dictionary word that the article also writes in lower case (`komentar`, `makan`)."""
    lower = word.lower()
    return lower in lowercase and lower in _stemmer()[1]


def _organisation_end(text: str, start: int, end: int) -> int:
    """Where an organisation's name ends inside a capitalised run: its words are dictionary
    words, acronyms and numerals (`Komisi III DPR`, `Kementerian Luar Negeri`); the first
    other word (`Mulfachri`) or a faction tag (`F-PAN`) starts what follows it."""
    roots = _stemmer()[1]
    last = start
    for i, token in enumerate(TOKEN.finditer(text, start, end)):
        word = token.group().rstrip(".,")
        if FACTION.fullmatch(word):
            break
        organisational = word.isupper() or word.lower() in roots or ROMAN.fullmatch(word)
        if i > 0 and not organisational:
            break
        last = token.end()
    return last


def _name_parts(
    text: str,
    start: int,
    end: int,
    headline: bool,
    lowercase: frozenset[str],
    titled: bool = False,
) -> list[_Chunk]:
    """The name-like pieces of a capitalised run: function words, affixed common words and
    all-capital acronyms split it. A word capitalised only by its place (opening a sentence,
    in a headline, or standing alone) splits it too when the article also writes it in lower
    case: `Komentar Li`, `Makan Malam`, `kata Media`. Right after a title the first words are
    read leniently (`Dubes Jepang Masaki …`), but never a headline's dictionary words."""
    stop = words("name_stopwords")
    run_end = end
    if ORG_HEADS.match(text[start:end]):
        end = _organisation_end(text, start, end)
        value = text[start:end].rstrip(".,")
        parts = [_Chunk(start, start + len(value), "org", value)]
        rest = TOKEN.search(text, start + len(value), run_end)
        if rest is None:
            return parts
        return parts + _name_parts(text, rest.start(), run_end, headline, lowercase)
    tokens = list(TOKEN.finditer(text, start, end))
    at_sentence_start = SENTENCE_START.search(text[max(0, start - 3) : start]) is not None
    parts: list[_Chunk] = []
    piece: list[re.Match[str]] = []

    def close() -> None:
        while len(piece) > 1 and CODE_TOKEN.match(piece[0].group()):
            piece.pop(0)
        if not piece:
            return
        s, e = piece[0].start(), piece[-1].end()
        while e > s and text[e - 1] in ".,":
            e -= 1
        value = text[s:e]
        if value and not (value.isupper() and len(piece) == 1):
            parts.append(_Chunk(s, e, "org" if ORG_HEADS.match(value) else "name", value))
        piece.clear()

    for i, token in enumerate(tokens):
        word = token.group().rstrip(".,")
        if i > 0 and ORG_HEADS.match(text[token.start() : run_end]):
            close()
            return parts + _name_parts(text, token.start(), run_end, headline, lowercase)
        by_place = len(tokens) == 1 or (i == 0 and at_sentence_start)
        lenient = titled and i < TITLED_NAME_WORDS and len(piece) == i
        if (
            word in stop
            or (headline and word.lower() in _stemmer()[1])
            or (
                not lenient
                and (is_common_word(word) or (by_place and _written_lower(word, lowercase)))
            )
        ):
            close()
            continue
        piece.append(token)
    close()
    return parts


def _adjacent(text: str, left: _Chunk, right: _Chunk, allow_comma: bool = True) -> bool:
    """Nothing but space between two chunks (or a comma, or a faction tag such as `F-PAN`)."""
    gap = FACTION.sub(" ", text[left.end : right.start]).strip()
    return gap == "" or (allow_comma and gap == ",")


@dataclass(slots=True)
class ArticleActors:
    """The actors of one article and every span that mentions them."""

    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[ActorMention] = field(default_factory=list)

    def add(self, mention: ActorMention, actor: Actor) -> None:
        known = self.actors.setdefault(actor.name, actor)
        known.titles |= actor.titles
        known.aliases |= actor.aliases
        known.country = known.country or actor.country
        self.mentions.append(mention)

    def in_span(self, start: int, end: int) -> list[ActorMention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]


def find_actors(
    text: str, sentences: Sequence[Sentence] | None = None, home: str | None = None
) -> ArticleActors:
    """Every actor mention of an article's sentences, with persons joined across their forms.

    Only the sentences count: page furniture between them (`Baca Juga: …`) names no actor.
    `home` is the country the paper writes from, the owner of an unqualified ministry.
    """
    chunks = _chunks(text)
    if sentences is not None:
        starts = [s.start for s in sentences]
        chunks = [c for c in chunks if _inside(sentences, starts, c)]
    result = ArticleActors()
    persons: list[Actor] = []
    titled_persons: list[tuple[str, str | None, Actor]] = []
    unnamed: dict[str, tuple[str, str | None]] = {}
    i = 0
    while i < len(chunks):
        chunk = chunks[i]
        consumed = 1
        if chunk.kind == "title":
            consumed = _person_from_title(text, chunks, i, result, persons, titled_persons, unnamed)
        elif chunk.kind == "rank":
            nxt = chunks[i + 1] if i + 1 < len(chunks) else None
            if nxt is not None and nxt.kind == "name" and _adjacent(text, chunk, nxt, False):
                _add_person(result, persons, nxt, nxt.value, None, None, text, titled=True)
                consumed = 2
        elif chunk.kind == "country":
            country = country_names()[chunk.value]
            name = country.canonical
            mention = ActorMention(chunk.start, chunk.end, chunk.value, name, "country")
            result.add(mention, Actor(name, "country", name, aliases={chunk.value}))
        elif chunk.kind == "org":
            row = _organizations().get(chunk.value)
            name = row["name"] if row else _national(chunk.value, home)
            country = (row["country"] or None) if row else home
            mention = ActorMention(chunk.start, chunk.end, chunk.value, name, "organization")
            result.add(mention, Actor(name, "organization", country, aliases={chunk.value}))
        elif chunk.kind == "media":
            name = _media()[chunk.value]
            mention = ActorMention(chunk.start, chunk.end, chunk.value, name, "media")
            result.add(mention, Actor(name, "media", aliases={chunk.value}))
        elif chunk.kind == "name" and not _names_a_unit(text, chunks, i):
            _add_person(result, persons, chunk, chunk.value, None, None, text, titled=False)
        i += consumed
    _resolve_persons(result, persons, titled_persons, unnamed)
    return result


def _national(name: str, home: str | None) -> str:
    """A ministry named without its country is the home country's (`Kementerian Luar Negeri`
    in a Malaysian paper is Malaysia's): the name gets the country, as `RI` for Indonesia."""
    if home is None or not name.startswith(NATIONAL_BODIES) or country_regex().search(name):
        return name
    return f"{name} {'RI' if home == 'Indonesia' else home}"


def _names_a_unit(text: str, chunks: list[_Chunk], i: int) -> bool:
    """A capitalised run right before an organisation is part of a unit's name
    (`Biro Infohan Setjen Kementerian Pertahanan`), not a person."""
    nxt = chunks[i + 1] if i + 1 < len(chunks) else None
    return nxt is not None and nxt.kind == "org" and _adjacent(text, chunks[i], nxt, False)


def _inside(sentences: Sequence[Sentence], starts: list[int], chunk: _Chunk) -> bool:
    i = bisect_right(starts, chunk.start) - 1
    return i >= 0 and chunk.end <= sentences[i].end


def _person_from_title(
    text: str,
    chunks: list[_Chunk],
    i: int,
    result: ArticleActors,
    persons: list[Actor],
    titled_persons: list[tuple[str, str | None, Actor]],
    unnamed: dict[str, tuple[str, str | None]],
) -> int:
    """TITLE [COUNTRY|ORG] [,] [RANK…] NAME → a titled person; without NAME, the title's holder."""
    title_chunk = chunks[i]
    row = _title_rows()[re.sub(r"\s+", " ", title_chunk.value.lower())]
    title = row["title"]
    country = row["country"] or None
    far = _holder_further_on(text, chunks, i)
    if far is not None:
        return _far_holder(text, chunks, i, far, title, country, result, persons, titled_persons)
    j = i + 1
    last = title_chunk
    qualifier = None
    if (
        j < len(chunks)
        and chunks[j].kind in ("country", "org")
        and _adjacent(text, last, chunks[j], False)
    ):
        qualifier = chunks[j]
        if qualifier.kind == "country":
            country = country_names()[qualifier.value].canonical
        else:
            org = _organizations().get(qualifier.value)
            country = (org["country"] or None) if org else country
        last = qualifier
        j += 1
        posted = (
            j + 1 < len(chunks)
            and chunks[j].kind == "country"
            and POSTED_AT.fullmatch(text[last.end : chunks[j].start])
            and chunks[j + 1].kind == "name"
            and _adjacent(text, chunks[j], chunks[j + 1], False)
        )
        if posted:
            last = chunks[j]
            j += 1
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
    if named and _root_after_comma(text, last, chunks[j]):
        named = False
    if named and (_adjacent(text, last, chunks[j]) or trailing):
        name_chunk = _without_leading_places(text, chunks[j], last)
        span = _Chunk(title_chunk.start, name_chunk.end, "name", name_chunk.value)
        actor = _add_person(
            result, persons, span, name_chunk.value, full_title, country, text, titled=True
        )
        titled_persons.append((title, country, actor))
        if qualifier is not None and qualifier.kind == "country":
            canonical = country_names()[qualifier.value].canonical
            result.add(
                ActorMention(qualifier.start, qualifier.end, qualifier.value, canonical, "country"),
                Actor(canonical, "country", canonical, aliases={qualifier.value}),
            )
        return j - i + 1
    holder = _holder_of(title, country, titled_persons)
    if holder is not None:
        mention = ActorMention(
            title_chunk.start,
            last.end,
            text[title_chunk.start : last.end],
            holder.name,
            "person",
            titled=True,
        )
        result.add(mention, Actor(holder.name, "person"))
        return j - i
    if qualifier is not None and title_chunk.value[0].isupper():
        name = f"{title} {country or qualifier.value}"
        mention = ActorMention(
            title_chunk.start,
            last.end,
            text[title_chunk.start : last.end],
            name,
            "person",
            titled=True,
        )
        result.add(mention, Actor(name, "person", country, titles={title}))
        unnamed[name] = (title, country)
        return j - i
    if qualifier is not None:
        return 1
    return j - i


def _holder_further_on(text: str, chunks: list[_Chunk], i: int) -> int | None:
    """The chunk that names a title's holder past the words that qualify the title:
    `Panglima Komando Pasifik AS Laksamana Samuel Locklear`, `Menteri Koordinator Bidang
    Politik, Hukum dan Keamanan Wiranto`, `Duta Besar Rusia untuk Indonesia, Lyudmila …`.

    The walk goes on over countries, bodies, ranks, nested titles and capitalised words that
    read as a body's (dictionary words, acronyms, places), across the few words that join
    them (`dan`, `untuk`, a comma, an acronym in brackets); the first run that reads as a
    person's name ends it. None when the holder stands right after the title or nowhere.
    """
    last = chunks[i]
    words = 0
    for j in range(i + 1, min(len(chunks), i + 1 + TITLE_PHRASE_CHUNKS)):
        chunk = chunks[j]
        gap = text[last.end : chunk.start]
        if not _title_internal(gap) or chunk.kind == "media":
            return None
        if chunk.kind == "title" and gap.strip(" ()") != "":
            return None
        words += len(gap.split()) + len(chunk.value.split())
        if words > TITLE_PHRASE_WORDS:
            return None
        if chunk.kind == "name" and _reads_as_person(chunk.value):
            return j if j > i + 1 and _adjacent_holder_wrong(text, chunks, i, j) else None
        last = chunk
    return None


def _adjacent_holder_wrong(text: str, chunks: list[_Chunk], i: int, j: int) -> bool:
    """Whether the chunks between a title and its far holder hold a run the old reading would
    have taken for the holder (`Kepala Staf …`, `Pangab …`): only then the far one is read."""
    return (
        any(c.kind == "name" for c in chunks[i + 1 : j])
        or any(c.kind == "rank" for c in chunks[i + 1 : j])
        or "," in text[chunks[i].end : chunks[j].start]
        or "(" in text[chunks[i].end : chunks[j].start]
    )


def _title_internal(gap: str) -> bool:
    """Only what joins the parts of one title: spaces, commas, brackets, `dan`, `untuk`, `di`,
    and capitalised words the name runs left out (`Keamanan`)."""
    return all(
        token in TITLE_JOINERS or token[0].isupper() for token in TITLE_GAP_TOKEN.findall(gap)
    )


def _reads_as_person(value: str) -> bool:
    """A run with a word that is neither a dictionary word, an acronym nor a known place."""
    roots = _stemmer()[1]
    return any(
        not (
            word.isupper()
            or word.lower() in roots
            or is_common_word(word)
            or ROMAN.fullmatch(word)
            or _local_place(word)
        )
        for word in (w.rstrip(".,") for w in value.split())
        if len(word) > 1
    )


def _far_holder(
    text: str,
    chunks: list[_Chunk],
    i: int,
    j: int,
    title: str,
    country: str | None,
    result: ArticleActors,
    persons: list[Actor],
    titled_persons: list[tuple[str, str | None, Actor]],
) -> int:
    """A titled person whose name stands past the title's qualifiers; the qualifiers name the
    title's country or body, and the runs between are part of the title, not persons."""
    qualifiers = [c for c in chunks[i + 1 : j] if c.kind in ("country", "org")]
    if qualifiers:
        first = qualifiers[0]
        if first.kind == "country":
            country = country_names()[first.value].canonical
        else:
            org = _organizations().get(first.value)
            country = (org["country"] or None) if org else country
    full_title = title if not qualifiers else f"{title} {_qualifier_name(qualifiers[0])}"
    name_chunk = _without_leading_places(text, chunks[j], chunks[j - 1])
    span = _Chunk(chunks[i].start, name_chunk.end, "name", name_chunk.value)
    actor = _add_person(
        result, persons, span, name_chunk.value, full_title, country, text, titled=True
    )
    titled_persons.append((title, country, actor))
    return j - i + 1


@cache
def _local_place(word: str) -> bool:
    """A country, or a region or city of the countries the papers write from (`Surabaya`,
    `Papua`): the places a local title names. A far-away town (`Ismail`) is more often a name."""
    place = lookup_place(word)
    return place is not None and (place.is_country or place.country in HOME_PLACES)


def _without_leading_places(text: str, name: _Chunk, before: _Chunk) -> _Chunk:
    """`Wali Kota Surabaya Eri Cahyadi`, `Menteri Perikanan Sakti Wahyu`: a place, acronym or
    affixed common word that opens a longer run right after the title's words qualifies the
    title; after a comma, bracket or rank the whole run is the name."""
    if text[before.end : name.start].strip() != "" or before.kind == "rank":
        return name
    tokens = list(TOKEN.finditer(text, name.start, name.end))
    k = 0
    while k < len(tokens) - 2 and _qualifies_title(tokens[k].group()):
        k += 1
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


def _qualifier_name(qualifier: _Chunk) -> str:
    """The canonical name of a title's country or organisation (`Menhan China` → `Tiongkok`)."""
    if qualifier.kind == "country":
        return country_names()[qualifier.value].canonical
    row = _organizations().get(qualifier.value)
    return row["name"] if row else qualifier.value


def _holder_of(
    title: str, country: str | None, titled: list[tuple[str, str | None, Actor]]
) -> Actor | None:
    """The most recent person of the article who holds this title (in this country, if given)."""
    for held, held_country, actor in reversed(titled):
        if held == title and (country is None or held_country == country):
            return actor
    return None


def _add_person(
    result: ArticleActors,
    persons: list[Actor],
    chunk: _Chunk,
    surface: str,
    title: str | None,
    country: str | None,
    text: str,
    titled: bool,
) -> Actor:
    """Join a person mention to a person already seen (same name, or one name inside the other)."""
    surface = re.sub(r"\s+", " ", surface)
    name = _person_aliases().get(surface, surface)
    actor = _match_person(name, persons)
    if actor is None:
        actor = Actor(name, "person", country, titles={title} if title else set())
        persons.append(actor)
    elif len(name.split()) > len(actor.name.split()) and _contains(name, actor.name):
        old = actor.name
        actor.name = name
        result.actors.pop(old, None)
        result.mentions[:] = [
            ActorMention(m.start, m.end, m.text, name, m.kind, m.titled) if m.key == old else m
            for m in result.mentions
        ]
    if title:
        actor.titles.add(title)
    actor.country = actor.country or country
    actor.aliases.add(surface)
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


def _match_person(name: str, persons: list[Actor]) -> Actor | None:
    folded = fold(name)
    for actor in reversed(persons):
        if fold(actor.name) == folded or any(fold(a) == folded for a in actor.aliases):
            return actor
    if " " in name:
        for actor in reversed(persons):
            if _contains(name, actor.name) or _contains(actor.name, name):
                return actor
    return None


def _resolve_persons(
    result: ArticleActors,
    persons: list[Actor],
    titled: list[tuple[str, str | None, Actor]],
    unnamed: dict[str, tuple[str, str | None]],
) -> None:
    """Settle who each person mention is, once the whole article has been read.

    One-word mentions (`Li`, `Shangfu`) join the only full name they belong to; a holder named
    by title alone (`Menhan Indonesia`) joins the person later named with that title; a lone
    capitalised word that is a dictionary word (`Media`, `Bonus`) and never joined a name is
    no person at all.
    """
    full = [p for p in persons if " " in p.name]
    remap: dict[str, str | None] = {}
    roots = _stemmer()[1]
    for actor in persons:
        if " " in actor.name:
            continue
        folded = fold(actor.name)
        owners = [p for p in full if folded in fold(p.name).split()]
        if len(owners) == 1:
            remap[actor.name] = owners[0].name
            owners[0].aliases |= actor.aliases
        elif not actor.titles and folded in roots:
            remap[actor.name] = None
    for name, (title, country) in unnamed.items():
        holder = _holder_of(title, country, titled)
        if holder is not None:
            remap[name] = holder.name
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
