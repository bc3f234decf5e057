import type { Prisma } from "@/lib/db/generated/client";
import { STAGE, STAGE_OF } from "../lifecycle";
import type { DashboardGroup, DashboardQuery, DashboardSort } from "./schema";

// The dashboard's groups as conditions on the stored stage and deadline, so filtering, counting and
// paging all happen in the database on the (userId, stage, dueAt) index.

export const PAGE_SIZE = 20;
export const DUE_SOON_MS = 7 * 86_400_000;
/** Counts stop at this many: "1,000+" is as useful as 7,312, and counting costs no more with a long history. */
export const COUNT_CAP = 1000;

export function countLabel(count: number): string {
  return count > COUNT_CAP ? `${COUNT_CAP.toLocaleString("en")}+` : String(count);
}

export function groupWhere(group: DashboardGroup, now: Date): Prisma.RequestWhereInput {
  const soon = new Date(now.getTime() + DUE_SOON_MS);
  switch (group) {
    case "overdue":
      return { stage: STAGE.clock, dueAt: { lt: now } };
    case "due-soon":
      return { stage: STAGE.clock, dueAt: { gte: now, lt: soon } };
    case "waiting":
      return { OR: [{ stage: STAGE.clock, dueAt: { gte: soon } }, { stage: STAGE.held }] };
    case "done":
      return { stage: STAGE.done };
    case "open":
      return { stage: { lt: STAGE.done } };
    case "all":
      return {};
  }
}

/** The stage a status implies keeps the stage index usable; a reminder keeps whatever stage it follows. */
function stageFor(status: NonNullable<DashboardQuery["status"]>): Prisma.RequestWhereInput {
  return status === "follow-up-sent" ? {} : { AND: [{ stage: STAGE_OF[status] }] };
}

export function dashboardWhere(userId: string, query: DashboardQuery, now: Date): Prisma.RequestWhereInput {
  return {
    userId,
    ...groupWhere(query.group, now),
    ...(query.status ? { status: query.status, ...stageFor(query.status) } : {}),
    ...(query.law ? { regime: query.law } : {}),
    ...(query.batch ? { batchId: query.batch } : {}),
  };
}

export function dashboardOrder(sort: DashboardSort): Prisma.RequestOrderByWithRelationInput[] {
  if (sort === "sent") return [{ sentOn: "desc" }, { id: "desc" }];
  if (sort === "service") return [{ serviceName: "asc" }, { id: "asc" }];
  // Most urgent first: what the organisation owes, soonest deadline first; then the rest.
  return [{ stage: "asc" }, { dueAt: "asc" }, { id: "asc" }];
}

/** Where a request sits on the dashboard now: its group and how many days are left. */
export function groupOf(request: { stage: number; dueAt: Date }, now: Date): Exclude<DashboardGroup, "open" | "all"> {
  if (request.stage === STAGE.done) return "done";
  if (request.stage === STAGE.held) return "waiting";
  if (request.dueAt.getTime() < now.getTime()) return "overdue";
  return request.dueAt.getTime() < now.getTime() + DUE_SOON_MS ? "due-soon" : "waiting";
}
