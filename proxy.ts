// Runs before routing, for two cheap jobs:
// 1. A path with broken percent-encoding (say /stories/%E0%A4%A) makes Next's
//    router throw and answer 500, so it is rewritten to a path no route
//    matches, which renders our 404 page.
// 2. Older pages of the feed and of a topic keep their public address
//    (/?before=<cursor>, /tags/<slug>?before=<cursor>) but are served by
//    routes with the cursor in the path (app/older, app/tags/[slug]/older), so
//    the first pages read no query string and every page is cached on its own.
//    Those routes answer 404 for any cursor the list did not hand out, so a
//    made-up `before` (one that does not even decode included) is a 404 that
//    is never cached; an empty one is no cursor, the first page.
// 3. Pages that need a signed-in reader redirect straight to sign-in when there
//    is no session cookie at all. This only saves a round trip: every such page
//    and handler checks the session itself (lib/auth/guards.ts).
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookies";

// Not /admin: its pages answer 404 to anyone who is not an admin, signed in or not.
const SIGNED_IN_PAGES = ["/settings", "/saved", "/following"];
const TAG_PAGE = /^\/tags\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Where an older page of a list is served from, or null when this is not one. The route judges the cursor. */
function olderPagePath(pathname: string, before: string | null): string | null {
  if (!before) return null;
  // Anything no cursor could be becomes one stand-in: no dots to resolve, no junk echoed.
  const cursor = /^[\w-]{1,64}$/.test(before) ? before : "_";
  if (pathname === "/") return `/older/${cursor}`;
  const tag = TAG_PAGE.exec(pathname);
  return tag ? `/tags/${tag[1]}/older/${cursor}` : null;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return NextResponse.rewrite(new URL("/_malformed-url", request.url));
  }
  const older = olderPagePath(pathname, request.nextUrl.searchParams.get("before"));
  if (older) return NextResponse.rewrite(new URL(older, request.url));
  const needsSession = SIGNED_IN_PAGES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (needsSession && !SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) {
    const signIn = new URL("/signin", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  return NextResponse.next();
}

// Only the requests that need one of the jobs above pass through here: the
// proxy costs every request it sees about as much as serving a cached page.
export const config = {
  matcher: [
    // Anything with a percent sign (malformed encodings among them).
    "/((?!_next/static|_next/image).*%.*)",
    // Older pages of the feed and of a topic.
    { source: "/", has: [{ type: "query", key: "before" }] },
    { source: "/tags/:slug", has: [{ type: "query", key: "before" }] },
    // Pages for signed-in readers.
    "/settings/:path*",
    "/saved/:path*",
    "/following/:path*",
  ],
};
