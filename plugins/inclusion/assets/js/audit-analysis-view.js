// Rendering of the analysis across schools. Every function returns new elements built with
// dom.js, so school names, file names and statement text are inserted as text.

import { SMALL_GROUP, formatShare } from "./audit-combine.js";
import { SCALE } from "./audit-model.js";
import { formatMean } from "./audit-summary.js";
import { h } from "./dom.js";
import { signed, table } from "./audit-view.js";

function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

function statementLink(statement, siteRoot) {
  return h("a", { href: new URL(statement.url, siteRoot).href }, statement.title);
}

/** Return the list of files that could not be read, each with its reason. */
export function skippedContent(skipped) {
  return [
    h("h2", { id: "analysis-skipped" }, "Files skipped"),
    h("p", {}, `${plural(skipped.length, "file")} could not be read and ${skipped.length === 1 ? "was" : "were"} left out. The other files are still counted.`),
    h(
      "ul",
      { class: "mir-analysis-skipped" },
      skipped.map((file) => h("li", {}, h("strong", {}, file.name), `: ${file.reason}`)),
    ),
  ];
}

/** Return the sentences saying what the results are made from. */
export function overviewContent(analysis) {
  const { schools, rounds, fileCount, phaseName, duplicates, unpublished } = analysis;
  return [
    h(
      "p",
      { class: "mir-analysis-overview" },
      `${plural(schools.length, "school")} and ${plural(rounds, "audit")} from ${plural(fileCount, "file")}. ` +
        `Phase: ${phaseName}. Each school's latest audit counts for "now".`,
    ),
    schools.length > 0 && schools.length < SMALL_GROUP
      ? h(
          "p",
          { class: "mir-analysis-small" },
          `Only ${plural(schools.length, "school")} ${schools.length === 1 ? "is" : "are"} counted here, so a reader may work out ` +
            "which school gave which rating. Hide school names and take care before sharing this report.",
        )
      : null,
    duplicates
      ? h("p", {}, `${plural(duplicates, "audit")} appeared in more than one file and ${duplicates === 1 ? "was" : "were"} counted once.`)
      : null,
    unpublished
      ? h("p", {}, `${plural(unpublished, "rating")} of statements no longer in the self-review ${unpublished === 1 ? "is" : "are"} left out.`)
      : null,
  ];
}

function countCells(row) {
  return [...SCALE.map((rating) => row.counts[rating.id]), row.notRated];
}

function weakCell(row) {
  return row.rated ? `${formatShare(row.weakShare)} (${row.weak} of ${row.rated})` : "–";
}

const COUNT_HEADERS = [...SCALE.map((rating) => rating.label), "Not rated", "Emerging or below"];

/** Return the focus area table, most common challenge first. */
export function focusAreaTable(rows) {
  return table(
    "Ratings of each focus area's statements in schools' latest audits, most common challenge first",
    ["Focus area", ...COUNT_HEADERS, "Mean score (0 to 3)"],
    rows.map((row) => [row.area.label, ...countCells(row), weakCell(row), formatMean(row.mean)]),
    "mir-analysis-areas",
  );
}

/** Return the statement table, most common challenge first. */
export function statementTable(rows, index, siteRoot) {
  return table(
    "Number of schools giving each rating in their latest audit, most common challenge first",
    ["Statement", "Focus area", ...COUNT_HEADERS],
    rows.map((row) => [
      statementLink(row.statement, siteRoot),
      index.focusAreaLabel(row.statement.focus_area),
      ...countCells(row),
      weakCell(row),
    ]),
    "mir-analysis-statements",
  );
}

/** Return the change between each school's latest audit and the one before it. */
export function changeContent(change, index) {
  if (!change.schools) {
    return [h("p", {}, "No school has more than one audit here yet, so there is no change to show.")];
  }
  const moved = change.statements.filter(({ moved: m }) => m.none < change.schools);
  return [
    h(
      "p",
      { class: "mir-analysis-change-intro" },
      `${plural(change.schools, "school")} ${change.schools === 1 ? "has" : "have"} more than one audit. ` +
        "Each school's latest audit is compared with the one before it.",
    ),
    table(
      "Focus areas: earlier and latest audits of the same schools",
      ["Focus area", "Mean score, earlier", "Mean score, latest", "Change", "Emerging or below, earlier", "Emerging or below, latest"],
      change.areas.map((area) => [
        area.area.label,
        formatMean(area.before.mean),
        formatMean(area.after.mean),
        signed(area.change),
        formatShare(area.before.weakShare),
        formatShare(area.after.weakShare),
      ]),
      "mir-analysis-change-areas",
    ),
    table(
      "Statements: how many schools' ratings moved",
      ["Statement", "Focus area", "Up", "Down", "No change", "Newly rated", "No longer rated", "Mean change"],
      moved.map(({ statement, moved: m, meanChange }) => [
        statement.title,
        index.focusAreaLabel(statement.focus_area),
        m.up,
        m.down,
        m.same,
        m.new,
        m.dropped,
        signed(meanChange),
      ]),
      "mir-analysis-change-statements",
    ),
  ];
}

/** Return the training topics with their resources, and the statements that need resources. */
export function trainingContent(suggestions, index, siteRoot) {
  const { topics, resourcesNeeded } = suggestions;
  if (!topics.length) {
    return [h("p", {}, "No school rated any statement as not started or emerging, so there is nothing to suggest.")];
  }
  const share = (row) => `${row.weak} of ${row.rated} schools at emerging or below (${formatShare(row.weakShare)})`;
  return [
    h("h3", {}, "Training topics"),
    h("p", {}, "The statements most often rated not started or emerging, with the resources linked to them."),
    h(
      "ol",
      { class: "mir-analysis-topics" },
      topics.map((row) =>
        h(
          "li",
          {},
          h("strong", {}, statementLink(row.statement, siteRoot)),
          ` (${index.focusAreaLabel(row.statement.focus_area)}): ${share(row)}.`,
          row.statement.resources.length
            ? h(
                "ul",
                {},
                row.statement.resources.map((resource) =>
                  h("li", {}, h("a", { href: new URL(resource.url, siteRoot).href }, resource.title)),
                ),
              )
            : h("p", {}, "No resource is linked to this statement yet."),
        ),
      ),
    ),
    h("h3", {}, "Resources needed"),
    resourcesNeeded.length
      ? [
          h("p", {}, "Schools rated these statements not started or emerging, and no resource on this site is linked to them."),
          h(
            "ul",
            { class: "mir-analysis-needed" },
            resourcesNeeded.map((row) => h("li", {}, statementLink(row.statement, siteRoot), `: ${share(row)}`)),
          ),
        ]
      : h("p", {}, "Every statement rated not started or emerging has at least one linked resource."),
  ];
}

/** Return the table of schools and their audits, with names replaced when `labels` hides them. */
export function schoolsTable(schools, labels, index, hideNames) {
  return table(
    hideNames ? "Schools (names hidden)" : "Schools",
    ["School", "Phase", "Audits", "Latest audit", ...(hideNames ? [] : ["Files"])],
    schools.map((school) => [
      labels.get(school.key),
      school.phase ? index.phaseLabel(school.phase) : "Not recorded",
      school.rounds.length,
      school.latest.date,
      ...(hideNames ? [] : [school.files.join(", ")]),
    ]),
    "mir-analysis-schools",
  );
}
