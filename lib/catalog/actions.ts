"use server";

import { redirect } from "next/navigation";
import { startDraftAction } from "@/lib/requests/actions";

/** The search results' plain form (it works without JavaScript): the wizard's first step for the chosen company. */
export async function startCompanyDraftAction(formData: FormData): Promise<void> {
  const service = formData.get("service");
  const failure = await startDraftAction({ service: typeof service === "string" ? service : "" });
  if (failure) redirect(`/requests/new?problem=${encodeURIComponent(failure.reason)}`);
}
