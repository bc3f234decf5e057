import "server-only";
import { getDb } from "@/lib/db/client";
import type { ServiceRecord } from "../types";

export type NewCustomService = { name: string; slug: string; record: ServiceRecord; sourceText: string; sourceName: string | null };

export async function createCustomService(userId: string, input: NewCustomService): Promise<{ id: string }> {
  const db = await getDb();
  return db.customService.create({
    data: { userId, ...input, record: input.record },
    select: { id: true },
  });
}

/** Deletes one of the user's services; false when the user has none with this id. */
export async function deleteCustomService(userId: string, id: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.customService.deleteMany({ where: { id, userId } });
  return count === 1;
}
