"""Review status of pages, and the review report grouped by owner team.

The CLI (`inclusion review`), the review dashboard page and the reminder script all read
`review_report`, so they agree on which pages are overdue or due soon.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .catalogue import AuditStatement, Catalogue, Resource
from .dates import CURRENT, DUE_SOON, DUE_SOON_DAYS, OVERDUE, review_status


@dataclass(frozen=True)
class PageReview:
    """One published page and its review status on the report date."""

    record: Resource | AuditStatement
    status: str
    days_left: int
    """Days from today to the next review date; negative once it has passed."""


@dataclass
class OwnerReviews:
    """Every published page of one owner team, soonest review first."""

    owner: str
    label: str
    contact: str = ""
    github: str = ""
    pages: list[PageReview] = field(default_factory=list)

    @property
    def overdue(self) -> list[PageReview]:
        return [page for page in self.pages if page.status == OVERDUE]

    @property
    def due_soon(self) -> list[PageReview]:
        return [page for page in self.pages if page.status == DUE_SOON]

    @property
    def due(self) -> list[PageReview]:
        """Pages overdue or due soon: the ones the team has to act on."""
        return [page for page in self.pages if page.status != CURRENT]


def review_report(
    catalogue: Catalogue, today: datetime.date, days: int = DUE_SOON_DAYS
) -> list[OwnerReviews]:
    """Group every published resource and audit statement by owner team.

    Every team of the owners vocabulary is listed, in vocabulary order, even with no pages, so a
    caller can tell "nothing due" from "team unknown".
    """
    teams = {
        term.id: OwnerReviews(term.id, term.label, term.contact, term.github)
        for term in catalogue.schema.vocabularies["owners"].terms
    }
    for record in (*catalogue.published_resources, *catalogue.published_statements):
        # NOTE: the validator rejects unknown owners, so every record has a team here.
        team = teams[record.owner]
        team.pages.append(
            PageReview(
                record,
                review_status(record.next_review, today, days),
                (record.next_review - today).days,
            )
        )
    for team in teams.values():
        team.pages.sort(key=lambda page: (page.record.next_review, page.record.title))
    return list(teams.values())


@dataclass(frozen=True)
class ReportLinks:
    """The file path and site address that a report gives each page."""

    report_path: Callable[[str], str] = str
    site_url: str = ""

    def url(self, record: Resource | AuditStatement) -> str:
        if not self.site_url:
            return record.url
        return self.site_url.rstrip("/") + "/" + record.url


def report_data(
    teams: list[OwnerReviews], today: datetime.date, days: int, links: ReportLinks
) -> dict[str, Any]:
    """Return the report as JSON-ready data, listing every team so a caller can close the
    reminders of teams with nothing due."""
    return {
        "today": today.isoformat(),
        "days": days,
        "teams": [
            {
                "owner": team.owner,
                "label": team.label,
                "contact": team.contact,
                "github": team.github,
                "overdue": [_page_data(page, links) for page in team.overdue],
                "due_soon": [_page_data(page, links) for page in team.due_soon],
            }
            for team in teams
        ],
    }


def _page_data(page: PageReview, links: ReportLinks) -> dict[str, Any]:
    record = page.record
    return {
        "id": record.id,
        "kind": record.kind,
        "title": record.title,
        "path": links.report_path(record.src_uri),
        "url": links.url(record),
        "last_reviewed": record.last_reviewed.isoformat(),
        "next_review": record.next_review.isoformat(),
        "days_left": page.days_left,
    }


def format_report_text(
    teams: list[OwnerReviews], today: datetime.date, days: int, links: ReportLinks
) -> str:
    """Format the report for a terminal: one line per page, grouped by owner team."""
    due_teams = [team for team in teams if team.due]
    if not due_teams:
        return f"No page is overdue or due for review in the next {days} days ({today}).\n"
    lines = [f"Pages overdue or due for review within {days} days of {today}:"]
    for team in due_teams:
        lines += ["", f"{team.label} ({team.owner}), {team.contact}"]
        for page in team.due:
            label = "overdue " if page.status == OVERDUE else "due soon"
            lines.append(
                f"  {label}  {links.report_path(page.record.src_uri)}: {page.record.title}, "
                f"next review {page.record.next_review} ({_relative_days(page.days_left)})"
            )
    overdue = sum(len(team.overdue) for team in teams)
    due_soon = sum(len(team.due_soon) for team in teams)
    lines += ["", f"{overdue} overdue, {due_soon} due soon, owned by {len(due_teams)} team(s)."]
    return "\n".join(lines) + "\n"


def format_report_markdown(
    teams: list[OwnerReviews], today: datetime.date, days: int, links: ReportLinks
) -> str:
    """Format the report as Markdown, one section per team with pages due."""
    due_teams = [team for team in teams if team.due]
    lines = [f"# Reviews due within {days} days of {today}"]
    if not due_teams:
        lines += ["", "No page is overdue or due for review."]
    for team in due_teams:
        lines += ["", f"## {team.label}", "", format_team_markdown(team, links)]
    return "\n".join(lines).rstrip("\n") + "\n"


def format_team_markdown(team: OwnerReviews, links: ReportLinks) -> str:
    """Format one team's overdue and soon-due pages as Markdown tables."""
    lines: list[str] = []
    for heading, pages in (("Overdue", team.overdue), ("Due soon", team.due_soon)):
        if not pages:
            continue
        lines += [
            f"### {heading}",
            "",
            "| Page | File | Next review due |",
            "| --- | --- | --- |",
        ]
        for page in pages:
            title = _escape_cell(page.record.title)
            lines.append(
                f"| [{title}]({links.url(page.record)}) "
                f"| `{links.report_path(page.record.src_uri)}` "
                f"| {page.record.next_review} ({_relative_days(page.days_left)}) |"
            )
        lines.append("")
    return "\n".join(lines)


def _relative_days(days_left: int) -> str:
    if days_left == 0:
        return "today"
    count = abs(days_left)
    unit = "day" if count == 1 else "days"
    return f"{count} {unit} ago" if days_left < 0 else f"in {count} {unit}"


def _escape_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")
