"""Files the build generates from the catalogue: listing pages, JSON data and feeds.

Each generator is a function `(catalogue, site) -> list[GeneratedFile]`. It never imports MkDocs,
so tests can call it directly; the plugin adds what it returns to the build. Generated pages exist
only in the build, never in content/.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from ..catalogue import Catalogue


@dataclass(frozen=True)
class Site:
    """Settings of the site being built that generators need."""

    site_url: str = ""
    repo_url: str = ""
    edit_uri: str = ""
    use_directory_urls: bool = True
    site_name: str = ""
    today: datetime.date = field(default_factory=datetime.date.today)
    """The build date, which review statuses are worked out from."""


@dataclass(frozen=True)
class GeneratedFile:
    """One file to add to the build, at `src_uri` as if it were in content/.

    A `.md` file is rendered like any page; any other file is copied to the site as it is.
    """

    src_uri: str
    content: str | bytes


# A generated page may end with this line and raw HTML after it. The plugin passes that HTML
# through unchanged after the Markdown is rendered, because Markdown's raw-HTML parser is slow
# on long listings and has nothing to do with them.
RAW_HTML_MARKER = "<!-- inclusion:raw-html -->"


def split_raw_html(markdown: str) -> tuple[str, str]:
    """Split a page's Markdown into the part to render and the raw HTML to append after it."""
    # MkDocs strips the blank lines after the front matter, so the marker may open the text.
    rendered, marker, html = ("\n" + markdown).partition(f"\n{RAW_HTML_MARKER}\n")
    return (rendered[1:], html) if marker else (markdown, "")


Generator = Callable[[Catalogue, Site], list[GeneratedFile]]


def generate_all(catalogue: Catalogue, site: Site) -> list[GeneratedFile]:
    """Run every generator and return all the files they make."""
    files: list[GeneratedFile] = []
    for generator in GENERATORS:
        files.extend(generator(catalogue, site))
    return files


# Generator modules import GeneratedFile and Site from this module, so they come after them.
from .audit import generate_audit  # noqa: E402
from .audit_analysis import generate_audit_analysis  # noqa: E402
from .coverage_page import generate_coverage_page  # noqa: E402
from .directory import generate_directory  # noqa: E402
from .pages_json import generate_pages_json  # noqa: E402
from .review_dashboard import generate_review_dashboard  # noqa: E402
from .search_page import generate_search_page  # noqa: E402
from .terms import generate_term_pages  # noqa: E402
from .whats_new import generate_whats_new  # noqa: E402

# The generators run in this order; add a new one here.
GENERATORS: list[Generator] = [
    generate_directory,
    generate_term_pages,
    generate_search_page,
    generate_coverage_page,
    generate_pages_json,
    generate_whats_new,
    generate_review_dashboard,
    generate_audit,
    generate_audit_analysis,
]
