"""Every page through `dashboard.py` with Streamlit's AppTest: it renders on the sample data and
on an empty archive, applies the filters of a link, reports what a link asked for in vain, and
writes widget changes back to the URL."""

import html
import json
import shutil
from pathlib import Path

import polars as pl
import pytest
from streamlit.testing.v1 import AppTest

from app.archive import load_archive
from app.panels import BASIS_WORDS
from app.plotly_bundle import TRACE_TYPES

ENTRY = Path(__file__).resolve().parents[1] / "dashboard.py"
PAGES = {
    "pages/overview.py": "Overview",
    "pages/timeline.py": "Timeline",
    "pages/actors.py": "Actors",
    "pages/statements.py": "Statements",
    "pages/map.py": "Map",
    "pages/articles.py": "Articles",
    "pages/data.py": "Data",
}


def shown(markdown: str) -> str:
    """What a reader sees of a Markdown body the app escaped with `app.text.as_text`."""
    return html.unescape(markdown).replace("\u2060", "").replace("\\", "")


def url(at: AppTest, key: str) -> list[str]:
    """A query parameter's values as the address bar holds them (AppTest gives one as a str)."""
    value = at.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


@pytest.fixture
def open_app(monkeypatch, tmp_path):
    """An AppTest of the whole app over `data_dir`, on `page`, with a link's query pairs."""

    def opener(data_dir: Path, page: str = "pages/overview.py", **params) -> AppTest:
        monkeypatch.setenv("LINIMASA_DATA", str(data_dir))
        monkeypatch.setenv("LINIMASA_RAW", str(tmp_path / "raw"))
        at = AppTest.from_file(str(ENTRY), default_timeout=60)
        for key, value in params.items():
            at.query_params[key] = value
        at.run()
        if page != "pages/overview.py":
            at.switch_page(page).run()
        return at

    return opener


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_the_sample_data(open_app, sample_dir, page):
    at = open_app(sample_dir, page)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == PAGES[page]
    assert at.sidebar.multiselect(key="filter_actor")


@pytest.mark.parametrize("page", PAGES)
def test_every_page_says_what_to_do_without_data(open_app, empty_dir, page):
    at = open_app(empty_dir, page)
    assert not at.exception, [e.value for e in at.exception]
    assert any("No data yet" in info.value for info in at.info)


def test_a_link_fills_the_filters_and_the_view(open_app, sample_dir):
    at = open_app(
        sample_dir,
        "pages/timeline.py",
        actor=["vladimir-putin", "li-shangfu"],
        type=["meeting"],
        **{"from": "2023-04-01", "to": "2023-04-30"},
    )
    assert at.multiselect(key="filter_actor").value == ["vladimir-putin", "li-shangfu"]
    assert at.date_input(key="filter_from").value.isoformat() == "2023-04-01"
    caption = at.caption[0].value
    assert caption.startswith("Meetings involving Vladimir Putin or Li Shangfu from 1 Apr 2023")
    assert url(at, "actor") == ["vladimir-putin", "li-shangfu"]
    assert url(at, "to") == ["2023-04-30"]


def test_what_a_link_names_in_vain_is_reported_and_the_rest_applied(open_app, sample_dir):
    at = open_app(sample_dir, actor=["vladimir-putin", "nobody"], to="2023-02-30")
    notice = " ".join(w.value for w in at.warning)
    assert "nobody" in notice and "unknown actor" in notice
    assert "2023" in notice and "not a date" in notice
    assert at.multiselect(key="filter_actor").value == ["vladimir-putin"]


def test_nothing_in_the_url_reaches_the_page_as_html(open_app, sample_dir):
    at = open_app(sample_dir, q="<img src=x onerror=alert(1)>", actor="<b>x</b>")
    html_blocks = [m.value for m in at.markdown if m.allow_html]
    assert not any("<img" in block or "<b>x" in block for block in html_blocks)
    assert not at.exception


def test_a_widget_change_writes_the_url(open_app, sample_dir):
    at = open_app(sample_dir)
    at.multiselect(key="filter_actor").set_value(["li-shangfu"]).run()
    at.text_input(key="filter_q").set_value("moskow").run()
    assert url(at, "actor") == ["li-shangfu"]
    assert url(at, "q") == ["moskow"]
    at.button[0].click().run()
    assert "actor" not in at.query_params and "q" not in at.query_params


def test_switching_pages_keeps_the_filters(open_app, sample_dir):
    at = open_app(sample_dir, "pages/timeline.py", actor="vladimir-putin", type="meeting")
    at.switch_page("pages/statements.py").run()
    assert at.title[0].value == "Statements"
    assert at.multiselect(key="filter_actor").value == ["vladimir-putin"]
    assert url(at, "actor") == ["vladimir-putin"]


def test_an_event_in_the_link_opens_its_details(open_app, sample_dir):
    archive = load_archive(sample_dir)
    index = archive.index.collect()
    event = index.filter(index["date_from"].is_not_null()).row(0, named=True)
    at = open_app(sample_dir, "pages/timeline.py", event=event["event_id"])
    assert any(event["summary"][:20] in shown(h.value) for h in at.subheader)
    said = BASIS_WORDS[event["date_basis"]]
    assert any(said in m.value for m in at.markdown), "the date says in words how it was known"


def charts(at: AppTest) -> list[dict]:
    """The figures a page gave its chart elements (`ui.chart`), as plotly JSON."""
    sent = [json.loads(e.proto.json) for e in at.get("bidi_component")]
    return [json.loads(data["figure"]) for data in sent if "figure" in data]


def test_an_event_clicked_on_the_timeline_opens_its_details_and_enters_the_link(
    open_app, sample_dir
):
    at = open_app(sample_dir, "pages/timeline.py", actor="vladimir-putin")
    (figure,) = charts(at)
    row = next(row for trace in figure["data"] for row in trace.get("customdata") or [])
    # What app/chart.js reports for a click, in st.plotly_chart's shape.
    at.session_state["timeline"] = {
        "selection": {"points": [{"customdata": row}], "point_indices": [0], "box": [], "lasso": []}
    }
    at.run()
    assert url(at, "event") == [row[0]]
    assert any(html.unescape(row[1])[:20] in shown(h.value) for h in at.subheader)


@pytest.mark.parametrize("page", [p for p in PAGES if p != "pages/data.py"])
@pytest.mark.parametrize("archive", ["sample_dir", "synthetic_dir"])
def test_every_chart_is_of_a_trace_type_the_apps_plotly_build_draws(
    open_app, request, page, archive
):
    at = open_app(request.getfixturevalue(archive), page)
    drawn = {trace.get("type", "scatter") for figure in charts(at) for trace in figure["data"]}
    assert drawn <= TRACE_TYPES, drawn - TRACE_TYPES


def test_filters_matching_nothing_say_so(open_app, sample_dir):
    at = open_app(sample_dir, "pages/timeline.py", q="zzzz-nothing")
    assert any("No event matches these filters" in i.value for i in at.info)


def test_a_fresh_clone_builds_the_archive_from_the_raw_articles(monkeypatch, tmp_path, seeds_dir):
    monkeypatch.setenv("LINIMASA_DATA", str(tmp_path / "processed"))
    monkeypatch.setenv("LINIMASA_RAW", str(seeds_dir))
    at = AppTest.from_file(str(ENTRY), default_timeout=120).run()
    assert not at.exception, [e.value for e in at.exception]
    assert (tmp_path / "processed" / "events.parquet").exists()
    assert not any("No data yet" in info.value for info in at.info)
    assert at.metric[0].value != "0"


def test_a_link_to_an_event_merged_away_opens_the_event_it_went_into(
    open_app, sample_dir, tmp_path
):
    import polars as pl

    from etl.event_ids import EVENT_ALIASES
    from etl.tables import read_tables, write_tables

    archive = load_archive(sample_dir)
    index = archive.index.collect()
    event = index.filter(index["date_from"].is_not_null()).row(0, named=True)
    merged = pl.DataFrame(
        [("ev-000000000000", event["event_id"])], schema=EVENT_ALIASES, orient="row"
    )
    out = write_tables({**read_tables(sample_dir), "event_aliases": merged}, tmp_path / "processed")
    at = open_app(out, "pages/timeline.py", event="ev-000000000000")
    notice = shown(" ".join(i.value for i in at.info))
    assert "ev-000000000000" in notice and event["event_id"] in notice
    assert any(event["summary"][:20] in shown(h.value) for h in at.subheader)
    assert not any("No event with id" in w.value for w in at.warning)


def test_the_data_page_lists_the_uploads_and_removes_one(open_app, tmp_path, seeds_dir):
    from app.pipeline import build_archive, ingest

    raw, out = tmp_path / "raw", tmp_path / "processed"
    shutil.copytree(seeds_dir, raw)
    build_archive(raw, out)
    record = {
        "id": "unggah-1",
        "title": "Menlu bertemu Dubes",
        "text": "Menteri Luar Negeri "
        "Retno Marsudi bertemu Duta Besar Jepang di Jakarta pada Senin (5/2/2024).",
    }
    ingest([("unggahan.jsonl", (json.dumps(record) + "\n").encode())], raw, out)
    at = open_app(out, "pages/data.py")
    assert not at.exception, [e.value for e in at.exception]
    assert at.dataframe[0].value["file"].to_list() == ["unggahan.jsonl"]
    at.selectbox(key="remove_file").select("unggahan.jsonl").run()
    at.button(key="remove_upload").click().run()
    assert not (raw / "uploads" / "unggahan.jsonl").exists()
    assert load_archive(out).n_articles == 2
    assert any("No file has been uploaded yet" in c.value for c in at.caption)


def test_the_data_page_says_what_each_uploaded_file_became(open_app, sample_dir):
    from app.pipeline import FileOutcome, IngestReport
    from app.uploads import UPLOAD_REPORT_KEY

    report = IngestReport(
        [
            FileOutcome("baru.jsonl", "added", 2),
            FileOutcome("satu.txt", "added", 1),
            FileOutcome("salinan.txt", "duplicate", duplicates=("Putin bertemu Li",)),
            FileOutcome(".catatan.txt", "rejected", reasons=("a hidden file name",)),
        ],
        4,
    )

    def opened(at):
        at.session_state[UPLOAD_REPORT_KEY] = report
        return at

    at = open_app(sample_dir, "pages/data.py")
    opened(at).run()
    said = [shown(m.value) for m in [*at.success, *at.warning, *at.error, *at.info]]
    assert "baru.jsonl: 2 articles added." in said
    assert "satu.txt: 1 article added." in said
    assert "salinan.txt: already in the archive as “Putin bertemu Li”; not added." in said
    assert any(".catatan.txt: not added: a hidden file name" in s for s in said)
    assert "The archive now holds 4 articles." in said


def test_the_data_page_says_what_a_removal_left(open_app, sample_dir):
    from app.uploads import REMOVE_REPORT_KEY

    at = open_app(sample_dir, "pages/data.py")
    at.session_state[REMOVE_REPORT_KEY] = (True, "Removed a.jsonl; the archive holds 2 articles.")
    at.run()
    said = [shown(m.value) for m in at.success]
    assert "Removed a.jsonl; the archive holds 2 articles." in said


RAW_MARKUP = ("<script", "<img", "<b>", "![px]", "](http", "$x^2$", "$y$", "# Heading", ":red[",
              "**bold**", "evil.example", "javascript:", "http&#58;//", "www&#46;")  # fmt: skip
TEXT_ELEMENTS = ("title", "header", "subheader", "markdown", "caption", "warning", "info",
                 "error", "success")  # fmt: skip


def _rendered(at: AppTest) -> list[str]:
    """The bodies of every element Streamlit renders as Markdown (or HTML, where allowed)."""
    return [str(element.value) for kind in TEXT_ELEMENTS for element in at.get(kind)]


def _hostile_links(archive) -> dict[str, dict[str, str]]:
    """For each page, the link that shows the most of the hostile archive on it."""
    index = archive.index.collect()
    event = index.filter(index["date_from"].is_not_null())["event_id"][0]
    actor = archive.actor_counts["actor_id"][0]
    return {
        "pages/timeline.py": {"event": event},
        "pages/actors.py": {"actor": actor},
        "pages/articles.py": {"article": archive.articles.collect()["article_id"][0]},
        "pages/statements.py": {},
        "pages/overview.py": {},
        "pages/map.py": {},
        "pages/data.py": {},
    }


@pytest.mark.parametrize("page", PAGES)
def test_article_text_is_only_ever_text_on_every_page(open_app, hostile_dir, page):
    """Titles, outlets, ids, names, sentences and places full of Markdown, HTML and script
    reach every page escaped: none of it is rendered as markup, yet all of it is shown."""
    at = open_app(hostile_dir, page, **_hostile_links(load_archive(hostile_dir))[page])
    assert not at.exception, [e.value for e in at.exception]
    bodies = _rendered(at)
    for body in bodies:
        assert not any(raw in body for raw in RAW_MARKUP), body
    if page in ("pages/timeline.py", "pages/actors.py", "pages/articles.py"):
        assert any("&#60;script&#62;alert&#40;1&#41;" in body for body in bodies), page


def test_a_link_to_an_unknown_article_says_so(open_app, sample_dir):
    at = open_app(sample_dir, "pages/articles.py", article="no-such-article")
    notice = " ".join(w.value for w in at.warning)
    assert "no&#45;such&#45;article" in notice and "no such article" in notice
    assert at.selectbox(key="article_pick").value != "no-such-article"


def test_the_events_listed_under_an_article_are_as_many_as_it_says(open_app, sample_dir):
    archive = load_archive(sample_dir)
    article = archive.articles.collect()["article_id"][0]
    at = open_app(sample_dir, "pages/articles.py", article=article)
    heading = next(h.value for h in at.subheader if h.value.startswith("Events from"))
    listed = at.dataframe[0].value
    assert heading == f"Events from this article ({listed.shape[0]})"
    assert listed["event_id"].is_unique
    produced = archive.mentions.filter(pl.col("article_id") == article).collect()
    assert listed.shape[0] == produced["event_id"].n_unique()


@pytest.mark.parametrize(("n", "said"), [(1, "1 event"), (2, "2 events"), (1204, "1,204 events")])
def test_counts_agree_with_their_nouns(n, said):
    from app.text import counted

    assert counted(n, "event") == said
