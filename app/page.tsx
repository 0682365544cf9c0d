import type { Metadata } from "next";
import { LatestStories } from "@/components/story/latest-stories";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";

// Cached for everyone. Any write to stories or tags revalidates it at once
// (server/page-cache/handler.mjs); the timer is only a backstop.
export const revalidate = 300;

export const metadata: Metadata = {
  ...pageMetadata({ title: `${site.name} — positive AI news`, description: site.description, path: "/" }),
  title: { absolute: `${site.name} — positive AI news` },
};

export default function FeedPage() {
  return <LatestStories before={null} />;
}
