import "server-only";
import { getTranslations } from "next-intl/server";
import { dayFormat, type DayFormat } from "./format";

/** Dates and numbers for the page's language, in a server component. */
export async function getDayFormat(): Promise<DayFormat> {
  return dayFormat((await getTranslations("locale"))("dateLocale"));
}
