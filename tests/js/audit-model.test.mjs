import assert from "node:assert/strict";
import test from "node:test";

import {
  createRound,
  indexStatements,
  scoreOf,
  statementStatus,
  updateAnswer,
} from "../../plugins/inclusion/assets/js/audit-model.js";
import { NOW, STATEMENTS_FILE } from "./fixtures.mjs";

const index = indexStatements(STATEMENTS_FILE);
const round = () =>
  createRound({ id: "r1", school: " Hillside ", date: "2026-12-04", completedBy: "Sam", now: NOW });

test("scale scores run 0 to 3", () => {
  assert.equal(scoreOf("not-started"), 0);
  assert.equal(scoreOf("secure"), 3);
  assert.equal(scoreOf(null), null);
  assert.equal(scoreOf("excellent"), null);
});

test("create round trims names", () => {
  assert.equal(round().school, "Hillside");
  assert.deepEqual(round().answers, {});
});

test("rating copies wording of statement", () => {
  const statement = index.byId.get("calm-spaces");
  const rated = updateAnswer(round(), statement, { rating: "emerging" }, NOW);
  assert.equal(rated.answers["calm-spaces"].rating, "emerging");
  assert.equal(rated.answers["calm-spaces"].statement_text, statement.statement);
  assert.equal(rated.answers["calm-spaces"].rated_at, NOW);
});

test("update leaves original round unchanged", () => {
  const original = round();
  updateAnswer(original, index.byId.get("calm-spaces"), { evidence: "Notes" }, NOW);
  assert.deepEqual(original.answers, {});
});

test("goal fields merge", () => {
  const statement = index.byId.get("calm-spaces");
  let rated = updateAnswer(round(), statement, { goal: { action: "Buy tents" } }, NOW);
  rated = updateAnswer(rated, statement, { goal: { lead: "Jo" } }, NOW);
  assert.deepEqual(rated.answers["calm-spaces"].goal, {
    action: "Buy tents",
    lead: "Jo",
    review_date: "",
  });
});

test("rating off the scale rejected", () => {
  assert.throws(
    () => updateAnswer(round(), index.byId.get("calm-spaces"), { rating: "great" }, NOW),
    /not a rating on the scale/,
  );
});

test("status reworded retired unknown", () => {
  const answer = { statement_text: "Old wording." };
  assert.equal(statementStatus("calm-spaces", answer, index), "reworded");
  assert.equal(
    statementStatus("calm-spaces", { statement_text: "Staff do calm-spaces well for every pupil." }, index),
    "current",
  );
  assert.equal(statementStatus("old-displays", answer, index), "retired");
  assert.equal(statementStatus("never-heard-of", answer, index), "unknown");
});

test("statements file of other kind rejected", () => {
  assert.throws(() => indexStatements({ format: "something-else" }), /not an audit statements file/);
});
