// @ts-check
// The one place where the Next bundle (db/client) and the runtime (server/main.mjs,
// server/page-cache/) reach each other. Each hook's type, and who sets and who
// calls it, is declared in hooks.d.mts.
//
// One registry per process, under one global symbol: Next bundles db/client and
// this module into its server chunks, while node loads server/ as it is, so
// there may be several copies of this file, and they must share one state.
import { AsyncLocalStorage } from "node:async_hooks";

/** @typedef {import("./hooks.mjs").Hooks} Hooks */

const KEY = Symbol.for("ai-wins.hooks");
const holder = /** @type {{ [KEY]?: Hooks }} */ (globalThis);

/** @type {Hooks} */
export const hooks = (holder[KEY] ??= {
  requestContext: new AsyncLocalStorage(),
  afterWrite: undefined,
  recordInvalidations: undefined,
  appDatabase: undefined,
  closeDatabase: undefined,
});
