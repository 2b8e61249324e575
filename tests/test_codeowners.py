"""CODEOWNERS: generated from page owners, rewritten by a command, checked against the content."""

import dataclasses

import pytest

from inclusion.catalogue import Catalogue
from inclusion.cli import main
from inclusion.codeowners import CodeownersError, render_codeowners
from inclusion.schema import Vocabulary

from .helpers import MKDOCS_YML, ROOT, resource_text, run_check, run_command

FORK_YML = MKDOCS_YML.replace('      today: "2026-12-04"\n', "      default_owner: send-team\n")

PAGES = {
    "resources/visual-timetables.md": resource_text(),
    "resources/calm-corner.md": resource_text(
        page_id="calm-corner", owner="owner: semh-team", tags=None
    ),
}


def codeowners_of(pages, schema, **options) -> str:
    catalogue = run_check(pages, schema).catalogue
    return render_codeowners(
        catalogue,
        schema.vocabularies["owners"],
        report_path=lambda src_uri: f"content/{src_uri}",
        **options,
    )


def rules_of(text: str) -> list[str]:
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def test_each_page_asks_its_owner_team(schema):
    assert rules_of(codeowners_of(PAGES, schema, default_owner="send-team")) == [
        "*  @mainstream-inclusion/send-team",
        "/content/resources/calm-corner.md  @mainstream-inclusion/semh-team",
        "/content/resources/visual-timetables.md  @mainstream-inclusion/autism-team",
    ]


def test_default_line_comes_first(schema):
    text = codeowners_of(PAGES, schema, default_owner="send-team")
    # GitHub applies the last matching line, so the catch-all must come before page lines.
    assert rules_of(text)[0].startswith("* ")


def test_no_default_line_without_default_owner(schema):
    assert not any(line.startswith("*") for line in rules_of(codeowners_of(PAGES, schema)))


def test_unknown_default_owner_rejected(schema):
    with pytest.raises(CodeownersError, match="'autism' is not an owner team. Use one of: "):
        codeowners_of(PAGES, schema, default_owner="autism")


def test_owner_without_handle_rejected(schema):
    owners = schema.vocabularies["owners"]
    terms = tuple(
        dataclasses.replace(term, github="") if term.id == "semh-team" else term
        for term in owners.terms
    )
    catalogue = run_check(PAGES, schema).catalogue
    with pytest.raises(CodeownersError) as raised:
        render_codeowners(
            catalogue,
            Vocabulary(owners.name, owners.label, owners.description, terms),
            report_path=lambda src_uri: f"content/{src_uri}",
        )
    assert str(raised.value).startswith(
        "content/resources/calm-corner.md: owner team 'semh-team' has no GitHub handle."
    )


def test_path_with_space_rejected(schema):
    resource = run_check(PAGES, schema).catalogue.resources[0]
    spaced = dataclasses.replace(resource, src_uri="resources/calm corner.md")
    with pytest.raises(CodeownersError, match="contains a space"):
        render_codeowners(
            Catalogue(schema, resources=[spaced]),
            schema.vocabularies["owners"],
            report_path=lambda src_uri: f"content/{src_uri}",
        )


def run(capsys, *args):
    status = main(["--config-file", "mkdocs.yml", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_command_writes_then_check_passes(content_repo, capsys, monkeypatch):
    repo = content_repo(PAGES, FORK_YML)
    monkeypatch.chdir(repo)
    status, _, _ = run(capsys, "codeowners")
    assert status == 0
    written = (repo / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    assert "/content/resources/calm-corner.md  @mainstream-inclusion/semh-team\n" in written
    status, _, err = run(capsys, "codeowners", "--check")
    assert status == 0
    assert "is up to date." in err


def test_check_fails_after_owner_changes(content_repo, capsys, monkeypatch):
    repo = content_repo(PAGES, FORK_YML)
    monkeypatch.chdir(repo)
    run(capsys, "codeowners")
    moved = resource_text(page_id="calm-corner", owner="owner: send-team", tags=None)
    (repo / "content" / "resources" / "calm-corner.md").write_text(moved, encoding="utf-8")

    status, out, err = run(capsys, "codeowners", "--check")
    assert status == 1
    assert "-/content/resources/calm-corner.md  @mainstream-inclusion/semh-team" in out
    assert "+/content/resources/calm-corner.md  @mainstream-inclusion/send-team" in out
    assert "Run 'inclusion codeowners' and commit the result." in err


def test_check_fails_when_file_missing(content_repo, capsys, monkeypatch):
    monkeypatch.chdir(content_repo(PAGES, FORK_YML))
    status, _, _ = run(capsys, "codeowners", "--check")
    assert status == 1


def test_command_refuses_pages_with_errors(content_repo, capsys, monkeypatch):
    broken = {**PAGES, "resources/visual-timetables.md": resource_text(owner="owner: nobody")}
    repo = content_repo(broken, FORK_YML)
    monkeypatch.chdir(repo)
    status, _, err = run(capsys, "codeowners")
    assert status == 1
    assert "content/resources/visual-timetables.md:" in err
    assert "CODEOWNERS not written" in err
    assert not (repo / ".github" / "CODEOWNERS").exists()


def test_unknown_default_owner_is_usage_error(content_repo, capsys, monkeypatch):
    yml = FORK_YML.replace("default_owner: send-team", "default_owner: autism")
    monkeypatch.chdir(content_repo(PAGES, yml))
    status, _, err = run(capsys, "codeowners")
    assert status == 2
    assert "default_owner: 'autism' is not an owner team." in err


def test_committed_codeowners_matches_content():
    result = run_command(["inclusion", "codeowners", "--check"], ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
