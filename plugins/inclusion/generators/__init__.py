"""Files the build generates from the catalogue: listing pages, JSON data and feeds.

Each generator is a function `(catalogue, site) -> list[GeneratedFile]`. It never imports MkDocs,
so tests can call it directly; the plugin adds what it returns to the build. Generated pages exist
only in the build, never in content/.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..catalogue import Catalogue


@dataclass(frozen=True)
class Site:
    """Settings of the site being built that generators need."""

    site_url: str = ""
    repo_url: str = ""
    edit_uri: str = ""
    use_directory_urls: bool = True


@dataclass(frozen=True)
class GeneratedFile:
    """One file to add to the build, at `src_uri` as if it were in content/.

    A `.md` file is rendered like any page; any other file is copied to the site as it is.
    """

    src_uri: str
    content: str | bytes


Generator = Callable[[Catalogue, Site], list[GeneratedFile]]


def _registered() -> list[Generator]:
    # Imported here because each generator module imports GeneratedFile and Site from this one.
    from .directory import generate_directory
    from .search_page import generate_search_page
    from .terms import generate_term_pages

    return [generate_directory, generate_term_pages, generate_search_page]


# The generators run in this order; add a new one here.
GENERATORS: list[Generator] = _registered()


def generate_all(catalogue: Catalogue, site: Site) -> list[GeneratedFile]:
    """Run every generator and return all the files they make."""
    files: list[GeneratedFile] = []
    for generator in GENERATORS:
        files.extend(generator(catalogue, site))
    return files
