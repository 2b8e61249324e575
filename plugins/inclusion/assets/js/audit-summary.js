// Scoring, the summary by focus area, the lowest-rated statements, goals and the comparison of
// two rounds. Pure functions over a round and the index from audit-model.js.

import {
  SCALE,
  WEAK_SCORE,
  hasGoal,
  scoreOf,
  statementFocusArea,
  statementStatus,
  statementTitle,
} from "./audit-model.js";

function emptyCounts() {
  return Object.fromEntries(SCALE.map((rating) => [rating.id, 0]));
}

/** Add up the ratings of some published statements in a round. */
function tally(statements, round) {
  const counts = emptyCounts();
  let rated = 0;
  let scoreTotal = 0;
  for (const statement of statements) {
    const rating = round.answers[statement.id]?.rating;
    if (rating in counts) {
      counts[rating] += 1;
      rated += 1;
      scoreTotal += scoreOf(rating);
    }
  }
  return {
    counts,
    rated,
    unrated: statements.length - rated,
    total: statements.length,
    // The mean score of the rated statements, on the 0 to 3 scale; null when none is rated.
    mean: rated ? scoreTotal / rated : null,
  };
}

/**
 * Summarise a round by focus area. Only published statements count, because the summary shows
 * where the school is against today's audit. Answers to retired statements are listed apart.
 */
export function summarise(round, index) {
  const areas = index.focusAreas.map((area) => ({
    id: area.id,
    label: area.label,
    ...tally(
      index.statements.filter((statement) => statement.focus_area === area.id),
      round,
    ),
  }));
  return { areas, overall: tally(index.statements, round) };
}

/**
 * Return the rated published statements below "secure", lowest score first, then in the order
 * of the statements file. At most `limit` are returned.
 */
export function lowestRated(round, index, limit = 5) {
  const rated = index.statements
    .map((statement, order) => ({ statement, order, answer: round.answers[statement.id] }))
    .filter(({ answer }) => scoreOf(answer?.rating) !== null)
    .map((entry) => ({ ...entry, score: scoreOf(entry.answer.rating) }))
    .filter(({ score }) => score < SCALE[SCALE.length - 1].score);
  rated.sort((a, b) => a.score - b.score || a.order - b.order);
  return rated.slice(0, limit);
}

/** Return the published statements rated "not started" or "emerging" that link resources. */
export function weakWithResources(round, index) {
  return index.statements
    .filter((statement) => {
      const score = scoreOf(round.answers[statement.id]?.rating);
      return score !== null && score <= WEAK_SCORE && statement.resources.length > 0;
    })
    .map((statement) => ({ statement, answer: round.answers[statement.id] }));
}

/** Return every goal in the round, soonest review date first; goals with no date come last. */
export function goalsList(round, index) {
  const goals = Object.entries(round.answers)
    .filter(([, answer]) => hasGoal(answer))
    .map(([statementId, answer]) => ({
      statementId,
      title: statementTitle(statementId, answer, index),
      focusArea: index.focusAreaLabel(statementFocusArea(statementId, index)),
      status: statementStatus(statementId, answer, index),
      rating: answer.rating,
      ...answer.goal,
    }));
  goals.sort(
    (a, b) =>
      (a.review_date || "9999").localeCompare(b.review_date || "9999") ||
      a.title.localeCompare(b.title),
  );
  return goals;
}

/**
 * Describe how a statement's rating moved from one round to another: "up", "down", "same",
 * "new" (rated only in the later round), "dropped" (rated only in the earlier one) or "none".
 */
export function movement(before, after) {
  if (before === null && after === null) return "none";
  if (before === null) return "new";
  if (after === null) return "dropped";
  if (after > before) return "up";
  return after < before ? "down" : "same";
}

/**
 * Compare two rounds statement by statement and focus area by focus area.
 *
 * Statements come in the order of the statements file, followed by answered statements that are
 * no longer published. Focus areas compare the mean score of their published statements.
 */
export function compareRounds(before, after, index) {
  const elsewhere = new Set(
    [...Object.keys(before.answers), ...Object.keys(after.answers)].filter(
      (id) => !index.byId.has(id),
    ),
  );
  const ids = [...index.statements.map((statement) => statement.id), ...[...elsewhere].sort()];
  const statements = ids.map((id) => {
    const answerBefore = before.answers[id];
    const answerAfter = after.answers[id];
    const scoreBefore = scoreOf(answerBefore?.rating);
    const scoreAfter = scoreOf(answerAfter?.rating);
    return {
      id,
      title: statementTitle(id, answerAfter ?? answerBefore, index),
      focusArea: statementFocusArea(id, index),
      status: statementStatus(id, answerAfter ?? answerBefore, index),
      before: answerBefore?.rating ?? null,
      after: answerAfter?.rating ?? null,
      change: scoreBefore !== null && scoreAfter !== null ? scoreAfter - scoreBefore : null,
      movement: movement(scoreBefore, scoreAfter),
    };
  });

  const summaryBefore = summarise(before, index);
  const summaryAfter = summarise(after, index);
  const areas = summaryBefore.areas.map((area, i) => {
    const later = summaryAfter.areas[i];
    return {
      id: area.id,
      label: area.label,
      before: area.mean,
      after: later.mean,
      change: area.mean !== null && later.mean !== null ? later.mean - area.mean : null,
      securedBefore: area.counts.secure,
      securedAfter: later.counts.secure,
      total: area.total,
    };
  });

  const moved = { up: 0, down: 0, same: 0, new: 0, dropped: 0, none: 0 };
  for (const statement of statements) moved[statement.movement] += 1;
  return { statements, areas, moved };
}

/** Format a mean score for people: one decimal place, or a dash when nothing is rated. */
export function formatMean(mean) {
  return mean === null ? "–" : mean.toFixed(1);
}
