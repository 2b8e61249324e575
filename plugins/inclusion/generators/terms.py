"""A page per vocabulary term, such as areas-of-need/universal/, and one per vocabulary.

A term page gives the term's plain description and lists the resources that carry it. Audience
term pages are also the entry pages for each audience, so they open with the audience's
introduction from the vocabulary.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

from ..catalogue import Catalogue, Resource
from ..schema import Term, Vocabulary
from ..views import RESOURCE_FACETS
from . import GeneratedFile, Site
from .directory import DIRECTORY_URL
from .listing import (
    FILTER_FACETS,
    TERM_VOCABULARIES,
    markdown_page,
    page_links,
    page_number_url,
    paginate,
    relative_url,
    resource_list,
    term_url,
)

# The resource field that takes its terms from each vocabulary.
VOCABULARY_FIELDS = {
    **{vocabulary: field for field, vocabulary, _ in RESOURCE_FACETS},
    "resource-types": "type",
}


def generate_term_pages(catalogue: Catalogue, site: Site) -> list[GeneratedFile]:
    """Generate a page for each vocabulary that tags resources and for each of its terms."""
    files = []
    for name in TERM_VOCABULARIES:
        vocabulary = catalogue.schema.vocabularies[name]
        tagged = {term.id: _tagged(catalogue, name, term.id) for term in vocabulary.terms}
        files.append(_vocabulary_page(vocabulary, tagged))
        for term in vocabulary.terms:
            files += _term_pages(catalogue, vocabulary, term, tagged[term.id])
    return files


def _tagged(catalogue: Catalogue, vocabulary: str, term_id: str) -> list[Resource]:
    field = VOCABULARY_FIELDS[vocabulary]
    resources = [
        resource
        for resource in catalogue.published_resources
        if term_id in _values(getattr(resource, field))
    ]
    return sorted(resources, key=lambda r: r.title.casefold())


def _values(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else value


def _vocabulary_page(vocabulary: Vocabulary, tagged: dict[str, list[Resource]]) -> GeneratedFile:
    url = f"{vocabulary.name}/"
    items = "".join(
        f'<li><a href="{escape(relative_url(url, term_url(vocabulary.name, term.id)))}">'
        f"{escape(term.label)}</a> ({_count(len(tagged[term.id]))})"
        f"<br>{escape(term.introduction or term.description)}</li>"
        for term in vocabulary.terms
    )
    page = markdown_page(
        vocabulary.label, escape(vocabulary.description), f'<ul class="mir-terms">{items}</ul>'
    )
    return GeneratedFile(f"{url}index.md", page)


def _term_pages(
    catalogue: Catalogue, vocabulary: Vocabulary, term: Term, resources: list[Resource]
) -> list[GeneratedFile]:
    base_url = term_url(vocabulary.name, term.id)
    pages = paginate(resources)
    files = []
    for number, chunk in enumerate(pages, start=1):
        url = page_number_url(base_url, number)
        html = _term_intro(catalogue, vocabulary, term, url) if number == 1 else ""
        html += (
            f'<section aria-labelledby="tagged-resources">'
            f'<h2 id="tagged-resources">Resources on this topic ({len(resources)})</h2>'
            + (resource_list(chunk, catalogue, url) if resources else "<p>None yet.</p>")
            + page_links(base_url, number, len(pages))
            + "</section>"
        )
        title = term.label if number == 1 else f"{term.label}: page {number} of {len(pages)}"
        files.append(GeneratedFile(f"{url}index.md", markdown_page(title, html=html)))
    return files


def _term_intro(catalogue: Catalogue, vocabulary: Vocabulary, term: Term, url: str) -> str:
    parts = []
    if term.introduction:
        parts.append(f'<p class="mir-term__introduction">{escape(term.introduction)}</p>')
    parts.append(f'<p class="mir-term__description">{escape(term.description)}</p>')
    if term.formal and term.formal != term.label:
        parts.append(f"<p>Also called: {escape(term.formal)}.</p>")
    if term.area_of_need:
        area_url = relative_url(url, term_url("areas-of-need", term.area_of_need))
        area = catalogue.schema.term_label("areas-of-need", term.area_of_need)
        parts.append(f'<p>Part of <a href="{escape(area_url)}">{escape(area)}</a>.</p>')
    up = relative_url(url, f"{vocabulary.name}/")
    links = [f'<a href="{escape(up)}">All {escape(vocabulary.label.lower())}</a>']
    if vocabulary.name in {name for _, name in FILTER_FACETS}:
        query = urlencode({vocabulary.name: term.id})
        directory = relative_url(url, DIRECTORY_URL)
        links.append(
            f'<a href="{escape(directory)}?{escape(query)}">Combine with other filters</a>'
        )
    parts.append('<p class="mir-term__links">' + " · ".join(links) + "</p>")
    return '<div class="mir-term">' + "".join(parts) + "</div>"


def _count(number: int) -> str:
    return f"{number} resource" if number == 1 else f"{number} resources"
