"""Highlighted text is escaped text: marks are the only markup."""

from app.highlight import Mark, find_terms, to_html


def test_text_is_escaped_and_only_marks_are_markup():
    html = to_html("<script>alert(1)</script> Putin", [Mark(26, 31, "actor", "<b>")])
    assert "<script>" not in html
    assert "&#60;script&#62;" in html
    assert 'title="actor&#58;&#8288; &#60;b&#62;"' in html
    assert html.endswith(">Putin</span>")


def test_overlapping_marks_cut_the_text_into_styled_pieces():
    text = "Putin bertemu Li Shangfu"
    marks = [Mark(0, len(text), "sentence", "meeting"), Mark(6, 13, "trigger", "meeting")]
    html = to_html(text, marks)
    assert html.count("<span") == 3
    assert ">bertemu</span>" in html


def test_marks_outside_the_text_are_left_out():
    assert to_html("Putin", [Mark(3, 99, "actor")]) == "Putin"


def test_terms_are_found_as_whole_words_whatever_their_case():
    marks = find_terms("Putin bertemu Li. Putinisme bukan Putin.", [("putin", "actor")])
    assert [(m.start, m.end) for m in marks] == [(0, 5), (34, 39)]
