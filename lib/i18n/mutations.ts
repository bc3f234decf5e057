import "server-only";
import { getDb } from "@/lib/db/client";

/** The language the user chose, for the emails sent to them. */
export async function saveUserLocale(userId: string, locale: string): Promise<void> {
  const db = await getDb();
  await db.user.updateMany({ where: { id: userId }, data: { locale } });
}

/** At sign-in: the browser's language, unless the user already has one. */
export async function saveUserLocaleIfUnset(userId: string, locale: string): Promise<void> {
  const db = await getDb();
  await db.user.updateMany({ where: { id: userId, locale: null }, data: { locale } });
}
