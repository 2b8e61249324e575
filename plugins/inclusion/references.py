"""Rules that compare pages with each other: unique ids and slugs, and links by id."""

from __future__ import annotations

import difflib
from collections import defaultdict
from pathlib import PurePosixPath
from typing import Any

from .findings import Finding
from .front_matter import ParsedPage


def check_references(
    pages: dict[str, ParsedPage], metas: dict[str, dict[str, Any]], report_path
) -> list[Finding]:
    """Check ids, slugs and related-page links across every valid page.

    Args:
        pages: Every parsed page, keyed by `src_uri`.
        metas: The validated `meta` of each valid page, keyed by `src_uri`.
        report_path: Turns a `src_uri` into the path printed in findings.
    """
    findings: list[Finding] = []
    by_id: dict[str, list[str]] = defaultdict(list)
    by_slug: dict[str, list[str]] = defaultdict(list)
    for src_uri, meta in metas.items():
        if "id" in meta:
            by_id[meta["id"]].append(src_uri)
            by_slug[PurePosixPath(src_uri).stem].append(src_uri)

    def report(src_uri, path, message, hint, rule, severity="error"):
        line = pages[src_uri].line_of(path)
        field = ".".join(str(part) for part in path[:1]) + "".join(f"[{p}]" for p in path[1:])
        findings.append(Finding(report_path(src_uri), line, field, message, hint, severity, rule))

    for page_id, src_uris in by_id.items():
        for src_uri in src_uris[1:]:
            report(
                src_uri,
                ("id",),
                f"'{page_id}' is already the id of {report_path(src_uris[0])}.",
                "Ids must be unique and are never reused: choose a new one.",
                "duplicate-id",
            )
    for slug, src_uris in by_slug.items():
        for src_uri in src_uris[1:]:
            report(
                src_uri,
                (),
                f"file name '{slug}' is already used by {report_path(src_uris[0])}.",
                "Rename one file: each page's file name must be unique.",
                "duplicate-slug",
            )

    # A page with errors of its own is still a link target, so a bad field is reported once, in
    # its own file, and not again in every page that links to it.
    resources = _targets(pages, "resource")
    statements = _targets(pages, "audit-statement")
    for src_uri, meta in metas.items():
        stem = PurePosixPath(src_uri).stem
        if "id" in meta and meta["id"] != stem:
            report(
                src_uri,
                ("id",),
                f"'{meta['id']}' does not match the file name '{stem}'.",
                f"Rename the file to {meta['id']}.md so its address stays stable.",
                "id-file-name",
                "warn",
            )
        for index, related in enumerate(meta.get("related", ())):
            _check_link(report, src_uri, ("related", index), related, meta, resources)
        if meta.get("replaced_by"):
            # A page is replaced by a page of its own kind: a reworded statement by a statement.
            if meta.get("kind") == "audit-statement":
                targets, noun = statements, "audit statement"
            else:
                targets, noun = resources, "resource"
            _check_link(report, src_uri, ("replaced_by",), meta["replaced_by"], meta, targets, noun)
    return findings


def _targets(pages: dict[str, ParsedPage], kind: str) -> dict[str, dict[str, Any]]:
    return {
        page.meta["id"]: page.meta
        for page in pages.values()
        if isinstance(page.meta, dict)
        and page.meta.get("kind") == kind
        and isinstance(page.meta.get("id"), str)
    }


def _check_link(report, src_uri, path, target_id, meta, targets, noun="resource") -> None:
    if target_id == meta.get("id"):
        report(
            src_uri,
            path,
            f"'{target_id}' links the page to itself.",
            "Delete it.",
            "unknown-reference",
        )
    elif target_id not in targets:
        close = difflib.get_close_matches(target_id, list(targets), n=1)
        hint = f"Did you mean '{close[0]}'?" if close else f"Use the id of a {noun}."
        report(src_uri, path, f"no {noun} has the id '{target_id}'.", hint, "unknown-reference")
    elif (
        targets[target_id].get("status") in ("draft", "retired")
        and meta.get("status") == "published"
    ):
        report(
            src_uri,
            path,
            f"{noun} '{target_id}' is {targets[target_id]['status']}, so readers cannot open it.",
            f"Link a published {noun} instead.",
            "unknown-reference",
            "warn",
        )
