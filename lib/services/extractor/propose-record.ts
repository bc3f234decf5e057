import type { Applicability, ChannelPurpose, Citation, EmailChannel, RightId, ServicePage, ServiceRecord, Timeline } from "../types";
import { urlKey } from "./detect-urls";
import { sentenceAround } from "./text-spans";
import type { Extraction, Proposal, Span } from "./types";

export const DPO_SUMMARY = "The policy names a data protection officer.";
export const EXTENSION_SUMMARY = "The time to answer may be extended";

export type RecordMeta = { documentId: string; serviceSlug: string; serviceName: string; versionId: string; versionLabel: string };

type Of<K extends Proposal["kind"]> = Extract<Proposal, { kind: K }>;

// Which links belong in a record: pages where the policy lets you act on your data.
const ACTIONABLE =
  /\b(?:request\w*|cop(?:y|ies)|download|delet\w*|eras\w*|correct\w*|update your|portability|object|restrict\w*|opt[- ]?out|choices|settings|preferences|exercise|contact|data controller|responsible for your personal)\b/i;
const FORMAT = /\b(JSON|CSV|XML|PDF)\b/;

// A link's context: its sentence, the sentence before ("...you can object. For more, see: <link>")
// and the start of its line, where a list item or heading names its subject.
const LINE_HEAD = 120;
const CONTEXT_BEFORE = 400;

function linkContext(text: string, sentence: Span): string {
  const lineStart = text.lastIndexOf("\n", sentence.start - 1) + 1;
  const previous = sentence.start > 1 ? sentenceAround(text, sentence.start - 2, sentence.start - 2) : sentence;
  return [text.slice(lineStart, Math.min(lineStart + LINE_HEAD, sentence.start)), previous.quote, sentence.quote].join(" ");
}

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
export function proposeRecord(extraction: Extraction, meta: RecordMeta, _options: { serviceDomains?: string[] } = {}): ServiceRecord {
  const { text, proposals } = extraction;
  const cite = (span: Span): Citation => ({ document: meta.documentId, start: span.start, end: span.end, quote: text.slice(span.start, span.end) });
  const sentenceOf = (span: Span) => sentenceAround(text, span.start, span.end);
  const of = <K extends Proposal["kind"]>(kind: K) => proposals.filter((p): p is Of<K> => p.kind === kind);

  const rights = uniqueBy(of("right"), (r) => `${r.right}@${r.sentence.start}`);
  const rightsIn = (s: Span): RightId[] => [...new Set(rights.filter((r) => r.span.start >= s.start && r.span.end <= s.end).map((r) => r.right))];

  // A promised time belongs to the right named in its sentence or, failing that, just before it
  // on the same line ("You may request a copy ... We will respond within 30 days").
  const nearestRight = (s: Span): RightId | undefined => {
    const lineStart = text.lastIndexOf("\n", s.start - 1) + 1;
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

  const pages: ServicePage[] = uniqueBy(
    of("url").filter((u) => ACTIONABLE.test(linkContext(text, u.sentence))),
    (u) => urlKey(u.url),
  ).map((u) => ({ label: u.url, url: u.url, rights: rightsIn(u.sentence), citation: cite(u.sentence) }));

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
  const lawSupplied: Timeline = { statedByPolicy: false, what: "all-requests", citation: null, note: "No time limit found in the text; the law of your jurisdiction supplies it." };

  const notGoverned: Applicability[] = of("not-governed").map((n) => ({ regimes: [n.regime], stance: "not-governed", citation: cite(n.sentence) }));
  const addressed: Applicability[] = uniqueBy(of("jurisdiction"), (j) => j.regime).map((j) => ({
    regimes: [j.regime],
    stance: "addresses",
    citation: cite(sentenceOf(j.span)),
  }));

  const date = of("effective-date").find((d) => d.dateKind === "effective") ?? of("effective-date")[0];
  const subject = of("subject-line")[0];
  const fromAccount = of("from-account-email")[0];
  const username = of("include-username")[0];
  const redacted = of("redacted-email").length;

  return {
    ...meta,
    effectiveDate: date ? { date: date.date, kind: date.dateKind, citation: cite(date.span) } : null,
    legalEntity: null,
    postalAddress: null,
    channels: emails,
    selfService: pages,
    settings: [],
    rights: rights.map((r) => ({ right: r.right, regimes: r.regimes, via: "unspecified", citation: cite(r.sentence) })),
    otherRights: [],
    applicability: [...notGoverned, ...addressed],
    timelines: stated.length > 0 ? stated : [lawSupplied],
    howToAsk: {
      subjectLine: subject ? { value: subject.value, citation: cite(subject.sentence) } : null,
      fromAccountEmail: fromAccount ? cite(fromAccount.sentence) : null,
      include: username ? [{ item: "username", reason: "The policy asks for it.", citation: cite(username.sentence) }] : [],
      instructions: [],
    },
    identityVerification: [],
    fees: [],
    declineGrounds: [],
    supervisoryAuthorities: [],
    retention: durations
      .filter((d) => d.role === "retention")
      .map((d) => ({ summary: d.sentence.quote, ...amountOf(d), citation: cite(d.sentence) })),
    notes: [
      "Proposed automatically from the text: confirm every fact against its sentence before relying on it.",
      ...(redacted > 0 ? [`The text hides ${redacted} email address(es) as "[email protected]"; they cannot be recovered from it.`] : []),
    ],
  };
}

function amountOf(d: Of<"duration">): { days: number } | { months: number } {
  return d.days !== undefined ? { days: d.days } : { months: d.months ?? 0 };
}
