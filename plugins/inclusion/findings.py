"""Findings: one result of one rule, and the ways a finding is printed."""

from __future__ import annotations

from dataclasses import dataclass, replace

SEVERITIES = ("error", "warn", "info", "ignore")

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
