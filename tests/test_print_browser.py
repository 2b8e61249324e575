"""Printing a resource or the audit summary: no navigation or buttons, outside links as addresses."""

import re

import pytest

from .page_kinds import add_goal, audit_loaded, rate_some, start_audit

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


# Screen-only parts of every page, which print.css and audit.css hide on paper.
SCREEN_ONLY = [
    ".md-header",
    ".md-sidebar--primary",
    ".md-sidebar--secondary",
    ".md-footer",
    ".mir-page-actions",
    ".mir-audit__rounds",
    ".mir-audit__rate",
    ".mir-audit__status",
    ".mir-audit-note",
]


def test_audit_summary_prints_without_controls(page):
    page.goto("audit/")
    audit_loaded(page)
    start_audit(page)
    rate_some(page)
    add_goal(page)
    page.emulate_media(media="print")
    for selector in SCREEN_ONLY:
        assert page.locator(selector).first.is_hidden(), selector
    visible_controls = page.locator(
        "button:visible, input:visible, select:visible, textarea:visible"
    )
    assert visible_controls.count() == 0
    for selector in (".mir-audit__summary", ".mir-audit__goals", ".mir-audit__report"):
        assert page.locator(selector).is_visible(), selector
    assert page.locator(".mir-audit__compare").is_hidden()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    # Summary, goals and report each start a page (audit.css), so at least three pages.
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) >= 3


def test_audit_comparison_printed_with_two_rounds(page):
    page.goto("audit/")
    audit_loaded(page)
    start_audit(page)
    rate_some(page)
    page.locator(".mir-audit-new-wrap summary").click()
    start_audit(page, date="2027-06-30")
    page.emulate_media(media="print")
    assert page.locator(".mir-audit-compare-areas").is_visible()
    assert page.locator(".mir-audit-compare__pickers").is_hidden()
