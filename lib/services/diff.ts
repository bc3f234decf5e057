import { PURPOSE_LABELS, REGIME_LABELS } from "./labels";
import type { Applicability, Channel, ChannelPurpose, PolicyRight, RegimeId, ServiceRecord, SupervisoryAuthority, Timeline } from "./types";

/** One thing that differs between two versions; `before`/`after` keep their citations. */
export type Change<T> = {
  key: string;
  status: "added" | "removed" | "changed";
  before: T[];
  after: T[];
  details: string[];
};

export type VersionDiff = {
  from: { versionId: string; documentId: string };
  to: { versionId: string; documentId: string };
  rights: Change<PolicyRight>[];
  channels: Change<Channel>[];
  timelines: Change<Timeline>[];
  authorities: Change<SupervisoryAuthority>[];
  applicability: Change<Applicability>[];
};

/**
 * Compares items grouped by key: a key only on one side is added or removed; on both sides it is
 * changed when `describe` reports differences.
 */
function compare<T>(before: T[], after: T[], keyOf: (x: T) => string, describe: (b: T[], a: T[]) => string[]): Change<T>[] {
  const keys = [...new Set([...before, ...after].map(keyOf))];
  const changes: Change<T>[] = [];
  for (const key of keys) {
    const b = before.filter((x) => keyOf(x) === key);
    const a = after.filter((x) => keyOf(x) === key);
    if (b.length === 0) changes.push({ key, status: "added", before: b, after: a, details: [] });
    else if (a.length === 0) changes.push({ key, status: "removed", before: b, after: a, details: [] });
    else {
      const details = describe(b, a);
      if (details.length > 0) changes.push({ key, status: "changed", before: b, after: a, details });
    }
  }
  return changes;
}

function setDelta(label: string, before: Iterable<string>, after: Iterable<string>): string[] {
  const b = new Set(before);
  const a = new Set(after);
  const added = [...a].filter((x) => !b.has(x));
  const removed = [...b].filter((x) => !a.has(x));
  return [...(added.length ? [`${label} added: ${added.join(", ")}`] : []), ...(removed.length ? [`${label} removed: ${removed.join(", ")}`] : [])];
}

// Details are read by people, so values are named as the pages name them.
const regimesOf = (xs: { regimes: RegimeId[] }[]) => xs.flatMap((x) => (x.regimes.length ? x.regimes.map((r) => REGIME_LABELS[r]) : ["no law named"]));
const VIA: Record<PolicyRight["via"], string> = { request: "by request", "self-service": "self-service", unspecified: "not said" };
const PROVENANCE = {
  shown: "shown in the text",
  "cloudflare-decoded": "decoded from Cloudflare protection",
  "from-other-version": "taken from another version",
};
const purposesOf = (xs: Channel[]) => xs.flatMap((c) => c.purposes.map((p: ChannelPurpose) => PURPOSE_LABELS[p]));
const provenanceOf = (xs: Channel[]) => xs.map((c) => PROVENANCE[c.kind === "email" ? c.provenance.kind : "shown"]);

function channelKey(c: Channel): string {
  return c.kind === "web" ? `web:${c.url}` : `${c.kind}:${c.address.toLowerCase()}`;
}

function timelineTerms(t: Timeline): string {
  if (!t.statedByPolicy) return t.citation ? "set by law (the policy defers to it)" : "set by law (the policy is silent)";
  const period = t.days !== undefined ? `${t.days} days` : `${t.months ?? "?"} months`;
  return t.format ? `${period}, as ${t.format}` : period;
}

export function diffVersions(older: ServiceRecord, newer: ServiceRecord): VersionDiff {
  return {
    from: { versionId: older.versionId, documentId: older.documentId },
    to: { versionId: newer.versionId, documentId: newer.documentId },
    rights: compare(
      older.rights,
      newer.rights,
      (r) => r.right,
      (b, a) => [
        ...setDelta("Laws", regimesOf(b), regimesOf(a)),
        ...setDelta(
          "Ways to use it",
          b.map((r) => VIA[r.via]),
          a.map((r) => VIA[r.via]),
        ),
      ],
    ),
    channels: compare(older.channels, newer.channels, channelKey, (b, a) => [
      ...setDelta("Used for", purposesOf(b), purposesOf(a)),
      ...setDelta("Where the address comes from", provenanceOf(b), provenanceOf(a)),
    ]),
    timelines: compare(
      older.timelines,
      newer.timelines,
      (t) => t.what,
      (b, a) => {
        const [before, after] = [b.map(timelineTerms).join("; "), a.map(timelineTerms).join("; ")];
        return before === after ? [] : [`Was ${before}; now ${after}`];
      },
    ),
    authorities: compare(
      older.supervisoryAuthorities,
      newer.supervisoryAuthorities,
      (x) => x.name,
      (b, a) => [
        ...setDelta("Laws", regimesOf(b), regimesOf(a)),
        ...setDelta(
          "Role",
          b.map((x) => x.role),
          a.map((x) => x.role),
        ),
      ],
    ),
    applicability: compare(
      older.applicability,
      newer.applicability,
      (x) => x.framework ?? (x.regimes.join(", ") || "no law named"),
      (b, a) =>
        setDelta(
          "Stance",
          b.map((x) => x.stance),
          a.map((x) => x.stance),
        ),
    ),
  };
}

export function isEmptyDiff(diff: VersionDiff): boolean {
  return [diff.rights, diff.channels, diff.timelines, diff.authorities, diff.applicability].every((c) => c.length === 0);
}
