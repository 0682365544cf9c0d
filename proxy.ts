// Runs before routing, for two cheap jobs:
// 1. A path with broken percent-encoding (say /stories/%E0%A4%A) makes Next's
//    router throw and answer 500, so it is rewritten to a path no route
//    matches, which renders our 404 page.
// 2. Pages that need a signed-in reader redirect straight to sign-in when there
//    is no session cookie at all. This only saves a round trip: every such page
//    and handler checks the session itself (lib/auth/guards.ts).
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/cookies";

// Not /admin: its pages answer 404 to anyone who is not an admin, signed in or not.
const SIGNED_IN_PAGES = ["/settings", "/saved", "/following"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return NextResponse.rewrite(new URL("/_malformed-url", request.url));
  }
  const needsSession = SIGNED_IN_PAGES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (needsSession && !SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) {
    const signIn = new URL("/signin", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  return NextResponse.next();
}

export const config = {
  // Static assets are served before the router and never need this check.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
