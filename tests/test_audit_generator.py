"""The audit generator: the statements JSON file the tool loads, and the tool page."""

import json

import jsonschema

from inclusion.generators import Site
from inclusion.generators.audit import (
    AUDIT_PAGE_URI,
    STATEMENTS_URI,
    generate_audit,
    statements_data,
)

from .audit_fixtures import audit_pages, statement_text
from .helpers import ROOT, run_check, run_command


def data_of(pages, schema):
    check = run_check(pages, schema)
    assert check.errors == []
    return statements_data(check.catalogue, Site(site_url="https://example.org/"))


def test_statements_grouped_by_focus_area(schema):
    data = data_of(audit_pages(), schema)
    assert [s["id"] for s in data["statements"]] == [
        "calm-spaces",
        "visual-routines",
        "governor-checks",
        "send-policy",
    ]
    assert [a["id"] for a in data["focus_areas"]] == ["environment", "leadership"]
    assert data["focus_areas"][0]["label"] == "Classroom and school environment"


def test_phases_listed_for_rounds(schema):
    data = data_of(audit_pages(), schema)
    assert [p["id"] for p in data["phases"]] == ["early-years", "primary", "secondary", "post-16"]
    assert data["phases"][1]["label"] == "Primary"


def test_statements_file_versioned(schema):
    data = data_of(audit_pages(), schema)
    assert data["format"] == "mainstream-inclusion-audit-statements"
    assert data["version"] == 1
    assert len(data["revision"]) == 12
    assert data["site_url"] == "https://example.org/"


def test_statement_fields_and_resources(schema):
    calm = data_of(audit_pages(), schema)["statements"][0]
    assert calm["title"] == "Calm spaces"
    assert calm["statutory"] is True
    assert calm["stronger_practice"] == ["Every class uses it daily", "Pupils say it helps them"]
    assert calm["evidence_examples"] == ["Lesson visit notes"]
    assert calm["url"] == "audit/statements/calm-spaces/"
    assert calm["resources"] == [
        {
            "id": "quiet-spaces",
            "title": 'Quiet spaces, "calm corners" and breaks',
            "url": "resources/quiet-spaces/",
        },
        {
            "id": "visual-timetables",
            "title": "Visual timetables",
            "url": "resources/visual-timetables/",
        },
    ]


def test_retired_listed_and_draft_left_out(schema):
    data = data_of(audit_pages(), schema)
    assert [s["id"] for s in data["retired"]] == ["old-displays"]
    assert data["retired"][0]["focus_area"] == "environment"
    assert data["retired"][0]["replaced_by"] == "calm-spaces"
    ids = [s["id"] for s in data["statements"] + data["retired"]]
    assert "draft-idea" not in ids


def test_revision_follows_wording(schema):
    pages = audit_pages()
    before = data_of(pages, schema)["revision"]
    pages["audit/statements/send-policy.md"] = statement_text(
        "send-policy",
        "leadership",
        statement="statement: The SEND policy is new and plainly worded.",
    )
    assert data_of(pages, schema)["revision"] != before


def test_content_page_replaces_tool_page(schema):
    pages = {AUDIT_PAGE_URI: "---\ntitle: Our own audit page\n---\n\nHello.\n"}
    check = run_check(pages, schema)
    uris = [file.src_uri for file in generate_audit(check.catalogue, Site())]
    assert uris == [STATEMENTS_URI]


def test_built_site_has_tool_and_data(content_repo):
    repo = content_repo(audit_pages())
    result = run_command(["mkdocs", "build", "--strict"], repo)
    assert result.returncode == 0, result.stderr
    data = json.loads((repo / "build" / "audit" / "statements.json").read_text("utf-8"))
    assert len(data["statements"]) == 4
    html = (repo / "build" / "audit" / "index.html").read_text("utf-8")
    assert 'data-module="audit-tool"' in html
    assert 'data-statements="statements.json"' in html
    assert '<a href="statements/calm-spaces/">Calm spaces</a>' in html
    assert 'src="../assets/inclusion/js/modules.js" type="module"' in html
    assert (repo / "build" / "assets" / "inclusion" / "js" / "audit-tool.js").is_file()
    analysis = (repo / "build" / "audit" / "analysis" / "index.html").read_text("utf-8")
    assert 'data-module="audit-analysis"' in analysis
    retired = (repo / "build" / "audit" / "statements" / "old-displays" / "index.html").read_text()
    assert 'Use <a href="../calm-spaces/">Calm spaces</a> instead.' in retired


def test_export_schema_is_valid_json_schema():
    schema = json.loads((ROOT / "schema" / "audit-export.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    bad = {"format": "mainstream-inclusion-audit", "schema_version": 1, "rounds": [{}]}
    assert not jsonschema.Draft202012Validator(schema).is_valid(bad)
