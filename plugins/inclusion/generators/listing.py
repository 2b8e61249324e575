"""HTML fragments shared by the generated listing pages: resource lists, page links, filters.

Generated pages are Markdown files whose listings are raw HTML blocks, so every link is written
relative to the page that contains it, as MkDocs would write it, and every value is escaped here.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Sequence
from html import escape

from ..catalogue import Catalogue, Resource
from ..views import RESOURCE_FACETS
from . import RAW_HTML_MARKER
from .markdown import escape_text

# Resources listed on one static page of a listing. At about 400 bytes each, 100 keep a page
# well under 150 KB of HTML however many resources there are.
PAGE_SIZE = 100

# Field and vocabulary of each filter readers can combine in the directory and in search.
FILTER_FACETS = (
    ("areas_of_need", "areas-of-need"),
    ("phases", "phases"),
    ("audiences", "audiences"),
    ("focus_areas", "focus-areas"),
    ("type", "resource-types"),
)

# Every vocabulary whose terms tag resources, so each of its terms gets a page.
TERM_VOCABULARIES = (*(vocabulary for _, vocabulary, _ in RESOURCE_FACETS), "resource-types")


def relative_url(from_url: str, to_url: str) -> str:
    """Return `to_url` relative to the page at `from_url`; both are relative to the site root."""
    base = from_url if from_url.endswith("/") else posixpath.dirname(from_url) + "/"
    relative = posixpath.relpath(to_url or ".", base.rstrip("/") or ".")
    if to_url == "" or to_url.endswith("/"):
        relative = relative.rstrip("/") + "/"
    return relative


def term_url(vocabulary: str, term_id: str) -> str:
    """Return the site-root-relative URL of a term page, such as `areas-of-need/universal/`."""
    return f"{vocabulary}/{term_id}/"


def page_number_url(base_url: str, number: int) -> str:
    """Return the URL of page `number` of a listing whose first page is at `base_url`."""
    return base_url if number == 1 else f"{base_url}page-{number}/"


def markdown_page(title: str, markdown: str = "", html: str = "") -> str:
    """Return a generated page, left out of search: front matter with its title, a Markdown
    body, then raw HTML that the plugin appends to the rendered body unchanged."""
    # JSON strings are valid YAML, so any title survives MkDocs' own front-matter parser.
    front_matter = f"title: {json.dumps(title)}\nsearch:\n  exclude: true\n"
    if not markdown.startswith("# "):
        # A Markdown heading puts the title in the table of contents, which Material's skip
        # link points to; a heading inside the raw HTML would not.
        markdown = f"# {escape_text(title)}\n\n{markdown}"
    page = f"---\n{front_matter}---\n\n{markdown}\n"
    return page + f"\n{RAW_HTML_MARKER}\n{html}\n" if html else page


def tag_labels(resource: Resource, catalogue: Catalogue) -> list[str]:
    """Return the labels of every tag on a resource, in the order its page shows them."""
    schema = catalogue.schema
    labels = [schema.term_label("resource-types", resource.type)]
    for field, vocabulary, _ in RESOURCE_FACETS:
        labels += [schema.term_label(vocabulary, term) for term in getattr(resource, field)]
    return labels


def resource_list(resources: Sequence[Resource], catalogue: Catalogue, page_url: str) -> str:
    """Return a list of resources (title, summary and plain tag labels) as one HTML block."""
    items = []
    for resource in resources:
        href = escape(relative_url(page_url, resource.url))
        labels = escape(", ".join(tag_labels(resource, catalogue)))
        items.append(
            '<li class="mir-listing__item">'
            f'<h3 class="mir-listing__title"><a href="{href}">{escape(resource.title)}</a></h3>'
            f'<p class="mir-listing__summary">{escape(resource.summary)}</p>'
            f'<p class="mir-listing__tags"><span class="mir-visually-hidden">Tags: </span>'
            f"{labels}</p></li>"
        )
    return '<ul class="mir-listing">' + "".join(items) + "</ul>"


def page_links(base_url: str, number: int, count: int) -> str:
    """Return previous and next links between the static pages of a listing, or ''."""
    if count <= 1:
        return ""
    page_url = page_number_url(base_url, number)
    links = []
    if number > 1:
        href = escape(relative_url(page_url, page_number_url(base_url, number - 1)))
        links.append(f'<a href="{href}" rel="prev">Previous page</a>')
    links.append(f'<span aria-current="page">Page {number} of {count}</span>')
    if number < count:
        href = escape(relative_url(page_url, page_number_url(base_url, number + 1)))
        links.append(f'<a href="{href}" rel="next">Next page</a>')
    return (
        '<nav class="mir-page-links" aria-label="Pages of this list">' + " ".join(links) + "</nav>"
    )


def paginate(items: Sequence, size: int = PAGE_SIZE) -> list[Sequence]:
    """Split items into pages of `size`; an empty sequence gives one empty page."""
    return [items[start : start + size] for start in range(0, len(items), size)] or [items[:0]]


def filter_fieldsets(catalogue: Catalogue, field_prefix: str) -> str:
    """Return a fieldset of checkboxes for each filter vocabulary, one checkbox per term.

    Each checkbox is named after its vocabulary and valued with the term id, so a submitted
    form gives the same query string that the finder script writes into the URL.
    """
    fieldsets = []
    for _, vocabulary in FILTER_FACETS:
        terms = catalogue.schema.vocabularies[vocabulary]
        boxes = []
        for term in terms.terms:
            box_id = f"{field_prefix}-{vocabulary}-{term.id}"
            boxes.append(
                f'<div class="mir-filter"><input type="checkbox" id="{box_id}" '
                f'name="{vocabulary}" value="{escape(term.id)}">'
                f'<label for="{box_id}">{escape(term.label)}</label></div>'
            )
        fieldsets.append(
            f'<fieldset class="mir-filters__group" data-vocabulary="{vocabulary}">'
            f"<legend>{escape(terms.label)}</legend>" + "".join(boxes) + "</fieldset>"
        )
    return "".join(fieldsets)


def finder(catalogue: Catalogue, page_url: str, *, scope: str, query_label: str) -> str:
    """Return the search and filter form that the `finder` script runs, hidden until it starts.

    Args:
        catalogue: Gives the filter vocabularies.
        page_url: URL of the page that contains the form, for the link to the search bundle.
        scope: `resources` to search resources only, or `site` to search every page.
        query_label: Label of the search box.
    """
    bundle = escape(relative_url(page_url, "pagefind/pagefind.js"))
    prefix = f"finder-{scope}"
    return (
        f'<div class="mir-finder" data-module="finder" data-scope="{scope}" '
        f'data-bundle="{bundle}" hidden>'
        f'<form class="mir-finder__form" role="search" method="get" action="./">'
        f'<div class="mir-finder__query"><label for="{prefix}-q">{escape(query_label)}</label>'
        f'<input type="search" id="{prefix}-q" name="q" autocomplete="off">'
        f'<button type="submit" class="md-button">Search</button></div>'
        f'<div class="mir-filters">{filter_fieldsets(catalogue, prefix)}</div>'
        f'<p><button type="reset" class="mir-finder__clear">Clear all filters</button></p>'
        "</form>"
        '<p class="mir-finder__status" role="status"></p>'
        '<ul class="mir-listing" data-finder-results hidden></ul>'
        '<p><button type="button" class="md-button" data-finder-more hidden>'
        "Show more results</button></p>"
        "</div>"
    )
