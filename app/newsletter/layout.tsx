import type { Metadata } from "next";

export const metadata: Metadata = { robots: { index: false } };
export const dynamic = "force-dynamic";

export default function NewsletterLayout({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto flex max-w-xl flex-col gap-5 py-12">{children}</div>;
}
