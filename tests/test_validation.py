"""Validating one page's front matter: types, dates, vocabularies, HTML and review dates."""

import pytest

from .helpers import findings_of, resource_text, run_check, short

PATH = "resources/visual-timetables.md"


def check_resource(schema, **fields):
    return findings_of({PATH: resource_text(**fields)}, schema)


def test_valid_resource_has_no_findings(schema):
    assert check_resource(schema) == []


def test_finding_names_file_line_and_field(schema):
    findings = check_resource(schema, tags="tags: [autsim]")
    assert len(findings) == 1
    finding = findings[0]
    assert finding.path == "content/resources/visual-timetables.md"
    assert finding.line == 9
    assert finding.field == "tags[0]"
    assert finding.message == "'autsim' is not a term of specific needs."
    assert finding.hint == "Did you mean 'autism'?"


@pytest.mark.parametrize(
    ("line", "expected_rule"),
    [
        ("title: yes", "value-type"),
        ("title: 2024", "value-type"),
        ("title: 3.5", "value-type"),
        ("title: 2024-01-05", "value-type"),
        ("title:", "value-type"),
        ('title: "   "', "value-type"),
    ],
)
def test_yaml_type_where_text_was_meant(schema, line, expected_rule):
    findings = check_resource(schema, title=line)
    assert short(findings) == [(4, "title", expected_rule)]


def test_boolean_message_suggests_quotes(schema):
    finding = check_resource(schema, title="title: no")[0]
    assert finding.message == "'no' is read by YAML as a yes/no value, not text."
    assert finding.hint == 'Put it in double quotes: "no".'


@pytest.mark.parametrize(
    "line",
    [
        "last_reviewed: 2026-03-01",
        'last_reviewed: "2026-03-01"',
        "last_reviewed: '2026-03-01'",
        "last_reviewed: 2026-03-01T09:30:00Z",
        'last_reviewed: "2026-03-01 09:30"',
        "last_reviewed: 2026-03-01 09:30:00",
    ],
)
def test_date_forms_give_same_iso_date(schema, line):
    result = run_check({PATH: resource_text(last_reviewed=line)}, schema)
    assert result.findings == []
    assert result.metas[PATH]["last_reviewed"] == "2026-03-01"
    assert result.catalogue.resources[0].next_review.isoformat() == "2027-03-01"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "last_reviewed: 2024-02-30",
            "'2024-02-30' is not a real date (day is out of range for month).",
        ),
        (
            'last_reviewed: "2023-02-29"',
            "'2023-02-29' is not a real date (day is out of range for month).",
        ),
        ("last_reviewed: 14/09/2026", "'14/09/2026' is not a date in the form YYYY-MM-DD."),
        ("last_reviewed: September 2026", "'September 2026' is not a date in the form YYYY-MM-DD."),
    ],
)
def test_invalid_dates(schema, line, message):
    findings = check_resource(schema, last_reviewed=line)
    assert short(findings) == [(14, "last_reviewed", "invalid-date")]
    assert findings[0].message == message


def test_tags_given_as_string(schema):
    findings = check_resource(schema, tags="tags: autism")
    assert short(findings) == [(9, "tags", "value-type")]
    assert findings[0].message == "must be a list, but is text."
    assert findings[0].hint == "Write it as a list: tags: [autism]."


def test_tags_differing_by_case_and_space(schema):
    findings = check_resource(schema, areas_of_need='areas_of_need: [Universal, " universal "]')
    assert short(findings) == [
        (8, "areas_of_need[0]", "vocabulary-spelling"),
        (8, "areas_of_need[1]", "vocabulary-spelling"),
        (8, "areas_of_need[1]", "duplicate-term"),
    ]
    assert findings[0].hint == "Write 'universal'."


def test_label_matches_term_by_case(schema):
    findings = check_resource(schema, phases="phases: [Early Years]")
    assert (
        findings[0].message
        == "'Early Years' differs from the term 'early-years' only in case or spacing."
    )


def test_blank_and_non_text_tags(schema):
    findings = check_resource(schema, tags='tags: ["", 12, null]')
    assert short(findings) == [
        (9, "tags[0]", "value-type"),
        (9, "tags[1]", "value-type"),
        (9, "tags[2]", "value-type"),
    ]


def test_unknown_tag_suggests_nearest_term(schema):
    findings = check_resource(schema, phases="phases: [secondry]")
    assert findings[0].hint == "Did you mean 'secondary'?"


def test_synonym_suggests_its_term(schema):
    findings = check_resource(schema, tags="tags: [ASC]")
    assert findings[0].hint == "Did you mean 'autism'?"


def test_unknown_tag_far_from_any_term_lists_terms(schema):
    findings = check_resource(schema, phases="phases: [zzzzzz]")
    assert findings[0].hint == "Allowed terms: early-years, primary, secondary, post-16."


@pytest.mark.parametrize(
    "line",
    [
        'title: "<img src=x onerror=alert(1)>"',
        'summary: "Read this first </p><script>alert(1)</script> and then more text."',
        "summary: 'Click javascript:alert(1) to find out more about this topic.'",
    ],
)
def test_html_in_text_rejected(schema, line):
    field = line.split(":")[0]
    findings = check_resource(schema, **{field: line})
    assert [f.rule for f in findings] == ["html-in-text"]
    assert findings[0].field == field


def test_html_in_nested_source_title(schema):
    text = resource_text(sources='sources:\n  - title: "<b>Bold</b>"\n    url: https://www.gov.uk/')
    findings = findings_of({PATH: text}, schema)
    assert short(findings) == [(17, "sources[0].title", "html-in-text")]


def test_missing_required_field(schema):
    findings = check_resource(schema, summary=None)
    assert short(findings) == [(1, "", "required-field")]
    assert findings[0].message == "missing required field 'summary' for a resource."


def test_unknown_field_suggests_spelling(schema):
    findings = check_resource(schema, extra="titel: Something")
    assert short(findings) == [(16, "titel", "unknown-field")]
    assert findings[0].hint == "Did you mean 'title'?"


def test_invalid_status_suggests_value(schema):
    findings = check_resource(schema, status="status: publshed")
    assert findings[0].hint == "Did you mean 'published'?"


def test_invalid_id(schema):
    findings = check_resource(schema, page_id="Visual_Timetables")
    rules = [f.rule for f in findings]
    assert "invalid-value" in rules


def test_http_source_url_rejected(schema):
    text = resource_text(sources="sources:\n  - title: A source\n    url: http://example.org/")
    findings = findings_of({PATH: text}, schema)
    assert short(findings) == [(18, "sources[0].url", "invalid-value")]


def test_unknown_kind(schema):
    findings = check_resource(schema, kind="kind: resorce")
    assert short(findings) == [(2, "kind", "unknown-kind")]
    assert findings[0].hint == "Did you mean 'resource'?"


def test_next_review_before_last_review(schema):
    findings = check_resource(schema, review_interval="next_review: 2026-01-01")
    assert short(findings) == [(15, "next_review", "review-dates")]
    assert findings[0].message == "2026-01-01 is not after last_reviewed (2026-09-14)."


def test_missing_review_date(schema):
    findings = check_resource(schema, review_interval=None)
    assert short(findings) == [(1, "", "review-dates")]


def test_last_reviewed_in_future(schema):
    findings = check_resource(schema, last_reviewed="last_reviewed: 2027-01-01")
    assert short(findings) == [(14, "last_reviewed", "review-dates")]


def test_unparseable_review_interval(schema):
    findings = check_resource(schema, review_interval="review_interval: every year")
    assert short(findings) == [(15, "review_interval", "invalid-value")]


def test_interval_and_next_review_both_given(schema):
    text = resource_text(extra="next_review: 2027-06-01")
    findings = findings_of({PATH: text}, schema)
    assert short(findings) == [(16, "next_review", "review-dates")]


def test_unknown_owner(schema):
    findings = check_resource(schema, owner="owner: autism team")
    assert short(findings) == [(13, "owner", "vocabulary-spelling")]


def test_owner_not_in_vocabulary(schema):
    findings = check_resource(schema, owner="owner: finance-team")
    assert short(findings) == [(13, "owner", "vocabulary")]
    assert findings[0].path == "content/resources/visual-timetables.md"
    assert findings[0].message == "'finance-team' is not a term of owner teams."


def test_missing_last_reviewed(schema):
    findings = check_resource(schema, last_reviewed=None)
    assert short(findings) == [(1, "", "required-field")]
    assert findings[0].message == "missing required field 'last_reviewed' for a resource."


def test_invalid_next_review_date(schema):
    findings = check_resource(schema, review_interval="next_review: 2027-13-01")
    assert short(findings) == [(15, "next_review", "invalid-date")]


def test_all_findings_in_file_reported(schema):
    findings = check_resource(
        schema, title="title: yes", tags="tags: autism", last_reviewed="last_reviewed: 2024-02-30"
    )
    assert [f.line for f in findings] == [4, 9, 14]


def test_page_with_light_schema(schema):
    assert findings_of({"about.md": "---\ntitle: About\n---\nText\n"}, schema) == []
    findings = findings_of({"about.md": "---\ntitle: About\nsummary: x\n---\n"}, schema)
    assert short(findings) == [(3, "summary", "unknown-field")]


def test_enum_message_quotes_value_as_written(schema):
    findings = check_resource(schema, status="status: yes")
    assert findings[0].message == "'yes' is not allowed here."
    assert findings[0].hint == "Use one of: draft, published, retired."


def test_repeated_related_id_named(schema):
    findings = check_resource(schema, related="related: [visual-timetables-2, visual-timetables-2]")
    messages = [f.message for f in findings if f.field == "related"]
    assert messages == ["lists 'visual-timetables-2' more than once; delete the repeat."]
