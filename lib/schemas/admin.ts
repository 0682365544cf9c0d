// Inputs of the admin desk's route handlers other than the story form itself.
import { z } from "zod";
import { deskStatuses } from "@/db/schema/admin";
import { markdownProblem } from "@/lib/markdown";
import { cursorParamSchema } from "./library";
import { slugSchema } from "./story";

/** The desk list's status filter offers these. */
export { deskStatuses };

/** GET /api/admin/stories and the /admin list: unknown filters are errors for the API. */
export const deskListQuerySchema = z.object({
  status: z.enum(deskStatuses).optional(),
  tag: slugSchema.optional(),
  q: z.string().trim().max(200, "Search for 200 characters at most").optional(),
  cursor: cursorParamSchema,
});

/** DELETE /api/admin/stories/[storyId]?version=N: deletes only the version the admin saw. */
export const deleteStoryQuerySchema = z.object({
  version: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, "Send the version you are deleting")
    .transform(Number),
});

const tagName = z.string().trim().min(1, "Name the tag").max(60, "Keep tag names under 60 characters");
const tagDescription = z.string().trim().max(500, "Keep the description under 500 characters").default("");

export const createTagSchema = z.object({ slug: slugSchema, name: tagName, description: tagDescription });
export const updateTagSchema = z.object({ name: tagName, description: tagDescription });
export const mergeTagSchema = z.object({ into: slugSchema });

/** POST /api/admin/markdown: the body field's live preview. */
export const markdownPreviewSchema = z.object({
  markdown: z
    .string()
    .max(200_000, "The body is over 200,000 characters")
    .superRefine((markdown, ctx) => {
      const problem = markdownProblem(markdown);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});

export const auditQuerySchema = z.object({
  before: z
    .string()
    .regex(/^[1-9]\d{0,15}$/, "That is not a position in the log")
    .transform(Number)
    .optional(),
});
