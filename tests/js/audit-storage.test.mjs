import assert from "node:assert/strict";
import test from "node:test";

import { storedText } from "../../plugins/inclusion/assets/js/audit-format.js";
import { createRound } from "../../plugins/inclusion/assets/js/audit-model.js";
import {
  STORAGE_KEY,
  UNREADABLE_PREFIX,
  browserStorage,
  loadState,
  saveState,
} from "../../plugins/inclusion/assets/js/audit-storage.js";
import { NOW } from "./fixtures.mjs";

class MemoryStorage {
  constructor(entries = {}) {
    this.entries = new Map(Object.entries(entries));
  }
  getItem(key) {
    return this.entries.has(key) ? this.entries.get(key) : null;
  }
  setItem(key, value) {
    this.entries.set(key, String(value));
  }
}

class FullStorage extends MemoryStorage {
  setItem() {
    const error = new Error("full");
    error.name = "QuotaExceededError";
    throw error;
  }
}

const state = {
  current_round: "r1",
  rounds: [createRound({ id: "r1", school: "Hillside", date: "2026-12-04", completedBy: "", now: NOW })],
};

test("save then load gives same state", () => {
  const storage = new MemoryStorage();
  assert.deepEqual(saveState(storage, state), { ok: true });
  const loaded = loadState(storage, NOW);
  assert.equal(loaded.problem, null);
  assert.deepEqual(loaded.state, state);
});

test("empty storage gives empty state", () => {
  const loaded = loadState(new MemoryStorage(), NOW);
  assert.equal(loaded.problem, null);
  assert.deepEqual(loaded.state.rounds, []);
});

test("full storage reports not saved", () => {
  assert.deepEqual(saveState(new FullStorage(), state), { ok: false, reason: "storage is full" });
});

test("missing storage reports not saved", () => {
  assert.equal(saveState(null, state).ok, false);
  assert.notEqual(loadState(null, NOW).problem, null);
});

test("corrupt value copied aside", () => {
  const storage = new MemoryStorage({ [STORAGE_KEY]: "{not json" });
  const loaded = loadState(storage, NOW);
  assert.deepEqual(loaded.state.rounds, []);
  assert.equal(loaded.problem.raw, "{not json");
  assert.equal(loaded.problem.recoveryKey, `${UNREADABLE_PREFIX}${NOW}`);
  assert.equal(storage.getItem(`${UNREADABLE_PREFIX}${NOW}`), "{not json");
  assert.equal(loaded.problem.blockSaving, false);
});

test("corrupt value blocks saving when copy fails", () => {
  const storage = new FullStorage({ [STORAGE_KEY]: "{not json" });
  const loaded = loadState(storage, NOW);
  assert.equal(loaded.problem.recoveryKey, null);
  assert.equal(loaded.problem.blockSaving, true);
  assert.equal(storage.getItem(STORAGE_KEY), "{not json");
});

test("unknown current round falls back to last", () => {
  const storage = new MemoryStorage({ [STORAGE_KEY]: storedText({ ...state, current_round: "gone" }) });
  assert.equal(loadState(storage, NOW).state.current_round, "r1");
});

test("storage getter that throws gives null", () => {
  const win = {
    get localStorage() {
      throw new Error("SecurityError");
    },
  };
  assert.equal(browserStorage(win), null);
});
