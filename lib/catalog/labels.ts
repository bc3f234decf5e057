import type { Quality } from "./schema";

/** How a record's quality is marked; its name and meaning are in services.catalog.quality. */
export const QUALITY_TONES: Record<Quality, "ok" | "warn" | ""> = { tested: "ok", verified: "ok", imported: "", scraped: "warn" };

/** Language codes the dataset uses for request languages, named in the reader's language. */
export function languageName(code: string, locale = "en"): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
