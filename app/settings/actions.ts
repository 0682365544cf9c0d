"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { updateUserName } from "@/db/queries/users";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireUser } from "@/lib/auth/guards";

const nameSchema = z.object({
  name: z.string().trim().max(80, "Keep your name under 80 characters.").transform((n) => n || null),
});

export const updateNameAction = validatedAction(nameSchema, async ({ name }) => {
  const user = await requireUser();
  updateUserName(getDb(), user.id, name);
  revalidatePath("/", "layout");
  return name ? "Your name is saved." : "Your name is removed; we will show your email instead.";
});
