"""Template data for a page: tag labels, owner and review dates, in the words readers see."""

from __future__ import annotations

import datetime
from typing import Any

from .catalogue import AuditStatement, Catalogue, Resource
from .dates import review_status

# Vocabulary name and reader-facing label of each tag field shown on a resource page, in order.
RESOURCE_FACETS = (
    ("areas_of_need", "areas-of-need", "Areas of need"),
    ("tags", "needs", "Specific needs"),
    ("phases", "phases", "Phases"),
    ("audiences", "audiences", "Written for"),
    ("focus_areas", "focus-areas", "Focus areas"),
)


def format_date(value: datetime.date) -> str:
    """Write a date the way GOV.UK does, for example '4 December 2026'."""
    return f"{value.day} {value:%B %Y}"


def page_view(
    record: Resource | AuditStatement, catalogue: Catalogue, today: datetime.date
) -> dict[str, Any]:
    """Return what the page templates show for a resource or audit statement.

    `today` is the build date: `review_status` is `overdue` when the next review date had passed
    by then, which shows the out-of-date notice to readers without JavaScript.
    """
    schema = catalogue.schema
    owner = schema.vocabularies["owners"].get(record.owner)
    view: dict[str, Any] = {
        "kind": record.kind,
        "id": record.id,
        "title": record.title,
        "status": record.status,
        "owner": {"label": owner.label, "contact": owner.contact} if owner else None,
        "last_reviewed": format_date(record.last_reviewed),
        "last_reviewed_iso": record.last_reviewed.isoformat(),
        "next_review": format_date(record.next_review),
        "next_review_iso": record.next_review.isoformat(),
        "review_status": review_status(record.next_review, today),
        "replacement": _link(_replacement(record, catalogue)),
        "related": [
            link for link in (_link(catalogue.resource(i)) for i in record.related) if link
        ],
    }
    if isinstance(record, Resource):
        view["summary"] = record.summary
        view["type_label"] = schema.term_label("resource-types", record.type)
        view["facets"] = [
            _facet(catalogue, vocabulary, label, getattr(record, field))
            for field, vocabulary, label in RESOURCE_FACETS
            if getattr(record, field)
        ]
        view["sources"] = [{"title": s.title, "url": s.url} for s in record.sources]
        view["type"] = record.type
        view["tag_labels"] = "; ".join(
            term["label"] for facet in view["facets"] for term in facet["terms"]
        )
        view["search_words"] = search_words(record, catalogue)
    else:
        view["statement"] = record.statement
        view["statutory"] = record.statutory
        view["facets"] = [_facet(catalogue, "focus-areas", "Focus area", (record.focus_area,))]
        view["stronger_practice"] = list(record.stronger_practice)
        view["weaker_practice"] = list(record.weaker_practice)
        view["evidence_examples"] = list(record.evidence_examples)
    return view


def search_words(record: Resource, catalogue: Catalogue) -> str:
    """Return the formal names and synonyms of a resource's tags, for the search index only.

    Search matches these words as if they were in the page, so "ASC" finds a page tagged autism.
    """
    words: list[str] = []
    tagged = [("resource-types", (record.type,))]
    tagged += [(vocabulary, getattr(record, field)) for field, vocabulary, _ in RESOURCE_FACETS]
    for vocabulary, term_ids in tagged:
        for term_id in term_ids:
            term = catalogue.schema.vocabularies[vocabulary].get(term_id)
            if term:
                words += [term.formal, *term.synonyms]
    return ", ".join(dict.fromkeys(word for word in words if word))


def _facet(catalogue: Catalogue, vocabulary: str, label: str, term_ids) -> dict[str, Any]:
    terms = catalogue.schema.vocabularies[vocabulary]
    return {
        "label": label,
        "vocabulary": vocabulary,
        "terms": [{"id": i, "label": catalogue.schema.term_label(vocabulary, i)} for i in term_ids],
        "name": terms.label,
    }


def _replacement(
    record: Resource | AuditStatement, catalogue: Catalogue
) -> Resource | AuditStatement | None:
    if isinstance(record, AuditStatement):
        return catalogue.statement(record.replaced_by)
    return catalogue.resource(record.replaced_by)


def _link(record: Resource | AuditStatement | None) -> dict[str, str] | None:
    if record is None or not record.published:
        return None
    return {"title": record.title, "url": record.url}
