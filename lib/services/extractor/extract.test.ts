import { describe, expect, it } from "vitest";
import { encodeCloudflareEmail } from "./cloudflare-email";
import { unarchiveUrl, urlKey } from "./detect-urls";
import { extractPolicy } from "./extract";
import type { Proposal, ProposalKind } from "./types";

// A policy written for these tests, not one of the five seeds, in GDPR and US-law vocabulary.
const POLICY = [
  "Example Ltd Privacy Notice",
  "Last revised: 1 March 2023",
  "If you live in the European Economic Area, the GDPR gives you rights. You have the right of access,",
  "the right to rectification, the right to erasure, the right to restrict processing, the right to data portability",
  "and the right to object. We will respond within one month, or 30 days at most.",
  "California residents: under the CCPA you may opt out of the sale or sharing of your personal information, limit the use of sensitive personal information,",
  "and appeal our decision. We respond within forty-five (45) calendar days. We keep logs for 13 months.",
  "You must be 16 years of age to sign up. During the past 12 months we collected identifiers.",
  "Write to privacy@example.org or visit https://example.org/privacy/request.",
  `Hidden: [email\u00a0protected](https://example.org/cdn-cgi/l/email-protection#${encodeCloudflareEmail("dpo@example.org", 0x3c)}) and [email protected].`,
  "Example is not currently governed by the CCPA.",
].join("\r\n");

const of = <K extends ProposalKind>(ps: Proposal[], kind: K) => ps.filter((p): p is Extract<Proposal, { kind: K }> => p.kind === kind);

describe("extractPolicy", () => {
  const x = extractPolicy(POLICY, { format: "text" });

  it("normalizes line endings and keeps every span exact", () => {
    expect(x.text).not.toContain("\r");
    for (const p of x.proposals) expect(x.text.slice(p.span.start, p.span.end)).toBe(p.span.quote);
  });

  it("finds plain and Cloudflare-protected addresses, and flags an undecodable one", () => {
    expect(of(x.proposals, "email").map((e) => [e.address, e.obfuscation])).toEqual([
      ["privacy@example.org", "none"],
      ["dpo@example.org", "cloudflare"],
    ]);
    expect(of(x.proposals, "redacted-email").map((r) => r.span.quote)).toEqual(["[email protected]"]);
  });

  it("reads durations in words and figures, and tells response from retention and look-back periods", () => {
    const durations = of(x.proposals, "duration").map((d) => [d.span.quote, d.days ?? `${d.months}mo`, d.role]);
    expect(durations).toEqual([
      ["one month", "1mo", "response"],
      ["30 days", 30, "response"],
      ["forty-five (45) calendar days", 45, "response"],
      ["13 months", "13mo", "retention"],
      ["12 months", "12mo", "other"],
    ]);
  });

  it("recognises rights in GDPR and US-law wording, with the law of their passage", () => {
    const rights = of(x.proposals, "right").map((r) => `${r.right}:${r.regimes.join("+")}`);
    expect(new Set(rights)).toEqual(
      new Set([
        "access:eu-gdpr",
        "correction:eu-gdpr",
        "deletion:eu-gdpr",
        "restriction:eu-gdpr",
        "portability:eu-gdpr",
        "objection:eu-gdpr",
        "opt-out-sale:ccpa",
        "limit-sensitive:ccpa",
        "appeal:ccpa",
      ]),
    );
  });

  it("names jurisdictions, the CCPA disclaimer and the effective date", () => {
    expect(new Set(of(x.proposals, "jurisdiction").map((j) => j.regime))).toEqual(new Set(["eu-gdpr", "ccpa"]));
    expect(of(x.proposals, "not-governed")).toEqual([expect.objectContaining({ regime: "ccpa" })]);
    expect(of(x.proposals, "effective-date")).toEqual([expect.objectContaining({ date: "2023-03-01", dateKind: "last-updated" })]);
  });

  it("does not treat ages or unrelated words as durations or rights", () => {
    expect(of(x.proposals, "duration").some((d) => d.span.quote.includes("16 years"))).toBe(false);
    const plain = extractPolicy("We protect against unauthorized access. You may delete the app.", { format: "text" });
    expect(of(plain.proposals, "right")).toEqual([]);
  });

  it("reads HTML as text first, so spans point into the text the user sees", () => {
    const html = extractPolicy("<p>Email <a href='mailto:dpo@example.org'>us</a></p><script>x='a@b.co'</script>", { format: "html" });
    expect(html.text).toBe("Email us (mailto:dpo@example.org)");
    expect(of(html.proposals, "email").map((e) => e.address)).toEqual(["dpo@example.org"]);
    expect(html.warnings).toEqual(["1 script, style or embedded element(s) were removed."]);
  });

  it("finds how-to-ask instructions", () => {
    const t = extractPolicy(
      'Email us with the subject line "Data Request". Please send it from the address associated with your account and include your username.',
      { format: "text" },
    );
    expect(of(t.proposals, "subject-line").map((s) => s.value)).toEqual(["Data Request"]);
    expect(of(t.proposals, "from-account-email")).toHaveLength(1);
    expect(of(t.proposals, "include-username")).toHaveLength(1);
  });
});

describe("URLs", () => {
  it("resolves Wayback Machine links and trims heading numbers run into an address", () => {
    expect(unarchiveUrl("https://web.archive.org/web/20181230084217id_/https%3A//trakt.tv/privacy", null)).toBe("https://trakt.tv/privacy");
    expect(unarchiveUrl("https://web.archive.org/settings", "https://trakt.tv")).toBe("https://trakt.tv/settings");
    const x = extractPolicy("Posted at http://example.tv/privacy.1. Information We Collect", { format: "text" });
    expect(of(x.proposals, "url").map((u) => u.url)).toEqual(["http://example.tv/privacy"]);
    expect(urlKey("https://www.Example.org/a/")).toBe("example.org/a");
  });

  it("takes a Markdown link's target rather than its text", () => {
    const x = extractPolicy("See [example.org/rights](https://help.example.org/rights).", { format: "markdown" });
    expect(of(x.proposals, "url").map((u) => u.url)).toEqual(["https://help.example.org/rights"]);
  });
});
