import { detectDates } from "./detect-dates";
import { detectDurations } from "./detect-durations";
import { detectEmails } from "./detect-emails";
import { detectLegalEntities } from "./detect-entity";
import { detectHowToAsk } from "./detect-how-to-ask";
import { detectPostalAddresses } from "./detect-postal";
import { detectStatements } from "./detect-statements";
import { detectJurisdictions, detectNotGoverned, detectRights } from "./detect-legal";
import { detectUrls } from "./detect-urls";
import type { PolicyFormat } from "./formats";
import { htmlToText } from "./html-to-text";
import { normalizeText } from "./text-spans";
import type { Extraction } from "./types";

/**
 * Proposes facts from any policy text, each with the span it came from. Pure: the caller has
 * validated the input (validatePolicyUpload / validatePolicyText) and decides what to keep.
 */
export function extractPolicy(input: string, { format, baseUrl }: { format: PolicyFormat; baseUrl?: string }): Extraction {
  const warnings: string[] = [];
  let text = normalizeText(input);
  if (format === "html") {
    const converted = htmlToText(text, { baseUrl });
    text = converted.text;
    if (converted.removedElements > 0) warnings.push(`${converted.removedElements} script, style or embedded element(s) were removed.`);
  }
  const jurisdictions = detectJurisdictions(text);
  const proposals = [
    ...detectEmails(text),
    ...detectUrls(text, baseUrl),
    ...detectDurations(text),
    ...detectRights(text, jurisdictions),
    ...jurisdictions,
    ...detectNotGoverned(text),
    ...detectDates(text),
    ...detectHowToAsk(text),
    ...detectPostalAddresses(text),
    ...detectStatements(text),
    ...detectLegalEntities(text),
  ].sort((a, b) => a.span.start - b.span.start);
  return { text, format, warnings, proposals };
}
