"""pages.json, the What's new page and feeds, and the review dashboard, built from the catalogue."""

import json
import xml.etree.ElementTree as ET

import pytest

from inclusion.generators import Site
from inclusion.generators.markdown import escape_text, link
from inclusion.generators.pages_json import generate_pages_json
from inclusion.generators.review_dashboard import generate_review_dashboard
from inclusion.generators.whats_new import generate_whats_new, latest_changes

from .helpers import TODAY, resource_text, run_check, run_command

SITE = Site(site_url="https://example.org/mir/", site_name="Test site", today=TODAY)

PAGES = {
    "about.md": "---\ntitle: About\ndescription: Who runs the site.\n---\n",
    "resources/visual-timetables.md": resource_text(),
    "resources/old.md": resource_text(
        page_id="old", title="title: Old *notes* [draft]", last_reviewed="last_reviewed: 2025-06-01"
    ),
    "resources/new.md": resource_text(
        page_id="new",
        title="title: New guide",
        owner="owner: send-team",
        first_published="first_published: 2026-11-20",
        last_reviewed="last_reviewed: 2026-11-20",
    ),
    "resources/soon.md": resource_text(
        page_id="soon", title="title: Soon due", review_interval="next_review: 2026-12-20"
    ),
    "resources/retired.md": resource_text(page_id="retired", status="status: retired"),
}


@pytest.fixture
def catalogue(schema):
    result = run_check(PAGES, schema)
    assert [f.rule for f in result.findings] == ["review-overdue", "review-due-soon"]
    return result.catalogue


def files_of(generator, catalogue):
    return {file.src_uri: file.content for file in generator(catalogue, SITE)}


def test_pages_json_lists_published_pages(catalogue):
    data = json.loads(files_of(generate_pages_json, catalogue)["pages.json"])
    assert data["version"] == 1
    assert data["built_on"] == "2026-12-04"
    assert [page["path"] for page in data["pages"]] == [
        "about/",
        "resources/new/",
        "resources/old/",
        "resources/soon/",
        "resources/visual-timetables/",
    ]


def test_pages_json_resource_entry(catalogue):
    data = json.loads(files_of(generate_pages_json, catalogue)["pages.json"])
    entry = next(page for page in data["pages"] if page["id"] == "old")
    assert entry["url"] == "https://example.org/mir/resources/old/"
    assert entry["kind"] == "resource"
    assert entry["owner"] == "autism-team"
    assert entry["owner_label"] == "Autism team"
    assert entry["last_reviewed"] == "2025-06-01"
    assert entry["next_review"] == "2026-06-01"
    assert entry["review_status"] == "overdue"
    assert entry["areas_of_need"] == ["universal", "communication-and-interaction"]
    assert entry["tags"] == ["autism"]
    assert entry["phases"] == ["primary"]


def test_pages_json_plain_page_has_no_owner(catalogue):
    data = json.loads(files_of(generate_pages_json, catalogue)["pages.json"])
    about = data["pages"][0]
    assert about["kind"] == "page"
    assert about["owner"] is None
    assert about["summary"] == "Who runs the site."


def test_latest_changes_newest_first(catalogue):
    changes = [(c.record.id, c.event, c.date.isoformat()) for c in latest_changes(catalogue)]
    assert changes == [
        ("new", "added", "2026-11-20"),
        ("soon", "reviewed", "2026-09-14"),
        ("visual-timetables", "reviewed", "2026-09-14"),
        ("old", "reviewed", "2025-06-01"),
    ]


def test_latest_changes_limit(catalogue):
    assert len(latest_changes(catalogue, limit=2)) == 2


def test_review_after_publishing_counts_as_reviewed(schema):
    text = resource_text(first_published="first_published: 2025-01-10")
    catalogue = run_check({"resources/visual-timetables.md": text}, schema).catalogue
    assert [c.event for c in latest_changes(catalogue)] == ["reviewed"]


def test_whats_new_page_links_and_escapes(catalogue):
    page = files_of(generate_whats_new, catalogue)["whats-new.md"]
    assert "[RSS feed](whats-new/feed.xml)" in page
    assert "- **20 November 2026**: [New guide](resources/new.md) (new resource)." in page
    assert r"[Old \*notes\* \[draft\]](resources/old.md)" in page


def test_rss_feed_items(catalogue):
    rss = ET.fromstring(files_of(generate_whats_new, catalogue)["whats-new/feed.xml"])
    assert rss.get("version") == "2.0"
    items = rss.findall("channel/item")
    assert [item.findtext("title") for item in items] == [
        "New guide",
        "Soon due",
        "Visual timetables",
        "Old *notes* [draft]",
    ]
    first = items[0]
    assert first.findtext("link") == "https://example.org/mir/resources/new/"
    assert first.findtext("pubDate") == "Fri, 20 Nov 2026 00:00:00 +0000"
    assert first.findtext("category") == "New resource"
    assert first.findtext("guid") == "https://example.org/mir/resources/new/#added-2026-11-20"


def test_json_feed_items(catalogue):
    feed = json.loads(files_of(generate_whats_new, catalogue)["whats-new/feed.json"])
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == "https://example.org/mir/whats-new/feed.json"
    item = feed["items"][0]
    assert item["url"] == "https://example.org/mir/resources/new/"
    assert item["date_published"] == "2026-11-20T00:00:00+00:00"
    assert item["_inclusion"] == {
        "id": "new",
        "kind": "resource",
        "event": "added",
        "owner": "send-team",
    }


def test_dashboard_groups_by_owner(catalogue):
    page = files_of(generate_review_dashboard, catalogue)["reviews.md"]
    assert "In all: 1 page overdue, 1 page due soon and 2 pages up to date." in page
    assert page.index("## SEND team") < page.index("## Autism team")
    assert "## Wellbeing and behaviour team" not in page
    autism = page[page.index("## Autism team") :]
    assert autism.index("### Overdue") < autism.index("### Due soon") < autism.index("### Up")
    assert (
        r"- [Old \*notes\* \[draft\]](resources/old.md) (resource): last reviewed 1 June 2025; "
        "next review was due 1 June 2026 (186 days ago)."
    ) in autism
    assert "next review due 20 December 2026 (in 16 days)." in autism


def test_dashboard_leaves_out_retired(catalogue):
    page = files_of(generate_review_dashboard, catalogue)["reviews.md"]
    assert "retired.md" not in page


def test_escape_text():
    assert escape_text("a_b *c* <d> & [e](f)") == r"a\_b \*c\* &lt;d&gt; &amp; \[e\]\(f\)"


def test_link_relative_to_page():
    assert link("X", "resources/a.md", "whats-new.md") == "[X](resources/a.md)"
    assert link("X", "resources/a.md", "audit/index.md") == "[X](../resources/a.md)"


def test_strict_build_writes_review_files(content_repo):
    pages = {k: v for k, v in PAGES.items() if k != "about.md"}
    repo = content_repo(pages)
    result = run_command(["mkdocs", "build", "--strict"], repo)
    assert result.returncode == 0, result.stderr
    build = repo / "build"
    assert json.loads((build / "pages.json").read_text())["pages"][0]["path"] == ""
    assert (build / "whats-new" / "feed.xml").is_file()
    assert (build / "whats-new" / "feed.json").is_file()
    whats_new = (build / "whats-new" / "index.html").read_text()
    assert '<a href="../resources/new/">New guide</a>' in whats_new
    assert '<a href="feed.xml">RSS feed</a>' in whats_new
    dashboard = (build / "reviews" / "index.html").read_text()
    assert '<h2 id="autism-team">Autism team</h2>' in dashboard
