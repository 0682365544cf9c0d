// @ts-check
// Who is asking, for rate limits: the client's address as the production
// server (server/main.mjs) sees it, and the key it is counted under.
// Plain JavaScript so that server, which runs without a compiler, shares it.
//
// - With TRUST_PROXY unset (the default), the socket's address counts, and
//   whatever X-Forwarded-For a client sends is ignored: it could be forged.
// - TRUST_PROXY=N (1 for one reverse proxy, 2 for a CDN in front of one…)
//   trusts the last N hops of X-Forwarded-For, which those proxies wrote: the
//   client is the one each proxy saw, N hops from the right.
// - IPv6 clients are counted by their /64: one subscriber line usually holds a
//   whole /64, so a client could otherwise rotate through 2^64 addresses.

/** The request header server/main.mjs sets to the address it derived (any sent by a client is replaced). */
export const CLIENT_ADDRESS_HEADER = "x-aiw-client-address";

/**
 * TRUST_PROXY as a number of hops: "", "0", "false" → 0; "true" → 1; "N" → N.
 * @param {string | undefined} value
 * @returns {number}
 */
export function trustedProxyHops(value) {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "" || v === "0" || v === "false" || v === "no") return 0;
  if (v === "true" || v === "yes") return 1;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error("TRUST_PROXY must be unset, false, true or a number of proxies from 0 to 10");
  return n;
}

/**
 * The client's address: the socket's, or with `hops` trusted proxies the
 * address the outermost one saw (null when the header has fewer hops than that).
 * @param {string | undefined} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {number} hops
 * @returns {string | null}
 */
export function clientAddress(socketAddress, forwardedFor, hops) {
  if (hops === 0) return socketAddress ?? null;
  const list = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  return list.at(-hops) ?? null;
}

/**
 * The key an address is counted under: an IPv4 address as it is, an IPv6
 * address by its first 64 bits ("2001:db8:1:2::/64"), an IPv4-mapped IPv6
 * address as its IPv4 address. Anything unparseable is kept as given (cut
 * short), so it still counts.
 * @param {string} address
 * @returns {string}
 */
export function rateLimitKeyOf(address) {
  let a = address.trim().toLowerCase();
  if (a.startsWith("[")) a = a.slice(1, a.indexOf("]") === -1 ? undefined : a.indexOf("]"));
  const zone = a.indexOf("%");
  if (zone !== -1) a = a.slice(0, zone);
  const mapped = /^(?:0{0,4}:){0,5}(?:0{0,4}:)?ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a) ?? /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (mapped) return mapped[1] ?? a;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(a)) return a;
  if (!a.includes(":")) return a.slice(0, 64);
  const groups = expandIpv6(a);
  if (!groups) return a.slice(0, 64);
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/**
 * The eight 16-bit groups of an IPv6 address, or null if it is not one.
 * @param {string} a
 * @returns {string[] | null}
 */
function expandIpv6(a) {
  // An embedded IPv4 tail (::1.2.3.4) stands for the last two groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(a);
  if (v4) {
    const [b1, b2, b3, b4] = v4.slice(1).map(Number);
    if ([b1, b2, b3, b4].some((b) => b === undefined || b > 255)) return null;
    a = `${a.slice(0, v4.index)}${(((b1 ?? 0) << 8) | (b2 ?? 0)).toString(16)}:${(((b3 ?? 0) << 8) | (b4 ?? 0)).toString(16)}`;
  }
  const halves = a.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  return groups.every((g) => /^[0-9a-f]{1,4}$/.test(g)) ? groups : null;
}
