// What a story is made of, validated. Shared by the seed, the admin desk and
// any route handler that writes stories, so every writer obeys the same rules.
import { z } from "zod";
import { sourceKinds, storyStatuses } from "@/db/schema/stories";

export const slugSchema = z
  .string()
  .trim()
  .min(1, "Slug is required")
  .max(120, "Slug is too long (120 characters at most)")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens");

const httpUrl = z.url({ protocol: /^https?$/, message: "Enter an http(s) URL" });
/** Covers may live on this site (/images/…) or elsewhere over http(s). */
const imageUrl = z.union([z.string().regex(/^\/[^/\\]/, "Enter a URL"), httpUrl]);

export const storyInputSchema = z
  .object({
    slug: slugSchema,
    title: z.string().trim().min(1, "Title is required").max(200),
    tldr: z.string().trim().min(1, "TL;DR is required").max(1_000),
    takeaways: z.array(z.string().trim().min(1).max(400)).min(1, "Add at least one takeaway").max(10),
    body: z.string().trim().min(1, "Body is required").max(200_000),
    /** The first tag is the primary tag, shown as the story's label. */
    tagSlugs: z.array(slugSchema).min(1, "Pick a primary tag").max(8),
    author: z.string().trim().min(1, "Author is required").max(120),
    status: z.enum(storyStatuses),
    publishedAt: z.date().nullable(),
    cover: z.object({ url: imageUrl, alt: z.string().trim().min(1, "Describe the image").max(300) }).nullable(),
    sources: z
      .array(z.object({ url: httpUrl, title: z.string().trim().min(1).max(300), kind: z.enum(sourceKinds) }))
      .max(20),
  })
  .refine((s) => s.status === "draft" || s.publishedAt !== null, {
    message: "A scheduled or published story needs a publish time",
    path: ["publishedAt"],
  })
  .refine((s) => new Set(s.tagSlugs).size === s.tagSlugs.length, {
    message: "A tag is listed twice",
    path: ["tagSlugs"],
  });

export type StoryInput = z.infer<typeof storyInputSchema>;

export const tagInputSchema = z.object({
  slug: slugSchema,
  name: z.string().trim().min(1).max(60),
  description: z.string().trim().max(500).default(""),
});

export type TagInput = z.input<typeof tagInputSchema>;
