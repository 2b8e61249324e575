// The versioned file format shared by browser storage and JSON exports: checking, migrating,
// exporting and merging imported rounds. See the "SEND self-review export format" page of the
// README for the fields and the version history.

import { SCALE, emptyAnswer } from "./audit-model.js";

export const AUDIT_FORMAT = "mainstream-inclusion-audit";

/** The schema version this tool writes. Raise it only together with a step in MIGRATIONS. */
export const SCHEMA_VERSION = 2;

/**
 * Steps that each turn data of schema version n into version n + 1, keyed by n. A step takes
 * and returns the whole envelope, and leaves a value it does not expect for checkRounds to
 * reject with a message.
 */
export const MIGRATIONS = Object.freeze({
  // Version 2 added the school's phase to each round; rounds made before it record none.
  1: (data) => ({
    ...data,
    rounds: Array.isArray(data.rounds)
      ? data.rounds.map((round) => (round && typeof round === "object" ? { phase: "", ...round } : round))
      : data.rounds,
  }),
});

/** A file or stored value that cannot be used; `message` is written for the person importing. */
export class AuditFormatError extends Error {}

/**
 * Migrate an envelope step by step to `target`. Returns a new object and leaves the input as it
 * was. Throws AuditFormatError for a version newer than `target`, or a missing step.
 */
export function migrate(data, { migrations = MIGRATIONS, target = SCHEMA_VERSION } = {}) {
  let current = structuredClone(data);
  const version = current.schema_version;
  if (!Number.isInteger(version) || version < 1) {
    throw new AuditFormatError(`The schema version '${version}' is not a whole number from 1.`);
  }
  if (version > target) {
    throw new AuditFormatError(
      `This file was made by a newer version of the self-review (schema version ${version}; ` +
        `this page reads up to version ${target}). Reload the page to get the latest version, ` +
        "then import the file again.",
    );
  }
  while (current.schema_version < target) {
    const step = migrations[current.schema_version];
    if (!step) {
      throw new AuditFormatError(
        `No migration from schema version ${current.schema_version} is available.`,
      );
    }
    current = { ...step(current), schema_version: current.schema_version + 1 };
  }
  return current;
}

/**
 * Parse, check and migrate the text of an export or a stored value.
 * Returns the envelope at the current schema version, or throws AuditFormatError.
 */
export function parseAuditText(text, options = {}) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AuditFormatError(`The file is not valid JSON (${error.message}).`);
  }
  if (!data || typeof data !== "object" || data.format !== AUDIT_FORMAT) {
    throw new AuditFormatError(
      "The file is not a SEND self-review export: it has no " +
        `"format": "${AUDIT_FORMAT}" field.`,
    );
  }
  const migrated = migrate(data, options);
  return { ...migrated, rounds: checkRounds(migrated.rounds) };
}

const RATING_IDS = new Set(SCALE.map((rating) => rating.id));
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(value, where) {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") throw new AuditFormatError(`${where} is not text.`);
  return value;
}

/** Check each round and return normalised copies with every field present. */
export function checkRounds(rounds) {
  if (!Array.isArray(rounds)) throw new AuditFormatError("The file has no list of rounds.");
  const ids = new Set();
  return rounds.map((round, i) => {
    const where = `Round ${i + 1}`;
    if (!round || typeof round !== "object") throw new AuditFormatError(`${where} is not an object.`);
    if (typeof round.id !== "string" || !round.id) {
      throw new AuditFormatError(`${where} has no id.`);
    }
    if (ids.has(round.id)) throw new AuditFormatError(`${where} repeats the id '${round.id}'.`);
    ids.add(round.id);
    if (!DATE.test(round.date ?? "")) {
      throw new AuditFormatError(`${where} has the date '${round.date}', not YYYY-MM-DD.`);
    }
    if (!round.answers || typeof round.answers !== "object" || Array.isArray(round.answers)) {
      throw new AuditFormatError(`${where} has no answers object.`);
    }
    const answers = {};
    for (const [statementId, answer] of Object.entries(round.answers)) {
      answers[statementId] = checkAnswer(answer, `${where}, statement '${statementId}'`);
    }
    return {
      id: round.id,
      school: text(round.school, `${where} school`),
      phase: text(round.phase, `${where} phase`),
      date: round.date,
      completed_by: text(round.completed_by, `${where} completed_by`),
      created_at: text(round.created_at, `${where} created_at`),
      updated_at: text(round.updated_at, `${where} updated_at`),
      answers,
    };
  });
}

function checkAnswer(answer, where) {
  if (!answer || typeof answer !== "object") throw new AuditFormatError(`${where} is not an object.`);
  const rating = answer.rating ?? null;
  if (rating !== null && !RATING_IDS.has(rating)) {
    throw new AuditFormatError(`${where} has the rating '${rating}', which is not on the scale.`);
  }
  const goal = answer.goal ?? {};
  if (goal.review_date && !DATE.test(goal.review_date)) {
    throw new AuditFormatError(`${where} has the review date '${goal.review_date}', not YYYY-MM-DD.`);
  }
  return {
    ...emptyAnswer(),
    rating,
    evidence: text(answer.evidence, `${where} evidence`),
    next_steps: text(answer.next_steps, `${where} next_steps`),
    goal: {
      action: text(goal.action, `${where} goal action`),
      lead: text(goal.lead, `${where} goal lead`),
      review_date: text(goal.review_date, `${where} goal review_date`),
    },
    statement_title: text(answer.statement_title, `${where} statement_title`),
    statement_text: text(answer.statement_text, `${where} statement_text`),
    rated_at: answer.rated_at ?? null,
  };
}

/** Return the JSON text of an export of some rounds, in the order given. */
export function exportText(rounds, { exportedAt, statementsRevision }) {
  const envelope = {
    format: AUDIT_FORMAT,
    schema_version: SCHEMA_VERSION,
    exported_at: exportedAt,
    statements_revision: statementsRevision,
    rounds,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** Return the JSON text kept in browser storage: the rounds and which one is open. */
export function storedText(state) {
  return JSON.stringify({
    format: AUDIT_FORMAT,
    schema_version: SCHEMA_VERSION,
    current_round: state.current_round,
    rounds: state.rounds,
  });
}

function sameRound(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Add imported rounds to the state. A round identical to one already kept is skipped. A round
 * whose id is taken by a different round is added under a new id from `makeId`, so importing
 * never overwrites a kept round.
 */
export function mergeRounds(state, imported, makeId) {
  const rounds = [...state.rounds];
  let added = 0;
  let skipped = 0;
  let lastAdded = null;
  for (const round of imported) {
    const existing = rounds.find((kept) => kept.id === round.id);
    if (existing && sameRound(existing, round)) {
      skipped += 1;
      continue;
    }
    const copy = existing ? { ...round, id: makeId() } : round;
    rounds.push(copy);
    lastAdded = copy.id;
    added += 1;
  }
  const current_round = lastAdded ?? state.current_round;
  return { state: { ...state, rounds, current_round }, added, skipped };
}
