"""The SEND self-review (audit) tool: its page and the JSON file of statements it loads.

The JSON file is the contract between the build and the browser tool, and exports made with the
tool name its `revision`, so a field is only ever added here, never renamed or removed, without
raising `STATEMENTS_FORMAT_VERSION`.
"""

from __future__ import annotations

import hashlib
import html
import json
import posixpath
from typing import Any

from ..catalogue import AuditStatement, Catalogue
from . import GeneratedFile, Site

AUDIT_PAGE_URI = "audit/index.md"
STATEMENTS_URI = "audit/statements.json"
STATEMENTS_FORMAT = "mainstream-inclusion-audit-statements"
STATEMENTS_FORMAT_VERSION = 1

PAGE_TITLE = "SEND self-review"


def generate_audit(catalogue: Catalogue, site: Site) -> list[GeneratedFile]:
    """Write the statements JSON file and, unless content/ has its own, the tool page."""
    data = statements_data(catalogue, site)
    files = [GeneratedFile(STATEMENTS_URI, json.dumps(data, indent=1, ensure_ascii=False) + "\n")]
    if catalogue.record(AUDIT_PAGE_URI) is None:
        files.append(GeneratedFile(AUDIT_PAGE_URI, audit_page(catalogue)))
    return files


def statements_data(catalogue: Catalogue, site: Site) -> dict[str, Any]:
    """Return the published statements, grouped by focus area, and the retired ones.

    Statement and resource URLs are relative to the site root. Drafts are left out; retired
    statements are listed so that answers given before they were retired can still be shown.
    """
    statements = [_statement_data(s, catalogue) for s in _in_focus_area_order(catalogue)]
    retired = [
        {
            "id": s.id,
            "title": s.title,
            "statement": s.statement,
            "focus_area": s.focus_area,
            "replaced_by": s.replaced_by,
        }
        for s in catalogue.statements
        if s.status == "retired"
    ]
    used_areas = {s.focus_area for s in catalogue.statements if s.status != "draft"}
    focus_areas = [
        {"id": term.id, "label": term.label, "description": term.description}
        for term in catalogue.schema.vocabularies["focus-areas"].terms
        if term.id in used_areas
    ]
    # The revision changes whenever any statement's wording, examples or links change, so an
    # export can say which set of statements it was made against.
    body = {"focus_areas": focus_areas, "statements": statements, "retired": retired}
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()
    # Phases are the choices for a round's optional phase, not part of what is rated, so they
    # stay out of the revision.
    phases = [
        {"id": term.id, "label": term.label}
        for term in catalogue.schema.vocabularies["phases"].terms
    ]
    return {
        "format": STATEMENTS_FORMAT,
        "version": STATEMENTS_FORMAT_VERSION,
        "revision": digest[:12],
        "site_url": site.site_url,
        "phases": phases,
        **body,
    }


def _in_focus_area_order(catalogue: Catalogue) -> list[AuditStatement]:
    order = {
        term_id: i for i, term_id in enumerate(catalogue.schema.vocabularies["focus-areas"].ids)
    }
    published = catalogue.published_statements
    return sorted(published, key=lambda s: (order.get(s.focus_area, len(order)), s.id))


def _statement_data(statement: AuditStatement, catalogue: Catalogue) -> dict[str, Any]:
    resources = [catalogue.resource(i) for i in statement.related]
    return {
        "id": statement.id,
        "title": statement.title,
        "statement": statement.statement,
        "focus_area": statement.focus_area,
        "statutory": statement.statutory,
        "stronger_practice": list(statement.stronger_practice),
        "weaker_practice": list(statement.weaker_practice),
        "evidence_examples": list(statement.evidence_examples),
        "url": statement.url,
        "resources": [
            {"id": r.id, "title": r.title, "url": r.url} for r in resources if r and r.published
        ],
    }


def audit_page(catalogue: Catalogue) -> str:
    """Return the Markdown of the tool page.

    Without JavaScript the page still lists every statement with a link to its own page. The
    tool starts from the `data-module` element and reads the JSON file next to the page.
    """
    return PAGE_TEMPLATE.format(
        title=PAGE_TITLE,
        statements_src=posixpath.basename(STATEMENTS_URI),
        statement_list=_statement_list(catalogue),
    )


def _statement_list(catalogue: Catalogue) -> str:
    statements = _in_focus_area_order(catalogue)
    if not statements:
        return "<p>No audit statements have been published yet.</p>"
    lines: list[str] = []
    current_area = None
    for statement in statements:
        if statement.focus_area != current_area:
            if current_area is not None:
                lines.append("</ul>")
            current_area = statement.focus_area
            label = catalogue.schema.term_label("focus-areas", current_area)
            lines.append(f"<h3>{html.escape(label)}</h3>")
            lines.append("<ul>")
        href = html.escape(_relative_to_page(statement.url))
        lines.append(f'<li><a href="{href}">{html.escape(statement.title)}</a></li>')
    lines.append("</ul>")
    return "\n".join(lines)


def _relative_to_page(url: str) -> str:
    """Turn a site-root URL into one relative to the tool page, which sits in audit/."""
    relative = posixpath.relpath(url, posixpath.dirname(AUDIT_PAGE_URI))
    return relative + "/" if url.endswith("/") else relative


PAGE_TEMPLATE = """\
---
title: {title}
description: >-
  Rate your school's support for pupils with SEND against clear statements, set goals and
  track progress.
---

# {title}

Use this self-review (audit) to see where your school's support for pupils with special
educational needs and disabilities (SEND) is strong and where it needs to grow. Rate each
statement, note your evidence and next steps, set goals, and repeat the review later to see what
has moved.

<div class="mir-audit-note" role="note">
<p><strong>Your answers stay on this device.</strong> They are kept in this browser's storage and
are not sent anywhere. To keep a copy, share it with a colleague or move to another computer,
use <em>Export</em>.</p>
</div>

<div class="mir-audit" data-module="audit-tool" data-statements="{statements_src}"
  data-site-root="../">
<p class="mir-audit__fallback">The interactive self-review needs JavaScript. You can still read
every statement, with examples of stronger and weaker practice, from the list below.</p>
</div>

<section class="mir-audit-statements" aria-labelledby="all-statements">
<h2 id="all-statements">All statements</h2>
{statement_list}
</section>
"""
