// @ts-check
// Headers on every response. server/main.mjs sets them on every answer,
// its cached ones and Next's alike, from the environment it runs with;
// next.config.ts sets them too (all but HSTS), for `next dev` and any other
// way of serving the build. Plain JavaScript so that server, which runs
// without a compiler, can share them.

/**
 * Content-Security-Policy, directive by directive. What we chose and why:
 *
 * - script-src 'self' 'unsafe-inline'. Next boots each page with inline
 *   scripts (`self.__next_f.push(…)`, the page's React payload) whose text
 *   differs from page to page. A nonce must be new for every response, and a
 *   cached page is one HTML shared by every reader. Hashes must be in the
 *   headers, which Next sends before it has rendered the scripts (it streams),
 *   so only the fast path's cached answers could carry them, not Next's answer
 *   for the same address. So inline scripts run; scripts from anywhere else
 *   do not, nor eval (except under `next dev`, where React needs it). What
 *   keeps admin text from running is the server-side sanitising
 *   (lib/markdown.ts) and React's escaping, not this header.
 * - style-src 'self': the stylesheet is one file; no page has inline styles
 *   (Markdown's are stripped), and React sets style props through the DOM,
 *   which CSP allows.
 * - img-src 'self' https: http:: covers and Markdown images may be on any
 *   site, over https or http. The share card is drawn on the server.
 * - object-src 'none', base-uri 'none', frame-ancestors 'none' (with
 *   X-Frame-Options for older browsers), form-action 'self': no plugins, no
 *   <base> to redirect relative URLs, no framing, forms post only here.
 * - connect-src, font-src, manifest-src, worker-src 'self': the browser
 *   fetches only from this site (React Query, Next's router, next-auth).
 *
 * @param {{ dev?: boolean }} [options]
 */
export function contentSecurityPolicy({ dev = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self'",
    "img-src 'self' https: http:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Every security header for a site served at `siteUrl`. HSTS only when that
 * is https: sent over plain http it would be ignored at best, and a wrong one
 * locks browsers out of an http site for a year.
 * @param {{ siteUrl?: string, dev?: boolean }} [options]
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders({ siteUrl, dev = false } = {}) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...(siteUrl?.startsWith("https://") ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}
