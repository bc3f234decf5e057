import type { Quality, RequiredElement, Transport } from "./schema";

export const QUALITY_LABELS: Record<Quality, { label: string; tone: "ok" | "warn" | ""; meaning: string }> = {
  tested: { label: "tested", tone: "ok", meaning: "someone has sent a request with these details and it worked" },
  verified: { label: "verified", tone: "ok", meaning: "a person checked these details on the company's own website" },
  imported: { label: "imported", tone: "", meaning: "taken from another data set and checked by a person outside the project" },
  scraped: { label: "scraped", tone: "warn", meaning: "collected by a program and not yet checked by a person: double-check before you rely on it" },
};

export const TRANSPORT_LABELS: Record<Transport, string> = { email: "email", letter: "post", fax: "fax", webform: "its web form" };

export const ELEMENT_LABELS: Record<RequiredElement["type"], string> = {
  input: "a detail",
  textarea: "a description",
  email: "an email address",
  address: "your postal address",
  name: "your name",
  birthdate: "your date of birth",
};

/** Language codes the dataset uses for request languages, named in English. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
