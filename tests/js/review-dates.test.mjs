import assert from "node:assert/strict";
import { test } from "node:test";

import { isOverdue, localIsoDate } from "../../plugins/inclusion/assets/js/review-dates.js";

test("localIsoDate pads month and day", () => {
  assert.equal(localIsoDate(new Date(2027, 0, 5, 12)), "2027-01-05");
});

test("localIsoDate uses the local calendar day", () => {
  assert.equal(localIsoDate(new Date(2027, 8, 14, 23, 59)), "2027-09-14");
  assert.equal(localIsoDate(new Date(2027, 8, 15, 0, 0)), "2027-09-15");
});

test("page due today is not overdue", () => {
  assert.equal(isOverdue("2027-09-14", new Date(2027, 8, 14, 23, 59)), false);
});

test("page is overdue the day after its review date", () => {
  assert.equal(isOverdue("2027-09-14", new Date(2027, 8, 15, 0, 1)), true);
});

test("page before its review date is not overdue", () => {
  assert.equal(isOverdue("2027-09-14", new Date(2026, 11, 4)), false);
});

test("malformed or missing date never shows the notice", () => {
  for (const value of [undefined, "", "14/09/2027", "2027-9-14", "soon"]) {
    assert.equal(isOverdue(value, new Date(2030, 0, 1)), false, String(value));
  }
});
