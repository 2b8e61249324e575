"""Review status with a fixed today (4 December 2026): the rules, the policy and the report."""

import datetime

import pytest

from inclusion.dates import review_status
from inclusion.review import review_report

from .helpers import TODAY, resource_text, run_check, run_command, short

PATH = "resources/visual-timetables.md"


def check(schema, **fields):
    return run_check({PATH: resource_text(**fields)}, schema)


@pytest.mark.parametrize(
    ("next_review", "expected"),
    [
        ("2026-12-03", "overdue"),
        ("2026-12-04", "due-soon"),
        ("2027-01-03", "due-soon"),
        ("2027-01-04", "current"),
    ],
)
def test_review_status_boundaries(next_review, expected):
    assert review_status(datetime.date.fromisoformat(next_review), TODAY) == expected


def test_review_status_window_setting():
    assert review_status(datetime.date(2026, 12, 10), TODAY, days=5) == "current"
    assert review_status(datetime.date(2026, 12, 9), TODAY, days=5) == "due-soon"


def test_overdue_page_is_warning(schema):
    findings = check(schema, last_reviewed="last_reviewed: 2025-11-01").findings
    assert short(findings) == [(15, "review_interval", "review-overdue")]
    assert findings[0].severity == "warn"
    assert findings[0].path == "content/resources/visual-timetables.md"
    assert findings[0].message == (
        "review overdue: the next review was due on 2026-11-01, 33 days ago."
    )


def test_overdue_by_one_day(schema):
    fields = {"review_interval": "next_review: 2026-12-03"}
    findings = check(schema, **fields).findings
    assert short(findings) == [(15, "next_review", "review-overdue")]
    assert findings[0].message.endswith("on 2026-12-03, 1 day ago.")


def test_due_today_is_due_soon(schema):
    findings = check(schema, review_interval="next_review: 2026-12-04").findings
    assert short(findings) == [(15, "next_review", "review-due-soon")]
    assert findings[0].severity == "info"
    assert findings[0].message == "review due soon: the next review is due on 2026-12-04, today."


def test_due_soon_page_is_info(schema):
    findings = check(schema, review_interval="next_review: 2026-12-20").findings
    assert short(findings) == [(15, "next_review", "review-due-soon")]
    assert findings[0].message.endswith("due on 2026-12-20, in 16 days.")


def test_current_page_has_no_finding(schema):
    assert check(schema, review_interval="next_review: 2027-01-04").findings == []


def test_due_soon_days_option(schema):
    result = run_check(
        {PATH: resource_text(review_interval="next_review: 2027-02-01")}, schema, due_soon_days=60
    )
    assert short(result.findings) == [(15, "next_review", "review-due-soon")]


@pytest.mark.parametrize("status", ["status: retired", "status: draft"])
def test_unpublished_pages_not_held_to_review(schema, status):
    findings = check(schema, status=status, last_reviewed="last_reviewed: 2020-01-01").findings
    assert findings == []


def test_overdue_made_error_by_setting(schema):
    result = run_check(
        {PATH: resource_text(last_reviewed="last_reviewed: 2025-11-01")},
        schema,
        severities={"review-overdue": "error"},
    )
    assert [f.severity for f in result.findings] == ["error"]
    assert result.catalogue.resources == []


def test_overdue_page_stays_in_catalogue(schema):
    result = check(schema, last_reviewed="last_reviewed: 2025-11-01")
    assert [r.id for r in result.catalogue.resources] == ["visual-timetables"]


def report_pages(schema):
    pages = {
        "resources/overdue.md": resource_text(
            page_id="overdue", last_reviewed="last_reviewed: 2025-06-01"
        ),
        "resources/soon.md": resource_text(
            page_id="soon", review_interval="next_review: 2026-12-20"
        ),
        "resources/current.md": resource_text(page_id="current"),
        "resources/other-team.md": resource_text(
            page_id="other-team",
            owner="owner: send-team",
            review_interval="next_review: 2026-12-10",
        ),
        "resources/retired.md": resource_text(
            page_id="retired", status="status: retired", last_reviewed="last_reviewed: 2020-01-01"
        ),
    }
    return run_check(pages, schema).catalogue


def test_report_groups_by_owner(schema):
    teams = {team.owner: team for team in review_report(report_pages(schema), TODAY)}
    autism = teams["autism-team"]
    assert [p.record.id for p in autism.overdue] == ["overdue"]
    assert [p.record.id for p in autism.due_soon] == ["soon"]
    assert [p.record.id for p in autism.pages] == ["overdue", "soon", "current"]
    assert [p.record.id for p in teams["send-team"].due] == ["other-team"]
    assert teams["semh-team"].pages == []


def test_report_lists_every_team_in_order(schema):
    owners = [team.owner for team in review_report(report_pages(schema), TODAY)]
    assert owners == list(schema.vocabularies["owners"].ids)


def test_report_days_left(schema):
    teams = {team.owner: team for team in review_report(report_pages(schema), TODAY)}
    assert [p.days_left for p in teams["autism-team"].due] == [-186, 16]


def test_strict_build_publishes_overdue_page(content_repo):
    repo = content_repo({PATH: resource_text(last_reviewed="last_reviewed: 2025-11-01")})
    result = run_command(["mkdocs", "build", "--strict"], repo)
    assert result.returncode == 0, result.stderr
    assert (
        "INFO    -  inclusion: content/resources/visual-timetables.md:15: review_interval: "
        "review overdue: the next review was due on 2026-11-01, 33 days ago."
    ) in result.stderr
    assert (repo / "build" / "resources" / "visual-timetables" / "index.html").exists()


def test_build_stops_when_overdue_is_error(content_repo):
    config = (
        "site_name: Test\ndocs_dir: content\nsite_dir: build\ntheme:\n  name: material\n"
        "plugins:\n  - inclusion:\n      today: '2026-12-04'\n      rules:\n"
        "        review-overdue: error\n"
    )
    repo = content_repo(
        {PATH: resource_text(last_reviewed="last_reviewed: 2025-11-01")}, mkdocs_yml=config
    )
    result = run_command(["mkdocs", "build"], repo)
    assert result.returncode == 1
    assert "ERROR   -  inclusion: content/resources/visual-timetables.md:15:" in result.stderr
