// The hand-over from POST /api/signin/verify to next-auth's email callback.
// The callback is a GET that signs whoever opens it in; on its own, anyone could
// send a victim's browser there with the attacker's own code (login CSRF), and
// it would skip our checks. So verify sets this short-lived ticket, bound by
// HMAC to the address and code, in a SameSite=Strict cookie scoped to the
// callback's path, and the callback refuses to run without a matching one.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "./secret";

export const TICKET_COOKIE = "aiw-sign-in-ticket";
export const TICKET_PATH = "/api/auth/callback/email";
const TICKET_SECONDS = 120;

async function mac(email: string, code: string, expires: number): Promise<string> {
  return createHmac("sha256", await getAuthSecret()).update(`ticket\n${email}\n${code}\n${expires}`).digest("base64url");
}

export async function ticketCookie(email: string, code: string, secure: boolean): Promise<string> {
  const expires = Date.now() + TICKET_SECONDS * 1000;
  const value = `${expires}.${await mac(email, code, expires)}`;
  return `${TICKET_COOKIE}=${value}; Path=${TICKET_PATH}; Max-Age=${TICKET_SECONDS}; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`;
}

export function clearTicketCookie(secure: boolean): string {
  return `${TICKET_COOKIE}=; Path=${TICKET_PATH}; Max-Age=0; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`;
}

export async function isValidTicket(value: string | undefined, email: string, code: string): Promise<boolean> {
  const [expiresText, given] = (value ?? "").split(".");
  const expires = Number(expiresText);
  if (!given || !Number.isSafeInteger(expires) || expires < Date.now()) return false;
  const expected = Buffer.from(await mac(email.toLowerCase(), code, expires));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
