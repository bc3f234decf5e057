import { useTranslations } from "next-intl";
import { dayFormat, type DayFormat } from "./format";

/** Dates and numbers for the page's language, in a component (server or client). */
export function useDayFormat(): DayFormat {
  return dayFormat(useTranslations("locale")("dateLocale"));
}
