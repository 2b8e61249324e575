"""Helpers for tests: a valid resource to vary, and ways to run checks and commands."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from inclusion.content import ContentCheck, check_content
from inclusion.findings import Finding
from inclusion.schema import Schema

ROOT = Path(__file__).resolve().parents[1]
TODAY = datetime.date(2026, 12, 4)

# A valid resource, one field a line, so a test can replace or delete a line by field name.
RESOURCE_FIELDS = {
    "kind": "kind: resource",
    "id": "visual-timetables",
    "title": "title: Visual timetables",
    "summary": "summary: Pictures that show the day help pupils who find change hard.",
    "status": "status: published",
    "type": "type: strategy",
    "areas_of_need": "areas_of_need: [universal, communication-and-interaction]",
    "tags": "tags: [autism]",
    "phases": "phases: [primary]",
    "audiences": "audiences: [teachers]",
    "focus_areas": "focus_areas: [environment]",
    "owner": "owner: autism-team",
    "last_reviewed": "last_reviewed: 2026-09-14",
    "review_interval": "review_interval: 12 months",
}


def resource_text(body: str = "## Who it helps\n\nEveryone.\n", **fields: str | None) -> str:
    """Return a resource page; each keyword replaces that field's line, or deletes it if None."""
    lines = dict(RESOURCE_FIELDS)
    lines["id"] = f"id: {fields.pop('page_id', 'visual-timetables')}"
    for name, line in fields.items():
        if line is None:
            lines.pop(name, None)
        else:
            lines[name] = line
    return "---\n" + "\n".join(lines.values()) + "\n---\n\n" + body


def run_check(pages: dict[str, str | bytes], schema: Schema, **options) -> ContentCheck:
    """Check pages given as {src_uri: text or bytes}, reporting paths under content/."""
    sources = [
        (src_uri, text.encode("utf-8") if isinstance(text, str) else text)
        for src_uri, text in pages.items()
    ]
    return check_content(
        sources, schema, today=TODAY, report_path=lambda src_uri: f"content/{src_uri}", **options
    )


def findings_of(pages: dict[str, str | bytes], schema: Schema) -> list[Finding]:
    return run_check(pages, schema).findings


def short(findings: list[Finding]) -> list[tuple[int, str, str]]:
    """Reduce findings to (line, field, rule), for comparing as data."""
    return [(finding.line, finding.field, finding.rule) for finding in findings]


MKDOCS_YML = """\
site_name: Test site
docs_dir: content
site_dir: build
theme:
  name: material
  font: false
plugins:
  - inclusion:
      today: "2026-12-04"
nav:
  - Home: index.md
"""


def run_command(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """Run a command from this environment's bin folder and capture its output."""
    executable = Path(sys.executable).parent / args[0]
    # Quiets the banner Material prints on every build, which would bury the lines tests read.
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [str(executable), *args[1:]],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
    )


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def write_content_repo(root: Path, pages: dict[str, str], mkdocs_yml: str = MKDOCS_YML) -> Path:
    """Write a content repo with the real schema under `root`, for fixtures wider than a test."""
    shutil.copytree(ROOT / "schema", root / "schema")
    (root / "mkdocs.yml").write_text(mkdocs_yml, encoding="utf-8")
    all_pages = {"index.md": "---\ntitle: Home\n---\n\n# Home\n\nHello.\n", **pages}
    for src_uri, text in all_pages.items():
        path = root / "content" / src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root
