// Renders an email template once per shape and fills it for every message of that shape: React and
// the HTML-to-text conversion cost milliseconds a message, a fill a few microseconds. Generic over
// templates: any (message) => { subject, html, text } renderer, for any kind and locale.
//
// How: every string in the message is swapped for a marker (one per line), the template renders the
// markers, and the output is cut at them. A message's shape is everything but those strings (kinds,
// flags, counts, how many lines each string has, and the values kept as they are: see `keep`), so two
// messages of one shape render the same output around their strings. The first message of a shape is
// rendered in full too and must equal its fill, or that shape is always rendered in full: a template
// that transforms a string in a way the fill cannot copy stays correct, just not faster.

export type RenderedParts = { subject: string; html: string; text: string };

type Segment = string | { index: number; upper: boolean };
type Skeleton = { [K in keyof RenderedParts]: Segment[] };

const OPEN = "\uE000";
const CLOSE = "\uE001";
// Markers are letters, so a part that upper-cases text (html-to-text does, for headings) is seen.
const MARKER = /\uE000([a-zA-Z]+)\uE001/g;

const marker = (index: number) => `${OPEN}${index.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)))}${CLOSE}`;
const markerIndex = (letters: string) =>
  parseInt(
    letters.toLowerCase().replace(/./g, (c) => (c.charCodeAt(0) - 97).toString(26)),
    26,
  );

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c]!);
// html-to-text folds runs of spaces; a value keeps its line breaks as separate markers.
const asText = (value: string) => value.replace(/[ \t\f\r\u200b]+/g, " ");

type Placeheld<M> = { message: M; values: string[]; shape: string };

function placehold<M>(message: M, keep: (value: string, key: string) => boolean): Placeheld<M> {
  const values: string[] = [];
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === "string") {
      if (value === "" || keep(value, key)) return value;
      return value
        .split("\n")
        .map((line) => (line === "" ? "" : (values.push(line), marker(values.length - 1))))
        .join("\n");
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value instanceof Date) return value;
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  const held = walk(message, "") as M;
  return { message: held, values, shape: JSON.stringify(held) };
}

function cut(output: string, count: number): Segment[] | null {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of output.matchAll(MARKER)) {
    const index = markerIndex(match[1]!);
    const upper = match[1] === match[1]!.toUpperCase() && match[1] !== match[1].toLowerCase();
    if (!(index < count)) return null;
    segments.push(output.slice(last, match.index), { index, upper });
    last = match.index + match[0].length;
  }
  const rest = output.slice(last);
  // A marker cut in half (truncated, or changed) would leak into the mail.
  if (rest.includes(OPEN) || rest.includes(CLOSE) || segments.some((s) => typeof s === "string" && (s.includes(OPEN) || s.includes(CLOSE)))) return null;
  segments.push(rest);
  return segments;
}

function fill(segments: Segment[], values: string[], encode: (value: string) => string): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "string") out += segment;
    else {
      const value = encode(values[segment.index]!);
      out += segment.upper ? value.toUpperCase() : value;
    }
  }
  return out;
}

function fillAll(skeleton: Skeleton, values: string[]): RenderedParts {
  return { subject: fill(skeleton.subject, values, (v) => v), html: fill(skeleton.html, values, escapeHtml), text: fill(skeleton.text, values, asText) };
}

export type FilledTemplateOptions<M> = {
  /** What selects the template (e.g. kind and locale); the shape is added to it. */
  key: (message: M) => string;
  /** Strings that stay in the message as they are and in the key: values the template parses or chooses by (dates, a locale). */
  keep?: (value: string, key: string) => boolean;
  /** Shapes remembered; past this the cache starts over. */
  max?: number;
};

export type FilledRenderer<M> = ((message: M) => Promise<RenderedParts>) & { stats: () => { shapes: number; filled: number; rendered: number } };

export function filledTemplate<M>(render: (message: M) => Promise<RenderedParts>, options: FilledTemplateOptions<M>): FilledRenderer<M> {
  const cache = new Map<string, Skeleton | "render">();
  const keep = options.keep ?? (() => false);
  const max = options.max ?? 500;
  let filled = 0;
  let rendered = 0;
  // A sweep renders a batch at once: the first message of a shape learns it, the rest wait and fill.
  const learning = new Map<string, Promise<unknown>>();
  const renderer = async (message: M): Promise<RenderedParts> => {
    const held = placehold(message, keep);
    const key = `${options.key(message)}\u0000${held.shape}`;
    let known = cache.get(key);
    while (!known && learning.has(key)) {
      await learning.get(key);
      known = cache.get(key);
    }
    if (known && known !== "render") {
      filled += 1;
      return fillAll(known, held.values);
    }
    rendered += 1;
    if (known) return render(message);
    const learned = learn(message, held, key);
    learning.set(
      key,
      learned.catch(() => undefined),
    );
    try {
      return await learned;
    } finally {
      learning.delete(key);
    }
  };
  async function learn(message: M, held: Placeheld<M>, key: string): Promise<RenderedParts> {
    const full = await render(message);
    if (cache.size >= max) cache.clear();
    const parts = await render(held.message);
    const n = held.values.length;
    const subject = cut(parts.subject, n);
    const html = cut(parts.html, n);
    const text = cut(parts.text, n);
    const skeleton = subject && html && text ? { subject, html, text } : null;
    const same = skeleton && (({ subject: s, html: h, text: t }) => s === full.subject && h === full.html && t === full.text)(fillAll(skeleton, held.values));
    cache.set(key, same ? skeleton : "render");
    return full;
  }
  return Object.assign(renderer, { stats: () => ({ shapes: cache.size, filled, rendered }) });
}
