import type { RightId } from "@/lib/law/types";

const MAX_PART = 40;

/** A file-name part from any name: ASCII letters and digits joined by hyphens ("Zalando SE" → "zalando-se"). */
export function fileNamePart(text: string): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let part = "";
  for (const word of words) {
    const next = part ? `${part}-${word}` : word;
    if (next.length > MAX_PART) break;
    part = next;
  }
  return part || (words[0] ?? "").slice(0, MAX_PART);
}

/**
 * What a downloaded letter is called: the company, what it asks and the letter's date, so a folder
 * of them reads as a record ("netflix-access-deletion-2026-12-02.pdf" rather than "request.pdf").
 */
export function letterFileName({ company, what, date }: { company: string; what: string | readonly RightId[]; date: string }): string {
  const asked = typeof what === "string" ? fileNamePart(what) : [...new Set(what)].map(fileNamePart).join("-");
  return [fileNamePart(company) || "letter", asked, /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : ""].filter(Boolean).join("-");
}
