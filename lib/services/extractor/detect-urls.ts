import { trimEndChars } from "@/lib/text/trim";
import { MAX_MATCHES, sentenceAround, spanOf } from "./text-spans";
import type { Proposal } from "./types";

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'()[\]{}|\\^`]+/g;
// Bare addresses with a path, as policies print them ("netflix.com/account/getmyinfo").
const BARE = /(?<![@/\w.-])(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|tv|io|co|uk|de|eu|gov|ca)\/[^\s<>"'()[\]{}|\\^`]*/gi;
const SNAPSHOT = /web\.archive\.org\/web\/\d+(?:[a-z]{2}_)?\/(https?(?::|%3A)\/\/[^\s)\]]+)/i;

// Flat captures run section numbers into the text ("trakt.tv/privacy.1. Information"), so a
// trailing ".<digits>" followed by "." is a heading number, not part of the address.
function trimUrl(url: string, next: string): string {
  const trimmed = trimEndChars(url, ".,;:!?*");
  return next === "." || url !== trimmed ? trimmed.replace(/\.\d{1,2}$/, "") : trimmed;
}

/**
 * A Wayback Machine capture links to the archive: a snapshot link names the original, and a
 * rewritten relative link (web.archive.org/settings) belongs to the snapshot's site.
 */
export function unarchiveUrl(url: string, snapshotOrigin: string | null): string {
  const snapshot = SNAPSHOT.exec(url);
  if (snapshot?.[1]) return decodeURIComponent(snapshot[1]);
  const rewritten = /^https?:\/\/web\.archive\.org(\/(?!web\/).*)$/.exec(url);
  if (rewritten?.[1] && snapshotOrigin) return `${snapshotOrigin}${rewritten[1]}`;
  return url;
}

function snapshotOriginOf(text: string): string | null {
  const inner = SNAPSHOT.exec(text)?.[1];
  if (!inner) return null;
  try {
    return new URL(decodeURIComponent(inner)).origin;
  } catch {
    return null;
  }
}

/** A key that treats http/https, "www." and a trailing slash as the same address. */
export function urlKey(url: string): string {
  return trimEndChars(url.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, ""), "/");
}

export function detectUrls(text: string): Proposal[] {
  const origin = snapshotOriginOf(text);
  const found: Proposal[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(URL_PATTERN)) {
    if (found.length >= MAX_MATCHES) break;
    const raw = trimUrl(m[0], text[m.index + m[0].length] ?? "");
    taken.push([m.index, m.index + raw.length]);
    if (raw.includes("email-protection")) continue;
    found.push({ kind: "url", url: unarchiveUrl(raw, origin), span: spanOf(text, m.index, m.index + raw.length), sentence: sentenceAround(text, m.index, m.index + raw.length) });
  }
  for (const m of text.matchAll(BARE)) {
    if (found.length >= MAX_MATCHES) break;
    const raw = trimUrl(m[0], text[m.index + m[0].length] ?? "");
    if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
    // Markdown link text ("[netflix.com/legal/corpinfo](https://help.netflix.com/...)"): the target counts.
    if (text.startsWith("](http", m.index + m[0].length) || text.startsWith("](mailto", m.index + m[0].length)) continue;
    found.push({ kind: "url", url: `https://${raw}`, span: spanOf(text, m.index, m.index + raw.length), sentence: sentenceAround(text, m.index, m.index + raw.length) });
  }
  return found;
}
