/**
 * next-auth v4's session cookie: `__Secure-` prefixed when the site is served
 * over https (then the cookie is Secure too). HttpOnly and SameSite=Lax always.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export const SESSION_COOKIE_NAMES = [sessionCookieName(false), sessionCookieName(true)] as const;
