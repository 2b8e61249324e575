"""The out-of-date notice in Chromium, with the browser clock faked around the review date."""

from __future__ import annotations

import datetime

import pytest

from .browser import RequestLog, serve_directory
from .helpers import resource_text, run_command, write_content_repo

pytestmark = pytest.mark.browser

# Built on 4 December 2026 (the plugin's `today` in MKDOCS_YML).
PAGES = {
    "index.md": "---\ntitle: Home\n---\n\nHello.\n",
    # Next review due 14 September 2027, after the build date.
    "resources/visual-timetables.md": resource_text(),
    # Next review was due 1 November 2026, before the build date.
    "resources/clear-instructions.md": resource_text(
        page_id="clear-instructions", last_reviewed="last_reviewed: 2025-11-01"
    ),
}
CURRENT_URL = "resources/visual-timetables/"
OVERDUE_URL = "resources/clear-instructions/"
NOTICE = ".mir-review-notice"


@pytest.fixture(scope="module")
def review_site_url(tmp_path_factory):
    repo = write_content_repo(tmp_path_factory.mktemp("review-site"), PAGES)
    result = run_command(["mkdocs", "build", "--strict"], repo)
    assert result.returncode == 0, result.stderr
    with serve_directory(repo / "build") as url:
        yield url


@pytest.fixture
def open_page(browser, review_site_url):
    """Return a function that opens a page of the review site with the clock at a given time."""
    contexts = []
    logs = []

    def open_at(url: str, now: datetime.datetime | None, javascript: bool = True):
        context = browser.new_context(base_url=review_site_url, java_script_enabled=javascript)
        contexts.append(context)
        tab = context.new_page()
        if now is not None:
            tab.clock.set_fixed_time(now)
        log = RequestLog(review_site_url)
        logs.append(log)
        tab.on("request", log.record)
        tab.goto(url)
        tab.wait_for_load_state("networkidle")
        return tab

    yield open_at
    for context in contexts:
        context.close()
    for log in logs:
        assert log.external == [], f"requests to other hosts: {log.external}"


def test_notice_hidden_before_review_date(open_page):
    tab = open_page(CURRENT_URL, datetime.datetime(2027, 9, 14, 18, 0))
    assert tab.locator(NOTICE).is_hidden()


def test_notice_appears_day_after_review_date(open_page):
    tab = open_page(CURRENT_URL, datetime.datetime(2027, 9, 15, 9, 0))
    assert tab.locator(NOTICE).is_visible()
    assert tab.locator(f"{NOTICE} .admonition-title").inner_text() == (
        "This page may be out of date"
    )


def test_notice_hidden_without_javascript_until_rebuilt(open_page):
    tab = open_page(CURRENT_URL, None, javascript=False)
    assert tab.locator(NOTICE).is_hidden()


def test_build_time_notice_without_javascript(open_page):
    tab = open_page(OVERDUE_URL, None, javascript=False)
    assert tab.locator(NOTICE).is_visible()
    assert "due to be checked by 1 November 2026" in tab.locator(NOTICE).inner_text()
