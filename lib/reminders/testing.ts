import type { PrismaClient } from "@/lib/db/generated/client";
import { resetDatabase } from "@/lib/testing/db";

// Seed helpers for the reminder tests and the benchmark: requests as the wizard stores them.

export type SeedRequest = {
  serviceName?: string;
  regime?: string;
  rights?: string[];
  sentOn?: string;
  dueDate?: string;
  dueAt?: Date;
};

export async function seedUser(db: PrismaClient, email: string): Promise<string> {
  const user = await db.user.create({ data: { email, emailVerified: new Date() }, select: { id: true } });
  return user.id;
}

/** A UK GDPR access request sent on 2 March 2026: due Thursday 2 April 2026, end of day in London. */
export async function seedRequest(db: PrismaClient, userId: string, request: SeedRequest = {}): Promise<string> {
  const row = await db.request.create({
    data: {
      userId,
      serviceRef: "netflix@2024-04-17",
      serviceName: request.serviceName ?? "Netflix",
      regime: request.regime ?? "uk-gdpr",
      rights: request.rights ?? ["access"],
      language: "en",
      letterSubject: "Subject access request",
      letterBody: "Dear Netflix, …",
      recipient: "privacy@netflix.example",
      requesterName: "Ada Lovelace",
      requesterEmail: "ada@example.org",
      sentOn: request.sentOn ?? "2026-03-02",
      dueDate: request.dueDate ?? "2026-04-02",
      dueAt: request.dueAt ?? new Date("2026-04-02T22:59:59.999Z"),
    },
    select: { id: true },
  });
  return row.id;
}

type Replan = (userId: string, requestId: string, now: Date, db: PrismaClient) => Promise<unknown>;

/** Where each reminder test starts: an empty database, Ada's request (seedRequest) and its reminders planned at `now`. */
export async function seedPlannedRequest(db: PrismaClient, replan: Replan, now: Date): Promise<{ userId: string; requestId: string }> {
  await resetDatabase(db);
  const userId = await seedUser(db, "ada@example.org");
  const requestId = await seedRequest(db, userId);
  await replan(userId, requestId, now, db);
  return { userId, requestId };
}
