import { describe, expect, it } from "vitest";
import { catalogRecord, refForChoice } from "./service-ref";

describe("catalogRecord for a service attached to its catalogue company", () => {
  it("pins the choice to the newest policy capture", () => {
    expect(refForChoice("google")).toEqual({ kind: "catalog", slug: "google", versionId: "2026-06-24" });
  });

  it("adds the dataset's email and address where the policy gives none, cited to the dataset", () => {
    const record = catalogRecord({ kind: "catalog", slug: "google", versionId: "2026-06-24" })!;
    const email = record.channels.find((c) => c.kind === "email");
    expect(email?.kind === "email" && email.address).toBe("data-access-requests@google.com");
    expect(email?.citation.document).toBe("datenanfragen:google");
    expect(record.postalAddress?.address).toContain("Gordon House");
    expect(record.notes.join(" ")).toContain("no email address");
  });

  it("keeps the policy's own email where it gives one", () => {
    const record = catalogRecord({ kind: "catalog", slug: "whatsapp", versionId: "2025-09-23" })!;
    expect(record.channels.filter((c) => c.kind === "email").map((c) => c.kind === "email" && c.address)).toEqual(["dpo-inquiries@support.whatsapp.com"]);
  });
});
