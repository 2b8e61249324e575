"""Links and page splitting shared by the generated listing pages."""

import pytest

from inclusion.generators import RAW_HTML_MARKER, split_raw_html
from inclusion.generators.listing import page_links, paginate, relative_url


@pytest.mark.parametrize(
    ("from_url", "to_url", "expected"),
    [
        (
            "areas-of-need/universal/",
            "resources/visual-timetables/",
            "../../resources/visual-timetables/",
        ),
        ("resources/", "resources/visual-timetables/", "visual-timetables/"),
        ("resources/", "", "../"),
        ("", "resources/", "resources/"),
        ("resources/", "resources/", "./"),
        ("resources/page-2/", "resources/", "../"),
        ("search/", "pagefind/pagefind.js", "../pagefind/pagefind.js"),
        (
            "needs/autism/",
            "resources/visual-timetables.html",
            "../../resources/visual-timetables.html",
        ),
    ],
)
def test_relative_url(from_url, to_url, expected):
    assert relative_url(from_url, to_url) == expected


def test_paginate_splits_by_size():
    assert paginate(list(range(5)), size=2) == [[0, 1], [2, 3], [4]]


def test_paginate_empty_gives_one_page():
    assert paginate([], size=2) == [[]]


def test_page_links_single_page_empty():
    assert page_links("resources/", 1, 1) == ""


def test_page_links_middle_page():
    html = page_links("resources/", 2, 3)
    assert '<a href="../" rel="prev">Previous page</a>' in html
    assert '<span aria-current="page">Page 2 of 3</span>' in html
    assert '<a href="../page-3/" rel="next">Next page</a>' in html


def test_page_links_first_page_has_no_previous():
    html = page_links("needs/autism/", 1, 2)
    assert "Previous page" not in html
    assert '<a href="page-2/" rel="next">Next page</a>' in html


def test_split_raw_html_after_markdown():
    text = f"Intro text.\n\n{RAW_HTML_MARKER}\n<ul><li>a</li></ul>\n"
    assert split_raw_html(text) == ("Intro text.\n", "<ul><li>a</li></ul>\n")


def test_split_raw_html_at_start():
    assert split_raw_html(f"{RAW_HTML_MARKER}\n<p>x</p>") == ("", "<p>x</p>")


def test_split_raw_html_without_marker():
    assert split_raw_html("Just text.\n") == ("Just text.\n", "")
