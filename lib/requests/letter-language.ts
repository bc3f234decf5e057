import { acceptedLanguages, offeredLanguages, type LanguageOffer, type LetterLanguage } from "@/lib/letters/languages";
import { requestLanguages } from "@/lib/letters/templates";
import type { DraftData } from "./draft-data";
import { effectiveRights, regimeOf } from "./wizard-steps";

export type LanguageChoice = {
  /** The language the review shows: the user's saved choice, else the company's or the requester's language where a letter for this law exists in it. */
  chosen: LetterLanguage;
  /** Languages with a letter for this law and these rights, those with a reason first. */
  offers: LanguageOffer[];
};

/**
 * The letter languages to offer on the review step, from the requester's browser languages, the
 * company's request language in the catalogue, and the country they live in.
 */
export function letterLanguageChoice(data: DraftData, sources: { acceptLanguage: string | null; companyLanguage?: string | undefined }): LanguageChoice {
  const regime = regimeOf(data);
  const written = regime ? requestLanguages(regime.id, effectiveRights(data)) : ["en" as const];
  const offers = offeredLanguages({
    requester: acceptedLanguages(sources.acceptLanguage),
    ...(sources.companyLanguage ? { company: sources.companyLanguage } : {}),
    ...(data.location ? { country: data.location.country, ...(data.location.state ? { state: data.location.state } : {}) } : {}),
  }).filter((offer) => written.includes(offer.language));
  // The company's language first (it reads the letter), then the requester's own; the country alone
  // only suggests, since where someone lives does not say which language they write.
  const suggested = offers.find((offer) => offer.why.includes("company") || offer.why.includes("requester"))?.language ?? "en";
  return { chosen: data.language ?? suggested, offers };
}
