"""Fixtures: the real schema and throwaway content repos."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from inclusion.schema import Schema, load_schema

from .audit_fixtures import audit_pages
from .browser import CHROMIUM_ARGS, RequestLog, require_chromium, serve_directory
from .helpers import MKDOCS_YML, ROOT, run_command, write_content_repo


@pytest.fixture(scope="session")
def schema() -> Schema:
    return load_schema(ROOT / "schema")


@pytest.fixture
def content_repo(tmp_path: Path):
    """Return a function that writes a small content repo that uses the real schema."""

    def make(pages: dict[str, str | bytes], mkdocs_yml: str = MKDOCS_YML) -> Path:
        shutil.copytree(ROOT / "schema", tmp_path / "schema")
        (tmp_path / "mkdocs.yml").write_text(mkdocs_yml, encoding="utf-8")
        all_pages = {"index.md": "---\ntitle: Home\n---\n\nHello.\n", **pages}
        for src_uri, text in all_pages.items():
            path = tmp_path / "content" / src_uri
            path.parent.mkdir(parents=True, exist_ok=True)
            data = text.encode("utf-8") if isinstance(text, str) else text
            path.write_bytes(data)
        return tmp_path

    return make


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """Build this repository's own content once per test session and return the site folder."""
    site_dir = tmp_path_factory.mktemp("site")
    result = run_command(["mkdocs", "build", "--strict", "--site-dir", str(site_dir)], ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir


@pytest.fixture(scope="session")
def site_url(built_site) -> Iterator[str]:
    """Serve the built site on loopback and return its base URL."""
    with serve_directory(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """A headless Debian Chromium driven by Playwright."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, site_url):
    """A fresh browser page whose requests are logged; the test fails on any external request."""
    context = browser.new_context(base_url=site_url)
    tab = context.new_page()
    log = RequestLog(site_url)
    tab.on("request", log.record)
    tab.request_log = log
    yield tab
    context.close()
    assert log.external == [], f"requests to other hosts: {log.external}"


@pytest.fixture(scope="session")
def audit_url(tmp_path_factory) -> Iterator[str]:
    """Build a site from the fixture audit statements, serve it on loopback and return its URL."""
    repo = write_content_repo(tmp_path_factory.mktemp("audit-repo"), audit_pages())
    result = run_command(["mkdocs", "build", "--strict"], repo)
    assert result.returncode == 0, result.stderr
    with serve_directory(repo / "build") as url:
        yield url
