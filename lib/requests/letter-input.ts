import type { LetterInput, LetterLanguage, LetterSpecifics } from "@/lib/letters/types";
import type { ServiceRecord } from "@/lib/services/types";
import type { DraftData } from "./draft-data";
import { holidayRegionOfRecord } from "./establishment";
import { effectiveRights, regimeOf, SPECIFIC_RIGHTS } from "./wizard-steps";

/** The letter a draft asks for, once rights, location and details are answered; null before. */
export function letterInputFor(record: ServiceRecord, data: DraftData, date: string, language?: LetterLanguage): LetterInput | null {
  const regime = regimeOf(data);
  const rights = effectiveRights(data);
  if (!regime || rights.length === 0 || !data.details || !data.location) return null;
  const { name, email, postalAddress, accountEmail, username, otherIdentifiers } = data.details;
  const specifics: LetterSpecifics = {};
  for (const right of SPECIFIC_RIGHTS) {
    const section = data.specifics?.[right];
    if (section && rights.includes(right)) Object.assign(specifics, { [right]: section });
  }
  return {
    service: record,
    regime: regime.id,
    rights,
    language: language ?? data.language ?? "en",
    requester: {
      name,
      email,
      ...(postalAddress ? { postalAddress } : {}),
      ...(accountEmail ? { accountEmail } : {}),
      ...(username ? { username } : {}),
      ...(otherIdentifiers?.length ? { otherIdentifiers } : {}),
    },
    specifics,
    date,
    requesterCountry: data.location.country,
    ...(holidayRegionOfRecord(regime.id, record) ? { holidayRegion: holidayRegionOfRecord(regime.id, record) } : {}),
  };
}
