"""The generated page of the analysis across schools."""

from inclusion.generators import Site
from inclusion.generators.audit_analysis import ANALYSIS_PAGE_URI, generate_audit_analysis

from .audit_fixtures import audit_pages
from .helpers import run_check


def test_page_generated(schema):
    check = run_check(audit_pages(), schema)
    files = generate_audit_analysis(check.catalogue, Site())
    assert [file.src_uri for file in files] == [ANALYSIS_PAGE_URI]
    assert 'data-module="audit-analysis"' in files[0].content
    assert 'data-statements="../statements.json"' in files[0].content


def test_content_page_replaces_analysis_page(schema):
    pages = {ANALYSIS_PAGE_URI: "---\ntitle: Our own analysis\n---\n\nHello.\n"}
    check = run_check(pages, schema)
    assert generate_audit_analysis(check.catalogue, Site()) == []
