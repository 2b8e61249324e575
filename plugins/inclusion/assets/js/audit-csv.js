// CSV export of audit rounds: RFC 4180 quoting, CRLF line ends and a UTF-8 byte order mark so
// that Excel reads accented letters correctly, with formula-like cells neutralised.

import { ratingOf, scoreOf, statementFocusArea, statementStatus, statementTitle } from "./audit-model.js";

const BOM = "\uFEFF";

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefix text that a spreadsheet would run as a formula with an apostrophe. */
export function neutralise(text) {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Return one CSV field: numbers as they are, text neutralised and quoted when needed. */
export function csvField(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const safe = neutralise(String(value));
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Return the CSV text of rows of values, starting with a byte order mark. */
export function toCsv(rows) {
  return BOM + rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** Parse RFC 4180 CSV text into rows of strings; a leading byte order mark is skipped. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  let i = text.startsWith(BOM) ? 1 : 0;
  for (; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else {
      field += char;
    }
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export const CSV_COLUMNS = [
  "round_id",
  "school",
  "round_date",
  "completed_by",
  "focus_area",
  "focus_area_label",
  "statement_id",
  "statement_title",
  "statement_status",
  "rating",
  "rating_label",
  "score",
  "evidence",
  "next_steps",
  "goal_action",
  "goal_lead",
  "goal_review_date",
];

/**
 * Return the CSV rows (header first) of some rounds: one row per published statement, rated or
 * not, then one per answered statement that is no longer published.
 */
export function auditCsvRows(rounds, index) {
  const rows = [CSV_COLUMNS];
  for (const round of rounds) {
    const elsewhere = Object.keys(round.answers).filter((id) => !index.byId.has(id)).sort();
    const ids = [...index.statements.map((statement) => statement.id), ...elsewhere];
    for (const id of ids) {
      const answer = round.answers[id];
      const focusArea = statementFocusArea(id, index);
      rows.push([
        round.id,
        round.school,
        round.date,
        round.completed_by,
        focusArea,
        focusArea ? index.focusAreaLabel(focusArea) : "",
        id,
        statementTitle(id, answer, index),
        statementStatus(id, answer, index),
        answer?.rating ?? "",
        ratingOf(answer?.rating)?.label ?? "",
        scoreOf(answer?.rating) ?? "",
        answer?.evidence ?? "",
        answer?.next_steps ?? "",
        answer?.goal.action ?? "",
        answer?.goal.lead ?? "",
        answer?.goal.review_date ?? "",
      ]);
    }
  }
  return rows;
}
