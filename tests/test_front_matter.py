"""Parsing front matter: encodings, line endings, delimiters and YAML syntax."""

from inclusion.front_matter import parse_page

from .helpers import resource_text


def rules(page):
    return [(finding.line, finding.rule) for finding in page.findings]


def test_clean_file_has_no_findings():
    page = parse_page("a.md", resource_text().encode())
    assert page.findings == []
    assert page.meta["title"] == "Visual timetables"
    assert page.lines[("title",)] == 4
    assert page.body.strip() == "## Who it helps\n\nEveryone."


def test_bom_and_crlf_parse_like_clean_file():
    clean = parse_page("a.md", resource_text().encode())
    crlf = parse_page("a.md", b"\xef\xbb\xbf" + resource_text().replace("\n", "\r\n").encode())
    assert crlf.findings == []
    assert crlf.meta == clean.meta
    assert crlf.lines == clean.lines
    assert crlf.body == clean.body
    assert crlf.body_line == clean.body_line


def test_not_utf8_reports_line_of_bad_byte():
    page = parse_page("a.md", b"---\ntitle: Caf\xe9\n---\n")
    assert page.meta is None
    assert rules(page) == [(2, "encoding")]
    assert "0xe9" in page.findings[0].message


def test_missing_front_matter():
    page = parse_page("a.md", b"# Just a heading\n\nText.\n")
    assert rules(page) == [(1, "front-matter")]
    assert page.findings[0].message == "front matter is missing."


def test_text_that_looks_like_front_matter():
    page = parse_page("a.md", b"title: Visual timetables\nstatus: published\n\nBody\n")
    assert rules(page) == [(1, "front-matter")]
    assert "looks like front matter" in page.findings[0].message


def test_front_matter_after_blank_line():
    page = parse_page("a.md", b"\n---\ntitle: A\n---\n")
    assert rules(page) == [(2, "front-matter")]
    assert "must start on line 1" in page.findings[0].message


def test_unclosed_front_matter():
    page = parse_page("a.md", b"---\ntitle: A\n\nBody text\n")
    assert rules(page) == [(1, "front-matter")]
    assert "not closed" in page.findings[0].message


def test_empty_front_matter():
    page = parse_page("a.md", b"---\n# only a comment\n---\nBody\n")
    assert rules(page) == [(1, "front-matter")]
    assert page.findings[0].message == "front matter is empty."


def test_tabs_reported_on_each_line():
    page = parse_page("a.md", b"---\ntitle: A\ntags:\n\t- autism\n\t- adhd\n---\n")
    assert rules(page) == [(4, "yaml-syntax"), (5, "yaml-syntax")]
    assert "tab" in page.findings[0].message


def test_unquoted_colon_gives_line_column_hint():
    page = parse_page("a.md", b"---\nkind: resource\ntitle: Guide: getting started\n---\n")
    assert rules(page) == [(3, "yaml-syntax")]
    finding = page.findings[0]
    assert "column 13" in finding.message
    assert 'title: "Guide: getting started"' in finding.hint


def test_duplicate_field_reported_with_both_lines():
    page = parse_page("a.md", b"---\ntitle: First\nstatus: draft\ntitle: Second\n---\n")
    assert rules(page) == [(4, "duplicate-field")]
    assert page.findings[0].field == "title"
    assert "line 2" in page.findings[0].message
    assert page.meta["title"] == "First"


def test_list_item_lines_are_kept():
    page = parse_page("a.md", b"---\ntags:\n  - autism\n  - hearing\n---\n")
    assert page.lines[("tags", 0)] == 3
    assert page.lines[("tags", 1)] == 4


def test_front_matter_not_a_mapping():
    page = parse_page("a.md", b"---\n- one\n- two\n---\n")
    assert rules(page) == [(2, "front-matter")]


def test_custom_yaml_tag_rejected():
    page = parse_page("a.md", b"---\ntitle: !!python/name:os.system\n---\n")
    assert rules(page) == [(2, "yaml-syntax")]


def test_alias_rejected_before_expansion():
    levels = "".join(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 10))
    text = "---\ntitle: A\na0: &a0 [x,x,x,x,x,x,x,x,x]\n" + levels + "---\n"
    page = parse_page("a.md", text.encode())
    assert page.meta is None
    assert {finding.rule for finding in page.findings} == {"yaml-syntax"}
    assert len(page.findings) == 9
    assert "aliases" in page.findings[0].message


def test_scalar_alias_rejected():
    page = parse_page("a.md", b"---\ntitle: &t Same\nsummary: *t\n---\n")
    assert rules(page) == [(2, "yaml-syntax")]


def test_tag_on_list_rejected():
    page = parse_page("a.md", b"---\ntype: !!python/object/apply:os.system [ls]\n---\n")
    assert rules(page) == [(2, "yaml-syntax")]
    assert "python/object/apply" in page.findings[0].message
