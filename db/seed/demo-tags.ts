import type { TagInput } from "@/db/queries/story-writes";

export const DEMO_TAGS: TagInput[] = [
  { slug: "research", name: "Research", description: "New results from labs and universities, explained." },
  { slug: "health", name: "Health", description: "AI that helps clinicians diagnose, treat and care." },
  { slug: "climate", name: "Climate", description: "Models and tools for a cooler, better-adapted planet." },
  { slug: "education", name: "Education", description: "Learning, teaching and tutoring with AI." },
  { slug: "accessibility", name: "Accessibility", description: "Technology that opens the world to more people." },
  { slug: "science", name: "Science", description: "AI speeding up discovery in biology, chemistry and physics." },
  { slug: "open-source", name: "Open Source", description: "Models, data and tools released for everyone to use." },
  { slug: "safety", name: "Safety", description: "Work that makes AI systems more reliable and trustworthy." },
];
