"use server";

import { loadCurrentUser } from "@/lib/auth/session";
import { isWorkerFailure, runOffThread } from "@/lib/workers/off-thread";
import { buildCustomRecord, type BuildFailure } from "./build-record";
import { createCustomService, deleteCustomService } from "./mutations";
import { customServiceIdSchema, saveCustomServiceSchema, type SaveCustomServiceInput } from "./schema";

export type SaveResult = { ok: true; id: string } | { ok: false; reason: "signed-out" | "invalid" | "busy" | BuildFailure };
export type DeleteResult = { ok: true } | { ok: false; reason: "signed-out" | "not-found" };

export async function saveCustomServiceAction(input: SaveCustomServiceInput): Promise<SaveResult> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  const parsed = saveCustomServiceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  // The text is read again off the request thread: the size was checked by the schema first.
  const analysis = await runOffThread({ kind: "analyse-policy", input: { kind: "text", text: parsed.data.sourceText, format: "text" } });
  if (isWorkerFailure(analysis)) return { ok: false, reason: "busy" };
  const built = buildCustomRecord(parsed.data, analysis);
  if (!built.ok) return built;
  const { name, sourceText, sourceName } = parsed.data;
  const { id } = await createCustomService(user.id, { name, slug: built.slug, record: built.record, sourceText, sourceName });
  return { ok: true, id };
}

export async function deleteCustomServiceAction(id: string): Promise<DeleteResult> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  const parsed = customServiceIdSchema.safeParse(id);
  if (!parsed.success) return { ok: false, reason: "not-found" };
  return (await deleteCustomService(user.id, parsed.data)) ? { ok: true } : { ok: false, reason: "not-found" };
}
