"""Review status of pages, and the review report grouped by owner team.

The CLI (`inclusion review`), the review dashboard page and the reminder script all read
`review_report`, so they agree on which pages are overdue or due soon.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from .catalogue import AuditStatement, Catalogue, Resource
from .dates import CURRENT, DUE_SOON, DUE_SOON_DAYS, OVERDUE, review_status


@dataclass(frozen=True)
class PageReview:
    """One published page and where it stands against its next review date."""

    record: Resource | AuditStatement
    status: str
    days_left: int
    """Days from today to the next review date; negative once it has passed."""


@dataclass
class OwnerReviews:
    """Every published page of one owner team, soonest review first."""

    owner: str
    label: str
    contact: str = ""
    github: str = ""
    pages: list[PageReview] = field(default_factory=list)

    @property
    def overdue(self) -> list[PageReview]:
        return [page for page in self.pages if page.status == OVERDUE]

    @property
    def due_soon(self) -> list[PageReview]:
        return [page for page in self.pages if page.status == DUE_SOON]

    @property
    def due(self) -> list[PageReview]:
        """Pages overdue or due soon: the ones the team has to act on."""
        return [page for page in self.pages if page.status != CURRENT]


def review_report(
    catalogue: Catalogue, today: datetime.date, days: int = DUE_SOON_DAYS
) -> list[OwnerReviews]:
    """Group every published resource and audit statement by owner team.

    Every team of the owners vocabulary is listed, in vocabulary order, even with no pages, so a
    caller can tell "nothing due" from "team unknown".
    """
    teams = {
        term.id: OwnerReviews(term.id, term.label, term.contact, term.github)
        for term in catalogue.schema.vocabularies["owners"].terms
    }
    for record in (*catalogue.published_resources, *catalogue.published_statements):
        # NOTE: the validator rejects unknown owners, so every record has a team here.
        team = teams[record.owner]
        team.pages.append(
            PageReview(
                record,
                review_status(record.next_review, today, days),
                (record.next_review - today).days,
            )
        )
    for team in teams.values():
        team.pages.sort(key=lambda page: (page.record.next_review, page.record.title))
    return list(teams.values())
