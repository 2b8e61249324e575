"""The "What's new" page and its RSS and JSON feeds: pages added or reviewed most recently.

A council's Local Offer site can read either feed to show new and updated resources.
"""

from __future__ import annotations

import datetime
import email.utils
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from ..catalogue import AuditStatement, Catalogue, Resource
from ..views import format_date
from . import GeneratedFile, Site
from .listing import markdown_page
from .markdown import escape_text, link
from .pages_json import absolute_url

PAGE = "whats-new.md"
RSS_FEED = "whats-new/feed.xml"
JSON_FEED = "whats-new/feed.json"
# How many changes the page and feeds list.
LIMIT = 30

ADDED, REVIEWED = "added", "reviewed"


@dataclass(frozen=True)
class Change:
    """The latest change to a page: added (first published) or reviewed, on a date."""

    record: Resource | AuditStatement
    event: str
    date: datetime.date

    @property
    def summary(self) -> str:
        if isinstance(self.record, Resource):
            return self.record.summary
        return self.record.statement

    @property
    def description(self) -> str:
        """What happened, in the reader's words, such as 'New resource'."""
        kind = "resource" if isinstance(self.record, Resource) else "audit statement"
        return f"New {kind}" if self.event == ADDED else f"Reviewed {kind}"


def latest_changes(catalogue: Catalogue, limit: int = LIMIT) -> list[Change]:
    """Return the latest change of each published page, newest first, at most `limit`.

    A page counts as added on its `first_published` date unless a later review replaces it.
    """
    changes = []
    for record in (*catalogue.published_resources, *catalogue.published_statements):
        published = record.first_published
        if published and published >= record.last_reviewed:
            changes.append(Change(record, ADDED, published))
        else:
            changes.append(Change(record, REVIEWED, record.last_reviewed))
    changes.sort(key=lambda change: (-change.date.toordinal(), change.record.title))
    return changes[:limit]


def generate_whats_new(catalogue: Catalogue, site: Site) -> list[GeneratedFile]:
    """Write the What's new page, an RSS 2.0 feed and a JSON Feed 1.1 of the same changes."""
    changes = latest_changes(catalogue)
    return [
        GeneratedFile(PAGE, markdown_page("What's new", whats_new_markdown(changes))),
        GeneratedFile(RSS_FEED, rss_feed(changes, site)),
        GeneratedFile(JSON_FEED, json_feed(changes, site)),
    ]


def whats_new_markdown(changes: list[Change]) -> str:
    lines = [
        "# What's new",
        "",
        "Resources and audit statements added or checked most recently, newest first. "
        f"To follow changes in a feed reader, use the {link('RSS feed', RSS_FEED, PAGE)} "
        f"or the {link('JSON feed', JSON_FEED, PAGE)}.",
        "",
    ]
    if not changes:
        lines.append("Nothing has been published yet.")
    for change in changes:
        lines.append(
            f"- **{format_date(change.date)}**: "
            f"{link(change.record.title, change.record.src_uri, PAGE)} "
            f"({change.description.lower()}). {escape_text(change.summary)}"
        )
    return "\n".join(lines) + "\n"


def _feed_title(site: Site) -> str:
    return f"{site.site_name}: what's new" if site.site_name else "What's new"


def _item_id(change: Change, site: Site) -> str:
    # A new id for each review, so feed readers show a page again after it is reviewed.
    return f"{absolute_url(site, change.record.url)}#{change.event}-{change.date.isoformat()}"


def rss_feed(changes: list[Change], site: Site) -> str:
    """Return an RSS 2.0 feed. Links are absolute only when the site sets `site_url`."""
    rss = ET.Element("rss", {"version": "2.0", "xmlns:atom": "http://www.w3.org/2005/Atom"})
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = _feed_title(site)
    ET.SubElement(channel, "link").text = absolute_url(site, "whats-new/")
    ET.SubElement(
        channel, "description"
    ).text = "Resources and audit statements added or reviewed most recently."
    ET.SubElement(channel, "language").text = "en-gb"
    ET.SubElement(
        channel,
        "atom:link",
        {"href": absolute_url(site, RSS_FEED), "rel": "self", "type": "application/rss+xml"},
    )
    ET.SubElement(channel, "lastBuildDate").text = _rfc822(site.today)
    for change in changes:
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = change.record.title
        ET.SubElement(item, "link").text = absolute_url(site, change.record.url)
        ET.SubElement(item, "guid", {"isPermaLink": "false"}).text = _item_id(change, site)
        ET.SubElement(item, "pubDate").text = _rfc822(change.date)
        ET.SubElement(item, "category").text = change.description
        ET.SubElement(item, "description").text = change.summary
    ET.indent(rss)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(rss, encoding="unicode") + "\n"


def json_feed(changes: list[Change], site: Site) -> str:
    """Return a JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/)."""
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": _feed_title(site),
        "home_page_url": absolute_url(site, "whats-new/"),
        "feed_url": absolute_url(site, JSON_FEED),
        "description": "Resources and audit statements added or reviewed most recently.",
        "language": "en-GB",
        "items": [
            {
                "id": _item_id(change, site),
                "url": absolute_url(site, change.record.url),
                "title": change.record.title,
                "content_text": change.summary,
                "date_published": _rfc3339(change.date),
                "tags": [change.description],
                # Extension fields start with an underscore, as JSON Feed requires.
                "_inclusion": {
                    "id": change.record.id,
                    "kind": change.record.kind,
                    "event": change.event,
                    "owner": change.record.owner,
                },
            }
            for change in changes
        ],
    }
    return json.dumps(feed, indent=2, ensure_ascii=False) + "\n"


def _midnight_utc(date: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(date, datetime.time(), tzinfo=datetime.UTC)


def _rfc822(date: datetime.date) -> str:
    return email.utils.format_datetime(_midnight_utc(date))


def _rfc3339(date: datetime.date) -> str:
    return _midnight_utc(date).isoformat()
