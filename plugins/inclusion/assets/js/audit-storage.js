// Keeping the audit in the browser's storage (localStorage). The storage object is passed in,
// so Node's test runner can use a stand-in. Storage errors and unreadable values are returned
// as values, not thrown.

import { AuditFormatError, parseAuditText, storedText } from "./audit-format.js";
import { emptyState } from "./audit-model.js";

export const STORAGE_KEY = "mir-send-audit";

/** Prefix of the key an unreadable stored value is copied to, followed by the time. */
export const UNREADABLE_PREFIX = "mir-send-audit-unreadable-";

/**
 * Return window.localStorage, or null when the browser refuses it. Reading the property throws
 * a SecurityError in some browsers when storage is turned off.
 */
export function browserStorage(win) {
  try {
    return win.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Read the audit from storage.
 *
 * Returns `{state, problem}`. `problem` is null when all went well. Otherwise it contains a
 * `message` and the unreadable `raw` text (null when nothing could be read). `recoveryKey` is
 * the key the raw text was copied to, so saving the clean state does not lose it, or null when
 * even that copy failed. In that case `blockSaving` is true, and the caller must not save over
 * the raw value until the person has downloaded it.
 */
export function loadState(storage, now) {
  if (!storage) {
    return {
      state: emptyState(),
      problem: { message: "This browser does not let the page keep your answers.", raw: null },
    };
  }
  let raw;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch (error) {
    return {
      state: emptyState(),
      problem: { message: `The saved answers could not be read (${error.name}).`, raw: null },
    };
  }
  if (raw === null) return { state: emptyState(), problem: null };

  try {
    const data = parseAuditText(raw);
    const known = data.rounds.some((round) => round.id === data.current_round);
    const current_round = known ? data.current_round : (data.rounds.at(-1)?.id ?? null);
    return { state: { current_round, rounds: data.rounds }, problem: null };
  } catch (error) {
    if (!(error instanceof AuditFormatError)) throw error;
    const recoveryKey = `${UNREADABLE_PREFIX}${now}`;
    const copied = trySetItem(storage, recoveryKey, raw);
    return {
      state: emptyState(),
      problem: {
        message: `The answers saved in this browser could not be read: ${error.message}`,
        raw,
        recoveryKey: copied ? recoveryKey : null,
        blockSaving: !copied,
      },
    };
  }
}

function trySetItem(storage, key, value) {
  try {
    storage.setItem(key, value);
    return storage.getItem(key) === value;
  } catch {
    return false;
  }
}

/**
 * Write the audit to storage and read it back.
 * Returns `{ok: true}`, or `{ok: false, reason}` with the browser's error name.
 */
export function saveState(storage, state) {
  if (!storage) return { ok: false, reason: "storage is turned off" };
  const text = storedText(state);
  try {
    storage.setItem(STORAGE_KEY, text);
  } catch (error) {
    const full = error?.name === "QuotaExceededError";
    return { ok: false, reason: full ? "storage is full" : `${error?.name ?? "error"}` };
  }
  try {
    if (storage.getItem(STORAGE_KEY) !== text) return { ok: false, reason: "read-back differed" };
  } catch (error) {
    return { ok: false, reason: `${error?.name ?? "error"}` };
  }
  return { ok: true };
}
