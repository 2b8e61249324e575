// Rendering of the audit tool's sections. Every function returns new elements built with
// dom.js, so all content and answers are inserted as text.

import { ratingsChart } from "./audit-chart.js";
import { h } from "./dom.js";
import {
  SCALE,
  answeredElsewhere,
  ratingOf,
  roundLabel,
  statementStatus,
  statementTitle,
} from "./audit-model.js";
import {
  compareRounds,
  formatMean,
  goalsList,
  lowestRated,
  summarise,
  weakWithResources,
} from "./audit-summary.js";

const MOVEMENT_TEXT = {
  up: (change) => `Up ${change}`,
  down: (change) => `Down ${-change}`,
  same: () => "No change",
  new: () => "Newly rated",
  dropped: () => "No longer rated",
  none: () => "Not rated",
};

export function ratingLabel(ratingId) {
  return ratingOf(ratingId)?.label ?? "Not rated";
}

function practiceList(heading, className, items) {
  return h("div", { class: className }, h("h5", {}, heading), h("ul", {}, items.map((item) => h("li", {}, item))));
}

function field(label, control) {
  return h("label", { class: "mir-audit-field" }, h("span", { class: "mir-audit-field__label" }, label), control);
}

/** Return the card where a statement is rated, filled in from the answer. */
export function statementCard(statement, answer, index, siteRoot) {
  const id = statement.id;
  const status = statementStatus(id, answer, index);
  const radios = SCALE.map((rating) =>
    h(
      "label",
      { class: "mir-audit-rating__option" },
      h("input", {
        type: "radio",
        name: `rating-${id}`,
        value: rating.id,
        checked: answer?.rating === rating.id,
        "data-field": "rating",
      }),
      ` ${rating.label}`,
    ),
  );
  const goal = answer?.goal ?? { action: "", lead: "", review_date: "" };
  const textControl = (tag, name, value, extra = {}) =>
    Object.assign(h(tag, { "data-field": name, ...extra }), { value: value ?? "" });

  return h(
    "article",
    { class: "mir-audit-statement", id: `statement-${id}`, "data-statement": id },
    h("h4", {}, statement.title, statement.statutory ? h("span", { class: "mir-badge" }, "Legal duty") : null),
    h("p", { class: "mir-statement" }, statement.statement),
    status === "reworded"
      ? h(
          "p",
          { class: "mir-audit-statement__reworded" },
          "This statement was reworded after you rated it. When you rated it, it read: ",
          h("q", {}, answer.statement_text),
          " Check your rating still fits, then choose it again.",
        )
      : null,
    h(
      "div",
      { class: "mir-audit-statement__grid" },
      h(
        "fieldset",
        { class: "mir-audit-rating" },
        h("legend", {}, `Your rating for "${statement.title}"`),
        radios,
        h("button", { type: "button", class: "mir-audit-link-button", "data-action": "clear-rating" }, "Clear rating"),
      ),
      h(
        "div",
        { class: "mir-practice" },
        practiceList("What stronger practice looks like", "mir-practice__stronger", statement.stronger_practice),
        practiceList("What weaker practice looks like", "mir-practice__weaker", statement.weaker_practice),
      ),
    ),
    h("details", { class: "mir-audit-statement__evidence" }, h("summary", {}, "Evidence a school might point to"),
      h("ul", {}, statement.evidence_examples.map((item) => h("li", {}, item)))),
    field("Evidence notes", textControl("textarea", "evidence", answer?.evidence, { rows: 3 })),
    field("Next steps", textControl("textarea", "next_steps", answer?.next_steps, { rows: 2 })),
    h(
      "fieldset",
      { class: "mir-audit-goal" },
      h("legend", {}, "Goal"),
      field("Action", textControl("input", "goal.action", goal.action, { type: "text" })),
      field("Who leads it", textControl("input", "goal.lead", goal.lead, { type: "text" })),
      field("Review date", textControl("input", "goal.review_date", goal.review_date, { type: "date" })),
    ),
    h(
      "p",
      { class: "mir-audit-statement__more" },
      h("a", { href: new URL(statement.url, siteRoot).href }, "Read the full statement page"),
    ),
    resourceLinks(statement, siteRoot),
  );
}

function resourceLinks(statement, siteRoot) {
  if (!statement.resources.length) return null;
  return h(
    "div",
    { class: "mir-audit-resources" },
    h("p", {}, "Resources that help:"),
    h(
      "ul",
      {},
      statement.resources.map((resource) =>
        h("li", {}, h("a", { href: new URL(resource.url, siteRoot).href }, resource.title)),
      ),
    ),
  );
}

/** Return the read-only list of answers to statements that are no longer published. */
export function elsewhereSection(round, index) {
  const ids = answeredElsewhere(round, index);
  if (!ids.length) return null;
  return h(
    "section",
    { class: "mir-audit-elsewhere", "aria-labelledby": "audit-elsewhere" },
    h("h3", { id: "audit-elsewhere" }, "Answers to statements no longer in the audit"),
    h("p", {}, "These answers are kept in your audit and in exports, but they do not count in the summary."),
    ids.map((id) => {
      const answer = round.answers[id];
      const retired = index.retiredById.get(id);
      const replacement = retired?.replaced_by ? index.byId.get(retired.replaced_by) : null;
      return h(
        "article",
        { class: "mir-audit-statement mir-audit-statement--elsewhere", "data-statement": id },
        h("h4", {}, statementTitle(id, answer, index)),
        h(
          "p",
          { class: "mir-audit-statement__status" },
          retired
            ? "This statement has been retired."
            : "This statement is not part of this site's audit (it may have come from an imported file).",
          replacement ? ` It was replaced by "${replacement.title}".` : "",
        ),
        answer.statement_text ? h("p", { class: "mir-statement" }, answer.statement_text) : null,
        h("p", {}, `Your rating: ${ratingLabel(answer.rating)}`),
        answer.evidence ? h("p", {}, `Evidence notes: ${answer.evidence}`) : null,
        answer.next_steps ? h("p", {}, `Next steps: ${answer.next_steps}`) : null,
      );
    }),
  );
}

// The table scrolls inside its own box, so a narrow screen scrolls the table, not the page. The
// box takes focus, so a keyboard can scroll it, and is a named region, so that focus is announced.
export function table(caption, headers, rows, className = "") {
  return h(
    "div",
    { class: "mir-audit-table-scroll", tabindex: "0", role: "region", "aria-label": caption },
    tableElement(caption, headers, rows, className),
  );
}

function tableElement(caption, headers, rows, className) {
  return h(
    "table",
    { class: `mir-audit-table ${className}`.trim() },
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, headers.map((header) => h("th", { scope: "col" }, header)))),
    h(
      "tbody",
      {},
      rows.map((cells) =>
        h("tr", {}, cells.map((cell, i) => (i === 0 ? h("th", { scope: "row" }, cell) : h("td", {}, cell)))),
      ),
    ),
  );
}

/** Return the summary: chart, table, lowest-rated statements and resources for weak ones. */
export function summaryContent(round, index, siteRoot) {
  const summary = summarise(round, index);
  const lowest = lowestRated(round, index);
  const weak = weakWithResources(round, index);
  const rows = summary.areas.map((area) => [
    area.label,
    ...SCALE.map((rating) => area.counts[rating.id]),
    area.unrated,
    formatMean(area.mean),
  ]);
  rows.push([
    "All focus areas",
    ...SCALE.map((rating) => summary.overall.counts[rating.id]),
    summary.overall.unrated,
    formatMean(summary.overall.mean),
  ]);
  const who = round.completed_by ? `, completed by ${round.completed_by}` : "";
  return [
    h("p", { class: "mir-audit-summary__round" }, `${roundLabel(round)}${who}.`),
    h(
      "p",
      {},
      `${summary.overall.rated} of ${summary.overall.total} statements rated. ` +
        "The mean score counts not started as 0, emerging 1, developing 2 and secure 3.",
    ),
    h("figure", { class: "mir-audit-figure" }, ratingsChart(summary, "mir-audit-chart")),
    table(
      "Number of statements at each rating, by focus area",
      ["Focus area", ...SCALE.map((rating) => rating.label), "Not rated", "Mean score (0 to 3)"],
      rows,
      "mir-audit-summary-table",
    ),
    h("h3", {}, "Statements rated lowest"),
    lowest.length
      ? h(
          "ol",
          { class: "mir-audit-lowest" },
          lowest.map(({ statement, answer }) =>
            h(
              "li",
              {},
              h("a", { href: `#statement-${statement.id}` }, statement.title),
              ` (${index.focusAreaLabel(statement.focus_area)}): ${ratingLabel(answer.rating)}`,
            ),
          ),
        )
      : h("p", {}, "No statement is rated below secure yet."),
    h("h3", {}, "Help for statements rated not started or emerging"),
    weak.length
      ? h(
          "ul",
          { class: "mir-audit-weak" },
          weak.map(({ statement }) =>
            h("li", {}, h("strong", {}, statement.title), resourceLinks(statement, siteRoot)),
          ),
        )
      : h("p", {}, "No statement rated not started or emerging has linked resources."),
  ];
}

/** Return the goals table, or a sentence when the round has no goals. */
export function goalsContent(round, index) {
  const goals = goalsList(round, index);
  if (!goals.length) return [h("p", {}, "No goals yet. Add a goal under any statement.")];
  return [
    table(
      "Goals, soonest review date first",
      ["Statement", "Focus area", "Action", "Who leads it", "Review date", "Rating"],
      goals.map((goal) => [
        goal.status === "current" || goal.status === "reworded" ? goal.title : `${goal.title} (no longer in the audit)`,
        goal.focusArea,
        goal.action,
        goal.lead,
        goal.review_date,
        ratingLabel(goal.rating),
      ]),
      "mir-audit-goals-table",
    ),
  ];
}

/** Format a change in mean score with its sign and one decimal place, or a dash for none. */
export function signed(change) {
  if (change === null) return "–";
  return change > 0 ? `+${change.toFixed(1)}` : change.toFixed(1);
}

/** Return the side-by-side comparison of two rounds. */
export function comparisonContent(before, after, index) {
  const comparison = compareRounds(before, after, index);
  const { moved } = comparison;
  return [
    h(
      "p",
      { class: "mir-audit-compare__moved" },
      `From ${roundLabel(before)} to ${roundLabel(after)}: ${moved.up} statements moved up, ` +
        `${moved.down} moved down, ${moved.same} stayed the same, ${moved.new} were newly rated ` +
        `and ${moved.dropped} are no longer rated.`,
    ),
    table(
      "Mean score by focus area (0 to 3)",
      ["Focus area", roundLabel(before), roundLabel(after), "Change"],
      comparison.areas.map((area) => [area.label, formatMean(area.before), formatMean(area.after), signed(area.change)]),
      "mir-audit-compare-areas",
    ),
    table(
      "Rating of each statement",
      ["Statement", "Focus area", roundLabel(before), roundLabel(after), "What moved"],
      comparison.statements
        .filter((statement) => statement.movement !== "none")
        .map((statement) => {
          const row = [
            statement.status === "retired" || statement.status === "unknown"
              ? `${statement.title} (no longer in the audit)`
              : statement.title,
            statement.focusArea ? index.focusAreaLabel(statement.focusArea) : "",
            ratingLabel(statement.before),
            ratingLabel(statement.after),
            MOVEMENT_TEXT[statement.movement](statement.change),
          ];
          return row;
        }),
      "mir-audit-compare-statements",
    ),
  ];
}

/** Return the print-only report: every rated statement with its notes, by focus area. */
export function reportContent(round, index) {
  return [
    h("h2", {}, "Ratings, evidence and next steps"),
    ...index.focusAreas.map((area) => {
      const statements = index.statements.filter((statement) => statement.focus_area === area.id);
      return h(
        "section",
        {},
        h("h3", {}, area.label),
        h(
          "dl",
          {},
          statements.map((statement) => {
            const answer = round.answers[statement.id];
            return [
              h("dt", {}, `${statement.title}: ${ratingLabel(answer?.rating)}`),
              answer?.evidence ? h("dd", {}, `Evidence: ${answer.evidence}`) : null,
              answer?.next_steps ? h("dd", {}, `Next steps: ${answer.next_steps}`) : null,
            ];
          }),
        ),
      );
    }),
  ];
}
