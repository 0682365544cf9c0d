// @ts-check
// The aiw_rs cookie (README "Deployment"): the replication clock value a
// reader's last write produced, so that reader's next reads wait for the
// replica or go to the primary. Signed, with its expiry inside the signature:
// a made-up, altered or replayed value counts as no cookie, so a client cannot
// send its reads (or, by skipping the page cache's fast path, its page loads)
// to the primary beyond what its own writes justify.
import { createHmac, timingSafeEqual } from "node:crypto";

export const READ_SEQUENCE_COOKIE = "aiw_rs";
/** Seconds: long enough for the replica to catch up, short enough to stop mattering soon. */
export const READ_SEQUENCE_MAX_AGE = 60;

const VALUE = /^(\d{1,15})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{22})$/;

/**
 * The signing key, derived from the auth secret (server/auth-secret.mjs) rather
 * than the secret itself, so that secret signs nothing but what next-auth signs.
 * @param {string} authSecret
 */
export function readSequenceKey(authSecret) {
  return createHmac("sha256", authSecret).update("aiw_rs: replication clock cookie, v1").digest();
}

/** @param {Buffer} key @param {string} payload */
function mac(key, payload) {
  // 128 bits of HMAC-SHA256: plenty for a value that lives a minute.
  return createHmac("sha256", key).update(payload).digest("base64url").slice(0, 22);
}

/**
 * The cookie's value: `<seq>.<expiry, unix seconds in base 36>.<mac>`.
 * @param {Buffer} key @param {number} seq @param {number} [now]
 */
export function signReadSequence(key, seq, now = Date.now()) {
  const payload = `${seq}.${(Math.floor(now / 1000) + READ_SEQUENCE_MAX_AGE).toString(36)}`;
  return `${payload}.${mac(key, payload)}`;
}

/**
 * The clock value in a cookie value this server family signed and that has
 * not expired; null for anything else.
 * @param {Buffer} key @param {string} value @param {number} [now]
 * @returns {number | null}
 */
export function verifyReadSequence(key, value, now = Date.now()) {
  const match = VALUE.exec(value);
  if (!match) return null;
  const [, seq, expires, signature] = /** @type {[string, string, string, string]} */ (/** @type {unknown} */ (match));
  if (!timingSafeEqual(Buffer.from(mac(key, `${seq}.${expires}`)), Buffer.from(signature))) return null;
  if (parseInt(expires, 36) * 1000 <= now) return null;
  return Number(seq);
}

/**
 * The verified clock value from a request's Cookie header, or null.
 * @param {Buffer} key @param {string | undefined} cookieHeader @param {number} [now]
 */
export function readSequenceFromCookies(key, cookieHeader, now = Date.now()) {
  const match = /(?:^|;\s*)aiw_rs=([^;]*)/.exec(cookieHeader ?? "");
  return match ? verifyReadSequence(key, /** @type {string} */ (match[1]).trim(), now) : null;
}

/**
 * The Set-Cookie header handing a reader `seq`.
 * @param {Buffer} key @param {number} seq @param {{ secure: boolean, now?: number }} options
 */
export function readSequenceSetCookie(key, seq, { secure, now = Date.now() }) {
  return `${READ_SEQUENCE_COOKIE}=${signReadSequence(key, seq, now)}; Path=/; Max-Age=${READ_SEQUENCE_MAX_AGE}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
