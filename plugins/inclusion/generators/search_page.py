"""The search page at search/, where the search box in every page's header leads."""

from __future__ import annotations

from html import escape

from ..catalogue import Catalogue
from . import GeneratedFile, Site
from .directory import DIRECTORY_URL
from .listing import finder, markdown_page, relative_url

SEARCH_URL = "search/"


def generate_search_page(catalogue: Catalogue, site: Site) -> list[GeneratedFile]:
    """Generate search/index.md: the search form, and a link to the directory for readers
    without JavaScript, which search needs."""
    directory = escape(relative_url(SEARCH_URL, DIRECTORY_URL))
    markdown = (
        "Search every page of this site. Filters narrow the results to resources with those tags."
    )
    html = (
        '<noscript><p class="mir-notice">Search needs JavaScript, which is turned off or '
        f'blocked in this browser. The <a href="{directory}">resource directory</a> lists '
        "every resource by topic without it.</p></noscript>"
        + finder(catalogue, SEARCH_URL, scope="site", query_label="Search this site")
    )
    return [GeneratedFile(f"{SEARCH_URL}index.md", markdown_page("Search", markdown, html))]
