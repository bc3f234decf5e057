import "server-only";
import { getDb } from "@/lib/db/client";

/**
 * Deletes the user and, through the schema's cascades, every row that belongs to them: requests
 * with their events and notes, drafts, saved details, custom services, reminders, preferences,
 * calendar feeds, sessions and sign-in accounts. Pending sign-in links go too. False when there
 * was no such user (already deleted in another tab).
 */
export async function deleteAccount(userId: string): Promise<boolean> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return false;
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await tx.user.delete({ where: { id: userId } });
    return true;
  });
}
