import assert from "node:assert/strict";
import test from "node:test";

import {
  CSV_COLUMNS,
  auditCsvRows,
  csvField,
  neutralise,
  parseCsv,
  toCsv,
} from "../../plugins/inclusion/assets/js/audit-csv.js";
import { createRound, indexStatements, updateAnswer } from "../../plugins/inclusion/assets/js/audit-model.js";
import { NOW, STATEMENTS_FILE } from "./fixtures.mjs";

const index = indexStatements(STATEMENTS_FILE);

test("formula starts neutralised", () => {
  for (const text of ["=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx"]) {
    assert.equal(neutralise(text), `'${text}`);
  }
  assert.equal(neutralise("plain"), "plain");
  assert.equal(neutralise("a=b"), "a=b");
});

test("fields quoted per RFC 4180", () => {
  assert.equal(csvField("a,b"), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField("line\nbreak"), '"line\nbreak"');
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField(3), "3");
  assert.equal(csvField(null), "");
});

test("csv starts with BOM and uses CRLF", () => {
  const text = toCsv([["a", "b"], ["c", "d"]]);
  assert.equal(text, "\uFEFFa,b\r\nc,d\r\n");
});

test("awkward cells round trip", () => {
  const awkward = ["a,b", 'q"uote', "two\r\nlines", "one\nline", "café ✓", "", "=1+1"];
  const parsed = parseCsv(toCsv([awkward, ["x"]]));
  assert.deepEqual(parsed[0], [...awkward.slice(0, 6), "'=1+1"]);
  assert.deepEqual(parsed[1], ["x"]);
});

test("audit rows cover every statement", () => {
  let round = createRound({ id: "r1", school: "=Hillside", date: "2026-12-04", completedBy: "", now: NOW });
  round = updateAnswer(round, index.byId.get("calm-spaces"), { rating: "emerging", evidence: "a, b" }, NOW);
  round = updateAnswer(round, { id: "old-displays", title: "Displays", statement: "Old." }, { rating: "secure" }, NOW);
  const rows = auditCsvRows([round], index);
  assert.deepEqual(rows[0], CSV_COLUMNS);
  assert.equal(rows.length, 1 + 3 + 1);
  const calm = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
  assert.equal(calm.rating_label, "Emerging");
  assert.equal(calm.score, 1);
  assert.equal(calm.focus_area_label, "Classroom and school environment");
  assert.equal(rows[4][CSV_COLUMNS.indexOf("statement_status")], "retired");
  const parsed = parseCsv(toCsv(rows));
  assert.equal(parsed[1][CSV_COLUMNS.indexOf("school")], "'=Hillside");
  assert.equal(parsed[1][CSV_COLUMNS.indexOf("evidence")], "a, b");
});
