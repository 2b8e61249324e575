"""Finding resources in headless Chromium: directory filters, search, synonyms and term pages."""

import re

import pytest
from playwright.sync_api import expect

from .browser import RequestLog, serve_directory
from .helpers import resource_text, run_command, write_content_repo

pytestmark = pytest.mark.browser

RESOURCES = {
    "visual-timetables": {},
    "calm-corner": {
        "title": "title: A calm corner",
        "summary": "summary: A quiet place to settle strong feelings.",
        "type": "type: guide",
        "areas_of_need": "areas_of_need: [social-emotional-and-mental-health]",
        "tags": "tags: [anxiety]",
        "phases": "phases: [secondary]",
        "audiences": "audiences: [teachers, parent-carers]",
    },
    "feelings-check-in": {
        "title": "title: Feelings check-in",
        "summary": "summary: A short start to the day that helps every pupil name how they feel.",
        "areas_of_need": "areas_of_need: [universal, social-emotional-and-mental-health]",
        "tags": None,
        "phases": "phases: [primary]",
    },
    "hearing-support": {
        "title": "title: Hearing support service",
        "summary": "summary: Specialist teachers of deaf children visit schools.",
        "type": "type: external-service",
        "areas_of_need": "areas_of_need: [sensory-and-physical]",
        "tags": "tags: [hearing]",
        "phases": "phases: [primary, secondary]",
        "audiences": "audiences: [parent-carers]",
        "owner": "owner: sensory-support-team",
    },
}


@pytest.fixture(scope="module")
def finder_site(tmp_path_factory):
    """Build a content repo of four resources and return its site folder."""
    pages = {
        f"resources/{page_id}.md": resource_text(page_id=page_id, **fields)
        for page_id, fields in RESOURCES.items()
    }
    root = write_content_repo(tmp_path_factory.mktemp("finder"), pages)
    result = run_command(["mkdocs", "build", "--strict"], root)
    assert result.returncode == 0, result.stderr
    return root / "build"


@pytest.fixture(scope="module")
def finder_url(finder_site):
    """Serve the fixture site on loopback and return its URL."""
    with serve_directory(finder_site) as url:
        yield url


@pytest.fixture
def tab(browser, finder_url):
    """A browser page on the fixture site; the test fails on any request to another host."""
    context = browser.new_context(base_url=finder_url)
    page = context.new_page()
    log = RequestLog(finder_url)
    page.on("request", log.record)
    yield page
    context.close()
    assert log.external == [], f"requests to other hosts: {log.external}"


def result_titles(tab, *, in_order=False):
    status = tab.locator(".mir-finder__status")
    expect(status).to_have_text(re.compile(r"found"))
    titles = tab.locator("[data-finder-results] .mir-listing__title a").all_inner_texts()
    return titles if in_order else sorted(titles)


def test_directory_lists_all_without_filters(tab):
    tab.goto("resources/")
    items = tab.locator("[data-finder-static] .mir-listing__title a")
    expect(items).to_have_count(4)
    expect(tab.locator("[data-finder-results]")).to_be_hidden()


def test_directory_filters_combine_and_reload(tab):
    tab.goto("resources/")
    tab.get_by_role("checkbox", name="Feelings, behaviour and wellbeing").check()
    assert result_titles(tab, in_order=True) == ["A calm corner", "Feelings check-in"]
    tab.get_by_role("checkbox", name="Primary").check()
    expect(tab.locator(".mir-finder__status")).to_have_text("1 resource found.")
    assert result_titles(tab) == ["Feelings check-in"]
    assert "areas-of-need=social-emotional-and-mental-health" in tab.url
    assert "phases=primary" in tab.url

    tab.reload()
    expect(tab.get_by_role("checkbox", name="Primary")).to_be_checked()
    assert result_titles(tab) == ["Feelings check-in"]
    expect(tab.locator("[data-finder-static]")).to_be_hidden()


def test_directory_filter_by_keyboard(tab):
    tab.goto("resources/")
    tab.get_by_role("checkbox", name="Parent carers").focus()
    tab.keyboard.press("Space")
    assert result_titles(tab) == ["A calm corner", "Hearing support service"]


def test_directory_terms_in_one_vocabulary_widen(tab):
    tab.goto("resources/?phases=secondary&resource-types=guide&resource-types=external-service")
    assert result_titles(tab, in_order=True) == ["A calm corner", "Hearing support service"]


def test_search_finds_synonym(tab):
    tab.goto("search/?q=ASC")
    assert result_titles(tab) == ["Visual timetables"]


def test_search_semh_finds_wellbeing(tab):
    tab.goto("search/?q=SEMH")
    assert result_titles(tab) == ["A calm corner", "Feelings check-in"]


def test_search_filter_excludes(tab):
    tab.goto("search/?q=SEMH&phases=secondary")
    assert result_titles(tab) == ["A calm corner"]


def test_search_filters_without_words(tab):
    tab.goto("search/?phases=secondary")
    assert result_titles(tab, in_order=True) == ["A calm corner", "Hearing support service"]


def test_header_search_by_keyboard(tab):
    tab.goto("resources/visual-timetables/")
    tab.get_by_role("searchbox", name="Search this site").first.fill("deaf")
    tab.keyboard.press("Enter")
    tab.wait_for_url(re.compile(r"/search/\?q=deaf$"))
    assert result_titles(tab) == ["Hearing support service"]


def test_search_shows_summary(tab):
    tab.goto("search/?q=autistic")
    expect(tab.locator("[data-finder-results] .mir-listing__summary")).to_have_text(
        "Pictures that show the day help pupils who find change hard."
    )


def test_chip_leads_to_term_page(tab):
    tab.goto("resources/visual-timetables/")
    tab.locator(".mir-chips").get_by_role("link", name="Autism").click()
    tab.wait_for_url(re.compile(r"/needs/autism/$"))
    expect(tab.locator("h1")).to_have_text("Autism")
    expect(tab.locator(".mir-listing__title a")).to_have_text(["Visual timetables"])


def visit_every_page(tab, site_dir):
    """Open every HTML page of a built site, each until its load event."""
    urls = [path.relative_to(site_dir).as_posix() for path in sorted(site_dir.rglob("*.html"))]
    for url in urls:
        tab.goto(url, wait_until="load")
    return urls


def test_fixture_site_requests_local_only(tab, finder_site):
    urls = visit_every_page(tab, finder_site)
    assert "resources/index.html" in urls
    assert "search/index.html" in urls


def test_real_site_requests_local_only(page, built_site):
    urls = visit_every_page(page, built_site)
    assert "index.html" in urls
    assert "audiences/parent-carers/index.html" in urls


def test_show_more_hidden_until_needed(page):
    page.goto("resources/")
    button = page.get_by_role("button", name="Show more results")
    assert button.count() == 0 or not button.first.is_visible()
