"""The SEND self-review tool in headless Chromium, on a site built from fixture statements."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest
from playwright.sync_api import expect

from .browser import RequestLog
from .helpers import ROOT

pytestmark = pytest.mark.browser

STORAGE_KEY = "mir-send-audit"
FAILING_SET_ITEM = """
Storage.prototype.setItem = function () {
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
};
"""


class Profile:
    """A fresh browser profile (context) whose pages fail the test on script errors."""

    def __init__(self, browser, base_url, init_script=None):
        self.context = browser.new_context(base_url=base_url, accept_downloads=True)
        if init_script:
            self.context.add_init_script(init_script)
        self.log = RequestLog(base_url)
        self.errors: list[str] = []

    def open(self):
        tab = self.context.new_page()
        tab.on("request", self.log.record)
        tab.on("pageerror", lambda error: self.errors.append(str(error)))
        tab.goto("audit/")
        tab.locator(".mir-audit--started").wait_for()
        return tab

    def close(self):
        self.context.close()
        assert self.log.external == [], f"requests to other hosts: {self.log.external}"
        assert self.errors == [], f"script errors: {self.errors}"


@pytest.fixture
def profiles(browser, audit_url):
    opened: list[Profile] = []

    def make(init_script=None) -> Profile:
        profile = Profile(browser, audit_url, init_script)
        opened.append(profile)
        return profile

    yield make
    for profile in opened:
        profile.close()


def start_audit(tab, school="Hillside Primary", date="2026-12-04", who="Sam Lee, SENCO", phase=""):
    form = tab.locator("form.mir-audit-new")
    if not form.is_visible():
        tab.get_by_text("Start another audit", exact=True).first.click()
    form.get_by_label("School or setting name").fill(school)
    if phase:
        form.get_by_label("Phase (optional)").select_option(label=phase)
    form.get_by_label("Date").fill(date)
    form.get_by_label("Completed by").fill(who)
    form.get_by_role("button", name="Start audit").click()
    tab.locator(".mir-audit__rate").wait_for()


def card(tab, statement_id):
    return tab.locator(f'article[data-statement="{statement_id}"]')


def rate(tab, statement_id, label):
    card(tab, statement_id).get_by_label(label, exact=True).check()


def stored(tab):
    return tab.evaluate(f"localStorage.getItem('{STORAGE_KEY}')")


def status_text(tab):
    return tab.get_by_role("status").first.inner_text()


def download_text(tab, button_name, encoding="utf-8"):
    with tab.expect_download() as info:
        tab.get_by_role("button", name=button_name).first.click()
    path = info.value.path()
    return path.read_bytes().decode(encoding) if encoding else path.read_bytes()


def import_text(tab, name, text):
    tab.locator('input[data-control="import"]').set_input_files(
        files=[{"name": name, "mimeType": "application/json", "buffer": text.encode("utf-8")}]
    )


def test_rating_survives_reload(profiles):
    tab = profiles().open()
    start_audit(tab)
    rate(tab, "calm-spaces", "Emerging")
    card(tab, "calm-spaces").get_by_label("Evidence notes").fill("Two classes have quiet corners.")
    assert status_text(tab).startswith("Saved in this browser at")
    tab.reload()
    tab.locator(".mir-audit__rate").wait_for()
    assert card(tab, "calm-spaces").get_by_label("Emerging", exact=True).is_checked()
    evidence = card(tab, "calm-spaces").get_by_label("Evidence notes").input_value()
    assert evidence == "Two classes have quiet corners."


def test_practice_examples_beside_rating(profiles):
    tab = profiles().open()
    start_audit(tab)
    calm = card(tab, "calm-spaces")
    assert calm.locator(".mir-practice__stronger li").all_inner_texts() == [
        "Every class uses it daily",
        "Pupils say it helps them",
    ]
    assert calm.locator(".mir-practice__weaker li").count() == 2
    assert calm.locator(".mir-badge").inner_text() == "Legal duty"


def test_export_import_fresh_profile_identical(profiles):
    tab = profiles().open()
    start_audit(tab)
    rate(tab, "calm-spaces", "Developing")
    rate(tab, "send-policy", "Not started")
    card(tab, "send-policy").get_by_label("Next steps").fill("Rewrite the policy with parents.")
    card(tab, "send-policy").get_by_label("Action").fill("Draft a new policy")
    card(tab, "send-policy").get_by_label("Who leads it").fill("Head teacher")
    card(tab, "send-policy").get_by_label("Review date").fill("2027-03-01")
    start_audit(tab, date="2027-06-30")
    rate(tab, "calm-spaces", "Secure")
    exported = download_text(tab, "Export all audits (JSON)")

    fresh = profiles().open()
    import_text(fresh, "audits.json", exported)
    expect(fresh.locator(".mir-audit__message")).to_have_text(
        'Imported 2 audits from "audits.json".'
    )
    assert json.loads(stored(fresh))["rounds"] == json.loads(stored(tab))["rounds"]
    assert json.loads(exported)["schema_version"] == 2


def test_export_and_storage_match_schema(profiles):
    schema = json.loads((ROOT / "schema" / "audit-export.schema.json").read_text("utf-8"))
    tab = profiles().open()
    start_audit(tab)
    rate(tab, "calm-spaces", "Developing")
    card(tab, "calm-spaces").get_by_label("Review date").fill("2027-03-01")
    card(tab, "send-policy").get_by_label("Evidence notes").fill("Notes only, no rating.")
    jsonschema.validate(json.loads(download_text(tab, "Export this audit (JSON)")), schema)
    jsonschema.validate(json.loads(stored(tab)), schema)


def test_phase_recorded_in_export(profiles):
    tab = profiles().open()
    start_audit(tab, phase="Secondary")
    assert "Phase: Secondary." in tab.locator(".mir-audit__rate").inner_text()
    start_audit(tab, date="2027-06-30")
    rounds = json.loads(download_text(tab, "Export all audits (JSON)"))["rounds"]
    assert rounds[0]["phase"] == "secondary"
    assert rounds[1]["phase"] == ""


def test_compare_two_rounds(profiles):
    tab = profiles().open()
    start_audit(tab, date="2026-12-04")
    rate(tab, "calm-spaces", "Emerging")
    rate(tab, "visual-routines", "Secure")
    start_audit(tab, date="2027-06-30")
    rate(tab, "calm-spaces", "Secure")
    rate(tab, "visual-routines", "Developing")
    rate(tab, "send-policy", "Emerging")

    rows = tab.locator(".mir-audit-compare-statements tbody tr")
    moved = {
        row.locator("th").inner_text(): row.locator("td").last.inner_text() for row in rows.all()
    }
    assert moved == {
        "Calm spaces": "Up 2",
        "Title of visual-routines": "Down 1",
        "Title of send-policy": "Newly rated",
    }
    environment = tab.locator(".mir-audit-compare-areas tbody tr").first
    assert environment.locator("td").all_inner_texts() == ["2.0", "2.5", "+0.5"]
    summary = tab.locator(".mir-audit-compare__moved").inner_text()
    assert "1 statements moved up, 1 moved down" in summary


def test_compare_any_two_rounds(profiles):
    tab = profiles().open()
    for date, rating in [
        ("2026-01-10", "Not started"),
        ("2026-06-10", "Emerging"),
        ("2026-12-10", "Secure"),
    ]:
        start_audit(tab, date=date)
        rate(tab, "calm-spaces", rating)
    tab.locator('select[data-control="compare-before"]').select_option(
        label="Hillside Primary, 2026-01-10"
    )
    row = tab.locator(".mir-audit-compare-statements tbody tr").first
    assert row.locator("td").last.inner_text() == "Up 3"


def test_failing_write_shows_not_saved(profiles):
    tab = profiles(FAILING_SET_ITEM).open()
    start_audit(tab)
    rate(tab, "calm-spaces", "Emerging")
    status = tab.get_by_role("status").first
    assert status.inner_text().startswith("Not saved:")
    assert "Saved in this browser" not in status.inner_text()
    assert "QuotaExceededError" not in status.inner_text()
    assert "storage is full" in status.inner_text()
    exported = download_text(tab, "Export all audits now")
    assert json.loads(exported)["rounds"][0]["answers"]["calm-spaces"]["rating"] == "emerging"


def test_corrupt_stored_value_kept(profiles):
    tab = profiles().open()
    tab.evaluate(f"localStorage.setItem('{STORAGE_KEY}', '{{\"rounds\": [broken')")
    tab.reload()
    tab.locator(".mir-audit--started").wait_for()
    alert = tab.locator(".mir-audit__problem")
    assert "could not be read" in alert.inner_text()
    keys = tab.evaluate("Object.keys(localStorage)")
    backup = [key for key in keys if key.startswith("mir-send-audit-unreadable-")]
    assert len(backup) == 1
    start_audit(tab)
    rate(tab, "calm-spaces", "Secure")
    assert tab.evaluate(f"localStorage.getItem('{backup[0]}')") == '{"rounds": [broken'
    raw = download_text(tab, "Download the unreadable data")
    assert raw == '{"rounds": [broken'


def test_bad_imports_leave_data_intact(profiles):
    tab = profiles().open()
    start_audit(tab)
    rate(tab, "calm-spaces", "Developing")
    before = stored(tab)
    newer = json.dumps({"format": "mainstream-inclusion-audit", "schema_version": 99, "rounds": []})
    cases = [
        ("broken.json", '{"format": "mainstream-inclusion-audit", ', "The file is not valid JSON"),
        ("package.json", '{"name": "left-pad"}', "is not a SEND self-review export"),
        ("newer.json", newer, "newer version of the self-review (schema version 99"),
    ]
    for name, text, expected in cases:
        import_text(tab, name, text)
        message = tab.locator(".mir-audit__message")
        expect(message).to_contain_text(expected)
        assert expected in message.inner_text()
        assert message.inner_text().startswith("Not imported:")
        assert message.inner_text().endswith("Your audits have not changed.")
        assert stored(tab) == before
        assert card(tab, "calm-spaces").get_by_label("Developing", exact=True).is_checked()


def test_csv_round_trips_awkward_cells(profiles):
    tab = profiles().open()
    start_audit(tab, school='=HYPERLINK("http://bad.example")')
    rate(tab, "calm-spaces", "Emerging")
    calm = card(tab, "calm-spaces")
    calm.get_by_label("Evidence notes").fill('Quiet corner, "calm box"\nand a café ✓')
    calm.get_by_label("Next steps").fill("+44 buy more")
    calm.get_by_label("Who leads it").fill("@jo")
    calm.get_by_label("Action").fill("-1 less noise")
    data = download_text(tab, "Export this audit (CSV)", encoding=None)

    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    calm_row = next(row for row in rows if row["statement_id"] == "calm-spaces")
    assert calm_row["evidence"] == 'Quiet corner, "calm box"\nand a café ✓'
    assert calm_row["next_steps"] == "'+44 buy more"
    assert calm_row["goal_lead"] == "'@jo"
    assert calm_row["goal_action"] == "'-1 less noise"
    assert calm_row["school"] == '\'=HYPERLINK("http://bad.example")'
    assert calm_row["rating_label"] == "Emerging"
    assert calm_row["score"] == "1"
    assert len(rows) == 4


def test_summary_chart_table_and_help(profiles):
    tab = profiles().open()
    start_audit(tab)
    rate(tab, "calm-spaces", "Not started")
    rate(tab, "visual-routines", "Developing")
    rate(tab, "send-policy", "Secure")
    chart = tab.locator("svg.mir-audit-chart")
    assert chart.get_attribute("role") == "img"
    assert chart.locator("title").text_content() == "Ratings by focus area"
    first_row = tab.locator(".mir-audit-summary-table tbody tr").first
    assert first_row.locator("th").inner_text() == "Classroom and school environment"
    assert first_row.locator("td").all_inner_texts() == ["1", "0", "1", "0", "0", "1.0"]
    lowest = tab.locator(".mir-audit-lowest li").all_inner_texts()
    assert lowest[0].startswith("Calm spaces")
    assert len(lowest) == 2
    links = tab.locator(".mir-audit-weak a")
    assert links.first.inner_text() == 'Quiet spaces, "calm corners" and breaks'
    links.first.click()
    assert tab.url.endswith("/resources/quiet-spaces/")


def test_goals_list(profiles):
    tab = profiles().open()
    start_audit(tab)
    for statement_id, action, date in [
        ("send-policy", "Rewrite the policy", "2027-04-01"),
        ("calm-spaces", "Set up a calm room", "2027-01-15"),
    ]:
        card(tab, statement_id).get_by_label("Action").fill(action)
        card(tab, statement_id).get_by_label("Who leads it").fill("Sam")
        card(tab, statement_id).get_by_label("Review date").fill(date)
    rows = tab.locator(".mir-audit-goals-table tbody tr")
    assert rows.locator("td:nth-child(3)").all_inner_texts() == [
        "Set up a calm room",
        "Rewrite the policy",
    ]
    assert rows.first.locator("td").nth(3).inner_text() == "2027-01-15"


def test_retired_and_reworded_answers_shown(profiles):
    answer = {"rating": "secure", "evidence": "Kept", "statement_text": "Old wording of it."}
    export = {
        "format": "mainstream-inclusion-audit",
        "schema_version": 1,
        "rounds": [
            {
                "id": "round-1",
                "school": "Hillside",
                "date": "2026-01-10",
                "answers": {
                    "calm-spaces": answer,
                    "old-displays": answer,
                    "from-another-site": answer,
                },
            }
        ],
    }
    tab = profiles().open()
    import_text(tab, "old.json", json.dumps(export))
    expect(tab.locator(".mir-audit__message")).to_contain_text("Imported 1 audit from")
    note = card(tab, "calm-spaces").locator(".mir-audit-statement__reworded")
    assert "Old wording of it." in note.inner_text()
    retired = card(tab, "old-displays")
    assert "This statement has been retired." in retired.inner_text()
    assert 'It was replaced by "Calm spaces".' in retired.inner_text()
    assert "Your rating: Secure" in retired.inner_text()
    assert "not part of this site's audit" in card(tab, "from-another-site").inner_text()
    csv_text = download_text(tab, "Export this audit (CSV)")
    assert ",old-displays,Displays," not in csv_text
    assert "old-displays" in csv_text


def test_user_text_never_becomes_html(profiles):
    tab = profiles().open()
    start_audit(tab, school='<img src=x onerror="window.injected=1">')
    card(tab, "calm-spaces").get_by_label("Action").fill("<b>bold</b>")
    tab.reload()
    tab.locator(".mir-audit__rate").wait_for()
    assert tab.locator(".mir-audit img").count() == 0
    assert tab.locator(".mir-audit-goals-table b").count() == 0
    assert "<img src=x" in tab.locator("#mir-audit-round").inner_text()
    assert tab.evaluate("window.injected") is None


def test_print_shows_report_not_form(profiles):
    tab = profiles().open()
    start_audit(tab)
    rate(tab, "calm-spaces", "Emerging")
    tab.emulate_media(media="print")
    assert tab.locator(".mir-audit__report").is_visible()
    assert not tab.locator(".mir-audit__rate").is_visible()
    assert not tab.locator(".mir-audit__rounds").is_visible()
    assert tab.locator(".mir-audit__summary").is_visible()
    summary = tab.locator(".mir-audit__summary").inner_text()
    assert "Hillside Primary, 2026-12-04, completed by Sam Lee, SENCO." in summary
    report = tab.locator(".mir-audit__report").inner_text()
    assert "Calm spaces: Emerging" in report
    assert "[object" not in report


def test_page_reads_without_javascript(browser, audit_url):
    context = browser.new_context(base_url=audit_url, java_script_enabled=False)
    tab = context.new_page()
    tab.goto("audit/")
    assert tab.locator(".mir-audit__fallback").is_visible()
    assert tab.locator(".mir-audit-statements a").count() == 4
    assert "Your answers stay on this device." in tab.locator(".mir-audit-note").inner_text()
    context.close()
