"""`pages.json`: every published page with its owner, review dates and tags, for other systems."""

from __future__ import annotations

import json
from typing import Any

from ..catalogue import AuditStatement, Catalogue, Page, Resource
from ..dates import review_status
from . import GeneratedFile, Site

PAGES_JSON = "pages.json"
# Increase when a field is renamed or removed. Adding a field keeps the version.
FORMAT_VERSION = 1


def generate_pages_json(catalogue: Catalogue, site: Site) -> list[GeneratedFile]:
    """Write `pages.json`, sorted by URL so the file changes only when the content does."""
    records = [
        *catalogue.published_resources,
        *catalogue.published_statements,
        *(page for page in catalogue.pages if page.published),
    ]
    data = {
        "version": FORMAT_VERSION,
        "site_url": site.site_url,
        "built_on": site.today.isoformat(),
        "pages": [page_entry(record, catalogue, site) for record in sorted(records, key=_url_of)],
    }
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return [GeneratedFile(PAGES_JSON, text)]


def page_entry(
    record: Resource | AuditStatement | Page, catalogue: Catalogue, site: Site
) -> dict[str, Any]:
    """Describe one page; owner and review fields are null for plain pages."""
    entry: dict[str, Any] = {
        "id": getattr(record, "id", None),
        "kind": record.kind,
        "title": record.title,
        "url": absolute_url(site, record.url),
        "path": record.url,
        "owner": None,
        "owner_label": None,
        "first_published": None,
        "last_reviewed": None,
        "next_review": None,
        "review_status": None,
    }
    if isinstance(record, Page):
        entry["summary"] = record.description
        return entry

    entry.update(
        owner=record.owner,
        owner_label=catalogue.schema.term_label("owners", record.owner),
        first_published=record.first_published.isoformat() if record.first_published else None,
        last_reviewed=record.last_reviewed.isoformat(),
        next_review=record.next_review.isoformat(),
        review_status=review_status(record.next_review, site.today),
    )
    if isinstance(record, Resource):
        entry.update(
            summary=record.summary,
            type=record.type,
            areas_of_need=list(record.areas_of_need),
            tags=list(record.tags),
            phases=list(record.phases),
            audiences=list(record.audiences),
            focus_areas=list(record.focus_areas),
        )
    else:
        entry.update(
            summary=record.statement, focus_area=record.focus_area, statutory=record.statutory
        )
    return entry


def absolute_url(site: Site, url: str) -> str:
    """Join a site-relative URL to `site_url`; without a `site_url` it stays relative."""
    if not site.site_url:
        return url
    return site.site_url.rstrip("/") + "/" + url


def _url_of(record: Resource | AuditStatement | Page) -> str:
    return record.url
