"""An event's panel (its actors and every report's sentence, highlighted) and an article's text
with the ETL's marks: what lets a reader check why the app believes what it shows."""

from __future__ import annotations

from datetime import date

import polars as pl
import streamlit as st

from app import event_queries
from app.archive import Archive
from app.highlight import Mark, find_terms, legend_html, to_html
from app.text import as_text, counted, link_html
from app.vocabulary import type_style


def clock_label(event: dict[str, object]) -> str:
    """` at 10:15` (or ` around 10:00` for an hour only) where the text gave the clock time."""
    clock = event.get("time_of_day")
    if not clock:
        return ""
    return f" {'around' if event.get('time_precision') == 'hour' else 'at'} {as_text(str(clock))}"


BASIS_WORDS = {
    "explicit": "written out",
    "relative": "counted from the publication or an earlier date",
    "inferred": "the story's day: the text gives none for this event",
    "none": "no date",
}


def event_panel(archive: Archive, event_id: str) -> None:
    """An event's details: actors, and every report's sentence with trigger, actors and date
    highlighted, with a link to the article."""
    event_id, merged_from = archive.resolve_event(event_id)
    details = event_queries.event_details(archive, event_id)
    if details is None:
        st.warning(as_text(f"No event with id {event_id} in the archive."))
        return
    if merged_from is not None:
        st.info(
            as_text(f"Event {merged_from} was merged into event {event_id}: showing {event_id}."),
            icon=":material/merge:",
        )
    event = details.event
    style = type_style(str(event["event_type"]))
    st.subheader(as_text(str(event["summary"])))
    facts = [
        f"**{style.label}**",
        as_text(str(event["date_label"]))
        + clock_label(event)
        + f" ({as_text(event['granularity'])}, "
        + f"{BASIS_WORDS.get(str(event['date_basis']), 'no date')})",
        as_text(str(event["location"] or "place unknown")),
        as_text(str(event["modality"])),
        counted(int(event["n_articles"] or 0), "article"),
    ]
    st.markdown(" · ".join(facts))
    st.markdown(
        "Actors: "
        + ", ".join(
            f"{as_text(name)} ({as_text(role)})"
            for name, role in details.actors.select("name", "role").iter_rows()
        )
    )
    terms = [(str(n), "actor") for n in details.actors["name"].drop_nulls()]
    terms += [
        (str(a), "actor") for aliases in details.actors["aliases"].to_list() for a in aliases or []
    ]
    st.markdown(legend_html(), unsafe_allow_html=True)
    for report in details.reports.iter_rows(named=True):
        sentence = report["sentence"] or ""
        marks = find_terms(sentence, [*terms, (report["trigger"], "trigger")])
        marks += find_terms(sentence, [(report["date_text"] or "", "date")])
        heading = " · ".join(
            part
            for part in (
                as_text(report["outlet"] or "unknown outlet"),
                str(report["published"] or "undated"),
                link_html(report["url"], report["title"] or report["article_id"]),
            )
            if part
        )
        st.markdown(
            f"<div style='margin:.4em 0 .8em'><small>{heading}</small><br>"
            f"{to_html(sentence, marks)}</div>",
            unsafe_allow_html=True,
        )


def highlight_legend() -> str:
    return legend_html()


@st.cache_data(max_entries=64, show_spinner="Reading the article…")
def _etl_marks(article_id: str, text: str, published: date | None) -> list[Mark]:
    """The ETL's time expressions, actors and triggers for one article (cached per article)."""
    del article_id
    from app import pipeline  # loads the ETL's language models only when an article is shown

    return pipeline.article_marks(text, published)


def article_view(article: dict[str, object], produced: pl.DataFrame) -> str:
    """An article's text as HTML: the sentences that report events shaded, their triggers, and
    the ETL's time expressions and actors marked."""
    text = str(article["text"] or "")
    marks = [
        Mark(start, end, "sentence", summary)
        for start, end, summary in produced.select("char_start", "char_end", "summary").iter_rows()
    ]
    for start, end, trigger in produced.select("char_start", "char_end", "trigger").iter_rows():
        marks += [
            Mark(start + m.start, start + m.end, "trigger", trigger)
            for m in find_terms(text[start:end], [(trigger, "trigger")])
        ]
    marks += _etl_marks(str(article["article_id"]), text, article["published"])
    return (
        "<div style='line-height:1.7;max-width:60em;border-left:3px solid #ddd;"
        f"padding-left:1em'>{to_html(text, marks)}</div>"
    )
