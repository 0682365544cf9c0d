import path from "node:path";
import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers.mjs";
// Validate the environment when the app is built or started, not on first request.
import "./lib/env";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // better-sqlite3 is a native addon: load it from node_modules at run time.
  serverExternalPackages: ["better-sqlite3"],
  // The page cache: pages in memory, revalidations in the database, so they
  // reach every server and a scheduled story appears at its time.
  cacheHandler: path.join(process.cwd(), "server", "page-cache", "handler.mjs"),
  cacheMaxMemorySize: 0,
  async headers() {
    return [
      {
        source: "/:path*",
        // HSTS depends on SITE_URL at run time: server/main.mjs adds it (these are fixed at build).
        headers: securityHeaders({ dev: process.env.NODE_ENV !== "production" }),
      },
    ];
  },
};

export default nextConfig;
