"""Every page of the built site, and its feeds and data files, load from the local server only."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

# The feeds and data files that other programs read; a browser opening one must fetch nothing else.
DATA_FILES = ["pages.json", "audit/statements.json", "whats-new/feed.xml", "whats-new/feed.json"]


def site_paths(built_site: Path) -> list[str]:
    """Return the path from the site root of every HTML page, and of each feed and data file."""
    pages = [
        path.relative_to(built_site).as_posix().removesuffix("index.html")
        for path in sorted(built_site.rglob("*.html"))
    ]
    return pages + DATA_FILES


def test_data_files_exist(built_site):
    assert [name for name in DATA_FILES if not (built_site / name).is_file()] == []


def test_every_page_loads_locally(page, built_site):
    paths = site_paths(built_site)
    assert len(paths) > 80
    external: dict[str, list[str]] = {}
    for path in paths:
        already = len(page.request_log.external)
        page.goto(path)
        found = page.request_log.external[already:]
        if found:
            external[path] = found
    assert external == {}
