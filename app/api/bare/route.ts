// The smallest page this server can send: rendered once at build, no layout, no framework markup.
// scripts/bench-static.ts measures the public pages against it.
export const dynamic = "force-static";

export function GET() {
  return new Response("<!doctype html><html lang=en><meta charset=utf-8><title>Bare</title><p>A bare static page.</p></html>", {
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
}
