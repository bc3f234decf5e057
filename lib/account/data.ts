import "server-only";
import { getDb } from "@/lib/db/client";
import { REPLY_FIELDS } from "@/lib/replies/data";

/**
 * Everything the app holds about the user, as they would read it: no secrets that only work
 * against the app itself (session and sign-in tokens, unsubscribe and calendar token hashes,
 * reminder claim tokens).
 */
export async function loadAccountExport(userId: string) {
  const db = await getDb();
  const [user, signInMethods, sessions, requests, drafts, savedIdentity, customServices, reminders, reminderPreference, calendarFeeds, companyCorrections] =
    await Promise.all([
      db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, emailVerified: true, createdAt: true } }),
      db.account.findMany({ where: { userId }, select: { provider: true, type: true } }),
      db.session.findMany({ where: { userId }, select: { expires: true } }),
      db.request.findMany({
        where: { userId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: {
          events: { where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], omit: { userId: true, requestId: true } },
          notes: { where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], omit: { userId: true, requestId: true } },
          // The company's replies as text with their fingerprints; the raw files stay downloadable on the request page.
          replies: {
            where: { userId },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: {
              ...REPLY_FIELDS,
              attachments: { where: { userId }, select: { filename: true, contentType: true, size: true, sha256: true, entries: true } },
            },
          },
        },
        omit: { userId: true },
      }),
      db.requestDraft.findMany({ where: { userId }, omit: { userId: true } }),
      db.savedIdentity.findUnique({ where: { userId }, select: { name: true, email: true, postalAddress: true, updatedAt: true } }),
      db.customService.findMany({ where: { userId }, omit: { userId: true } }),
      db.reminder.findMany({
        where: { userId },
        select: { id: true, requestId: true, requestIds: true, kind: true, dueDate: true, sendAt: true, status: true, sentAt: true, createdAt: true },
        orderBy: { sendAt: "asc" },
      }),
      db.reminderPreference.findUnique({ where: { userId }, omit: { userId: true, unsubscribeToken: true } }),
      db.calendarFeed.findMany({ where: { userId }, select: { createdAt: true, revokedAt: true } }),
      db.companyCorrection.findMany({ where: { userId }, omit: { userId: true }, orderBy: [{ companySlug: "asc" }] }),
    ]);
  if (!user) return null;
  return { user, signInMethods, sessions, requests, drafts, savedIdentity, customServices, reminders, reminderPreference, calendarFeeds, companyCorrections };
}
