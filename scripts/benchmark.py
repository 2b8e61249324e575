#!/usr/bin/env python3
"""Measure the build and the search of a synthetic content repo of N resources.

For each N, the script writes N resources of about 500 words with a spread of tags, then builds
them twice: with the full product (this repository's mkdocs.yml, our plugin and Pagefind) and
with a baseline (plain Material, resources not in the nav, Material's built-in search, no plugin
of ours). It reports build time, peak memory and page sizes for both, then serves the full site
on 127.0.0.1 and measures in headless Chromium what one filtered search and the first load of the
directory and of a term page transfer.

    .venv/bin/python scripts/benchmark.py --sizes 1000 5000 --output build/benchmark.json

Needs Debian's chromium for the browser measurements; --no-browser skips them.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inclusion.schema import load_schema  # noqa: E402
from tests.browser import CHROMIUM, CHROMIUM_ARGS, serve_directory  # noqa: E402

TOPIC_WORDS = (
    "pupil class teacher visual routine support lesson plan talk listen wait calm space "
    "choice picture timer task step model check praise group partner adult quiet sound light "
    "movement break reading writing number memory feeling worry change transition morning "
    "home family school friend play share notice record review progress goal small clear short"
).split()
SYLLABLES = "ba ce di fo gu ha ke li mo nu pa re si to vu wa ze lo mi ne ra su te vo".split()


def vocabulary(size: int = 4000) -> tuple[list[str], list[float]]:
    """Return the words of the synthetic text and cumulative weights that follow Zipf's law.

    The topic words rank from about 100th, so a word such as "routine" appears on roughly 40%
    of pages, as a common topic word would; the rest are made-up words, so each page has a few
    hundred distinct words, as real text does.
    """
    rng = random.Random(0)
    filler = sorted(
        {"".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(size * 2)}
    )[:size]
    rng.shuffle(filler)
    words = filler[:100] + TOPIC_WORDS + filler[100:]
    weights = [1 / rank for rank in range(1, len(words) + 1)]
    cumulative = list(itertools.accumulate(weights))
    return words, cumulative


WORDS, CUMULATIVE_WEIGHTS = vocabulary()

# The filtered search the browser runs: a common word narrowed by two filters.
SEARCH = "search/?q=routine&areas-of-need=universal&phases=primary"
DIRECTORY = "resources/?areas-of-need=universal&phases=primary"
TERM_PAGE = "areas-of-need/universal/"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[1000, 5000],
        help="numbers of resources to build (default: 1000 5000)",
    )
    parser.add_argument("--output", type=Path, help="also write the results to this JSON file")
    parser.add_argument(
        "--no-browser", action="store_true", help="skip the measurements in Chromium"
    )
    parser.add_argument("--keep", action="store_true", help="keep the synthetic repos")
    args = parser.parse_args()

    results = {"machine": machine(), "runs": []}
    for size in args.sizes:
        work = Path(tempfile.mkdtemp(prefix=f"benchmark-{size}-"))
        try:
            results["runs"].append(measure(size, work, browser=not args.no_browser))
        finally:
            if not args.keep:
                shutil.rmtree(work)
        print(json.dumps(results["runs"][-1], indent=2), flush=True)

    runs = {run["resources"]: run for run in results["runs"]}
    if 1000 in runs and 5000 in runs:
        results["scaling_5000_over_1000"] = round(
            runs[5000]["full"]["seconds"] / runs[1000]["full"]["seconds"], 2
        )
        results["scaling_5000_over_1000_cpu"] = round(
            runs[5000]["full"]["cpu_seconds"] / runs[1000]["full"]["cpu_seconds"], 2
        )
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in results.items() if k != "runs"}, indent=2))
    return 0


def machine() -> dict:
    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"model name\s*:\s*(.*)", cpuinfo.read_text())
        cpu = found.group(1) if found else ""
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        found = re.search(r"MemTotal:\s*(\d+) kB", meminfo.read_text())
        memory = f"{int(found.group(1)) // 1024 // 1024} GiB" if found else ""
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
        "system": platform.platform(),
        "python": platform.python_version(),
    }


def measure(size: int, work: Path, *, browser: bool) -> dict:
    write_repo(work, size)
    full = build(work, "mkdocs-full.yml", work / "site-full")
    baseline = build(work, "mkdocs-baseline.yml", work / "site-baseline")
    # The full product without the Pagefind step, to show how the time divides.
    no_index = build(work, "mkdocs-no-index.yml", work / "site-no-index")
    page = "resources/r00000/index.html"
    run = {
        "resources": size,
        "full": full,
        "baseline": baseline,
        "full_without_search_index": no_index,
        "full_over_baseline": round(full["seconds"] / baseline["seconds"], 2),
        "full_over_baseline_cpu": round(full["cpu_seconds"] / baseline["cpu_seconds"], 2),
        "load_average_after": os.getloadavg()[0],
        "resource_page_bytes": {
            "full": (work / "site-full" / page).stat().st_size,
            "baseline": (work / "site-baseline" / page).stat().st_size,
        },
    }
    if browser:
        run["browser"] = measure_transfers(work / "site-full")
    return run


def write_repo(root: Path, size: int) -> None:
    """Write the schema, two mkdocs.yml files and `size` synthetic resources under `root`."""
    shutil.copytree(ROOT / "schema", root / "schema")
    schema = load_schema(root / "schema")
    content = root / "content"
    (content / "resources").mkdir(parents=True)
    for name in ("index.md", "about.md", "help.md"):
        shutil.copy(ROOT / "content" / name, content / name)

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["site_dir"] = "site-full"
    config["plugins"] = [{"inclusion": {"schema_dir": "schema", "today": "2026-12-04"}}]
    (root / "mkdocs-full.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    config["site_dir"] = "site-no-index"
    config["plugins"] = [
        {"inclusion": {"schema_dir": "schema", "today": "2026-12-04", "search": False}}
    ]
    (root / "mkdocs-no-index.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    config["site_dir"] = "site-baseline"
    config["plugins"] = ["search"]
    config["nav"] = [{"Home": "index.md"}]
    # en-GB comes from our plugin's theme folder, which plain Material does not have.
    config["theme"]["language"] = "en"
    (root / "mkdocs-baseline.yml").write_text(yaml.safe_dump(config), encoding="utf-8")

    rng = random.Random(size)
    terms = {name: schema.vocabularies[name].ids for name in schema.vocabularies}
    for number in range(size):
        page_id = f"r{number:05d}"
        text = resource(page_id, number, terms, rng)
        (content / "resources" / f"{page_id}.md").write_text(text, encoding="utf-8")


def resource(page_id: str, number: int, terms: dict, rng: random.Random) -> str:
    """Return one synthetic resource: varied tags and about 500 words of body."""

    def some(name: str, low: int, high: int) -> str:
        return json.dumps(rng.sample(terms[name], rng.randint(low, high)))

    def sentence() -> str:
        words = rng.choices(WORDS, cum_weights=CUMULATIVE_WEIGHTS, k=rng.randint(8, 16))
        return " ".join(words).capitalize() + "."

    title = f"{' '.join(rng.choices(TOPIC_WORDS, k=3)).capitalize()} {number}"
    paragraphs = [" ".join(sentence() for _ in range(5)) for _ in range(6)]
    body = "\n\n".join(
        [
            "## Who it helps",
            paragraphs[0],
            paragraphs[1],
            "## What to do",
            *(f"{step}. {sentence()}" for step in range(1, 6)),
            "",
            paragraphs[2],
            "## Why it works",
            paragraphs[3],
            paragraphs[4],
            "## Next steps",
            paragraphs[5],
        ]
    )
    return (
        "---\n"
        f"kind: resource\nid: {page_id}\ntitle: {json.dumps(title)}\n"
        f"summary: {json.dumps(sentence())}\nstatus: published\n"
        f"type: {rng.choice(terms['resource-types'])}\n"
        f"areas_of_need: {some('areas-of-need', 1, 2)}\ntags: {some('needs', 0, 2)}\n"
        f"phases: {some('phases', 1, 2)}\naudiences: {some('audiences', 1, 2)}\n"
        f"focus_areas: {some('focus-areas', 1, 2)}\nowner: {rng.choice(terms['owners'])}\n"
        "last_reviewed: 2026-09-14\nreview_interval: 12 months\n"
        "---\n\n" + body + "\n"
    )


def build(root: Path, config_file: str, site_dir: Path) -> dict:
    """Run `mkdocs build` and return its wall time, peak memory and the pages it wrote."""
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", config_file]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=root, env=env)
    # wait4 gives the child's resource use, which includes the processes it waited for
    # (Pagefind), so ru_maxrss is the peak of the largest process in the build.
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{config_file}: mkdocs build failed with exit code {process.returncode}")
    pages = sum(1 for _ in site_dir.rglob("*.html"))
    resources = sum(1 for _ in (root / "content" / "resources").glob("*.md"))
    cpu_seconds = usage.ru_utime + usage.ru_stime
    return {
        "seconds": round(seconds, 2),
        "ms_per_resource": round(seconds * 1000 / resources, 2),
        # CPU time of the build and the processes it waited for: less affected than wall time
        # by other work on the machine.
        "cpu_seconds": round(cpu_seconds, 2),
        "cpu_ms_per_resource": round(cpu_seconds * 1000 / resources, 2),
        "html_pages": pages,
        "peak_memory_mib": round(usage.ru_maxrss / 1024),
    }


def measure_transfers(site_dir: Path) -> dict:
    """Load the search page, the filtered directory and a term page in Chromium on loopback."""
    from playwright.sync_api import sync_playwright

    with serve_directory(site_dir) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            return {
                "filtered_search": transfer(browser, url, SEARCH, wait_for_results=True),
                "filtered_directory": transfer(browser, url, DIRECTORY, wait_for_results=True),
                "directory": transfer(browser, url, "resources/", wait_for_results=False),
                "term_page": transfer(browser, url, TERM_PAGE, wait_for_results=False),
            }
        finally:
            browser.close()


def transfer(browser, base_url: str, path: str, *, wait_for_results: bool) -> dict:
    """Open one page in a fresh context (empty cache) and add up the bytes of every response.

    `all`, `html_and_data` and `search_bundle` count body plus headers as the loopback server
    sends them, without HTTP compression; Pagefind compresses its own index files. `all_gzip`
    estimates the same visit from a host that gzips text.
    """
    context = browser.new_context(base_url=base_url)
    page = context.new_page()
    responses = []
    page.on("requestfinished", lambda request: responses.append(request))
    page.goto(path, wait_until="load")
    if wait_for_results:
        page.locator(".mir-finder__status").filter(has_text="found").wait_for(timeout=60_000)
        results = page.locator("[data-finder-results] li").count()
    else:
        results = None
    page.wait_for_load_state("networkidle")

    totals = {"all": 0, "all_gzip": 0, "html_and_data": 0, "search_bundle": 0}
    for request in responses:
        sizes = request.sizes()
        size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
        path_part = request.url.split("?", 1)[0]
        totals["all"] += size
        totals["all_gzip"] += sizes["responseHeadersSize"] + gzip_size(request, path_part)
        if "/pagefind/" in path_part:
            totals["search_bundle"] += size
        if request.resource_type == "document" or (
            "/pagefind/" in path_part and not path_part.endswith((".js", ".css"))
        ):
            totals["html_and_data"] += size
    context.close()
    return {"requests": len(responses), "results_shown": results, **totals}


def gzip_size(request, path: str) -> int:
    """Return the body size a static host that gzips text would send: an estimate at level 6.

    Pagefind's index, fragment, filter and WebAssembly files are compressed already, so they
    count as they are.
    """
    response = request.response()
    body = response.body() if response else b""
    if path.endswith((".pf_index", ".pf_fragment", ".pf_filter", ".pf_meta", ".pagefind")):
        return len(body)
    return len(gzip.compress(body, compresslevel=6))


if __name__ == "__main__":
    sys.exit(main())
