"""Open, update or close one GitHub issue per owner team listing its pages due for review.

The weekly workflow `.github/workflows/review-reminders.yml` runs this script. For each team in
the owners vocabulary it finds the open issue carrying that team's marker: it opens one when the
team has pages overdue or due soon, rewrites it while some are, and closes it when none are.

Environment (GitHub Actions sets all three; the token needs `issues: write`):
    GITHUB_TOKEN       token sent as a bearer token
    GITHUB_REPOSITORY  owner/name of the repository
    GITHUB_API_URL     API root (default https://api.github.com)
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from inclusion.cli import load_content_check
from inclusion.dates import DUE_SOON_DAYS
from inclusion.review import OwnerReviews, ReportLinks, format_team_markdown, review_report
from inclusion.schema import SchemaError
from inclusion.settings import SettingsError, load_settings

LABEL = "review-reminder"
LABEL_COLOR = "fbca04"
_MARKER = re.compile(r"<!-- review-reminder: ([a-z0-9-]+) -->")


class GitHubError(Exception):
    """A GitHub API request failed; the message names the request and GitHub's reply."""


class GitHub:
    """The few REST API calls this script makes, over urllib so it needs no extra package."""

    def __init__(self, api_url: str, repository: str, token: str) -> None:
        self.api_url = api_url.rstrip("/")
        self.repository = repository
        self.token = token

    def request(self, method: str, path: str, body: dict | None = None) -> tuple[Any, dict]:
        """Send one request; return the decoded JSON reply (None when empty) and the headers."""
        url = path if path.startswith("http") else f"{self.api_url}{path}"
        data = json.dumps(body).encode("utf-8") if body is not None else None
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Accept", "application/vnd.github+json")
        request.add_header("Authorization", f"Bearer {self.token}")
        request.add_header("X-GitHub-Api-Version", "2022-11-28")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                raw = response.read()
                return (json.loads(raw) if raw else None), dict(response.headers)
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace")[:300]
            raise GitHubError(
                f"{method} {urllib.parse.urlsplit(url).path} failed: {error.code} {error.reason}: "
                f"{detail}"
            ) from error
        except urllib.error.URLError as error:
            raise GitHubError(f"{method} {url} failed: {error.reason}") from error

    def repo_path(self, suffix: str) -> str:
        return f"/repos/{self.repository}{suffix}"

    def ensure_label(self) -> None:
        try:
            self.request("GET", self.repo_path(f"/labels/{LABEL}"))
        except GitHubError as error:
            if " 404 " not in str(error):
                raise
            self.request(
                "POST",
                self.repo_path("/labels"),
                {"name": LABEL, "color": LABEL_COLOR, "description": "Pages due for review"},
            )

    def open_reminders(self) -> dict[str, list[dict]]:
        """Return the open reminder issues by team id, oldest first, following every page."""
        found: dict[str, list[dict]] = {}
        url = self.repo_path(f"/issues?state=open&labels={LABEL}&per_page=100")
        while url:
            issues, headers = self.request("GET", url)
            for issue in issues:
                match = _MARKER.search(issue.get("body") or "")
                # The issues endpoint lists pull requests too.
                if match and "pull_request" not in issue:
                    found.setdefault(match[1], []).append(issue)
            url = _next_link(headers.get("Link", ""))
        for issues in found.values():
            issues.sort(key=lambda issue: issue["number"])
        return found


def _next_link(header: str) -> str:
    for part in header.split(","):
        match = re.search(r'<([^>]+)>;\s*rel="next"', part)
        if match:
            return match[1]
    return ""


def issue_title(team: OwnerReviews) -> str:
    return f"Pages due for review: {team.label}"


def issue_body(team: OwnerReviews, today: datetime.date, days: int, links: ReportLinks) -> str:
    mention = f"{team.github}: " if team.github else ""
    return (
        f"<!-- review-reminder: {team.owner} -->\n"
        f"{mention}these pages owned by the {team.label} are overdue for review or due within "
        f"{days} days (as of {today}).\n\n"
        f"{format_team_markdown(team, links)}\n"
        "To review a page, check its advice and links are still right, set `last_reviewed` in "
        "its front matter to the day you checked it, and open a pull request. The review "
        "reminders workflow rewrites this issue every week and closes it when nothing is due.\n"
    )


def sync_team(
    github: GitHub,
    team: OwnerReviews,
    issues: list[dict],
    body: str,
) -> str:
    """Bring one team's reminder issue in line with its pages; return what was done."""
    if not team.due:
        for issue in issues:
            github.request(
                "POST",
                github.repo_path(f"/issues/{issue['number']}/comments"),
                {"body": "Nothing is overdue or due soon any more, so this reminder is closed."},
            )
            github.request(
                "PATCH",
                github.repo_path(f"/issues/{issue['number']}"),
                {"state": "closed", "state_reason": "completed"},
            )
        return ", ".join(f"closed #{issue['number']}" for issue in issues) or "nothing due"

    if not issues:
        created, _ = github.request(
            "POST",
            github.repo_path("/issues"),
            {"title": issue_title(team), "body": body, "labels": [LABEL]},
        )
        return f"opened #{created['number']}"

    first, *duplicates = issues
    done = []
    if first.get("body") != body or first.get("title") != issue_title(team):
        github.request(
            "PATCH",
            github.repo_path(f"/issues/{first['number']}"),
            {"title": issue_title(team), "body": body},
        )
        done.append(f"updated #{first['number']}")
    else:
        done.append(f"unchanged #{first['number']}")
    for issue in duplicates:
        github.request(
            "PATCH",
            github.repo_path(f"/issues/{issue['number']}"),
            {"state": "closed", "state_reason": "not_planned"},
        )
        done.append(f"closed duplicate #{issue['number']}")
    return ", ".join(done)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config-file", default="mkdocs.yml", help="MkDocs configuration")
    parser.add_argument(
        "--days",
        type=int,
        default=DUE_SOON_DAYS,
        help=f"days ahead that count as due soon (default: {DUE_SOON_DAYS})",
    )
    parser.add_argument(
        "--today",
        type=datetime.date.fromisoformat,
        default=datetime.date.today(),
        help="date to compare review dates with, as YYYY-MM-DD (default: today)",
    )
    args = parser.parse_args(argv)

    missing = [name for name in ("GITHUB_TOKEN", "GITHUB_REPOSITORY") if not os.environ.get(name)]
    if missing:
        print(f"review-reminders: {', '.join(missing)} not set.", file=sys.stderr)
        return 2
    try:
        settings = load_settings(Path(args.config_file))
        result = load_content_check(settings, args.today)
    except (SettingsError, SchemaError) as error:
        print(f"review-reminders: {error}", file=sys.stderr)
        return 2

    broken = {finding.path for finding in result.errors}
    if broken:
        print(
            f"review-reminders: {len(broken)} page(s) with errors are left out; "
            "run 'inclusion check' to list them.",
            file=sys.stderr,
        )
    teams = review_report(result.catalogue, args.today, args.days)
    links = ReportLinks(settings.report_path, settings.site_url)
    github = GitHub(
        os.environ.get("GITHUB_API_URL", "https://api.github.com"),
        os.environ["GITHUB_REPOSITORY"],
        os.environ["GITHUB_TOKEN"],
    )
    try:
        github.ensure_label()
        open_issues = github.open_reminders()
        for team in teams:
            body = issue_body(team, args.today, args.days, links)
            outcome = sync_team(github, team, open_issues.get(team.owner, []), body)
            print(f"{team.owner}: {outcome}")
    except GitHubError as error:
        print(f"review-reminders: GitHub API request {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
