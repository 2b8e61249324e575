"""The `inclusion` command: checks and reports for maintainers, over the plugin's library."""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import difflib
import json
import sys
from pathlib import Path

from .codeowners import CodeownersError, render_codeowners
from .content import ContentCheck, check_content, read_sources
from .coverage import coverage_as_data, format_coverage, measure_coverage
from .dates import DUE_SOON_DAYS
from .findings import format_finding, format_github
from .plain_english import MIN_WORDS, reading_grade
from .review import (
    ReportLinks,
    format_report_markdown,
    format_report_text,
    report_data,
    review_report,
)
from .schema import SchemaError, load_schema
from .settings import Settings, SettingsError, check_severities, load_settings

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings(Path(args.config_file))
        return args.run(args, settings)
    except (SettingsError, SchemaError, CodeownersError) as error:
        print(f"inclusion: {error}", file=sys.stderr)
        return EXIT_USAGE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inclusion", description="Check and report on the inclusion resources content repo."
    )
    parser.add_argument(
        "--config-file",
        default="mkdocs.yml",
        help="the MkDocs configuration to read (default: mkdocs.yml)",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="validate front matter, tags and review dates")
    check.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders to report on (default: all content)",
    )
    check.add_argument(
        "--format",
        choices=("text", "github"),
        default="text",
        help="text: path:line: message; github: GitHub Actions annotations",
    )
    check.add_argument(
        "--rule",
        dest="rules",
        action="append",
        type=_rule_severity,
        metavar="RULE=SEVERITY",
        help="set a rule's severity for this run, over mkdocs.yml; repeatable "
        "(for example --rule review-overdue=info)",
    )
    check.add_argument(
        "--readability",
        action="store_true",
        help="also print each page's reading grade (Flesch-Kincaid)",
    )
    add_today_option(check)
    check.set_defaults(run=run_check)

    coverage = commands.add_parser(
        "coverage", help="count published resources by area of need, phase and audience"
    )
    coverage.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: tables for reading; json: the same counts as data",
    )
    add_today_option(coverage)
    coverage.set_defaults(run=run_coverage)
    codeowners = commands.add_parser(
        "codeowners", help="rewrite .github/CODEOWNERS from each page's owner team"
    )
    codeowners.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 if the file is out of date",
    )
    codeowners.add_argument(
        "--output",
        metavar="PATH",
        help="the file to write or check (default: .github/CODEOWNERS next to mkdocs.yml)",
    )
    codeowners.set_defaults(run=run_codeowners)
    review = commands.add_parser(
        "review", help="list pages overdue or due for review soon, grouped by owner team"
    )
    review.add_argument(
        "--days",
        type=_day_count,
        default=DUE_SOON_DAYS,
        help=f"how many days ahead counts as due soon (default: {DUE_SOON_DAYS})",
    )
    review.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="text: one line a page; json: data for scripts; markdown: tables for an issue",
    )
    add_today_option(review)
    review.set_defaults(run=run_review)
    return parser


def add_today_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--today",
        type=_iso_date,
        default=datetime.date.today(),
        help="the date to compare review dates with, as YYYY-MM-DD (default: today)",
    )


def load_content_check(settings: Settings, today: datetime.date) -> ContentCheck:
    """Check the whole content repo the way the MkDocs plugin does."""
    if not settings.docs_dir.is_dir():
        raise SettingsError(f"content folder not found: {settings.docs_dir}")
    schema = load_schema(settings.schema_dir)
    return check_content(
        read_sources(settings.docs_dir),
        schema,
        today=today,
        report_path=settings.report_path,
        severities=settings.severities,
        use_directory_urls=settings.use_directory_urls,
        due_soon_days=settings.due_soon_days,
    )


def run_check(args: argparse.Namespace, settings: Settings) -> int:
    if args.rules:
        severities = {**settings.severities, **dict(args.rules)}
        settings = dataclasses.replace(settings, severities=check_severities(severities))
    result = load_content_check(settings, args.today)
    prefixes = [_report_prefix(path, settings) for path in args.paths]
    findings = [
        finding
        for finding in result.findings
        if not prefixes or any(_is_under(finding.path, prefix) for prefix in prefixes)
    ]
    formatter = format_github if args.format == "github" else format_finding
    for finding in findings:
        print(formatter(finding))

    if args.readability:
        print_reading_grades(result, settings)

    counted = [finding for finding in findings if finding.severity in ("error", "warn")]
    errors = sum(finding.severity == "error" for finding in counted)
    print(
        f"{errors} error(s), {len(counted) - errors} warning(s) in {len(result.pages)} pages.",
        file=sys.stderr,
    )
    return EXIT_FINDINGS if counted else EXIT_CLEAN


def print_reading_grades(result: ContentCheck, settings: Settings) -> None:
    print(f"Reading grade (Flesch-Kincaid; pages under {MIN_WORDS} words are not measured):")
    for src_uri, page in sorted(result.pages.items()):
        grade = reading_grade(page)
        shown = "   -" if grade is None else f"{grade:4.1f}"
        print(f"{shown}  {settings.report_path(src_uri)}")


def run_coverage(args: argparse.Namespace, settings: Settings) -> int:
    result = load_content_check(settings, args.today)
    coverage = measure_coverage(result.catalogue)
    if args.format == "json":
        print(json.dumps(coverage_as_data(coverage), indent=2))
    else:
        print(format_coverage(coverage, result.catalogue.schema))
    return EXIT_CLEAN


def run_codeowners(args: argparse.Namespace, settings: Settings) -> int:
    result = load_content_check(settings, datetime.date.today())
    if result.errors:
        for finding in result.errors:
            print(format_finding(finding), file=sys.stderr)
        print(
            "inclusion: CODEOWNERS not written: pages with errors have no trusted owner. "
            "Fix the errors above first.",
            file=sys.stderr,
        )
        return EXIT_FINDINGS

    expected = render_codeowners(
        result.catalogue,
        result.catalogue.schema.vocabularies["owners"],
        default_owner=settings.default_owner,
        report_path=settings.report_path,
    )
    path = Path(args.output) if args.output else settings.root / ".github" / "CODEOWNERS"
    current = path.read_text(encoding="utf-8") if path.is_file() else ""
    if args.check:
        return _report_codeowners_drift(path, current, expected)
    if current != expected:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(expected, encoding="utf-8")
        print(f"Wrote {path}.", file=sys.stderr)
    else:
        print(f"{path} is up to date.", file=sys.stderr)
    return EXIT_CLEAN


def _report_codeowners_drift(path: Path, current: str, expected: str) -> int:
    if current == expected:
        print(f"{path} is up to date.", file=sys.stderr)
        return EXIT_CLEAN
    diff = difflib.unified_diff(
        current.splitlines(keepends=True),
        expected.splitlines(keepends=True),
        fromfile=f"{path} (committed)",
        tofile=f"{path} (from the content)",
    )
    sys.stdout.writelines(diff)
    print(
        f"inclusion: {path} is out of date with the pages' owners. "
        "Run 'inclusion codeowners' and commit the result.",
        file=sys.stderr,
    )
    return EXIT_FINDINGS


def run_review(args: argparse.Namespace, settings: Settings) -> int:
    result = load_content_check(settings, args.today)
    teams = review_report(result.catalogue, args.today, args.days)
    links = ReportLinks(settings.report_path, settings.site_url)
    if args.format == "json":
        data = report_data(teams, args.today, args.days, links)
        print(json.dumps(data, indent=2, ensure_ascii=False))
    elif args.format == "markdown":
        print(format_report_markdown(teams, args.today, args.days, links), end="")
    else:
        print(format_report_text(teams, args.today, args.days, links), end="")

    broken = {finding.path for finding in result.errors}
    if broken:
        print(
            f"{len(broken)} page(s) with errors are left out of this report; "
            "run 'inclusion check' to list them.",
            file=sys.stderr,
        )
    return EXIT_CLEAN


def _report_prefix(path: str, settings: Settings) -> str:
    absolute = Path(path).resolve()
    if not absolute.exists():
        raise SettingsError(f"{path} not found.")
    try:
        return absolute.relative_to(settings.root.resolve()).as_posix()
    except ValueError as error:
        raise SettingsError(f"{path} is outside the repository at {settings.root}.") from error


def _is_under(path: str, prefix: str) -> bool:
    return prefix in (".", "") or path == prefix or path.startswith(prefix.rstrip("/") + "/")


def _day_count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of days, such as 30")
    return int(text)


def _rule_severity(text: str) -> tuple[str, str]:
    rule, separator, severity = text.partition("=")
    if not separator or not rule or not severity:
        raise argparse.ArgumentTypeError(f"'{text}' is not RULE=SEVERITY, such as jargon=error")
    return rule, severity


def _iso_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date in the form YYYY-MM-DD"
        ) from error


if __name__ == "__main__":
    sys.exit(main())
