"""Page structure in headless Chromium: language, headings, skip link, labels and live status."""

from __future__ import annotations

import pytest

from .page_kinds import (
    PAGE_KINDS,
    PageKind,
    audit_loaded,
    fail_storage_writes,
    rate_some,
    start_audit,
)

pytestmark = pytest.mark.browser

# Headings a reader can reach, in document order, as [level, text]. Hidden ones (the audit's
# print-only report, closed <details>) are left out, because screen readers skip them too.
VISIBLE_HEADINGS = """() => [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
  .filter((heading) => heading.checkVisibility({visibilityProperty: true}))
  .map((heading) => [Number(heading.tagName[1]), heading.textContent.trim().slice(0, 60)])"""

# Form controls a reader can reach that have no text name: no <label>, aria-label or
# aria-labelledby, and for a button no text.
UNLABELLED_CONTROLS = """() => [...document.querySelectorAll("input, select, textarea, button")]
  .filter((control) => control.type !== "hidden" && control.checkVisibility())
  .filter((control) => {
    const labels = [...(control.labels ?? [])].map((label) => label.textContent.trim());
    const labelledBy = (control.getAttribute("aria-labelledby") ?? "").split(/\\s+/)
      .map((id) => document.getElementById(id)?.textContent.trim() ?? "");
    const names = [...labels, ...labelledBy, control.getAttribute("aria-label") ?? ""];
    if (control.tagName === "BUTTON") names.push(control.textContent.trim());
    return !names.some(Boolean);
  })
  .map((control) => control.outerHTML.slice(0, 120))"""

# The nearest live region around an element, or null: what a screen reader announces from.
LIVE_REGION = """(element) => {
  const region = element.closest('[role="status"], [role="alert"], [aria-live]');
  if (!region || region.getAttribute("aria-live") === "off") return null;
  return region.getAttribute("role") ?? `aria-live=${region.getAttribute("aria-live")}`;
}"""

# Visible elements that reach past the right edge of the window and that no scrolling or
# clipping box keeps inside it: content a reader would have to scroll sideways to see.
OFF_SCREEN = """() => {
  const width = document.documentElement.clientWidth;
  const keptInside = (element) => {
    for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
      if (getComputedStyle(box).overflowX !== "visible" && box.getBoundingClientRect().right <= width + 1)
        return true;
    }
    return false;
  };
  return [...document.querySelectorAll("body *")]
    .filter((element) => element.checkVisibility({opacityProperty: true, visibilityProperty: true}))
    .filter((element) => element.getBoundingClientRect().right > width + 1)
    .filter((element) => !keptInside(element))
    .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
    .slice(0, 5);
}"""

STRUCTURE_KINDS = [kind for kind in PAGE_KINDS if kind.name != "not found"]


def kind_id(kind: PageKind) -> str:
    return kind.name


def test_every_page_is_british_english(built_site):
    wrong = [
        str(path.relative_to(built_site))
        for path in sorted(built_site.rglob("*.html"))
        if '<html lang="en-GB"' not in path.read_text(encoding="utf-8")
    ]
    assert wrong == []


@pytest.mark.parametrize("kind", PAGE_KINDS, ids=kind_id)
def test_headings_in_order(page, kind):
    kind.open(page)
    headings = page.evaluate(VISIBLE_HEADINGS)
    levels = [level for level, _ in headings]
    assert levels[0] == 1, headings[:3]
    assert levels.count(1) == 1, [text for level, text in headings if level == 1]
    skipped = [
        (headings[i - 1], headings[i])
        for i in range(1, len(headings))
        if levels[i] > levels[i - 1] + 1
    ]
    assert skipped == []


@pytest.mark.parametrize("kind", PAGE_KINDS, ids=kind_id)
def test_every_control_labelled(page, kind):
    kind.open(page)
    assert page.evaluate(UNLABELLED_CONTROLS) == []


SKIP_LINK_KINDS = [kind for kind in STRUCTURE_KINDS if not kind.name.startswith(("audit,", "menu"))]


@pytest.mark.parametrize("kind", SKIP_LINK_KINDS, ids=kind_id)
def test_skip_link_moves_to_title(page, kind):
    kind.open(page)
    page.keyboard.press("Tab")
    skip = page.locator("a.md-skip")
    assert page.evaluate("document.activeElement.className").startswith("md-skip")
    assert skip.is_visible()
    target = skip.get_attribute("href")
    assert page.locator(f"h1{target}").count() == 1
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    in_content = page.evaluate(
        "document.activeElement.closest('.md-content') !== null"
        " && document.activeElement.compareDocumentPosition(document.querySelector('h1'))"
        " & Node.DOCUMENT_POSITION_PRECEDING"
    )
    assert in_content, page.evaluate("document.activeElement.outerHTML.slice(0, 120)")


def test_saved_status_announced(page):
    page.goto("audit/")
    audit_loaded(page)
    start_audit(page)
    rate_some(page)
    saved = page.get_by_text("Saved in this browser at")
    assert saved.evaluate(LIVE_REGION) == "status"


def test_not_saved_status_announced(page):
    page.goto("audit/")
    fail_storage_writes(page)
    start_audit(page)
    rate_some(page)
    not_saved = page.locator(".mir-audit__status")
    assert not_saved.inner_text().startswith("Not saved:")
    assert not_saved.evaluate(LIVE_REGION) == "status"


def test_rejected_import_announced(page):
    page.goto("audit/")
    audit_loaded(page)
    page.locator('input[data-control="import"]').set_input_files(
        files=[{"name": "notes.json", "mimeType": "application/json", "buffer": b"{"}]
    )
    message = page.get_by_text("Not imported:")
    assert message.evaluate(LIVE_REGION) == "aria-live=polite"


def test_status_region_stays_in_page(page):
    """A live region taken out and put back is not announced, so the tool never moves it."""
    page.goto("audit/")
    audit_loaded(page)
    page.evaluate(
        """() => {
      window.removedRegions = [];
      const regions = [...document.querySelectorAll('.mir-audit__status, .mir-audit__message')];
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.removedNodes)
            if (regions.includes(node)) window.removedRegions.push(node.className);
      }).observe(document.querySelector('.mir-audit'), {childList: true});
    }"""
    )
    start_audit(page)
    rate_some(page)
    page.locator(".mir-audit-new-wrap summary").click()
    start_audit(page, date="2027-06-30")
    assert page.evaluate("window.removedRegions") == []


REFLOW_KINDS = [
    kind
    for kind in STRUCTURE_KINDS
    if not kind.name.startswith(("audit,", "menu"))
    or kind.name in ("audit, two rounds compared", "audit, not saved")
]


@pytest.mark.parametrize("kind", REFLOW_KINDS, ids=kind_id)
def test_fits_320_pixels_wide(page, kind):
    """Content reflows into 320 CSS pixels, a 1280-pixel window zoomed to 400% (WCAG 1.4.10)."""
    page.set_viewport_size({"width": 320, "height": 256})
    kind.open(page)
    assert page.evaluate(OFF_SCREEN) == []
