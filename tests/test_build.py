"""End-to-end: real `mkdocs build --strict` runs on small content repos."""

from .helpers import resource_text, run_command


def test_strict_build_fails_and_names_bad_page(content_repo):
    bad = resource_text(tags="tags: [autsim]")
    repo = content_repo({"resources/visual-timetables.md": bad})
    result = run_command(["mkdocs", "build", "--strict"], repo)
    assert result.returncode == 1
    assert (
        "ERROR   -  inclusion: content/resources/visual-timetables.md:9: tags[0]: 'autsim' is "
        "not a term of specific needs. Did you mean 'autism'?"
    ) in result.stderr
    assert not (repo / "build" / "resources" / "visual-timetables" / "index.html").exists()


def test_strict_build_fails_on_warning(content_repo):
    repo = content_repo({"resources/other-name.md": resource_text()})
    result = run_command(["mkdocs", "build", "--strict"], repo)
    assert result.returncode == 1
    assert "WARNING -  inclusion: content/resources/other-name.md:3: id:" in result.stderr
    assert "Aborted with 1 warnings in strict mode!" in result.stdout + result.stderr


def test_cli_and_plugin_report_same_findings(content_repo):
    pages = {
        "resources/visual-timetables.md": resource_text(tags="tags: autism", title="title: yes"),
        "resources/second.md": "---\ntitle: Guide: getting started\n---\n",
    }
    repo = content_repo(pages)
    cli = run_command(["inclusion", "check", "--today", "2026-12-04"], repo)
    build = run_command(["mkdocs", "build"], repo)
    plugin_lines = [
        line.split("inclusion: ", 1)[1]
        for line in build.stderr.splitlines()
        if "inclusion: content/" in line
    ]
    assert cli.stdout.splitlines() == plugin_lines
    assert len(plugin_lines) == 3


def test_resource_page_shows_front_matter(content_repo):
    repo = content_repo({"resources/visual-timetables.md": resource_text()})
    result = run_command(["mkdocs", "build", "--strict"], repo)
    assert result.returncode == 0, result.stderr
    html = (repo / "build" / "resources" / "visual-timetables" / "index.html").read_text()
    assert '<h1 id="page-title" data-pagefind-sort="title">Visual timetables</h1>' in html
    assert "Pictures that show the day help pupils who find change hard." in html
    assert (
        '<a href="../../areas-of-need/communication-and-interaction/">'
        "Talking, listening and understanding</a></li>"
    ) in html
    assert '<a href="../../areas-of-need/universal/">Universal</a></li>' in html
    assert 'Last reviewed <time datetime="2026-09-14">14 September 2026</time>' in html
    assert "by the Autism team." in html
    assert 'Next review due <time datetime="2027-09-14">14 September 2027</time>.' in html


def test_draft_not_built_and_retired_shows_notice(content_repo):
    pages = {
        "resources/visual-timetables.md": resource_text(
            status="status: retired", replaced_by="replaced_by: clear-instructions"
        ),
        "resources/clear-instructions.md": resource_text(page_id="clear-instructions"),
        "resources/draft-page.md": resource_text(page_id="draft-page", status="status: draft"),
    }
    repo = content_repo(pages)
    result = run_command(["mkdocs", "build", "--strict"], repo)
    assert result.returncode == 0, result.stderr
    assert not (repo / "build" / "resources" / "draft-page").exists()
    retired = (repo / "build" / "resources" / "visual-timetables" / "index.html").read_text()
    assert "This page has been retired" in retired
    assert 'href="../clear-instructions/"' in retired


def test_plugin_escapes_body_free_meta(content_repo):
    text = resource_text(body="title: not meta\n\nBody starts here.\n")
    repo = content_repo({"resources/visual-timetables.md": text})
    result = run_command(["mkdocs", "build", "--strict"], repo)
    assert result.returncode == 0, result.stderr
    html = (repo / "build" / "resources" / "visual-timetables" / "index.html").read_text()
    assert "title: not meta" in html
