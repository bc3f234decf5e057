import "server-only";
import { getDb } from "@/lib/db/client";
import { STAGE } from "../lifecycle";
import { COUNT_CAP, dashboardOrder, dashboardWhere, DUE_SOON_MS, PAGE_SIZE } from "./dashboard-query";
import type { DashboardQuery } from "./schema";
import { isRecordId } from "@/lib/text/safe-text";

export type DashboardCounts = { overdue: number; dueSoon: number; waiting: number; done: number };

/**
 * The four counts, each a capped count on the (userId, stage, dueAt) index: the database counts, the
 * app never loads the history, and a user with 10,000 finished requests costs what one with 1,000 does.
 * A count above COUNT_CAP comes back as COUNT_CAP + 1.
 */
export async function loadDashboardCounts(userId: string, now: Date): Promise<DashboardCounts> {
  const db = await getDb();
  const soon = new Date(now.getTime() + DUE_SOON_MS);
  const limit = COUNT_CAP + 1;
  // Each count reads at most COUNT_CAP + 1 rows; ORDER BY "dueAt" keeps it on the (userId, stage, dueAt)
  // index, where the planner would otherwise bet on a sequential scan meeting the user's rows early.
  const [row] = await db.$queryRaw<{ overdue: bigint; dueSoon: bigint; later: bigint; held: bigint; done: bigint }[]>`
    SELECT
      (SELECT count(*) FROM (SELECT 1 FROM "Request" WHERE "userId" = ${userId} AND "stage" = ${STAGE.clock} AND "dueAt" < ${now} ORDER BY "dueAt" LIMIT ${limit}) AS t) AS "overdue",
      (SELECT count(*) FROM (SELECT 1 FROM "Request" WHERE "userId" = ${userId} AND "stage" = ${STAGE.clock} AND "dueAt" >= ${now} AND "dueAt" < ${soon} ORDER BY "dueAt" LIMIT ${limit}) AS t) AS "dueSoon",
      (SELECT count(*) FROM (SELECT 1 FROM "Request" WHERE "userId" = ${userId} AND "stage" = ${STAGE.clock} AND "dueAt" >= ${soon} ORDER BY "dueAt" LIMIT ${limit}) AS t) AS "later",
      (SELECT count(*) FROM (SELECT 1 FROM "Request" WHERE "userId" = ${userId} AND "stage" = ${STAGE.held} ORDER BY "dueAt" LIMIT ${limit}) AS t) AS "held",
      (SELECT count(*) FROM (SELECT 1 FROM "Request" WHERE "userId" = ${userId} AND "stage" = ${STAGE.done} ORDER BY "dueAt" LIMIT ${limit}) AS t) AS "done"`;
  const n = (value: bigint | undefined) => Number(value ?? 0);
  return { overdue: n(row?.overdue), dueSoon: n(row?.dueSoon), waiting: Math.min(limit, n(row?.later) + n(row?.held)), done: n(row?.done) };
}

const listFields = {
  id: true,
  serviceName: true,
  regime: true,
  rights: true,
  sentOn: true,
  dueDate: true,
  dueAt: true,
  status: true,
  stage: true,
  version: true,
  batchId: true,
} as const;

/** One page of the user's requests for the dashboard's filter and sort; one row more tells whether a next page exists. */
export async function loadDashboardPage(userId: string, query: DashboardQuery, now: Date) {
  const db = await getDb();
  const rows = await db.request.findMany({
    where: dashboardWhere(userId, query, now),
    select: listFields,
    orderBy: dashboardOrder(query.sort),
    skip: (query.page - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1,
  });
  return { items: rows.slice(0, PAGE_SIZE), hasMore: rows.length > PAGE_SIZE };
}

export type DashboardItem = Awaited<ReturnType<typeof loadDashboardPage>>["items"][number];

/** Everything the request page and its letters need; null for a request that is not the user's. */
export async function loadTrackedRequest(userId: string, id: string) {
  if (!isRecordId(id)) return null;
  const db = await getDb();
  return db.request.findFirst({
    where: { id, userId },
    select: {
      ...listFields,
      serviceRef: true,
      language: true,
      recipient: true,
      letterSubject: true,
      letterBody: true,
      requesterName: true,
      requesterEmail: true,
      requesterCountry: true,
      createdAt: true,
      events: {
        where: { userId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, type: true, on: true, recordedBy: true, data: true, createdAt: true },
      },
      notes: { where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, body: true, createdAt: true } },
    },
  });
}

export type TrackedRequest = NonNullable<Awaited<ReturnType<typeof loadTrackedRequest>>>;

export type BatchSummary = { batchId: string; count: number; sentOn: string };

/** The user's latest runs of letters to several companies at once, newest first, on the (userId, batchId) index. */
export async function loadBatches(userId: string, limit = 8): Promise<BatchSummary[]> {
  const db = await getDb();
  const rows = await db.request.groupBy({
    by: ["batchId"],
    where: { userId, batchId: { not: null } },
    _count: { _all: true },
    _min: { sentOn: true },
    orderBy: { _min: { sentOn: "desc" } },
    take: limit,
  });
  return rows.flatMap((row) => (row.batchId ? [{ batchId: row.batchId, count: row._count._all, sentOn: row._min.sentOn ?? "" }] : []));
}
