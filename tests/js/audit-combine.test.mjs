import assert from "node:assert/strict";
import test from "node:test";

import {
  NO_PHASE,
  analysisCsvRows,
  changeBetweenRounds,
  filterByPhase,
  focusAreaRows,
  formatShare,
  groupBySchool,
  phasesPresent,
  readExportText,
  schoolLabels,
  statementRows,
  trainingSuggestions,
  unpublishedAnswers,
} from "../../plugins/inclusion/assets/js/audit-combine.js";
import { parseCsv, toCsv } from "../../plugins/inclusion/assets/js/audit-csv.js";
import { exportText } from "../../plugins/inclusion/assets/js/audit-format.js";
import { indexStatements } from "../../plugins/inclusion/assets/js/audit-model.js";
import { NOW, STATEMENTS_FILE } from "./fixtures.mjs";

const index = indexStatements({
  ...STATEMENTS_FILE,
  phases: [
    { id: "primary", label: "Primary" },
    { id: "secondary", label: "Secondary" },
  ],
});

let nextId = 0;

/** A round of the current format; `ratings` maps statement ids to rating ids. */
function round(school, date, ratings, { phase = "", updated = NOW, id } = {}) {
  nextId += 1;
  const answers = Object.fromEntries(
    Object.entries(ratings).map(([statementId, rating]) => [statementId, { rating }]),
  );
  return { id: id ?? `r${nextId}`, school, phase, date, completed_by: "", created_at: NOW, updated_at: updated, answers };
}

function file(name, ...rounds) {
  const read = readExportText(name, exportText(rounds, { exportedAt: NOW, statementsRevision: "x" }));
  assert.ok(read.rounds, read.reason);
  return read;
}

test("broken file gives JSON reason", () => {
  const read = readExportText("broken.json", '{"format": "mainstream-inclusion-audit", ');
  assert.equal(read.name, "broken.json");
  assert.match(read.reason, /not valid JSON/);
  assert.equal(read.rounds, undefined);
});

test("other file gives format reason", () => {
  assert.match(readExportText("package.json", '{"name": "x"}').reason, /not a SEND self-review export/);
});

test("empty export skipped", () => {
  const text = exportText([], { exportedAt: NOW });
  assert.equal(readExportText("empty.json", text).reason, "The file contains no audits.");
});

test("version 1 export read", () => {
  const v1 = { format: "mainstream-inclusion-audit", schema_version: 1, rounds: [{ id: "a", school: "Oak", date: "2025-01-01", answers: {} }] };
  const read = readExportText("old.json", JSON.stringify(v1));
  assert.equal(read.rounds[0].phase, "");
});

test("rounds grouped by school name", () => {
  const { schools } = groupBySchool([
    file("a.json", round("Oak Primary", "2026-06-01", {}), round("Ash", "2026-01-01", {})),
    file("b.json", round(" oak  primary ", "2025-06-01", {})),
  ]);
  assert.deepEqual(schools.map((school) => school.name), ["Ash", "Oak Primary"]);
  assert.deepEqual(schools[1].rounds.map((r) => r.date), ["2025-06-01", "2026-06-01"]);
  assert.equal(schools[1].latest.date, "2026-06-01");
  assert.deepEqual(schools[1].files, ["a.json", "b.json"]);
});

test("same round twice counted once", () => {
  const early = round("Oak", "2026-06-01", { "calm-spaces": "emerging" }, { id: "same", updated: "2026-06-01T10:00:00.000Z" });
  const later = { ...early, updated_at: "2026-06-02T10:00:00.000Z", answers: { "calm-spaces": { rating: "secure" } } };
  const { schools, duplicates } = groupBySchool([file("new.json", later), file("old.json", early)]);
  assert.equal(duplicates, 1);
  assert.equal(schools[0].rounds.length, 1);
  assert.equal(schools[0].latest.answers["calm-spaces"].rating, "secure");
});

test("unnamed rounds kept apart", () => {
  const { schools } = groupBySchool([file("x.json", round("", "2026-01-01", {})), file("y.json", round("", "2026-01-01", {}))]);
  assert.equal(schools.length, 2);
  assert.equal(schools[0].name, "Unnamed setting");
});

test("school phase from latest round with one", () => {
  const { schools } = groupBySchool([
    file("a.json", round("Oak", "2025-01-01", {}, { phase: "primary" }), round("Oak", "2026-01-01", {})),
  ]);
  assert.equal(schools[0].phase, "primary");
});

test("phase filter", () => {
  const { schools } = groupBySchool([
    file("a.json", round("Oak", "2026-01-01", {}, { phase: "secondary" })),
    file("b.json", round("Ash", "2026-01-01", {}, { phase: "primary" })),
    file("c.json", round("Elm", "2026-01-01", {})),
  ]);
  assert.deepEqual(phasesPresent(schools, index), ["primary", "secondary"]);
  assert.deepEqual(filterByPhase(schools, "primary").map((s) => s.name), ["Ash"]);
  assert.deepEqual(filterByPhase(schools, NO_PHASE).map((s) => s.name), ["Elm"]);
  assert.equal(filterByPhase(schools, "").length, 3);
});

test("statement counts and ranking", () => {
  const rounds = [
    round("A", "2026-01-01", { "calm-spaces": "secure", "visual-routines": "emerging", "send-policy": "developing" }),
    round("B", "2026-01-01", { "calm-spaces": "not-started", "visual-routines": "emerging", "send-policy": "secure" }),
    round("C", "2026-01-01", { "calm-spaces": "secure", "visual-routines": "developing" }),
  ];
  const rows = statementRows(rounds, index);
  assert.deepEqual(rows.map((row) => row.statement.id), ["visual-routines", "calm-spaces", "send-policy"]);
  assert.deepEqual(rows.map((row) => row.rank), [1, 2, 3]);
  const visual = rows[0];
  assert.deepEqual(visual.counts, { "not-started": 0, emerging: 2, developing: 1, secure: 0 });
  assert.equal(visual.weak, 2);
  assert.equal(visual.weakShare, 2 / 3);
  const policy = rows[2];
  assert.equal(policy.notRated, 1);
  assert.equal(policy.weakShare, 0);
  assert.equal(policy.mean, 2.5);
});

test("ties broken by weak count then mean", () => {
  const rounds = [
    round("A", "2026-01-01", { "calm-spaces": "emerging", "visual-routines": "not-started", "send-policy": "emerging" }),
    round("B", "2026-01-01", { "calm-spaces": "secure", "visual-routines": "secure", "send-policy": "secure" }),
    round("C", "2026-01-01", { "calm-spaces": "emerging", "visual-routines": "not-started" }),
  ];
  const order = statementRows(rounds, index).map((row) => row.statement.id);
  // visual-routines and calm-spaces share 2 of 3 weak; the lower mean comes first.
  assert.deepEqual(order, ["visual-routines", "calm-spaces", "send-policy"]);
});

test("unrated statements ranked last", () => {
  const rows = statementRows([round("A", "2026-01-01", { "send-policy": "secure" })], index);
  assert.deepEqual(rows.map((row) => row.statement.id), ["send-policy", "calm-spaces", "visual-routines"]);
  assert.equal(rows[2].weakShare, null);
  assert.equal(formatShare(rows[2].weakShare), "–");
});

test("focus area counts ratings", () => {
  const rounds = [
    round("A", "2026-01-01", { "calm-spaces": "emerging", "visual-routines": "secure", "send-policy": "secure" }),
    round("B", "2026-01-01", { "calm-spaces": "not-started", "send-policy": "developing" }),
  ];
  const [first, second] = focusAreaRows(rounds, index);
  assert.equal(first.area.id, "environment");
  assert.equal(first.rated, 3);
  assert.equal(first.notRated, 1);
  assert.equal(first.weak, 2);
  assert.equal(formatShare(first.weakShare), "67%");
  assert.equal(second.area.id, "leadership");
  assert.equal(second.weakShare, 0);
});

test("retired answers counted apart", () => {
  const rounds = [round("A", "2026-01-01", { "old-displays": "secure", elsewhere: "emerging", "calm-spaces": "secure" })];
  assert.equal(unpublishedAnswers(rounds, index), 2);
  assert.equal(statementRows(rounds, index).find((row) => row.statement.id === "calm-spaces").rated, 1);
});

test("change between last two rounds", () => {
  const { schools } = groupBySchool([
    file(
      "oak.json",
      round("Oak", "2025-01-01", { "calm-spaces": "not-started" }),
      round("Oak", "2025-06-01", { "calm-spaces": "emerging", "visual-routines": "secure" }),
      round("Oak", "2026-01-01", { "calm-spaces": "secure", "send-policy": "developing" }),
    ),
    file("ash.json", round("Ash", "2025-06-01", { "calm-spaces": "secure" }), round("Ash", "2026-01-01", { "calm-spaces": "developing" })),
    file("elm.json", round("Elm", "2026-01-01", { "calm-spaces": "not-started" })),
  ]);
  const change = changeBetweenRounds(schools, index);
  assert.equal(change.schools, 2);
  const calm = change.statements.find((row) => row.statement.id === "calm-spaces");
  assert.equal(calm.moved.up, 1);
  assert.equal(calm.moved.down, 1);
  assert.equal(calm.meanChange, (2 - 1) / 2);
  const visual = change.statements.find((row) => row.statement.id === "visual-routines");
  assert.equal(visual.moved.dropped, 1);
  assert.equal(change.statements.find((row) => row.statement.id === "send-policy").moved.new, 1);
  const environment = change.areas[0];
  assert.equal(environment.before.mean, (1 + 3 + 3) / 3);
  assert.equal(environment.after.mean, (3 + 2) / 2);
  assert.equal(environment.after.weakShare, 0);
});

test("no second rounds gives empty change", () => {
  const { schools } = groupBySchool([file("a.json", round("Oak", "2026-01-01", { "calm-spaces": "secure" }))]);
  const change = changeBetweenRounds(schools, index);
  assert.equal(change.schools, 0);
  assert.equal(change.areas[0].change, null);
});

test("training suggestions and resources needed", () => {
  const rows = statementRows(
    [
      round("A", "2026-01-01", { "calm-spaces": "emerging", "visual-routines": "not-started", "send-policy": "secure" }),
      round("B", "2026-01-01", { "calm-spaces": "secure", "visual-routines": "emerging", "send-policy": "secure" }),
    ],
    index,
  );
  const { topics, resourcesNeeded } = trainingSuggestions(rows);
  assert.deepEqual(topics.map((row) => row.statement.id), ["visual-routines", "calm-spaces"]);
  assert.equal(topics[1].statement.resources[0].title, "Quiet areas");
  assert.deepEqual(resourcesNeeded.map((row) => row.statement.id), ["visual-routines"]);
  assert.equal(trainingSuggestions(rows, 1).topics.length, 1);
});

test("csv of combined table", () => {
  const rows = statementRows([round("=cmd", "2026-01-01", { "calm-spaces": "emerging", "visual-routines": "secure" })], index);
  const csvRows = analysisCsvRows(rows, index, { schools: 1, phaseFilter: "All phases" });
  const parsed = parseCsv(toCsv(csvRows));
  assert.deepEqual(parsed[0].slice(0, 6), ["rank", "focus_area", "focus_area_label", "statement_id", "statement_title", "schools"]);
  const calm = Object.fromEntries(parsed[0].map((column, i) => [column, parsed[1][i]]));
  assert.equal(calm.statement_id, "calm-spaces");
  assert.equal(calm.emerging, "1");
  assert.equal(calm.share_emerging_or_below, "1");
  assert.equal(calm.linked_resources, "Quiet areas");
  assert.equal(parsed[3][parsed[0].indexOf("share_emerging_or_below")], "");
});

test("csv neutralises formula titles", () => {
  const risky = indexStatements({
    ...STATEMENTS_FILE,
    statements: STATEMENTS_FILE.statements.map((s) => ({ ...s, title: `=${s.title}` })),
  });
  const csv = toCsv(analysisCsvRows(statementRows([], risky), risky, { schools: 0, phaseFilter: "-x" }));
  assert.ok(csv.includes(",'=Title of calm-spaces,"));
  assert.ok(csv.includes(",'-x\r\n"));
});

test("school names hidden", () => {
  const schools = [{ key: "a", name: "Ash" }, { key: "b", name: "Oak" }];
  assert.deepEqual([...schoolLabels(schools, true).values()], ["School 1", "School 2"]);
  assert.equal(schoolLabels(schools, false).get("b"), "Oak");
});
