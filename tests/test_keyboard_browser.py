"""Keyboard-only use in headless Chromium: the audit tool, the header and navigation, no traps.

Every step presses keys only, and after each Tab the focused element must show a focus
indicator: an outline or a box shadow (WCAG 2.4.7).
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from .page_kinds import PAGE_KINDS, audit_loaded

pytestmark = pytest.mark.browser

# Presses of Tab allowed to reach a control. With two rounds started, the real audit page has
# about 450 stops (an estimate: 36 statements of about 12 controls each).
MAX_PRESSES = 600

FOCUS_STYLE = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  return {
    tag: element.tagName.toLowerCase(),
    text: (element.getAttribute("aria-label") || element.textContent || element.name || "").trim().slice(0, 60),
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== "none",
  };
}"""

MARK_LAST_TABBABLE = """() => {
  const candidates = document.querySelectorAll(
    "a[href], button, input, select, textarea, summary, [tabindex]");
  const tabbable = [...candidates].filter((element) =>
    element.tabIndex >= 0 && !element.disabled && element.checkVisibility({visibilityProperty: true}));
  tabbable.at(-1).setAttribute("data-last-tabbable", "");
}"""


# One Tab press's result in one round trip: the focus style, whether focus stayed on the same
# element as at the previous call, and whether it reached the element MARK_LAST_TABBABLE marked.
FOCUS_STEP = f"""() => {{
  const element = document.activeElement;
  const same = window.previousFocus === element;
  window.previousFocus = element;
  return {{style: ({FOCUS_STYLE})(), same, last: element.matches("[data-last-tabbable]")}};
}}"""


def focused(tab) -> dict | None:
    return tab.evaluate(FOCUS_STYLE)


def assert_focus_visible(tab) -> None:
    style = focused(tab)
    assert style is not None, "focus left the page"
    assert style["outline"] or style["shadow"], f"no visible focus on {style}"


def press_until(tab, selector: str, key: str = "Tab") -> int:
    """Press `key` until the focused element matches `selector`; check focus is visible each time."""
    for presses in range(1, MAX_PRESSES + 1):
        tab.keyboard.press(key)
        assert_focus_visible(tab)
        if tab.evaluate("selector => document.activeElement.matches(selector)", selector):
            return presses
    raise AssertionError(f"{key} never reached {selector} in {MAX_PRESSES} presses")


def active_matches(tab, selector: str) -> bool:
    return tab.evaluate("selector => document.activeElement.matches(selector)", selector)


def card_selector(statement_id: str) -> str:
    return f'article[data-statement="{statement_id}"]'


def test_audit_by_keyboard_alone(page):
    page.goto("audit/")
    audit_loaded(page)

    press_until(page, 'input[name="school"]')
    page.keyboard.type("Hillside Primary")
    press_until(page, 'input[name="completed_by"]')
    page.keyboard.type("Sam Lee, SENCO")
    press_until(page, "form.mir-audit-new button[type=submit]")
    page.keyboard.press("Enter")
    page.locator(".mir-audit__rate").wait_for()
    assert active_matches(page, "#audit-rate")

    teaching = card_selector("teaching-01")
    press_until(page, f'{teaching} input[type="radio"]')
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.locator(f'{teaching} input[value="developing"]').is_checked()
    press_until(page, f'{teaching} textarea[data-field="evidence"]')
    page.keyboard.type("Lesson visits in October.")
    page.keyboard.press("Tab")
    assert active_matches(page, f'{teaching} textarea[data-field="next_steps"]')

    press_until(page, 'a[href="#area-environment"]', key="Shift+Tab")
    page.keyboard.press("Enter")
    environment = card_selector("environment-01")
    page.keyboard.press("Tab")
    assert active_matches(page, f'{environment} input[type="radio"]')
    page.keyboard.press("Space")
    assert page.locator(f'{environment} input[value="not-started"]').is_checked()
    assert page.get_by_role("status").inner_text().startswith("Saved in this browser at")

    press_until(page, '[data-action="export-json"]', key="Shift+Tab")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    exported = json.loads(download.value.path().read_text(encoding="utf-8"))
    answers = exported["rounds"][0]["answers"]
    assert answers["teaching-01"]["rating"] == "developing"
    assert answers["teaching-01"]["evidence"] == "Lesson visits in October."
    assert answers["environment-01"]["rating"] == "not-started"


def test_compare_picker_keeps_focus(page):
    page.goto("audit/")
    audit_loaded(page)
    for date in ("2026-01-10", "2026-06-10", "2026-12-10"):
        form = page.locator("form.mir-audit-new")
        if not form.is_visible():
            page.locator(".mir-audit-new-wrap summary").click()
        form.get_by_label("School or setting name").fill("Hillside Primary")
        form.get_by_label("Date").fill(date)
        form.get_by_role("button", name="Start audit").click()
    picker = '[data-control="compare-before"]'
    page.locator(picker).focus()
    page.keyboard.press("ArrowUp")
    assert active_matches(page, picker)
    assert page.locator(picker).input_value() != page.locator(picker).evaluate(
        "select => select.options[1].value"
    )


def test_round_picker_keeps_focus(page):
    page.goto("audit/")
    audit_loaded(page)
    for date in ("2026-01-10", "2026-06-10"):
        form = page.locator("form.mir-audit-new")
        if not form.is_visible():
            page.locator(".mir-audit-new-wrap summary").click()
        form.get_by_label("School or setting name").fill("Hillside Primary")
        form.get_by_label("Date").fill(date)
        form.get_by_role("button", name="Start audit").click()
    page.locator("#mir-audit-round").focus()
    page.keyboard.press("ArrowUp")
    assert active_matches(page, "#mir-audit-round")
    assert "2026-01-10" in page.locator("#audit-rate").inner_text()


def test_header_and_navigation_by_keyboard(page):
    page.goto("resources/visual-timetables/")
    page.keyboard.press("Tab")
    assert active_matches(page, "a.md-skip")
    assert page.locator("a.md-skip").is_visible()
    assert_focus_visible(page)

    press_until(page, ".md-header a.md-logo")
    press_until(page, ".md-header a.md-source")
    press_until(page, '.md-nav--primary a.md-nav__link[href$="about/"]')
    page.keyboard.press("Enter")
    expect(page).to_have_title("About this site - Mainstream Inclusion Resources")
    page.wait_for_load_state()
    press_until(page, ".md-header a.md-logo")
    page.keyboard.press("Enter")
    expect(page).to_have_title("Help for including every pupil - Mainstream Inclusion Resources")


def test_navigation_drawer_by_keyboard(page):
    page.set_viewport_size({"width": 375, "height": 700})
    page.goto("resources/visual-timetables/")
    press_until(page, '.md-header label[for="__drawer"]')
    opener = page.locator('.md-header label[for="__drawer"]')
    assert opener.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    assert opener.get_attribute("aria-expanded") == "true"
    first_link = page.locator(".md-sidebar--primary a[href]").first
    expect(first_link).to_be_focused()
    expect(first_link).to_be_in_viewport()
    page.keyboard.press("Escape")
    expect(opener).to_be_focused()
    assert opener.get_attribute("aria-expanded") == "false"

    page.keyboard.press("Space")
    press_until(page, '.md-nav--primary a.md-nav__link[href$="about/"]')
    expect(page.locator(":focus")).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_title("About this site - Mainstream Inclusion Resources")


def test_closed_drawer_takes_no_focus(page):
    page.set_viewport_size({"width": 375, "height": 700})
    page.goto("resources/visual-timetables/")
    for _ in range(6):
        page.keyboard.press("Tab")
        assert_focus_visible(page)
        assert page.evaluate("document.activeElement.closest('.md-sidebar--primary')") is None


def audit_with_two_rounds(tab) -> None:
    audit_loaded(tab)
    for date in ("2026-01-10", "2026-06-10"):
        form = tab.locator("form.mir-audit-new")
        if not form.is_visible():
            tab.locator(".mir-audit-new-wrap summary").click()
        form.get_by_label("School or setting name").fill("Hillside Primary")
        form.get_by_label("Date").fill(date)
        form.get_by_role("button", name="Start audit").click()
    tab.locator("body").focus()


TRAP_KINDS = [kind for kind in PAGE_KINDS if kind.name in ("home", "resource", "review dashboard")]


@pytest.mark.parametrize(
    "path, steps",
    [(kind.path, kind.steps) for kind in TRAP_KINDS] + [("audit/", (audit_with_two_rounds,))],
    ids=[kind.name for kind in TRAP_KINDS] + ["audit, two rounds"],
)
def test_tab_reaches_page_end(page, path, steps):
    """No keyboard trap: Tab moves on from every control and reaches the last one on the page."""
    page.goto(path)
    for step in steps:
        step(page)
    page.evaluate(MARK_LAST_TABBABLE)
    repeats = 0
    for _ in range(MAX_PRESSES):
        page.keyboard.press("Tab")
        step = page.evaluate(FOCUS_STEP)
        assert step["style"] is not None, "focus left the page"
        assert step["style"]["outline"] or step["style"]["shadow"], f"no visible focus on {step}"
        # A date input takes a Tab for each of its day, month and year fields and its calendar button.
        repeats = repeats + 1 if step["same"] else 0
        assert repeats < 4, f"focus stuck on {step['style']}"
        if step["last"]:
            return
    raise AssertionError(f"Tab never reached the last control in {MAX_PRESSES} presses")
