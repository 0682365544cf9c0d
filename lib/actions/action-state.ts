/** What a form's server action answers (see validated-action.ts). Safe to import on the client. */
export type ActionState = {
  status: "idle" | "success" | "error";
  message?: string;
  /** The submitted text fields, to refill the form after an error. */
  values?: Record<string, string>;
};

export const idleState: ActionState = { status: "idle" };
