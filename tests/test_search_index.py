"""Pagefind indexing after the build, and what the pages give the index."""

import re

import pytest

from inclusion.search_index import SearchIndexError, build_search_index

from .helpers import MKDOCS_YML, resource_text, run_command, write_content_repo


def test_index_of_empty_folder_fails(tmp_path):
    with pytest.raises(SearchIndexError, match="Pagefind failed with exit code 1"):
        build_search_index(tmp_path)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A small content repo built once with the whole product."""
    root = write_content_repo(
        tmp_path_factory.mktemp("repo"), {"resources/visual-timetables.md": resource_text()}
    )
    result = run_command(["mkdocs", "build", "--strict"], root)
    assert result.returncode == 0, result.stderr
    return root / "build"


def read(site, url):
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_build_writes_search_bundle(built):
    assert (built / "pagefind" / "pagefind.js").is_file()
    assert (built / "pagefind" / "pagefind-entry.json").is_file()


def test_resource_page_gives_filters(built):
    html = read(built, "resources/visual-timetables")
    assert 'data-pagefind-filter="kind[data-kind]" data-kind="resource"' in html
    assert 'data-pagefind-filter="resource-types[data-term]" data-term="strategy"' in html
    assert 'data-term="autism" data-pagefind-filter="needs[data-term]"' in html
    assert 'data-term="primary" data-pagefind-filter="phases[data-term]"' in html


def test_resource_page_gives_synonyms(built):
    html = read(built, "resources/visual-timetables")
    words = re.search(r'data-search-words="([^"]*)"', html).group(1).split(", ")
    assert "ASC" in words
    assert "autistic" in words
    assert "Autism spectrum condition" in words
    assert 'data-pagefind-index-attrs="data-kind,data-search-words"' in html


def test_resource_page_is_indexed(built):
    assert "<div data-pagefind-body>" in read(built, "resources/visual-timetables")


def test_listing_pages_not_indexed(built):
    for url in ("resources", "needs/autism", "needs", "search"):
        assert "data-pagefind-body" not in read(built, url), url


def test_listing_html_bypasses_markdown(built):
    html = read(built, "needs/autism")
    assert "inclusion:raw-html" not in html
    assert '<section aria-labelledby="tagged-resources">' in html
    assert '<a href="../../resources/visual-timetables/">Visual timetables</a>' in html


def test_chip_links_to_term_page(built):
    html = read(built, "resources/visual-timetables")
    assert '<a href="../../needs/autism/">Autism</a></li>' in html
    assert '<a href="../../resource-types/strategy/">Classroom strategy</a>' in html


def test_header_search_on_every_page(built):
    for url in ("", "resources/visual-timetables", "needs/autism"):
        html = read(built, url)
        assert 'class="mir-header-search" role="search"' in html, url
    assert 'action="../../search/"' in read(built, "needs/autism")


def test_builtin_search_not_loaded(built):
    html = read(built, "")
    assert 'data-md-component="search"' not in html
    assert not (built / "search" / "search_index.json").exists()


def test_search_option_off_skips_index(content_repo):
    yml = MKDOCS_YML.replace('today: "2026-12-04"', 'today: "2026-12-04"\n      search: false')
    repo = content_repo({}, mkdocs_yml=yml)
    result = run_command(["mkdocs", "build", "--strict"], repo)
    assert result.returncode == 0, result.stderr
    assert not (repo / "build" / "pagefind").exists()
