"""Coverage of the resource bank, from fixtures and from the real content."""

import json
import re
from html import unescape

import pytest

from inclusion.cli import load_content_check, main
from inclusion.coverage import coverage_as_data, measure_coverage
from inclusion.settings import load_settings

from .helpers import ROOT, TODAY, resource_text, run_check


@pytest.fixture(scope="module")
def real_catalogue():
    result = load_content_check(load_settings(ROOT / "mkdocs.yml"), TODAY)
    assert result.findings == []
    return result.catalogue


def test_counts_cells_and_gaps(schema):
    pages = {
        "resources/visual-timetables.md": resource_text(),
        "resources/second.md": resource_text(page_id="second", phases="phases: [primary, post-16]"),
        "resources/draft.md": resource_text(page_id="draft", status="status: draft"),
    }
    coverage = measure_coverage(run_check(pages, schema).catalogue)
    assert coverage.total == 2
    assert coverage.cell("universal", "primary").resource_ids == ("second", "visual-timetables")
    assert coverage.cell("universal", "post-16").count == 1
    assert coverage.cell("universal", "secondary").count == 0
    assert coverage.audiences["teachers"] == 2
    assert coverage.audiences["sencos"] == 0
    gaps = {(cell.area, cell.phase) for cell in coverage.gaps}
    assert ("universal", "secondary") in gaps
    assert ("universal", "primary") not in gaps
    assert {(cell.area, cell.phase) for cell in coverage.thin} == {
        ("universal", "primary"),
        ("universal", "post-16"),
        ("communication-and-interaction", "primary"),
        ("communication-and-interaction", "post-16"),
    }


def test_real_content_has_forty_resources(real_catalogue):
    assert len(real_catalogue.published_resources) >= 40


def test_real_content_covers_every_area_and_phase(real_catalogue):
    coverage = measure_coverage(real_catalogue)
    assert coverage.gaps == []
    for cell in coverage.cells:
        assert cell.count >= 1, (cell.area, cell.phase)


def test_real_content_serves_every_audience(real_catalogue):
    coverage = measure_coverage(real_catalogue)
    for audience, count in coverage.audiences.items():
        assert count >= 5, audience


def test_cli_json_matches_library(real_catalogue, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["coverage", "--format", "json", "--today", TODAY.isoformat()]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == coverage_as_data(measure_coverage(real_catalogue))


def test_cli_text_lists_gaps_and_thin(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["coverage", "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "By area of need and phase:" in out
    assert "Gaps (no resources): none" in out
    assert "Thin (fewer than 3):" in out


def test_coverage_page_matches_cli(built_site, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    main(["coverage", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    html = (built_site / "coverage" / "index.html").read_text(encoding="utf-8")

    assert f"<strong>{data['published_resources']} published resources</strong>" in html
    links = re.findall(r'aria-label="(\d+) resources[^"]*" href="\.\./resources/\?([^"]+)"', html)
    shown = {unescape(query): int(count) for count, query in links}
    for area, by_phase in data["areas_of_need_by_phase"].items():
        for phase, count in by_phase.items():
            if count:
                assert shown[f"areas-of-need={area}&phases={phase}"] == count, (area, phase)
            else:
                assert f"areas-of-need={area}&phases={phase}" not in shown
    for audience, count in data["audiences"].items():
        assert shown[f"audiences={audience}"] == count, audience
