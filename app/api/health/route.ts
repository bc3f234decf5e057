import { NextResponse } from "next/server";
import { assertDatabaseReachable } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// For load balancers and the e2e harness: 200 only when the database answers.
export async function GET() {
  try {
    await assertDatabaseReachable();
    return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return NextResponse.json({ ok: false, error: "database unavailable" }, { status: 503 });
  }
}
