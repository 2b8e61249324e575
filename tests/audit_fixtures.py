"""Fixture audit statements, until the real ones are in content/, and a repo that uses them."""

from __future__ import annotations

from .helpers import resource_text


def statement_text(statement_id: str, focus_area: str, **fields: str) -> str:
    """Return an audit statement page; each keyword replaces that field's whole line."""
    lines = {
        "kind": "kind: audit-statement",
        "id": f"id: {statement_id}",
        "title": f"title: Title of {statement_id}",
        "statement": f"statement: Staff make {statement_id} part of everyday practice for every pupil.",
        "focus_area": f"focus_area: {focus_area}",
        "stronger_practice": (
            "stronger_practice:\n  - Every class uses it daily\n  - Pupils say it helps them"
        ),
        "weaker_practice": (
            "weaker_practice:\n  - Only some classes use it\n  - It stops after a week"
        ),
        "evidence_examples": "evidence_examples:\n  - Lesson visit notes",
        "status": "status: published",
        "owner": "owner: send-team",
        "last_reviewed": "last_reviewed: 2026-09-14",
        "review_interval": "review_interval: 12 months",
    }
    lines.update(fields)
    return "---\n" + "\n".join(lines.values()) + "\n---\n\nMore about this statement.\n"


def audit_pages() -> dict[str, str]:
    """Return a content repo's pages: four statements in two focus areas, one retired, one
    draft, and two resources, one of them linked from a statement."""
    return {
        "resources/quiet-spaces.md": resource_text(
            page_id="quiet-spaces", title='title: Quiet spaces, "calm corners" and breaks'
        ),
        "resources/visual-timetables.md": resource_text(),
        "audit/statements/calm-spaces.md": statement_text(
            "calm-spaces",
            "environment",
            title="title: Calm spaces",
            related="related: [quiet-spaces, visual-timetables]",
            statutory="statutory: true",
        ),
        "audit/statements/visual-routines.md": statement_text("visual-routines", "environment"),
        "audit/statements/send-policy.md": statement_text("send-policy", "leadership"),
        "audit/statements/governor-checks.md": statement_text("governor-checks", "leadership"),
        "audit/statements/old-displays.md": statement_text(
            "old-displays",
            "environment",
            status="status: retired",
            replaced_by="replaced_by: calm-spaces",
        ),
        "audit/statements/draft-idea.md": statement_text(
            "draft-idea", "leadership", status="status: draft"
        ),
    }
