"""The catalogue: every valid page of the content repo as a typed record.

Listings, counts, JSON outputs and templates read the catalogue; nothing else re-reads content/.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from .schema import Schema
from .validation import review_due


@dataclass(frozen=True)
class Source:
    """A public source a page cites."""

    title: str
    url: str


@dataclass(frozen=True)
class Reviewed:
    """Fields shared by pages that have an owner and review dates."""

    src_uri: str
    url: str
    id: str
    title: str
    status: str
    owner: str
    last_reviewed: datetime.date
    next_review: datetime.date
    related: tuple[str, ...]
    replaced_by: str
    first_published: datetime.date | None

    @property
    def published(self) -> bool:
        return self.status == "published"


@dataclass(frozen=True)
class Resource(Reviewed):
    """A classroom strategy, guide or other help."""

    summary: str = ""
    type: str = ""
    areas_of_need: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    phases: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    focus_areas: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()

    kind = "resource"


@dataclass(frozen=True)
class AuditStatement(Reviewed):
    """One evidence statement of the SEND audit."""

    statement: str = ""
    focus_area: str = ""
    statutory: bool = False
    stronger_practice: tuple[str, ...] = ()
    weaker_practice: tuple[str, ...] = ()
    evidence_examples: tuple[str, ...] = ()

    kind = "audit-statement"


@dataclass(frozen=True)
class Page:
    """A plain page such as the home or help page."""

    src_uri: str
    url: str
    title: str
    description: str = ""
    status: str = "published"

    kind = "page"

    @property
    def published(self) -> bool:
        return self.status == "published"


@dataclass
class Catalogue:
    """Every valid page, by kind, and the schema that gives tag labels."""

    schema: Schema
    resources: list[Resource] = field(default_factory=list)
    statements: list[AuditStatement] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    _indexes: dict[str, tuple[int, dict[str, Any]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def record(self, src_uri: str) -> Resource | AuditStatement | Page | None:
        return self._index("src_uri", (*self.resources, *self.statements, *self.pages)).get(src_uri)

    def resource(self, resource_id: str) -> Resource | None:
        return self._index("resource", self.resources).get(resource_id)

    def statement(self, statement_id: str) -> AuditStatement | None:
        return self._index("statement", self.statements).get(statement_id)

    def _index(self, name: str, *lists: list) -> dict[str, Any]:
        # Every page looks up records while it renders, so a scan of the lists would make the
        # build quadratic in the number of pages. The lists only grow (build_catalogue appends),
        # so an index is rebuilt whenever its list's length has changed.
        size = sum(len(records) for records in lists)
        index = self._indexes.get(name)
        if index is None or index[0] != size:
            key = "src_uri" if name == "src_uri" else "id"
            lookup: dict[str, Any] = {}
            for records in lists:
                for record in records:
                    lookup.setdefault(getattr(record, key), record)
            index = self._indexes[name] = (size, lookup)
        return index[1]

    @property
    def published_resources(self) -> list[Resource]:
        return [resource for resource in self.resources if resource.published]

    @property
    def published_statements(self) -> list[AuditStatement]:
        return [statement for statement in self.statements if statement.published]


def page_url(src_uri: str, use_directory_urls: bool = True) -> str:
    """Return the URL MkDocs gives a Markdown page, relative to the site root."""
    stem = src_uri.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return f"{stem}/" if use_directory_urls else f"{stem}.html"


def build_catalogue(
    metas: dict[str, dict[str, Any]], schema: Schema, use_directory_urls: bool = True
) -> Catalogue:
    """Build the catalogue from the validated `meta` of each page, keyed by `src_uri`."""
    catalogue = Catalogue(schema)
    for src_uri in sorted(metas):
        meta = metas[src_uri]
        url = page_url(src_uri, use_directory_urls)
        if meta["kind"] == "resource":
            catalogue.resources.append(_resource(src_uri, url, meta))
        elif meta["kind"] == "audit-statement":
            catalogue.statements.append(_statement(src_uri, url, meta))
        else:
            catalogue.pages.append(
                Page(
                    src_uri,
                    url,
                    meta["title"],
                    meta.get("description", ""),
                    meta.get("status", "published"),
                )
            )
    return catalogue


def _reviewed_fields(src_uri: str, url: str, meta: dict[str, Any]) -> dict[str, Any]:
    return {
        "src_uri": src_uri,
        "url": url,
        "id": meta["id"],
        "title": meta["title"],
        "status": meta["status"],
        "owner": meta["owner"],
        "last_reviewed": datetime.date.fromisoformat(meta["last_reviewed"]),
        "next_review": review_due(meta),
        "related": tuple(meta.get("related", ())),
        "replaced_by": meta.get("replaced_by", ""),
        "first_published": (
            datetime.date.fromisoformat(meta["first_published"])
            if meta.get("first_published")
            else None
        ),
    }


def _resource(src_uri: str, url: str, meta: dict[str, Any]) -> Resource:
    return Resource(
        **_reviewed_fields(src_uri, url, meta),
        summary=meta["summary"],
        type=meta["type"],
        areas_of_need=tuple(meta["areas_of_need"]),
        tags=tuple(meta.get("tags", ())),
        phases=tuple(meta["phases"]),
        audiences=tuple(meta["audiences"]),
        focus_areas=tuple(meta["focus_areas"]),
        sources=tuple(Source(s["title"], s["url"]) for s in meta.get("sources", ())),
    )


def _statement(src_uri: str, url: str, meta: dict[str, Any]) -> AuditStatement:
    return AuditStatement(
        **_reviewed_fields(src_uri, url, meta),
        statement=meta["statement"],
        focus_area=meta["focus_area"],
        statutory=meta.get("statutory", False),
        stronger_practice=tuple(meta["stronger_practice"]),
        weaker_practice=tuple(meta["weaker_practice"]),
        evidence_examples=tuple(meta["evidence_examples"]),
    )
