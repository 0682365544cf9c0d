import { z } from "zod";
import { digestContents, digestFrequencies } from "@/db/schema/newsletter";
import { emailSchema } from "@/lib/email-address";

export const subscribeSchema = z.object({ email: emailSchema.optional() });

export const preferencesSchema = z.object({
  subscribed: z.boolean(),
  frequency: z.enum(digestFrequencies),
  content: z.enum(digestContents),
});

/** The same preferences from an HTML form: a checkbox is "on" or absent. */
export const preferencesFormSchema = z.object({
  token: z.string().min(1).max(600),
  subscribed: z.literal("on").optional().transform((v) => v === "on"),
  frequency: z.enum(digestFrequencies),
  content: z.enum(digestContents),
});

export const tokenFormSchema = z.object({ token: z.string().min(1).max(600) });
