// next-auth (v4) configuration: passwordless email sign-in with database
// sessions, plus GitHub and Google when their credentials are set.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { getDb } from "@/db/client";
import { createAuthAdapter } from "@/db/queries/auth-adapter";
import { z } from "zod";
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

const githubEmailsSchema = z.array(z.object({ email: z.string(), primary: z.boolean(), verified: z.boolean() }));

/**
 * The OAuth providers whose client id and secret are both set. Each must vouch
 * for the address it gives (callbacks.signIn refuses one that does not), so
 * it may link to the account of that address
 * (allowDangerousEmailAccountLinking): otherwise a reader whose OAuth link was
 * dropped when they first signed in by email (db/queries/auth-adapter.ts
 * updateUser) could never use that provider again.
 */
export function oauthProviders() {
  return [
    ...(env.GITHUB_ID && env.GITHUB_SECRET
      ? [
          GitHubProvider({
            clientId: env.GITHUB_ID,
            clientSecret: env.GITHUB_SECRET,
            allowDangerousEmailAccountLinking: true,
            // GitHub's profile does not say whether its email is verified: ask
            // for the account's addresses and take the primary one only if it is.
            userinfo: {
              url: "https://api.github.com/user",
              async request({ client, tokens }) {
                const profile = await client.userinfo(tokens.access_token ?? "");
                const response = await fetch("https://api.github.com/user/emails", {
                  headers: { Authorization: `token ${tokens.access_token}`, Accept: "application/vnd.github+json" },
                });
                const emails = githubEmailsSchema.safeParse(response.ok ? await response.json() : null);
                const primary = emails.success ? emails.data.find((e) => e.primary && e.verified) : undefined;
                return { ...profile, email: primary?.email ?? profile.email, email_verified: !!primary };
              },
            },
          }),
        ]
      : []),
    ...(env.GOOGLE_ID && env.GOOGLE_SECRET
      ? [GoogleProvider({ clientId: env.GOOGLE_ID, clientSecret: env.GOOGLE_SECRET, allowDangerousEmailAccountLinking: true })]
      : []),
  ];
}

/** Whether an OAuth profile says its email is verified (Google's id token; GitHub's, as set above). */
export function oauthEmailVerified(profile: unknown): boolean {
  const parsed = z.object({ email: z.string().min(3), email_verified: z.union([z.literal(true), z.literal("true")]) }).safeParse(profile);
  return parsed.success;
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
      // An OAuth provider that does not vouch for the address could hand
      // anyone's address to whoever registered it there.
      signIn({ account, profile }) {
        if (account?.type !== "oauth") return true;
        return oauthEmailVerified(profile) ? true : "/signin?error=unverified";
      },
      session({ session, user }) {
        // Set when they signed in with an emailed code or link; an OAuth email claim is not proof.
        const emailVerified = !!(user as { emailVerified?: Date | null }).emailVerified;
        return {
          ...session,
          user: {
            id: user.id,
            email: user.email ?? "",
            name: user.name ?? null,
            // An admin role acts only once the account has proven its address.
            role: user.role === "admin" && emailVerified ? "admin" : "reader",
            emailVerified,
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
