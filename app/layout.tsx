import type { Metadata, Viewport } from "next";
import { Suspense } from "react";
import { Providers } from "@/components/layout/providers";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { PendingIntent } from "@/components/library/pending-intent";
import { feedAlternates } from "@/lib/metadata";
import { site } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name} — positive AI news`, template: `%s · ${site.name}` },
  description: site.description,
  applicationName: site.name,
  alternates: { types: feedAlternates() },
  openGraph: { siteName: site.name, locale: site.locale, type: "website" },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0a09" },
  ],
};

// Reads nothing about the request: every public page is cached whole and
// shared by all readers (components/account-area.tsx fills in who is reading).
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      {/* overflow-wrap: anywhere (inherited) lets a long unbroken word, say a pasted URL in a title or tag name, wrap instead of widening a phone's page. */}
      <body className="flex min-h-dvh flex-col font-sans wrap-anywhere">
        <a
          href="#main"
          className="sr-only rounded-md bg-emerald-800 px-4 py-2 text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
        >
          Skip to content
        </a>
        <Providers>
          <SiteHeader />
          <Suspense>
            <PendingIntent />
          </Suspense>
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 sm:px-6">
            {children}
          </main>
          <SiteFooter />
        </Providers>
      </body>
    </html>
  );
}
