import type {
  Applicability,
  ChannelPurpose,
  Citation,
  EmailChannel,
  PostChannel,
  RightId,
  ServicePage,
  ServiceRecord,
  SupervisoryAuthority,
  Timeline,
} from "../types";
import { inferServiceDomains, selfServiceLinks } from "./self-service";
import { lineStartNear, sentenceAround } from "./text-spans";
import type { Extraction, Proposal, Span } from "./types";

export const DPO_SUMMARY = "The policy names a data protection officer.";
export const EXTENSION_SUMMARY = "The time to answer may be extended";

export type RecordMeta = { documentId: string; serviceSlug: string; serviceName: string; versionId: string; versionLabel: string };

type Of<K extends Proposal["kind"]> = Extract<Proposal, { kind: K }>;

// Statements kept per kind: the first few sentences that say it, each cited.
const MAX_STATEMENTS = 3;
const PRIVACY_CONTEXT = /\b(?:privacy|data protection|personal (?:data|information)|rights?|request|officer|DPO|Datenschutz|données)\b/i;
const FORMAT = /\b(JSON|CSV|XML|PDF)\b/;

// A promised time belongs to the right named just before it on the same line.
const CONTEXT_BEFORE = 400;

function channelPurposes(sentence: string): ChannelPurpose[] {
  if (/\b(?:child|parent|guardian)/i.test(sentence)) return ["children"];
  if (/\bcomplain/i.test(sentence)) return ["complaints"];
  if (/\b(?:request|exercise|rights?|access|copy|delete|correct)\b/i.test(sentence)) return ["privacy-requests"];
  return ["privacy-questions"];
}

function uniqueBy<T>(items: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}

/**
 * Turns an extraction into a record of the curated shape, citations pointing into the extraction's
 * normalized text stored as `documentId`. Every fact is a proposal for a person to confirm.
 */
export function proposeRecord(extraction: Extraction, meta: RecordMeta, options: { serviceDomains?: string[] } = {}): ServiceRecord {
  const { text, proposals } = extraction;
  const cite = (span: Span): Citation => ({ document: meta.documentId, start: span.start, end: span.end, quote: text.slice(span.start, span.end) });
  const sentenceOf = (span: Span) => sentenceAround(text, span.start, span.end);
  const of = <K extends Proposal["kind"]>(kind: K) => proposals.filter((p): p is Of<K> => p.kind === kind);

  const rights = uniqueBy(of("right"), (r) => `${r.right}@${r.sentence.start}`);
  const rightsIn = (s: Span): RightId[] => [...new Set(rights.filter((r) => r.span.start >= s.start && r.span.end <= s.end).map((r) => r.right))];

  // A promised time belongs to the right named in its sentence or, failing that, just before it
  // on the same line ("You may request a copy ... We will respond within 30 days").
  const nearestRight = (s: Span): RightId | undefined => {
    const lineStart = lineStartNear(text, s.start);
    const from = Math.max(lineStart, s.start - CONTEXT_BEFORE);
    return rightsIn(s)[0] ?? rights.filter((r) => r.span.start >= from && r.span.end <= s.start).at(-1)?.right;
  };

  const emails: EmailChannel[] = uniqueBy(of("email"), (e) => e.address).map((e) => {
    const sentence = sentenceOf(e.span);
    return {
      kind: "email",
      address: e.address,
      purposes: channelPurposes(sentence.quote),
      provenance: e.obfuscation === "cloudflare" ? { kind: "cloudflare-decoded", encoded: e.span.quote.replace(/^email-protection#/, "") } : { kind: "shown" },
      citation: cite(sentence),
    };
  });

  const urls = of("url");
  const domains = options.serviceDomains?.length ? options.serviceDomains : inferServiceDomains(urls.map((u) => u.url));
  const pages: ServicePage[] = selfServiceLinks(text, urls, domains).map((u) => ({
    label: u.url,
    url: u.url,
    rights: rightsIn(u.sentence),
    citation: cite(u.sentence),
  }));

  const durations = of("duration");
  const stated: Timeline[] = durations
    .filter((d) => d.role === "response")
    .map((d) => {
      const format = FORMAT.exec(d.sentence.quote)?.[1];
      return {
        statedByPolicy: true,
        what: nearestRight(d.sentence) ?? "all-requests",
        ...amountOf(d),
        ...(format ? { format } : {}),
        citation: cite(d.sentence),
      };
    });
  const extensions = durations
    .filter((d) => d.role === "extension")
    .map((d) => ({ summary: `${EXTENSION_SUMMARY} by ${durationText(d)}.`, citation: cite(d.sentence) }));
  const lawSupplied: Timeline = {
    statedByPolicy: false,
    what: "all-requests",
    citation: null,
    note: "No time limit found in the text; the law of your jurisdiction supplies it.",
  };

  const notGoverned: Applicability[] = of("not-governed").map((n) => ({ regimes: [n.regime], stance: "not-governed", citation: cite(n.sentence) }));
  // Each law cited where the policy says it most plainly: its name, or a scope ("If you are in the
  // UK"), before a place named in passing.
  const plainest = [...of("jurisdiction")].sort((a, b) => jurisdictionRank(text, a.span) - jurisdictionRank(text, b.span) || a.span.start - b.span.start);
  const addressed: Applicability[] = uniqueBy(plainest, (j) => j.regime).map((j) => ({
    regimes: [j.regime],
    stance: "addresses",
    citation: cite(sentenceOf(j.span)),
  }));

  const date = of("effective-date").find((d) => d.dateKind === "effective") ?? of("effective-date")[0];
  const subject = of("subject-line")[0];
  const fromAccount = of("from-account-email")[0];
  const username = of("include-username")[0];
  const redacted = of("redacted-email").length;
  const entity = of("legal-entity").find((e) => e.role === "controller") ?? of("legal-entity")[0];
  const onePerSentence = (kind: "dpo" | "withdraw-consent" | "identity-verification" | "fee" | "decline-ground") =>
    uniqueBy(
      proposals.filter((p): p is Of<typeof kind> => p.kind === kind),
      (p) => String(p.sentence.start),
    ).slice(0, MAX_STATEMENTS);
  const posts = uniqueBy(
    of("postal-address").filter((p) => p.contact),
    (p) => postalKey(p.address),
  );
  const postChannels: PostChannel[] = posts.map((p) => ({
    kind: "post",
    address: p.address,
    purposes: channelPurposes(p.sentence.quote),
    citation: cite(p.span),
  }));
  const firstPost = posts.find((p) => PRIVACY_CONTEXT.test(p.sentence.quote)) ?? posts[0];
  const authorities: SupervisoryAuthority[] = [
    ...uniqueBy(
      of("authority").filter((a) => a.key !== "unnamed"),
      (a) => a.key,
    ).map((a) => ({
      name: a.name,
      regimes: a.regimes,
      role: "competent" as const,
      namedInPolicy: true,
      citation: cite(a.sentence),
    })),
    ...uniqueBy(
      of("authority").filter((a) => a.key === "unnamed"),
      (a) => String(a.sentence.start),
    )
      .slice(0, MAX_STATEMENTS)
      .map((a) => ({
        name: a.name,
        regimes: a.regimes,
        role: "competent" as const,
        namedInPolicy: false,
        citation: cite(a.sentence),
      })),
  ];

  return {
    ...meta,
    effectiveDate: date ? { date: date.date, kind: date.dateKind, citation: cite(date.span) } : null,
    legalEntity: entity ? { name: entity.name, citation: cite(entity.sentence) } : null,
    postalAddress: firstPost ? { address: firstPost.address, citation: cite(firstPost.span) } : null,
    channels: [...emails, ...postChannels],
    selfService: pages,
    settings: [],
    rights: rights.map((r) => ({ right: r.right, regimes: r.regimes, via: "unspecified", citation: cite(r.sentence) })),
    otherRights: onePerSentence("withdraw-consent").map((w) => ({ label: "Withdrawal of consent", regimes: [], citation: cite(w.sentence) })),
    applicability: [...notGoverned, ...addressed],
    timelines: stated.length > 0 ? stated : [lawSupplied],
    howToAsk: {
      subjectLine: subject ? { value: subject.value, citation: cite(subject.sentence) } : null,
      fromAccountEmail: fromAccount ? cite(fromAccount.sentence) : null,
      include: username ? [{ item: "username", reason: "The policy asks for it.", citation: cite(username.sentence) }] : [],
      instructions: [...onePerSentence("dpo").map((d) => ({ summary: DPO_SUMMARY, citation: cite(d.sentence) })), ...extensions],
    },
    identityVerification: onePerSentence("identity-verification").map((v) => ({
      summary: "The service will check who you are before it answers.",
      citation: cite(v.sentence),
    })),
    fees: onePerSentence("fee").map((f) => ({
      summary: f.kind === "fee" && f.free ? "The policy says requests are free of charge." : "The policy says a fee may be charged.",
      citation: cite(f.sentence),
    })),
    declineGrounds: onePerSentence("decline-ground").map((d) => ({ summary: "The policy says when it may refuse a request.", citation: cite(d.sentence) })),
    supervisoryAuthorities: authorities,
    retention: durations.filter((d) => d.role === "retention").map((d) => ({ summary: d.sentence.quote, ...amountOf(d), citation: cite(d.sentence) })),
    notes: [
      "Proposed automatically from the text: confirm every fact against its sentence before relying on it.",
      ...(redacted > 0 ? [`The text hides ${redacted} email address(es) as "[email protected]"; they cannot be recovered from it.`] : []),
    ],
  };
}

const LAW_NAME = /GDPR|CCPA|CPRA|PIPEDA|Act|Regulation|Datenschutz-Grundverordnung|RGPD|state privacy|State Users/i;
const SCOPED =
  /\b(?:if you (?:are|live|reside)(?: located| based)? in|residents? of|(?:users?|individuals|people|persons) (?:in|from)|located in|for (?:users|residents|consumers) (?:in|of|from))\s+(?:the\s+)?$/i;

function jurisdictionRank(text: string, span: Span): number {
  if (LAW_NAME.test(span.quote)) return 0;
  return SCOPED.test(text.slice(Math.max(0, span.start - 40), span.start)) ? 1 : 2;
}

function durationText(d: { days?: number; months?: number }): string {
  const n = d.days ?? d.months ?? 0;
  return `${n} ${d.days !== undefined ? "day" : "month"}${n === 1 ? "" : "s"}`;
}

function postalKey(address: string): string {
  return address.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

function amountOf(d: Of<"duration">): { days: number } | { months: number } {
  return d.days !== undefined ? { days: d.days } : { months: d.months ?? 0 };
}
