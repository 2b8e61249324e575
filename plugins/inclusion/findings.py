"""Findings: one result of one rule, and the ways a finding is printed."""

from __future__ import annotations

from dataclasses import dataclass, replace

SEVERITIES = ("error", "warn", "info", "ignore")

# Every rule id, with what it checks. Severities are set per rule id in mkdocs.yml or with
# `inclusion check --rule`; an id not listed here is a typo, so settings reject it.
RULES = {
    "encoding": "the file is UTF-8",
    "front-matter": "the page starts with front matter between '---' lines",
    "yaml-syntax": "the front matter is valid YAML, without tabs, aliases or tags",
    "duplicate-field": "no field is given twice",
    "unknown-kind": "kind is resource, audit-statement or page",
    "required-field": "every required field is present",
    "unknown-field": "every field is one the page schema defines",
    "value-type": "text is text and lists are lists, not what YAML turned them into",
    "invalid-date": "dates are real dates in the form YYYY-MM-DD",
    "invalid-value": "values match the page schema (status, ids, lengths, addresses)",
    "vocabulary": "tags are terms of their vocabulary",
    "vocabulary-spelling": "tags are written exactly as their term id",
    "duplicate-term": "no tag is listed twice",
    "html-in-text": "no front-matter value contains HTML or a script address",
    "review-dates": "review dates are present and consistent",
    "review-overdue": "the next review date has not passed",
    "review-due-soon": "the next review date is not within the due-soon window",
    "id-file-name": "the file is named after the page id",
    "duplicate-id": "no two pages share an id",
    "duplicate-slug": "no two pages share a file name",
    "unknown-reference": "related and replaced_by name existing, published pages",
    "jargon": "no term from schema/jargon.yml is used unexplained",
    "readability": "the body reads at or below the maximum grade",
}

# Rules whose findings mean a page cannot be read into the catalogue at all. Their severity is
# always "error": a setting cannot lower it.
STRUCTURAL_RULES = frozenset(
    {
        "encoding",
        "front-matter",
        "yaml-syntax",
        "duplicate-field",
        "unknown-kind",
        "required-field",
        "unknown-field",
        "value-type",
        "invalid-date",
        "invalid-value",
        "vocabulary",
        "html-in-text",
        "duplicate-id",
        "duplicate-slug",
    }
)


@dataclass(frozen=True, order=True)
class Finding:
    """One result of one rule, located at a 1-based line of a file.

    Field order is the sort order: by path, then line.
    """

    path: str
    line: int
    field: str
    message: str
    hint: str = ""
    severity: str = "error"
    rule: str = ""

    def with_severity(self, severity: str) -> Finding:
        return replace(self, severity=severity)


def format_finding(finding: Finding) -> str:
    """Format a finding compiler-style: `path:line: field: message hint`."""
    text = f"{finding.field}: {finding.message}" if finding.field else finding.message
    if finding.hint:
        text = f"{text} {finding.hint}"
    return f"{finding.path}:{finding.line}: {text}"


def format_github(finding: Finding) -> str:
    """Format a finding as a GitHub Actions workflow command, shown as an annotation."""
    level = {"error": "error", "warn": "warning"}.get(finding.severity, "notice")
    text = f"{finding.field}: {finding.message}" if finding.field else finding.message
    if finding.hint:
        text = f"{text} {finding.hint}"
    properties = f"file={_escape_property(finding.path)},line={finding.line}"
    if finding.rule:
        properties += f",title={_escape_property(finding.rule)}"
    return f"::{level} {properties}::{_escape_data(text)}"


def apply_severities(findings: list[Finding], overrides: dict[str, str]) -> list[Finding]:
    """Apply per-rule severity overrides, drop ignored findings and sort the rest."""
    kept = []
    for finding in findings:
        if finding.rule not in RULES:
            # A programming error: every rule must be listed, so settings can name it.
            raise ValueError(f"finding of unregistered rule '{finding.rule}': add it to RULES")
        severity = finding.severity
        if finding.rule not in STRUCTURAL_RULES:
            severity = overrides.get(finding.rule, severity)
        if severity != "ignore":
            kept.append(finding.with_severity(severity))
    return sorted(kept)


# Escaping rules of GitHub Actions workflow commands: data escapes %, CR and LF; property
# values also escape ':' and ','.
def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
