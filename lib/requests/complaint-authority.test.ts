import { describe, expect, it } from "vitest";
import { findVersion } from "@/lib/services/catalog";
import { complaintAuthorities } from "./complaint-authority";
import { deriveRequestState } from "./lifecycle";
import { complaintInput, followUpInput, followUpKindFor, signerOf, type LetterSource } from "./follow-up-input";

const netflix = findVersion("netflix", "2024-04-17")!;
const trakt = findVersion("trakt", "2022-03-29")!;

describe("complaintAuthorities", () => {
  it("sends an EEA complaint about Netflix to the Dutch authority its policy points to, then the one at home", () => {
    const [lead, home] = complaintAuthorities("eu-gdpr", netflix, "DE");
    // Contact facts from the Datenanfragen.de authority record, the complaint form among them.
    expect(lead).toMatchObject({
      id: "lead",
      name: "Autoriteit Persoonsgegevens (Dutch Data Protection Authority)",
      url: "https://autoriteitpersoonsgegevens.nl",
      citation: "GDPR Art. 56(1), Art. 77(1)",
    });
    expect(lead?.webform).toBe("https://autoriteitpersoonsgegevens.nl/nl/meldingsformulier-klachten");
    expect(lead?.policyCitation?.quote).toContain("main establishment within the European Union is in the Netherlands");
    expect(home).toMatchObject({ id: "home", name: expect.stringContaining("BfDI"), note: expect.stringContaining("Land") });
  });

  it("offers a requester in Germany the authority of their Land: BayLDA for Bavaria, with its complaint form", () => {
    const bavaria = complaintAuthorities("eu-gdpr", trakt, "DE").find((a) => a.region === "Bavaria");
    expect(bavaria).toMatchObject({
      id: "DE-BY",
      name: "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)",
      webform: "https://www.lda.bayern.de/de/beschwerde.html",
      email: "poststelle@lda.bayern.de",
    });
    expect(complaintAuthorities("eu-gdpr", trakt, "DE").filter((a) => a.id.startsWith("DE-"))).toHaveLength(16);
  });

  it("offers every EEA authority when neither the policy nor the user's country names one", () => {
    expect(complaintAuthorities("eu-gdpr", trakt, null).length).toBeGreaterThan(25);
  });

  it("names the ICO in the UK, the CPPA then the Attorney General in California, a state AG, and the OPC in Canada", () => {
    expect(complaintAuthorities("uk-gdpr", netflix, "GB").map((a) => a.name)).toEqual(["Information Commissioner's Office (ICO)"]);
    expect(complaintAuthorities("uk-gdpr", netflix, "GB")[0]?.policyCitation?.quote).toContain("Information Commissioner's Office");
    expect(complaintAuthorities("ccpa", netflix, "US").map((a) => [a.id, a.name])).toEqual([
      ["US-CA", "California Privacy Protection Agency (CPPA)"],
      ["US-CA-2", "California Attorney General"],
    ]);
    expect(complaintAuthorities("us-va", null, "US").map((a) => a.name)).toEqual(["Office of the Attorney General of Virginia"]);
    expect(complaintAuthorities("pipeda", null, "CA").map((a) => a.name)).toEqual(["Office of the Privacy Commissioner of Canada"]);
  });
});

describe("letter inputs from a tracked request", () => {
  const source: LetterSource = {
    regime: "uk-gdpr",
    rights: ["access"],
    language: "en",
    sentOn: "2026-09-03",
    letterSubject: "Access",
    letterBody: "Dear…\n\nYours faithfully,\nJane Doe",
    recipient: "privacy@netflix.com",
    serviceName: "Netflix",
    requesterName: null,
    requesterEmail: null,
  };
  const ev = (id: string, type: string, on: string, data: unknown = null) => ({
    id,
    type,
    on,
    recordedBy: "user",
    data,
    createdAt: new Date(`${on}T09:00:00Z`),
  });

  it("signs as the first letter did when the signer was not stored", () => {
    expect(signerOf(source, "account@example.org")).toEqual({ name: "Jane Doe", email: "account@example.org" });
  });

  it("asks for what the answer left out, citing the deadline in force and the authority", () => {
    const state = deriveRequestState(source, [
      ev("1", "sent", "2026-09-03"),
      ev("2", "answer-received", "2026-09-20", { completeness: "partial", missing: ["access.retention"] }),
    ]);
    expect(followUpKindFor(state)).toBe("incomplete");
    const input = followUpInput({
      source,
      state,
      record: netflix,
      kind: "incomplete",
      language: "en",
      date: "2026-09-21",
      accountEmail: "a@example.org",
      authority: complaintAuthorities("uk-gdpr", netflix, "GB")[0]!,
    });
    expect(input).toMatchObject({
      missing: [{ ask: "the envisaged storage period, or the criteria used to determine it", citation: "UK GDPR Art. 15(1)(d)" }],
      deadline: { dueDate: "2026-10-05", citation: expect.stringContaining("UK GDPR Art. 12(3)") },
      complaint: { authority: "Information Commissioner's Office (ICO)" },
    });
    expect(input.to).toMatchObject({ email: "privacy@netflix.com" });
  });

  it("tells the authority the story in order and what went wrong last", () => {
    const state = deriveRequestState(source, [
      ev("1", "sent", "2026-09-03"),
      ev("2", "extension-claimed", "2026-09-28"),
      ev("3", "follow-up-sent", "2026-12-04"),
    ]);
    const input = complaintInput({
      source,
      state,
      record: netflix,
      language: "en",
      date: "2026-12-20",
      accountEmail: "a@example.org",
      authority: complaintAuthorities("uk-gdpr", netflix, "GB")[0]!,
    });
    expect(input).toMatchObject({
      outcome: "no-answer",
      reminders: ["2026-12-04"],
      deadline: { dueDate: "2026-12-03", citation: expect.stringContaining("UK GDPR Art. 12(3)") },
    });
    expect(input.timeline.map((t) => t.kind)).toEqual(["sent", "extension-claimed", "follow-up-sent"]);
  });
});
