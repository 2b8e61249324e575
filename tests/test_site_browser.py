"""The real site in headless Chromium: pages load with no request to any other host."""

import pytest

pytestmark = pytest.mark.browser


def test_home_page_loads_locally(page):
    page.goto("")
    assert page.title() == "Help for including every pupil - Mainstream Inclusion Resources"
    assert page.locator("h1").first.inner_text().rstrip("¶") == "Help for including every pupil"
    assert page.locator("html").get_attribute("lang") == "en-GB"
