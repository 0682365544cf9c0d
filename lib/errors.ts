// One error type for the whole app. Queries and handlers throw AppError; the
// route-handler helper turns it into `{ error: { code, message } }` with its status
// (plus `fields` when a form's input was invalid).
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

export class AppError extends Error {
  constructor(
    /** A stable, machine-readable code such as `not_found:story`. */
    readonly code: string,
    message: string,
    readonly status: ErrorStatus = 400,
    /** Extra response headers, such as Retry-After on a 429. */
    readonly headers: Record<string, string> = {},
    /** Per-field messages for forms, keyed by the field's path ("title", "sources.1.url"). */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
}
