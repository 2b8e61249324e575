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
from .pages_json import generate_pages_json  # noqa: E402
from .review_dashboard import generate_review_dashboard  # noqa: E402
from .whats_new import generate_whats_new  # noqa: E402

# The generators run in this order; add a new one here.
GENERATORS: list[Generator] = [
    generate_pages_json,
    generate_whats_new,
    generate_review_dashboard,
    generate_audit,
    generate_audit_analysis,
]
