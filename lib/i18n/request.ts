import { getRequestConfig } from "next-intl/server";
import { loadMessages, supportedLocale } from "./catalog";
import { TIME_ZONE } from "./format";

// The locale comes from the [locale] segment (setRequestLocale) or, for a server action or a page that
// did not set it, from the header the proxy adds: never from cookies here, so pages can stay static.
export default getRequestConfig(async ({ requestLocale }) => {
  const locale = supportedLocale(await requestLocale);
  return {
    locale,
    messages: loadMessages(locale),
    timeZone: TIME_ZONE,
    formats: {
      dateTime: {
        long: { dateStyle: "long", timeZone: "UTC" },
        full: { dateStyle: "full", timeZone: "UTC" },
        short: { dateStyle: "medium", timeZone: "UTC" },
      },
    },
  };
});
