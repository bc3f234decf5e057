import { afterAll, beforeAll, beforeEach } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createTestDb } from "@/lib/testing/db";
import { smtpSender, startTestSmtp, type TestSmtp } from "@/lib/testing/smtp";
import { seedPlannedRequest } from "./testing";

// What the sweeper's database tests share: a real SMTP server for the file, a database client, and
// before each test an empty database with Ada's request and its reminders planned (testing.ts).

export const appUrl = "https://rights.example.org";
export const planningTime = new Date("2026-03-20T12:00:00Z");

/** Sends as the app does (one MIME buffer), over a connection of its own per message, giving up after `timeoutMs`. */
export const rawSender = (url: string, timeoutMs: number) => smtpSender(url, { timeoutMs, raw: true });

type Replan = (userId: string, requestId: string, now: Date, db: PrismaClient) => Promise<unknown>;

export type SweepFixture = { db: PrismaClient; smtp: TestSmtp; send: ReturnType<typeof rawSender>; userId: string; requestId: string };

/** Call inside a describe block: its fields are set by the hooks, so read them inside tests. */
export function useSweepFixture(url: string, replan: Replan, { timeoutMs }: { timeoutMs: number }): SweepFixture {
  const fixture = { db: createTestDb(url), userId: "", requestId: "" } as SweepFixture;
  beforeAll(async () => {
    fixture.smtp = await startTestSmtp();
    fixture.send = rawSender(fixture.smtp.url, timeoutMs);
  });
  afterAll(async () => {
    fixture.send.close();
    await fixture.smtp.close();
    await fixture.db.$disconnect();
  });
  beforeEach(async () => {
    fixture.smtp.messages.length = 0;
    Object.assign(fixture, await seedPlannedRequest(fixture.db, replan, planningTime));
  });
  return fixture;
}
