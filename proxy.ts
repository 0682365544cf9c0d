// Runs before routing. Its one job for now: a path with broken percent-encoding
// (say /stories/%E0%A4%A) makes Next's router throw and answer 500, so such
// requests are rewritten to a path no route matches, which renders our 404 page.
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL("/_malformed-url", request.url));
  }
}

export const config = {
  // Static assets are served before the router and never need this check.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
