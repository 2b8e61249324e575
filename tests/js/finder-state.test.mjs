import assert from "node:assert/strict";
import { test } from "node:test";

import {
  excerptParts,
  isEmpty,
  pagefindFilters,
  pagefindQuery,
  readState,
  statusMessage,
  writeState,
} from "../../plugins/inclusion/assets/js/finder-state.mjs";

const VOCABULARIES = ["areas-of-need", "phases"];

test("readState keeps known filters only", () => {
  const params = new URLSearchParams("q=+autism+&phases=primary&owner=x&phases=primary");
  assert.deepEqual(readState(params, VOCABULARIES), {
    query: "autism",
    filters: { phases: ["primary"] },
  });
});

test("readState of empty query string", () => {
  const state = readState(new URLSearchParams(""), VOCABULARIES);
  assert.equal(isEmpty(state), true);
});

test("writeState round trip", () => {
  const state = { query: "now and next", filters: { "areas-of-need": ["universal", "sensory-and-physical"], phases: ["primary"] } };
  const text = writeState(state);
  assert.equal(text, "?q=now+and+next&areas-of-need=universal&areas-of-need=sensory-and-physical&phases=primary");
  assert.deepEqual(readState(new URLSearchParams(text), VOCABULARIES), state);
});

test("writeState of empty state", () => {
  assert.equal(writeState({ query: "", filters: {} }), "");
});

test("pagefindFilters any within, all across", () => {
  const state = { query: "", filters: { "areas-of-need": ["universal", "sensory-and-physical"], phases: ["primary"] } };
  assert.deepEqual(pagefindFilters(state, "resources"), {
    "areas-of-need": { any: ["universal", "sensory-and-physical"] },
    phases: { any: ["primary"] },
    kind: "resource",
  });
});

test("pagefindFilters site scope adds no kind", () => {
  const filters = pagefindFilters({ query: "x", filters: {} }, "site");
  assert.deepEqual(filters, {});
});

test("excerptParts splits marks and decodes entities", () => {
  assert.deepEqual(excerptParts("a &lt;b&gt; <mark>ASC</mark> &amp; c"), [
    { text: "a <b> ", marked: false },
    { text: "ASC", marked: true },
    { text: " & c", marked: false },
  ]);
});

test("excerptParts leaves other tags as text", () => {
  const parts = excerptParts("<img src=x onerror=alert(1)>");
  assert.deepEqual(parts, [{ text: "<img src=x onerror=alert(1)>", marked: false }]);
});

test("statusMessage counts and words", () => {
  assert.equal(
    statusMessage({ total: 45, shown: 20, query: "autism", scope: "resources" }),
    "45 resources found for “autism”. Showing the first 20.",
  );
  assert.equal(statusMessage({ total: 1, shown: 1, query: "", scope: "site" }), "1 page found.");
  assert.equal(
    statusMessage({ total: 0, shown: 0, query: "", scope: "resources" }),
    "No resources found. Try fewer filters or other words.",
  );
});

test("pagefindQuery lists resources by a word, sorted by title", () => {
  const state = { query: "", filters: { phases: ["primary"] } };
  assert.deepEqual(pagefindQuery(state, "resources"), {
    term: "resource",
    options: { filters: { phases: { any: ["primary"] }, kind: "resource" }, sort: { title: "asc" } },
  });
});

test("pagefindQuery passes search words unsorted", () => {
  const { term, options } = pagefindQuery({ query: "ASC", filters: {} }, "site");
  assert.equal(term, "ASC");
  assert.deepEqual(options, { filters: {} });
});

test("pagefindQuery filters only in site scope", () => {
  const { term, options } = pagefindQuery({ query: "", filters: { phases: ["post-16"] } }, "site");
  assert.equal(term, "resource");
  assert.deepEqual(options, { filters: { phases: { any: ["post-16"] } }, sort: { title: "asc" } });
});
