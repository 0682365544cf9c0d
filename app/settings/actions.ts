"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { resetFeedToken } from "@/db/queries/feed-tokens";
import { updateUserName } from "@/db/queries/users";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireUser } from "@/lib/auth/guards";

const nameSchema = z.object({
  name: z.string().trim().max(80, "Keep your name under 80 characters.").transform((n) => n || null),
});

export const updateNameAction = validatedAction(nameSchema, async ({ name }) => {
  const user = await requireUser();
  await updateUserName(getDb(), user.id, name);
  revalidatePath("/settings");
  return name ? "Your name is saved." : "Your name is removed; we will show your email instead.";
});

export const resetFeedAction = validatedAction(z.object({}), async () => {
  const user = await requireUser();
  await resetFeedToken(getDb(), user.id);
  revalidatePath("/settings");
  return "Your feed has a new address; the old one no longer works. Give the new one to your feed reader.";
});
