"""The generated resource directory, term pages and search page, without MkDocs."""

import re

from inclusion.generators import Site, generate_all
from inclusion.generators.directory import generate_directory
from inclusion.generators.listing import PAGE_SIZE
from inclusion.generators.terms import generate_term_pages

from .helpers import resource_text, run_check


def catalogue_of(schema, pages):
    result = run_check(pages, schema)
    assert result.errors == []
    return result.catalogue


def many_resources(count):
    return {
        f"resources/r{number:04d}.md": resource_text(
            page_id=f"r{number:04d}", title=f"title: Resource {number:04d}"
        )
        for number in range(count)
    }


def files_by_uri(files):
    return {file.src_uri: file.content for file in files}


def test_directory_lists_published_only(schema):
    pages = {
        "resources/visual-timetables.md": resource_text(),
        "resources/draft-one.md": resource_text(
            page_id="draft-one", title="title: Draft one", status="status: draft"
        ),
    }
    files = files_by_uri(generate_directory(catalogue_of(schema, pages), Site()))
    html = files["resources/index.md"]
    assert '<a href="visual-timetables/">Visual timetables</a>' in html
    assert "Draft one" not in html
    assert "All resources (1)" in html


def test_directory_shows_plain_tag_labels(schema):
    files = files_by_uri(
        generate_directory(
            catalogue_of(schema, {"resources/visual-timetables.md": resource_text()}), Site()
        )
    )
    assert (
        "Classroom strategy, Universal, Talking, listening and understanding, Autism, Primary, "
        "Teachers and teaching assistants, Classroom and school environment</p>"
    ) in files["resources/index.md"]


def test_directory_splits_into_pages(schema):
    catalogue = catalogue_of(schema, many_resources(PAGE_SIZE + 1))
    files = files_by_uri(generate_directory(catalogue, Site()))
    assert sorted(files) == ["resources/index.md", "resources/page-2/index.md"]
    assert files["resources/index.md"].count('class="mir-listing__item"') == PAGE_SIZE
    assert files["resources/page-2/index.md"].count('class="mir-listing__item"') == 1
    assert '<a href="../r0100/">Resource 0100</a>' in files["resources/page-2/index.md"]


def test_directory_escapes_titles(schema):
    text = resource_text(title='title: "Tom & Jerry"')
    files = files_by_uri(
        generate_directory(catalogue_of(schema, {"resources/visual-timetables.md": text}), Site())
    )
    assert "Tom &amp; Jerry</a>" in files["resources/index.md"]


def test_directory_form_offers_every_filter_term(schema):
    files = files_by_uri(generate_directory(catalogue_of(schema, {}), Site()))
    names = re.findall(r'name="([a-z-]+)" value="([a-z0-9-]+)"', files["resources/index.md"])
    for vocabulary in ("areas-of-need", "phases", "audiences", "focus-areas", "resource-types"):
        expected = [(vocabulary, term_id) for term_id in schema.vocabularies[vocabulary].ids]
        assert [pair for pair in names if pair[0] == vocabulary] == expected


def test_directory_links_every_term_page(schema):
    html = files_by_uri(generate_directory(catalogue_of(schema, {}), Site()))["resources/index.md"]
    assert '<a href="../needs/autism/">Autism</a>' in html
    assert '<a href="../audiences/parent-carers/">Parent carers</a>' in html


def test_term_page_lists_tagged_resources(schema):
    pages = {
        "resources/visual-timetables.md": resource_text(),
        "resources/calm-corner.md": resource_text(
            page_id="calm-corner", title="title: Calm corner", tags="tags: [anxiety]"
        ),
    }
    files = files_by_uri(generate_term_pages(catalogue_of(schema, pages), Site()))
    autism = files["needs/autism/index.md"]
    assert '<a href="../../resources/visual-timetables/">Visual timetables</a>' in autism
    assert "Calm corner" not in autism
    assert "Resources on this topic (1)" in autism


def test_term_page_has_description_and_area(schema):
    files = files_by_uri(generate_term_pages(catalogue_of(schema, {}), Site()))
    autism = files["needs/autism/index.md"]
    assert schema.vocabularies["needs"].get("autism").description in autism
    assert "Also called: Autism spectrum condition." in autism
    assert 'Part of <a href="../../areas-of-need/communication-and-interaction/">' in autism


def test_term_page_links_filtered_directory(schema):
    files = files_by_uri(generate_term_pages(catalogue_of(schema, {}), Site()))
    assert '<a href="../../resources/?phases=early-years">' in files["phases/early-years/index.md"]


def test_term_page_for_every_term(schema):
    files = files_by_uri(generate_term_pages(catalogue_of(schema, {}), Site()))
    for name in ("areas-of-need", "needs", "phases", "audiences", "focus-areas", "resource-types"):
        assert f"{name}/index.md" in files
        for term_id in schema.vocabularies[name].ids:
            assert f"{name}/{term_id}/index.md" in files


def test_audience_page_opens_with_introduction(schema):
    files = files_by_uri(generate_term_pages(catalogue_of(schema, {}), Site()))
    introduction = schema.vocabularies["audiences"].get("parent-carers").introduction
    assert introduction
    assert (
        f'<p class="mir-term__introduction">{introduction}</p>'
        in files["audiences/parent-carers/index.md"]
    )


def test_every_audience_has_introduction(schema):
    for term in schema.vocabularies["audiences"].terms:
        assert term.introduction, term.id


# Tool pages are what a reader searches for; listing pages only repeat resources' own text.
SEARCHABLE_GENERATED_PAGES = {"audit/index.md", "audit/analysis/index.md"}


def test_generated_listings_excluded_from_search(schema):
    for file in generate_all(catalogue_of(schema, {}), Site()):
        if not file.src_uri.endswith(".md") or file.src_uri in SEARCHABLE_GENERATED_PAGES:
            continue
        assert "search:\n  exclude: true\n" in file.content, file.src_uri


def test_generated_tool_pages_searchable(schema):
    files = {f.src_uri: f.content for f in generate_all(catalogue_of(schema, {}), Site())}
    for src_uri in SEARCHABLE_GENERATED_PAGES:
        assert "exclude: true" not in files[src_uri], src_uri
