// The analysis of audit exports across schools: started from <div data-module="audit-analysis"
// data-statements="…" data-site-root="…">. Files are opened with the file picker or dropped on
// the page and read in this browser; nothing is uploaded or stored.

import {
  NO_PHASE,
  analysisCsvRows,
  changeBetweenRounds,
  filterByPhase,
  focusAreaRows,
  groupBySchool,
  phasesPresent,
  readExportText,
  schoolLabels,
  statementRows,
  trainingSuggestions,
  unpublishedAnswers,
} from "./audit-combine.js";
import { toCsv } from "./audit-csv.js";
import {
  changeContent,
  focusAreaTable,
  overviewContent,
  schoolsTable,
  skippedContent,
  statementTable,
  trainingContent,
} from "./audit-analysis-view.js";
import { loadStatementIndex } from "./audit-statements.js";
import { download, h, today } from "./dom.js";

// NOTE: an estimate, not a limit of the format. One school's export of 40 statements with notes
// is about 20 kB, so even an "all audits" file of many rounds stays well under 5 MB. A larger
// file is almost certainly something else, and reading it would hold up the page.
const MAX_FILE_BYTES = 5 * 1024 * 1024;

// The page gives the browser a turn after this many milliseconds of reading files, so it keeps
// answering clicks and typing while hundreds of files load.
const READ_SLICE_MS = 12;

// Files read at once. The browser reads them in parallel, which is several times faster than
// one by one, and parsing a group of exports this size takes a few milliseconds.
const READ_GROUP = 16;

export async function start(root) {
  const index = await loadStatementIndex(root, "mir-analysis__problem");
  if (index === null) return;
  const siteRoot = new URL(root.dataset.siteRoot ?? "/", document.baseURI);
  new AuditAnalysis(root, index, siteRoot).render();
}

function nextTurn() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

class AuditAnalysis {
  constructor(root, index, siteRoot) {
    this.root = root;
    this.index = index;
    this.siteRoot = siteRoot;
    this.files = [];
    this.skipped = [];
    this.phase = "";
    this.hideNames = false;
    this.pending = 0;

    this.status = h("p", { class: "mir-analysis__status", role: "status" }, "No files opened yet.");
    this.skippedBox = h("section", { class: "mir-analysis__skipped mir-no-print", "aria-labelledby": "analysis-skipped", hidden: true });
    this.options = h("div", { class: "mir-analysis__options mir-no-print", hidden: true });
    this.results = h("div", { class: "mir-analysis__results", hidden: true });
    root.addEventListener("change", (event) => this.onChange(event));
    root.addEventListener("click", (event) => this.onClick(event));
    root.addEventListener("dragover", (event) => this.onDragOver(event));
    root.addEventListener("dragleave", () => root.classList.remove("mir-analysis--dragging"));
    root.addEventListener("drop", (event) => this.onDrop(event));
  }

  render() {
    this.root.classList.add("mir-analysis--started");
    this.root.replaceChildren(this.openSection(), this.status, this.skippedBox, this.options, this.results);
  }

  openSection() {
    return h(
      "section",
      { class: "mir-analysis__open mir-no-print", "aria-labelledby": "analysis-open" },
      h("h2", { id: "analysis-open" }, "Open schools' exports"),
      h("p", {}, "Choose the JSON files that schools exported from the self-review. You can choose many at once, and open more later to add them."),
      h(
        "label",
        { class: "mir-analysis-picker" },
        h("span", {}, "Open export files (JSON)"),
        h("input", { type: "file", multiple: true, accept: ".json,application/json", "data-control": "files" }),
      ),
      h("p", { class: "mir-analysis-drop" }, "Or drag the files from a folder and drop them anywhere on this box."),
      h("button", { type: "button", class: "md-button", "data-action": "forget" }, "Forget all files"),
    );
  }

  async openFiles(fileList) {
    const files = [...fileList];
    if (!files.length) return;
    this.pending += files.length;
    let sliceStart = performance.now();
    for (let start = 0; start < files.length; start += READ_GROUP) {
      const group = files.slice(start, start + READ_GROUP);
      for (const result of await Promise.all(group.map((file) => this.readFile(file)))) {
        (result.rounds ? this.files : this.skipped).push(result);
      }
      if (performance.now() - sliceStart > READ_SLICE_MS) {
        this.status.textContent = `Reading file ${start + group.length} of ${files.length}…`;
        await nextTurn();
        sliceStart = performance.now();
      }
    }
    this.pending -= files.length;
    // When several batches load at once, only the last to finish draws the results. Working
    // them out and drawing them are separate tasks, so the page can answer input in between.
    if (this.pending) return;
    this.analyse();
    await nextTurn();
    this.draw();
  }

  async readFile(file) {
    if (file.size > MAX_FILE_BYTES) {
      return { name: file.name, reason: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, so it is not a self-review export.` };
    }
    let text;
    try {
      text = await file.text();
    } catch (error) {
      return { name: file.name, reason: `The file could not be read (${error.name}).` };
    }
    return readExportText(file.name, text);
  }

  /** Work out every result from the files read so far, and draw them. */
  update() {
    this.analyse();
    this.draw();
  }

  analyse() {
    const { schools: allSchools, duplicates } = groupBySchool(this.files);
    const schools = filterByPhase(allSchools, this.phase);
    const latest = schools.map((school) => school.latest);
    const rows = statementRows(latest, this.index);
    this.analysis = {
      allSchools,
      phases: phasesPresent(allSchools, this.index),
      schools,
      rows,
      areaRows: focusAreaRows(latest, this.index),
      change: changeBetweenRounds(schools, this.index),
      suggestions: trainingSuggestions(rows),
      rounds: schools.reduce((total, school) => total + school.rounds.length, 0),
      fileCount: this.files.length,
      phaseName: this.phaseName(this.phase),
      duplicates,
      unpublished: unpublishedAnswers(latest, this.index),
    };
  }

  draw() {
    const { allSchools, phases } = this.analysis;
    const total = this.files.length + this.skipped.length;
    this.status.textContent =
      `Read ${this.files.length} of ${total} file${total === 1 ? "" : "s"}` +
      (this.skipped.length ? `; ${this.skipped.length} skipped, listed below.` : ".");
    this.skippedBox.hidden = !this.skipped.length;
    this.skippedBox.replaceChildren(...(this.skipped.length ? skippedContent(this.skipped) : []));
    this.renderOptions(allSchools, phases);
    this.results.hidden = !allSchools.length;
    if (allSchools.length) this.renderResults();
  }

  phaseName(phase) {
    if (!phase) return "all phases";
    return phase === NO_PHASE ? "not recorded" : this.index.phaseLabel(phase);
  }

  renderOptions(allSchools, phases) {
    this.options.hidden = !allSchools.length;
    const withoutPhase = allSchools.some((school) => !school.phase);
    const choices = [
      ["", `All phases (${allSchools.length})`],
      ...phases.map((id) => [id, `${this.index.phaseLabel(id)} (${filterByPhase(allSchools, id).length})`]),
      ...(withoutPhase ? [[NO_PHASE, `Phase not recorded (${filterByPhase(allSchools, NO_PHASE).length})`]] : []),
    ];
    this.options.replaceChildren(
      h(
        "label",
        { class: "mir-audit-field" },
        h("span", {}, "Phase of school"),
        h("select", { "data-control": "phase" }, choices.map(([id, label]) => h("option", { value: id, selected: id === this.phase }, label))),
      ),
      h(
        "label",
        { class: "mir-analysis-hide" },
        h("input", { type: "checkbox", "data-control": "hide-names", checked: this.hideNames }),
        " Hide school names",
      ),
      h("button", { type: "button", class: "md-button", "data-action": "csv" }, "Download the table (CSV)"),
      h("button", { type: "button", class: "md-button", "data-action": "print" }, "Print the report"),
    );
  }

  renderResults() {
    const { rows, schools, areaRows, change, suggestions } = this.analysis;
    const section = (id, title, ...content) =>
      h("section", { class: `mir-analysis__${id}`, "aria-labelledby": `analysis-${id}` }, h("h2", { id: `analysis-${id}` }, title), ...content);
    const labels = schoolLabels(schools, this.hideNames);
    this.results.replaceChildren(
      h("p", { class: "mir-analysis-printed" }, `Report made on ${today()}.`),
      ...overviewContent(this.analysis).filter(Boolean),
      section("areas", "Focus areas", focusAreaTable(areaRows)),
      section("statements", "Statements", statementTable(rows, this.index, this.siteRoot)),
      section("change", "Change over time", ...changeContent(change, this.index)),
      section("training", "Suggested training and resources", ...trainingContent(suggestions, this.index, this.siteRoot)),
      section("schools", "Schools and audits", schoolsTable(schools, labels, this.index, this.hideNames)),
    );
  }

  onChange(event) {
    const control = event.target.dataset.control;
    if (control === "files") {
      const files = [...event.target.files];
      // Cleared so that choosing the same files again fires another change.
      event.target.value = "";
      this.openFiles(files);
    } else if (control === "phase") {
      this.phase = event.target.value;
      this.update();
    } else if (control === "hide-names") {
      this.hideNames = event.target.checked;
      this.update();
    }
  }

  onClick(event) {
    const action = event.target.closest("[data-action]")?.dataset.action;
    if (action === "forget") {
      this.files = [];
      this.skipped = [];
      this.phase = "";
      this.update();
      this.status.textContent = "No files opened yet.";
    } else if (action === "csv") {
      const { rows, schools, phaseName } = this.analysis;
      const csvRows = analysisCsvRows(rows, this.index, { schools: schools.length, phaseFilter: phaseName });
      download(`send-self-review-analysis-${today()}.csv`, toCsv(csvRows), "text/csv;charset=utf-8");
    } else if (action === "print") {
      window.print();
    }
  }

  onDragOver(event) {
    if (!event.dataTransfer?.types.includes("Files")) return;
    // Without this the browser opens a dropped file in place of the page.
    event.preventDefault();
    this.root.classList.add("mir-analysis--dragging");
  }

  onDrop(event) {
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    this.root.classList.remove("mir-analysis--dragging");
    this.openFiles(event.dataTransfer.files);
  }
}
