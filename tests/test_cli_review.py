"""The `inclusion review` command: pages overdue and due soon, grouped by owner, three formats."""

import json

import pytest

from inclusion.cli import main

from .helpers import resource_text

PAGES = {
    "resources/overdue.md": resource_text(
        page_id="overdue", title="title: Overdue | page", last_reviewed="last_reviewed: 2025-06-01"
    ),
    "resources/soon.md": resource_text(
        page_id="soon", title="title: Soon due", review_interval="next_review: 2026-12-20"
    ),
    "resources/later.md": resource_text(
        page_id="later", title="title: Due later", review_interval="next_review: 2027-02-01"
    ),
    "resources/current.md": resource_text(page_id="current"),
    "resources/send.md": resource_text(
        page_id="send",
        title="title: SEND team page",
        owner="owner: send-team",
        review_interval="next_review: 2026-12-04",
    ),
}


@pytest.fixture
def repo(content_repo, monkeypatch):
    path = content_repo(PAGES)
    monkeypatch.chdir(path)
    return path


def run(capsys, *args):
    status = main(["--config-file", "mkdocs.yml", "review", "--today", "2026-12-04", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_text_groups_by_owner(repo, capsys):
    status, out, err = run(capsys)
    assert status == 0
    assert err == ""
    assert out.splitlines() == [
        "Pages overdue or due for review within 30 days of 2026-12-04:",
        "",
        "SEND team (send-team), send.team@council.example",
        "  due soon  content/resources/send.md: SEND team page, next review 2026-12-04 (today)",
        "",
        "Autism team (autism-team), autism.team@council.example",
        "  overdue   content/resources/overdue.md: Overdue | page, next review 2026-06-01 "
        "(186 days ago)",
        "  due soon  content/resources/soon.md: Soon due, next review 2026-12-20 (in 16 days)",
        "",
        "1 overdue, 2 due soon, owned by 2 team(s).",
    ]


def test_days_option_widens_window(repo, capsys):
    _, out, _ = run(capsys, "--days", "60")
    assert "content/resources/later.md: Due later, next review 2027-02-01 (in 59 days)" in out
    assert "content/resources/current.md" not in out


def test_today_option_moves_window(repo, capsys):
    _, out, _ = run(capsys, "--today", "2025-01-01")
    assert out == "No page is overdue or due for review in the next 30 days (2025-01-01).\n"


def test_json_lists_every_team(repo, capsys):
    status, out, _ = run(capsys, "--format", "json")
    data = json.loads(out)
    assert status == 0
    assert data["today"] == "2026-12-04"
    assert data["days"] == 30
    teams = {team["owner"]: team for team in data["teams"]}
    assert len(teams) == 6
    assert teams["semh-team"]["overdue"] == []
    assert [page["id"] for page in teams["autism-team"]["overdue"]] == ["overdue"]
    assert [page["id"] for page in teams["autism-team"]["due_soon"]] == ["soon"]
    assert teams["autism-team"]["github"] == "@mainstream-inclusion/autism-team"
    overdue = teams["autism-team"]["overdue"][0]
    assert overdue["path"] == "content/resources/overdue.md"
    assert overdue["url"] == "resources/overdue/"
    assert overdue["days_left"] == -186


def test_markdown_tables(repo, capsys):
    _, out, _ = run(capsys, "--format", "markdown")
    lines = out.splitlines()
    assert lines[0] == "# Reviews due within 30 days of 2026-12-04"
    assert lines.index("## SEND team") < lines.index("## Autism team")
    assert (
        r"| [Overdue \| page](resources/overdue/) | `content/resources/overdue.md` "
        "| 2026-06-01 (186 days ago) |"
    ) in lines


def test_pages_with_errors_are_reported(content_repo, monkeypatch, capsys):
    pages = {**PAGES, "resources/broken.md": resource_text(page_id="broken", tags="tags: [x]")}
    monkeypatch.chdir(content_repo(pages))
    status, _, err = run(capsys)
    assert status == 0
    assert err == (
        "1 page(s) with errors are left out of this report; run 'inclusion check' to list them.\n"
    )


def test_check_exits_one_on_overdue_warning(repo, capsys):
    status = main(["--config-file", "mkdocs.yml", "check", "--today", "2026-12-04"])
    out = capsys.readouterr().out
    assert status == 1
    assert "content/resources/overdue.md:15: review_interval: review overdue:" in out


def test_invalid_days_rejected(repo, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["review", "--days", "-3"])
    assert exit_info.value.code == 2
    assert "'-3' is not a whole number of days" in capsys.readouterr().err


def test_invalid_due_soon_days_setting(content_repo, monkeypatch, capsys):
    config = "docs_dir: content\nplugins:\n  - inclusion:\n      due_soon_days: soon\n"
    monkeypatch.chdir(content_repo({}, mkdocs_yml=config))
    status, _, err = run(capsys)
    assert status == 2
    assert "due_soon_days: 'soon' is not a number of days" in err
