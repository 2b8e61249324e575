"""Rules across pages: unique ids and slugs, related resources and replacements."""

from .audit_fixtures import statement_text
from .helpers import findings_of, resource_text, short


def test_duplicate_id_reported_on_second_page(schema):
    pages = {
        "resources/visual-timetables.md": resource_text(),
        "resources/copy.md": resource_text(),
    }
    findings = findings_of(pages, schema)
    rules = [(f.path, f.rule) for f in findings]
    assert ("content/resources/copy.md", "duplicate-id") in rules
    assert ("content/resources/copy.md", "id-file-name") in rules
    assert all(path == "content/resources/copy.md" for path, _ in rules)


def test_duplicate_slug_in_other_folder(schema):
    pages = {
        "resources/visual-timetables.md": resource_text(),
        "more/visual-timetables.md": resource_text(page_id="other-id"),
    }
    findings = [f for f in findings_of(pages, schema) if f.rule == "duplicate-slug"]
    assert [f.path for f in findings] == ["content/more/visual-timetables.md"]
    assert findings[0].message == (
        "file name 'visual-timetables' is already used by content/resources/visual-timetables.md."
    )


def test_related_id_not_found_suggests_nearest(schema):
    pages = {
        "resources/visual-timetables.md": resource_text(related="related: [clear-instruction]"),
        "resources/clear-instructions.md": resource_text(page_id="clear-instructions"),
    }
    findings = findings_of(pages, schema)
    assert short(findings) == [(16, "related[0]", "unknown-reference")]
    assert findings[0].hint == "Did you mean 'clear-instructions'?"


def test_related_draft_is_warning(schema):
    pages = {
        "resources/visual-timetables.md": resource_text(related="related: [clear-instructions]"),
        "resources/clear-instructions.md": resource_text(
            page_id="clear-instructions", status="status: draft"
        ),
    }
    findings = findings_of(pages, schema)
    assert [(f.rule, f.severity) for f in findings] == [("unknown-reference", "warn")]


def test_related_to_itself(schema):
    text = resource_text(related="related: [visual-timetables]")
    findings = findings_of({"resources/visual-timetables.md": text}, schema)
    assert findings[0].message == "'visual-timetables' links the page to itself."


def test_replaced_by_must_exist(schema):
    text = resource_text(status="status: retired", replaced_by="replaced_by: newer-page")
    findings = findings_of({"resources/visual-timetables.md": text}, schema)
    assert short(findings) == [(16, "replaced_by", "unknown-reference")]


def test_statement_replaced_by_statement(schema):
    pages = {
        "audit/statements/old-displays.md": statement_text(
            "old-displays",
            "environment",
            status="status: retired",
            replaced_by="replaced_by: calm-displays",
        ),
        "audit/statements/calm-displays.md": statement_text("calm-displays", "environment"),
    }
    assert findings_of(pages, schema) == []


def test_statement_replaced_by_resource_rejected(schema):
    pages = {
        "resources/visual-timetables.md": resource_text(),
        "audit/statements/old-displays.md": statement_text(
            "old-displays",
            "environment",
            status="status: retired",
            replaced_by="replaced_by: visual-timetables",
        ),
    }
    findings = findings_of(pages, schema)
    assert [f.message for f in findings] == ["no audit statement has the id 'visual-timetables'."]


def test_invalid_target_not_reported_again(schema):
    pages = {
        "resources/visual-timetables.md": resource_text(owner="owner: autsim-team"),
        "resources/clear-instructions.md": resource_text(
            page_id="clear-instructions", related="related: [visual-timetables]"
        ),
    }
    findings = findings_of(pages, schema)
    assert [(f.path, f.rule) for f in findings] == [
        ("content/resources/visual-timetables.md", "vocabulary")
    ]
