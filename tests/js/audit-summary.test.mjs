import assert from "node:assert/strict";
import test from "node:test";

import { createRound, indexStatements, updateAnswer } from "../../plugins/inclusion/assets/js/audit-model.js";
import {
  compareRounds,
  formatMean,
  goalsList,
  lowestRated,
  movement,
  summarise,
  weakWithResources,
} from "../../plugins/inclusion/assets/js/audit-summary.js";
import { NOW, STATEMENTS_FILE } from "./fixtures.mjs";

const index = indexStatements(STATEMENTS_FILE);

function rated(id, ratings) {
  let round = createRound({ id, school: "Hillside", date: "2026-12-04", completedBy: "", now: NOW });
  for (const [statementId, rating] of Object.entries(ratings)) {
    const statement = index.byId.get(statementId) ?? { id: statementId, title: "Old", statement: "Old." };
    round = updateAnswer(round, statement, { rating }, NOW);
  }
  return round;
}

test("summary counts by focus area", () => {
  const summary = summarise(rated("r", { "calm-spaces": "emerging", "visual-routines": "secure" }), index);
  const environment = summary.areas[0];
  assert.equal(environment.id, "environment");
  assert.equal(environment.counts.emerging, 1);
  assert.equal(environment.counts.secure, 1);
  assert.equal(environment.rated, 2);
  assert.equal(environment.unrated, 0);
  assert.equal(environment.mean, 2);
  assert.equal(summary.areas[1].mean, null);
  assert.equal(summary.overall.unrated, 1);
});

test("summary ignores retired answers", () => {
  const summary = summarise(rated("r", { "old-displays": "secure" }), index);
  assert.equal(summary.overall.rated, 0);
});

test("lowest rated orders by score", () => {
  const round = rated("r", {
    "calm-spaces": "developing",
    "visual-routines": "secure",
    "send-policy": "not-started",
  });
  const lowest = lowestRated(round, index);
  assert.deepEqual(
    lowest.map((entry) => entry.statement.id),
    ["send-policy", "calm-spaces"],
  );
});

test("weak statements with resources", () => {
  const round = rated("r", { "calm-spaces": "emerging", "send-policy": "not-started" });
  const weak = weakWithResources(round, index);
  assert.deepEqual(
    weak.map((entry) => entry.statement.id),
    ["calm-spaces"],
  );
});

test("goals sorted by review date", () => {
  let round = rated("r", {});
  round = updateAnswer(round, index.byId.get("calm-spaces"), { goal: { action: "A", review_date: "2027-03-01" } }, NOW);
  round = updateAnswer(round, index.byId.get("send-policy"), { goal: { action: "B", review_date: "2027-01-01" } }, NOW);
  round = updateAnswer(round, index.byId.get("visual-routines"), { goal: { action: "C" } }, NOW);
  assert.deepEqual(
    goalsList(round, index).map((goal) => goal.action),
    ["B", "A", "C"],
  );
});

test("movement names each case", () => {
  assert.equal(movement(1, 2), "up");
  assert.equal(movement(2, 1), "down");
  assert.equal(movement(2, 2), "same");
  assert.equal(movement(null, 2), "new");
  assert.equal(movement(2, null), "dropped");
  assert.equal(movement(null, null), "none");
});

test("compare rounds per statement and area", () => {
  const before = rated("a", { "calm-spaces": "emerging", "visual-routines": "secure", "old-displays": "developing" });
  const after = rated("b", { "calm-spaces": "secure", "visual-routines": "developing", "send-policy": "emerging" });
  const comparison = compareRounds(before, after, index);
  const byId = Object.fromEntries(comparison.statements.map((s) => [s.id, s]));
  assert.equal(byId["calm-spaces"].change, 2);
  assert.equal(byId["calm-spaces"].movement, "up");
  assert.equal(byId["visual-routines"].movement, "down");
  assert.equal(byId["send-policy"].movement, "new");
  assert.equal(byId["old-displays"].movement, "dropped");
  assert.equal(byId["old-displays"].status, "retired");
  assert.deepEqual(comparison.moved, { up: 1, down: 1, same: 0, new: 1, dropped: 1, none: 0 });
  assert.equal(comparison.areas[0].before, 2);
  assert.equal(comparison.areas[0].after, 2.5);
  assert.equal(comparison.areas[0].change, 0.5);
  assert.equal(comparison.areas[1].change, null);
});

test("mean formatted to one place", () => {
  assert.equal(formatMean(2.25), "2.3");
  assert.equal(formatMean(null), "–");
});
