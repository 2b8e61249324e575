"""The resource directory at resources/: every published resource, with filters and search.

Without JavaScript the directory lists every resource over numbered static pages and links to the
term pages. With it, the `finder` script narrows the list by filters kept in the URL.
"""

from __future__ import annotations

from html import escape

from ..catalogue import Catalogue
from . import GeneratedFile, Site
from .listing import (
    TERM_VOCABULARIES,
    finder,
    markdown_page,
    page_links,
    page_number_url,
    paginate,
    relative_url,
    resource_list,
    term_url,
)

DIRECTORY_URL = "resources/"
TITLE = "Find a resource"


def generate_directory(catalogue: Catalogue, site: Site) -> list[GeneratedFile]:
    """Generate resources/index.md and a numbered page for each further 100 resources."""
    resources = sorted(catalogue.published_resources, key=lambda r: r.title.casefold())
    pages = paginate(resources)
    files = []
    for number, chunk in enumerate(pages, start=1):
        url = page_number_url(DIRECTORY_URL, number)
        markdown, html = _intro(catalogue, url) if number == 1 else ("", "")
        html += (
            f'<section class="mir-all" data-finder-static aria-labelledby="all-resources">'
            f'<h2 id="all-resources">All resources ({len(resources)})</h2>'
            + resource_list(chunk, catalogue, url)
            + page_links(DIRECTORY_URL, number, len(pages))
            + "</section>"
        )
        title = TITLE if number == 1 else f"{TITLE}: page {number} of {len(pages)}"
        files.append(GeneratedFile(f"{url}index.md", markdown_page(title, markdown, html)))
    return files


def _intro(catalogue: Catalogue, url: str) -> tuple[str, str]:
    markdown = (
        "Every resource on this site, in alphabetical order. Choose filters to narrow the "
        "list, or open a topic below to see everything on it."
    )
    html = finder(
        catalogue, url, scope="resources", query_label="Words to look for (optional)"
    ) + browse_links(catalogue, url)
    return markdown, html


def browse_links(catalogue: Catalogue, page_url: str) -> str:
    """Return a list of links to every term page, grouped by vocabulary."""
    groups = []
    for vocabulary in TERM_VOCABULARIES:
        terms = catalogue.schema.vocabularies[vocabulary]
        links = "".join(
            f'<li><a href="{escape(relative_url(page_url, term_url(vocabulary, term.id)))}">'
            f"{escape(term.label)}</a></li>"
            for term in terms.terms
        )
        groups.append(
            f'<div class="mir-browse__group"><h3>{escape(terms.label)}</h3>'
            f'<ul class="mir-browse__terms">{links}</ul></div>'
        )
    return (
        '<nav class="mir-browse" aria-labelledby="browse-by-topic">'
        '<h2 id="browse-by-topic">Browse by topic</h2>' + "".join(groups) + "</nav>"
    )
