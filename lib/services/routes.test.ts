import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as getDocumentText } from "@/app/api/v1/documents/[id]/route";
import { GET as getService } from "@/app/api/v1/services/[slug]/route";
import { GET as listServicesRoute } from "@/app/api/v1/services/route";

// The route handlers live in app/; they are thin, so their contract is checked here with the domain.
const req = new Request("http://localhost/");
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

describe("GET /api/v1/services", () => {
  it("lists the services with cache headers", async () => {
    const res = listServicesRoute();
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=300");
    const body = await res.json();
    expect(body.services.map((s: { slug: string }) => s.slug).slice(0, 3)).toEqual(["trakt", "netflix", "amazon"]);
    expect(body.services).toHaveLength(43);
  });
});

describe("GET /api/v1/services/{slug}", () => {
  it("serves a service's records with citations", async () => {
    const res = await getService(req, params({ slug: "trakt" }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.service.versions[1].record.timelines[0]).toMatchObject({ days: 30, format: "JSON" });
  });

  it("answers 404 JSON for an unknown slug", async () => {
    const res = await getService(req, params({ slug: "myspace" }));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'No service "myspace".' });
  });
});

describe("GET /api/v1/documents/{id}", () => {
  it("returns the stored bytes as plain text that cannot be sniffed as HTML", async () => {
    const res = await getDocumentText(req, params({ id: "netflix-2024-04-17" }));
    expect(res.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe("0716d0da135cffcd2a28b2ddd6c0065249ed0bd64c731039f12504b59de4c2a7");
  });

  it("answers 404 for an unknown document", async () => {
    const res = await getDocumentText(req, params({ id: "../../etc/passwd" }));
    expect(res.status).toBe(404);
  });
});
