// The audit's data: the rating scale, rounds and answers, and the statements a round is rated
// against. No DOM access, so Node's test runner can load it.

/** The rating scale, lowest first. A score is the position on the scale. */
export const SCALE = Object.freeze([
  Object.freeze({ id: "not-started", label: "Not started", score: 0 }),
  Object.freeze({ id: "emerging", label: "Emerging", score: 1 }),
  Object.freeze({ id: "developing", label: "Developing", score: 2 }),
  Object.freeze({ id: "secure", label: "Secure", score: 3 }),
]);

export const MAX_SCORE = SCALE[SCALE.length - 1].score;

/** Ratings at or below this score count as weak, so the tool offers linked resources. */
export const WEAK_SCORE = 1;

export function ratingOf(ratingId) {
  return SCALE.find((rating) => rating.id === ratingId);
}

/** Return the score of a rating id, or null for no rating or an id not on the scale. */
export function scoreOf(ratingId) {
  const rating = ratingOf(ratingId);
  return rating ? rating.score : null;
}

/**
 * Index the statements file written by the build (audit/statements.json) for lookups.
 * Throws an Error with a readable message when the file is not a statements file.
 */
export function indexStatements(data) {
  if (!data || data.format !== "mainstream-inclusion-audit-statements") {
    throw new Error("The statements file is not an audit statements file.");
  }
  const focusAreas = new Map(data.focus_areas.map((area) => [area.id, area]));
  // Statements files written before phases were added to them have none.
  const phases = data.phases ?? [];
  const phaseLabels = new Map(phases.map((phase) => [phase.id, phase.label]));
  return {
    revision: data.revision,
    phases,
    phaseLabel: (id) => phaseLabels.get(id) ?? id,
    focusAreas: data.focus_areas,
    statements: data.statements,
    byId: new Map(data.statements.map((statement) => [statement.id, statement])),
    retiredById: new Map(data.retired.map((statement) => [statement.id, statement])),
    focusAreaLabel: (id) => focusAreas.get(id)?.label ?? id,
  };
}

export function emptyState() {
  return { current_round: null, rounds: [] };
}

/** Return a new round with no answers. `phase` is a phase vocabulary id, or "" for none. */
export function createRound({ id, school, phase = "", date, completedBy, now }) {
  return {
    id,
    school: school.trim(),
    phase,
    date,
    completed_by: completedBy.trim(),
    created_at: now,
    updated_at: now,
    answers: {},
  };
}

export function emptyAnswer() {
  return {
    rating: null,
    evidence: "",
    next_steps: "",
    goal: { action: "", lead: "", review_date: "" },
    statement_title: "",
    statement_text: "",
    rated_at: null,
  };
}

/**
 * Return a copy of the round with one answer changed.
 *
 * `changes` may set rating, evidence, next_steps and goal (a partial goal is merged). The wording
 * of the statement is copied into the answer when the rating changes, because that is the
 * wording the rating was given against; a later rewording is then shown beside the answer.
 */
export function updateAnswer(round, statement, changes, now) {
  const previous = round.answers[statement.id] ?? emptyAnswer();
  const answer = { ...previous, goal: { ...previous.goal } };
  if ("rating" in changes && changes.rating !== previous.rating) {
    if (changes.rating !== null && !ratingOf(changes.rating)) {
      throw new Error(`'${changes.rating}' is not a rating on the scale.`);
    }
    answer.rating = changes.rating;
    answer.rated_at = changes.rating === null ? null : now;
    answer.statement_title = statement.title;
    answer.statement_text = statement.statement;
  }
  for (const field of ["evidence", "next_steps"]) {
    if (field in changes) answer[field] = changes[field];
  }
  if (changes.goal) Object.assign(answer.goal, changes.goal);
  if (!answer.statement_text) {
    answer.statement_title = statement.title;
    answer.statement_text = statement.statement;
  }
  return { ...round, updated_at: now, answers: { ...round.answers, [statement.id]: answer } };
}

export function hasGoal(answer) {
  const goal = answer?.goal;
  return Boolean(goal && (goal.action.trim() || goal.lead.trim() || goal.review_date));
}

/**
 * Return the status of an answered statement: "current", "reworded" (its wording changed after
 * it was rated), "retired", or "unknown" (an id in neither list of the statements file, such as
 * a draft or an answer imported from another site's audit).
 */
export function statementStatus(statementId, answer, index) {
  const statement = index.byId.get(statementId);
  if (statement) {
    const reworded = answer?.statement_text && answer.statement_text !== statement.statement;
    return reworded ? "reworded" : "current";
  }
  return index.retiredById.has(statementId) ? "retired" : "unknown";
}

/** Return the statement's title, falling back to the wording kept in the answer. */
export function statementTitle(statementId, answer, index) {
  return (
    index.byId.get(statementId)?.title ??
    index.retiredById.get(statementId)?.title ??
    (answer?.statement_title || statementId)
  );
}

/** Return the focus area id of any statement an answer refers to, or "" when not known. */
export function statementFocusArea(statementId, index) {
  return (
    index.byId.get(statementId)?.focus_area ?? index.retiredById.get(statementId)?.focus_area ?? ""
  );
}

/** Ids of answered statements that are not published any more, in id order. */
export function answeredElsewhere(round, index) {
  return Object.keys(round.answers)
    .filter((id) => !index.byId.has(id))
    .sort();
}

export function roundLabel(round) {
  const who = round.school || "Unnamed setting";
  return `${who}, ${round.date}`;
}
