"""scripts/review_reminders.py against a fake GitHub API on 127.0.0.1."""

import os
import subprocess
import sys

import pytest

from .fake_github import REPOSITORY, TOKEN, FakeGitHub, serve_fake_github
from .helpers import ROOT, resource_text

SCRIPT = ROOT / "scripts" / "review_reminders.py"
LABEL = "review-reminder"

PAGES = {
    "resources/overdue.md": resource_text(
        page_id="overdue", title="title: Overdue page", last_reviewed="last_reviewed: 2025-06-01"
    ),
    "resources/send.md": resource_text(
        page_id="send",
        title="title: SEND team page",
        owner="owner: send-team",
        review_interval="next_review: 2026-12-20",
    ),
    "resources/current.md": resource_text(page_id="current", owner="owner: semh-team"),
}


@pytest.fixture
def github():
    with serve_fake_github(FakeGitHub()) as fake:
        yield fake


def run_script(repo, fake, today="2026-12-04", token=TOKEN):
    env = {
        **os.environ,
        "GITHUB_TOKEN": token,
        "GITHUB_REPOSITORY": REPOSITORY,
        "GITHUB_API_URL": fake.url,
    }
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--today", today],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_opens_one_issue_per_team_with_pages_due(content_repo, github):
    result = run_script(content_repo(PAGES), github)
    assert result.returncode == 0, result.stderr
    assert "autism-team: opened #" in result.stdout
    assert "send-team: opened #" in result.stdout
    assert "semh-team: nothing due" in result.stdout
    assert sorted(issue["title"] for issue in github.issues) == [
        "Pages due for review: Autism team",
        "Pages due for review: SEND team",
    ]
    assert github.labels == [LABEL]


def test_issue_body_lists_pages_and_mentions_team(content_repo, github):
    run_script(content_repo(PAGES), github)
    autism = next(i for i in github.issues if i["title"].endswith("Autism team"))
    body = autism["body"]
    assert body.startswith("<!-- review-reminder: autism-team -->\n")
    assert "@mainstream-inclusion/autism-team: these pages" in body
    assert (
        "| [Overdue page](resources/overdue/) | `content/resources/overdue.md` "
        "| 2026-06-01 (186 days ago) |"
    ) in body
    assert [label["name"] for label in autism["labels"]] == [LABEL]


def test_second_run_updates_instead_of_duplicating(content_repo, github):
    repo = content_repo(PAGES)
    run_script(repo, github)
    result = run_script(repo, github, today="2026-12-11")
    assert result.returncode == 0, result.stderr
    assert len(github.issues) == 2
    assert "autism-team: updated #" in result.stdout
    autism = next(i for i in github.issues if i["title"].endswith("Autism team"))
    assert "(193 days ago)" in autism["body"]


def test_unchanged_issue_not_rewritten(content_repo, github):
    repo = content_repo(PAGES)
    run_script(repo, github)
    result = run_script(repo, github)
    assert "autism-team: unchanged #" in result.stdout
    assert not any(method == "PATCH" for method, _ in github.requests)


def test_closes_issue_when_nothing_due(content_repo, github):
    repo = content_repo(PAGES)
    run_script(repo, github)
    send = next(i for i in github.issues if i["title"].endswith("SEND team"))
    reviewed = resource_text(page_id="send", owner="owner: send-team")
    (repo / "content" / "resources" / "send.md").write_text(reviewed, encoding="utf-8")
    result = run_script(repo, github)
    assert result.returncode == 0, result.stderr
    assert f"send-team: closed #{send['number']}" in result.stdout
    assert send["state"] == "closed"
    assert send["state_reason"] == "completed"
    assert github.comments[send["number"]] == [
        "Nothing is overdue or due soon any more, so this reminder is closed."
    ]


def test_pagination_and_pull_requests(content_repo, github):
    github.page_size = 1
    github.labels.append(LABEL)
    github.add_issue("Unrelated", "no marker", labels=[LABEL])
    github.add_issue("PR", "<!-- review-reminder: autism-team -->", [LABEL], pull_request=True)
    existing = github.add_issue("Old title", "<!-- review-reminder: autism-team -->", [LABEL])
    result = run_script(content_repo(PAGES), github)
    assert result.returncode == 0, result.stderr
    assert f"autism-team: updated #{existing['number']}" in result.stdout
    assert existing["title"] == "Pages due for review: Autism team"
    assert github.issue(2)["title"] == "PR"


def test_duplicate_issues_closed(content_repo, github):
    github.labels.append(LABEL)
    first = github.add_issue("A", "<!-- review-reminder: autism-team -->", [LABEL])
    second = github.add_issue("B", "<!-- review-reminder: autism-team -->", [LABEL])
    result = run_script(content_repo(PAGES), github)
    assert f"updated #{first['number']}, closed duplicate #{second['number']}" in result.stdout
    assert second["state"] == "closed"


def test_api_error_exits_one(content_repo, github):
    github.fail_with = 403
    result = run_script(content_repo(PAGES), github)
    assert result.returncode == 1
    assert (
        "review-reminders: GitHub API request GET /repos/council/inclusion-resources/labels/"
        in (result.stderr)
    )
    assert "403 Forbidden" in result.stderr


def test_bad_token_exits_one(content_repo, github):
    result = run_script(content_repo(PAGES), github, token="wrong")
    assert result.returncode == 1
    assert "401 Unauthorized" in result.stderr


def test_missing_token_exits_two(content_repo, github):
    result = run_script(content_repo(PAGES), github, token="")
    assert result.returncode == 2
    assert result.stderr == "review-reminders: GITHUB_TOKEN not set.\n"
