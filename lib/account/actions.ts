"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { loadCurrentUser } from "@/lib/auth/session";
import { issuesIn } from "@/lib/i18n/validation";
import { deleteAccount } from "./mutations";
import { deleteAccountSchemaFor } from "./schema";

export type DeleteAccountFailure = { ok: false; reason: "signed-out" | "invalid"; issues?: { path: string; message: string }[] };

export async function deleteAccountAction(input: unknown): Promise<DeleteAccountFailure | undefined> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  const parsed = deleteAccountSchemaFor(user.email).safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", issues: await issuesIn(parsed.error) };
  await deleteAccount(user.id);
  // The session row went with the user; drop the cookie too so the browser forgets it at once.
  const jar = await cookies();
  for (const cookie of jar.getAll()) if (cookie.name.includes("next-auth.session-token")) jar.delete(cookie.name);
  redirect("/account/deleted");
}
