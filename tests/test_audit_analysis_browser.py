"""The analysis across schools in headless Chromium, fed with exports made by the real audit tool.

Three schools rate the four fixture statements in Chromium: Hillside (primary) and Oakfield
(secondary) twice, Riverside (primary) once. Brook Lane's file was exported by the tool at schema
version 1, before rounds recorded a phase. A truncated export and the site's statements.json
(a JSON file that is not an export) must be skipped with their reasons.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import urllib.request

import pytest
from playwright.sync_api import expect

from .browser import RequestLog
from .helpers import ROOT
from .test_audit_browser import rate, start_audit

pytestmark = pytest.mark.browser

V1_EXPORT = ROOT / "tests" / "fixtures" / "audit-exports" / "brook-lane-2025-12-01-v1.json"

# (school, phase, [(date, {statement id: rating label}), ...]) for each school driven in the tool.
SCHOOLS = [
    (
        "Hillside Primary",
        "Primary",
        [
            (
                "2026-01-15",
                {
                    "calm-spaces": "Not started",
                    "visual-routines": "Emerging",
                    "send-policy": "Developing",
                    "governor-checks": "Secure",
                },
            ),
            (
                "2026-07-10",
                {
                    "calm-spaces": "Developing",
                    "visual-routines": "Emerging",
                    "send-policy": "Secure",
                    "governor-checks": "Secure",
                },
            ),
        ],
    ),
    (
        "Oakfield Academy",
        "Secondary",
        [
            (
                "2026-02-01",
                {
                    "calm-spaces": "Emerging",
                    "visual-routines": "Developing",
                    "send-policy": "Not started",
                    "governor-checks": "Developing",
                },
            ),
            (
                "2026-07-01",
                {
                    "calm-spaces": "Emerging",
                    "visual-routines": "Secure",
                    "send-policy": "Emerging",
                    "governor-checks": "Emerging",
                },
            ),
        ],
    ),
    (
        "Riverside Infant School",
        "Primary",
        [
            (
                "2026-06-20",
                {
                    "calm-spaces": "Emerging",
                    "visual-routines": "Secure",
                    "send-policy": "Developing",
                },
            )
        ],
    ),
]


def export_download(tab, button_name):
    with tab.expect_download() as info:
        tab.get_by_role("button", name=button_name).first.click()
    return info.value


@pytest.fixture(scope="module")
def exports(browser, audit_url, tmp_path_factory):
    """Make the exports in the audit tool and return the folder of files to open."""
    folder = tmp_path_factory.mktemp("exports")
    for school, phase, rounds in SCHOOLS:
        context = browser.new_context(base_url=audit_url, accept_downloads=True)
        tab = context.new_page()
        tab.goto("audit/")
        tab.locator(".mir-audit--started").wait_for()
        for date, ratings in rounds:
            start_audit(tab, school=school, date=date, phase=phase)
            for statement_id, label in ratings.items():
                rate(tab, statement_id, label)
            # Oakfield sends one file per audit; the others send one file of all their audits.
            if school.startswith("Oakfield"):
                download = export_download(tab, "Export this audit (JSON)")
                download.save_as(folder / download.suggested_filename)
        if not school.startswith("Oakfield"):
            download = export_download(tab, "Export all audits (JSON)")
            download.save_as(folder / f"{school.split()[0].lower()}-all.json")
        context.close()

    shutil.copy(V1_EXPORT, folder / V1_EXPORT.name)
    riverside = (folder / "riverside-all.json").read_text("utf-8")
    (folder / "riverside-broken.json").write_text(riverside[: len(riverside) // 2], "utf-8")
    with urllib.request.urlopen(f"{audit_url}audit/statements.json") as response:
        (folder / "statements.json").write_bytes(response.read())
    return folder


@pytest.fixture
def analysis(browser, audit_url):
    """Return a function that opens the analysis page in a fresh context."""
    contexts = []

    def open_page():
        context = browser.new_context(base_url=audit_url, accept_downloads=True)
        log = RequestLog(audit_url)
        errors: list[str] = []
        tab = context.new_page()
        tab.on("request", log.record)
        tab.on("pageerror", lambda error: errors.append(str(error)))
        contexts.append((context, log, errors))
        tab.goto("audit/analysis/")
        tab.locator(".mir-analysis--started").wait_for()
        return tab

    yield open_page
    for context, log, errors in contexts:
        context.close()
        assert log.external == [], f"requests to other hosts: {log.external}"
        assert errors == [], f"script errors: {errors}"


def open_files(tab, paths):
    tab.locator('input[data-control="files"]').set_input_files(paths)
    tab.locator(".mir-analysis__results:not([hidden])").wait_for()


@pytest.fixture
def loaded(analysis, exports):
    tab = analysis()
    open_files(tab, sorted(exports.iterdir()))
    return tab


def table_rows(tab, class_name):
    rows = tab.locator(f".{class_name} tbody tr")
    return [
        [row.locator("th").inner_text(), *row.locator("td").all_inner_texts()] for row in rows.all()
    ]


def test_made_files_cover_cases(exports):
    names = sorted(path.name for path in exports.iterdir())
    assert len(names) == 7
    assert json.loads(V1_EXPORT.read_text("utf-8"))["schema_version"] == 1
    hillside = json.loads((exports / "hillside-all.json").read_text("utf-8"))
    assert hillside["schema_version"] == 2
    assert [r["phase"] for r in hillside["rounds"]] == ["primary", "primary"]


def test_skipped_files_listed(loaded):
    items = loaded.locator(".mir-analysis-skipped li").all_inner_texts()
    assert len(items) == 2
    assert items[0].startswith("riverside-broken.json: The file is not valid JSON")
    assert items[1].startswith("statements.json: The file is not a SEND self-review export")
    status = loaded.locator(".mir-analysis__status").inner_text()
    assert status == "Read 5 of 7 files; 2 skipped, listed below."


def test_overview_counts_schools(loaded):
    overview = loaded.locator(".mir-analysis-overview").inner_text()
    assert overview.startswith("4 schools and 6 audits from 5 files. Phase: all phases.")
    assert loaded.locator(".mir-analysis-small").count() == 1


def test_statement_counts_and_ranking(loaded):
    rows = table_rows(loaded, "mir-analysis-statements")
    assert [row[0] for row in rows] == [
        "Calm spaces",
        "Title of send-policy",
        "Title of visual-routines",
        "Title of governor-checks",
    ]
    # Not started, Emerging, Developing, Secure, Not rated, Emerging or below.
    assert rows[0][2:] == ["1", "2", "1", "0", "0", "75% (3 of 4)"]
    assert rows[1][2:] == ["0", "2", "1", "1", "0", "50% (2 of 4)"]
    assert rows[2][2:] == ["0", "2", "0", "2", "0", "50% (2 of 4)"]
    assert rows[3][2:] == ["0", "1", "1", "1", "1", "33% (1 of 3)"]
    assert rows[0][1] == "Classroom and school environment"


def test_focus_area_counts(loaded):
    rows = table_rows(loaded, "mir-analysis-areas")
    assert rows[0][0] == "Classroom and school environment"
    assert rows[0][1:] == ["1", "4", "1", "2", "0", "63% (5 of 8)", "1.5"]
    assert rows[1][0] == "Leadership"
    assert rows[1][1:] == ["0", "3", "2", "2", "1", "43% (3 of 7)", "1.9"]


def test_change_between_rounds(loaded):
    intro = loaded.locator(".mir-analysis-change-intro").inner_text()
    assert intro.startswith("2 schools have more than one audit.")
    rows = {row[0]: row[1:] for row in table_rows(loaded, "mir-analysis-change-statements")}
    # Focus area, Up, Down, No change, Newly rated, No longer rated, Mean change.
    assert rows["Calm spaces"][1:] == ["1", "0", "1", "0", "0", "+1.0"]
    assert rows["Title of send-policy"][1:] == ["2", "0", "0", "0", "0", "+1.0"]
    assert rows["Title of governor-checks"][1:] == ["0", "1", "1", "0", "0", "-0.5"]
    areas = table_rows(loaded, "mir-analysis-change-areas")
    assert areas[0] == ["Classroom and school environment", "1.0", "1.8", "+0.8", "75%", "50%"]


def test_training_and_resources_needed(loaded):
    topics = loaded.locator(".mir-analysis-topics > li")
    assert topics.count() == 4
    first = topics.first
    assert first.locator("strong").inner_text() == "Calm spaces"
    assert "3 of 4 schools at emerging or below (75%)" in first.inner_text()
    links = first.locator("ul a").all_inner_texts()
    assert links == ['Quiet spaces, "calm corners" and breaks', "Visual timetables"]
    needed = loaded.locator(".mir-analysis-needed li").all_inner_texts()
    assert [item.split(":")[0] for item in needed] == [
        "Title of send-policy",
        "Title of visual-routines",
        "Title of governor-checks",
    ]


def test_phase_filter(loaded):
    select = loaded.locator('select[data-control="phase"]')
    options = select.locator("option").all_inner_texts()
    assert options == [
        "All phases (4)",
        "Primary (2)",
        "Secondary (1)",
        "Phase not recorded (1)",
    ]
    select.select_option(label="Primary (2)")
    overview = loaded.locator(".mir-analysis-overview").inner_text()
    assert overview.startswith("2 schools and 3 audits from 5 files. Phase: Primary.")
    calm = table_rows(loaded, "mir-analysis-statements")[0]
    assert calm[0] == "Calm spaces"
    assert calm[2:] == ["0", "1", "1", "0", "0", "50% (1 of 2)"]
    schools = [row[0] for row in table_rows(loaded, "mir-analysis-schools")]
    assert schools == ["Hillside Primary", "Riverside Infant School"]
    select.select_option(label="Phase not recorded (1)")
    schools = [row[0] for row in table_rows(loaded, "mir-analysis-schools")]
    assert schools == ["Brook Lane Infant School"]


def test_school_names_hidden(loaded):
    table = loaded.locator(".mir-analysis-schools")
    assert "Hillside Primary" in table.inner_text()
    loaded.get_by_label("Hide school names").check()
    rows = table_rows(loaded, "mir-analysis-schools")
    assert [row[0] for row in rows] == ["School 1", "School 2", "School 3", "School 4"]
    results = loaded.locator(".mir-analysis__results").inner_text()
    for school in ["Hillside", "Oakfield", "Riverside", "Brook Lane"]:
        assert school not in results
    assert "send-self-review" not in results


def test_csv_of_combined_table(loaded):
    with loaded.expect_download() as info:
        loaded.get_by_role("button", name="Download the table (CSV)").click()
    data = info.value.path().read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [row["statement_id"] for row in rows] == [
        "calm-spaces",
        "send-policy",
        "visual-routines",
        "governor-checks",
    ]
    calm = rows[0]
    assert calm["rank"] == "1"
    assert calm["schools"] == "4"
    assert calm["emerging"] == "2"
    assert calm["share_emerging_or_below"] == "0.75"
    assert calm["linked_resources"] == 'Quiet spaces, "calm corners" and breaks; Visual timetables'
    assert calm["phase_filter"] == "all phases"


def test_print_shows_report_only(loaded):
    loaded.emulate_media(media="print")
    assert not loaded.locator(".mir-analysis__open").is_visible()
    assert not loaded.locator(".mir-analysis__options").is_visible()
    assert not loaded.locator(".mir-analysis__skipped").is_visible()
    assert loaded.locator(".mir-analysis-printed").is_visible()
    assert loaded.locator(".mir-analysis-statements").is_visible()
    assert loaded.locator(".mir-analysis__training").is_visible()


def test_files_added_by_drop(analysis, exports):
    tab = analysis()
    files = [
        {"name": path.name, "text": path.read_text("utf-8")}
        for path in [exports / "hillside-all.json", exports / "riverside-broken.json"]
    ]
    transfer = tab.evaluate_handle(
        """(files) => {
          const transfer = new DataTransfer();
          for (const file of files) {
            transfer.items.add(new File([file.text], file.name, {type: "application/json"}));
          }
          return transfer;
        }""",
        files,
    )
    tab.dispatch_event(".mir-analysis", "drop", {"dataTransfer": transfer})
    tab.locator(".mir-analysis__results:not([hidden])").wait_for()
    assert tab.locator(".mir-analysis__status").inner_text().startswith("Read 1 of 2 files")
    rows = table_rows(tab, "mir-analysis-schools")
    assert [row[:3] for row in rows] == [["Hillside Primary", "Primary", "2"]]


def test_opening_more_files_adds(analysis, exports):
    tab = analysis()
    open_files(tab, [exports / "hillside-all.json"])
    open_files(tab, [exports / "hillside-all.json", V1_EXPORT])
    overview = tab.locator(".mir-analysis-overview")
    expect(overview).to_contain_text("2 schools and 3 audits from 3 files.")
    assert (
        "2 audits appeared in more than one file and were counted once."
        in tab.locator(".mir-analysis__results").inner_text()
    )


def test_school_name_stays_text(analysis, tmp_path):
    export = {
        "format": "mainstream-inclusion-audit",
        "schema_version": 2,
        "rounds": [
            {
                "id": "r1",
                "school": '<img src=x onerror="window.injected=1">',
                "phase": "primary",
                "date": "2026-01-01",
                "answers": {"calm-spaces": {"rating": "emerging"}},
            }
        ],
    }
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(export), "utf-8")
    tab = analysis()
    open_files(tab, [path])
    assert tab.locator(".mir-analysis img").count() == 0
    assert table_rows(tab, "mir-analysis-schools")[0][0].startswith("<img src=x")
    assert tab.evaluate("window.injected") is None


def test_page_reads_without_javascript(browser, audit_url):
    context = browser.new_context(base_url=audit_url, java_script_enabled=False)
    tab = context.new_page()
    tab.goto("audit/analysis/")
    assert tab.locator(".mir-analysis__fallback").is_visible()
    assert "The files stay on this computer." in tab.locator(".mir-audit-note").inner_text()
    context.close()
