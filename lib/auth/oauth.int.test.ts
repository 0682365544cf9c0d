// Integration: signing in with GitHub through next-auth's own OAuth code, with
// GitHub's HTTP answers stubbed at the network layer (nock intercepts Node's
// http/https and fetch), since no provider is reachable here. Covers: a
// provider that does not vouch for the address is refused, one that does is
// linked, and an address's first email sign-in drops OAuth links made before it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateKeyPairSync, sign } from "node:crypto";
import { createRequire } from "node:module";
import nock from "nock";
import type { AuthOptions } from "next-auth";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sqlAll } from "@/test/raw-sql";
import type { createTempDatabase } from "@/test/temp-db";

// Google signs its id tokens; the stub signs with a key of its own and serves
// the public half as Google's JWKS.
const googleKey = generateKeyPairSync("rsa", { modulusLength: 2048 });
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

function googleIdToken(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const body = `${base64url({ alg: "RS256", kid: "test-key", typ: "JWT" })}.${base64url({
    iss: "https://accounts.google.com",
    aud: "google-client-id",
    iat: now,
    exp: now + 3600,
    ...claims,
  })}`;
  return `${body}.${sign("sha256", Buffer.from(body), googleKey.privateKey).toString("base64url")}`;
}

/** Stubs Google's discovery document, keys and token endpoint for one sign-in. */
function stubGoogle(claims: { sub: string; email: string; email_verified?: boolean }) {
  nock("https://accounts.google.com")
    .persist()
    .get("/.well-known/openid-configuration")
    .reply(200, {
      issuer: "https://accounts.google.com",
      authorization_endpoint: "https://accounts.google.com/o/oauth2/v2/auth",
      token_endpoint: "https://oauth2.googleapis.com/token",
      userinfo_endpoint: "https://openidconnect.googleapis.com/v1/userinfo",
      jwks_uri: "https://www.googleapis.com/oauth2/v3/certs",
      id_token_signing_alg_values_supported: ["RS256"],
    });
  nock("https://www.googleapis.com")
    .persist()
    .get("/oauth2/v3/certs")
    .reply(200, { keys: [{ ...googleKey.publicKey.export({ format: "jwk" }), kid: "test-key", alg: "RS256", use: "sig" }] });
  nock("https://oauth2.googleapis.com")
    .post("/token")
    .reply(200, { access_token: "ya29.test", token_type: "Bearer", expires_in: 3599, scope: "openid email profile", id_token: googleIdToken({ name: "G", ...claims }) });
}

// next-auth's core, which its route handler calls for every request; its
// package does not export the path, so it is loaded by file.
type CoreResponse = { status?: number; body?: unknown; redirect?: string; cookies?: { name: string; value: string; options?: { maxAge?: number } }[] };
const { AuthHandler } = createRequire(import.meta.url)(path.join(process.cwd(), "node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: Request; options: AuthOptions }) => Promise<CoreResponse>;
};

const ORIGIN = "http://localhost:3000";
let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let options: AuthOptions;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ai-wins-oauth-"));
  Object.assign(process.env, {
    DATABASE_URL: process.env.TEST_DATABASE_URL ?? `file:${path.join(dir, "test.db")}`,
    NEXTAUTH_SECRET: "z".repeat(40),
    SITE_URL: ORIGIN,
    GITHUB_ID: "test-client-id",
    GITHUB_SECRET: "test-client-secret",
    GOOGLE_ID: "google-client-id",
    GOOGLE_SECRET: "google-client-secret",
    ADMIN_EMAILS: "octo-admin@example.org",
  });
  temp = await (await import("@/test/temp-db")).createTempDatabase(path.join(dir, "test.db"));
  options = await (await import("./options")).getAuthOptions();
  // Only GitHub's hosts are stubbed; anything else on the network (a libSQL server in cluster runs) goes through.
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
});
afterEach(() => nock.cleanAll());
afterAll(async () => {
  nock.enableNetConnect();
  nock.restore();
  await temp.cleanup();
});

type Jar = Map<string, string>;

async function call(jar: Jar, method: "GET" | "POST", pathAndQuery: string, form?: Record<string, string>) {
  const request = new Request(`${ORIGIN}/api/auth/${pathAndQuery}`, {
    method,
    headers: {
      host: "localhost:3000",
      "x-forwarded-proto": "http",
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
      ...(form && { "content-type": "application/json" }),
    },
    // The core reads a body as JSON (next-auth's route handler turns a form post into that).
    body: form ? JSON.stringify(form) : undefined,
  });
  const response = await AuthHandler({ req: request, options });
  for (const cookie of response.cookies ?? []) {
    if (cookie.options?.maxAge === 0 || cookie.value === "") jar.delete(cookie.name);
    else jar.set(cookie.name, cookie.value);
  }
  return response;
}

/** Stubs GitHub's token, profile and emails endpoints for one sign-in. */
function stubGitHub({ id, email, verified }: { id: number; email: string; verified: boolean }) {
  nock("https://github.com").post("/login/oauth/access_token").reply(200, { access_token: `gho_${id}`, token_type: "bearer", scope: "read:user,user:email" });
  nock("https://api.github.com")
    .get("/user")
    .reply(200, { id, login: `octo${id}`, name: `Octo ${id}`, email, avatar_url: "https://avatars.example/1" })
    .get("/user/emails")
    .matchHeader("authorization", `token gho_${id}`)
    .reply(200, [
      { email, primary: true, verified },
      { email: `other-${id}@example.org`, primary: false, verified: true },
    ]);
}

/** Runs the whole OAuth dance: sign-in POST, GitHub's redirect back with a code, the callback. */
async function signInWith(provider: "github" | "google", jar: Jar) {
  const { body } = await call(jar, "GET", "csrf");
  const start = await call(jar, "POST", `signin/${provider}`, { csrfToken: (body as { csrfToken: string }).csrfToken, callbackUrl: "/" });
  const authorize = new URL(start.redirect!);
  expect(authorize.origin + authorize.pathname).toBe(
    provider === "github" ? "https://github.com/login/oauth/authorize" : "https://accounts.google.com/o/oauth2/v2/auth",
  );
  const state = authorize.searchParams.get("state")!;
  return call(jar, "GET", `callback/${provider}?code=code-from-${provider}&state=${encodeURIComponent(state)}`);
}
const signInWithGitHub = (jar: Jar) => signInWith("github", jar);

const users = (email: string) => sqlAll<{ id: string; email_verified: number | null }>(temp.db, "select id, email_verified from users where email = ?", email);
const accounts = async (userId: string) =>
  (await sqlAll<{ provider: string }>(temp.db, "select provider from accounts where user_id = ?", userId)).map((r) => r.provider);

describe("signing in with GitHub", () => {
  it("is refused when GitHub does not say the address is verified, and creates nothing", async () => {
    stubGitHub({ id: 1, email: "unverified@example.org", verified: false });
    const jar: Jar = new Map();
    const done = await signInWithGitHub(jar);
    expect(done.redirect).toContain("/signin?error=unverified");
    expect(jar.has("next-auth.session-token")).toBe(false);
    expect(await users("unverified@example.org")).toEqual([]);
    expect(nock.isDone()).toBe(true);
  });

  it("signs in and links the account when GitHub vouches for the address", async () => {
    stubGitHub({ id: 2, email: "verified@example.org", verified: true });
    const jar: Jar = new Map();
    const done = await signInWithGitHub(jar);
    expect(done.redirect).toBe(`${ORIGIN}/`);
    expect(jar.get("next-auth.session-token")).toMatch(/.+/);
    const [user] = await users("verified@example.org");
    // GitHub's word is enough to sign in, not to prove the address to us.
    expect(user?.email_verified).toBeNull();
    expect(await accounts(user!.id)).toEqual(["github"]);
    const session = await call(jar, "GET", "session");
    expect(session.body).toMatchObject({ user: { email: "verified@example.org", role: "reader", emailVerified: false } });
  });

  it("gives an admin role nothing until the address is proven by email", async () => {
    const { setRoleByEmail } = await import("@/db/queries/users");
    await setRoleByEmail(temp.db, "octo-admin@example.org", "admin");
    stubGitHub({ id: 3, email: "octo-admin@example.org", verified: true });
    const jar: Jar = new Map();
    await signInWithGitHub(jar);
    expect((await call(jar, "GET", "session")).body).toMatchObject({ user: { email: "octo-admin@example.org", role: "reader" } });
  });

  it("loses the links made before the address's first email sign-in, with their sessions, and may link again after", async () => {
    const { createAuthAdapter } = await import("@/db/queries/auth-adapter");
    stubGitHub({ id: 4, email: "first-proof@example.org", verified: true });
    const squatter: Jar = new Map();
    await signInWithGitHub(squatter);
    const [user] = await users("first-proof@example.org");
    expect(await accounts(user!.id)).toHaveLength(1);

    // next-auth's email callback, as it runs for the owner's first link or code.
    await createAuthAdapter(temp.db).updateUser!({ id: user!.id, emailVerified: new Date() });
    expect(await accounts(user!.id)).toEqual([]);
    expect((await call(squatter, "GET", "session")).body).toEqual({});

    // GitHub still vouches for the address: the owner can link it again.
    stubGitHub({ id: 4, email: "first-proof@example.org", verified: true });
    const owner: Jar = new Map();
    expect((await signInWithGitHub(owner)).redirect).toBe(`${ORIGIN}/`);
    expect(await accounts(user!.id)).toEqual(["github"]);
  });
});

describe("signing in with Google", () => {
  it("is refused unless the id token says email_verified", async () => {
    for (const claims of [{ sub: "g-1", email: "g-unverified@example.org", email_verified: false }, { sub: "g-2", email: "g-missing@example.org" }]) {
      stubGoogle(claims);
      const jar: Jar = new Map();
      expect((await signInWith("google", jar)).redirect).toContain("/signin?error=unverified");
      expect(await users(claims.email)).toEqual([]);
    }
  });

  it("signs in when it does", async () => {
    stubGoogle({ sub: "g-3", email: "g-verified@example.org", email_verified: true });
    const jar: Jar = new Map();
    expect((await signInWith("google", jar)).redirect).toBe(`${ORIGIN}/`);
    const [user] = await users("g-verified@example.org");
    expect(await accounts(user!.id)).toEqual(["google"]);
  });
});
