// The SEND self-review tool: started from <div data-module="audit-tool" data-statements="…"
// data-site-root="…">. It keeps every audit round in this browser's storage and sends nothing
// anywhere; export and import move audits between browsers as files.

import { auditCsvRows, toCsv } from "./audit-csv.js";
import { loadStatementIndex } from "./audit-statements.js";
import { download, h, today } from "./dom.js";
import { AuditFormatError, exportText, mergeRounds, parseAuditText } from "./audit-format.js";
import { createRound, roundLabel, updateAnswer } from "./audit-model.js";
import { browserStorage, loadState, saveState } from "./audit-storage.js";
import {
  comparisonContent,
  elsewhereSection,
  goalsContent,
  reportContent,
  statementCard,
  summaryContent,
} from "./audit-view.js";

export async function start(root) {
  const index = await loadStatementIndex(root, "mir-audit__problem");
  if (index === null) return;
  const siteRoot = new URL(root.dataset.siteRoot ?? "/", document.baseURI);
  new AuditTool(root, index, siteRoot).render();
}

function makeId() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "setting";
}

class AuditTool {
  constructor(root, index, siteRoot) {
    this.root = root;
    this.index = index;
    this.siteRoot = siteRoot;
    this.storage = browserStorage(window);
    const loaded = loadState(this.storage, new Date().toISOString());
    this.state = loaded.state;
    this.problem = loaded.problem;
    this.saveBlocked = Boolean(loaded.problem?.blockSaving);
    this.compare = { before: null, after: null };

    this.status = h("p", { class: "mir-audit__status", role: "status" });
    this.message = h("p", { class: "mir-audit__message", "aria-live": "polite" });
    this.problemBox = h("div", { class: "mir-audit__problem", role: "alert", hidden: true });
    root.addEventListener("change", (event) => this.onEdit(event));
    root.addEventListener("input", (event) => this.onEdit(event));
    root.addEventListener("click", (event) => this.onClick(event));
  }

  get round() {
    return this.state.rounds.find((round) => round.id === this.state.current_round) ?? null;
  }

  render() {
    const fallback = document.querySelector(".mir-audit-statements");
    this.root.classList.add("mir-audit--started");
    // The status and message regions are never taken out of the document, because a screen
    // reader announces changes to a live region only while it stays in the page.
    for (const node of [...this.root.childNodes]) {
      if (node !== this.status && node !== this.message) node.remove();
    }
    if (this.status.parentNode !== this.root) this.root.prepend(this.status);
    if (this.message.parentNode !== this.root) this.root.append(this.message);
    this.status.after(this.problemBox, this.roundsSection());
    this.renderProblem();
    if (this.round) {
      this.root.append(
        this.rateSection(),
        (this.summary = h("section", { class: "mir-audit__summary", "aria-labelledby": "audit-summary" })),
        (this.goals = h("section", { class: "mir-audit__goals", "aria-labelledby": "audit-goals" })),
        (this.comparison = h("section", { class: "mir-audit__compare", "aria-labelledby": "audit-compare" })),
        (this.report = h("section", { class: "mir-audit__report" })),
      );
      this.renderResults();
    }
    if (fallback) fallback.hidden = Boolean(this.round);
    if (!this.status.textContent) this.showLoadedStatus();
  }

  showLoadedStatus() {
    if (!this.storage) {
      this.setStatus(false, "this browser does not let the page keep your answers");
    } else if (this.saveBlocked) {
      this.setStatus(false, "download the unreadable saved data first");
    } else {
      this.status.textContent = this.state.rounds.length
        ? "Your audits were loaded from this browser. Changes are saved as you type."
        : "Nothing saved yet. Changes are saved in this browser as you type.";
    }
  }

  setStatus(ok, reason) {
    this.status.classList.toggle("mir-audit__status--error", !ok);
    if (ok) {
      const time = new Date().toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
      this.status.replaceChildren(`Saved in this browser at ${time}.`);
    } else {
      this.status.replaceChildren(
        `Not saved: ${reason}. Export your audit to keep a copy of your answers. `,
        h("button", { type: "button", class: "md-button", "data-action": "export-all-json" }, "Export all audits now"),
      );
    }
  }

  save() {
    if (this.saveBlocked) {
      this.setStatus(false, "download the unreadable saved data first, so it is not overwritten");
      return;
    }
    const result = saveState(this.storage, this.state);
    this.setStatus(result.ok, result.ok ? "" : `this browser refused to store your answers (${result.reason})`);
  }

  renderProblem() {
    if (!this.problem) {
      this.problemBox.hidden = true;
      return;
    }
    const { message, raw, recoveryKey } = this.problem;
    this.problemBox.hidden = false;
    this.problemBox.replaceChildren(
      h("p", {}, message),
      raw !== null && raw !== undefined
        ? h(
            "p",
            {},
            recoveryKey
              ? `A copy of it is kept in this browser's storage under the key "${recoveryKey}", and you can download it. The tool has started with no audits. `
              : "The tool has started with no audits and will not save until you download the unreadable data. ",
            h("button", { type: "button", class: "md-button", "data-action": "download-unreadable" }, "Download the unreadable data"),
          )
        : null,
    );
  }

  roundsSection() {
    const hasRounds = this.state.rounds.length > 0;
    const select = h(
      "select",
      { "data-control": "round", id: "mir-audit-round" },
      this.state.rounds.map((round) =>
        h("option", { value: round.id, selected: round.id === this.state.current_round }, roundLabel(round)),
      ),
    );
    const form = h(
      "form",
      { class: "mir-audit-new", "data-control": "new-round" },
      h("h3", {}, hasRounds ? "Start another audit" : "Start an audit"),
      h("label", { class: "mir-audit-field" }, h("span", {}, "School or setting name"), h("input", { name: "school", type: "text", required: true, autocomplete: "organization" })),
      h(
        "label",
        { class: "mir-audit-field" },
        h("span", {}, "Phase (optional)"),
        h(
          "select",
          { name: "phase" },
          h("option", { value: "" }, "Not given"),
          this.index.phases.map((phase) => h("option", { value: phase.id }, phase.label)),
        ),
      ),
      h("label", { class: "mir-audit-field" }, h("span", {}, "Date"), h("input", { name: "date", type: "date", required: true, value: today() })),
      h("label", { class: "mir-audit-field" }, h("span", {}, "Completed by"), h("input", { name: "completed_by", type: "text" })),
      h("button", { type: "submit", class: "md-button md-button--primary" }, "Start audit"),
    );
    form.addEventListener("submit", (event) => this.onNewRound(event));

    return h(
      "section",
      { class: "mir-audit__rounds", "aria-labelledby": "audit-rounds" },
      h("h2", { id: "audit-rounds" }, "Your audits"),
      hasRounds
        ? h("p", {}, h("label", { for: "mir-audit-round" }, "Audit shown: "), select)
        : h("p", {}, "You have no audits in this browser yet. Start one, or import an export."),
      hasRounds ? h("details", { class: "mir-audit-new-wrap" }, h("summary", {}, "Start another audit"), form) : form,
      h(
        "div",
        { class: "mir-audit-actions" },
        hasRounds
          ? [
              h("button", { type: "button", class: "md-button", "data-action": "export-json" }, "Export this audit (JSON)"),
              h("button", { type: "button", class: "md-button", "data-action": "export-all-json" }, "Export all audits (JSON)"),
              h("button", { type: "button", class: "md-button", "data-action": "export-csv" }, "Export this audit (CSV)"),
              h("button", { type: "button", class: "md-button", "data-action": "export-all-csv" }, "Export all audits (CSV)"),
              h("button", { type: "button", class: "md-button", "data-action": "print" }, "Print the summary"),
            ]
          : null,
        h(
          "label",
          { class: "mir-audit-import" },
          h("span", {}, "Import a JSON export"),
          h("input", { type: "file", accept: ".json,application/json", "data-control": "import" }),
        ),
      ),
    );
  }

  rateSection() {
    const round = this.round;
    const areas = this.index.focusAreas;
    return h(
      "section",
      { class: "mir-audit__rate", "aria-labelledby": "audit-rate" },
      h("h2", { id: "audit-rate", tabindex: "-1" }, `Rate each statement: ${roundLabel(round)}`),
      round.completed_by ? h("p", {}, `Completed by ${round.completed_by}.`) : null,
      round.phase ? h("p", {}, `Phase: ${this.index.phaseLabel(round.phase)}.`) : null,
      h("p", {}, "Work through the focus areas in any order. Choose a rating, then note your evidence and next steps."),
      h(
        "nav",
        { class: "mir-audit-areas", "aria-label": "Focus areas" },
        h("ul", {}, areas.map((area) => h("li", {}, h("a", { href: `#area-${area.id}` }, area.label)))),
        h("ul", {}, [
          h("li", {}, h("a", { href: "#audit-summary" }, "Summary")),
          h("li", {}, h("a", { href: "#audit-goals" }, "Goals")),
          h("li", {}, h("a", { href: "#audit-compare" }, "Compare audits")),
        ]),
      ),
      areas.map((area) =>
        h(
          "section",
          { class: "mir-audit-area", id: `area-${area.id}`, "aria-labelledby": `area-${area.id}-heading` },
          h("h3", { id: `area-${area.id}-heading` }, area.label),
          area.description ? h("p", {}, area.description) : null,
          this.index.statements
            .filter((statement) => statement.focus_area === area.id)
            .map((statement) => statementCard(statement, round.answers[statement.id], this.index, this.siteRoot)),
        ),
      ),
      elsewhereSection(round, this.index),
    );
  }

  renderResults() {
    const round = this.round;
    this.summary.replaceChildren(h("h2", { id: "audit-summary" }, "Summary"), ...summaryContent(round, this.index, this.siteRoot));
    this.goals.replaceChildren(h("h2", { id: "audit-goals" }, "Goals"), ...goalsContent(round, this.index));
    this.renderComparison();
    this.report.replaceChildren(...reportContent(round, this.index));
  }

  /**
   * Run `rebuild`, then move focus to the new copy of the control that had it, so a keyboard
   * user keeps their place when a section is drawn again. `fallback` is focused when the
   * control is gone.
   */
  keepFocus(rebuild, fallback = null) {
    const active = document.activeElement;
    const key = this.root.contains(active) ? active.dataset.control ?? active.dataset.action : null;
    rebuild();
    if (active?.isConnected) return;
    const replacement = key
      ? this.root.querySelector(`[data-control="${key}"], .mir-audit-actions [data-action="${key}"]`)
      : null;
    (replacement ?? fallback?.())?.focus();
  }

  renderComparison() {
    const rounds = this.state.rounds;
    const heading = h("h2", { id: "audit-compare" }, "Compare two audits");
    if (rounds.length < 2) {
      this.comparison.replaceChildren(heading, h("p", {}, "Start a second audit, for example next term, to compare the two."));
      return;
    }
    const ids = rounds.map((round) => round.id);
    if (!ids.includes(this.compare.before)) this.compare.before = ids.at(-2);
    if (!ids.includes(this.compare.after)) this.compare.after = ids.at(-1);
    const picker = (name, label) =>
      h(
        "label",
        { class: "mir-audit-field" },
        h("span", {}, label),
        h(
          "select",
          { "data-control": `compare-${name}` },
          rounds.map((round) => h("option", { value: round.id, selected: round.id === this.compare[name] }, roundLabel(round))),
        ),
      );
    const before = rounds.find((round) => round.id === this.compare.before);
    const after = rounds.find((round) => round.id === this.compare.after);
    this.comparison.replaceChildren(
      heading,
      h("div", { class: "mir-audit-compare__pickers" }, picker("before", "Earlier audit"), picker("after", "Later audit")),
      ...comparisonContent(before, after, this.index),
    );
  }

  onEdit(event) {
    const target = event.target;
    const control = target.dataset.control;
    if (control === "round" && event.type === "change") {
      this.state = { ...this.state, current_round: target.value };
      this.save();
      this.keepFocus(() => this.render());
      return;
    }
    if (control?.startsWith("compare-") && event.type === "change") {
      this.compare[control.slice("compare-".length)] = target.value;
      this.keepFocus(() => this.renderComparison());
      return;
    }
    if (control === "import" && event.type === "change") {
      const file = target.files[0];
      // Cleared so that choosing the same file again, after fixing it, fires another change.
      target.value = "";
      this.importFile(file);
      return;
    }
    const fieldName = target.dataset.field;
    const card = target.closest("[data-statement]");
    if (!fieldName || !card || !this.round) return;
    if (fieldName === "rating" && event.type !== "change") return;
    if (fieldName !== "rating" && event.type !== "input") return;

    const changes = {};
    if (fieldName === "rating") changes.rating = target.value;
    else if (fieldName.startsWith("goal.")) changes.goal = { [fieldName.slice(5)]: target.value };
    else changes[fieldName] = target.value;
    this.applyChange(card.dataset.statement, changes);
    if (fieldName === "rating") card.querySelector(".mir-audit-statement__reworded")?.remove();
  }

  applyChange(statementId, changes) {
    const statement = this.index.byId.get(statementId);
    const round = updateAnswer(this.round, statement, changes, new Date().toISOString());
    this.state = {
      ...this.state,
      rounds: this.state.rounds.map((kept) => (kept.id === round.id ? round : kept)),
    };
    this.save();
    this.renderResults();
  }

  onClick(event) {
    const action = event.target.closest("[data-action]")?.dataset.action;
    if (!action) return;
    const round = this.round;
    const stamp = today();
    const revision = { exportedAt: new Date().toISOString(), statementsRevision: this.index.revision };
    if (action === "export-json") {
      download(`send-self-review-${slug(round.school)}-${round.date}.json`, exportText([round], revision), "application/json");
    } else if (action === "export-all-json") {
      download(`send-self-review-all-${stamp}.json`, exportText(this.state.rounds, revision), "application/json");
    } else if (action === "export-csv") {
      download(`send-self-review-${slug(round.school)}-${round.date}.csv`, toCsv(auditCsvRows([round], this.index)), "text/csv;charset=utf-8");
    } else if (action === "export-all-csv") {
      download(`send-self-review-all-${stamp}.csv`, toCsv(auditCsvRows(this.state.rounds, this.index)), "text/csv;charset=utf-8");
    } else if (action === "print") {
      window.print();
    } else if (action === "download-unreadable") {
      download(`send-self-review-unreadable-${stamp}.txt`, this.problem.raw, "text/plain;charset=utf-8");
      this.saveBlocked = false;
    } else if (action === "clear-rating") {
      const card = event.target.closest("[data-statement]");
      for (const radio of card.querySelectorAll('input[type="radio"]')) radio.checked = false;
      this.applyChange(card.dataset.statement, { rating: null });
    }
  }

  onNewRound(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const round = createRound({
      id: makeId(),
      school: form.get("school"),
      phase: form.get("phase") ?? "",
      date: form.get("date"),
      completedBy: form.get("completed_by") ?? "",
      now: new Date().toISOString(),
    });
    this.state = { current_round: round.id, rounds: [...this.state.rounds, round] };
    // A new round is most often compared with the one before it.
    this.compare = { before: null, after: null };
    this.save();
    // The form is gone once the round starts; rating begins at the heading of the new round.
    this.render();
    this.root.querySelector("#audit-rate")?.focus();
  }

  async importFile(file) {
    if (!file) return;
    let text;
    try {
      text = await file.text();
    } catch (error) {
      this.showMessage(`Not imported: the file "${file.name}" could not be read (${error.name}). Your audits have not changed.`, true);
      return;
    }
    try {
      const data = parseAuditText(text);
      const result = mergeRounds(this.state, data.rounds, makeId);
      this.state = result.state;
      this.compare = { before: null, after: null };
      this.save();
      this.keepFocus(() => this.render());
      const skipped = result.skipped ? ` ${result.skipped} already here, so skipped.` : "";
      this.showMessage(`Imported ${result.added} audit${result.added === 1 ? "" : "s"} from "${file.name}".${skipped}`, false);
    } catch (error) {
      if (!(error instanceof AuditFormatError)) throw error;
      this.showMessage(`Not imported: ${error.message} Your audits have not changed.`, true);
    }
  }

  showMessage(text, isError) {
    this.message.classList.toggle("mir-audit__message--error", isError);
    this.message.textContent = text;
  }
}
