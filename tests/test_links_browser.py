"""The real site in Chromium: the "Help us improve this page" links, without following them."""

from urllib.parse import parse_qs, urlsplit

import pytest

pytestmark = pytest.mark.browser

REPO = "https://github.com/mainstream-inclusion/mainstream-inclusion-resources"
SITE = "https://mainstream-inclusion.github.io/mainstream-inclusion-resources/"


def test_contribute_page_links_to_own_source(page):
    page.goto("contribute/")
    box = page.locator("aside.mir-page-actions")
    assert box.is_visible()
    suggest = box.get_by_role("link", name="Suggest a change")
    assert suggest.get_attribute("href") == f"{REPO}/edit/main/content/contribute.md"


def test_report_link_prefills_page(page):
    page.goto("about/")
    report = page.get_by_role("link", name="Report a problem with this page")
    query = parse_qs(urlsplit(report.get_attribute("href")).query)
    assert query["title"] == ["Problem with page: About this site"]
    assert query["page-address"] == [f"{SITE}about/"]


def test_links_reachable_by_keyboard(page):
    page.goto("help/")
    report = page.get_by_role("link", name="Report a problem with this page")
    report.focus()
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Report a problem with this page"
