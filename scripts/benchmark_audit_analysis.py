"""Time the analysis page (audit/analysis/) opening 500 exports of 40 statements each.

The script builds a throwaway site with 40 audit statements, writes 500 exports shaped like the
self-review tool's (schema version 2, one audit per file, 250 schools with two audits each,
every answer with notes), serves the site on 127.0.0.1 and opens all files at once in headless
Debian Chromium through Playwright. For each run it records:

- load time: from choosing the files to the results being drawn;
- longest main-thread task, from the Long Tasks API (which reports only tasks over 50 ms);
- input delay: while the files load, the script types into a text box added to the page and
  measures, for each key, the time from the key event to its handler running.

Run it from the repository root, with the project's environment:

    .venv/bin/python scripts/benchmark_audit_analysis.py [--runs 3] [--files 500]

It prints a Markdown table to paste into BENCHMARKS.md, with the machine it ran on.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.audit_fixtures import statement_text  # noqa: E402
from tests.browser import CHROMIUM, CHROMIUM_ARGS, serve_directory  # noqa: E402
from tests.helpers import MKDOCS_YML  # noqa: E402

STATEMENTS = 40
FOCUS_AREAS = [
    "teaching-and-adaptations",
    "assessment-and-identification",
    "environment",
    "pastoral-support",
    "preparing-for-adulthood",
    "voice-of-child-and-family",
    "outcomes",
    "staff-skills-and-training",
]
PHASES = ["early-years", "primary", "secondary", "post-16", ""]
RATINGS = ["not-started", "emerging", "developing", "secure", None]

# Runs before the page's own scripts: keeps every long task, when the file input's change event
# reached the page, and a text box's key delays.
PROBE_SCRIPT = """
window.benchmark = { longTasks: [], keyDelays: [], changeAt: null };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.benchmark.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }
}).observe({ type: "longtask", buffered: true });
document.addEventListener("change", () => {
  window.benchmark.changeAt ??= performance.now();
}, true);
"""

ADD_TEXT_BOX = """() => {
  const box = document.createElement("input");
  box.id = "benchmark-probe";
  box.addEventListener("keydown", (event) => {
    window.benchmark.keyDelays.push(performance.now() - event.timeStamp);
  });
  document.body.prepend(box);
}"""


def statement_ids() -> list[str]:
    return [f"statement-{n:02d}" for n in range(1, STATEMENTS + 1)]


def build_site(folder: Path) -> Path:
    """Build a site with 40 published statements spread over 8 focus areas; return build/."""
    shutil.copytree(ROOT / "schema", folder / "schema")
    (folder / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    pages = {"index.md": "---\ntitle: Home\n---\n\nHello.\n"}
    for n, statement_id in enumerate(statement_ids()):
        area = FOCUS_AREAS[n % len(FOCUS_AREAS)]
        pages[f"audit/statements/{statement_id}.md"] = statement_text(statement_id, area)
    for src_uri, text in pages.items():
        path = folder / "content" / src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [str(mkdocs), "build", "--strict", "-q"], cwd=folder, check=True, env=environment
    )
    return folder / "build"


def write_exports(folder: Path, count: int, seed: int = 1) -> list[Path]:
    """Write `count` one-audit exports, two per school, with ratings and notes on every answer."""
    generator = random.Random(seed)
    paths = []
    for n in range(count):
        school = f"School number {n // 2 + 1}"
        date = "2026-01-15" if n % 2 == 0 else "2026-07-15"
        answers = {
            statement_id: {
                "rating": generator.choice(RATINGS),
                "evidence": f"Visits to {generator.randint(2, 9)} classes; pupil voice survey.",
                "next_steps": "Share the approach at the next staff meeting.",
                "goal": {"action": "", "lead": "", "review_date": ""},
                "statement_title": f"Title of {statement_id}",
                "statement_text": f"Staff make {statement_id} part of everyday practice.",
                "rated_at": f"{date}T10:00:00.000Z",
            }
            for statement_id in statement_ids()
        }
        envelope = {
            "format": "mainstream-inclusion-audit",
            "schema_version": 2,
            "exported_at": f"{date}T12:00:00.000Z",
            "statements_revision": "000000000000",
            "rounds": [
                {
                    "id": f"round-{n}",
                    "school": school,
                    "phase": PHASES[(n // 2) % len(PHASES)],
                    "date": date,
                    "completed_by": "SENCO",
                    "created_at": f"{date}T09:00:00.000Z",
                    "updated_at": f"{date}T11:00:00.000Z",
                    "answers": answers,
                }
            ],
        }
        path = folder / f"send-self-review-school-{n:03d}.json"
        path.write_text(json.dumps(envelope, indent=2), encoding="utf-8")
        paths.append(path)
    return paths


def run_once(browser, url: str, paths: list[Path]) -> dict[str, float]:
    context = browser.new_context(base_url=url)
    context.add_init_script(PROBE_SCRIPT)
    tab = context.new_page()
    tab.goto("audit/analysis/")
    tab.locator(".mir-analysis--started").wait_for()
    tab.evaluate(ADD_TEXT_BOX)

    started = tab.evaluate("performance.now()")
    tab.locator('input[data-control="files"]').set_input_files([str(path) for path in paths])
    probe = tab.locator("#benchmark-probe")
    done = f"Read {len(paths)} of {len(paths)} files"
    # Type while the files load, so each key event waits behind whatever the page is doing.
    while not tab.locator(".mir-analysis__status").inner_text().startswith(done):
        probe.press("a")
    finished = tab.evaluate("performance.now()")

    results = tab.evaluate("window.benchmark")
    schools = tab.locator(".mir-analysis-schools tbody tr").count()
    context.close()
    if schools != len(paths) // 2:
        raise SystemExit(f"expected {len(paths) // 2} schools in the results, found {schools}")
    # The task that dispatches the change event also contains the browser's own work of taking
    # the chosen files, before any of the page's code runs. It is reported on its own.
    tasks = results["longTasks"]
    before = [task["duration"] for task in tasks if task["start"] <= results["changeAt"]]
    after = [task["duration"] for task in tasks if task["start"] > results["changeAt"]]
    return {
        "load_ms": finished - started,
        "choosing_task_ms": max(before, default=0.0),
        "longest_task_ms": max(after, default=0.0),
        "long_tasks": len(after),
        "keys": len(results["keyDelays"]),
        "max_key_delay_ms": max(results["keyDelays"], default=0.0),
    }


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [
            line.split(":", 1)[1].strip()
            for line in cpuinfo.read_text().splitlines()
            if line.startswith("model name")
        ]
        if names:
            cpu = f"{names[0]}, {len(names)} logical CPUs"
    described = f"{cpu}; {platform.system()} {platform.release()}"
    if hasattr(os, "getloadavg"):
        # Other work on the machine slows every number; the 1-minute load average shows how much.
        described += f"; load average {os.getloadavg()[0]:.1f} at the end"
    return described


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh page loads to time (default 3)")
    parser.add_argument("--files", type=int, default=500, help="exports to open (default 500)")
    options = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        site = build_site(folder / "repo")
        (folder / "exports").mkdir()
        paths = write_exports(folder / "exports", options.files)
        total_bytes = sum(path.stat().st_size for path in paths)
        with serve_directory(site) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            version = browser.version
            runs = [run_once(browser, url, paths) for _ in range(options.runs)]
            browser.close()

    print(
        f"{options.files} exports, {STATEMENTS} statements each, {total_bytes / 1e6:.1f} MB in all"
    )
    print(f"Chromium {version} (headless); {machine()}\n")
    print(
        "| run | load (ms) | task taking the files (ms) | longest task after (ms) "
        "| tasks over 50 ms after | keys typed | max key delay (ms) |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for n, run in enumerate(runs, start=1):
        print(
            f"| {n} | {run['load_ms']:.0f} | {run['choosing_task_ms']:.0f} "
            f"| {run['longest_task_ms']:.0f} | {run['long_tasks']} | {run['keys']} "
            f"| {run['max_key_delay_ms']:.0f} |"
        )
    median = statistics.median(run["load_ms"] for run in runs)
    print(f"\nMedian load time: {median:.0f} ms")


if __name__ == "__main__":
    main()
