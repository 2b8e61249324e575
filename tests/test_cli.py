"""The `inclusion check` command: output formats, paths and exit codes."""

from inclusion.cli import main

from .helpers import resource_text


def run(capsys, *args):
    status = main(["--config-file", "mkdocs.yml", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_clean_repo_exits_zero(content_repo, capsys, monkeypatch):
    monkeypatch.chdir(content_repo({"resources/visual-timetables.md": resource_text()}))
    status, out, err = run(capsys, "check", "--today", "2026-12-04")
    assert status == 0
    assert out == ""
    assert "0 error(s), 0 warning(s) in 2 pages." in err


def test_findings_exit_one_with_located_lines(content_repo, capsys, monkeypatch):
    bad = resource_text(tags="tags: [autsim]", title="title: yes")
    monkeypatch.chdir(content_repo({"resources/visual-timetables.md": bad}))
    status, out, _ = run(capsys, "check", "--today", "2026-12-04")
    assert status == 1
    assert out.splitlines() == [
        "content/resources/visual-timetables.md:4: title: 'yes' is read by YAML as a yes/no "
        'value, not text. Put it in double quotes: "yes".',
        "content/resources/visual-timetables.md:9: tags[0]: 'autsim' is not a term of specific "
        "needs. Did you mean 'autism'?",
    ]


def test_github_format(content_repo, capsys, monkeypatch):
    bad = resource_text(tags="tags: [autsim]")
    monkeypatch.chdir(content_repo({"resources/visual-timetables.md": bad}))
    _, out, _ = run(capsys, "check", "--format", "github", "--today", "2026-12-04")
    assert out.strip() == (
        "::error file=content/resources/visual-timetables.md,line=9,title=vocabulary::"
        "tags[0]: 'autsim' is not a term of specific needs. Did you mean 'autism'?"
    )


def test_paths_limit_report(content_repo, capsys, monkeypatch):
    bad = resource_text(tags="tags: [autsim]")
    monkeypatch.chdir(content_repo({"resources/visual-timetables.md": bad, "other/x.md": "x"}))
    status, out, _ = run(capsys, "check", "content/resources", "--today", "2026-12-04")
    assert status == 1
    assert "content/other/x.md" not in out
    assert "visual-timetables.md:9" in out


def test_missing_config_exits_two(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    status, _, err = run(capsys, "check")
    assert status == 2
    assert "mkdocs.yml not found" in err


def test_missing_path_exits_two(content_repo, capsys, monkeypatch):
    monkeypatch.chdir(content_repo({}))
    status, _, err = run(capsys, "check", "content/nowhere")
    assert status == 2
    assert "content/nowhere not found" in err


def test_structural_rule_cannot_be_lowered(content_repo, capsys, monkeypatch):
    config = (
        "docs_dir: content\nplugins:\n  - inclusion:\n      rules:\n        yaml-syntax: warn\n"
    )
    monkeypatch.chdir(content_repo({}, mkdocs_yml=config))
    status, _, err = run(capsys, "check")
    assert status == 2
    assert "rules: yaml-syntax: this rule cannot be changed" in err


def test_rule_severity_setting_applies(content_repo, capsys, monkeypatch):
    config = (
        "docs_dir: content\nplugins:\n  - inclusion:\n      rules:\n        id-file-name: ignore\n"
    )
    monkeypatch.chdir(content_repo({"resources/other.md": resource_text()}, mkdocs_yml=config))
    status, out, _ = run(capsys, "check", "--today", "2026-12-04")
    assert (status, out) == (0, "")


def test_rule_option_overrides_severity(content_repo, capsys, monkeypatch):
    monkeypatch.chdir(content_repo({"resources/other.md": resource_text()}))
    status, out, _ = run(capsys, "check", "--rule", "id-file-name=info", "--today", "2026-12-04")
    assert status == 0
    assert "other.md:3: id:" in out


def test_rule_option_rejects_structural_rule(content_repo, capsys, monkeypatch):
    monkeypatch.chdir(content_repo({}))
    status, _, err = run(capsys, "check", "--rule", "yaml-syntax=warn")
    assert status == 2
    assert "this rule cannot be changed" in err


def test_unknown_rule_id_rejected(content_repo, capsys, monkeypatch):
    monkeypatch.chdir(content_repo({}))
    status, _, err = run(capsys, "check", "--rule", "review-overdu=error")
    assert status == 2
    assert "rules: 'review-overdu' is not a rule. Did you mean 'review-overdue'?" in err


def test_readme_lists_every_rule():
    from inclusion.findings import RULES

    from .helpers import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"| `{rule}` |" in readme, rule
