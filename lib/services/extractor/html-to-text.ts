// HTML to plain text by string processing: an uploaded policy is never parsed into a DOM, never
// rendered, and nothing of its markup survives. Link targets are kept as text because the
// extractor needs them (mailto:, Cloudflare email-protection, self-service pages).

const DROP_WITH_CONTENT = ["script", "style", "noscript", "template", "svg", "iframe", "object", "head"];
const BLOCK = /^(?:p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|header|footer|nav|main|aside|blockquote|pre|dd|dt|dl|hr|title|form|fieldset|figure|figcaption|address)$/i;
// A tag, allowing ">" inside quoted attribute values.
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", mdash: "—", ndash: "–",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…", copy: "©", reg: "®", trade: "™",
  rarr: "→", larr: "←", middot: "·", bull: "•", laquo: "«", raquo: "»", eacute: "é", euro: "€",
};

export function countScripts(html: string): number {
  return (html.match(/<script\b/gi) ?? []).length;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const valid = Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : "\ufffd";
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? "") : null;
}

function dropElements(html: string): { html: string; removed: number } {
  let removed = 0;
  let out = html.replace(/<!doctype[^>]*>/gi, " ").replace(/<!--[\s\S]*?(?:-->|$)/g, " ").replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, " ");
  for (const name of DROP_WITH_CONTENT) {
    // An unclosed element runs to the end of the input, as a browser would treat it.
    const re = new RegExp(`<${name}\\b(?:"[^"]*"|'[^']*'|[^'">])*>[\\s\\S]*?(?:<\\/${name}\\s*>|$)`, "gi");
    out = out.replace(re, () => {
      removed++;
      return " ";
    });
  }
  return { html: out, removed };
}

function linkTarget(attrs: string): string | null {
  const cf = attribute(attrs, "data-cfemail");
  if (cf) return `email-protection#${cf}`;
  const href = attribute(attrs, "href");
  return href && /^(?:https?:|mailto:|\/cdn-cgi\/l\/email-protection#)/i.test(href) ? href : null;
}

/** Text of an HTML document, with script, style and similar elements dropped. */
export function htmlToText(html: string): { text: string; removedElements: number } {
  const { html: cleaned, removed } = dropElements(html);
  const withLinks = cleaned.replace(
    /<(a|span)\b((?:"[^"]*"|'[^']*'|[^'">])*)>([\s\S]*?)<\/\1\s*>/gi,
    (whole, name: string, attrs: string, inner: string) => {
      const target = linkTarget(attrs);
      if (!target) return name.toLowerCase() === "a" ? inner : whole;
      return `${inner} (${target})`;
    },
  );
  const withoutTags = withLinks.replace(TAG, (_tag, name: string) => (BLOCK.test(name) ? "\n" : " "));
  // Whatever is still tag-shaped (broken markup) goes too; a lone "<" in prose stays as text.
  const text = decodeEntities(withoutTags.replace(/<\/?[a-zA-Z][^>]*>/g, " "))
    .split("\n")
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, removedElements: removed };
}
