import { lineStartNear, MAX_MATCHES, sentenceAround, spanOf } from "./text-spans";
import type { Proposal } from "./types";

// A postal address is found by its end, the part every format shares: a US state and ZIP code
// ("CA 94041"), a postcode and town ("75009 Paris", "L-1912 Luxembourg"), a UK postcode, or a
// Dublin district. From there it reads back over at most three short parts (split at commas and
// line breaks) until it meets the street: a house number first ("42 N. Chestnut St.") or last
// ("Europa-Allee 70-76"), and forward over a town and a country.
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/g;
const ANCHORS = [
  /\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b/g,
  // A Dutch postcode has two letters after its digits: "1118 BG Schiphol".
  /(?<![\w.-])(?:[A-Z]{1,2}-)?\d{4,5}\s(?:[A-Z]{2}\s)?(?:[A-Z][a-zà-ÿ]+|[A-ZÀ-Ý]{3,})(?:[ -](?:am|an|de|les|sur|[A-Z][a-zà-ÿ]+)){0,3}\b/g,
  UK_POSTCODE,
  /\bDublin\s\d{1,2}\b/g,
];

// Country names as policies write them after a town, in English, German and French (several words each where they have them).
const COUNTRIES = new Set(
  "germany,deutschland,france,ireland,switzerland,schweiz,suisse,luxembourg,netherlands,belgium,belgique,spain,españa,italy,italia,austria,österreich,sweden,denmark,norway,finland,poland,portugal,canada,usa,u.s.a.,uk,singapore,japan,australia,états-unis,etats-unis,royaume-uni,irlande,allemagne,pays-bas,espagne,italie,autriche,suède,irland,niederlande,frankreich,spanien,italien,united states of america,united states,united kingdom,vereinigte staaten,vereinigtes königreich".split(
    ",",
  ),
);
const SECONDARY = /^(?:suite|ste\.?|floor|fl\.|unit|apt\.?|room|building|bldg\.?|p\.?o\.? box|box|\d{1,3}(?:st|nd|rd|th) (?:floor|fl\.?))\b/i;
const NUMBER_FIRST = /(?<![\w-])\d{1,5}[a-z]?(?:-\d{1,5})?,?\s(?:[NSEW]\.?\s)?\p{L}/u;
const NUMBER_LAST = /\p{L}\.?\s\d{1,5}[a-z]?(?:-\d{1,5}[a-z]?)?$/u;
const MAX_PART = 48;
// Words around an address that say it is one to write to, not a processor's seat.
const CONTACT =
  /\b(?:contact|write|writing|post|postal|mail|address|attn|att|attention|registered office|domiciled|headquarter\w*|located at|send|officer|controller|representative|questions|kontakt|anschrift|adresse|courrier|Vertreter|représentant)\b|[Éé]cri(?:re|vez)\b|@/i;
// A box number stands for the street: "P.O. Box 1688", "PO Box 12", "Postfach 10 06 01", "BP 123".
const BOX = /^(?:p\.?\s?o\.?\s?box|post office box|postfach|bp|case postale)\s\d/i;
// The words before an address, back to the blank line above it or, for an address that opens its
// block ("DB Regio AG  \nEurope-Allee ..."), the block before that.
const OPENING = 100;

type Part = { start: number; end: number };

// The part of the text between separators (", ", " – ", ": ", a line break) that ends at `end`.
function partBefore(text: string, end: number): Part | null {
  let i = end;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "," || text[i - 1] === "\u00a0")) i--;
  if (i > 0 && text[i - 1] === "\n") {
    i--;
    while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\u00a0")) i--;
    if (i > 0 && text[i - 1] === "\n") {
      // A blank line ends the block, unless the capture put each line of the address in its own
      // paragraph ("605 Castro Street\n\nMountain View, CA 94041"): a short line without a full stop or colon.
      i--;
      while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\u00a0")) i--;
      const lineStart = lineStartNear(text, i - 1, MAX_PART + 2);
      const line = text.slice(Math.max(lineStart, i - MAX_PART - 1), i).trim();
      if (i - lineStart > MAX_PART || line === "" || /[.:]$/.test(line)) return null;
    }
  }
  const partEnd = i;
  let s = partEnd;
  while (s > 0 && partEnd - s <= 200) {
    const c = text[s - 1];
    if (c === "\n" || c === "," || c === "(" || c === ";" || c === ":" || c === "–" || c === "—") break;
    if (c === " " && text.startsWith(" at ", s - 1)) break;
    s--;
  }
  while (s < partEnd && /\s/.test(text[s] ?? "")) s++;
  return s < partEnd ? { start: s, end: partEnd } : null;
}

/** Where the street begins inside a part, or -1 when the part holds no street. */
function streetStart(text: string, part: Part): number {
  const value = text.slice(part.start, part.end);
  if (BOX.test(value)) return part.start;
  if (SECONDARY.test(value)) return -1;
  const first = NUMBER_FIRST.exec(value);
  if (first) return part.start + first.index;
  return NUMBER_LAST.test(value) && value.length <= MAX_PART ? part.start : -1;
}

function isShortName(value: string): boolean {
  return value.length > 0 && value.length <= 30 && /^\p{Lu}/u.test(value) && !/\d{3}/.test(value);
}

const isBlank = (c: string | undefined) => c === " " || c === "\u00a0";

// The next part after `at` when it follows ", " or a line break: a short run of letters, spaces and dots.
function nextPart(text: string, at: number): { word: string; end: number } | null {
  let i = at;
  while (isBlank(text[i])) i++;
  const separator = text[i];
  if (separator !== "," && separator !== "\n") return null;
  i++;
  while (isBlank(text[i])) i++;
  // "1118 BG Schiphol,  \nNetherlands": a comma that ends its line.
  if (text[i] === "\n" && separator === ",") {
    i++;
    while (isBlank(text[i])) i++;
  }
  const start = i;
  while (i < text.length && i - start <= 30 && /[\p{L} .-]/u.test(text[i] ?? "") && text[i] !== ".") i++;
  const word = text.slice(start, i).trim();
  const stop = text[i];
  const ends = stop === undefined || stop === "," || stop === "." || stop === "\n";
  return word.length >= 2 && ends ? { word, end: start + text.slice(start, i).trimEnd().length } : null;
}

// After the town: ", Geneva, Switzerland" or a line "Germany".
function extendForward(text: string, end: number): number {
  // "London SE1 7TL United Kingdom": a country after the postcode with only a space between.
  const spaced = SPACED_COUNTRY.exec(text.slice(end, end + 40));
  if (spaced?.[1] && COUNTRIES.has(spaced[1].toLowerCase())) return end + spaced[0].length;
  const first = nextPart(text, end);
  if (!first) return end;
  if (COUNTRIES.has(first.word.toLowerCase())) return first.end;
  if (!isShortName(first.word)) return end;
  const second = nextPart(text, first.end);
  return second && COUNTRIES.has(second.word.toLowerCase()) ? second.end : end;
}

const SPACED_COUNTRY = /^[ \u00a0]([\p{L}][\p{L} .-]{1,29}?)(?=[ \u00a0]*(?:[,.\n]|$))/u;

// Words that name a person or a team on an envelope, not a place.
const ADDRESSEE = /\b(?:c\/o|attn|attention|officer|team|dpo|department|privacy|legal|ltd|limited|inc|llc|gmbh|plc|ag|sa|bv)\b/i;

function addressAt(text: string, anchorStart: number, anchorEnd: number, postcodeOnly: boolean): { start: number; end: number } | null {
  let partEnd = anchorStart;
  let earliest = -1;
  const end = () => extendForward(text, anchorEnd);
  // The anchor's own part may hold the town too ("Suite 120-223 Mountain View, CA 94041"). A UK
  // address may have no house number at all: "St James' Hall, Mill Road, Lancing, West Sussex, BN15 0PT".
  for (let step = 0; step < (postcodeOnly ? 7 : 4); step++) {
    const part = step === 0 ? { start: partBefore(text, anchorEnd)?.start ?? anchorStart, end: anchorStart } : partBefore(text, partEnd);
    if (!part) break;
    const street = part.end > part.start ? streetStart(text, part) : -1;
    if (street !== -1) return { start: withBuilding(text, street), end: end() };
    const value = text.slice(part.start, part.end);
    if (step > 0 && ((!isShortName(value) && !SECONDARY.test(value)) || ADDRESSEE.test(value))) break;
    if (step > 0) earliest = part.start;
    partEnd = part.start;
  }
  // A UK postcode is enough on its own: "Floor 6 C, London Broadcasting House, W1A 1AA".
  return postcodeOnly && earliest !== -1 ? { start: earliest, end: end() } : null;
}

// "1 Television Centre, 101 Wood Lane": a numbered building or a suite before the street belongs to it.
function withBuilding(text: string, street: number): number {
  const previous = partBefore(text, street);
  if (!previous) return street;
  const value = text.slice(previous.start, previous.end);
  const numbered = NUMBER_FIRST.exec(value)?.index === 0 || SECONDARY.test(value) || (NUMBER_LAST.test(value) && !/^\d/.test(value));
  return numbered && value.length <= 30 && !ADDRESSEE.test(value) ? previous.start : street;
}

export function detectPostalAddresses(text: string): Proposal[] {
  const found: Proposal[] = [];
  const taken = new Set<number>();
  for (const anchor of ANCHORS) {
    for (const m of text.matchAll(anchor)) {
      if (found.length >= MAX_MATCHES) break;
      if (/^(?:19|20)\d\d\s/.test(m[0])) continue; // a year, not a postcode
      const address = addressAt(text, m.index, m.index + m[0].length, anchor === UK_POSTCODE);
      if (!address || address.end - address.start > 160) continue;
      // "domiciled at Route de la Galaise 32": the preposition is not part of the street.
      if (/^at\s/i.test(text.slice(address.start, address.start + 3))) address.start += 3;
      if (taken.has(address.start)) continue;
      taken.add(address.start);
      const sentence = sentenceAround(text, address.start, address.end);
      // Blank lines may hold spaces ("  \n  \n"): read them as "\n\n" to find the block above.
      const before = text.slice(Math.max(0, address.start - 300), address.start).replace(/\n[ \t\u00a0]+(?=\n)/g, "\n");
      // Short blocks above (a company name, "ATTN: Privacy" each in a paragraph of its own) belong to the address.
      let from = before.lastIndexOf("\n\n");
      for (let end = before.length, hops = 0; hops < 3 && from !== -1 && end - from < OPENING; hops++) {
        end = from;
        from = before.lastIndexOf("\n\n", from - 1);
      }
      const context = `${before.slice(from + 1)} ${sentence.quote}`;
      const value = text
        .slice(address.start, address.end)
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
        .map((line) => (line.endsWith(",") ? line.slice(0, -1) : line))
        .join(", ");
      found.push({ kind: "postal-address", address: value, contact: CONTACT.test(context), span: spanOf(text, address.start, address.end), sentence });
    }
  }
  return found;
}
