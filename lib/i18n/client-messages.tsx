import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

// Only the namespaces that client components read are sent to the browser, and the wizard's and the
// tracker's (the largest) only with their own pages: the layouts of /requests and /dashboard add
// them. Server components read every namespace on the server. client-messages.test.ts fails when a
// client component reads a namespace that is in neither list.
export const SITE_NAMESPACES = ["common", "locale", "rights", "signin", "reminders", "validation"] as const;
export const TRACKER_NAMESPACES = ["wizard", "tracking"] as const;
// The forms of custom services, catalogue corrections, the calendar feed and account deletion: their pages add it.
export const FORM_NAMESPACES = ["serviceForms"] as const;

export async function ClientMessages({ scope, children }: { scope: "site" | "tracker" | "forms"; children: ReactNode }) {
  const messages = await getMessages();
  const extra: readonly string[] = { site: [], tracker: TRACKER_NAMESPACES, forms: FORM_NAMESPACES }[scope];
  const sent: readonly string[] = [...SITE_NAMESPACES, ...extra];
  const picked = Object.fromEntries(Object.entries(messages).filter(([namespace]) => sent.includes(namespace)));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
