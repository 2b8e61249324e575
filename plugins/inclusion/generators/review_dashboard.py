"""The review dashboard page: every published page's review dates, grouped by owner team."""

from __future__ import annotations

from ..catalogue import Catalogue
from ..dates import DUE_SOON_DAYS
from ..review import OwnerReviews, PageReview, review_report
from ..views import format_date
from . import GeneratedFile, Site
from .listing import markdown_page
from .markdown import escape_text, link

PAGE = "reviews.md"


def generate_review_dashboard(catalogue: Catalogue, site: Site) -> list[GeneratedFile]:
    """Write the dashboard with each page's review status on the build date."""
    teams = review_report(catalogue, site.today)
    return [GeneratedFile(PAGE, markdown_page("Review dashboard", dashboard_markdown(teams, site)))]


def dashboard_markdown(teams: list[OwnerReviews], site: Site) -> str:
    overdue = sum(len(team.overdue) for team in teams)
    due_soon = sum(len(team.due_soon) for team in teams)
    total = sum(len(team.pages) for team in teams)
    lines = [
        "# Review dashboard",
        "",
        "Each resource and audit statement has an owner team, who check it is still right by "
        "its next review date. This page shows where each team stands on "
        f"{format_date(site.today)}, the day the site was last built. A page is due soon in "
        f"the {DUE_SOON_DAYS} days before its next review date.",
        "",
        f"In all: {_count(overdue, 'overdue')}, {_count(due_soon, 'due soon')} and "
        f"{_count(total - overdue - due_soon, 'up to date')}.",
    ]
    for team in teams:
        if team.pages:
            lines += ["", *_team_section(team)]
    return "\n".join(lines) + "\n"


def _team_section(team: OwnerReviews) -> list[str]:
    current = [page for page in team.pages if page not in team.due]
    lines = [
        f"## {escape_text(team.label)}",
        "",
        f"{_count(len(team.overdue), 'overdue')}, {_count(len(team.due_soon), 'due soon')}, "
        f"{_count(len(current), 'up to date')}.",
    ]
    if team.contact:
        lines[-1] += f" Contact: <{team.contact}>."
    for heading, pages in (("Overdue", team.overdue), ("Due soon", team.due_soon)):
        if pages:
            lines += ["", f"### {heading}", "", *(_page_line(page) for page in pages)]
    if current:
        lines += ["", "### Up to date", "", *(_page_line(page) for page in current)]
    return lines


def _page_line(page: PageReview) -> str:
    record = page.record
    kind = "resource" if record.kind == "resource" else "audit statement"
    if page.days_left < 0:
        when = f"was due {format_date(record.next_review)} ({_days(-page.days_left)} ago)"
    elif page.days_left == 0:
        when = f"is due today, {format_date(record.next_review)}"
    else:
        when = f"due {format_date(record.next_review)} (in {_days(page.days_left)})"
    return (
        f"- {link(record.title, record.src_uri, PAGE)} ({kind}): last reviewed "
        f"{format_date(record.last_reviewed)}; next review {when}."
    )


def _count(number: int, label: str) -> str:
    return f"{number} {'page' if number == 1 else 'pages'} {label}"


def _days(number: int) -> str:
    return f"{number} day" if number == 1 else f"{number} days"
