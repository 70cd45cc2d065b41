"""The pieces of a text that may name actors: lexicon matches and capitalised name runs, split
where a run holds function words, affixed common words or an organisation's head."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right

from etl.actors.companies import company_chunks
from etl.actors.full_names import _fuller_figures, _patronymics
from etl.actors.headlines import headline_spans
from etl.actors.hyphens import _hyphenated_pair, _paired_state_names, _paired_states
from etl.actors.model import _Chunk
from etl.actors.units import unit_chunks
from etl.actors.vocabulary import (
    ROMAN,
    _lexicon,
    _local_place,
    _organizations,
    _person_aliases,
    _stemmer,
    _written_lower,
    is_common_word,
)
from etl.lexicon import Words, words

_NAME_TOKEN = (
    r"(?:[A-Z][\w'’-]*[\w’']|(?:[A-Z]\.)+[A-Z](?![\w'’.-])|(?:[A-Z]\.)+|[A-Z]"
    r"|(?<=\w )(?:al|el|ad|as|ar|an)-[A-Z][\w'’-]*)"
)
"""A word of a name: a capitalised word, initials (`L.P.`, or `L.P` without its stop), a letter,
an Arabic article joined to the next word inside a name (`Ashraf al-Qidra`)."""
_CONNECTOR = r"(?:bin|binti|van|von|de|der|da|dos|al|el|la)"
NAME_RUN = re.compile(
    rf"(?<![\w'’@#-]){_NAME_TOKEN}(?:[ \u00a0](?:{_CONNECTOR} )?{_NAME_TOKEN})*(?![\w'’-])"
)
"""A capitalised run; none right after `@` or `#`, a social account's handle or a hashtag
(`di akun X @Kemlu_RI`), no name of an actor."""
TOKEN = re.compile(r"\S+")
ENGLISH_JOIN_AFTER = re.compile(r" (?:of|for|on)(?: the)? [A-Z]")
ENGLISH_JOIN_BEFORE = re.compile(r"[A-Z][\w-]* (?:of|for|on)(?: the)? $")
_ENGLISH_BODY_NOUN = (
    r"(?:Command|Forces?|Army|Navy|Ministry|Council|Agency|Department|Office|Conference|Forum|"
    r"Staff|Committee|Commission|Service|Guard|Corps|Affairs|Defen[cs]e|Security|Police)"
)
ENGLISH_BODY = re.compile(rf" {_ENGLISH_BODY_NOUN}$")
"""`… of Southern Theater Command`: the body an English post is of, many words long."""
ENGLISH_BODY_WORD = re.compile(_ENGLISH_BODY_NOUN)
"""`Milat Corps`, `Command PLA`, `People Liberation Army`: a run opened or closed by an
English body's noun names the body or its post, not a person."""
ENGLISH_BODY_HEAD = re.compile(
    r"(?:Command|Forces?|Army|Navy|Ministry|Council|Agency|Department|Office|Committee|"
    r"Commission|Service|Guard|Corps|Police|Authority|Administration)"
)
"""`Australian Federal Police`, `India Coast Guard`, `Indian Navy`: an English name of two or more
words closed by the head noun of a body is that body, an actor that meets and speaks."""
ENGLISH_EVENT_AFTER = re.compile(r" (?:Meeting|Conference|Summit|Dialogue|Forum|Exercise|Talks)\b")
"""`Senior Officers Meeting`: the words before an English event's noun name the event."""
DEGREE_WORD = r"(?:[A-Z][a-z]{0,3}\.){1,4}[A-Z]?[a-z]{0,3}"
"""An academic degree as written after a name: `S.I.P.`, `M.Si.`, `Ph.D.`, `M.M.`."""
DEGREE = re.compile(r"(?:[A-Z][a-z]{0,3}\.){2,4}(?:[A-Z][a-z]{0,3})?[.,]*|(?:[A-Z][a-z]{0,3}\.)+,")
DEGREE_BEFORE = re.compile(rf"[\w.)],\s*(?:{DEGREE_WORD}[.,]*\s*)*$")
DEGREES_AFTER_NAME = re.compile(rf"^\s*,\s*(?:{DEGREE_WORD}[.,]*\s*)+")
"""The degrees a name's comma opens (`Hadi Tjahjanto, S.I.P. bersama …`)."""
DEGREE_REACH = 40
UNDOTTED_DEGREE = re.compile(r"(?:M[Ss]i|MSc|MHum|MKes|MPd|SPd|SSos|MAg|SAg|SKom|MKom|PhD|Lc)[.,]*")
"""Degrees written without their dots (`Haedar Nashir, Msi`), in mixed case: no acronym."""
ENGLISH_GLOSS = re.compile(r"\([A-Z][^()]{0,80}?\b(?:of|for|the)\b[^()]{0,80}\)")
GLOSS_REACH = 80
LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
FACTION = re.compile(r"\bF-[A-Z][\w-]*")
ORDINAL = re.compile(r"(?<![\w-])[Kk]e-?\d+(?:\s+(?:dan|&)\s+ke-?\d+)*(?![\w-])")
"""`Presiden ke-5 RI Megawati`, `Presiden Ke-7 Jokowi`, `Wapres ke-10 dan ke-12 Jusuf Kalla`:
the holder's number in the line of a post stands inside the title, no word of a name; a
numbered holder is one of the line, often a past one, so no bare post later points at them."""
POSTNOMINAL = re.compile(r"[A-Z]{2,4}[.,]?")
POSTNOMINAL_AFTER = 2
ACRONYM_PLURAL = 2
CODE_TOKEN = re.compile(r"^(?:[A-Z0-9]{2,}|[A-Z]+-[A-Z][\w-]*)[.,]?$")
TITLED_NAME_WORDS = 3
SHORT_NAME_WORD = 3
WEB_ADDRESS = re.compile(r"\.(?:co\.id|com|id|net|org|tv|co)\b", re.IGNORECASE)
"""A name written as a web address (`Liputan6.com`, `Detik.com`) is the outlet's."""
POSTED_GAP = re.compile(r"\s+(?:untuk|di|ke)\s+")
SENTENCE_START = re.compile(r"(?:^|[.!?:\n“”\"]\s*)$")
ORG_HEADS = re.compile(
    r"^(?:Kementerian|Kemenko|Kedutaan(?:\s+Besar)?|Kedubes|KBRI|KJRI|Konsulat(?:\s+Jenderal)?|"
    r"Komisi\s+[IVX]+|Badan|Dinas|Polda|Polres|Polresta|Kodam|Korem|Kodim|Pemerintah|Pemprov|DPRD|"
    r"Pemkab|Pemkot|Partai|Fraksi|Universitas|Kejaksaan|Pengadilan|Majelis|Dewan|Lembaga|"
    r"Divisi|Batalyon|Brigade|Resimen|Detasemen|Skadron|Pangkalan|Lantamal|Lanud|Koramil|Polsek|"
    r"Rutan|Lapas|Kanwil|Kantor\s+Wilayah|Korps|Komando|Pasukan|Satuan|Liga|Persatuan|"
    r"Perhimpunan|Asosiasi|Ikatan|Himpunan|Perkumpulan|Yayasan|Gabungan|Serikat|Kamar\s+Dagang|"
    r"Kepolisian|Penjaga\s+Pantai|Tentara|Garda|Angkatan)\b"
)
"""The head nouns of a body's name, military and police units, state offices and associations
(`Liga Parlemen Jepang-Indonesia`) among them: the whole run is the body (`Divisi Infanteri 1`,
`Lapas Klas II A Ambarawa`), no person."""
LEADING_ORG_HEADS = re.compile(r"(?:Pusat|Sekretariat|Biro|Balai|Komite|Institut|Akademi)\s+[A-Z]")
"""Heads that open a body's name only at the head of a run (`Pusat Misi Pemeliharaan Perdamaian
TNI`, `Sekretariat Kabinet`): after another word they qualify it (`Jakarta Pusat`,
`Pemerintah Pusat`)."""
BODY_ACRONYM_GAP = re.compile(r" ([A-Z]{2,6}) ")
PORTFOLIO = re.compile(r"Bidang\b")
"""`Staf Khusus Bidang Komunikasi Publik`: the portfolio a post covers is part of the post."""

PORTFOLIO_LIST = re.compile(
    r"(?<![\w-])([A-Z][a-z]+),?\s+(?:dan|serta)\s+$|(?<![\w-])([A-Z][a-z]+),\s+$"
)
"""`Kepala Bidang Politik dan Ekonomi John MacDaniel`, `Menteri Pelaburan, Perdagangan dan
Industri Tengku Zafrul`: the last field of a post's list of portfolios, before the holder."""
PORTFOLIO_LIST_ENDS = ("dan", "serta", ",")
"""What the text before a listed portfolio ends in, spaces aside: a test cheaper than the regex,
which most name runs (after a title, a verb) fail."""
PORTFOLIO_REACH = 30
PORTFOLIO_NAME_WORDS = 3

CLITIC = "-nya"
"""`akun Twitter-nya`: the possessive ending written on a capitalised word is not the name's."""
LETTER_INITIAL = re.compile(r"[A-Z][a-z]?\.")
NAME_WORD_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]{2,} $")
NAME_WORD_AFTER = re.compile(r" [A-Z][a-z]")
NAME_WORD_REACH = 30


def _chunks(words: Words) -> list[_Chunk]:
    """Lexicon matches and capitalised name runs of the text, in order, without overlaps."""
    text = words.text
    chunks = [
        _Chunk(start, end, kind, text[start:end]) for start, end, kind in _lexicon().find(words)
    ]
    chunks = [c for c in chunks if not _middle_initial(text, c, chunks)]
    units = unit_chunks(text, chunks) + company_chunks(text, chunks)
    if units:
        chunks = sorted(
            [c for c in chunks if not any(u.start < c.end and c.start < u.end for u in units)]
            + units,
            key=lambda c: c.start,
        )
    covered = [(c.start, c.end) for c in chunks]
    covered_ends = [end for _, end in covered]
    headlines = headline_spans(text)
    headline_starts = [s for s, _ in headlines]
    lowercase = frozenset(LOWER_WORD.findall(text))
    names: list[_Chunk] = []
    for m in NAME_RUN.finditer(text):
        start = m.start()
        h = bisect_right(headline_starts, start) - 1
        headline = h >= 0 and start < headlines[h][1]
        first = bisect_right(covered_ends, start)
        for k in range(first, len(covered)):
            c_start, c_end = covered[k]
            if c_start >= m.end():
                break
            if c_start > start:
                names.extend(_name_parts(text, start, c_start, headline, lowercase))
            start = max(start, c_end)
        if start < m.end():
            titled = _follows_title(text, chunks, covered_ends, start)
            start = _past_portfolio(text, start, m.end())
            names.extend(_name_parts(text, start, m.end(), headline, lowercase, titled))
    names = [
        _Chunk(c.start, c.end, "media", c.value) if WEB_ADDRESS.match(text, c.end) else c
        for c in names
        if _english_body(text, c) or not (_in_english_name(text, c) or _degree(text, c))
    ]
    names = [_Chunk(c.start, c.end, "org", c.value) if _english_body(text, c) else c for c in names]
    names = [part for c in names for part in _hyphenated_pair(text, c)]
    names += _surnames_again(text, chunks + names)
    names += _bodies_by_acronym(text, sorted(chunks + names, key=lambda c: c.start))
    chunks, names = _fuller_figures(text, chunks, names)
    ordered = _state_led_bodies(text, sorted(chunks + names, key=lambda c: c.start))
    return _patronymics(text, _paired_states(ordered))


def _state_led_bodies(text: str, chunks: list[_Chunk]) -> list[_Chunk]:
    """`India Coast Guard`, `US Army`: a state right before an English-named body opens its name."""
    merged: list[_Chunk] = []
    for chunk in chunks:
        before = merged[-1] if merged else None
        if (
            before is not None
            and before.kind == "country"
            and chunk.kind == "org"
            and text[before.end : chunk.start] == " "
            and ENGLISH_BODY_HEAD.fullmatch(chunk.value.rsplit(maxsplit=1)[-1])
        ):
            merged[-1] = _Chunk(before.start, chunk.end, "org", text[before.start : chunk.end])
        else:
            merged.append(chunk)
    return merged


def _bodies_by_acronym(text: str, chunks: list[_Chunk]) -> list[_Chunk]:
    """`Presiden AIIB Jin Liqun`, `Presiden ADB Masatsugu Asakawa`: an acronym no table knows,
    between a title and the holder's name, is the body the post belongs to, as a known one is
    (`Ketua KPK Firli Bahuri`)."""
    return [
        _Chunk(found.start(1), found.end(1), "org", found.group(1))
        for title, name in itertools.pairwise(chunks)
        if title.kind == "title"
        and name.kind == "name"
        and (found := BODY_ACRONYM_GAP.fullmatch(text, title.end, name.start)) is not None
    ]


def _surnames_again(text: str, chunks: list[_Chunk]) -> list[_Chunk]:
    """`Presiden Iran Ebrahim Raisi …. Raisi juga menekankan …`: the last word of a name the
    article gives in full names that person wherever it stands alone, even where it reads as
    an affixed common word (`rais` + `-i`) that a lone capitalised word would be taken for."""
    surnames = {
        last
        for c in chunks
        if c.kind == "name" and " " in c.value and is_common_word(last := c.value.split()[-1])
    }
    if not surnames:
        return []
    taken = sorted((c.start, c.end) for c in chunks)
    found = []
    for m in re.finditer(rf"(?<![\w-])(?:{'|'.join(map(re.escape, surnames))})(?![\w-])", text):
        i = bisect_right(taken, (m.start(), len(text))) - 1
        if i < 0 or taken[i][1] <= m.start():
            found.append(_Chunk(m.start(), m.end(), "name", m.group()))
    return found


def _middle_initial(text: str, chunk: _Chunk, chunks: list[_Chunk]) -> bool:
    """`Yasonna H. Laoly`: an honorific's one-letter abbreviation (`H.` for Haji) between a
    name's own words is the initial of a middle name; after a title, a body or a local seat
    (`Wali Kota Solo H. Gibran`) it is the honorific."""
    if chunk.kind != "rank" or not LETTER_INITIAL.fullmatch(chunk.value):
        return False
    before = NAME_WORD_BEFORE.search(text, max(0, chunk.start - NAME_WORD_REACH), chunk.start)
    if before is None or not NAME_WORD_AFTER.match(text, chunk.end):
        return False
    if _local_place(before.group().strip()):
        return False
    return not any(c.start <= before.start() < c.end for c in chunks)


def _past_portfolio(text: str, start: int, end: int) -> int:
    """Where a name run starts once the portfolio field opening it is set aside: a dictionary
    word listed after another field (`… Politik dan Ekonomi John MacDaniel`) is the post's, when
    a name of two words or more follows it."""
    if not text[max(0, start - PORTFOLIO_REACH) : start].rstrip().endswith(PORTFOLIO_LIST_ENDS):
        return start
    listed = PORTFOLIO_LIST.search(text, max(0, start - PORTFOLIO_REACH), start)
    if listed is None:
        return start
    field = (listed.group(1) or listed.group(2)).lower()
    tokens = list(TOKEN.finditer(text, start, end))
    roots = _stemmer()[1]
    if len(tokens) < PORTFOLIO_NAME_WORDS or tokens[0].group().lower() not in roots:
        return start
    if field not in roots and not is_common_word(field.capitalize()):
        return start
    return tokens[1].start()


def _acronym(value: str) -> bool:
    """`KPK`, and its plural `CHODs`: letters of a body's name, not a person's."""
    return value.isupper() or (
        len(value) > ACRONYM_PLURAL and value.endswith("s") and value[:-1].isupper()
    )


def _degree(text: str, chunk: _Chunk) -> bool:
    """`Hadi Tjahjanto, S.I.P.`, `Budi Santoso, M.Sc., Ph.D.`, `Haedar Nashir, Msi`: academic
    degrees written after a name's comma are letters of the degree, not a person."""
    start = chunk.start
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = chunk.end
    while end < len(text) and not text[end].isspace():
        end += 1
    return (
        DEGREE.fullmatch(text, start, end) or UNDOTTED_DEGREE.fullmatch(text, start, end)
    ) is not None and DEGREE_BEFORE.search(text, max(0, start - DEGREE_REACH), start) is not None


def _in_english_name(text: str, chunk: _Chunk) -> bool:
    """One word of an English name joined by `of`/`for`/`on` (`Chiefs of Defence`, `Chief of
    Defense Conference`), the words on either side of the join (`Deputy Commander of Southern
    Theater Command`), or those before an English event's noun (`Senior Officers Meeting`): the
    name of a post, a forum or a body, not a person's. So is a run inside an English gloss in
    brackets (`Panglima Angkatan Bersenjata Australia (Australian Chief of the Defence Force)
    General Angus Campbell`): the post's name in another language."""
    opened = text.rfind("(", max(0, chunk.start - GLOSS_REACH), chunk.start)
    if opened >= 0 and (gloss := ENGLISH_GLOSS.match(text, opened)) and gloss.end() >= chunk.end:
        return True
    words = chunk.value.split()
    if ENGLISH_BODY_WORD.fullmatch(words[0]) or ENGLISH_BODY_WORD.fullmatch(words[-1]):
        return True
    if ENGLISH_JOIN_BEFORE.search(text[max(0, chunk.start - 30) : chunk.start]) is not None:
        return " " not in chunk.value or ENGLISH_BODY.search(chunk.value) is not None
    return (
        ENGLISH_JOIN_AFTER.match(text, chunk.end) is not None
        or ENGLISH_EVENT_AFTER.match(text, chunk.end) is not None
    )


def _english_body(text: str, chunk: _Chunk) -> bool:
    """Whether a run names an English-named body (see `ENGLISH_BODY_HEAD`), outside an English
    gloss of a post in brackets and not the tail of an English post joined by `of`."""
    words = chunk.value.split()
    if len(words) < 2 or not ENGLISH_BODY_HEAD.fullmatch(words[-1]):
        return False
    opened = text.rfind("(", max(0, chunk.start - GLOSS_REACH), chunk.start)
    gloss = ENGLISH_GLOSS.match(text, opened) if opened >= 0 else None
    return (gloss is None or gloss.end() < chunk.end) and not ENGLISH_JOIN_AFTER.match(
        text, chunk.end
    )


def _follows_title(text: str, chunks: list[_Chunk], ends: list[int], start: int) -> bool:
    """Whether a run stands right after a title, rank, or a country that qualifies a title
    (`Dubes Jepang Masaki …`, and the state of its posting after it: `Duta Besar Jepang untuk
    Indonesia Masaki …`): there a word that reads as Indonesian (`Masaki` as masak-i) is still
    part of the name. After a bare country (`Malaysia Jamin Keselamatan …`) it is not."""
    i = bisect_right(ends, start) - 1
    if i < 0 or text[chunks[i].end : start].strip() not in ("", ","):
        return False
    while (
        i > 1
        and chunks[i].kind == "country"
        and chunks[i - 1].kind == "country"
        and POSTED_GAP.fullmatch(text, chunks[i - 1].end, chunks[i].start)
    ):
        i -= 1
    if chunks[i].kind == "country":
        return (
            i > 0
            and chunks[i - 1].kind == "title"
            and not text[chunks[i - 1].end : chunks[i].start].strip()
        )
    return chunks[i].kind in ("title", "rank")


def _organisation_end(text: str, start: int, end: int) -> int:
    """Where an organisation's name ends inside a capitalised run: its words are dictionary
    words, affixed ones among them (`Badan Koordinasi Penanaman Modal`), acronyms (the syllabic
    ones of state units too: `Biro Humas Setjen`), numerals and bodies the tables know (`Komisi
    III DPR`, `Kementerian Luar Negeri`, `Korps Brimob`); the
    first other word (`Mulfachri`) or a faction tag (`F-PAN`) starts what follows it."""
    roots = _stemmer()[1]
    last = start
    for i, token in enumerate(TOKEN.finditer(text, start, end)):
        word = token.group().rstrip(".,")
        if FACTION.fullmatch(word):
            break
        organisational = (
            word.isupper()
            or word.lower() in roots
            or ROMAN.fullmatch(word)
            or word in _organizations()
            or is_common_word(word)
            or _paired_state_names(word)
            or word in words("unit_acronyms")
        )
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
    all-capital acronyms split it, and a postnominal (`AC`) closes a long name; a place's kind
    (`Danau Toba`, `Semenanjung Korea`, `data/place_heads.csv`) ends it, the rest naming the
    place. A word capitalised only by its place (opening a sentence, in a headline, or standing
    alone) splits it too when the article also writes it in lower case: `Komentar Li`, `Makan
    Malam`, `kata Media`. Right after a title the first words are read leniently (`Dubes Jepang
    Masaki …`), but never a headline's dictionary words."""
    stop = words("name_stopwords")
    run_end = end
    while start < end and text[start].isspace():
        start += 1
    if PORTFOLIO.match(text, start, end):
        rest = TOKEN.search(text, _organisation_end(text, start, end), run_end)
        return [] if rest is None else _name_parts(text, rest.start(), run_end, headline, lowercase)
    if ORG_HEADS.match(text[start:end]) or LEADING_ORG_HEADS.match(text, start, end):
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
        if len(piece) > POSTNOMINAL_AFTER and POSTNOMINAL.fullmatch(piece[-1].group()):
            piece.pop()
        if not piece:
            return
        s, e = piece[0].start(), piece[-1].end()
        while e > s and text[e - 1] in ".,":
            e -= 1
        if text.endswith(CLITIC, s, e):
            e -= len(CLITIC)
        value = text[s:e]
        if value and (value in _person_aliases() or not (_acronym(value) and len(piece) == 1)):
            parts.append(_Chunk(s, e, "org" if ORG_HEADS.match(value) else "name", value))
        piece.clear()

    heads = words("place_heads")
    for i, token in enumerate(tokens):
        word = token.group().rstrip(".,").removesuffix(CLITIC)
        if word in heads:
            close()
            return parts
        if i > 0 and (
            ORG_HEADS.match(text[token.start() : run_end]) or PORTFOLIO.match(text, token.start())
        ):
            close()
            return parts + _name_parts(text, token.start(), run_end, headline, lowercase)
        by_place = len(tokens) == 1 or (i == 0 and at_sentence_start)
        lenient = titled and i < TITLED_NAME_WORDS and len(piece) == i
        short_name = (
            lenient and i == 0 and len(tokens) > 1 and len(word) <= SHORT_NAME_WORD and not headline
        )
        if (
            ORDINAL.fullmatch(word)
            or (word in stop and not short_name and not (lenient and _given_name(word, i, tokens)))
            or (headline and (word.lower() in _stemmer()[1] or is_common_word(word)))
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


GIVEN_NAME_STOPWORDS = frozenset({"Agung"})
"""Stopwords that are given names too (`Mahkamah Agung` but `Irjen Agung Budi Maryoto`)."""


def _given_name(word: str, i: int, tokens: list[re.Match[str]]) -> bool:
    """Right after a post or a rank, a stopword that is also a given name opens the name when
    more of the name follows it: `Bupati Lampung Utara Agung Ilmu Mangkunegara`."""
    return word in GIVEN_NAME_STOPWORDS and i + 1 < len(tokens)


def _adjacent(text: str, left: _Chunk, right: _Chunk, allow_comma: bool = True) -> bool:
    """Nothing but space between two chunks (or a comma, a faction tag such as `F-PAN`, or a
    post's ordinal)."""
    gap = ORDINAL.sub(" ", FACTION.sub(" ", text[left.end : right.start])).strip()
    return gap == "" or (allow_comma and gap == ",")
