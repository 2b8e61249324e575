"""One page of every kind the site has, and the steps that put it into the state to check.

The accessibility tests (axe-core, headings, labels) run over `PAGE_KINDS`. To check a new kind of
page, add a row: a name, the path from the site root, and the steps that put it into the state to
check. Each step is a function of the Playwright page, run after the path has loaded. For
example, a directory with a filter applied:

    PageKind("directory, filtered", "resources/", (lambda tab: tab.get_by_label("Autism").check(),))
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page, expect

Step = Callable[[Page], None]

AUDIT_STORAGE_KEY = "mir-send-audit"
FAILING_SET_ITEM = """
Storage.prototype.setItem = function () {
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
};
"""


@dataclass(frozen=True)
class PageKind:
    """A page of one kind, in one state: what the accessibility tests load and check."""

    name: str
    path: str
    steps: tuple[Step, ...] = ()

    def open(self, tab: Page) -> None:
        """Load the page and run its steps."""
        tab.goto(self.path)
        for step in self.steps:
            step(tab)


def audit_loaded(tab: Page) -> None:
    tab.locator(".mir-audit--started").wait_for()


def start_audit(tab: Page, date: str = "2026-12-04") -> None:
    """Start a round through the form, opening "Start another audit" when rounds exist."""
    form = tab.locator("form.mir-audit-new")
    if not form.is_visible():
        tab.locator(".mir-audit-new-wrap summary").click()
    form.get_by_label("School or setting name").fill("Hillside Primary")
    form.get_by_label("Date").fill(date)
    form.get_by_label("Completed by").fill("Sam Lee, SENCO")
    form.get_by_role("button", name="Start audit").click()
    tab.locator(".mir-audit__rate").wait_for()


def statement(tab: Page, statement_id: str):
    return tab.locator(f'article[data-statement="{statement_id}"]')


def rate_some(tab: Page, ratings=("Not started", "Emerging", "Developing", "Secure")) -> None:
    """Rate one statement in each of the first focus areas, so every rating appears."""
    for statement_id, rating in zip(
        ("teaching-01", "identification-01", "environment-01", "pastoral-01"), ratings, strict=True
    ):
        statement(tab, statement_id).get_by_label(rating, exact=True).check()
    statement(tab, "teaching-01").get_by_label("Evidence notes").fill("Lesson visits in October.")


def add_goal(tab: Page) -> None:
    card = statement(tab, "teaching-01")
    card.get_by_label("Action").fill("Train staff in pre-teaching")
    card.get_by_label("Who leads it").fill("Sam Lee")
    card.get_by_label("Review date").fill("2027-03-01")
    tab.locator(".mir-audit-goals-table").wait_for()


def start_second_round(tab: Page) -> None:
    start_audit(tab, date="2027-06-30")
    rate_some(tab, ratings=("Emerging", "Developing", "Secure", "Secure"))
    tab.locator(".mir-audit-compare-statements").wait_for()


def go_to_summary(tab: Page) -> None:
    tab.get_by_role("link", name="Summary", exact=True).click()


def fail_storage_writes(tab: Page) -> None:
    tab.add_init_script(FAILING_SET_ITEM)
    tab.reload()
    audit_loaded(tab)


def reject_import(tab: Page) -> None:
    tab.locator('input[data-control="import"]').set_input_files(
        files=[{"name": "notes.json", "mimeType": "application/json", "buffer": b'{"name": 1}'}]
    )
    tab.locator(".mir-audit__message--error").wait_for()


def store_unreadable_data(tab: Page) -> None:
    tab.evaluate(f"localStorage.setItem({json.dumps(AUDIT_STORAGE_KEY)}, '{{\"rounds\": [')")
    tab.reload()
    tab.locator(".mir-audit__problem:not([hidden])").wait_for()


def fail_statements_download(tab: Page) -> None:
    tab.route("**/audit/statements.json", lambda route: route.fulfill(status=503, body=""))
    tab.reload()
    tab.locator(".mir-audit__problem").wait_for()


def serve_from_site_path(tab: Page) -> None:
    """Load the 404 page's assets, whose links start with site_url's path, from the local root."""
    prefix = "/mainstream-inclusion-resources/"
    tab.route(
        f"**{prefix}**",
        lambda route: route.continue_(url=route.request.url.replace(prefix, "/", 1)),
    )
    tab.reload()


def open_menu_on_narrow_screen(tab: Page) -> None:
    tab.set_viewport_size({"width": 375, "height": 700})
    tab.locator('.md-header label[for="__drawer"]').click()
    tab.locator(".md-sidebar--primary a[href]").first.wait_for()


def finder_results_shown(tab: Page) -> None:
    expect(tab.locator(".mir-finder__status")).to_have_text(re.compile(r"found"))


EXPORTS = Path(__file__).parent / "fixtures" / "audit-exports"


def open_exports(tab: Page) -> None:
    """Open a real export and a broken file, so results and the skipped list both show."""
    tab.locator(".mir-analysis--started").wait_for()
    tab.locator('input[data-control="files"]').set_input_files(
        files=[
            {
                "name": "brook-lane.json",
                "mimeType": "application/json",
                "buffer": (EXPORTS / "brook-lane-2025-12-01-v1.json").read_bytes(),
            },
            {"name": "broken.json", "mimeType": "application/json", "buffer": b'{"rounds": ['},
        ]
    )
    tab.locator(".mir-analysis__results:not([hidden])").wait_for()


PAGE_KINDS: list[PageKind] = [
    PageKind("home", ""),
    PageKind("resource", "resources/visual-timetables/"),
    PageKind("audit statement", "audit/statements/teaching-01/"),
    PageKind("plain page", "about/"),
    PageKind("contributors' guide", "contribute/"),
    PageKind("what's new", "whats-new/"),
    PageKind("review dashboard", "reviews/"),
    PageKind("not found", "404.html", (serve_from_site_path,)),
    PageKind(
        "menu open, narrow screen", "resources/visual-timetables/", (open_menu_on_narrow_screen,)
    ),
    PageKind("audit, empty", "audit/", (audit_loaded,)),
    PageKind("audit, rated", "audit/", (audit_loaded, start_audit, rate_some)),
    PageKind("audit, summary", "audit/", (audit_loaded, start_audit, rate_some, go_to_summary)),
    PageKind("audit, goals", "audit/", (audit_loaded, start_audit, rate_some, add_goal)),
    PageKind(
        "audit, two rounds compared",
        "audit/",
        (audit_loaded, start_audit, rate_some, start_second_round),
    ),
    PageKind("audit, not saved", "audit/", (fail_storage_writes, start_audit, rate_some)),
    PageKind("audit, import rejected", "audit/", (audit_loaded, reject_import)),
    PageKind("audit, unreadable saved data", "audit/", (audit_loaded, store_unreadable_data)),
    PageKind("audit, statements not loaded", "audit/", (fail_statements_download,)),
    PageKind(
        "directory, filters applied",
        "resources/?areas-of-need=universal&phases=primary",
        (finder_results_shown,),
    ),
    PageKind("directory, no JavaScript needed", "resources/"),
    PageKind("term page", "areas-of-need/universal/"),
    PageKind("audience page", "audiences/parent-carers/"),
    PageKind("search, results open", "search/?q=ASC", (finder_results_shown,)),
    PageKind("coverage", "coverage/"),
    PageKind("analysis, empty", "audit/analysis/"),
    PageKind("analysis, files open", "audit/analysis/", (open_exports,)),
]
