// The story form's requests, validated: what the desk's route handlers accept.
// Each schema is checked against the input type of the query it feeds, so the
// two cannot drift apart.
import { z } from "zod";
import type { CreateStoryInput, StoryFormFields, UpdateStoryInput } from "@/db/queries/admin-story-writes";
import type { PreviewStoryInput } from "@/db/queries/story-previews";
import { createStoryIntents, updateStoryIntents } from "@/db/schema/admin";
import { sourceKinds } from "@/db/schema/stories";
import { markdownProblem } from "@/lib/markdown";

export const slugSchema = z
  .string()
  .trim()
  .min(1, "Slug is required")
  .max(120, "Slug is too long (120 characters at most)")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens");

const httpUrl = z.url({ protocol: /^https?$/, message: "Enter an http(s) URL" });
/** Covers may live on this site (/images/…) or elsewhere over http(s). */
// A path on this site: no second slash or backslash after the first (that
// would be another host), and no whitespace or control characters anywhere.
const imageUrl = z.union([z.string().regex(/^\/(?![/\\])[^\s\\\x00-\x1f\x7f]*$/, "Enter a URL"), httpUrl]);

const deskSourceSchema = z.object({
  url: httpUrl,
  title: z.string().trim().min(1, "Give the source a title").max(300, "Keep the title under 300 characters"),
  kind: z.enum(sourceKinds, "Pick what kind of source this is"),
});

/**
 * What the story form sends. Field names match the form's, so each error can
 * be shown next to its field (see lib/api/route's `fields`).
 */
const storyFieldsShape = {
  title: z.string().trim().min(1, "Title is required").max(200, "Keep the title under 200 characters"),
  slug: slugSchema,
  /** The first is the primary tag, shown as the story's label. */
  tagSlugs: z.array(slugSchema).min(1, "Pick a primary tag").max(8, "Eight tags at most"),
  /** Tags typed into the form that may not exist yet; created with the story. */
  newTags: z
    .array(z.object({ slug: slugSchema, name: z.string().trim().min(1, "Name the tag").max(60, "Keep tag names under 60 characters") }))
    .max(8)
    .default([]),
  tldr: z.string().trim().min(1, "TL;DR is required").max(1_000, "Keep the TL;DR under 1,000 characters"),
  takeaways: z
    .array(z.string().trim().min(1, "Write the takeaway or remove it").max(400, "Keep each takeaway under 400 characters"))
    .min(1, "Add at least one takeaway")
    .max(10, "Ten takeaways at most"),
  body: z
    .string()
    .trim()
    .min(1, "Body is required")
    .max(200_000, "The body is over 200,000 characters")
    .superRefine((body, ctx) => {
      const problem = markdownProblem(body);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  coverUrl: z.string().trim().max(2_000, "That URL is too long").default(""),
  coverAlt: z.string().trim().max(300, "Keep the description under 300 characters").default(""),
  sources: z.array(deskSourceSchema).max(20, "Twenty sources at most").default([]),
  author: z.string().trim().min(1, "Author is required").max(120, "Keep the author under 120 characters"),
  /** ISO 8601 with an offset; the browser converts the admin's local time. Needed to schedule. */
  publishAt: z.iso.datetime({ offset: true, message: "Pick a date and time" }).nullable().default(null),
};

type StoryFields = Pick<StoryFormFields, "tagSlugs" | "newTags" | "coverUrl" | "coverAlt">;

function checkStoryFields(story: StoryFields, ctx: z.RefinementCtx) {
  if (new Set(story.tagSlugs).size !== story.tagSlugs.length) {
    ctx.addIssue({ code: "custom", message: "A tag is listed twice", path: ["tagSlugs"] });
  }
  for (const tag of story.newTags) {
    if (!story.tagSlugs.includes(tag.slug)) {
      ctx.addIssue({ code: "custom", message: `New tag "${tag.slug}" is not on the story`, path: ["newTags"] });
    }
  }
  if (story.coverUrl && !imageUrl.safeParse(story.coverUrl).success) {
    ctx.addIssue({ code: "custom", message: "Enter an http(s) URL or a path on this site", path: ["coverUrl"] });
  }
  if (story.coverUrl && !story.coverAlt) {
    ctx.addIssue({ code: "custom", message: "Describe the image for readers who cannot see it", path: ["coverAlt"] });
  }
  if (!story.coverUrl && story.coverAlt) {
    ctx.addIssue({ code: "custom", message: "Add the image URL, or clear the description", path: ["coverUrl"] });
  }
}

/** A story request's size limit: a 200,000-character body, plus room for the rest and for multi-byte text. */
export const STORY_REQUEST_MAX_BYTES = 1024 * 1024;

function needsTime(story: { intent: string; publishAt: string | null }, ctx: z.RefinementCtx) {
  if (story.intent === "schedule" && !story.publishAt) {
    ctx.addIssue({ code: "custom", message: "Pick when the story should appear", path: ["publishAt"] });
  }
}

/** POST /api/admin/stories */
export const createStorySchema = z
  .object({ ...storyFieldsShape, intent: z.enum(createStoryIntents) })
  .superRefine(checkStoryFields)
  .superRefine(needsTime) satisfies z.ZodType<CreateStoryInput>;

/** PUT /api/admin/stories/[id]: `version` is the one the editor loaded. */
export const updateStorySchema = z
  .object({
    ...storyFieldsShape,
    intent: z.enum(updateStoryIntents),
    version: z.number().int().min(1),
  })
  .superRefine(checkStoryFields)
  .superRefine(needsTime) satisfies z.ZodType<UpdateStoryInput>;

/** POST /api/admin/previews: the form as it stands, checked like a save. */
export const previewStorySchema = z
  .object({ ...storyFieldsShape, storyId: z.number().int().min(1).nullable().default(null) })
  .superRefine(checkStoryFields) satisfies z.ZodType<PreviewStoryInput>;
