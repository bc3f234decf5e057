import { describe, expect, it } from "vitest";
import { composeLetter } from "@/lib/letters/compose";
import { detailsFacts } from "@/lib/requests/service-facts";
import { catalogRecord, refForChoice } from "@/lib/requests/service-ref";
import { detailsSchemaFor } from "@/lib/requests/schema";
import { findCompany, findCompanyRecord } from "./companies";
import { demandsIdDocument } from "./details-needs";

describe("a dataset company in the wizard", () => {
  it("is chosen by slug and pinned to its dataset record", () => {
    expect(refForChoice("schufa")).toEqual({ kind: "catalog", slug: "schufa", versionId: "datenanfragen" });
    expect(refForChoice("netflix")).toMatchObject({ kind: "catalog", versionId: "2024-04-17" });
    expect(catalogRecord({ kind: "catalog", slug: "schufa", versionId: "datenanfragen" })?.serviceName).toBe("SCHUFA Holding AG");
  });

  it("cites every contact fact to the line of its record", () => {
    const record = findCompanyRecord("schufa", "datenanfragen")!;
    expect(record.legalEntity?.citation.quote).toBe("name: SCHUFA Holding AG");
    expect(record.channels[0]).toMatchObject({ kind: "email", address: "datenschutz@schufa.de" });
    expect(record.postalAddress?.address).toContain("Wiesbaden");
  });

  it("asks for what the record requires and nothing more", () => {
    const schufa = detailsFacts(findCompanyRecord("schufa", "datenanfragen")!, ["access"]);
    expect(schufa.needs).toMatchObject({ postalAddress: true, username: false });
    expect(schufa.needs.extra).toBeUndefined();
    const withNumber = [...["spotify"]].map((slug) => findCompany(slug)!.contact!).find((c) => c.requiredElements.some((e) => e.type === "input"));
    if (withNumber) {
      const facts = detailsFacts(findCompanyRecord(withNumber.slug, "datenanfragen")!, ["access"]);
      expect(facts.needs.extra?.length).toBeGreaterThan(0);
      const schema = detailsSchemaFor({ ...facts.needs, savedIdentity: false });
      const result = schema.safeParse({ name: "Jane", email: "jane@example.org", other: [] });
      expect(result.success).toBe(facts.needs.extra!.every((e) => e.optional));
    }
  });

  it("addresses the letter to the legal entity by name, at its privacy address", () => {
    const letter = composeLetter({
      service: findCompanyRecord("schufa", "datenanfragen")!,
      regime: "eu-gdpr",
      rights: ["access"],
      language: "de",
      requester: {
        name: "Jana Muster",
        email: "jana@example.org",
        postalAddress: "Hauptstr. 1\n80331 München",
        otherIdentifiers: [{ label: "Geburtsdatum", value: "1990-01-01" }],
      },
      specifics: {},
      date: "2026-12-01",
      requesterCountry: "DE",
    });
    expect(letter.to.entity).toBe("SCHUFA Holding AG");
    expect(letter.to.email).toBe("datenschutz@schufa.de");
    expect(letter.body).toContain("Geburtsdatum");
  });

  it("knows which companies demand an ID document", () => {
    const demanding = ["schufa"].map((s) => findCompanyRecord(s, "datenanfragen")!);
    expect(demandsIdDocument(demanding[0]!)).toBe(false);
  });
});
