// The one way client components call our route handlers: JSON in, JSON out,
// and the `{ error: { code, message } }` shape turned into an ApiError.
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    /** Per-field messages when a form's input was refused (422, 409). */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export async function fetcher<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  const response = await fetch(path, {
    ...rest,
    headers: { Accept: "application/json", ...(json !== undefined && { "Content-Type": "application/json" }), ...headers },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
    const fields =
      error?.fields && typeof error.fields === "object"
        ? Object.fromEntries(Object.entries(error.fields).filter((e): e is [string, string] => typeof e[1] === "string"))
        : {};
    throw new ApiError(
      typeof error?.code === "string" ? error.code : "http_error",
      typeof error?.message === "string" ? error.message : `The server answered ${response.status}. Please try again.`,
      response.status,
      fields,
    );
  }
  return body as T;
}
