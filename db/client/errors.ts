// One error shape for both backends, and the SQLite error behind a drizzle one.

/**
 * One error shape for both backends: `code` is SQLite's extended code
 * ("SQLITE_CONSTRAINT_UNIQUE"), as better-sqlite3 reports it; libSQL puts that
 * in `extendedCode`.
 */
export function normalizeError(error: unknown): unknown {
  if (!error || typeof error !== "object") return error;
  const { code, extendedCode, message } = error as { code?: unknown; extendedCode?: unknown; message?: unknown };
  // sqld over HTTP sends only the primary code; the message names the kind.
  const refined =
    typeof extendedCode === "string" && extendedCode
      ? extendedCode
      : code === "SQLITE_CONSTRAINT" && typeof message === "string"
        ? (CONSTRAINT_KINDS.find(([text]) => message.includes(text))?.[1] ?? code)
        : null;
  if (refined) Object.defineProperty(error, "code", { value: refined, configurable: true, writable: true });
  return error;
}

const CONSTRAINT_KINDS = [
  ["UNIQUE constraint failed", "SQLITE_CONSTRAINT_UNIQUE"],
  ["FOREIGN KEY constraint failed", "SQLITE_CONSTRAINT_FOREIGNKEY"],
  ["NOT NULL constraint failed", "SQLITE_CONSTRAINT_NOTNULL"],
  ["CHECK constraint failed", "SQLITE_CONSTRAINT_CHECK"],
] as const;

/**
 * The SQLite error behind `error`, if there is one: drizzle wraps what the
 * driver throws in a DrizzleQueryError ("Failed query: …") with the driver's
 * error as its cause. Its `code` is SQLite's extended code on both backends
 * ("SQLITE_CONSTRAINT_UNIQUE").
 */
export function sqliteError(error: unknown): { code: string; message: string } | null {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("SQLITE_")) return { code, message: String((e as { message?: unknown }).message ?? "") };
  }
  return null;
}
