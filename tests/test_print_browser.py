"""Printing a resource: no navigation or buttons, and outside links shown as addresses."""

import pytest

pytestmark = pytest.mark.browser


def test_print_hides_navigation_and_shows_addresses(page):
    page.goto("resources/visual-timetables/")
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-content__button"):
        assert page.locator(selector).first.is_hidden(), selector
    link = page.locator(".md-typeset a[href^='https://']").first
    after = link.evaluate("element => getComputedStyle(element, '::after').content")
    assert "https://" in after


def test_screen_shows_navigation(page):
    page.goto("resources/visual-timetables/")
    assert page.locator(".md-header").is_visible()


def test_print_pdf_renders(page, tmp_path):
    page.goto("resources/visual-timetables/")
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 10_000
