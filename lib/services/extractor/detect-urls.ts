import { trimEndChars } from "@/lib/text/trim";
import { MAX_MATCHES, sentenceAround, spanOf } from "./text-spans";
import type { Proposal } from "./types";

// "\_" is Markdown's escape of "_" in a printed address ("kb\_article.php"): read through and dropped.
const URL_PATTERN = /\bhttps?:\/\/(?:[^\s<>"'()[\]{}|\\^`]|\\_)+/g;
// A relative Markdown link target ("[settings](/account/privacy)", "](../choices)"), read against the page's address.
const RELATIVE_LINK = /\]\(((?:\/(?!\/)|\.\.?\/)[^\s<>"'()[\]{}|\\^`]*)\)/g;
// A click-tracking redirect that names its target: "l.facebook.com/l.php?u=https%3A%2F%2F...".
const REDIRECT = /^https?:\/\/[\w.-]+\/(?:l\.php|redirect|out|link)\?(?:[^#]*&)?(?:u|url|target)=(https?(?:%3A|:)[^&#]+)/i;
// Bare addresses with a path, as policies print them ("netflix.com/account/getmyinfo").
const BARE = /(?<![@/\w.-])(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|tv|io|co|uk|de|eu|gov|ca)\/[^\s<>"'()[\]{}|\\^`]*/gi;
const SNAPSHOT = /web\.archive\.org\/web\/\d+(?:[a-z]{2}_)?\/(https?(?::|%3A)\/\/[^\s)\]]+)/i;

function unwrapped(url: string): string {
  const target = REDIRECT.exec(url)?.[1];
  if (!target) return url;
  try {
    return decodeURIComponent(target);
  } catch {
    return url;
  }
}

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

function resolvedAgainst(path: string, baseUrl: string): string | null {
  try {
    const url = new URL(path, baseUrl);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** A key that treats http/https, "www." and a trailing slash as the same address. */
export function urlKey(url: string): string {
  return trimEndChars(
    url
      .toLowerCase()
      .replace(/^https?:\/\//, "")
      .replace(/^www\./, ""),
    "/",
  );
}

export function detectUrls(text: string, baseUrl?: string): Proposal[] {
  const origin = snapshotOriginOf(text);
  const found: Proposal[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(URL_PATTERN)) {
    if (found.length >= MAX_MATCHES) break;
    const next = text[m.index + m[0].length] ?? "";
    // A Markdown link target ends at its ")": a final "?" or "." there is part of the address.
    const raw = next === ")" && text[m.index - 1] === "(" ? m[0] : trimUrl(m[0], next);
    taken.push([m.index, m.index + raw.length]);
    if (raw.includes("email-protection")) continue;
    const url = unwrapped(unarchiveUrl(raw.replaceAll("\\_", "_"), origin));
    found.push({ kind: "url", url, span: spanOf(text, m.index, m.index + raw.length), sentence: sentenceAround(text, m.index, m.index + raw.length) });
  }
  if (baseUrl) {
    for (const m of text.matchAll(RELATIVE_LINK)) {
      if (found.length >= MAX_MATCHES) break;
      const url = resolvedAgainst(m[1] ?? "", baseUrl);
      const start = m.index + 2;
      const end = start + (m[1] ?? "").length;
      if (url) found.push({ kind: "url", url, span: spanOf(text, start, end), sentence: sentenceAround(text, start, end) });
    }
  }
  for (const m of text.matchAll(BARE)) {
    if (found.length >= MAX_MATCHES) break;
    const raw = trimUrl(m[0], text[m.index + m[0].length] ?? "");
    if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
    // Markdown link text ("[netflix.com/legal/corpinfo](https://help.netflix.com/...)"): the target counts.
    if (text.startsWith("](http", m.index + m[0].length) || text.startsWith("](mailto", m.index + m[0].length)) continue;
    found.push({
      kind: "url",
      url: `https://${raw}`,
      span: spanOf(text, m.index, m.index + raw.length),
      sentence: sentenceAround(text, m.index, m.index + raw.length),
    });
  }
  return found;
}
