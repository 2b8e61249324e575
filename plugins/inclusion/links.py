"""Links from each page to the repository: suggest a change, report a problem, give feedback.

Every address is built from `repo_url`, `edit_uri` and `site_url` in mkdocs.yml, so a council's
fork links to its own repository without code changes. The links only open pages on GitHub:
the site itself sends and records nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from .generators import Site

# Issue forms in .github/ISSUE_TEMPLATE/ and the ids of the fields these links fill in. A test
# checks that the forms define these ids, so renaming a form field cannot quietly break a link.
PROBLEM_FORM = "page-problem.yml"
FEEDBACK_FORM = "resource-feedback.yml"
NEW_RESOURCE_FORM = "new-resource.yml"
AUDIT_FORM = "audit-feedback.yml"
PAGE_ADDRESS_FIELD = "page-address"
USEFUL_FIELD = "useful"
STATEMENT_FIELD = "statement"


@dataclass(frozen=True)
class PageLinks:
    """The addresses a page links to; an empty string means the page shows no such link."""

    suggest_change: str = ""
    report_problem: str = ""
    useful_yes: str = ""
    useful_no: str = ""
    new_resource: str = ""
    audit_feedback: str = ""


def page_links(site: Site, *, title: str, url: str, src_uri: str | None, kind: str) -> PageLinks:
    """Build the suggest, report and feedback links of one page.

    Args:
        site: The site's repository and public addresses.
        title: The page title, as readers see it.
        url: The page URL relative to the site root, as MkDocs gives it (`""` for the home page).
        src_uri: The page's file relative to content/, or None for a generated page, which has
            no file to edit.
        kind: `resource`, `audit-statement` or `page`. Only resources ask "Was this useful?",
            and only audit statements link to the audit tool feedback form.
    """
    repo_url = site.repo_url.rstrip("/")
    if not repo_url:
        return PageLinks()

    address = page_address(site.site_url, url)
    useful = {}
    if kind == "resource":
        useful = {
            answer: issue_url(
                repo_url,
                FEEDBACK_FORM,
                f"{label}: {title}",
                {PAGE_ADDRESS_FIELD: address, USEFUL_FIELD: answer.capitalize()},
            )
            for answer, label in (("yes", "Useful"), ("no", "Not useful"))
        }
    return PageLinks(
        suggest_change=edit_url(repo_url, site.edit_uri, src_uri) if src_uri else "",
        report_problem=issue_url(
            repo_url, PROBLEM_FORM, f"Problem with page: {title}", {PAGE_ADDRESS_FIELD: address}
        ),
        useful_yes=useful.get("yes", ""),
        useful_no=useful.get("no", ""),
        new_resource=issue_url(repo_url, NEW_RESOURCE_FORM, "New resource: ", {}),
        audit_feedback=(
            issue_url(repo_url, AUDIT_FORM, f"Audit tool: {title}", {STATEMENT_FIELD: address})
            if kind == "audit-statement"
            else ""
        ),
    )


def edit_url(repo_url: str, edit_uri: str, src_uri: str) -> str:
    """Return the address that opens a page's file in GitHub's web editor, or "" without one.

    `edit_uri` is relative to the repository, such as `edit/main/content/`, as in mkdocs.yml.
    """
    if not edit_uri:
        return ""
    path = edit_uri.strip("/") + "/" + src_uri
    return f"{repo_url.rstrip('/')}/{quote(path)}"


def issue_url(repo_url: str, form: str, title: str, fields: dict[str, str]) -> str:
    """Return the address of a new issue from an issue form, with its title and fields filled in.

    GitHub fills a form field from the query parameter named after the field's `id`.
    """
    query = urlencode({"template": form, "title": title, **fields}, quote_via=quote)
    return f"{repo_url.rstrip('/')}/issues/new?{query}"


def page_address(site_url: str, url: str) -> str:
    """Return a page's public address, or its path from the site root without `site_url`."""
    if not site_url:
        return "/" + url
    return site_url.rstrip("/") + "/" + url
