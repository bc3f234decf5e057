import type { RegimeId, RightId } from "@/lib/law/types";
import { requestDue } from "@/lib/requests/due";
import type { Sql } from "./fixtures";

export type SeededRequest = { id: string; sentOn: string; dueDate: string };

/**
 * A request as the wizard stores it on "I sent it", written straight into the app's database so a
 * test can date it in the past: a deadline that has passed needs a request sent months ago.
 */
export async function seedRequest(
  sql: Sql,
  email: string,
  {
    regime,
    rights,
    sentOn,
    serviceName = "Netflix",
    serviceRef = "netflix@2024-04-17",
    recipient = "privacy@netflix.com",
    country = "GB",
    language = "en",
  }: {
    regime: RegimeId;
    rights: RightId[];
    sentOn: string;
    serviceName?: string;
    serviceRef?: string;
    recipient?: string;
    country?: string;
    language?: string;
  },
): Promise<SeededRequest> {
  const due = requestDue(regime, rights, sentOn);
  const [user] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  if (!user) throw new Error(`no user ${email}`);
  const id = `e2e${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const subject =
    { ccpa: "Request to know under the CCPA", "uk-gdpr": "Right of access under Art. 15 UK GDPR" }[regime as string] ?? "Request for access under Art. 15 GDPR";
  const body = `Dear Sir or Madam,\n\nI am writing to exercise my rights.\n\nYours faithfully,\nJane Doe`;
  await sql(
    `INSERT INTO "Request" (id, "userId", "serviceRef", "serviceName", regime, rights, language, "letterSubject", "letterBody", recipient, "sentOn", "dueDate", "dueAt", "requesterName", "requesterEmail", "requesterCountry")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'Jane Doe', 'jane@example.org', $14)`,
    [id, user.id, serviceRef, serviceName, regime, rights, language, subject, body, recipient, sentOn, due.dueDate, due.dueAt, country],
  );
  await sql(`INSERT INTO "RequestEvent" (id, "requestId", "userId", type, "on") VALUES ($1, $2, $3, 'sent', $4)`, [`${id}-sent`, id, user.id, sentOn]);
  return { id, sentOn, dueDate: due.dueDate };
}
