import createNextIntlPlugin from "next-intl/plugin";

// Headers that do not depend on the request; the Content-Security-Policy, which carries a
// per-request nonce, is set in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // same-origin, not no-referrer: other sites still get no Referer, but a form posted without
  // JavaScript then carries its real Origin (no-referrer makes it "null"), which Next's server
  // actions require.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
if ((process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "").startsWith("https://")) {
  securityHeaders.push({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A worktree whose node_modules links to another checkout builds with TURBOPACK_ROOT set to their common parent.
  ...(process.env.TURBOPACK_ROOT ? { turbopack: { root: process.env.TURBOPACK_ROOT } } : {}),
  reactStrictMode: true,
  // The stylesheet goes inside each page's HTML instead of a render-blocking request: on a phone
  // over a slow network that request held back the first paint (Lighthouse, issue 18 goal 5).
  experimental: { inlineCss: true },
  // These load WebAssembly and data files from their own folders at run time: leave them unbundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "@prisma/schema-engine-wasm",
    "@prisma/adapter-pg",
    "@prisma/driver-adapter-utils",
    "pg",
    "nodemailer",
    "date-holidays",
    "pino",
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// next-intl reads each request's locale and messages from lib/i18n/request.ts.
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
