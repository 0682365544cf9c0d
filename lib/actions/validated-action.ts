// Every server action that takes a form goes through this: the form data is
// parsed with zod, an AppError becomes a message, and what was typed comes
// back with it so nothing is lost.
import "server-only";
import type { z, ZodType } from "zod";
import { AppError } from "@/lib/errors";

import type { ActionState } from "./action-state";

export function validatedAction<S extends ZodType>(
  schema: S,
  action: (data: z.infer<S>) => Promise<string>,
): (previous: ActionState, formData: FormData) => Promise<ActionState> {
  return async (_previous, formData) => {
    const values: Record<string, string> = {};
    for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
    const parsed = schema.safeParse(values);
    if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? "Check the form.", values };
    try {
      return { status: "success", message: await action(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { status: "error", message: error.message, values };
      throw error;
    }
  };
}
