import assert from "node:assert/strict";
import test from "node:test";

import {
  AuditFormatError,
  SCHEMA_VERSION,
  exportText,
  mergeRounds,
  migrate,
  parseAuditText,
} from "../../plugins/inclusion/assets/js/audit-format.js";
import { createRound, emptyState } from "../../plugins/inclusion/assets/js/audit-model.js";
import { NOW } from "./fixtures.mjs";

function round(id, answers = {}) {
  return { ...createRound({ id, school: "Hillside", date: "2026-12-04", completedBy: "Sam", now: NOW }), answers };
}

const answer = {
  rating: "emerging",
  evidence: "Notes",
  next_steps: "",
  goal: { action: "", lead: "", review_date: "" },
  statement_title: "T",
  statement_text: "Text.",
  rated_at: NOW,
};

test("export then parse gives same rounds", () => {
  const rounds = [round("r1", { "calm-spaces": answer })];
  const text = exportText(rounds, { exportedAt: NOW, statementsRevision: "abc" });
  const parsed = parseAuditText(text);
  assert.deepEqual(parsed.rounds, rounds);
  assert.equal(parsed.schema_version, SCHEMA_VERSION);
  assert.equal(parsed.statements_revision, "abc");
});

test("broken JSON rejected", () => {
  assert.throws(() => parseAuditText("{\"format\": "), AuditFormatError);
  assert.throws(() => parseAuditText("{\"format\": "), /not valid JSON/);
});

test("other file rejected", () => {
  assert.throws(() => parseAuditText('{"name": "package"}'), /not a SEND self-review export/);
  assert.throws(() => parseAuditText("[1, 2]"), /not a SEND self-review export/);
});

test("newer version rejected", () => {
  const text = JSON.stringify({ format: "mainstream-inclusion-audit", schema_version: SCHEMA_VERSION + 1, rounds: [] });
  assert.throws(() => parseAuditText(text), /newer version of the self-review/);
});

test("bad rating rejected with place", () => {
  const text = exportText([round("r1", { x: { ...answer, rating: "great" } })], { exportedAt: NOW });
  assert.throws(() => parseAuditText(text), /Round 1, statement 'x' has the rating 'great'/);
});

test("bad date rejected", () => {
  const text = exportText([{ ...round("r1"), date: "4/12/2026" }], { exportedAt: NOW });
  assert.throws(() => parseAuditText(text), /not YYYY-MM-DD/);
});

test("missing fields get defaults", () => {
  const text = exportText([round("r1", { x: { rating: "secure" } })], { exportedAt: NOW });
  const parsed = parseAuditText(text);
  assert.equal(parsed.rounds[0].answers.x.evidence, "");
  assert.deepEqual(parsed.rounds[0].answers.x.goal, { action: "", lead: "", review_date: "" });
});

test("migration runs each step in order", () => {
  const migrations = {
    1: (data) => ({ ...data, rounds: data.items, items: undefined }),
    2: (data) => ({ ...data, rounds: data.rounds.map((r) => ({ ...r, school: r.school.toUpperCase() })) }),
  };
  const old = { format: "mainstream-inclusion-audit", schema_version: 1, items: [{ school: "a" }] };
  const migrated = migrate(old, { migrations, target: 3 });
  assert.equal(migrated.schema_version, 3);
  assert.deepEqual(migrated.rounds, [{ school: "A" }]);
  assert.equal(old.schema_version, 1);
});

test("migration with missing step rejected", () => {
  const old = { format: "mainstream-inclusion-audit", schema_version: 1, rounds: [] };
  assert.throws(() => migrate(old, { migrations: {}, target: 2 }), /No migration from schema version 1/);
});

test("schema version zero rejected", () => {
  assert.throws(() => migrate({ schema_version: 0 }), /not a whole number/);
});

test("merge skips identical rounds", () => {
  const state = { ...emptyState(), rounds: [round("r1")], current_round: "r1" };
  const result = mergeRounds(state, [round("r1")], () => "new-id");
  assert.equal(result.added, 0);
  assert.equal(result.skipped, 1);
  assert.equal(result.state.rounds.length, 1);
});

test("merge keeps both on id clash", () => {
  const state = { ...emptyState(), rounds: [round("r1")], current_round: "r1" };
  const changed = { ...round("r1"), school: "Other school" };
  const result = mergeRounds(state, [changed], () => "new-id");
  assert.equal(result.added, 1);
  assert.deepEqual(
    result.state.rounds.map((r) => r.id),
    ["r1", "new-id"],
  );
  assert.equal(result.state.rounds[0].school, "Hillside");
  assert.equal(result.state.current_round, "new-id");
});

test("version 1 file gets empty phase", () => {
  const v1 = { format: "mainstream-inclusion-audit", schema_version: 1, rounds: [{ id: "r1", school: "Hillside", date: "2025-12-01", answers: {} }] };
  const parsed = parseAuditText(JSON.stringify(v1));
  assert.equal(parsed.schema_version, 2);
  assert.equal(parsed.rounds[0].phase, "");
});

test("phase kept through export", () => {
  const rounds = [{ ...round("r1"), phase: "secondary" }];
  const parsed = parseAuditText(exportText(rounds, { exportedAt: NOW }));
  assert.equal(parsed.rounds[0].phase, "secondary");
});

test("phase that is not text rejected", () => {
  const text = exportText([{ ...round("r1"), phase: 7 }], { exportedAt: NOW });
  assert.throws(() => parseAuditText(text), /Round 1 phase is not text/);
});
