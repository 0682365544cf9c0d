// next-auth (v4) configuration: passwordless email sign-in with database
// sessions, plus GitHub and Google when their credentials are set.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { getDb } from "@/db/client";
import { createAuthAdapter } from "@/db/queries/auth-adapter";
import { setRoleByEmail } from "@/db/queries/users";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/mail/send";
import { signInEmail } from "@/lib/mail/sign-in-email";
import { site } from "@/lib/site";
import { safeCallbackPath } from "./callback-url";
import { getAuthSecret } from "./secret";
import { generateSignInCode, SIGN_IN_CODE_MINUTES } from "./tokens";

// next-auth v4 builds its URLs (redirects, cookies' Secure flag) from NEXTAUTH_URL
// when set, otherwise, with AUTH_TRUST_HOST, from the host and protocol of each
// request. The latter keeps people on the host they used (localhost, 127.0.0.1,
// a LAN address), so the session cookie is where they land.
process.env.AUTH_TRUST_HOST ??= "true";

const SESSION_DAYS = 30;

/** The link in the sign-in email opens a page with a button; a GET alone uses nothing up. */
export function signInLinkUrl(email: string, code: string, callbackPath: string): string {
  const url = new URL("/signin/confirm", site.url);
  url.search = new URLSearchParams({ email, token: code, callbackUrl: callbackPath }).toString();
  return url.toString();
}

/** The OAuth providers whose client id and secret are both set. */
export function oauthProviders() {
  return [
    ...(env.GITHUB_ID && env.GITHUB_SECRET
      ? [GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET })]
      : []),
    ...(env.GOOGLE_ID && env.GOOGLE_SECRET
      ? [GoogleProvider({ clientId: env.GOOGLE_ID, clientSecret: env.GOOGLE_SECRET })]
      : []),
  ];
}

let options: NextAuthOptions | undefined;

/** Built on first use, so `next build` neither opens the database nor needs a secret. */
export async function getAuthOptions(): Promise<NextAuthOptions> {
  // The secret is awaited before `options` is read, so concurrent first calls build it alike.
  const secret = await getAuthSecret();
  options ??= {
    secret,
    adapter: createAuthAdapter(getDb()),
    session: { strategy: "database", maxAge: SESSION_DAYS * 86_400, updateAge: 86_400 },
    providers: [
      EmailProvider({
        maxAge: SIGN_IN_CODE_MINUTES * 60,
        generateVerificationToken: generateSignInCode,
        // Our own POST /api/signin (validated, rate limited) normally sends this
        // email; this keeps next-auth's path sending the very same one.
        async sendVerificationRequest({ identifier, token, url }) {
          const callbackPath = safeCallbackPath(new URL(url).searchParams.get("callbackUrl"));
          await sendEmail(
            signInEmail({
              to: identifier,
              url: signInLinkUrl(identifier, token, callbackPath),
              code: token,
              minutes: SIGN_IN_CODE_MINUTES,
            }),
          );
        },
      }),
      ...oauthProviders(),
    ],
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    callbacks: {
      session({ session, user }) {
        return {
          ...session,
          user: {
            id: user.id,
            email: user.email ?? "",
            name: user.name ?? null,
            role: user.role ?? "reader",
            // Set when they signed in with an emailed code or link; an OAuth email claim is not proof.
            emailVerified: !!(user as { emailVerified?: Date | null }).emailVerified,
          },
        };
      },
      // Never redirect off-site, whatever callbackUrl says.
      redirect({ url, baseUrl }) {
        return new URL(safeCallbackPath(url, "/", new URL(baseUrl).origin), baseUrl).toString();
      },
    },
    events: {
      // ADMIN_EMAILS become admins when they sign in by email, which proves they
      // own the address (an OAuth provider's email claim is not relied on).
      async signIn({ user, account }) {
        const email = user.email?.toLowerCase();
        if (account?.provider !== "email" || !email || !env.ADMIN_EMAILS.has(email) || user.role === "admin") return;
        await setRoleByEmail(getDb(), email, "admin");
      },
    },
  };
  return options;
}
