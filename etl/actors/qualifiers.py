"""What stands between a post and its holder without being either: a seat town (`Putra Mahkota
Abu Dhabi, Sheikh …`) and a portfolio of dictionary words (`Menteri Tenaga Kerja Singapura`).
Read as names, they made a city the crown prince and a portfolio the minister. And the state or
body a post's qualifier names (`Menhan China` → `Tiongkok`)."""

from __future__ import annotations

from etl.actors.model import _Chunk
from etl.actors.vocabulary import _organizations, is_common_word
from etl.dictionary import _stemmer
from etl.places import country_names, lookup_place


def city_before_holder(text: str, chunks: list[_Chunk], j: int) -> bool:
    """`Putra Mahkota Abu Dhabi, Sheikh Mohammed bin Zayed`: a city right after a title, with
    the holder named after a comma, is the title's seat, not its holder."""
    nxt = chunks[j + 1] if j + 1 < len(chunks) else None
    return (
        chunks[j].kind == "name"
        and nxt is not None
        and nxt.kind in ("rank", "name")
        and text[chunks[j].end : nxt.start].strip() == ","
        and lookup_place(chunks[j].value) is not None
    )


def portfolio_before_state(text: str, chunks: list[_Chunk], j: int) -> int | None:
    """`Menteri Tenaga Kerja Singapura pada …`, `Menteri Sumber Asli dan Kelestarian Alam
    Malaysia`: dictionary words (fields joined by `dan`) between a post and its state name the
    post's portfolio, not its holder. The index of the state's chunk, or None."""
    roots = _stemmer()[1]
    k = j
    while k < len(chunks) and chunks[k].kind == "name":
        gap = text[chunks[k - 1].end : chunks[k].start] if k > j else ""
        if not _field(chunks[k].value + " " + gap, roots):
            return None
        k += 1
    if k == j or k >= len(chunks) or chunks[k].kind != "country":
        return None
    return k if _field(text[chunks[k - 1].end : chunks[k].start], roots) else None


def _field(words: str, roots: frozenset[str]) -> bool:
    """Capitalised dictionary words joined by `dan` or commas: a portfolio's fields, never a
    clause (`Puan Maharani menerima delegasi parlemen Jepang`)."""
    return all(
        w == "dan" or (w[:1].isupper() and (w.lower() in roots or is_common_word(w)))
        for w in words.replace(",", " ").split()
    )


def _qualifier_country(qualifier: _Chunk, otherwise: str | None) -> str | None:
    """The state a title's country or body names (`Menhan China` → `Tiongkok`, `Ketua Umum
    Partai Gerindra` → `Indonesia`); a body the tables do not know leaves `otherwise`."""
    if qualifier.kind == "country":
        return country_names()[qualifier.value].canonical
    if qualifier.kind == "place":
        place = lookup_place(qualifier.value)
        return place.country if place is not None else otherwise
    org = _organizations().get(qualifier.value)
    return (org["country"] or None) if org else otherwise


def _body_of_state(text: str, body: _Chunk, state: _Chunk) -> _Chunk:
    """`Panglima Angkatan Bersenjata Filipina`: a body the tables do not know, named with its
    state, is the body of that state; a known one (`Partai Demokrat Indonesia`) stays itself."""
    if body.value in _organizations():
        return body
    return _Chunk(body.start, state.end, "org", text[body.start : state.end])


def _qualifier_name(qualifier: _Chunk) -> str:
    """The canonical name of a title's country or organisation (`Menhan China` → `Tiongkok`)."""
    if qualifier.kind == "country":
        return country_names()[qualifier.value].canonical
    row = _organizations().get(qualifier.value)
    return row["name"] if row else qualifier.value


def _post_key(title: str, qualifier: _Chunk | None) -> str:
    """The post a holder is looked up by: a body's own (`Ketum Golkar` is Golkar's chair, not
    the PKB chair named last), a state's by the title and the state apart."""
    if qualifier is None or qualifier.kind != "org":
        return title
    return f"{title} {_qualifier_name(qualifier)}"


def _unnamed_name(title: str, qualifier: _Chunk, country: str | None) -> str:
    """An official the text does not name keeps the post as written: the state (`Menlu RI`,
    `Dubes China`) or the body (`Ketua Umum Partai Gerindra`). Indonesia's is `RI` however the
    paper names the state (`Menlu Indonesia` is `Menlu RI`), so one official has one name."""
    if qualifier.kind == "org":
        return f"{title} {_qualifier_name(qualifier)}"
    state = country or qualifier.value
    return f"{title} {'RI' if state == 'Indonesia' or qualifier.value == 'RI' else state}"
