import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { sendRaw, type OutgoingMail } from "@/lib/mail/transport";
import { createTestDb } from "@/lib/testing/db";
import { startTestSmtp, type TestSmtp } from "@/lib/testing/smtp";
import { seedPlannedRequest } from "./testing";

// What the sweeper's database tests share: a real SMTP server for the file, a database client, and
// before each test an empty database with Ada's request and its reminders planned (testing.ts).

export const appUrl = "https://rights.example.org";
export const planningTime = new Date("2026-03-20T12:00:00Z");

/** Sends as the app does (one raw MIME buffer), over a connection of its own per message, giving up after `timeoutMs`. */
export function rawSender(url: string, timeoutMs: number) {
  const { hostname, port } = new URL(url);
  const transport = nodemailer.createTransport({
    host: hostname,
    port: Number(port),
    secure: false,
    ignoreTLS: true,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    logger: false,
  });
  const send = (mail: OutgoingMail) => sendRaw(transport, { from: "RightsDesk <no-reply@localhost>", ...mail });
  return Object.assign(send, { close: () => transport.close() });
}

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
