import "server-only";
import { loadConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { deleteOutboxFor } from "@/lib/mail/outbox";

/**
 * Deletes the user and, through the schema's cascades, every row that belongs to them: requests
 * with their events and notes, drafts, saved details, custom services, reminders, preferences,
 * calendar feeds, sessions and sign-in accounts. Pending sign-in links go too, and so does their
 * mail in the local outbox. False when there
 * was no such user (already deleted in another tab).
 */
export async function deleteAccount(userId: string): Promise<boolean> {
  const db = await getDb();
  let email: string | null = null;
  return db
    .$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
      if (!user) return false;
      email = user.email;
      await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
      await tx.user.delete({ where: { id: userId } });
      return true;
    })
    .then((deleted) => {
      // Mail written to the local outbox (no SMTP server) goes with the account.
      if (deleted && email) deleteOutboxFor(loadConfig().dataDir, email);
      return deleted;
    });
}
