// Policies are stored byte for byte as captured, Markdown and mis-decodings included, because
// every citation points into them by offset. What a reader sees is repaired here, for display only.

/** UTF-8 read as Windows-1252, as found in the captures: the bytes' wrong reading and the right one. */
const MOJIBAKE: readonly (readonly [string, string])[] = [
  ["â€”", "—"],
  ["â€“", "–"],
  ["â€™", "’"],
  ["â€˜", "‘"],
  ["â€œ", "“"],
  ["â€\u009d", "”"],
  ["â€¦", "…"],
  ["â€¢", "•"],
  ["Â©", "©"],
  ["Â®", "®"],
  ["Â\u00a0", "\u00a0"],
  ["Ã©", "é"],
  ["Ã¨", "è"],
  ["Ã¼", "ü"],
  ["Ã¶", "ö"],
  ["Ã¤", "ä"],
  ["ÃŸ", "ß"],
];

export function repairMojibake(text: string): string {
  if (!text.includes("â") && !text.includes("Â") && !text.includes("Ã")) return text;
  let out = text;
  for (const [wrong, right] of MOJIBAKE) out = out.split(wrong).join(right);
  return out;
}

/**
 * Markdown links written out as "label (address)", or the label alone when it is the address.
 * One pass: each step moves past a "](", and a label cannot hold "[", so its "[" is the last before it.
 */
function plainLinks(text: string): string {
  let out = "";
  let at = 0;
  let end = -1;
  for (;;) {
    const close = text.indexOf("](", at);
    if (close === -1) break;
    const before = text.slice(at, close);
    let open = before.lastIndexOf("[");
    // One level of brackets inside a label: "[[email protected]](…)".
    if (open > 0 && before[open - 1] === "[" && before.endsWith("]")) open -= 1;
    // The next ")" is looked up again only once it lies behind: every search starts further on.
    if (end < close + 2) end = text.indexOf(")", close + 2);
    if (end === -1) break;
    const label = open === -1 ? "" : before.slice(open + 1);
    const url = text.slice(close + 2, end);
    if (open === -1 || label.length === 0 || label.includes("\n") || label.slice(1, -1).includes("[") || url.length === 0 || /\s/.test(url)) {
      out += text.slice(at, close + 2);
      at = close + 2;
      continue;
    }
    const bare = url.replace(/^https?:\/\//, "").replace(/\/$/, "");
    out += before.slice(0, open) + (label === url || label === bare ? label : `${label} (${url})`);
    at = end + 1;
  }
  return out + text.slice(at);
}

/**
 * A policy's text as a reader should see it: Markdown emphasis, heading marks and links written
 * as plain text, list stars as bullets, known mis-decodings repaired.
 */
export function policyDisplayText(text: string): string {
  const lines = repairMojibake(text)
    .split("\n")
    .map((line) => {
      const heading = /^ {0,3}#{1,6} +/.exec(line);
      const unheaded = heading ? line.slice(heading[0].length) : line;
      const bullet = /^(\s*)[*+] +/.exec(unheaded);
      return bullet ? `${bullet[1]}• ${unheaded.slice(bullet[0].length)}` : unheaded;
    });
  return plainLinks(lines.join("\n").split("**").join(""));
}
