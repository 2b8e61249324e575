"""axe-core finds no WCAG 2.2 AA violation on any kind of page, in headless Debian Chromium.

axe-core (bundled by axe-playwright-python) checks what a machine can: contrast, names, labels,
roles, target sizes. Keyboard paths, focus, headings and print have tests of their own.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .page_kinds import PAGE_KINDS, PageKind

pytestmark = pytest.mark.browser

# axe-core's tags for the success criteria of WCAG 2.0, 2.1 and 2.2 at levels A and AA.
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# Rules turned off for every page, each with the reason. Add one only when the page is right and
# axe is wrong, never to hide a real fault.
EXCLUDED_RULES: dict[str, str] = {}


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


def describe(violations: list[dict]) -> str:
    """Format axe violations as one line per rule with its first failing element."""
    lines = []
    for violation in violations:
        node = violation["nodes"][0]
        lines.append(
            f"{violation['id']} ({violation['impact']}, {len(violation['nodes'])} elements): "
            f"{violation['help']}; first at {node['target']}: {node['failureSummary']}"
        )
    return "\n".join(lines)


@pytest.mark.parametrize("kind", PAGE_KINDS, ids=lambda kind: kind.name)
def test_no_wcag_violations(page, axe, kind: PageKind):
    kind.open(page)
    options = {
        "runOnly": {"type": "tag", "values": WCAG_22_AA},
        "rules": {rule: {"enabled": False} for rule in EXCLUDED_RULES},
        "resultTypes": ["violations"],
    }
    results = axe.run(page, options=options)
    violations = results.response["violations"]
    assert violations == [], describe(violations)
