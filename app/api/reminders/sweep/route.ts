import { NextResponse } from "next/server";
import { loadConfig } from "@/lib/config";
import { bearerMatches } from "@/lib/reminders/cron-auth";
import { describeSweep, sweepReminders } from "@/lib/reminders/sweep";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

// One sweep of the reminder outbox, for an external scheduler: `Authorization: Bearer $CRON_SECRET`.
// Safe to call while the in-app sweeper runs: claims keep them apart. GET too, for schedulers
// (such as Vercel Cron) that can only send GET.
export async function POST(request: Request) {
  const secret = loadConfig().CRON_SECRET;
  if (!secret) {
    return NextResponse.json(
      { ok: false, error: "The sweep endpoint is off: set CRON_SECRET (at least 32 characters) to turn it on." },
      { status: 503, headers: noStore },
    );
  }
  if (!bearerMatches(request.headers.get("authorization"), secret)) {
    return NextResponse.json({ ok: false, error: "unauthorized" }, { status: 401, headers: { ...noStore, "WWW-Authenticate": 'Bearer realm="reminders"' } });
  }
  try {
    const report = await sweepReminders();
    return NextResponse.json({ ok: true, summary: describeSweep(report), ...report }, { headers: noStore });
  } catch (error) {
    log.error({ scope: "reminders", error }, "reminder sweep over HTTP failed");
    return NextResponse.json({ ok: false, error: "the sweep failed; it is safe to call again" }, { status: 500, headers: noStore });
  }
}

export const GET = POST;
