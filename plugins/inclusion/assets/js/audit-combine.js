// Combining audit exports from many schools: reading files, grouping rounds by school, counting
// ratings per statement and focus area, change between rounds, training suggestions and the CSV
// of the combined table. No DOM access, so Node's test runner can load it.

import { AuditFormatError, parseAuditText } from "./audit-format.js";
import { SCALE, WEAK_SCORE, scoreOf } from "./audit-model.js";
import { movement } from "./audit-summary.js";

/** Filter value for schools whose audits record no phase. */
export const NO_PHASE = "none";

/**
 * Groups with fewer schools than this get a warning that a reader may recognise a school. A
 * common rule of thumb for small-number suppression, not a legal threshold.
 */
export const SMALL_GROUP = 5;

/** Ids of the ratings at or below WEAK_SCORE ("not started" and "emerging"). */
export const WEAK_RATINGS = SCALE.filter((rating) => rating.score <= WEAK_SCORE).map(
  (rating) => rating.id,
);

/**
 * Read the text of one file. Returns `{name, rounds}`, or `{name, reason}` when the file is not
 * a readable export or has no rounds; `reason` is a sentence for the person opening it.
 */
export function readExportText(name, text) {
  let data;
  try {
    data = parseAuditText(text);
  } catch (error) {
    if (!(error instanceof AuditFormatError)) throw error;
    return { name, reason: error.message };
  }
  if (!data.rounds.length) return { name, reason: "The file contains no audits." };
  return { name, rounds: data.rounds };
}

function schoolKey(round, fileName) {
  const name = round.school.trim().replace(/\s+/g, " ").toLowerCase();
  // Rounds with no school name cannot be matched to other files, so each file keeps its own.
  return name ? `school:${name}` : `file:${fileName}`;
}

function byDate(a, b) {
  return a.date.localeCompare(b.date) || a.updated_at.localeCompare(b.updated_at);
}

/**
 * Group the rounds of every read file by school, oldest round first.
 *
 * Schools match by name, ignoring case and repeated spaces. A round whose id was already seen
 * (the same audit exported twice) is counted once, keeping the copy updated last. A school's
 * phase is that of its latest round that records one.
 *
 * Returns `{schools, duplicates}`, schools sorted by name; each school has `key`, `name`,
 * `phase`, `rounds`, `latest` and `files` (the names of the files its rounds came from).
 */
export function groupBySchool(files) {
  const byId = new Map();
  let duplicates = 0;
  for (const file of files) {
    for (const round of file.rounds) {
      const seen = byId.get(round.id);
      if (seen) duplicates += 1;
      if (!seen || round.updated_at > seen.round.updated_at) {
        byId.set(round.id, { round, file: file.name });
      }
    }
  }

  const schools = new Map();
  for (const { round, file } of byId.values()) {
    const key = schoolKey(round, file);
    if (!schools.has(key)) schools.set(key, { key, rounds: [], files: new Set() });
    schools.get(key).rounds.push(round);
    schools.get(key).files.add(file);
  }
  const list = [...schools.values()].map((school) => {
    const rounds = school.rounds.sort(byDate);
    const latest = rounds.at(-1);
    return {
      key: school.key,
      name: latest.school.trim() || "Unnamed setting",
      phase: rounds.findLast((round) => round.phase)?.phase ?? "",
      rounds,
      latest,
      files: [...school.files].sort(),
    };
  });
  list.sort((a, b) => a.name.localeCompare(b.name, "en") || a.key.localeCompare(b.key));
  return { schools: list, duplicates };
}

/** Return the phases the schools record, in the order of the statements file, then others. */
export function phasesPresent(schools, index) {
  const present = new Set(schools.map((school) => school.phase).filter(Boolean));
  const known = index.phases.map((phase) => phase.id).filter((id) => present.has(id));
  const others = [...present].filter((id) => !known.includes(id)).sort();
  return [...known, ...others];
}

/** Keep the schools of one phase; "" keeps all, NO_PHASE those that record none. */
export function filterByPhase(schools, phase) {
  if (!phase) return schools;
  if (phase === NO_PHASE) return schools.filter((school) => !school.phase);
  return schools.filter((school) => school.phase === phase);
}

function emptyCounts() {
  return Object.fromEntries(SCALE.map((rating) => [rating.id, 0]));
}

/** Add the rating (an id, or null/undefined for none) to a tally. */
function count(tally, rating) {
  if (!(rating in tally.counts)) {
    tally.notRated += 1;
    return;
  }
  tally.counts[rating] += 1;
  tally.rated += 1;
  tally.scoreTotal += scoreOf(rating);
  if (WEAK_RATINGS.includes(rating)) tally.weak += 1;
}

function finish(tally) {
  const { scoreTotal, ...rest } = tally;
  return {
    ...rest,
    // Share of the ratings given that are "not started" or "emerging"; null when none given.
    weakShare: tally.rated ? tally.weak / tally.rated : null,
    // Mean score of the ratings given, on the 0 to 3 scale; null when none given.
    mean: tally.rated ? scoreTotal / tally.rated : null,
  };
}

function newTally() {
  return { counts: emptyCounts(), rated: 0, notRated: 0, weak: 0, scoreTotal: 0 };
}

/**
 * Most common challenge first: highest share at emerging or below, then more weak ratings, then
 * lower mean score, then the order of the statements file. Rows with no ratings come last.
 */
function byChallenge(a, b) {
  const shareA = a.weakShare ?? -1;
  const shareB = b.weakShare ?? -1;
  return (
    shareB - shareA || b.weak - a.weak || (a.mean ?? 4) - (b.mean ?? 4) || a.order - b.order
  );
}

function ranked(rows) {
  return rows.sort(byChallenge).map((row, i) => ({ ...row, rank: i + 1 }));
}

/**
 * Count, for each published statement, how many of the rounds gave each rating.
 * Pass the latest round of each school for "now". Rows are ranked by byChallenge, with `rank`
 * from 1; each row has `statement`, `counts`, `rated`, `notRated`, `weak`, `weakShare`, `mean`.
 */
export function statementRows(rounds, index) {
  const rows = index.statements.map((statement, order) => {
    const tally = newTally();
    for (const round of rounds) count(tally, round.answers[statement.id]?.rating);
    return { statement, order, ...finish(tally) };
  });
  return ranked(rows);
}

/**
 * Count the ratings of each focus area's published statements over the rounds: one rating is
 * one school's rating of one statement, so `rated` counts ratings, not schools.
 */
export function focusAreaRows(rounds, index) {
  const rows = index.focusAreas.map((area, order) => {
    const tally = newTally();
    const statements = index.statements.filter((statement) => statement.focus_area === area.id);
    for (const round of rounds) {
      for (const statement of statements) count(tally, round.answers[statement.id]?.rating);
    }
    return { area, order, statements: statements.length, ...finish(tally) };
  });
  return ranked(rows);
}

/** Count the answers in the rounds to statements that are not published any more. */
export function unpublishedAnswers(rounds, index) {
  let total = 0;
  for (const round of rounds) {
    for (const [id, answer] of Object.entries(round.answers)) {
      if (!index.byId.has(id) && answer.rating) total += 1;
    }
  }
  return total;
}

function meanOf(values) {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

/**
 * Compare each school's latest round with the round before it, for schools with two or more.
 *
 * Returns `{schools, areas, statements}`. `schools` is the number compared. Each focus area has
 * the mean score and share at emerging or below of its ratings in the earlier and the later
 * rounds. Statements come in the order of the statements file. Each has `moved`, the number of
 * schools per movement() result, and `meanChange`, the mean change in score of the schools that
 * rated it in both rounds.
 */
export function changeBetweenRounds(schools, index) {
  const pairs = schools
    .filter((school) => school.rounds.length >= 2)
    .map((school) => ({ before: school.rounds.at(-2), after: school.latest }));
  const befores = pairs.map((pair) => pair.before);
  const afters = pairs.map((pair) => pair.after);

  const areasBefore = new Map(focusAreaRows(befores, index).map((row) => [row.area.id, row]));
  const areasAfter = new Map(focusAreaRows(afters, index).map((row) => [row.area.id, row]));
  const areas = index.focusAreas.map((area) => {
    const before = areasBefore.get(area.id);
    const after = areasAfter.get(area.id);
    return {
      area,
      before: { mean: before.mean, weakShare: before.weakShare },
      after: { mean: after.mean, weakShare: after.weakShare },
      change: before.mean !== null && after.mean !== null ? after.mean - before.mean : null,
    };
  });

  const statements = index.statements.map((statement) => {
    const moved = { up: 0, down: 0, same: 0, new: 0, dropped: 0, none: 0 };
    const changes = [];
    for (const { before, after } of pairs) {
      const scoreBefore = scoreOf(before.answers[statement.id]?.rating);
      const scoreAfter = scoreOf(after.answers[statement.id]?.rating);
      moved[movement(scoreBefore, scoreAfter)] += 1;
      if (scoreBefore !== null && scoreAfter !== null) changes.push(scoreAfter - scoreBefore);
    }
    return { statement, moved, meanChange: meanOf(changes) };
  });
  return { schools: pairs.length, areas, statements };
}

/**
 * Suggest training and writing: the `limit` most challenging statements with any rating at
 * emerging or below, with their linked resources, and every such statement that links no
 * resource ("resources needed"), both in rank order.
 */
export function trainingSuggestions(rows, limit = 5) {
  const weak = rows.filter((row) => row.weak > 0);
  return {
    topics: weak.slice(0, limit),
    resourcesNeeded: weak.filter((row) => row.statement.resources.length === 0),
  };
}

/** Return a share (0 to 1) as a whole percentage for people, or a dash when there is none. */
export function formatShare(share) {
  return share === null ? "–" : `${Math.round(share * 100)}%`;
}

export const ANALYSIS_CSV_COLUMNS = [
  "rank",
  "focus_area",
  "focus_area_label",
  "statement_id",
  "statement_title",
  "schools",
  ...SCALE.map((rating) => rating.id),
  "not_rated",
  "emerging_or_below",
  "share_emerging_or_below",
  "mean_score",
  "linked_resources",
  "phase_filter",
];

/**
 * Return the CSV rows (header first) of the combined statement table, for toCsv in
 * audit-csv.js. `share_emerging_or_below` is a fraction from 0 to 1 rounded to 3 places, and
 * `mean_score` is rounded to 2 places. Both are empty when no school rated the statement.
 */
export function analysisCsvRows(rows, index, { schools, phaseFilter }) {
  const round = (value, places) => (value === null ? "" : Number(value.toFixed(places)));
  return [
    ANALYSIS_CSV_COLUMNS,
    ...rows.map((row) => [
      row.rank,
      row.statement.focus_area,
      index.focusAreaLabel(row.statement.focus_area),
      row.statement.id,
      row.statement.title,
      schools,
      ...SCALE.map((rating) => row.counts[rating.id]),
      row.notRated,
      row.weak,
      round(row.weakShare, 3),
      round(row.mean, 2),
      row.statement.resources.map((resource) => resource.title).join("; "),
      phaseFilter,
    ]),
  ];
}

/**
 * Return the name to show for each school key: its name, or "School 1", "School 2", … in the
 * order given when names are hidden.
 */
export function schoolLabels(schools, hideNames) {
  return new Map(
    schools.map((school, i) => [school.key, hideNames ? `School ${i + 1}` : school.name]),
  );
}
