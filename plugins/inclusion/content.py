"""Check the whole content repo in one pass and build the catalogue.

The CLI and the MkDocs plugin both call `check_content`, so they report the same findings.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .catalogue import Catalogue, build_catalogue
from .dates import DUE_SOON_DAYS
from .findings import Finding, apply_severities
from .front_matter import ParsedPage, parse_page
from .plain_english import MAX_GRADE, check_jargon, check_readability
from .references import check_references
from .schema import Schema
from .validation import validate_page


@dataclass
class ContentCheck:
    """The result of checking a content repo: each page parsed once, the catalogue and findings."""

    pages: dict[str, ParsedPage]
    metas: dict[str, dict[str, Any]]
    catalogue: Catalogue
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.severity == "error"]


def check_content(
    sources: Iterable[tuple[str, bytes]],
    schema: Schema,
    *,
    today: datetime.date,
    report_path: Callable[[str], str] = str,
    severities: dict[str, str] | None = None,
    use_directory_urls: bool = True,
    max_grade: float = MAX_GRADE,
    due_soon_days: int = DUE_SOON_DAYS,
) -> ContentCheck:
    """Parse, validate and catalogue every page.

    Args:
        sources: `(src_uri, raw bytes)` for each Markdown page, `src_uri` relative to content/.
        schema: The vocabularies and page schemas.
        today: The date review dates are compared with.
        report_path: Turns a `src_uri` into the path printed in findings, such as
            `content/resources/visual-timetables.md`.
        severities: Severity per rule id, overriding each rule's default.
        use_directory_urls: The MkDocs setting of the same name, for page URLs.
        max_grade: The reading grade above which a page gets a readability warning.
        due_soon_days: How many days before its next review date a page is reported as
            due soon.
    """
    pages: dict[str, ParsedPage] = {}
    metas: dict[str, dict[str, Any]] = {}
    findings: list[Finding] = []
    for src_uri, data in sources:
        page = parse_page(report_path(src_uri), data)
        pages[src_uri] = page
        meta, page_findings = validate_page(page, schema, today, due_soon_days)
        findings += page.findings + page_findings
        if meta is not None:
            findings += check_jargon(page, meta, schema.jargon) + check_readability(page, max_grade)
        if meta is not None and not page.findings:
            metas[src_uri] = meta

    findings += check_references(pages, metas, report_path)
    findings = apply_severities(findings, severities or {})
    broken = {f.path for f in findings if f.severity == "error"}
    valid = {uri: meta for uri, meta in metas.items() if report_path(uri) not in broken}
    catalogue = build_catalogue(valid, schema, use_directory_urls)
    return ContentCheck(pages, valid, catalogue, findings)


def read_sources(content_dir: Path) -> list[tuple[str, bytes]]:
    """Read every Markdown page under the content folder, in path order."""
    return [
        (path.relative_to(content_dir).as_posix(), path.read_bytes())
        for path in sorted(content_dir.rglob("*.md"))
        if path.is_file()
    ]
