"""Suggest-a-change, report-a-problem and "Was this useful?" links: their addresses and HTML."""

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from inclusion.generators import Site
from inclusion.links import (
    AUDIT_FORM,
    FEEDBACK_FORM,
    NEW_RESOURCE_FORM,
    PAGE_ADDRESS_FIELD,
    PROBLEM_FORM,
    STATEMENT_FIELD,
    USEFUL_FIELD,
    edit_url,
    issue_url,
    page_links,
)

from .helpers import MKDOCS_YML, ROOT, dedent, resource_text, run_command

REPO = "https://github.com/example-council/inclusion"
SITE = Site("https://example-council.github.io/inclusion/", REPO, "edit/main/content/")
# A title with every character that needs encoding in a query: &, #, ?, /, quotes, non-ASCII.
AWKWARD_TITLE = 'Now & next: "boards" #1 / café?'

STATEMENT = dedent(
    """
    ---
    kind: audit-statement
    id: staff-know-pupils
    title: Staff know their pupils
    statement: Every adult who works with a pupil knows what helps them learn.
    focus_area: teaching-and-adaptations
    stronger_practice: [Pupil profiles are shared., Staff use the profiles when planning.]
    weaker_practice: [Information stays with one person., Profiles are out of date.]
    evidence_examples: [Pupil profiles]
    status: published
    owner: send-team
    last_reviewed: 2026-09-14
    review_interval: 12 months
    ---

    Body.
    """
)

FORK_YML = MKDOCS_YML + dedent(
    f"""
    site_url: https://example-council.github.io/inclusion/
    repo_url: {REPO}
    edit_uri: edit/main/content/
    """
)


def query_of(url: str) -> dict[str, str]:
    """Decode a URL's query into {name: value}, failing if a name repeats."""
    query = parse_qs(urlsplit(url).query, keep_blank_values=True, strict_parsing=True)
    assert all(len(values) == 1 for values in query.values()), query
    return {name: values[0] for name, values in query.items()}


def test_report_link_fills_title_and_address():
    links = page_links(SITE, title=AWKWARD_TITLE, url="resources/x/", src_uri=None, kind="page")
    assert links.report_problem.startswith(f"{REPO}/issues/new?")
    assert query_of(links.report_problem) == {
        "template": PROBLEM_FORM,
        "title": f"Problem with page: {AWKWARD_TITLE}",
        PAGE_ADDRESS_FIELD: "https://example-council.github.io/inclusion/resources/x/",
    }


def test_issue_url_encodes_reserved_characters():
    url = issue_url(REPO, PROBLEM_FORM, AWKWARD_TITLE, {})
    query = urlsplit(url).query
    assert "title=Now%20%26%20next%3A%20%22boards%22%20%231%20%2F%20caf%C3%A9%3F" in query
    assert " " not in url
    assert url.count("#") == 0


def test_edit_url_opens_web_editor():
    assert edit_url(REPO, "edit/main/content/", "resources/a b.md") == (
        f"{REPO}/edit/main/content/resources/a%20b.md"
    )


def test_edit_url_empty_without_edit_uri():
    assert edit_url(REPO, "", "about.md") == ""


def test_generated_page_has_no_suggest_link():
    links = page_links(SITE, title="All resources", url="resources/", src_uri=None, kind="page")
    assert links.suggest_change == ""
    assert links.report_problem != ""


def test_no_links_without_repo_url():
    site = Site("https://example.org/", "", "edit/main/content/")
    links = page_links(site, title="About", url="about/", src_uri="about.md", kind="page")
    assert links.suggest_change == ""
    assert links.report_problem == ""


def test_address_is_path_without_site_url():
    site = Site("", REPO, "")
    links = page_links(site, title="About", url="about/", src_uri="about.md", kind="page")
    assert query_of(links.report_problem)[PAGE_ADDRESS_FIELD] == "/about/"


@pytest.mark.parametrize("kind", ["page", "audit-statement"])
def test_only_resources_ask_if_useful(kind):
    links = page_links(SITE, title="T", url="t/", src_uri="t.md", kind=kind)
    assert links.useful_yes == ""
    assert links.useful_no == ""


def test_useful_links_prefill_feedback_form():
    links = page_links(SITE, title="Visual timetables", url="r/", src_uri="r.md", kind="resource")
    address = "https://example-council.github.io/inclusion/r/"
    assert query_of(links.useful_yes) == {
        "template": FEEDBACK_FORM,
        "title": "Useful: Visual timetables",
        PAGE_ADDRESS_FIELD: address,
        USEFUL_FIELD: "Yes",
    }
    assert query_of(links.useful_no)["title"] == "Not useful: Visual timetables"
    assert query_of(links.useful_no)[USEFUL_FIELD] == "No"


@pytest.mark.parametrize(
    ("form", "field_ids"),
    [
        (PROBLEM_FORM, {PAGE_ADDRESS_FIELD}),
        (FEEDBACK_FORM, {PAGE_ADDRESS_FIELD, USEFUL_FIELD}),
        (AUDIT_FORM, {STATEMENT_FIELD}),
        (NEW_RESOURCE_FORM, set()),
    ],
)
def test_issue_forms_define_prefilled_fields(form, field_ids):
    path = ROOT / ".github" / "ISSUE_TEMPLATE" / form
    body = yaml.safe_load(path.read_text(encoding="utf-8"))["body"]
    ids = {element.get("id") for element in body}
    assert field_ids <= ids


def test_statement_links_audit_feedback():
    links = page_links(SITE, title="Staff know", url="a/", src_uri="a.md", kind="audit-statement")
    assert query_of(links.audit_feedback) == {
        "template": AUDIT_FORM,
        "title": "Audit tool: Staff know",
        STATEMENT_FIELD: "https://example-council.github.io/inclusion/a/",
    }


@pytest.mark.parametrize("kind", ["page", "resource", "audit-statement"])
def test_every_kind_offers_new_resource(kind):
    links = page_links(SITE, title="T", url="t/", src_uri="t.md", kind=kind)
    assert query_of(links.new_resource)["template"] == NEW_RESOURCE_FORM


class _LinkParser(HTMLParser):
    """Collects the href of each link in the "Help us improve this page" box, by its text."""

    def __init__(self) -> None:
        super().__init__()
        self.links: dict[str, str] = {}
        self._depth = 0
        self._href: str | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "aside" and "mir-page-actions" in (attributes.get("class") or ""):
            self._depth = 1
        elif self._depth and tag == "aside":
            self._depth += 1
        elif self._depth and tag == "a":
            self._href = attributes["href"]

    def handle_endtag(self, tag):
        if self._depth and tag == "aside":
            self._depth -= 1

    def handle_data(self, data):
        if self._href is not None and data.strip():
            self.links[data.strip()] = self._href
            self._href = None


def actions_of(html_path: Path) -> dict[str, str]:
    parser = _LinkParser()
    parser.feed(html_path.read_text(encoding="utf-8"))
    return parser.links


@pytest.fixture(scope="module")
def fork_site(tmp_path_factory) -> Path:
    """Build a fork's site with a resource, an audit statement and plain pages."""
    repo = tmp_path_factory.mktemp("fork")
    (repo / "mkdocs.yml").write_text(FORK_YML, encoding="utf-8")
    (repo / "schema").symlink_to(ROOT / "schema")
    pages = {
        "index.md": "---\ntitle: Home\n---\n\nHello.\n",
        "about.md": "---\ntitle: About this site\n---\n\n# About this site\n",
        "resources/visual-timetables.md": resource_text(title=f"title: '{AWKWARD_TITLE}'"),
        "audit/statements/staff-know-pupils.md": STATEMENT,
    }
    for src_uri, text in pages.items():
        path = repo / "content" / src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    result = run_command(["mkdocs", "build", "--strict"], repo)
    assert result.returncode == 0, result.stdout + result.stderr
    return repo / "build"


@pytest.mark.parametrize(
    ("html_file", "src_uri", "address"),
    [
        ("index.html", "index.md", ""),
        ("about/index.html", "about.md", "about/"),
        (
            "resources/visual-timetables/index.html",
            "resources/visual-timetables.md",
            "resources/visual-timetables/",
        ),
        (
            "audit/statements/staff-know-pupils/index.html",
            "audit/statements/staff-know-pupils.md",
            "audit/statements/staff-know-pupils/",
        ),
    ],
)
def test_every_page_kind_links_to_fork(fork_site, html_file, src_uri, address):
    links = actions_of(fork_site / html_file)
    assert links["Suggest a change"] == f"{REPO}/edit/main/content/{src_uri}"
    report = query_of(links["Report a problem with this page"])
    assert report["template"] == PROBLEM_FORM
    assert report[PAGE_ADDRESS_FIELD] == f"https://example-council.github.io/inclusion/{address}"


def test_built_resource_keeps_awkward_title(fork_site):
    links = actions_of(fork_site / "resources/visual-timetables/index.html")
    assert query_of(links["Report a problem with this page"])["title"] == (
        f"Problem with page: {AWKWARD_TITLE}"
    )
    assert query_of(links["Yes"])["title"] == f"Useful: {AWKWARD_TITLE}"
    assert query_of(links["No"])[USEFUL_FIELD] == "No"


def test_built_statement_has_no_useful_links(fork_site):
    links = actions_of(fork_site / "audit/statements/staff-know-pupils/index.html")
    assert "Yes" not in links
    assert "No" not in links
    assert query_of(links["Give feedback on the audit tool"])["template"] == AUDIT_FORM


def test_built_resource_offers_new_resource(fork_site):
    links = actions_of(fork_site / "resources/visual-timetables/index.html")
    assert query_of(links["Suggest a new resource"])["template"] == NEW_RESOURCE_FORM
    assert "Give feedback on the audit tool" not in links


def test_built_page_makes_no_tracking_request(fork_site):
    html = (fork_site / "resources/visual-timetables/index.html").read_text(encoding="utf-8")
    assert "api.github.com" not in html
    assert "<img" not in html.split('class="mir-page-actions"')[1].split("</aside>")[0]
