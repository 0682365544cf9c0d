// Signed newsletter links. A token is (purpose, subscriber id, email, expiry)
// with an HMAC over all four, so it works only for that subscriber, that
// address and that purpose; a forged or altered one is refused.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "@/lib/auth/secret";

export type TokenPurpose = "confirm" | "manage";

const CONFIRM_DAYS = 7;

async function key() {
  // A key of its own, derived from the auth secret.
  return createHmac("sha256", await getAuthSecret()).update("newsletter-links").digest();
}

async function mac(payload: string) {
  return createHmac("sha256", await key()).update(payload).digest("base64url");
}

export async function signSubscriberToken(
  purpose: TokenPurpose,
  subscriber: { id: string; email: string },
  now = Date.now(),
): Promise<string> {
  // Unsubscribe and preference links must keep working in old emails: no expiry.
  const expires = purpose === "confirm" ? now + CONFIRM_DAYS * 86_400_000 : 0;
  const payload = [purpose, subscriber.id, subscriber.email, expires.toString(36)].join("|");
  return `${Buffer.from(payload).toString("base64url")}.${await mac(payload)}`;
}

export async function verifySubscriberToken(
  purpose: TokenPurpose,
  token: unknown,
  now = Date.now(),
): Promise<{ id: string; email: string } | null> {
  if (typeof token !== "string" || token.length > 600) return null;
  const parts = token.split(".");
  if (parts.length !== 2) return null;
  const [encoded, given] = parts;
  if (!encoded || !given) return null;
  const payload = Buffer.from(encoded, "base64url").toString("utf8");
  const expected = Buffer.from(await mac(payload));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  const [tokenPurpose, id, email, expiresText] = payload.split("|");
  const expires = parseInt(expiresText ?? "", 36);
  if (tokenPurpose !== purpose || !id || !email || Number.isNaN(expires)) return null;
  if (expires !== 0 && expires < now) return null;
  return { id, email };
}
