// A story's share card: its label, title and the site name. Drawing one costs
// far more than a page, and every link preview asks for it, so it is cached as
// the page is: rendered on first request, revalidated by any write to stories
// or tags (server/page-cache/handler.mjs), the timer only a backstop.
import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getPublishedStoryBySlug } from "@/db/queries/stories";
import { slugSchema } from "@/lib/schemas/story";
import { cardTitleLineHeight, cardTitleMaxHeight, cardTitleStyle, shareCardSize, withoutPictographs } from "@/lib/share-card";
import { logoPath, site } from "@/lib/site";

export const revalidate = 300;
export function generateStaticParams(): { slug: string }[] {
  return [];
}
// The story page states its own og:image (with a per-story alt); these describe
// the route for anything that reads the file convention.
export const alt = `A story on ${site.name}`;
export const size = shareCardSize;
export const contentType = "image/png";

function Card({ label, title }: { label: string; title: string }) {
  const { fontSize, maxLines } = cardTitleStyle(title);
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 80px",
        background: "linear-gradient(135deg, #022c22 0%, #064e3b 45%, #047857 100%)",
        color: "white",
      }}
    >
      <div style={{ display: "flex" }}>
        <div
          style={{
            maxWidth: 1040,
            padding: "8px 22px",
            borderRadius: 999,
            background: "#d1fae5",
            color: "#064e3b",
            fontSize: 28,
            letterSpacing: 3,
            textTransform: "uppercase",
            whiteSpace: "nowrap",
            overflow: "hidden",
            textOverflow: "ellipsis",
          }}
        >
          {label}
        </div>
      </div>
      <div
        style={{
          display: "block",
          lineClamp: maxLines,
          maxHeight: cardTitleMaxHeight,
          fontSize,
          lineHeight: cardTitleLineHeight,
          letterSpacing: -1,
          overflow: "hidden",
        }}
      >
        {title}
      </div>
      <div style={{ display: "flex", alignItems: "center", gap: 16 }}>
        <svg viewBox="0 0 24 24" width={56} height={56}>
          <path fill="#6ee7b7" d={logoPath} />
        </svg>
        <div style={{ fontSize: 40, letterSpacing: -0.5 }}>{site.name}</div>
      </div>
    </div>
  );
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug);
  const story = slug.success ? await getPublishedStoryBySlug(getDb(), slug.data) : null;
  // A route handler's notFound() answers 404 with an empty body.
  if (!story) notFound();

  // next/og draws emoji from images it downloads while rendering, and a failed
  // download fails the whole card: the card leaves them out, in the title and
  // the label alike. It renders inside the response stream, where an error
  // would cut off a response already sent as 200, so it renders to a buffer
  // here, where a failure can be caught and the card drawn without its title.
  // (Glyphs its font lacks come from Google Fonts; a failure there only leaves blanks.)
  const label = withoutPictographs(story.primaryTag.name);
  const titles = [...new Set([withoutPictographs(story.title), ""])];
  let lastError: unknown;
  for (const title of titles) {
    try {
      const png = await new ImageResponse(<Card label={label} title={title} />, shareCardSize).arrayBuffer();
      return new Response(png, {
        headers: { "Content-Type": contentType, "Cache-Control": "public, max-age=0, must-revalidate" },
      });
    } catch (error) {
      console.error(`Share card for ${story.slug} failed${title ? "" : " without its title"}:`, error);
      lastError = error;
    }
  }
  throw lastError;
}
