import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

// Every message is sent to the browser with each page that has a client component reading it. The
// wizard's and the tracker's (two thirds of the whole) only go with their own pages: the root layout
// leaves them out and the layouts of /requests and /dashboard add them back. A namespace that is
// neither here nor there reaches every page, so a new client component never meets a raw key.
const PAGE_SCOPED = ["wizard", "tracking"];
const SERVER_ONLY = ["emails", "home"];

export async function ClientMessages({ scope, children }: { scope: "site" | "tracker"; children: ReactNode }) {
  const messages = await getMessages();
  const left = scope === "site" ? [...PAGE_SCOPED, ...SERVER_ONLY] : SERVER_ONLY;
  const picked = Object.fromEntries(Object.entries(messages).filter(([namespace]) => !left.includes(namespace)));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
