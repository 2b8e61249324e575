"""Plain-English rules: jargon phrases, acronyms on first use, and reading level."""

from inclusion.front_matter import parse_page
from inclusion.plain_english import JargonTerm, check_jargon, check_readability, reading_grade

from .helpers import findings_of, resource_text, short

PATH = "resources/visual-timetables.md"


def jargon_of(schema, body, **fields):
    findings = findings_of({PATH: resource_text(body=body, **fields)}, schema)
    return [f for f in findings if f.rule == "jargon"]


def test_phrase_in_prose_reported_with_plain_words(schema):
    findings = jargon_of(schema, "Intro.\n\nThis is ordinarily available provision for all.\n")
    assert short(findings) == [(20, "", "jargon")]
    assert findings[0].severity == "warn"
    assert findings[0].message.startswith("'ordinarily available provision' is jargon.")
    assert findings[0].hint == "Write: what every school should offer."


def test_phrase_matched_in_any_case(schema):
    findings = jargon_of(schema, "We follow the Graduated Approach.\n")
    assert len(findings) == 1


def test_formal_term_in_brackets_allowed(schema):
    body = "Help with learning and thinking (cognition and learning).\n"
    assert jargon_of(schema, body) == []


def test_formal_term_as_prose_reported(schema):
    assert len(jargon_of(schema, "Cognition and learning needs vary.\n")) == 1


def test_acronym_expanded_on_first_use(schema):
    body = "Ask the special educational needs co-ordinator (SENCO). The SENCO will help.\n"
    assert jargon_of(schema, body) == []


def test_acronym_plural_expansion_counts(schema):
    body = "For special educational needs co-ordinators (SENCOs).\n\nAsk the SENCO.\n"
    assert jargon_of(schema, body) == []


def test_acronym_first_use_unexpanded(schema):
    body = "Ask the SENCO.\n\nThe special educational needs co-ordinator (SENCO) helps.\n"
    findings = jargon_of(schema, body)
    assert short(findings) == [(18, "", "jargon")]
    assert "not expanded on its first use" in findings[0].message


def test_acronym_in_summary_counts_as_first_use(schema):
    summary = "summary: Help for pupils with SEMH needs in every class of the school."
    findings = jargon_of(schema, "Social, emotional and mental health (SEMH).\n", summary=summary)
    assert short(findings) == [(5, "", "jargon")]


def test_acronym_in_title_not_reported(schema):
    body = "Attention deficit hyperactivity disorder (ADHD) affects attention.\n"
    assert jargon_of(schema, body, title="title: ADHD in class") == []


def test_acronym_inside_link_address_ignored(schema):
    body = "See [the guide](https://example.org/SEMH-guide) and <https://example.org/SENCO>.\n"
    assert jargon_of(schema, body) == []


def test_acronym_in_code_ignored(schema):
    assert jargon_of(schema, "Type `SEMH` in the box.\n\n```\nSENCO\n```\n") == []


def test_statement_lists_are_reader_text(schema):
    term = JargonTerm("EHC", "acronym", "education, health and care (EHC)", "Expand it.")
    text = (
        "---\nkind: audit-statement\nstronger_practice:\n  - Plans for EHC pupils\n---\n"
        "An education, health and care (EHC) plan.\n"
    )
    page = parse_page("a.md", text.encode())
    findings = check_jargon(page, page.meta, (term,))
    assert [f.line for f in findings] == [4]


def test_term_severity_from_jargon_list(schema):
    term = JargonTerm("wave 1", "phrase", "whole-class support", "Jargon.", "error")
    page = parse_page("a.md", b"---\ntitle: A\n---\nWave 1 support.\n")
    assert [f.severity for f in check_jargon(page, page.meta, (term,))] == ["error"]


def test_rule_setting_changes_jargon_severity(schema):
    from .helpers import run_check

    text = resource_text(body="This is the graduated approach.\n")
    result = run_check({PATH: text}, schema, severities={"jargon": "error"})
    assert [f.severity for f in result.findings] == ["error"]


def test_readability_warns_on_hard_text():
    sentence = (
        "Notwithstanding institutional considerations, multidisciplinary practitioners "
        "systematically operationalise individualised educational interventions. "
    )
    page = parse_page("a.md", ("---\ntitle: A\n---\n" + sentence * 20).encode())
    findings = check_readability(page, max_grade=10)
    assert [f.rule for f in findings] == ["readability"]
    assert findings[0].line == 4
    assert "above the maximum of 10" in findings[0].message


def test_readability_passes_plain_text():
    sentence = "The class reads a short book. Then they talk about it with a friend. "
    page = parse_page("a.md", ("---\ntitle: A\n---\n" + sentence * 20).encode())
    assert check_readability(page) == []
    assert reading_grade(page) < 5


def test_short_page_not_measured():
    page = parse_page("a.md", b"---\ntitle: A\n---\nNotwithstanding multidisciplinary.\n")
    assert reading_grade(page) is None
