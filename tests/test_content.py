"""The real content repo: every page checks clean and every resource follows the house layout."""

import re

import pytest

from inclusion.cli import load_content_check
from inclusion.settings import load_settings

from .helpers import ROOT, TODAY

# Sections every staff or parent resource has, in the words readers see. Pages written for
# children and young people speak to them directly and may name these sections differently.
STAFF_SECTIONS = (
    "Who it helps",
    "What you might notice",
    "What to do",
    "How to tell it is working",
    "What to record",
    "Find out more",
)


@pytest.fixture(scope="module")
def result():
    return load_content_check(load_settings(ROOT / "mkdocs.yml"), TODAY)


def test_real_content_has_no_findings(result):
    assert result.findings == []


def test_real_content_has_statements_for_every_focus_area(result):
    focus_areas = result.catalogue.schema.vocabularies["focus-areas"].ids
    for focus_area in focus_areas:
        count = sum(s.focus_area == focus_area for s in result.catalogue.published_statements)
        assert count >= 4, focus_area


def test_staff_resources_have_every_section(result):
    for resource in result.catalogue.published_resources:
        if "children-and-young-people" in resource.audiences:
            continue
        headings = re.findall(r"^## (.+)$", result.pages[resource.src_uri].body, re.MULTILINE)
        for section in STAFF_SECTIONS:
            assert section in headings, f"{resource.src_uri}: missing '## {section}'"


def test_every_resource_cites_https_sources(result):
    for resource in result.catalogue.published_resources:
        assert resource.sources, resource.src_uri
        body = result.pages[resource.src_uri].body
        assert re.search(r"\]\(https://", body), f"{resource.src_uri}: no link in the body"


def test_no_resource_body_contains_html(result):
    for src_uri, page in result.pages.items():
        assert not re.search(r"<\s*(script|iframe|img|style)\b", page.body, re.I), src_uri
