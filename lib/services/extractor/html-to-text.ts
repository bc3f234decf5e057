// HTML to plain text by one pass over the string: an uploaded policy is never parsed into a DOM,
// never rendered, and nothing of its markup survives. Link targets are kept as text because the
// extractor needs them (mailto:, Cloudflare email-protection, self-service pages). Every step moves
// forward and no character is read twice, so the time grows with the length of the input alone.

const DROP_WITH_CONTENT = ["script", "style", "noscript", "template", "svg", "iframe", "object", "head"] as const;
const BLOCK = new Set(
  "p div br li ul ol tr table h1 h2 h3 h4 h5 h6 section article header footer nav main aside blockquote pre dd dt dl hr title form fieldset figure figcaption address".split(
    " ",
  ),
);
const CLOSING = new Map(DROP_WITH_CONTENT.map((name) => [name as string, new RegExp(`</${name}\\s*>`, "gi")]));

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  mdash: "—",
  ndash: "–",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  copy: "©",
  reg: "®",
  trade: "™",
  rarr: "→",
  larr: "←",
  middot: "·",
  bull: "•",
  laquo: "«",
  raquo: "»",
  eacute: "é",
  euro: "€",
};

export function countScripts(html: string): number {
  return (html.match(/<script\b/gi) ?? []).length;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,10}|[a-z]{1,32});/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const valid = Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : "\ufffd";
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 58) || c === 45; // digits, ":" and "-"
const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f";

type Tag = { name: string; closing: boolean; attrs: string; end: number };

/** The tag starting at `at` ("<"), or null where the "<" is prose ("a < b"). Quoted values may hold ">". */
function readTag(html: string, at: number): Tag | null {
  let j = at + 1;
  const closing = html[j] === "/";
  if (closing) j++;
  const nameStart = j;
  if (!isLetter(html.charCodeAt(j))) return null;
  while (j < html.length && isNameChar(html.charCodeAt(j))) j++;
  const name = html.slice(nameStart, j).toLowerCase();
  let k = j;
  while (k < html.length) {
    const c = html[k];
    if (c === ">") return { name, closing, attrs: html.slice(j, k), end: k + 1 };
    if (c === '"' || c === "'") {
      const close = html.indexOf(c, k + 1);
      if (close === -1) break;
      k = close + 1;
    } else k++;
  }
  // Unterminated: a browser reads the rest of the document as this tag.
  return { name, closing, attrs: html.slice(j), end: html.length };
}

/** An attribute's value from a tag's attribute text, by one scan. */
function attribute(attrs: string, wanted: string): string | null {
  let k = 0;
  while (k < attrs.length) {
    while (k < attrs.length && (isSpace(attrs[k]) || attrs[k] === "/")) k++;
    const nameStart = k;
    while (k < attrs.length && !isSpace(attrs[k]) && attrs[k] !== "=" && attrs[k] !== "/") k++;
    const name = attrs.slice(nameStart, k).toLowerCase();
    while (k < attrs.length && isSpace(attrs[k])) k++;
    let value: string | null = null;
    if (attrs[k] === "=") {
      k++;
      while (k < attrs.length && isSpace(attrs[k])) k++;
      const quote = attrs[k];
      if (quote === '"' || quote === "'") {
        const close = attrs.indexOf(quote, k + 1);
        const end = close === -1 ? attrs.length : close;
        value = attrs.slice(k + 1, end);
        k = end + 1;
      } else {
        const start = k;
        while (k < attrs.length && !isSpace(attrs[k])) k++;
        value = attrs.slice(start, k);
      }
    }
    if (name === wanted) return decodeEntities(value ?? "");
    if (k === nameStart) k++;
  }
  return null;
}

function linkTarget(attrs: string, baseUrl?: string): string | null {
  const cf = attribute(attrs, "data-cfemail");
  if (cf) return `email-protection#${cf}`;
  const href = attribute(attrs, "href")?.trim();
  if (!href) return null;
  if (/^(?:https?:|mailto:|\/cdn-cgi\/l\/email-protection#)/i.test(href)) return href;
  return baseUrl && !href.startsWith("#") ? resolved(href, baseUrl) : null;
}

// A relative link of a fetched page ("/settings/privacy", "../rights") read against the page's address.
function resolved(href: string, baseUrl: string): string | null {
  try {
    const url = new URL(href, baseUrl);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Where a comment, CDATA section or declaration starting at `at` ends, or -1 where `at` starts none. */
function skipSpecial(html: string, at: number): number {
  const close = (marker: string, from: number) => {
    const found = html.indexOf(marker, from);
    return found === -1 ? html.length : found + marker.length;
  };
  if (html.startsWith("<!--", at)) return close("-->", at + 4);
  if (html.slice(at, at + 9).toUpperCase() === "<![CDATA[") return close("]]>", at + 9);
  if (html[at + 1] === "!" || html[at + 1] === "?") return close(">", at + 2);
  return -1;
}

/** Text of an HTML document, with script, style and similar elements dropped. */
export function htmlToText(html: string, { baseUrl }: { baseUrl?: string } = {}): { text: string; removedElements: number } {
  const out: string[] = [];
  const openLinks: { name: string; target: string | null }[] = [];
  let removed = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    const special = skipSpecial(html, lt);
    if (special !== -1) {
      out.push(" ");
      i = special;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      out.push("<");
      i = lt + 1;
      continue;
    }
    i = tag.end;
    const closingPattern = tag.closing ? undefined : CLOSING.get(tag.name);
    if (closingPattern) {
      // An unclosed element runs to the end of the input, as a browser would treat it.
      closingPattern.lastIndex = i;
      const end = closingPattern.exec(html);
      i = end ? end.index + end[0].length : html.length;
      removed++;
      out.push(" ");
    } else if (tag.name === "a" || tag.name === "span") {
      out.push(closeOrOpenLink(tag, openLinks, baseUrl));
    } else out.push(BLOCK.has(tag.name) ? "\n" : " ");
  }
  const text = decodeEntities(out.join(""))
    .split("\n")
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, removedElements: removed };
}

// A link's target follows its text: "our DPO (mailto:dpo@example.org)". A span only matters when
// it carries a Cloudflare-encoded address; otherwise it separates words like any inline tag.
function closeOrOpenLink(tag: Tag, openLinks: { name: string; target: string | null }[], baseUrl?: string): string {
  if (!tag.closing) {
    const target = linkTarget(tag.attrs, baseUrl);
    openLinks.push({ name: tag.name, target });
    return tag.name === "span" && !target ? " " : "";
  }
  const index = openLinks.findLastIndex((link) => link.name === tag.name);
  if (index === -1) return " ";
  const [link] = openLinks.splice(index, 1);
  if (link?.target) return ` (${link.target})`;
  return tag.name === "span" ? " " : "";
}
